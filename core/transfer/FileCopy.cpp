#include "FileCopy.h"

#include <QFile>
#include <QFileInfo>

#include <memory>
#include <optional>

#include "ftp/FtpFileSystem.h"
#include "sftp/SftpFileSystem.h"
#include "util/FileTime.h"

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

constexpr qint64 kChunk = kDefaultChunkSize;

// The size the server has now; -1 when it cannot tell. FTP asks SIZE alone (stat() costs
// SIZE and MDTM on servers without MLST).
Result<qint64> remoteSize(RemoteFileSystem &fs, const RemotePath &path)
{
    if (auto *ftp = dynamic_cast<ftp::FtpFileSystem *>(&fs))
        return ftp->fileSize(path);
    auto st = fs.stat(path);
    if (!st)
        return st.error();
    return st->size.value_or(-1);
}

Error localError(const QString &what, const QFile &file)
{
    return Error(ErrorKind::Local, QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString()));
}

} // namespace

Result<CopyResult> downloadFile(RemoteFileSystem &fs, const RemotePath &remote, const QString &localPath,
                                const CopyOptions &options, const ProgressFn &progress, const DirEntry *known)
{
    DirEntry entry;
    if (known && known->size) {
        entry = *known;
    } else {
        auto st = fs.stat(remote);
        if (!st)
            return st.error();
        entry = *st;
    }
    if (entry.isDir())
        return Error(ErrorKind::Local, QStringLiteral("%1 is a folder").arg(remote.toString()));
    const qint64 total = entry.size.value_or(-1);

    const QString target = options.usePartFile ? localPath + partSuffix() : localPath;
    qint64 offset = 0;
    if (options.resume) {
        // The real partial size on disk decides, never a number remembered elsewhere.
        if (options.usePartFile && !QFileInfo::exists(target) && QFileInfo::exists(localPath)) {
            if (!QFile::rename(localPath, target))
                return Error(ErrorKind::Local, QStringLiteral("cannot rename %1 to resume it").arg(localPath));
        }
        offset = QFileInfo(target).exists() ? QFileInfo(target).size() : 0;
        if (total >= 0 && offset > total)
            offset = 0; // the local part is longer than the source: start again
    }

    QFile file(target);
    // Unbuffered: the loop writes whole 256 KiB chunks; a second buffer only copies.
    const QIODevice::OpenMode mode = QIODevice::Unbuffered
                                     | (offset > 0 ? (QIODevice::WriteOnly | QIODevice::Append)
                                                   : (QIODevice::WriteOnly | QIODevice::Truncate));
    if (!file.open(mode))
        return localError(QStringLiteral("cannot write"), file);

    CopyResult result;
    result.resumedFrom = offset;
    qint64 done = offset;
    if (progress)
        progress(done, total);
    if (auto *sftp = dynamic_cast<sftp::SftpFileSystem *>(&fs); sftp && (total < 0 || offset < total)) {
        // SFTP's own path keeps many requests in flight, over several channels on long links.
        file.close();
        sftp::SftpFileSystem::TransferOptions fast;
        fast.offset = offset;
        fast.preserveMtime = false; // done below, after the rename
        fast.progress = progress;
        if (auto st = sftp->downloadFile(remote, target, fast); !st)
            return st.error();
        result.transferred = QFileInfo(target).size() - offset;
    } else if (total < 0 || offset < total) {
        auto stream = fs.openRead(remote, offset);
        if (!stream)
            return stream.error();
        std::unique_ptr<char[]> buffer(new char[kChunk]);
        while (true) {
            auto n = (*stream)->read(buffer.get(), kChunk);
            if (!n) {
                file.close();
                (void)(*stream)->abort();
                return n.error();
            }
            if (*n == 0)
                break;
            if (file.write(buffer.get(), *n) != *n) {
                const Error e = localError(QStringLiteral("cannot write"), file);
                (void)(*stream)->abort();
                return e;
            }
            done += *n;
            result.transferred += *n;
            if (progress)
                progress(done, total);
        }
        if (auto st = (*stream)->finish(); !st)
            return st.error();
    }
    if (file.isOpen() && !file.flush())
        return localError(QStringLiteral("cannot write"), file);
    file.close();

    const qint64 got = QFileInfo(target).size();
    if (total >= 0 && got != total)
        return Error(ErrorKind::Network, QStringLiteral("%1: received %2 of %3 bytes").arg(remote.toString()).arg(got).arg(total));
    if (options.usePartFile) {
        if (QFileInfo::exists(localPath) && !QFile::remove(localPath))
            return Error(ErrorKind::Local, QStringLiteral("cannot replace %1").arg(localPath));
        if (!QFile::rename(target, localPath))
            return Error(ErrorKind::Local, QStringLiteral("cannot rename %1 to %2").arg(target, localPath));
    }
    if (options.preserveTime && entry.mtime.isValid() && entry.mtimePrecision != MtimePrecision::None) {
        QFile finished(localPath);
        if (finished.open(QIODevice::ReadWrite))
            finished.setFileTime(entry.mtime, QFileDevice::FileModificationTime);
    }
    result.size = got;
    return result;
}

