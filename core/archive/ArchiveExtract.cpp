// Archive.h's extraction on libarchive. The algorithm: for every member in archive order,
// first judge its path (normalised; absolute, drive letters and ".." are refused), then
// walk the target folder down to its parent with lstat, making missing folders and
// refusing any part that is a link or not a folder, then judge the member itself (links
// must stay inside, hard links must name a member written here), and only then let
// libarchive's disk writer (with its own SECURE_NODOTDOT and SECURE_SYMLINKS checks) write
// it under its absolute path in the target. Every write is counted against the limits;
// an error removes what was made, newest first.
#include "Archive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <archive.h>
#include <archive_entry.h>

#include "detail/LibArchive.h"
#include "util/PlatformFile.h"

namespace ferry::archive {

using namespace ferry::remote;
namespace platform = ferry::util::platform;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ferry::archive", text);
}

enum class Kind
{
    Missing,
    Folder,
    Link,
    Other
};

Kind kindOf(const QString &path)
{
    platform::FileStatus st;
    if (platform::statPath(path, false, &st) != 0)
        return Kind::Missing;
    if (st.type == platform::FileStatus::Type::Link)
        return Kind::Link;
    return st.type == platform::FileStatus::Type::Folder ? Kind::Folder : Kind::Other;
}

// Whether the symbolic link `target`, made at member path `linkPath`, points inside the
// folder it is extracted into (judged by its text: the link is not followed).
bool linkStaysInside(const QString &linkPath, const QString &target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')))
        return false;
    if (target.size() >= 2 && target.at(1) == QLatin1Char(':')) // a drive letter
        return false;
    QStringList parts = linkPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeLast(); // the link's own name: relative targets start in its folder
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return false;
            parts.removeLast();
        } else {
            parts.append(part);
        }
    }
    return true;
}

class DiskWriter
{
public:
    DiskWriter() : m_disk(archive_write_disk_new())
    {
        // Our own checks come first (see the algorithm above); these are libarchive's, as a
        // second line: no ".." and nothing written through a link. Not NOABSOLUTEPATHS:
        // every path handed over is absolute, inside the target. Times and permission
        // bits (never set-id: masked below), never owners.
        archive_write_disk_set_options(m_disk, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM |
                                                   ARCHIVE_EXTRACT_SECURE_NODOTDOT |
                                                   ARCHIVE_EXTRACT_SECURE_SYMLINKS);
    }
    ~DiskWriter() { archive_write_free(m_disk); }
    struct archive *get() const { return m_disk; }

private:
    struct archive *m_disk;
};

struct Extraction
{
    QString archivePath;
    QString root; // the target, absolute, without a trailing '/'
    const ExtractOptions &options;
    qint64 maxTotal = -1;
    qint64 archiveSize = 0;
    ExtractReport report;
    QStringList made; // files, links and folders made here, in order
    detail::Passwords passwords;

    QString target(const QString &member) const { return root + QLatin1Char('/') + member; }

    bool selected(const QString &path) const
    {
        if (options.members.isEmpty())
            return true;
        for (const QString &wanted : options.members) {
            if (wanted.isEmpty() || path == wanted || path.startsWith(wanted + QLatin1Char('/')))
                return true;
        }
        return false;
    }

    void skip(const QString &path, const QString &reason) { report.skipped.append({path, reason}); }

