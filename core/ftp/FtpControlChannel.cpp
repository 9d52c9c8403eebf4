#include "FtpControlChannel.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslCipher>

#include "SocketWait.h"

#include <cerrno>

#include "trust/CertificateStore.h"
#include "util/Platform.h"

Q_LOGGING_CATEGORY(lcFtp, "ferry.ftp", QtInfoMsg)

namespace ferry::ftp {

using namespace ferry::remote;

FtpControlChannel::FtpControlChannel(const ConnectOptions &options, Interaction *interaction,
                                     const CancelToken *cancel, const LogSink *log)
    : m_options(options), m_interaction(interaction), m_cancel(cancel), m_log(log),
      m_decoder(QStringConverter::Utf8), m_encoder(QStringConverter::Utf8)
{}

FtpControlChannel::~FtpControlChannel() = default;

void FtpControlChannel::log(LogKind kind, const QString &text) const
{
    qCDebug(lcFtp).noquote() << text;
    if (m_log && *m_log)
        (*m_log)(kind, text);
}

QDeadlineTimer FtpControlChannel::deadline() const
{
    return QDeadlineTimer(qint64(m_options.timeoutSeconds) * 1000);
}

QSslConfiguration FtpControlChannel::baseSslConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    conf.setSslOption(QSsl::SslOptionDisableSessionTickets, false);
    for (const QString &file : m_options.caFiles)
        conf.addCaCertificates(QSslCertificate::fromPath(file, QSsl::Pem));
    return conf;
}

Result<FtpReply> FtpControlChannel::open(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_port = port;
    log(LogKind::Status,
        (implicitTls ? QCoreApplication::translate("ferry::ftp", "Connecting to %1:%2 (implicit TLS)")
                     : QCoreApplication::translate("ferry::ftp", "Connecting to %1:%2"))
            .arg(host)
            .arg(port));
    const QDeadlineTimer dl = deadline();
    // The name is looked up here rather than by the socket, so that the connect itself is
    // made and waited for in slices (connectSocket: a cancel is seen, and a connect longer
    // than a slice, on links of 100 ms and more, is not aborted). The addresses are tried
    // in the resolver's order, as Qt's own socket does.
    QList<QHostAddress> addresses;
    if (QHostAddress literal; literal.setAddress(host)) {
        addresses.append(literal);
    } else {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return Error(ErrorKind::Network,
                         WaitStep(WaitStep::Connect, host, port).failed(info.errorString()));
        addresses = info.addresses();
    }
    Status connected;
    for (const QHostAddress &address : std::as_const(addresses)) {
        m_socket = std::make_unique<QSslSocket>();
        m_socket->setSslConfiguration(baseSslConfiguration());
        m_socket->setPeerVerifyName(host);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
                         [this](const QList<QSslError> &errors) { onSslErrors(errors); });
        QObject::connect(m_socket.get(), &QSslSocket::newSessionTicketReceived, m_socket.get(),
                         [this] { m_sessionTicket = true; });
        connected =
            connectSocket(m_socket.get(), address, port, dl, *m_cancel, {WaitStep::Connect, host, port});
        if (connected && implicitTls) {
            m_socket->startClientEncryption();
            connected =
                waitSocket(m_socket.get(), WaitFor::Encrypted, dl, *m_cancel, {WaitStep::TlsHandshake});
        }
        // The next address only after this one failed (refused, unreachable), never after
        // the deadline, a cancel or a refused certificate.
        if (connected || m_trustRefused || connected.error().kind() != ErrorKind::Network)
            break;
    }
    if (!connected)
        return m_trustRefused ? Error(ErrorKind::Tls, m_trustMessage) : Result<FtpReply>(connected.error());
    if (implicitTls)
        log(LogKind::Status, QCoreApplication::translate("ferry::ftp", "TLS connection established (%1)")
                                 .arg(m_socket->sessionCipher().protocolString()));
    return readReply();
}

