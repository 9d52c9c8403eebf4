// Archive.h's creation on libarchive: the sources are walked once to know the total (for
// progress), then written member by member into a QSaveFile, which writes a temporary
// file beside the archive and renames it over the name only when commit() succeeds.
#include "Archive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include "detail/LibArchive.h"
#include "util/PlatformFile.h"

namespace ferry::archive {

using namespace ferry::remote;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ferry::archive", text);
}

struct Member
{
    QString path; // on disk
    QString name; // in the archive
};

la_ssize_t writeToSaveFile(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(client);
    const qint64 n = file->write(static_cast<const char *>(buffer), qint64(length));
    return n < 0 ? -1 : la_ssize_t(n);
}

class WriteHandle
{
public:
    WriteHandle() : m_a(archive_write_new()) {}
    ~WriteHandle() { archive_write_free(m_a); }
    struct archive *get() const { return m_a; }

private:
    struct archive *m_a;
};

Status setFormat(struct archive *a, ArchiveFormat format)
{
    int r = ARCHIVE_OK;
    switch (format) {
    case ArchiveFormat::Zip:
        r = archive_write_set_format_zip(a);
        break;
    case ArchiveFormat::TarGz:
        r = archive_write_set_format_pax_restricted(a);
        if (r == ARCHIVE_OK)
            r = archive_write_add_filter_gzip(a);
        break;
    case ArchiveFormat::TarXz:
        r = archive_write_set_format_pax_restricted(a);
        if (r == ARCHIVE_OK)
            r = archive_write_add_filter_xz(a);
        break;
    case ArchiveFormat::TarZst:
        r = archive_write_set_format_pax_restricted(a);
        if (r == ARCHIVE_OK)
            r = archive_write_add_filter_zstd(a);
        break;
    }
    if (r != ARCHIVE_OK)
        return Error(ErrorKind::Local,
                     tr("this build cannot write %1 archives: %2")
                         .arg(suffixOf(format), QString::fromUtf8(archive_error_string(a))));
    return {};
}

} // namespace

Result<qint64> createArchive(const QString &archivePath, ArchiveFormat format, const QStringList &sources,
                             const CreateOptions &options)
{
    // First the members and their total, so progress has a total from the start.
    QList<Member> members;
    qint64 total = 0;
    const QString absoluteArchive = QFileInfo(archivePath).absoluteFilePath();
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.exists() && !info.isSymLink())
            return Error(ErrorKind::NotFound, tr("%1 does not exist").arg(source));
        const QDir base = info.absoluteDir();
        members.append({info.absoluteFilePath(), info.fileName()});
        if (info.isFile() && !info.isSymLink())
            total += info.size();
        if (info.isDir() && !info.isSymLink()) {
            // Links are stored as links, never followed into.
            QDirIterator it(info.absoluteFilePath(),
                            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (options.cancel.isCancelled())
                    return detail::cancelledError();
                const QString path = it.next();
                if (path == absoluteArchive)
                    continue; // the archive being written, inside a folder it packs
                const QFileInfo child = it.fileInfo();
                members.append({path, base.relativeFilePath(path)});
                if (child.isFile() && !child.isSymLink())
                    total += child.size();
            }
        }
    }

    QSaveFile file(archivePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Local, tr("cannot write %1: %2").arg(archivePath, file.errorString()));
    WriteHandle handle;
    struct archive *a = handle.get();
    if (auto st = setFormat(a, format); !st)
        return st.error();
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open2(a, &file, nullptr, writeToSaveFile, nullptr, nullptr) != ARCHIVE_OK)
        return detail::archiveError(a, archivePath);

    std::vector<char> buffer(256 * 1024);
    qint64 done = 0;
    if (options.progress)
        options.progress(0, total);
    for (const Member &member : std::as_const(members)) {
        if (options.cancel.isCancelled()) {
            file.cancelWriting();
            return detail::cancelledError();
        }
        using Type = util::platform::FileStatus::Type;
        util::platform::FileStatus st;
        if (const int e = util::platform::statPath(member.path, false, &st); e != 0)
            return Error(ErrorKind::Local,
                         tr("cannot read %1: %2").arg(member.path, util::platform::errorText(e)));
        if (st.type == Type::Other)
            continue; // sockets, pipes, devices: not archived
        struct archive_entry *entry = archive_entry_new();
        // What archive_entry_copy_stat() took from struct stat, from the portable status;
        // owners are never recorded (uid and gid 0).
        archive_entry_set_filetype(entry, st.type == Type::Folder ? AE_IFDIR
                                          : st.type == Type::Link ? AE_IFLNK
                                                                  : AE_IFREG);
        archive_entry_set_perm(entry, __LA_MODE_T(st.permissions));
        archive_entry_set_size(entry, st.size);
        archive_entry_set_mtime(entry, time_t(st.mtimeSec), st.mtimeNsec);
        archive_entry_set_atime(entry, time_t(st.atimeSec), st.atimeNsec);
        archive_entry_set_ctime(entry, time_t(st.ctimeSec), st.ctimeNsec);
        archive_entry_set_dev(entry, dev_t(st.device));
        archive_entry_set_ino64(entry, st.inode);
        archive_entry_set_uid(entry, 0);
        archive_entry_set_gid(entry, 0);
        archive_entry_set_pathname_utf8(entry, member.name.toUtf8().constData());
        if (st.type == Type::Link) {
            int error = 0;
            const QByteArray target = util::platform::readLink(member.path, &error);
            if (target.isEmpty()) {
                archive_entry_free(entry);
                return Error(ErrorKind::Local, tr("cannot read the link %1").arg(member.path));
            }
            archive_entry_set_symlink(entry, target.constData());
            archive_entry_set_size(entry, 0);
        } else if (st.type == Type::Folder) {
            archive_entry_set_size(entry, 0);
        }
        // Opened before the header: a file that cannot be read is an error, not an empty member.
        QFile in(member.path);
        if (st.type == Type::File && !in.open(QIODevice::ReadOnly)) {
            archive_entry_free(entry);
            return Error(ErrorKind::Local, tr("cannot read %1: %2").arg(member.path, in.errorString()));
        }
        const int r = archive_write_header(a, entry);
        archive_entry_free(entry);
        if (r < ARCHIVE_WARN)
            return detail::archiveError(a, archivePath);
        if (st.type == Type::File) {
            qint64 left = st.size; // the size in the header: never more
            while (left > 0) {
                if (options.cancel.isCancelled()) {
                    file.cancelWriting();
                    return detail::cancelledError();
                }
                const qint64 n = in.read(buffer.data(), std::min<qint64>(left, qint64(buffer.size())));
                if (n <= 0)
                    return Error(ErrorKind::Local, tr("%1 changed while it was archived").arg(member.path));
                if (archive_write_data(a, buffer.data(), size_t(n)) < 0)
                    return detail::archiveError(a, archivePath);
                left -= n;
                done += n;
                if (options.progress)
                    options.progress(done, total);
            }
        }
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return detail::archiveError(a, archivePath);
    if (!file.commit())
        return Error(ErrorKind::Local, tr("cannot write %1: %2").arg(archivePath, file.errorString()));
    return QFileInfo(archivePath).size();
}

} // namespace ferry::archive
