#include "SocketWait.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <climits>

#include "util/PlatformNet.h"

namespace ferry::ftp {

using namespace ferry::remote;

QString WaitStep::timedOut() const
{
    switch (kind) {
    case Connect:
        return QCoreApplication::translate("ferry::ftp", "timed out connecting to %1:%2").arg(host).arg(port);
    case TlsHandshake:
        return QCoreApplication::translate("ferry::ftp", "timed out waiting for the TLS handshake");
    case SendCommand:
        return QCoreApplication::translate("ferry::ftp", "timed out sending a command to the server");
    case Reply:
        return QCoreApplication::translate("ferry::ftp", "timed out waiting for the server's reply");
    case DataConnect:
        return QCoreApplication::translate("ferry::ftp", "timed out opening the data connection to %1:%2")
            .arg(host)
            .arg(port);
    case DataTls:
        return QCoreApplication::translate("ferry::ftp",
                                           "timed out waiting for the data connection's TLS handshake");
    case DataClose:
        break;
    }
    return QCoreApplication::translate("ferry::ftp", "timed out waiting for the data connection to close");
}

QString WaitStep::closed() const
{
    switch (kind) {
    case Connect:
        return QCoreApplication::translate("ferry::ftp", "the server at %1:%2 closed the connection at once")
            .arg(host)
            .arg(port);
    case TlsHandshake:
        return QCoreApplication::translate("ferry::ftp",
                                           "the server closed the connection during the TLS handshake");
    case SendCommand:
        return QCoreApplication::translate("ferry::ftp",
                                           "the server closed the connection while a command was sent");
    case Reply:
        return QCoreApplication::translate("ferry::ftp",
                                           "the server closed the connection before it replied");
    case DataConnect:
        return QCoreApplication::translate("ferry::ftp",
                                           "the server closed the data connection to %1:%2 at once")
            .arg(host)
            .arg(port);
    case DataTls:
        return QCoreApplication::translate("ferry::ftp",
                                           "the server closed the data connection during its TLS handshake");
    case DataClose:
        break;
    }
    return QCoreApplication::translate("ferry::ftp",
                                       "the server closed the data connection before it was done");
}

QString WaitStep::failed(const QString &detail) const
{
    switch (kind) {
    case Connect:
        return QCoreApplication::translate("ferry::ftp", "cannot connect to %1:%2: %3")
            .arg(host)
            .arg(port)
            .arg(detail);
    case TlsHandshake:
        return QCoreApplication::translate("ferry::ftp", "TLS handshake failed: %1").arg(detail);
    case SendCommand:
        return QCoreApplication::translate("ferry::ftp", "cannot send to the server: %1").arg(detail);
    case Reply:
        return QCoreApplication::translate("ferry::ftp", "cannot read the server's reply: %1").arg(detail);
    case DataConnect:
        return QCoreApplication::translate("ferry::ftp", "cannot open the data connection to %1:%2: %3")
            .arg(host)
            .arg(port)
            .arg(detail);
    case DataTls:
        return QCoreApplication::translate("ferry::ftp", "TLS on the data connection failed: %1").arg(detail);
    case DataClose:
        break;
    }
    return QCoreApplication::translate("ferry::ftp", "cannot close the data connection: %1").arg(detail);
}

namespace {

// QAbstractSocket::waitForConnected() aborts the connect when its time runs out (Qt's
// documentation: "If the function times out, the connecting process will be aborted"),
// so it is never given one slice of the wait: on a link whose round trip is longer than
// the slice the connect would end unfinished every time. Where the descriptor is known,
// the kernel is asked whether the connect has ended (writable, on success and on
// failure), and Qt then sees the outcome at once; else Qt gets the whole time that is
// left (a QSslSocket, which does not say its descriptor while it connects: connectSocket()
// avoids that case).
bool connectedWithin(QAbstractSocket *socket, int sliceMs, const QDeadlineTimer &deadline)
{
    if (socket->state() == QAbstractSocket::ConnectedState)
        return true;
    const qintptr fd = socket->socketDescriptor();
    if (socket->state() == QAbstractSocket::ConnectingState && fd >= 0) {
        int error = 0;
        const int events = util::platform::waitSocket(fd, util::platform::Writable, sliceMs, &error);
        if (events == 0)
            return false; // still connecting: the attempt goes on
    }
    const qint64 left = deadline.remainingTime();
    return socket->waitForConnected(left < 0 ? -1 : int(qBound(qint64(1), left, qint64(INT_MAX))));
}

} // namespace

Status connectSocket(QAbstractSocket *socket, const QHostAddress &address, quint16 port,
                     const QDeadlineTimer &deadline, const CancelToken &cancel, const WaitStep &step)
{
    namespace platform = util::platform;
    int error = 0;
    const qintptr fd = platform::startTcpConnect(address, port, &error);
    if (fd == platform::kNoSocket && error == 0) {
        socket->connectToHost(address, port); // a scoped IPv6 address: Qt's socket knows how
        return waitSocket(socket, WaitFor::Connected, deadline, cancel, step);
    }
    if (fd == platform::kNoSocket)
        return Error(ErrorKind::Network, step.failed(platform::socketErrorText(error)));
    constexpr int sliceMs = 100;
    while (true) {
        if (cancel.isCancelled()) {
            platform::closeSocket(fd);
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        }
        const int slice = int(qMin<qint64>(sliceMs, qMax<qint64>(0, deadline.remainingTime())));
        int pollError = 0;
        const int happened = platform::waitSocket(fd, platform::Writable, slice, &pollError);
        if (happened < 0) {
            platform::closeSocket(fd);
            return Error(ErrorKind::Network, step.failed(platform::socketErrorText(pollError)));
        }
        if (happened > 0) {
            const int pending = platform::pendingSocketError(fd);
            if (pending == 0 && (happened & platform::Writable) &&
                !(happened & (platform::Failed | platform::Invalid)))
                break;
            platform::closeSocket(fd);
            return Error(ErrorKind::Network,
                         step.failed(platform::socketErrorText(
                             pending != 0 ? pending : platform::connectionRefusedCode())));
        }
        if (deadline.hasExpired()) {
            platform::closeSocket(fd);
            return Error(ErrorKind::Timeout, step.timedOut());
        }
    }
    if (!socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState)) {
        platform::closeSocket(fd);
        return Error(ErrorKind::Network, step.failed(socket->errorString()));
    }
    return {};
}

