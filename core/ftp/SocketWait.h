#pragma once
// Blocking waits on a Qt socket that stay responsive to a CancelToken (checked every
// 100 ms) and end with a typed Error: Timeout at the deadline, Cancelled, or Network when
// the peer closed or the socket failed. Used on a connection's worker thread.

#include <QAbstractSocket>
#include <QDeadlineTimer>

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

// `what` names the step for the message ("the server's reply", "the data connection").
remote::Status waitSocket(QAbstractSocket *socket, WaitFor event, const QDeadlineTimer &deadline,
                          const remote::CancelToken &cancel, const QString &what);

} // namespace ferry::ftp
