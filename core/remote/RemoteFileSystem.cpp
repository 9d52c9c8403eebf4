#include "RemoteFileSystem.h"

#include <QCoreApplication>

#include <optional>

namespace ferry::remote {

QList<Result<Listing>> RemoteFileSystem::listMany(const QList<RemotePath> &paths)
{
    QList<Result<Listing>> out;
    out.reserve(paths.size());
    std::optional<Error> fatal;
    for (const RemotePath &path : paths) {
        if (fatal) {
            out.append(*fatal);
            continue;
        }
        out.append(list(path));
        if (!out.constLast() && (out.constLast().error().kind() == ErrorKind::Cancelled || !isConnected()))
            fatal = out.constLast().error();
    }
    return out;
}

Result<qint64> RemoteFileSystem::fileSize(const RemotePath &path)
{
    auto st = stat(path);
    if (!st)
        return st.error();
    return st->size.value_or(-1);
}

Result<qint64> RemoteFileSystem::downloadTo(const RemotePath &path, qint64 offset, qint64 total,
                                            const LocalSink &sink, const Progress &progress)
{
    auto stream = openRead(path, offset);
    if (!stream)
        return stream.error();
    std::unique_ptr<char[]> buffer(new char[kDefaultChunkSize]);
    qint64 done = offset;
    while (true) {
        auto n = (*stream)->read(buffer.get(), kDefaultChunkSize);
        if (!n) {
            (void)(*stream)->abort();
            return n.error();
        }
        if (*n == 0)
            break;
        if (auto st = sink.write(buffer.get(), *n); !st) {
            (void)(*stream)->abort();
            return st.error();
        }
        done += *n;
        if (progress)
            progress(done, total);
    }
    if (auto st = (*stream)->finish(); !st)
        return st.error();
    return done - offset;
}

Result<RemoteFileSystem::UploadDone> RemoteFileSystem::uploadFrom(const LocalSource &source,
                                                                  const RemotePath &path,
                                                                  const UploadPlan &plan,
                                                                  const Progress &progress)
{
    auto stream = openWrite(path, plan.offset);
    if (!stream)
        return stream.error();
    // The stream says what it moves fastest (plain FTP: 64 KiB, which a file read of the
    // same size keeps in the cache between read and send).
    const qint64 chunk = qBound<qint64>(4096, (*stream)->preferredChunkSize(), kDefaultChunkSize);
    std::unique_ptr<char[]> buffer(source.borrow ? nullptr : new char[chunk]);
    UploadDone result;
    qint64 done = plan.offset;
    while (true) {
        // A source that lends its buffer is sent from it, in its own blocks (the stream's
        // write() slices them as it must), without a copy into ours.
        const char *data = buffer.get();
        qint64 n = 0;
        if (source.borrow) {
            auto lent = source.borrow(kBorrowedChunkSize);
            if (!lent) {
                (void)(*stream)->abort();
                return lent.error();
            }
            data = lent->data();
            n = lent->size();
        } else {
            auto got = source.read(buffer.get(), chunk);
            if (!got) {
                (void)(*stream)->abort();
                return got.error();
            }
            n = *got;
        }
        if (n == 0)
            break;
        if (auto st = (*stream)->write(data, n); !st) {
            (void)(*stream)->abort();
            return st.error();
        }
        done += n;
        result.transferred += n;
        if (progress)
            progress(done, plan.total);
    }
    auto check = finishUpload(**stream, path, plan);
    if (!check)
        return check.error();
    result.check = *check;
    return result;
}

Result<RemoteFileSystem::UploadCheck>
RemoteFileSystem::finishUpload(WriteStream &stream, const RemotePath &path, const UploadPlan &plan)
{
    if (auto st = stream.finish(); !st)
        return st.error();
    return checkUpload(path, plan.total, plan.utc);
}

Result<RemoteFileSystem::UploadCheck> RemoteFileSystem::checkUpload(const RemotePath &path, qint64 expected,
                                                                    const QDateTime &utc)
{
    auto size = fileSize(path);
    if (!size)
        return size.error();
    UploadCheck check;
    check.size = *size;
    // Not every server can set times; the copy itself is complete either way.
    if (utc.isValid() && (*size < 0 || *size == expected))
        check.timeSet = setModificationTime(path, utc).ok();
    return check;
}

Result<RemoteFileSystem::DirectCopy> RemoteFileSystem::copyDirect(const RemotePath &from,
                                                                  RemoteFileSystem &target,
                                                                  const RemotePath &to, qint64 offset,
                                                                  qint64 total)
{
    Q_UNUSED(from);
    Q_UNUSED(target);
    Q_UNUSED(to);
    Q_UNUSED(offset);
    Q_UNUSED(total);
    return DirectCopy::NotTried;
}

Status RemoteFileSystem::uploadFiles(const QList<UploadItem> &items, bool preserveMtime,
                                     const Progress &progress)
{
    Q_UNUSED(items);
    Q_UNUSED(preserveMtime);
    Q_UNUSED(progress);
    return Error(ErrorKind::Protocol,
                 QCoreApplication::translate(
                     "ferry::remote", "this protocol sends files one at a time (no batch upload offered)"));
}

} // namespace ferry::remote
