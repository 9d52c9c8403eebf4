#pragma once
// Archives: the whole interface the rest of Ferry uses (the CLI, the queue, later the
// window's local pane). Listing, reading one member as a stream, extracting, creating.
// Implemented on libarchive in this folder's .cpp files; nothing here names libarchive,
// so KArchive (or another library) could replace it without touching a caller.
//
// Every call is synchronous and blocking, for a worker thread or the CLI's main thread
// (never the GUI thread); each checks its CancelToken between blocks. Messages are
// translated (context "ferry::archive").
//
// Hostile archives are the rule: see extractArchive() for what is never written.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "ArchiveEntry.h"
#include "ArchiveTree.h"
#include "MemberReader.h"
#include "base/CancelToken.h"
#include "base/Result.h"

namespace ferry::archive {

// The formats Ferry writes. It reads many more (zip, tar with gz/bz2/xz/zst/lz4, 7z,
// iso, cpio, ar, rar, ...): whatever libarchive reads.
enum class ArchiveFormat
{
    Zip,
    TarGz,
    TarXz,
    TarZst,
};

// The format a name asks for by its ending ("x.tar.zst", "x.tzst", "x.zip", ...).
std::optional<ArchiveFormat> formatForName(const QString &fileName);
// ".zip", ".tar.gz", ".tar.xz", ".tar.zst".
QString suffixOf(ArchiveFormat format);
// Whether a file name looks like an archive Ferry can open (by its ending; the local
// pane offers to open these like a folder).
bool looksLikeArchive(const QString &fileName);
// The name without its archive ending ("site-1.2.tar.gz" -> "site-1.2"); as it is when it
// has none.
QString withoutArchiveSuffix(const QString &fileName);

// "ARCHIVE!/member/path" split at the first "!/" whose left part is an existing file: the
// way ferry-cli (and the queue's display) names a member. std::nullopt when `text` names
// no member that way (the member part may be empty: the archive's top level).
struct MemberPath
{
    QString archive; // the archive file, as given
    QString member;  // normalised member path; "" for the top level
};
std::optional<MemberPath> splitMemberPath(const QString &text);
QString joinMemberPath(const QString &archive, const QString &member);
// A path that runs into an archive as into a folder, as the local pane's path bar shows
// one ("/home/u/a.tar.zst/inner/dir"): the archive is the leading part that is an existing
// regular file, the rest the member path ("" for the archive itself). std::nullopt when no
// leading part is a file (a plain folder, or nothing there) or the rest is unsafe.
std::optional<MemberPath> splitFolderPath(const QString &path);

// Bytes done of a total (-1: unknown).
using ArchiveProgress = std::function<void(qint64 done, qint64 total)>;

// Reads the archive once, from start to end, keeping no member's data: the listing of a
// 2 GiB tar.zst costs one decompression pass and the entries' names.
remote::Result<ArchiveTree> listArchive(const QString &archivePath, const remote::CancelToken &cancel = {});

// The entry of one member, read up to its header only (a member near the start of a big
// compressed archive is found at once). NotFound when no member has that path; a folder
// that only members' paths imply is answered as an implied folder.
remote::Result<ArchiveEntry> findMember(const QString &archivePath, const QString &member,
                                        const remote::CancelToken &cancel = {});

// Asks the user for the password of an encrypted member (zip's): the member's path and,
// after a wrong answer, why it is asked again (empty the first time). nullopt: the user
// declined. Called on the extracting (or opening) thread, which waits for the answer.
using PasswordAsker = std::function<std::optional<QString>(const QString &member, const QString &error)>;

// One file member's data from `offset` on. With `ownThread`, the member is decompressed
// on a thread of the reader's own, a few MiB ahead of read(), so decompression overlaps
// whatever the caller does with the bytes (the network); the thread is joined when the
// reader is destroyed; its first 1 MiB is read before openMember returns, on the calling
// thread. A member stored without compression in effect (about as many bytes read from
// the file as the first MiB gave: random or already compressed data) gets no thread: its
// bytes are lent from libarchive's buffer (borrow()), which costs less than a thread's
// copy. A folder or a link is an error; so is an encrypted member without `password`.
// With it, the password is asked (on the calling thread) when the member's data needs one:
// the password that last fit a member of the same archive in this process is tried first
// without asking, a wrong one is asked again, three questions at most, then the open fails
// ("wrong password for the encrypted member NAME"; declined: Cancelled). Passwords are kept
// in memory only.
remote::Result<std::unique_ptr<MemberReader>>
openMember(const QString &archivePath, const QString &member, qint64 offset = 0,
           const remote::CancelToken &cancel = {}, bool ownThread = true, const PasswordAsker &password = {});

// Visits every member in archive order in one pass (the way to send a folder inside a
// compressed archive without decompressing it once per file): `visit` gets the entry and,
// for a file member, its data (readable only during the call; nullptr otherwise). Members
// `wanted` refuses are skipped without a call. A non-Ok status from `visit` ends the walk
// and is returned. An encrypted member's reads ask `password` as openMember does (a
// password that fit is tried first for the next ones); without it they fail.
using MemberVisitor = std::function<remote::Status(const ArchiveEntry &entry, MemberReader *data)>;
remote::Status forEachMember(const QString &archivePath,
                             const std::function<bool(const ArchiveEntry &)> &wanted,
                             const MemberVisitor &visit, const remote::CancelToken &cancel = {},
                             const PasswordAsker &password = {});

// How much an extraction may write before it stops ("decompression bombs").
struct ExtractLimits
{
    // The most bytes all members together may write; -1: the target's free space when the
    // extraction starts.
    qint64 maxTotal = -1;
    // The most one member may write; -1: no limit of its own.
    qint64 maxMember = -1;
    // Written bytes per archive byte read: above maxRatio, once more than ratioFrom bytes
    // were written, the archive is taken for a bomb. <= 0: no ratio limit.
    double maxRatio = 100.0;
    qint64 ratioFrom = 100 * 1024 * 1024;
};

struct ExtractOptions
{
    // Members to extract (normalised paths; a folder brings everything below it); empty:
    // all of them.
    QStringList members;
    ExtractLimits limits;
    // Replace existing files in the target; by default a member whose name exists there
    // is skipped (folders are merged).
    bool overwrite = false;
    // Bytes of the archive read so far of its size.
    ArchiveProgress progress;
    remote::CancelToken cancel;
    // Encrypted members: asked for once, then tried for every other encrypted member of the
    // archive (asked again when it does not fit one); without an asker such a member is an
    // error.
    PasswordAsker password;
};

// A member left out, and why ("its path leaves the target folder", "exists", ...).
struct SkippedMember
{
    QString path;
    QString reason;
};

struct ExtractReport
{
    int files = 0;
    int folders = 0;
    int links = 0;
    qint64 bytes = 0;
    QList<SkippedMember> skipped;
};

// Extracts into `targetFolder` (made when missing). Never writes outside it: members
// with absolute paths, drive letters or ".." parts, symbolic links that point outside
// the folder (absolute, or climbing out), hard links to anything but a member extracted
// here, and any member whose path passes through a symbolic link (one the archive made or
// one already there) are skipped and listed in the report; devices and pipes likewise.
// libarchive's ARCHIVE_EXTRACT_SECURE_NODOTDOT and _SYMLINKS check the same again.
// Exceeding a limit, an encrypted member without (or with a wrong) password, a damaged
// archive or a cancel stop the
// extraction with an error and remove what it wrote (files and folders it made; nothing
// that was there before).
remote::Result<ExtractReport> extractArchive(const QString &archivePath, const QString &targetFolder,
                                             const ExtractOptions &options = {});

struct CreateOptions
{
    // Bytes of the sources read so far of their total.
    ArchiveProgress progress;
    remote::CancelToken cancel;
};

// Writes `sources` (files and folders, each under its own name; folders with everything
// below them, links stored as links) into a new archive at `archivePath`. The archive is
// written under a temporary name beside it and renamed when complete: a failure or a
// cancel leaves no archive (and an existing file of that name as it was). Returns the
// archive's size.
remote::Result<qint64> createArchive(const QString &archivePath, ArchiveFormat format,
                                     const QStringList &sources, const CreateOptions &options = {});

} // namespace ferry::archive
