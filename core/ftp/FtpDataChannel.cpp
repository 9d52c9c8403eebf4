#include "FtpDataChannel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <QThread>

#include <functional>

#include "FtpControlChannel.h"
#include "SocketWait.h"
#include "remote/RemoteFileSystem.h"
#include "util/Platform.h"
#include "util/PlatformNet.h"

namespace ferry::ftp {

using namespace ferry::remote;
namespace platform = ferry::util::platform;

namespace {

constexpr qint64 kMaxUnsent = 2 * 1024 * 1024;
// What one send() hands the kernel on a plain upload. On loopback 64 KiB (the loopback
// MTU, and vsftpd's read size) moved a 1 GiB upload 1.5-2.5x faster than 32 KiB or 128
// KiB did.
constexpr qint64 kDirectChunk = 64 * 1024;
// Bounds what Qt buffers ahead of the reader (plain and decrypted), so memory stays flat
// when the disk is slower than the network.
constexpr qint64 kReadBuffer = 2 * 1024 * 1024;

// Keeps the descriptor of the server's incoming data connection, so that a QSslSocket
// (not a plain QTcpSocket) can take it over. Only a connection from the control
// connection's peer is taken (as FileZilla and curl do): anyone who can reach the
// announced port could connect first and feed us their bytes or read our upload.
// Others are closed, and listening goes on.
class DescriptorServer : public QTcpServer
{
public:
    DescriptorServer(QHostAddress expectedPeer, std::function<void(const QHostAddress &)> onRefused)
        : m_expectedPeer(std::move(expectedPeer)), m_onRefused(std::move(onRefused))
    {}

    qintptr takeDescriptor()
    {
        const qintptr d = m_descriptor;
        m_descriptor = -1;
        return d;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_descriptor != -1) {
            platform::closeSocket(descriptor); // a second connection is not ours to take
            return;
        }
        const QHostAddress peer = platform::peerAddress(descriptor);
        if (peer.isNull() || !peer.isEqual(m_expectedPeer, QHostAddress::ConvertV4MappedToIPv4)) {
            platform::closeSocket(descriptor);
            m_onRefused(peer);
            return;
        }
        m_descriptor = descriptor;
    }

private:
    QHostAddress m_expectedPeer;
    std::function<void(const QHostAddress &)> m_onRefused;
    qintptr m_descriptor = -1;
};

} // namespace

FtpDataChannel::FtpDataChannel(FtpControlChannel &control, bool tls) : m_control(control), m_tls(tls) {}

FtpDataChannel::~FtpDataChannel()
{
    abort();
}

Status FtpDataChannel::connectTo(const QHostAddress &address, quint16 port)
{
    startConnect(address, port);
    return waitConnected();
}

void FtpDataChannel::startConnect(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_socket.reset();
    closeRaw();
    m_connectErrno = 0;
    // Connected here, read by Ferry itself (plain) or handed to a QSslSocket once connected
    // (TLS, in waitConnected): a Qt socket's own connect wait aborts a connect that takes
    // longer than the wait's slice (SocketWait.h).
    if (startRawConnect(address, port))
        return;
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(kReadBuffer);
    m_socket->connectToHost(address, port); // a scoped IPv6 address: Qt's socket knows how
}

Status FtpDataChannel::waitConnected()
{
    if (m_fd < 0 && m_connectErrno == 0)
        return waitSocket(m_socket.get(), WaitFor::Connected, m_control.deadline(), m_control.cancel(),
                          {WaitStep::DataConnect, m_address.toString(), m_port});
    if (auto st = waitRawConnected(); !st || !m_tls)
        return st;
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setReadBufferSize(kReadBuffer);
    if (!m_socket->setSocketDescriptor(m_fd, QAbstractSocket::ConnectedState)) {
        closeRaw();
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "cannot take the data connection: %1")
                         .arg(m_socket->errorString()));
    }
    m_fd = platform::kNoSocket; // the QSslSocket's now
    return {};
}