void FtpControlChannel::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate cert = m_socket->peerCertificate();
    const QString fp = trust::CertificateStore::fingerprint(cert);
    const auto accept = [this] {
        m_socket->ignoreSslErrors();
    };
    for (const QString &pinned : std::as_const(m_options.trustedCertFingerprints)) {
        if (trust::CertificateStore::fingerprintMatches(pinned, cert)) {
            log(LogKind::Status, QCoreApplication::translate(
                                     "ferry::ftp", "Certificate %1 trusted by fingerprint for this run")
                                     .arg(fp));
            return accept();
        }
    }
    trust::CertificateStore store;
    const QStringList known = store.knownFingerprints(m_host, m_port);
    if (known.contains(fp)) {
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "Certificate %1 trusted earlier by the user").arg(fp));
        return accept();
    }
    CertificateInfo info = trust::CertificateStore::describe(cert, m_host, m_port, errors);
    // Another certificate is trusted for this host:port: this one is a CHANGED
    // certificate, as a different SSH host key is a changed key. --accept-new takes only
    // new ones; a changed one is asked (as a warning) or refused, and the store is kept.
    info.changed = !known.isEmpty();
    info.knownFingerprints = known;
    // A changed certificate: one whole sentence for each way it ends (logged; refused; refused
    // under --accept-new), %1:%2 the server, %3 what was trusted, %4 what it presents now.
    const auto changedText = [&](const char *text) {
        return QCoreApplication::translate("ferry::ftp", text)
            .arg(m_host)
            .arg(m_port)
            .arg(known.join(QStringLiteral(", ")), fp);
    };
    if (info.changed)
        log(LogKind::Error,
            changedText(QT_TRANSLATE_NOOP(
                "ferry::ftp", "the certificate of %1:%2 has CHANGED: %3 was trusted, the server now "
                              "presents %4. Someone may be intercepting the connection, or the "
                              "server's certificate was replaced")));
    if (m_options.acceptNewCertificate && !info.changed) {
        if (auto st = store.trust(m_host, m_port, fp, info.subject); !st)
            log(LogKind::Error, st.error().message());
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "New certificate %1 stored (--accept-new)").arg(fp));
        return accept();
    }
    TrustDecision decision = TrustDecision::Reject;
    if (m_interaction && !(info.changed && m_options.acceptNewCertificate))
        decision = m_interaction->askCertificate(info);
    if (decision == TrustDecision::AcceptAlways) {
        if (auto st = store.trust(m_host, m_port, fp, info.subject); !st)
            log(LogKind::Error, st.error().message());
        else if (info.changed)
            log(LogKind::Status,
                QCoreApplication::translate("ferry::ftp", "Certificate %1 replaces %2 for %3:%4")
                    .arg(fp, known.join(QStringLiteral(", ")), m_host)
                    .arg(m_port));
        return accept();
    }
    if (decision == TrustDecision::AcceptOnce)
        return accept();
    m_trustRefused = true;
    if (info.changed)
        m_trustMessage = changedText(
            m_options.acceptNewCertificate
                ? QT_TRANSLATE_NOOP(
                      "ferry::ftp",
                      "the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents "
                      "%4. Someone may be intercepting the connection, or the server's certificate "
                      "was replaced; refused (--accept-new never accepts a changed certificate)")
                : QT_TRANSLATE_NOOP(
                      "ferry::ftp",
                      "the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents "
                      "%4. Someone may be intercepting the connection, or the server's certificate "
                      "was replaced; refused"));
    else
        m_trustMessage = QCoreApplication::translate(
                             "ferry::ftp", "the certificate of %1:%2 is not trusted (%3); fingerprint %4")
                             .arg(m_host)
                             .arg(m_port)
                             .arg(info.problems.join(QStringLiteral("; ")), fp);
    log(LogKind::Error, m_trustMessage);
}

Status FtpControlChannel::startTls()
{
    m_socket->startClientEncryption();
    if (auto st =
            waitSocket(m_socket.get(), WaitFor::Encrypted, deadline(), *m_cancel, {WaitStep::TlsHandshake});
        !st)
        return handshakeFailed(st.error().message());
    log(LogKind::Status,
        QCoreApplication::translate("ferry::ftp", "TLS connection established (%1, %2)")
            .arg(m_socket->sessionCipher().protocolString(), m_socket->sessionCipher().name()));
    return {};
}

Status FtpControlChannel::handshakeFailed(const QString &message)
{
    if (m_trustRefused)
        return Error(ErrorKind::Tls, m_trustMessage);
    // The wait's own sentence says that the handshake failed.
    return Error(ErrorKind::Protocol, message);
}

void FtpControlChannel::close()
{
    m_deferred.clear();
    m_deferredOwed.clear();
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1000);
    }
    m_socket->abort();
}

bool FtpControlChannel::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool FtpControlChannel::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

Status FtpControlChannel::setCharset(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0) {
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        m_encoder = QStringEncoder(QStringConverter::Utf8);
        m_utf8 = true;
        return {};
    }
    QStringDecoder dec(name.toLatin1().constData());
    QStringEncoder enc(name.toLatin1().constData());
    if (!dec.isValid() || !enc.isValid())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate(
                         "ferry::ftp", "the character set '%1' is not supported; use UTF-8 or ISO-8859-1")
                         .arg(name));
    m_decoder = std::move(dec);
    m_encoder = std::move(enc);
    m_utf8 = false;
    return {};
}

QString FtpControlChannel::decode(const QByteArray &line)
{
    return m_decoder.decode(line);
}