    // Makes the folders above `member` that are missing; refuses a link or a non-folder
    // on the way. An empty string when the way is clear, else why not.
    QString prepareParents(const QString &member)
    {
        const QStringList parts = member.split(QLatin1Char('/'));
        QString path = root;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            path += QLatin1Char('/') + parts.at(i);
            switch (kindOf(path)) {
            case Kind::Folder:
                break;
            case Kind::Missing:
                if (const int e = platform::makeFolder(path, 0755); e != 0)
                    return QCoreApplication::translate("ferry::archive", "cannot create the folder %1: %2")
                        .arg(path, platform::errorText(e));
                made.append(path);
                break;
            case Kind::Link:
                return QCoreApplication::translate("ferry::archive", "its path passes through the link %1")
                    .arg(path);
            case Kind::Other:
                return QCoreApplication::translate("ferry::archive", "%1 is in the way and is not a folder")
                    .arg(path);
            }
        }
        return {};
    }

    void removeMade()
    {
        for (auto it = made.crbegin(); it != made.crend(); ++it) {
            if (kindOf(*it) == Kind::Folder)
                platform::removeFolder(*it); // only when empty: never what was there before
            else
                platform::removeFile(*it);
        }
        made.clear();
    }

    Status checkLimits(qint64 memberBytes, qint64 archiveBytesRead, const QString &member) const
    {
        const ExtractLimits &limits = options.limits;
        if (limits.maxMember >= 0 && memberBytes > limits.maxMember)
            return Error(ErrorKind::Local,
                         QCoreApplication::translate(
                             "ferry::archive", "%1 expands beyond the limit of %2 bytes for one member; "
                                               "the extraction was stopped and its files removed")
                             .arg(member)
                             .arg(limits.maxMember));
        if (maxTotal >= 0 && report.bytes > maxTotal)
            return Error(
                ErrorKind::Local,
                QCoreApplication::translate("ferry::archive",
                                            "%1 expands to more than %2 bytes (the free space or the limit "
                                            "set); the extraction was stopped and its files removed")
                    .arg(archivePath)
                    .arg(maxTotal));
        if (limits.maxRatio > 0 && report.bytes > limits.ratioFrom &&
            double(report.bytes) > limits.maxRatio * double(std::max<qint64>(archiveBytesRead, 1)))
            return Error(
                ErrorKind::Local,
                QCoreApplication::translate(
                    "ferry::archive",
                    "%1 expands more than %2 times (%3 bytes from %4): it looks like a decompression "
                    "bomb; the extraction was stopped and its files removed")
                    .arg(archivePath)
                    .arg(limits.maxRatio)
                    .arg(report.bytes)
                    .arg(archiveBytesRead));
        return {};
    }
};

Status copyData(struct archive *a, struct archive *disk, Extraction &x, const ArchiveEntry &described)
{
    qint64 memberBytes = 0;
    while (true) {
        if (x.options.cancel.isCancelled())
            return detail::cancelledError();
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            return {};
        if (r < ARCHIVE_WARN) {
            if (described.encrypted)
                return detail::encryptedError(described.path, &x.passwords);
            return detail::archiveError(a, x.archivePath);
        }
        memberBytes += qint64(size);
        x.report.bytes += qint64(size);
        if (auto st = x.checkLimits(memberBytes, archive_filter_bytes(a, -1), described.path); !st)
            return st;
        if (archive_write_data_block(disk, block, size, offset) < ARCHIVE_WARN)
            return detail::archiveError(disk, x.target(described.path));
        if (x.options.progress)
            x.options.progress(archive_filter_bytes(a, -1), x.archiveSize);
    }
}

