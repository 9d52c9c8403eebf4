#include "FileCopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <optional>

#include "remote/SegmentRecord.h"
#include "util/FileTime.h"
#include "util/Paths.h"
#include "util/PlatformFile.h"

namespace ferry::transfer {

using namespace ferry::remote;
namespace platform = ferry::util::platform;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ferry::transfer", text);
}

// The file `localPath` names itself, not what a link there points to.
bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isSymLink() && info.isFile();
}

struct OpenedPartial
{
    LocalFile file;
    qint64 offset = 0;
};

// Opens the partial file of a download: the one there when resuming (a regular file,
// the recorded one when the item recorded it), else a new one made with O_EXCL.
Result<OpenedPartial> openPartial(QString &part, const QString &localPath, const CopyOptions &options,
                                  qint64 total)
{
    OpenedPartial opened;
    if (options.resume) {
        // A target written without a partial file (or a "resume" of the file itself):
        // continued under the partial name.
        if (!QFileInfo(part).exists() && !QFileInfo(part).isSymLink() && isRegularFile(localPath) &&
            !options.partIdentity.isValid()) {
            if (const int e = platform::renameReplacing(localPath, part); e != 0)
                return localFileError(tr("cannot rename %1 to resume it: %2"), localPath, e);
        }
        auto existing = LocalFile::openExisting(part);
        if (existing) {
            if (!options.partIdentity.isValid() || existing->identity() == options.partIdentity) {
                auto size = existing->size();
                if (!size)
                    return size.error();
                opened.offset = *size;
                opened.file = std::move(existing.value());
                if (total >= 0 && opened.offset > total) { // longer than the source: start again
                    if (auto st = opened.file.truncate(0); !st)
                        return st.error();
                    opened.offset = 0;
                }
                if (auto st = opened.file.seek(opened.offset); !st)
                    return st.error();
                return opened;
            }
            // Another file took the recorded name: it is left alone, and a new one made.
        } else if (existing.error().kind() != ErrorKind::NotFound) {
            return existing.error();
        }
    }
    const QString base = part;
    for (int n = 1; n <= 100; ++n) {
        part = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        auto created = LocalFile::createNew(part);
        if (created) {
            opened.file = std::move(created.value());
            return opened;
        }
        if (created.error().kind() != ErrorKind::Exists)
            return created.error();
        const QFileInfo there(part);
        if (there.isSymLink() || !there.isFile())
            return Error(ErrorKind::Local, tr("%1 is in the way of the partial file and is not a regular "
                                              "file; it is left alone (links are never followed)")
                                               .arg(part));
        if (options.replaceStalePart && n == 1) {
            // The CLI's own name: a leftover of an earlier run, replaced as a whole
            // (unlink, then O_EXCL again: a link made in between still fails).
            if (const int e = platform::removeFile(part); e != 0)
                return localFileError(tr("cannot replace %1: %2"), part, e);
            auto again = LocalFile::createNew(part);
            if (!again)
                return again.error();
            opened.file = std::move(again.value());
            return opened;
        }
    }
    return Error(ErrorKind::Exists, tr("no free name for the partial file %1").arg(base));
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
        return Error(ErrorKind::Local, tr("%1 is a folder").arg(remote.toString()));
    const qint64 total = entry.size.value_or(-1);

    QString target = localPath;
    OpenedPartial opened;
    if (options.usePartFile) {
        target = options.partPath.isEmpty() ? partialPath(localPath) : options.partPath;
        auto partial = openPartial(target, localPath, options, total);
        if (!partial)
            return partial.error();
        opened = std::move(partial.value());
    } else {
        // Written in place: the target the user named (which may be a link).
        if (options.resume && QFileInfo::exists(localPath)) {
            auto existing = LocalFile::openExisting(localPath);
            if (!existing)
                return existing.error();
            opened.file = std::move(existing.value());
            auto size = opened.file.size();
            if (!size)
                return size.error();
            opened.offset = (total >= 0 && *size > total) ? 0 : *size;
            if (auto st = opened.file.truncate(opened.offset); !st)
                return st.error();
            if (auto st = opened.file.seek(opened.offset); !st)
                return st.error();
        } else {
            auto fresh = LocalFile::openTruncate(localPath);
            if (!fresh)
                return fresh.error();
            opened.file = std::move(fresh.value());
        }
    }
    LocalFile &file = opened.file;
    // A download fetched in segments left a record beside its partial file: the file's
    // size says nothing then (the last segment may be far ahead of the first). A resume
    // starts where the bytes stop being contiguous and hands the record on; a record that
    // does not fit (another size, damaged) means the partial's content is unknown: it
    // starts again from nothing. A fresh partial drops any record left behind.
    const QString recordPath = options.usePartFile ? SegmentRecord::pathFor(target) : QString();
    if (!recordPath.isEmpty() && QFileInfo::exists(recordPath)) {
        Result<SegmentRecord> record = opened.offset > 0 && total >= 0
                                           ? SegmentRecord::open(recordPath, total)
                                           : Result<SegmentRecord>(Error(ErrorKind::Local, QString()));
        if (record) {
            opened.offset = record->contiguousEnd();
        } else {
            opened.offset = 0;
            if (auto st = file.truncate(0); !st)
                return st.error();
            platform::removeFile(recordPath);
        }
        if (auto st = file.seek(opened.offset); !st)
            return st.error();
    }
    const FileIdentity identity = file.identity();
    if (options.partialChosen && options.usePartFile)
        options.partialChosen(target, identity);
    const qint64 offset = opened.offset;

    CopyResult result;
    result.resumedFrom = offset;
    qint64 done = offset;
    if (progress)
        progress(done, total);
    if (total < 0 || offset < total) {
        // The engine's own way when it has one (SFTP: many requests in flight, over
        // several channels on long links, written through the descriptor opened here).
        RemoteFileSystem::LocalSink sink;
        sink.fd = file.handle();
        sink.path = target;
        sink.write = [&file](const char *data, qint64 size) {
            return file.writeAll(data, size);
        };
        sink.segmentsPath = recordPath;
        sink.segmentsProgress = options.segmentsProgress;
        auto moved = fs.downloadTo(remote, offset, total, sink, progress);
        if (!moved)
            return moved.error();
        result.transferred = *moved;
    }
    auto gotSize = file.size();
    if (!gotSize)
        return gotSize.error();
    const qint64 got = *gotSize;
    if (auto st = file.close(); !st)
        return st.error();

    if (total >= 0 && got != total)
        return Error(ErrorKind::Network,
                     tr("%1: received %2 of %3 bytes").arg(remote.toString()).arg(got).arg(total));
    if (!recordPath.isEmpty())
        platform::removeFile(recordPath); // an engine without segments continued it
    if (options.usePartFile) {
        // The name must still be the file written: never rename someone else's file.
        if (identityOf(target) != identity)
            return Error(ErrorKind::Local, tr("the partial file %1 was replaced while it was written; "
                                              "%2 is left as it was")
                                               .arg(target, localPath));
        // rename() replaces the target in one step (a link there is replaced, not followed).
        if (const int e = platform::renameReplacing(target, localPath); e != 0)
            return Error(localErrorKind(e),
                         tr("cannot rename %1 to %2: %3").arg(target, localPath, platform::errorText(e)));
    }
    if (options.preserveTime && entry.mtime.isValid() && entry.mtimePrecision != MtimePrecision::None) {
        QFile finished(localPath);
        if (finished.open(QIODevice::ReadWrite))
            finished.setFileTime(entry.mtime, QFileDevice::FileModificationTime);
    }
    result.size = got;
    return result;
}