Result<quint16> FtpDataChannel::listen()
{
    const QHostAddress expected = m_control.peerAddress();
    auto server = std::make_unique<DescriptorServer>(expected, [this, expected](const QHostAddress &peer) {
        m_control.log(LogKind::Error,
                      peer.isNull()
                          ? QCoreApplication::translate("ferry::ftp",
                                                        "Refused an active-mode data connection from an "
                                                        "unknown address: only the server (%1) may open it")
                                .arg(expected.toString())
                          : QCoreApplication::translate("ferry::ftp",
                                                        "Refused an active-mode data connection from %1: "
                                                        "only the server (%2) may open it")
                                .arg(peer.toString(), expected.toString()));
    });
    if (!server->listen(m_control.localAddress(), 0))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::ftp", "cannot listen for an active-mode data connection: %1")
                .arg(server->errorString()));
    const quint16 port = server->serverPort();
    m_server = std::move(server);
    return port;
}

Status FtpDataChannel::accept()
{
    auto *server = static_cast<DescriptorServer *>(m_server.get());
    const QDeadlineTimer dl = m_control.deadline();
    qintptr descriptor = -1;
    while (descriptor == -1) {
        if (m_control.cancel().isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        if (dl.hasExpired())
            return Error(ErrorKind::Timeout,
                         QCoreApplication::translate(
                             "ferry::ftp", "the server did not open the active-mode data connection"));
        server->waitForNewConnection(100);
        descriptor = server->takeDescriptor();
    }
    m_server->close();
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setReadBufferSize(kReadBuffer);
    if (!m_socket->setSocketDescriptor(descriptor))
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "cannot take the data connection: %1")
                         .arg(m_socket->errorString()));
    return {};
}

Status FtpDataChannel::startTls()
{
    if (!m_tls)
        return {};
    // The control connection's current configuration carries its TLS session (ticket or
    // id), so this handshake resumes it.
    QSslConfiguration conf = m_control.currentSslConfiguration();
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(m_control.host());
    const QSslCertificate expected = m_control.peerCertificate();
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
                     [this, expected](const QList<QSslError> &) {
                         // The control connection decided about this certificate already.
                         if (!expected.isNull() && m_socket->peerCertificate() == expected)
                             m_socket->ignoreSslErrors();
                     });
    m_socket->startClientEncryption();
    auto st = waitSocket(m_socket.get(), WaitFor::Encrypted, m_control.deadline(), m_control.cancel(),
                         {WaitStep::DataTls});
    if (!st && st.error().kind() != ErrorKind::Cancelled)
        return Error(ErrorKind::Protocol, st.error().message());
    return st;
}

