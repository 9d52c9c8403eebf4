#pragma once
// Compares a local and a remote folder tree by name and plans what makes the target
// match the source (ferry-cli sync; the window's Synchronize dialog later): per entry an
// upload or download, a folder to make, something to delete (only with deleteExtra), or
// a skip, each with its reason.
//
// Files are compared by size, then by time (compare SizeTime) or by the checksums the
// caller filled in (compare Checksum). Times are compared in UTC: a listing time that is
// the server's wall-clock (DirEntry::mtimeUtc false) is read at the site's time-zone
// offset, and both times are cut to the coarser of the two precisions, so a server that
// gives minutes only is compared to the minute and one that gives days to the day.
//
// Safety: an entry whose relative path has an unsafe segment ("..", empty, a '/' or '\\'
// inside a name) is never planned; an entry the listing left out (a link to a folder, a
// link leaving the tree, a socket: SyncEntry::Kind::Other) is never written to,
// followed or deleted; excluded entries (SyncExcludes) are left alone on both sides; a
// folder that stays in the way of the source (a type clash without deleteExtra) blocks
// everything under it. Every planned path is relative to the target folder and inside it.
//
// Pure code, no I/O: any thread.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "SyncExcludes.h"
#include "remote/DirEntry.h"

namespace ferry::sync {

struct SyncEntry
{
    enum class Kind
    {
        File,
        Folder,
        Other // left out by the walk (links to folders, links leaving the tree, ...): never touched
    };
    QString relativePath; // '/'-separated from the root, no leading '/'
    Kind kind = Kind::File;
    qint64 size = -1; // files; -1 when unknown
    QDateTime mtime;  // invalid when unknown
    remote::MtimePrecision precision = remote::MtimePrecision::None;
    bool mtimeUtc = true; // false: the server's wall-clock time (read at the site's offset)
    QString checksum;     // compare Checksum: lower-case hex, filled by the caller
    QString note;         // Other: why it was left out
};

// By relative path.
using SyncTree = QMap<QString, SyncEntry>;

enum class SyncDirection
{
    Up,  // local -> remote
    Down // remote -> local
};

enum class SyncCompare
{
    SizeTime,
    Checksum
};

struct SyncOptions
{
    SyncDirection direction = SyncDirection::Up;
    SyncCompare compare = SyncCompare::SizeTime;
    bool deleteExtra = false; // remove what exists only on the target
    SyncExcludes excludes;
    int serverTimeZoneOffsetMinutes = 0; // the site's: server wall-clock minus UTC
};

struct SyncAction
{
    enum class Kind
    {
        Upload,
        Download,
        MakeDir, // on the target
        Delete,  // on the target (a folder with everything in it)
        Skip
    };
    enum class Reason
    {
        OnlySource,
        SizeDiffers,
        Newer,
        ChecksumDiffers,
        TypeDiffers, // a file where the source has a folder, or the reverse
        OnlyTarget,
        Identical,
        TargetNewer, // same size, the target's time is later: left alone
        NotAFile     // a link or special file on either side: left alone
    };
    Kind kind = Kind::Skip;
    Reason reason = Reason::Identical;
    QString relativePath;
    bool isDir = false; // MakeDir, Delete of a folder
    qint64 size = -1;   // transfers: the source's size

    static QString kindName(Kind kind);    // "upload", "download", "mkdir", "delete", "skip"
    static QString reasonName(Reason why); // "only-source", "size differs", "newer", ...
    bool changes() const { return kind != Kind::Skip; }
};

struct SyncPlan
{
    SyncOptions options;
    // In path order, segment by segment (a folder, then everything under it); a Delete
    // for a type clash comes right before its replacement.
    QList<SyncAction> actions;

    int count(SyncAction::Kind kind) const;
    // {"direction": "up", "actions": [{"action", "path", "reason", "folder", "size"}...],
    //  "summary": {"upload": n, ...}}
    QJsonObject toJson() const;
    // One action as a line: "upload a/b.txt (size differs)".
    static QString describe(const SyncAction &action);
};

class SyncPlanner
{
public:
    static SyncPlan plan(const SyncTree &source, const SyncTree &target, const SyncOptions &options);

    // -1: a is older, 0: the same at the coarser precision, 1: a is newer; 2: a time is unknown.
    static int compareTimes(const SyncEntry &a, const SyncEntry &b, int serverOffsetMinutes);
    // Every '/'-separated segment is a safe name (remote::RemotePath::isSafeName).
    static bool isSafeRelativePath(const QString &relativePath);
};

} // namespace ferry::sync
