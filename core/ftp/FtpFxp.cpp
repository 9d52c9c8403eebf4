// Server-to-server copies between two FTP servers (FXP): FtpFileSystem::copyDirect and
// the steps it takes on each connection.
#include "FtpFileSystem.h"

#include <QCoreApplication>

#include "FtpControlChannel.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

// A cancel or a lost connection ends the copy; anything a server said ends only FXP.
bool endsTheJob(const Error &e, const RemoteFileSystem &a, const RemoteFileSystem &b)
{
    return e.kind() == ErrorKind::Cancelled || !a.isConnected() || !b.isConnected();
}

} // namespace

// FXP, in this order: PASV on the target (it will listen), PORT with that address on the
// source (it will connect), RETR on the source and its 150 (the source has connected; the
// target's kernel holds the connection until STOR), then STOR on the target and its 150,
// then each server's 226. RETR goes first so that a source that refuses (no such file,
// an illegal PORT noticed late) never leaves the target waiting for a connection.
Result<RemoteFileSystem::DirectCopy> FtpFileSystem::copyDirect(const RemotePath &from,
                                                               RemoteFileSystem &target, const RemotePath &to,
                                                               qint64 offset, qint64 total)
{
    auto *src = this;
    auto *dst = dynamic_cast<FtpFileSystem *>(&target);
    if (!dst)
        return DirectCopy::NotTried;
    const QString route = QStringLiteral("%1 -> %2").arg(from.toString(), to.toString());
    if (src->isDataTls() != dst->isDataTls()) {
        src->logStatus(QCoreApplication::translate(
                           "ferry::ftp",
                           "Server-to-server copy %1: one server encrypts data and the other does "
                           "not; streaming through Ferry")
                           .arg(route));
        return DirectCopy::NotTried;
    }
    // Under TLS one server must take the client's role in the data connection's handshake.
    const bool sscn = src->isDataTls();
    if (sscn &&
        !(src->features().has(QStringLiteral("SSCN")) && dst->features().has(QStringLiteral("SSCN")))) {
        src->logStatus(
            QCoreApplication::translate(
                "ferry::ftp",
                "Server-to-server copy %1: FXP under TLS needs SSCN on both servers; streaming through Ferry")
                .arg(route));
        return DirectCopy::NotTried;
    }

    bool sscnOn = false;
    // `why` is a whole sentence with %1 for the error (see the calls).
    const auto refused = [&](const Error &e, const QString &why) -> Result<DirectCopy> {
        if (sscnOn && src->isConnected())
            (void)src->fxpSecureClient(false);
        if (endsTheJob(e, *this, target))
            return e;
        src->logStatus(why.arg(e.toString()));
        dst->logStatus(why.arg(e.toString()));
        return DirectCopy::Refused;
    };

    src->logStatus(QCoreApplication::translate("ferry::ftp", "Server-to-server copy %1 (FXP)").arg(route));
    auto address = dst->fxpPassive();
    if (!address)
        return refused(
            address.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the target server at PASV (%1); streaming through Ferry"));
    if (sscn) {
        if (auto st = src->fxpSecureClient(true); !st)
            return refused(
                st.error(),
                QCoreApplication::translate(
                    "ferry::ftp", "FXP refused by the source server at SSCN (%1); streaming through Ferry"));
        sscnOn = true;
    }
    if (auto st = src->fxpPort(*address); !st)
        return refused(
            st.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the source server at PORT (%1); streaming through Ferry"));
    if (auto st = src->fxpStart(QStringLiteral("RETR"), from, offset); !st)
        return refused(
            st.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the source server at RETR (%1); streaming through Ferry"));
    if (auto st = src->fxpWaitStarted(); !st)
        return refused(
            st.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the source server at RETR (%1); streaming through Ferry"));
    if (auto st = dst->fxpStart(QStringLiteral("STOR"), to, offset); !st) {
        (void)src->fxpAbort();
        return refused(
            st.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the target server at STOR (%1); streaming through Ferry"));
    }
    if (auto st = dst->fxpWaitStarted(); !st) {
        (void)src->fxpAbort(); // it may be stuck writing into a connection nobody reads
        return refused(
            st.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused by the target server at STOR (%1); streaming through Ferry"));
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
        return refused(
            srcDone ? dstDone.error() : srcDone.error(),
            QCoreApplication::translate(
                "ferry::ftp", "FXP refused at the end of the transfer (%1); streaming through Ferry"));
    }
    if (sscnOn)
        (void)src->fxpSecureClient(false);
    return DirectCopy::Done;
}

Result<QString> FtpFileSystem::fxpPassive()
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    auto pasv = enterPassive(
        QCoreApplication::translate("ferry::ftp", "passive mode for a server-to-server copy (PASV)"));
    if (!pasv)
        return pasv.error();
    bool ok = false;
    const quint32 v4 = pasv->address.toIPv4Address(&ok);
    if (!ok)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::ftp", "PASV named %1, not an IPv4 address")
                         .arg(pasv->address.toString()),
                     pasv->reply);
    return portArgument(v4, pasv->port);
}

Status FtpFileSystem::fxpPort(const QString &hostPort)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    auto reply = expect(
        QStringLiteral("PORT ") + hostPort, 2,
        QCoreApplication::translate("ferry::ftp", "a server-to-server copy (PORT to the other server)"));
    return reply ? Status() : Status(reply.error());
}

Status FtpFileSystem::fxpSecureClient(bool on)
{
    auto reply = expect(
        on ? QStringLiteral("SSCN ON") : QStringLiteral("SSCN OFF"), 2,
        QCoreApplication::translate("ferry::ftp", "the TLS client role for a server-to-server copy (SSCN)"));
    return reply ? Status() : Status(reply.error());
}

Status FtpFileSystem::fxpStart(const QString &verb, const RemotePath &path, qint64 offset)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    if (offset > 0) {
        auto rest = m_control->command(QStringLiteral("REST %1").arg(offset));
        if (!rest)
            return rest.error();
        if (rest->code != 350)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::ftp", "the server cannot resume transfers (REST)"),
                rest->toString());
    }
    return m_control->send(verb + QLatin1Char(' ') + wire(path));
}

Status FtpFileSystem::fxpWaitStarted()
{
    auto reply = m_control->readReply();
    if (!reply)
        return reply.error();
    if (reply->isPreliminary())
        return {};
    if (reply->isOk())
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate(
                         "ferry::ftp", "the server finished the transfer without a data connection"),
                     reply->toString());
    return replyError(*reply, QCoreApplication::translate("ferry::ftp", "the server-to-server transfer"));
}

Status FtpFileSystem::fxpWaitDone(qint64 timeoutMs)
{
    auto reply = m_control->readReply(QDeadlineTimer(timeoutMs));
    if (!reply)
        return reply.error();
    if (!reply->isOk())
        return replyError(*reply, QCoreApplication::translate("ferry::ftp", "the server-to-server transfer"));
    return {};
}

Status FtpFileSystem::fxpAbort()
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    const CancelToken saved = m_cancel;
    m_cancel = CancelToken(); // the clean-up runs even after a cancel
    const Status result = abortAndResync();
    m_cancel = saved;
    return result;
}

} // namespace ferry::ftp