QByteArray FtpControlChannel::encode(const QString &text)
{
    return m_encoder.encode(text);
}

Status FtpControlChannel::send(const QString &command)
{
    return send(QStringList{command});
}

void FtpControlChannel::defer(const QString &command, ReplyCheck check)
{
    m_deferred.emplace_back(command, std::move(check));
}

Result<FtpReply> FtpControlChannel::commandAhead(const QString &command)
{
    if (auto st = send(QStringList{command}, false); !st)
        return st.error();
    return readReply(); // (deferred replies are owed only when they were sent before it)
}

Status FtpControlChannel::send(const QStringList &given)
{
    return send(given, true);
}

Status FtpControlChannel::send(const QStringList &given, bool withDeferred)
{
    QStringList commands;
    if (withDeferred) {
        for (const auto &d : m_deferred)
            commands << d.first;
    }
    commands << given;
    for (const QString &command : commands) {
        if (command.contains(QLatin1Char('\r')) || command.contains(QLatin1Char('\n')))
            return Error(ErrorKind::Local,
                         QCoreApplication::translate(
                             "ferry::ftp", "a name or command contains a line break, which FTP cannot send"));
    }
    if (!isOpen())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    if (m_abandoned) {
        if (Status caught = catchUp(); !caught)
            return caught;
    }
    QByteArray line;
    for (const QString &command : commands) {
        const bool secret = command.startsWith(QLatin1String("PASS "), Qt::CaseInsensitive) ||
                            command.startsWith(QLatin1String("ACCT "), Qt::CaseInsensitive);
        log(LogKind::Command, secret ? command.left(4) + QStringLiteral(" ****") : command);
        line += encode(command);
        line += "\r\n";
        ++m_commandsSent;
        ++m_awaitingReplies;
    }
    if (withDeferred) {
        for (auto &d : m_deferred)
            m_deferredOwed.push_back(std::move(d.second));
        m_deferred.clear();
    }
    // Unencrypted, with nothing queued in Qt: one send() on the descriptor. Command lines
    // fit the kernel's buffer, and Qt's own write would cost a posted event and a
    // wake-up of this thread's event loop per command (a queue of small files sends four
    // commands per file).
    if (m_socket->mode() == QSslSocket::UnencryptedMode && m_socket->bytesToWrite() == 0 &&
        m_socket->socketDescriptor() >= 0) {
        bool retry = false;
        QString why;
        const qint64 n = util::platform::sendNoSignal(m_socket->socketDescriptor(), line.constData(),
                                                      line.size(), &retry, &why);
        if (n == line.size())
            return {};
        if (n < 0 && !retry)
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp", "cannot send to the server: %1").arg(why));
        line.remove(0, qMax<qsizetype>(0, n)); // the rest goes the usual way
    }
    if (m_socket->write(line) != line.size())
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::ftp", "cannot send to the server: %1")
                         .arg(m_socket->errorString()));
    return waitSocket(m_socket.get(), WaitFor::BytesWritten, deadline(), *m_cancel, {WaitStep::SendCommand});
}

Result<FtpReply> FtpControlChannel::readReply()
{
    return readReply(deadline());
}

Result<FtpReply> FtpControlChannel::readReply(QDeadlineTimer dl)
{
    // First the replies to deferred commands sent ahead of the caller's.
    while (!m_deferredOwed.empty()) {
        auto reply = readOwnReply(dl);
        if (!reply)
            return reply;
        if (reply->isPreliminary())
            continue;
        const ReplyCheck check = std::move(m_deferredOwed.front());
        m_deferredOwed.pop_front();
        if (check) {
            if (Status st = check(*reply); !st) {
                // The caller's reply (and any other still owed) is read before the next
                // command, as after an abandoned wait.
                m_deferredOwed.clear();
                m_abandoned = m_awaitingReplies > 0;
                return st.error();
            }
        }
    }
    return readOwnReply(dl);
}