Status waitSocket(QAbstractSocket *socket, WaitFor event, const QDeadlineTimer &deadline,
                  const CancelToken &cancel, const WaitStep &step)
{
    constexpr int sliceMs = 100;
    while (true) {
        if (cancel.isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        const int slice = int(qMin<qint64>(sliceMs, qMax<qint64>(0, deadline.remainingTime())));
        bool done = false;
        switch (event) {
        case WaitFor::Connected:
            done = connectedWithin(socket, slice, deadline);
            break;
        case WaitFor::Encrypted:
            done = static_cast<QSslSocket *>(socket)->waitForEncrypted(slice);
            break;
        case WaitFor::ReadyRead:
            done = socket->waitForReadyRead(slice);
            break;
        case WaitFor::BytesWritten:
            done = socket->bytesToWrite() == 0 || socket->waitForBytesWritten(slice);
            break;
        case WaitFor::Disconnected:
            done = socket->state() == QAbstractSocket::UnconnectedState || socket->waitForDisconnected(slice);
            break;
        }
        if (done)
            return {};
        if (event == WaitFor::Disconnected && socket->state() == QAbstractSocket::UnconnectedState)
            return {};
        // error() keeps the last error of any earlier call, so only a socket that is no
        // longer connected (or a failed handshake) ends the wait early.
        const auto err = socket->error();
        const bool handshakeFailed =
            event == WaitFor::Encrypted &&
            (err == QAbstractSocket::SslHandshakeFailedError || err == QAbstractSocket::SslInternalError ||
             err == QAbstractSocket::SslInvalidUserDataError);
        const bool gone = socket->state() == QAbstractSocket::UnconnectedState &&
                          (event != WaitFor::Connected || err != QAbstractSocket::SocketTimeoutError);
        if (gone || handshakeFailed) {
            if (err == QAbstractSocket::RemoteHostClosedError)
                return Error(ErrorKind::Network, step.closed());
            return Error(ErrorKind::Network, step.failed(socket->errorString()));
        }
        if (deadline.hasExpired())
            return Error(ErrorKind::Timeout, step.timedOut());
    }
}

} // namespace ferry::ftp
