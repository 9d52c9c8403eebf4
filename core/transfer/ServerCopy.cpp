#include "ServerCopy.h"

#include <memory>

#include "ftp/FtpFileSystem.h"

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

constexpr qint64 kChunk = kDefaultChunkSize;

enum class FxpOutcome { NotTried, Done, Refused };

// A cancel or a lost connection ends the copy; anything a server said ends only FXP.
bool endsTheJob(const Error &e, const RemoteFileSystem &a, const RemoteFileSystem &b)
{
    return e.kind() == ErrorKind::Cancelled || !a.isConnected() || !b.isConnected();
}

// FXP, in this order: PASV on the target (it will listen), PORT with that address on the
// source (it will connect), RETR on the source and its 150 (the source has connected; the
// target's kernel holds the connection until STOR), then STOR on the target and its 150,
// then each server's 226. RETR goes first so that a source that refuses (no such file,
// an illegal PORT noticed late) never leaves the target waiting for a connection.
Result<FxpOutcome> tryFxp(RemoteFileSystem &source, const RemotePath &from, RemoteFileSystem &target,
                          const RemotePath &to, qint64 offset, qint64 total)
{
    auto *src = dynamic_cast<ftp::FtpFileSystem *>(&source);
    auto *dst = dynamic_cast<ftp::FtpFileSystem *>(&target);
    if (!src || !dst)
        return FxpOutcome::NotTried;
    const QString route = QStringLiteral("%1 -> %2").arg(from.toString(), to.toString());
    if (src->isDataTls() != dst->isDataTls()) {
        src->logStatus(QStringLiteral("Server-to-server copy %1: one server encrypts data and the other does not; streaming through Ferry").arg(route));
        return FxpOutcome::NotTried;
    }
    // Under TLS one server must take the client's role in the data connection's handshake.
    const bool sscn = src->isDataTls();
    if (sscn && !(src->features().has(QStringLiteral("SSCN")) && dst->features().has(QStringLiteral("SSCN")))) {
        src->logStatus(QStringLiteral("Server-to-server copy %1: FXP under TLS needs SSCN on both servers; streaming through Ferry").arg(route));
        return FxpOutcome::NotTried;
    }

    bool sscnOn = false;
    const auto refused = [&](const Error &e, const QString &step) -> Result<FxpOutcome> {
        if (sscnOn && src->isConnected())
            (void)src->fxpSecureClient(false);
        if (endsTheJob(e, source, target))
            return e;
        const QString why = QStringLiteral("FXP refused at %1 (%2); streaming through Ferry").arg(step, e.toString());
        src->logStatus(why);
        dst->logStatus(why);
        return FxpOutcome::Refused;
    };

    src->logStatus(QStringLiteral("Server-to-server copy %1 (FXP)").arg(route));
    auto address = dst->fxpPassive();
    if (!address)
        return refused(address.error(), QStringLiteral("PASV on the target"));
    if (sscn) {
        if (auto st = src->fxpSecureClient(true); !st)
            return refused(st.error(), QStringLiteral("SSCN on the source"));
        sscnOn = true;
    }
    if (auto st = src->fxpPort(*address); !st)
        return refused(st.error(), QStringLiteral("PORT on the source"));
    if (auto st = src->fxpStart(QStringLiteral("RETR"), from, offset); !st)
        return refused(st.error(), QStringLiteral("RETR on the source"));
    if (auto st = src->fxpWaitStarted(); !st)
        return refused(st.error(), QStringLiteral("RETR on the source"));
    if (auto st = dst->fxpStart(QStringLiteral("STOR"), to, offset); !st) {
        (void)src->fxpAbort();
        return refused(st.error(), QStringLiteral("STOR on the target"));
    }
    if (auto st = dst->fxpWaitStarted(); !st) {
        (void)src->fxpAbort(); // it may be stuck writing into a connection nobody reads
        return refused(st.error(), QStringLiteral("STOR on the target"));
    }
    // No bytes pass through us, so no stall detection either: allow 100 kB/s at least.
    const qint64 waitMs = 60 * 1000 + qMax<qint64>(0, total - offset) / 100;
    auto srcDone = src->fxpWaitDone(waitMs);
    if (!srcDone && srcDone.error().kind() == ErrorKind::Cancelled) {
        (void)src->fxpAbort();
        (void)dst->fxpAbort();
        return srcDone.error();
    }
    auto dstDone = dst->fxpWaitDone(srcDone ? 60 * 1000 : 15 * 1000);
    if (!dstDone && dstDone.error().kind() == ErrorKind::Cancelled) {
        (void)dst->fxpAbort();
        return dstDone.error();
    }
    if (!srcDone || !dstDone) {
        // A timeout leaves a server mid-transfer: bring both back in step first.
        if (!srcDone && srcDone.error().kind() == ErrorKind::Timeout)
            (void)src->fxpAbort();
        if (!dstDone && dstDone.error().kind() == ErrorKind::Timeout)
            (void)dst->fxpAbort();
        return refused(srcDone ? dstDone.error() : srcDone.error(), QStringLiteral("the end of the transfer"));
    }
    if (sscnOn)
        (void)src->fxpSecureClient(false);
    return FxpOutcome::Done;
}

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
        return Error(ErrorKind::Local, QStringLiteral("a server-to-server copy needs two connections"));
    auto entry = source.stat(from);
    if (!entry)
        return entry.error();
    if (entry->isDir())
        return Error(ErrorKind::Local, QStringLiteral("%1 is a folder").arg(from.toString()));
    const qint64 total = entry->size.value_or(-1);

    qint64 offset = 0;
    if (options.resume) {
        auto existing = target.stat(to);
        if (existing && existing->type == EntryType::File && existing->size && (total < 0 || *existing->size <= total))
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
        auto fxp = tryFxp(source, from, target, to, offset, total);
        if (!fxp)
            return fxp.error();
        if (*fxp == FxpOutcome::Done) {
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
        return Error(ErrorKind::Network, QStringLiteral("%1: the target has %2 of %3 bytes").arg(to.toString()).arg(*after->size).arg(total));
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