Result<qint64> FtpDataChannel::read(char *buffer, qint64 maxSize)
{
    if (m_fd >= 0)
        return readRaw(buffer, maxSize);
    if (!m_socket)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "the data connection is not open"));
    const QDeadlineTimer dl = m_control.deadline();
    while (true) {
        if (m_tls && m_socket->bytesAvailable() == 0) {
            // Records that arrived together with the end of the handshake can sit in Qt's
            // raw buffer undecrypted, and waitForReadyRead() only wakes on new bytes:
            // flush() runs the decrypting step over what is already there.
            m_socket->flush();
        }
        if (m_socket->bytesAvailable() > 0) {
            const qint64 n = m_socket->read(buffer, maxSize);
            if (n < 0)
                return Error(ErrorKind::Network,
                             QCoreApplication::translate("ferry::ftp", "reading the data connection: %1")
                                 .arg(m_socket->errorString()));
            return n;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState ||
            m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            return qint64(0);
        if (m_control.cancel().isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        // Short slices: Qt takes in the server's TLS close_notify inside the wait without
        // waking it, so the end of a transfer is noticed when the slice ends.
        if (!m_socket->waitForReadyRead(int(qMin<qint64>(20, qMax<qint64>(1, dl.remainingTime()))))) {
            const auto err = m_socket->error();
            if (err == QAbstractSocket::RemoteHostClosedError)
                continue; // drain what is left, then report the end
            if (err != QAbstractSocket::SocketTimeoutError)
                return Error(ErrorKind::Network,
                             QCoreApplication::translate("ferry::ftp", "the data connection failed: %1")
                                 .arg(m_socket->errorString()));
            if (dl.hasExpired())
                return Error(ErrorKind::Timeout,
                             QCoreApplication::translate("ferry::ftp", "no data from the server in time"));
        }
    }
}

qint64 FtpDataChannel::preferredWriteSize() const
{
    return m_tls ? remote::kDefaultChunkSize : kDirectChunk;
}

Status FtpDataChannel::write(const char *data, qint64 size)
{
    if (!m_sendBufferChecked) {
        // An upload on a long link (5 ms or more: where a download would use segments):
        // one stream's speed is its send buffer per round trip, and the kernel's
        // autotuning stops at tcp_wmem's maximum (4 MiB here: at most about 40 MB/s at
        // 100 ms, 30 measured); the socket asks for what net.core.wmem_max allows, where
        // that is more (docs/benchmarks.md, 2026-12-08).
        m_sendBufferChecked = true;
        const qintptr fd = m_fd >= 0 ? m_fd : (m_socket ? m_socket->socketDescriptor() : -1);
        if (fd >= 0 && platform::tcpMinRoundTripMs(fd) >= 5)
            (void)platform::raiseSendBuffer(fd);
    }
    // Plain TCP: straight to the kernel, as curl and lftp do. Copying into Qt's buffer
    // first and letting it write 2 MiB at a time ran a 1 GiB upload to vsftpd on
    // loopback at about half the speed of 64 KiB send() calls (docs/benchmarks.md).
    if (m_fd >= 0)
        return sendDirect(m_fd, data, size);
    if (!m_socket)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "the data connection is not open"));
    if (!m_tls && m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
        return sendDirect(m_socket->socketDescriptor(), data, size);
    if (auto st = waitUnsentAtMost(kMaxUnsent); !st)
        return st;
    if (m_socket->write(data, size) != size)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "writing the data connection: %1")
                         .arg(m_socket->errorString()));
    // Under TLS, encrypt and hand it to the kernel now rather than in bursts when the
    // buffer is full. (Plain TCP is faster left to fill 2 MiB and write it at once.)
    if (m_tls)
        m_socket->flush();
    if (m_socket->bytesAvailable() > 0)
        m_socket->readAll(); // nothing is expected from the server during an upload
    return {};
}

Status FtpDataChannel::sendDirect(qintptr fd, const char *data, qint64 size)
{
    // The deadline restarts whenever bytes move, so only a server that stopped reading
    // times out.
    QDeadlineTimer deadline = m_control.deadline();
    while (size > 0) {
        bool retry = false;
        QString why;
        const qint64 n = platform::sendNoSignal(fd, data, qMin(size, kDirectChunk), &retry, &why);
        if (n > 0) {
            data += n;
            size -= n;
            deadline = m_control.deadline();
            continue;
        }
        if (n < 0 && !retry)
            return Error(
                ErrorKind::Network,
                QCoreApplication::translate("ferry::ftp", "writing the data connection: %1").arg(why));
        // The kernel's buffer is full: wait for room in short slices, so a cancel is
        // noticed. POLLERR and POLLHUP: the next send() reports the reason (ECONNRESET,
        // EPIPE).
        if (auto st = waitFd(fd, platform::Writable, deadline,
                             QCoreApplication::translate("ferry::ftp", "the server stopped accepting data"));
            !st)
            return st;
    }
    return {};
}

Status FtpDataChannel::waitUnsentAtMost(qint64 limit)
{
    // QSslSocket counts plain and encrypted unsent bytes separately; bound both. The
    // deadline restarts whenever bytes move, so only a server that stopped reading times out.
    QDeadlineTimer deadline = m_control.deadline();
    qint64 unsent = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    while (unsent > limit) {
        if (m_control.cancel().isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        if (deadline.hasExpired())
            return Error(ErrorKind::Timeout,
                         QCoreApplication::translate("ferry::ftp", "the server stopped accepting data"));
        if (!m_socket->waitForBytesWritten(100) && m_socket->state() != QAbstractSocket::ConnectedState)
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp", "the data connection failed: %1")
                             .arg(m_socket->errorString()));
        const qint64 now = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
        if (now < unsent)
            deadline = m_control.deadline();
        unsent = now;
    }
    return {};
}