namespace {

// The upload loop shared by files and streams: resume from the server's size, send, check
// the size the server then has. `open` positions the source at an offset.
Result<CopyResult> uploadSource(RemoteFileSystem &fs, const QString &name, qint64 total,
                                const QDateTime &localTime,
                                const std::function<Result<StreamSource::Reader>(qint64)> &open,
                                bool fileAtPath, const RemotePath &remote, const CopyOptions &options,
                                const ProgressFn &progress)
{
    qint64 offset = 0;
    // An upload sent in segments left a record (a local file, uploadRecordPath): the
    // server's size says nothing then (a later segment may be far ahead of the first). A
    // resume trusts only the record's acknowledged progress: it starts where that stops
    // being contiguous and hands the record on. A record that does not fit (another size,
    // damaged, or a remote file shorter than what it counts) means the remote content is
    // unknown: the upload starts again from nothing. A fresh upload drops any record.
    const QString recordPath = options.uploadSegmentsPath;
    const bool hasRecord = !recordPath.isEmpty() && QFileInfo::exists(recordPath);
    if (options.resume) {
        auto existing = fs.stat(remote);
        if (existing && existing->type == EntryType::File && existing->size && *existing->size <= total)
            offset = *existing->size;
        else if (!existing && existing.error().kind() != ErrorKind::NotFound)
            return existing.error();
        if (hasRecord) {
            Result<SegmentRecord> record = SegmentRecord::open(recordPath, total);
            qint64 counted = 0; // the furthest acknowledged byte
            if (record) {
                for (const SegmentRecord::Segment &s : record->segments())
                    counted = s.next > s.start ? qMax(counted, s.next) : counted;
            }
            if (record && existing && existing->type == EntryType::File && existing->size &&
                *existing->size >= counted) {
                offset = record->contiguousEnd();
            } else {
                offset = 0;
                platform::removeFile(recordPath);
            }
        }
    } else if (hasRecord) {
        platform::removeFile(recordPath);
    }
    CopyResult result;
    result.resumedFrom = offset;
    qint64 done = offset;
    if (progress)
        progress(done, total);
    // The server's view of the size is the proof that every byte arrived. Not every
    // server can set times; the copy itself is complete either way.
    RemoteFileSystem::UploadPlan plan;
    plan.offset = offset;
    plan.total = total;
    if (options.preserveTime)
        plan.utc = localTime;
    plan.targetAbsent = options.targetAbsent;
    plan.segmentsPath = recordPath;
    plan.segmentsProgress = options.segmentsProgress;
    std::optional<RemoteFileSystem::UploadCheck> checked;
    if (offset < total || total == 0) {
        auto reader = open(offset);
        if (!reader)
            return reader.error();
        RemoteFileSystem::LocalSource source;
        source.path = name;
        source.read = reader->read;
        source.borrow = reader->borrow;
        source.fileAtPath = fileAtPath;
        auto sent = fs.uploadFrom(source, remote, plan, progress);
        if (!sent)
            return sent.error();
        result.transferred = sent->transferred;
        checked = sent->check;
    } else {
        auto after = fs.checkUpload(remote, total, plan.utc);
        if (!after)
            return after.error();
        checked = *after;
    }
    if (!recordPath.isEmpty())
        platform::removeFile(recordPath); // an engine without segments continued it
    if (checked->size >= 0 && checked->size != total) {
        // A time set with the size goes back to now, so no rule later takes the broken
        // copy for the source.
        if (checked->timeSet)
            (void)fs.setModificationTime(remote, QDateTime::currentDateTimeUtc());
        return Error(
            ErrorKind::Network,
            tr("%1: the server has %2 of %3 bytes").arg(remote.toString()).arg(checked->size).arg(total));
    }
    result.size = total;
    return result;
}

} // namespace

