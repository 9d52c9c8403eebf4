#pragma once
// The FTP control connection: connects (plain, or implicit TLS), reads the greeting,
// sends commands and reads replies with a timeout and a cancel check on every wait,
// upgrades to TLS after AUTH TLS, and decides whether to trust the server's certificate
// (CA, the user's trust store, a pinned fingerprint, or a question through Interaction).
// Commands are logged with passwords redacted. Lives on the connection's worker thread.

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringDecoder>
#include <QStringEncoder>

#include <deque>
#include <functional>
#include <memory>

#include "FtpReply.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/ConnectOptions.h"
#include "remote/Interaction.h"
#include "remote/SessionLog.h"

namespace ferry::ftp {

class FtpControlChannel
{
public:
    FtpControlChannel(const remote::ConnectOptions &options, remote::Interaction *interaction,
                      const remote::CancelToken *cancel, const remote::LogSink *log);
    ~FtpControlChannel();

    // Connects and reads the 220 greeting (after the TLS handshake when implicit).
    remote::Result<FtpReply> open(const QString &host, quint16 port, bool implicitTls);
    // After a 234 reply to AUTH: the TLS handshake on the control connection.
    remote::Status startTls();
    void close();
    bool isOpen() const;
    bool isEncrypted() const;

    // Sends one command line. Fails on CR/LF inside (command injection) or a closed socket.
    remote::Status send(const QString &command);
    // Sends several command lines at once, in one packet where the connection allows
    // (pipelining; the replies come back in order). Nothing is sent when one is refused.
    remote::Status send(const QStringList &commands);
    remote::Status send(const QStringList &commands, bool withDeferred);
    // Reads one complete reply (1xx included).
    remote::Result<FtpReply> readReply();
    // The same with a deadline of the caller's (a server hashing a large file, the end of
    // a server-to-server transfer); the CancelToken is still checked in every wait.
    remote::Result<FtpReply> readReply(QDeadlineTimer deadline);
    // Reads one reply if one arrives within `ms`; an invalid reply when none did.
    remote::Result<FtpReply> readReplyWithin(int ms);
    // send() then readReply(), skipping nothing.
    remote::Result<FtpReply> command(const QString &command);
    // A command whose answer nothing waits for (TYPE I, OPTS UTF8 ON after the login):
    // it goes out ahead of the next command sent, in the same packet, and its reply is
    // read (and given to `check`, which may turn it into an error) before that command's
    // own: no round trip of its own. Dropped when the connection closes.
    using ReplyCheck = std::function<remote::Status(const FtpReply &)>;
    void defer(const QString &command, ReplyCheck check);
    // command() that leaves the deferred commands for the next one (EPSV: its answer does
    // not depend on them; they go with the transfer command that does).
    remote::Result<FtpReply> commandAhead(const QString &command);
    bool hasDeferred() const { return !m_deferred.empty(); }
    // A reply is owed that nobody reads now (the EPSV sent behind a transfer command that
    // failed): the next send() reads it first.
    void settleLater()
    {
        if (m_awaitingReplies > 0)
            m_abandoned = true;
    }
    // How many commands send() has sent on this connection: a state prepared by one
    // command (a prefetched EPSV) is still valid while this has not moved.
    quint64 commandsSent() const { return m_commandsSent; }

    // The names on the wire: UTF-8 by default; a named codec for old servers.
    // Empty, "auto", "utf-8" and "utf8" mean UTF-8.
    remote::Status setCharset(const QString &name);
    bool isUtf8() const { return m_utf8; }
    QByteArray encode(const QString &text);
    // One whole line of the server's text (replies, listings) in the chosen charset.
    QString decode(const QByteArray &line);

    // For the data channels: what TLS settings to start with (the current configuration,
    // carrying the session to resume), the control peer's certificate, and its address.
    QSslConfiguration currentSslConfiguration() const;
    QSslCertificate peerCertificate() const;
    QHostAddress peerAddress() const;
    QHostAddress localAddress() const;
    QString host() const { return m_host; }
    // The socket's descriptor (-1 when closed), for the kernel's view of the connection.
    int descriptor() const;
    QSsl::SslProtocol sessionProtocol() const;
    // Under TLS 1.3 the resumable ticket arrives after the handshake; waits up to ms for it.
    void waitForSessionTicket(int ms);
    QDeadlineTimer deadline() const;
    const remote::CancelToken &cancel() const { return *m_cancel; }
    // Set when the last handshake failed because trust was refused (not a protocol error).
    bool trustRefused() const { return m_trustRefused; }
    QString lastTrustMessage() const { return m_trustMessage; }

    // The TLS configuration to start from: TLS 1.2 or later, system CAs plus --ca-file,
    // session persistence on (FTPS servers require the data connection to resume it).
    QSslConfiguration baseSslConfiguration() const;

    // A line in the session log (the data channels log through it too).
    void log(remote::LogKind kind, const QString &text) const;

private:
    void acknowledgeNow(); // TCP quick ACK of what was read
    remote::Status handshakeFailed(const QString &message);
    void onSslErrors(const QList<QSslError> &errors);

    remote::ConnectOptions m_options;
    remote::Interaction *m_interaction;
    const remote::CancelToken *m_cancel;
    const remote::LogSink *m_log;
    std::unique_ptr<QSslSocket> m_socket;
    FtpReplyParser m_parser;
    QStringDecoder m_decoder;
    QStringEncoder m_encoder;
    QString m_host;
    quint16 m_port = 0;
    bool m_trustRefused = false;
    QString m_trustMessage;
    bool m_sessionTicket = false;
    bool m_utf8 = true;
    quint64 m_commandsSent = 0;
    int m_awaitingReplies = 0; // commands sent whose final reply has not been read
    // A wait for a reply was given up (cancelled, timed out) while replies were owed: the
    // next command first reads them, or the connection could not tell its replies apart.
    bool m_abandoned = false;
    remote::Status catchUp();
    // defer(): the commands not sent yet, and the checks of those sent whose replies are
    // still to be read (before the reply the caller asked for).
    std::deque<std::pair<QString, ReplyCheck>> m_deferred;
    std::deque<ReplyCheck> m_deferredOwed;
    remote::Result<FtpReply> readOwnReply(QDeadlineTimer deadline);
};

} // namespace ferry::ftp
