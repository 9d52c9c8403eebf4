#pragma once
// Blocking waits on a Qt socket that stay responsive to a CancelToken (checked every
// 100 ms) and end with a typed Error: Timeout at the deadline, Cancelled, or Network when
// the peer closed or the socket failed. Used on a connection's worker thread.

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QHostAddress>

#include <utility>

#include "base/CancelToken.h"
#include "base/Result.h"

namespace ferry::ftp {

enum class WaitFor
{
    Connected,
    Encrypted,
    ReadyRead,
    BytesWritten,
    Disconnected
};

// The step that waits, so that each way it can end is one whole translated sentence
// ("timed out waiting for the server's reply"), never a sentence with an operation's
// English name put in.
struct WaitStep
{
    enum Kind
    {
        Connect,      // the control connection to host:port
        TlsHandshake, // the control connection's
        SendCommand,
        Reply,
        DataConnect, // the data connection to host:port
        DataTls,
        DataClose
    };
    WaitStep(Kind stepKind, QString stepHost = QString(), quint16 stepPort = 0) // NOLINT: {Kind} reads well
        : kind(stepKind), host(std::move(stepHost)), port(stepPort)
    {}
    Kind kind;
    QString host; // Connect and DataConnect
    quint16 port = 0;

    // The sentences, also for tests: at the deadline, when the server closed the
    // connection, and when the socket failed with `detail` (its errorString()).
    QString timedOut() const;
    QString closed() const;
    QString failed(const QString &detail) const;
};

// Connects `socket` to address:port. The TCP connect is made here and waited for in
// slices (so a cancel is seen), then handed to the socket as connected; a Qt socket's own
// waitForConnected() aborts the attempt when its time runs out, and a QSslSocket does not
// say its descriptor while it connects. A scoped IPv6 address is left to Qt's socket.
remote::Status connectSocket(QAbstractSocket *socket, const QHostAddress &address, quint16 port,
                             const QDeadlineTimer &deadline, const remote::CancelToken &cancel,
                             const WaitStep &step);

remote::Status waitSocket(QAbstractSocket *socket, WaitFor event, const QDeadlineTimer &deadline,
                          const remote::CancelToken &cancel, const WaitStep &step);

} // namespace ferry::ftp