Status extractOne(struct archive *a, struct archive *disk, struct archive_entry *entry, Extraction &x)
{
    const ArchiveEntry described = detail::describe(entry);
    if (!described.safe) {
        x.skip(described.path, tr("its path leaves the target folder"));
        return {};
    }
    if (described.path.isEmpty() || !x.selected(described.path))
        return {};
    if (described.type == EntryType::Other) {
        x.skip(described.path, tr("not a file, folder or link"));
        return {};
    }
    if (described.encrypted && described.type == EntryType::File && !x.options.password)
        return detail::encryptedError(described.path);
    x.passwords.member = described.path;
    x.passwords.asked = 0;
    if (const QString why = x.prepareParents(described.path); !why.isEmpty()) {
        x.skip(described.path, why);
        return {};
    }
    const QString dest = x.target(described.path);
    const Kind there = kindOf(dest);
    if (described.type == EntryType::Folder) {
        if (there == Kind::Folder)
            return {}; // merged
        if (there != Kind::Missing) {
            x.skip(described.path, tr("something else of that name exists"));
            return {};
        }
    } else if (there != Kind::Missing) {
        if (!x.options.overwrite || there == Kind::Folder) {
            x.skip(described.path, tr("exists"));
            return {};
        }
        // Replaced as a whole: a link there is removed, never written through.
        if (const int e = platform::removeFile(dest); e != 0) {
            x.skip(described.path, tr("cannot replace it: %1").arg(platform::errorText(e)));
            return {};
        }
    }
    if (described.type == EntryType::Symlink && !linkStaysInside(described.path, described.linkTarget)) {
        x.skip(described.path,
               tr("a link pointing outside the target folder (%1)").arg(described.linkTarget));
        return {};
    }
    if (described.type == EntryType::HardLink) {
        bool safe = true;
        const QString linked = normaliseMemberPath(described.linkTarget, &safe);
        // Only to a regular file extracted here: never to anything outside, never to a link.
        if (!safe || linked.isEmpty() || !x.made.contains(x.target(linked)) ||
            kindOf(x.target(linked)) != Kind::Other) {
            x.skip(described.path,
                   tr("a hard link to something outside the extracted files (%1)").arg(described.linkTarget));
            return {};
        }
        archive_entry_set_hardlink(entry, QFile::encodeName(x.target(linked)).constData());
    }
    if (described.type == EntryType::File) {
        if (described.size >= 0 && x.options.limits.maxMember >= 0 &&
            described.size > x.options.limits.maxMember)
            return x.checkLimits(described.size, archive_filter_bytes(a, -1), described.path);
        if (described.size >= 0 && x.maxTotal >= 0 && x.report.bytes + described.size > x.maxTotal) {
            x.report.bytes += described.size;
            return x.checkLimits(0, archive_filter_bytes(a, -1), described.path);
        }
    }
    archive_entry_set_pathname(entry, QFile::encodeName(dest).constData());
    archive_entry_set_perm(entry, archive_entry_perm(entry) & 0777);
    if (archive_write_header(disk, entry) < ARCHIVE_WARN) {
        x.skip(described.path, detail::archiveError(disk, dest).message());
        return {};
    }
    x.made.append(dest);
    if (described.type == EntryType::File) {
        if (auto st = copyData(a, disk, x, described); !st)
            return st;
    }
    if (archive_write_finish_entry(disk) < ARCHIVE_WARN)
        return detail::archiveError(disk, dest);
    switch (described.type) {
    case EntryType::File:
        ++x.report.files;
        break;
    case EntryType::Folder:
        ++x.report.folders;
        break;
    default:
        ++x.report.links;
        break;
    }
    return {};
}

} // namespace

Result<ExtractReport> extractArchive(const QString &archivePath, const QString &targetFolder,
                                     const ExtractOptions &options)
{
    const QString root = QDir::cleanPath(QDir(targetFolder).absolutePath());
    if (kindOf(root) == Kind::Missing && !QDir().mkpath(root))
        return Error(ErrorKind::Local, tr("cannot create the folder %1").arg(root));
    // Declared before the handle: libarchive's callback points at it while the handle lives.
    Extraction x{archivePath, root, options, -1, 0, {}, {}, {}};
    x.passwords.asker = options.password;
    auto handle = detail::openForReading(archivePath, &x.passwords);
    if (!handle)
        return handle.error();
    struct archive *a = handle->get();
    x.archiveSize = QFileInfo(archivePath).size();
    x.maxTotal = options.limits.maxTotal;
    if (x.maxTotal < 0) {
        const QStorageInfo storage(root);
        x.maxTotal = storage.isValid() ? storage.bytesAvailable() : -1;
    }
    DiskWriter disk;
    struct archive_entry *entry = nullptr;
    Status failed;
    while (true) {
        if (options.cancel.isCancelled()) {
            failed = detail::cancelledError();
            break;
        }
        auto next = detail::nextHeader(a, &entry, archivePath);
        if (!next) {
            failed = next.error();
            break;
        }
        if (*next == 0)
            break;
        if (auto st = extractOne(a, disk.get(), entry, x); !st) {
            failed = st;
            break;
        }
    }
    if (!failed) {
        archive_write_close(disk.get());
        x.removeMade();
        return failed.error();
    }
    if (archive_write_close(disk.get()) != ARCHIVE_OK) {
        const Error error = detail::archiveError(disk.get(), root);
        x.removeMade();
        return error;
    }
    if (options.progress)
        options.progress(x.archiveSize, x.archiveSize);
    return x.report;
}

} // namespace ferry::archive
