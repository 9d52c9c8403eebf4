#include "ServerCopy.h"

#include <QCoreApplication>

#include <memory>

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

constexpr qint64 kChunk = kDefaultChunkSize;

// The bytes through Ferry: one download stream and one upload stream, chunk by chunk.
Result<qint64> streamCopy(RemoteFileSystem &source, const RemotePath &from, RemoteFileSystem &target,
                          const RemotePath &to, qint64 offset, qint64 total, const ProgressFn &progress)
{
    auto in = source.openRead(from, offset);
    if (!in)
        return in.error();
    auto out = target.openWrite(to, offset);
    if (!out) {
        (void)(*in)->abort();
        return out.error();
    }
    std::unique_ptr<char[]> buffer(new char[kChunk]);
    qint64 moved = 0;
    while (true) {
        auto n = (*in)->read(buffer.get(), kChunk);
        if (!n) {
            (void)(*out)->abort();
            (void)(*in)->abort();
            return n.error();
        }
        if (*n == 0)
            break;
        if (auto st = (*out)->write(buffer.get(), *n); !st) {
            (void)(*in)->abort();
            (void)(*out)->abort();
            return st.error();
        }
        moved += *n;
        if (progress)
            progress(offset + moved, total);
    }
    if (auto st = (*in)->finish(); !st) {
        (void)(*out)->abort();
        return st.error();
    }
    if (auto st = (*out)->finish(); !st)
        return st.error();
    return moved;
}

} // namespace

Result<CopyResult> copyBetween(RemoteFileSystem &source, const RemotePath &from, RemoteFileSystem &target,
                               const RemotePath &to, const CopyOptions &options, const ProgressFn &progress,
                               QString *method)
{
    if (&source == &target)
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::transfer", "a server-to-server copy needs two connections"));
    auto entry = source.stat(from);
    if (!entry)
        return entry.error();
    if (entry->isDir())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "%1 is a folder").arg(from.toString()));
    const qint64 total = entry->size.value_or(-1);

    qint64 offset = 0;
    if (options.resume) {
        auto existing = target.stat(to);
        if (existing && existing->type == EntryType::File && existing->size &&
            (total < 0 || *existing->size <= total))
            offset = *existing->size;
        else if (!existing && existing.error().kind() != ErrorKind::NotFound)
            return existing.error();
    }
    CopyResult result;
    result.resumedFrom = offset;
    if (progress)
        progress(offset, total);

    QString used = QStringLiteral("none");
    if (total < 0 || offset < total || total == 0) {
        // The engine's way without the bytes passing through Ferry, when the pair has one
        // (FTP to FTP: FXP); else, or when a server refused it, streamed.
        auto direct = source.copyDirect(from, target, to, offset, total);
        if (!direct)
            return direct.error();
        if (*direct == RemoteFileSystem::DirectCopy::Done) {
            used = QStringLiteral("fxp");
            result.transferred = total >= 0 ? total - offset : 0;
        } else {
            used = QStringLiteral("stream");
            auto moved = streamCopy(source, from, target, to, offset, total, progress);
            if (!moved)
                return moved.error();
            result.transferred = *moved;
        }
    }
    if (method)
        *method = used;

    // The target's own view of the size is the proof, whichever way the bytes went.
    auto after = target.stat(to);
    if (!after)
        return after.error();
    if (total >= 0 && after->size && *after->size != total)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::transfer", "%1: the target has %2 of %3 bytes")
                         .arg(to.toString())
                         .arg(*after->size)
                         .arg(total));
    if (used == QLatin1String("fxp") && total < 0 && after->size)
        result.transferred = *after->size - offset;
    result.size = after->size.value_or(total);
    if (progress)
        progress(result.size, total);
    if (options.preserveTime && entry->mtime.isValid() && entry->mtimePrecision != MtimePrecision::None)
        (void)target.setModificationTime(to, entry->mtime.toUTC()); // not every server can
    return result;
}

} // namespace ferry::transfer
