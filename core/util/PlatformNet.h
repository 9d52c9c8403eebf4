#pragma once
// Raw TCP sockets where Qt's sockets cost speed: the plain FTP data connection that
// Ferry opens and reads itself (recv straight into the transfer's buffer), waiting on a
// socket that libssh owns, and what the kernel knows about a connection (its smallest
// round trip, the bytes it has not sent yet). Sockets are qintptr: POSIX descriptors, or
// Winsock SOCKETs on Windows (WSAStartup is Qt's: a QTcpSocket or QHostInfo exists
// first). Error codes are the system's (errno, or WSAGetLastError()); errorText() says
// one in words. The POSIX branch is built and tested here; the Windows branch (#ifdef
// Q_OS_WIN in PlatformNet.cpp) is written to Winsock and has never been compiled.

#include <QHostAddress>
#include <QString>

namespace ferry::util::platform {

constexpr qintptr kNoSocket = -1;

QString socketErrorText(int code);

// Starts a non-blocking TCP connect to `address`:`port` (close-on-exec, TCP_NODELAY).
// Returns the socket, whose connect then runs (wait with waitSocket(Writable) and read
// the outcome with pendingSocketError), or kNoSocket with the reason in *error. A scoped
// IPv6 address is not handled here (*error is 0): Qt's sockets know how.
qintptr startTcpConnect(const QHostAddress &address, quint16 port, int *error);
void closeSocket(qintptr socket);

enum WaitEvent : int
{
    Readable = 0x1,
    Writable = 0x2,
    // in the result only:
    Failed = 0x4, // an error or hang-up: the next recv/send says which
    Invalid = 0x8 // not an open socket
};
// Waits up to timeoutMs for the events (a mask of Readable, Writable). Returns the mask
// that happened (0 after the timeout or an interruption), or -1 with *error.
int waitSocket(qintptr socket, int events, int timeoutMs, int *error);
// The connect's outcome after waitSocket: 0, or its error code (SO_ERROR).
int pendingSocketError(qintptr socket);
// The code of "connection refused" (ECONNREFUSED, WSAECONNREFUSED), for a connect that
// failed without one.
int connectionRefusedCode();

// recv(): the count (0: the peer closed), or -1 with *wouldBlock (nothing there yet on a
// non-blocking socket, or dontWait) or the error in *error. EINTR is retried.
qint64 receive(qintptr socket, char *data, qint64 size, bool dontWait, bool *wouldBlock, int *error);

// The address at the other end of a connected socket (null when unknown).
QHostAddress peerAddress(qintptr socket);

// Bytes the kernel holds that the peer has not acknowledged yet (Linux SIOCOUTQ), or -1
// where the system does not say.
qint64 unsentBytes(qintptr socket);

// The smallest round trip the kernel measured on a connected TCP socket, in ms (Linux
// TCP_INFO's tcpi_min_rtt), or -1 where unknown.
double tcpMinRoundTripMs(qintptr socket);

// Signs of loss on a connected TCP socket since it was opened: the segments this end has
// sent again (its own data lost: uploads) plus the packets that arrived out of order (the
// peer's data lost and sent again: downloads). Linux TCP_INFO's tcpi_total_retrans +
// tcpi_rcv_ooopack (the latter from Linux 5.4); -1 where unknown.
qint64 tcpLossEvents(qintptr socket);
// Bytes queued on a connected TCP socket that the kernel has not sent yet (Linux TCP_INFO's
// tcpi_notsent_bytes), or -1 where unknown.
qint64 tcpNotSentBytes(qintptr socket);

// An upload's data socket on a long link: one TCP stream carries at most its send buffer
// per round trip (every unacknowledged byte stays there), and the kernel's autotuning stops
// at tcp_wmem's maximum. A socket may ask for up to net.core.wmem_max, which the kernel
// doubles: where that is more than tcp_wmem's maximum (Linux), the buffer is set so.
// Returns the buffer's size then, or -1 (left as it was).
qint64 raiseSendBuffer(qintptr socket);

// waitSocket() on several sockets at once: returns as soon as any has one of the events
// (the result is the number of sockets that have), 0 after the timeout, -1 with *error.
int waitSockets(const qintptr *sockets, int count, int events, int timeoutMs, int *error);

} // namespace ferry::util::platform