Result<CopyResult> uploadFile(RemoteFileSystem &fs, const QString &localPath, const RemotePath &remote,
                              const CopyOptions &options, const ProgressFn &progress)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return localError(QStringLiteral("cannot read"), file);
    const qint64 total = file.size();
    // Kept on the copy below; read now, from the open file.
    const QDateTime localTime = util::modificationTimeUtc(file);

    qint64 offset = 0;
    if (options.resume) {
        auto existing = fs.stat(remote);
        if (existing && existing->type == EntryType::File && existing->size && *existing->size <= total)
            offset = *existing->size;
        else if (!existing && existing.error().kind() != ErrorKind::NotFound)
            return existing.error();
    }
    CopyResult result;
    result.resumedFrom = offset;
    qint64 done = offset;
    if (progress)
        progress(done, total);
    auto *ftp = dynamic_cast<ftp::FtpFileSystem *>(&fs);
    std::optional<ftp::FtpFileSystem::SizeAndTime> checked; // the check, when it went with the upload's end
    if (auto *sftp = dynamic_cast<sftp::SftpFileSystem *>(&fs); sftp && (offset < total || total == 0)) {
        file.close();
        sftp::SftpFileSystem::TransferOptions fast;
        fast.offset = offset;
        fast.preserveMtime = false; // done below, like every protocol
        fast.progress = progress;
        if (auto st = sftp->uploadFile(localPath, remote, fast); !st)
            return st.error();
        result.transferred = total - offset;
    } else if (offset < total || total == 0) {
        if (offset > 0 && !file.seek(offset))
            return localError(QStringLiteral("cannot seek in"), file);
        auto stream = fs.openWrite(remote, offset);
        if (!stream)
            return stream.error();
        // The stream says what it moves fastest (plain FTP: 64 KiB, which a file read of
        // the same size keeps in the cache between read and send).
        const qint64 chunk = qBound<qint64>(4096, (*stream)->preferredChunkSize(), kChunk);
        std::unique_ptr<char[]> buffer(new char[chunk]);
        while (true) {
            const qint64 n = file.read(buffer.get(), chunk);
            if (n < 0) {
                const Error e = localError(QStringLiteral("cannot read"), file);
                (void)(*stream)->abort();
                return e;
            }
            if (n == 0)
                break;
            if (auto st = (*stream)->write(buffer.get(), n); !st) {
                (void)(*stream)->abort();
                return st.error();
            }
            done += n;
            result.transferred += n;
            if (progress)
                progress(done, total);
        }
        if (ftp && options.preserveTime && options.targetAbsent) {
            auto after = ftp->finishUploadAndCheck(**stream, remote, localTime);
            if (!after)
                return after.error();
            checked = *after;
        } else if (auto st = (*stream)->finish(); !st) {
            return st.error();
        }
    }
    // The server's view of the size is the proof that every byte arrived. Not every
    // server can set times; the copy itself is complete either way.
    if (ftp && options.preserveTime) {
        // FTP sends SIZE and the time together; a wrong size takes the time back to now,
        // so no rule later takes the broken copy for the source.
        auto after = checked ? Result<ftp::FtpFileSystem::SizeAndTime>(*checked) : ftp->fileSizeAndSetTime(remote, localTime);
        if (!after)
            return after.error();
        if (after->size >= 0 && after->size != total) {
            if (after->timeSet)
                (void)fs.setModificationTime(remote, QDateTime::currentDateTimeUtc());
            return Error(ErrorKind::Network, QStringLiteral("%1: the server has %2 of %3 bytes").arg(remote.toString()).arg(after->size).arg(total));
        }
    } else {
        auto after = remoteSize(fs, remote);
        if (!after)
            return after.error();
        if (*after >= 0 && *after != total)
            return Error(ErrorKind::Network, QStringLiteral("%1: the server has %2 of %3 bytes").arg(remote.toString()).arg(*after).arg(total));
        if (options.preserveTime)
            (void)fs.setModificationTime(remote, localTime);
    }
    result.size = total;
    return result;
}

} // namespace ferry::transfer