Result<CopyResult> uploadFile(RemoteFileSystem &fs, const QString &localPath, const RemotePath &remote,
                              const CopyOptions &options, const ProgressFn &progress)
{
    auto opened = LocalFile::openRead(localPath);
    if (!opened)
        return opened.error();
    LocalFile &file = opened.value();
    auto totalSize = file.size();
    if (!totalSize)
        return totalSize.error();
    // Kept on the copy below; read now, from the open file.
    const QDateTime localTime = util::modificationTimeUtc(QFileInfo(localPath));
    const auto open = [&file](qint64 offset) -> Result<StreamSource::Reader> {
        if (offset > 0) {
            if (auto st = file.seek(offset); !st)
                return st.error();
        }
        return StreamSource::Reader([&file](char *data, qint64 size) { return file.read(data, size); });
    };
    return uploadSource(fs, localPath, *totalSize, localTime, open, true, remote, options, progress);
}

Result<CopyResult> uploadStream(RemoteFileSystem &fs, const StreamSource &source, const RemotePath &remote,
                                const CopyOptions &options, const ProgressFn &progress)
{
    if (!source.open)
        return Error(ErrorKind::Local, tr("%1: nothing to read").arg(source.name));
    return uploadSource(fs, source.name, source.size, source.mtime, source.open, false, remote, options,
                        progress);
}

QString partialPath(const QString &localPath, const QString &tag)
{
    const QFileInfo info(localPath);
    QString name = QStringLiteral(".%1.ferry-part").arg(info.fileName());
    if (!tag.isEmpty())
        name += QLatin1Char('-') + tag;
    return info.dir().filePath(name);
}

QString uploadRecordPath(const QString &site, const QString &remotePath, const QString &localPath,
                         const QString &tag)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {site, remotePath, QFileInfo(localPath).absoluteFilePath()}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    if (!tag.isEmpty()) { // (untagged: the same name as before tags existed)
        hash.addData(tag.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    const QString folder = util::Paths::dataFile(QStringLiteral("segments"));
    QDir().mkpath(folder);
    return folder + QStringLiteral("/upload-") + QString::fromLatin1(hash.result().toHex().left(32)) +
           QStringLiteral(".segments");
}

QString partialPathAvoiding(const QString &localPath, const QSet<QString> &siblings)
{
    const QString base = partialPath(localPath);
    QString candidate = base;
    for (int n = 2; siblings.contains(QFileInfo(candidate).fileName()); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

} // namespace ferry::transfer