Status FtpDataChannel::finishWrite()
{
    if (m_fd >= 0) {
        // Everything is in the kernel already (sendDirect). With nothing unread the close
        // is orderly: the kernel sends what is left, then FIN.
        char sink[4096];
        bool wouldBlock = false;
        int error = 0;
        while (platform::receive(m_fd, sink, sizeof sink, true, &wouldBlock, &error) > 0) {
        }
        closeRaw();
        return {};
    }
    if (!m_socket)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "the data connection is not open"));
    const QDeadlineTimer deadline = m_control.deadline();
    const auto drainIncoming = [this] {
        // Nothing is expected from the server during an upload except TLS records (TLS
        // 1.3 session tickets); read them so none is left unread at close.
        while (m_socket->waitForReadyRead(0)) {
        }
        m_socket->readAll();
    };
    // 1. Hand every byte to the kernel.
    if (auto st = waitUnsentAtMost(0); !st)
        return st;
    // 2. Wait until the server has received it all. Closing a socket that still has
    //    unread input makes the kernel send RST and drop unsent output: the server then
    //    sees a reset instead of the end of the file, and answers 426.
    // Where the system does not tell the unsent bytes (unsentBytes -1), step 3 goes on
    // at once, as before this wait existed.
    const qintptr fd = m_socket->socketDescriptor();
    // Plain TCP has nothing to read on an upload's data connection, so a close cannot
    // turn into a reset: the kernel sends what is left, then FIN, without us waiting.
    while (m_tls && fd >= 0 && platform::unsentBytes(fd) > 0) {
        if (m_control.cancel().isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        if (deadline.hasExpired())
            return Error(ErrorKind::Timeout,
                         QCoreApplication::translate("ferry::ftp", "the server stopped accepting data"));
        drainIncoming();
        QThread::msleep(1);
    }
    drainIncoming();
    // 3. Only disconnectFromHost() sends TLS close_notify; strict servers answer 426 to a
    //    connection closed without it.
    m_socket->disconnectFromHost();
    return waitSocket(m_socket.get(), WaitFor::Disconnected, deadline, m_control.cancel(),
                      {WaitStep::DataClose});
}

void FtpDataChannel::finishRead()
{
    closeRaw();
    if (!m_socket)
        return;
    // Qt reports the server's close_notify as RemoteHostClosedError but leaves the socket
    // open: close our side properly.
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->waitForDisconnected(1000);
}

void FtpDataChannel::abort()
{
    closeRaw();
    if (m_socket)
        m_socket->abort();
    if (m_server)
        m_server->close();
}

bool FtpDataChannel::startRawConnect(const QHostAddress &address, quint16 port)
{
    int error = 0;
    m_fd = platform::startTcpConnect(address, port, &error);
    if (m_fd == platform::kNoSocket && error == 0)
        return false; // a scoped IPv6 address: Qt's socket knows how
    m_connectErrno = error;
    return true;
}

Status FtpDataChannel::waitRawConnected()
{
    const auto failed = [this](int error) {
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "cannot open the data connection to %1:%2: %3")
                         .arg(m_address.toString())
                         .arg(m_port)
                         .arg(platform::socketErrorText(error)));
    };
    if (m_fd < 0)
        return failed(m_connectErrno);
    const QDeadlineTimer deadline = m_control.deadline();
    while (true) {
        int pollError = 0;
        const int happened = platform::waitSocket(m_fd, platform::Writable, 100, &pollError);
        if (happened < 0)
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp", "waiting on the data connection: %1")
                             .arg(platform::socketErrorText(pollError)));
        if (happened > 0) {
            const int error = platform::pendingSocketError(m_fd);
            if (error == 0 && (happened & platform::Writable) &&
                !(happened & (platform::Failed | platform::Invalid)))
                return {};
            closeRaw();
            return failed(error != 0 ? error : platform::connectionRefusedCode());
        }
        if (m_control.cancel().isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
        if (deadline.hasExpired())
            return Error(
                ErrorKind::Timeout,
                QCoreApplication::translate("ferry::ftp", "the data connection to %1:%2 did not open in time")
                    .arg(m_address.toString())
                    .arg(m_port));
    }
}

