#pragma once
// One FTP data connection: passive (we connect to the address the server gave, or the
// control peer's when that one is unroutable or different) or active (we listen, the
// server connects). Under FTPS it starts TLS as the client after the transfer command,
// resuming the control connection's TLS session (servers such as vsftpd with
// require_ssl_reuse refuse a data connection that does not), and accepts only the
// certificate the control connection already trusted. Lives on the connection's worker
// thread, owned by the transfer that opened it.

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>

#include "base/Result.h"

namespace ferry::ftp {

class FtpControlChannel;

class FtpDataChannel
{
public:
    FtpDataChannel(FtpControlChannel &control, bool tls);
    ~FtpDataChannel();

    // Passive mode: a plain TCP connection to address:port.
    remote::Status connectTo(const QHostAddress &address, quint16 port);
    // The same in two steps: the connection opens while the transfer command travels
    // (one round trip less per file on plain FTP).
    void startConnect(const QHostAddress &address, quint16 port);
    remote::Status waitConnected();
    // Active mode: listens on the control connection's local address; the port to announce.
    remote::Result<quint16> listen();
    // Active mode, after the transfer command: waits for the server's connection.
    remote::Status accept();
    // After the server's 1xx reply: the TLS handshake (no-op without TLS).
    remote::Status startTls();

    // Reads up to maxSize bytes; 0 once the server closed the connection (end of file).
    remote::Result<qint64> read(char *buffer, qint64 maxSize);
    // Queues data, waiting while more than a few MiB are unsent. Plain TCP bypasses Qt's
    // buffer and sends straight to the kernel.
    remote::Status write(const char *data, qint64 size);
    // The chunk size write() is fastest with: 64 KiB on plain TCP, the default under TLS.
    qint64 preferredWriteSize() const;
    // Flushes, sends close_notify under TLS, and waits until the connection is closed.
    remote::Status finishWrite();
    // After the end of a download: closes our side (close_notify under TLS).
    void finishRead();
    // Drops the connection at once (cancel, ABOR).
    void abort();

private:
    QHostAddress m_address; // passive mode: where startConnect() went
    quint16 m_port = 0;
    // Waits until at most `limit` bytes are still unsent (plain and encrypted).
    remote::Status waitUnsentAtMost(qint64 limit);
    // Plain TCP: send() on the socket, waiting for room in slices.
    remote::Status sendDirect(qintptr socket, const char *data, qint64 size);
    // Plain passive connections are a socket of our own (m_fd, util/PlatformNet), not a
    // QSslSocket: Qt's socket cost more CPU per small file than the transfer itself
    // (creating it, its notifiers, reading back addresses and options after the connect).
    bool startRawConnect(const QHostAddress &address, quint16 port);
    remote::Status waitRawConnected();
    remote::Result<qint64> readRaw(char *buffer, qint64 maxSize);
    // One slice of a wait for `events` (util::platform::WaitEvent) on the socket:
    // Cancelled or Timeout (`timeoutMessage`) first, then up to 100 ms of poll(); the
    // error when the poll failed or the socket is closed.
    remote::Status waitFd(qintptr socket, int events, const QDeadlineTimer &deadline,
                          const QString &timeoutMessage) const;
    void closeRaw();
    qintptr m_fd = -1;
    bool m_sendBufferChecked = false; // write(): the long link's send buffer (raiseSendBuffer)
    int m_connectErrno = 0;           // connect() failed at once

    FtpControlChannel &m_control;
    bool m_tls;
    std::unique_ptr<QSslSocket> m_socket;
    std::unique_ptr<QTcpServer> m_server;
};

// "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)" -> address and port.
bool parsePasvReply(const QString &text, QHostAddress *address, quint16 *port);
// "229 Entering Extended Passive Mode (|||port|)" -> port.
bool parseEpsvReply(const QString &text, quint16 *port);
// Whether a PASV address can be used as given: not unspecified, not a private or
// loopback address that differs in kind from the control peer's.
bool isUsablePasvAddress(const QHostAddress &pasv, const QHostAddress &controlPeer);

} // namespace ferry::ftp