Result<FtpReply> FtpControlChannel::readOwnReply(QDeadlineTimer dl)
{
    while (true) {
        while (m_socket->canReadLine()) {
            QByteArray raw = m_socket->readLine(64 * 1024);
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            const QString line = decode(raw);
            switch (m_parser.feedLine(line)) {
            case FtpReplyParser::State::NeedMore:
                break;
            case FtpReplyParser::State::Complete: {
                FtpReply reply = m_parser.takeReply();
                if (!reply.isPreliminary() && m_awaitingReplies > 0)
                    --m_awaitingReplies;
                // Only when the server has more to send without a command of ours first:
                // our next command carries the acknowledgement otherwise, and a pure ACK
                // costs a packet and work at both ends (two per queued file).
                // Nor when the next reply is here already (pipelined replies read at once).
                if ((reply.isPreliminary() || m_awaitingReplies > 0) && !m_socket->canReadLine())
                    acknowledgeNow();
                for (const QString &l : std::as_const(reply.lines))
                    log(reply.isPermanentError() || reply.isTransientError() ? LogKind::Error
                                                                             : LogKind::Reply,
                        l);
                return reply;
            }
            case FtpReplyParser::State::Error:
                log(LogKind::Error, m_parser.errorString());
                return Error(
                    ErrorKind::Protocol,
                    QCoreApplication::translate("ferry::ftp", "the server sent a malformed reply (%1)")
                        .arg(m_parser.errorString()),
                    line.left(200));
            }
        }
        if (m_socket->bytesAvailable() > 64 * 1024)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::ftp", "the server sent a reply line longer than 64 KiB"));
        if (auto st = waitSocket(m_socket.get(), WaitFor::ReadyRead, dl, *m_cancel, {WaitStep::Reply}); !st) {
            m_abandoned = m_awaitingReplies > 0;
            return st.error();
        }
    }
}

Status FtpControlChannel::catchUp()
{
    // A job was cancelled (or timed out) while waiting for a reply, e.g. the 226 after a
    // listing whose data had all arrived: that reply would otherwise be read as the
    // answer to the next command, and every later one shifted by one. Read the owed
    // replies first, whatever the cancel token says; a server that does not send them
    // soon is dropped, and the session connects again.
    m_abandoned = false;
    m_deferredOwed.clear(); // their replies are among those read here
    const CancelToken never;
    const QDeadlineTimer dl(3000);
    while (m_awaitingReplies > 0) {
        while (m_socket->canReadLine() && m_awaitingReplies > 0) {
            QByteArray raw = m_socket->readLine(64 * 1024);
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            const QString line = decode(raw);
            if (m_parser.feedLine(line) == FtpReplyParser::State::Complete) {
                const FtpReply reply = m_parser.takeReply();
                for (const QString &l : std::as_const(reply.lines))
                    log(LogKind::Reply, l);
                if (!reply.isPreliminary())
                    --m_awaitingReplies;
            }
        }
        if (m_awaitingReplies == 0)
            break;
        if (!waitSocket(m_socket.get(), WaitFor::ReadyRead, dl, never, {WaitStep::Reply})) {
            close();
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp",
                                                     "the connection lost step with the server's replies"));
        }
    }
    return {};
}

Result<FtpReply> FtpControlChannel::readReplyWithin(int ms)
{
    const QDeadlineTimer dl(ms);
    while (!m_socket->canReadLine() && !dl.hasExpired()) {
        if (!m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(100, dl.remainingTime()))))) {
            // error() keeps the last error; only a closed connection ends the wait early.
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return Error(ErrorKind::Network,
                             QCoreApplication::translate("ferry::ftp", "the connection was closed: %1")
                                 .arg(m_socket->errorString()));
        }
    }
    if (!m_socket->canReadLine())
        return FtpReply();
    return readReply();
}

void FtpControlChannel::acknowledgeNow()
{
    // Servers that do not set TCP_NODELAY (vsftpd) hold a reply until the one before it
    // is acknowledged, and Linux delays that acknowledgement by up to 40 ms: the 226 after
    // a 150, or the second of two pipelined replies. Acknowledge at once instead (readReply
    // asks for it when another reply is due).
    util::platform::acknowledgeNow(m_socket->socketDescriptor());
}

Result<FtpReply> FtpControlChannel::command(const QString &cmd)
{
    if (auto st = send(cmd); !st)
        return st.error();
    return readReply();
}

QSslConfiguration FtpControlChannel::currentSslConfiguration() const
{
    return m_socket->sslConfiguration();
}

int FtpControlChannel::descriptor() const
{
    return m_socket ? int(m_socket->socketDescriptor()) : -1;
}

QSslCertificate FtpControlChannel::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QHostAddress FtpControlChannel::peerAddress() const
{
    return m_socket->peerAddress();
}

QHostAddress FtpControlChannel::localAddress() const
{
    return m_socket->localAddress();
}

QSsl::SslProtocol FtpControlChannel::sessionProtocol() const
{
    return m_socket->sessionProtocol();
}

void FtpControlChannel::waitForSessionTicket(int ms)
{
    if (m_sessionTicket || m_socket->sessionProtocol() != QSsl::TlsV1_3)
        return;
    // The ticket travels after the handshake; reading processes it. Only data that is
    // already in flight is consumed here, never a reply (there is no command pending).
    const QDeadlineTimer dl(ms);
    while (!m_sessionTicket && !dl.hasExpired() && m_socket->bytesAvailable() == 0)
        m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(50, dl.remainingTime()))));
}

} // namespace ferry::ftp