Status FtpDataChannel::waitFd(qintptr fd, int events, const QDeadlineTimer &deadline,
                              const QString &timeoutMessage) const
{
    if (m_control.cancel().isCancelled())
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
    if (deadline.hasExpired())
        return Error(ErrorKind::Timeout, timeoutMessage);
    int pollError = 0;
    const int happened = platform::waitSocket(fd, events, 100, &pollError);
    if (happened < 0)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "waiting on the data connection: %1")
                         .arg(platform::socketErrorText(pollError)));
    if (happened & platform::Invalid)
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "the data connection was closed"));
    return {};
}

Result<qint64> FtpDataChannel::readRaw(char *buffer, qint64 maxSize)
{
    // The deadline restarts with every call, i.e. whenever bytes move.
    const QDeadlineTimer deadline = m_control.deadline();
    while (true) {
        bool wouldBlock = false;
        int error = 0;
        const qint64 n = platform::receive(m_fd, buffer, maxSize, false, &wouldBlock, &error);
        if (n >= 0)
            return n; // 0: the server closed the connection, the end of the file
        if (!wouldBlock)
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp", "the data connection failed: %1")
                             .arg(platform::socketErrorText(error)));
        // An error or hang-up: the next recv() reports the reason or the end.
        if (auto st = waitFd(m_fd, platform::Readable, deadline,
                             QCoreApplication::translate("ferry::ftp", "no data from the server in time"));
            !st)
            return st.error();
    }
}

void FtpDataChannel::closeRaw()
{
    platform::closeSocket(m_fd);
    m_fd = -1;
}

bool parsePasvReply(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression re(QStringLiteral(
        "(\\d{1,3}),\\s*(\\d{1,3}),\\s*(\\d{1,3}),\\s*(\\d{1,3}),\\s*(\\d{1,3}),\\s*(\\d{1,3})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    int v[6];
    for (int i = 0; i < 6; ++i) {
        v[i] = m.captured(i + 1).toInt();
        if (v[i] > 255)
            return false;
    }
    *address = QHostAddress(QStringLiteral("%1.%2.%3.%4").arg(v[0]).arg(v[1]).arg(v[2]).arg(v[3]));
    *port = quint16(v[4] * 256 + v[5]);
    return *port != 0;
}

bool parseEpsvReply(const QString &text, quint16 *port)
{
    // The delimiter is the character right after '(' (usually '|').
    const qsizetype open = text.indexOf(QLatin1Char('('));
    if (open < 0 || open + 1 >= text.size())
        return false;
    const QChar d = text.at(open + 1);
    const qsizetype close = text.indexOf(QLatin1Char(')'), open);
    if (close < 0)
        return false;
    const QStringList parts = text.mid(open + 1, close - open - 1).split(d);
    // "|||port|" splits into "", "", "", "port", "".
    if (parts.size() != 5)
        return false;
    bool ok = false;
    const int p = parts.at(3).toInt(&ok);
    if (!ok || p <= 0 || p > 65535)
        return false;
    *port = quint16(p);
    return true;
}

bool isUsablePasvAddress(const QHostAddress &pasv, const QHostAddress &controlPeer)
{
    if (pasv.isNull() || pasv == QHostAddress::AnyIPv4)
        return false;
    // A server behind NAT often names its private address; one that differs from the
    // control peer is also the FTP bounce pattern. Either way, the control peer is the
    // address we know reaches the server.
    QHostAddress peer = controlPeer;
    bool ok = false;
    const quint32 v4 = peer.toIPv4Address(&ok); // unwraps ::ffff:a.b.c.d
    if (ok)
        peer = QHostAddress(v4);
    return pasv.isEqual(peer);
}

} // namespace ferry::ftp
