#include "SocketWait.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace ferry::ftp {

using namespace ferry::remote;

Status waitSocket(QAbstractSocket *socket, WaitFor event, const QDeadlineTimer &deadline,
                  const CancelToken &cancel, const QString &what)
{
    constexpr int sliceMs = 100;
    while (true) {
        if (cancel.isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        const int slice = int(qMin<qint64>(sliceMs, qMax<qint64>(0, deadline.remainingTime())));
        bool done = false;
        switch (event) {
        case WaitFor::Connected:
            done = socket->waitForConnected(slice);
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
                return Error(
                    ErrorKind::Network,
                    QStringLiteral("the server closed the connection while waiting for %1").arg(what));
            return Error(ErrorKind::Network, QStringLiteral("%1: %2").arg(what, socket->errorString()));
        }
        if (deadline.hasExpired())
            return Error(ErrorKind::Timeout,
                         QCoreApplication::translate("ferry::ftp", "timed out waiting for %1").arg(what));
    }
}

} // namespace ferry::ftp
