// FtpFileSystem's login: connect() (greeting, then login()) and disconnect().
#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "FtpChecksum.h"
#include "FtpControlChannel.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

const char kAnonymousPassword[] = "ferry@";

// "257 "/home/user" is the current directory": the path between the first quote and
// the matching one, where "" inside stands for one quote (RFC 959).
QString parsePwd(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1Char('"'));
    if (start < 0)
        return {};
    QString path;
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                path += QLatin1Char('"');
                ++i;
                continue;
            }
            return path;
        }
        path += text.at(i);
    }
    return {};
}

} // namespace

Status FtpFileSystem::connect()
{
    m_control = std::make_unique<FtpControlChannel>(m_options, m_interaction, &m_cancel, &m_log);
    m_dataTls = false;
    m_epsvFailed = m_eprtFailed = m_listAFailed = m_ticketWaited = false;
    m_prefetchedPassive.reset();
    const bool implicitTls = m_spec.protocol == Protocol::Ftps;
    auto greeting = m_control->open(m_spec.host, m_spec.effectivePort(), implicitTls);
    if (!greeting)
        return greeting.error();
    // 120: "service ready in nnn minutes"; the 220 follows.
    while (greeting->code == 120) {
        greeting = m_control->readReply();
        if (!greeting)
            return greeting.error();
    }
    if (greeting->code != 220) {
        Error e = replyError(*greeting, QCoreApplication::translate("ferry::ftp", "connecting"));
        m_control->close();
        return e;
    }
    // vsftpd's default banner. Its session reads no command while a transfer runs, so
    // commands sent before the 226 wait their turn; pure-ftpd reads them during the
    // transfer and answers 500 (finishUploadAndCheck).
    m_queuesCommandsDuringTransfer = greeting->text().contains(QLatin1String("(vsFTPd "));
    if (auto st = login(); !st) {
        m_control->close();
        return st;
    }
    return {};
}

Status FtpFileSystem::login()
{
    if (m_spec.protocol == Protocol::Ftpes) {
        auto auth = m_control->command(QStringLiteral("AUTH TLS"));
        if (!auth)
            return auth.error();
        if (auth->code != 234) {
            // Old servers only know the draft's name for it.
            auth = m_control->command(QStringLiteral("AUTH SSL"));
            if (!auth)
                return auth.error();
            if (auth->code != 234 && auth->code != 334)
                return Error(ErrorKind::Protocol,
                             QCoreApplication::translate(
                                 "ferry::ftp", "the server does not offer TLS (AUTH TLS refused); use ftp:// "
                                               "only if a plain connection is acceptable"),
                             auth->toString());
        }
        if (auto st = m_control->startTls(); !st)
            return st;
    } else if (m_spec.protocol == Protocol::Ftp && m_options.tlsIfAvailable) {
        // FileZilla's "explicit TLS if available": encrypted when the server can, else
        // plain text with a warning. Only a refusal (5xx) leads to plain text: a server
        // that accepts AUTH TLS is held to it (a failed handshake, an untrusted or changed
        // certificate end the connection, never a retry in plain text), and any other
        // answer (4xx: try later) is an error.
        auto auth = m_control->command(QStringLiteral("AUTH TLS"));
        if (!auth)
            return auth.error();
        if (auth->code == 234) {
            if (auto st = m_control->startTls(); !st)
                return st;
        } else if (auth->isPermanentError()) {
            log(LogKind::Warning,
                QCoreApplication::translate(
                    "ferry::ftp",
                    "The server does not offer TLS (AUTH TLS: %1); continuing WITHOUT encryption: the "
                    "password and files travel in plain text, and this connection is not protected "
                    "against a downgrade")
                    .arg(auth->toString()));
        } else {
            return Error(ErrorKind::Protocol,
                         QCoreApplication::translate(
                             "ferry::ftp",
                             "the server did not answer AUTH TLS with acceptance or refusal; not "
                             "continuing without encryption"),
                         auth->toString());
        }
    }

    const bool anonymous = m_spec.user.isEmpty();
    const QString user = anonymous ? QStringLiteral("anonymous") : m_spec.user;
    auto reply = m_control->command(QStringLiteral("USER ") + user);
    if (!reply)
        return reply.error();
    if (reply->code == 331 || reply->code == 332) {
        QString password = m_spec.password;
        if (anonymous && !m_spec.hasPassword)
            password = QString::fromLatin1(kAnonymousPassword);
        else if (!m_spec.hasPassword && m_interaction) {
            SecretPrompt prompt;
            prompt.title =
                QCoreApplication::translate("ferry::ftp", "Password for %1@%2").arg(user, m_spec.host);
            prompt.prompt = QCoreApplication::translate("ferry::ftp", "Password:");
            if (!m_interaction->askSecret(prompt, &password))
                return Error(ErrorKind::Auth,
                             QCoreApplication::translate("ferry::ftp", "no password given for %1@%2")
                                 .arg(user, m_spec.host));
        }
        m_loginPassword = password;
        reply = m_control->command(QStringLiteral("PASS ") + password);
        if (!reply)
            return reply.error();
    }
    if (reply->code != 230 && reply->code != 202) {
        if (reply->code == 530 || reply->code / 100 == 5)
            return Error(ErrorKind::Auth,
                         QCoreApplication::translate("ferry::ftp", "login as %1 failed").arg(user),
                         reply->toString());
        return replyError(*reply, QCoreApplication::translate("ferry::ftp", "login"));
    }

    if (m_control->isEncrypted()) {
        if (auto pbsz = m_control->command(QStringLiteral("PBSZ 0")); !pbsz)
            return pbsz.error();
        auto prot = m_control->command(QStringLiteral("PROT P"));
        if (!prot)
            return prot.error();
        m_dataTls = prot->isOk();
        if (!m_dataTls)
            return Error(ErrorKind::Protocol,
                         QCoreApplication::translate(
                             "ferry::ftp", "the server refused to encrypt data connections (PROT P)"),
                         prot->toString());
    }

    if (m_siblingOf) {
        // The same server, seen by the connection this one helps: three round trips less.
        m_features = m_siblingOf->features;
        m_hashSelected = FtpChecksum::selectedHash(m_features);
        m_system = m_siblingOf->system;
        m_home = m_siblingOf->home;
    } else {
        auto feat = m_control->command(QStringLiteral("FEAT"));
        if (!feat)
            return feat.error();
        m_features = FtpFeatures::fromReply(*feat);
        m_hashSelected = FtpChecksum::selectedHash(m_features);
    }

    if (auto st = m_control->setCharset(m_options.charset); !st)
        return st;
    if (m_control->isUtf8() && m_features.utf8()) {
        if (auto opts = m_control->command(QStringLiteral("OPTS UTF8 ON")); !opts)
            return opts.error();
    }

    // The round-trip time (the fastest of three one-reply commands) decides how many
    // connections a large download uses (segmentCount).
    QElapsedTimer timer;
    m_rttMs = -1;
    const auto timed = [&] {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_rttMs = m_rttMs < 0 ? ms : qMin(m_rttMs, ms);
    };
    if (!m_siblingOf) {
        timer.start();
        if (auto syst = m_control->command(QStringLiteral("SYST")); syst && syst->isOk())
            m_system = syst->text();
        else if (!syst)
            return syst.error();
        timed();

        timer.start();
        auto pwd = m_control->command(QStringLiteral("PWD"));
        if (!pwd)
            return pwd.error();
        timed();
        const QString home = pwd->code == 257 ? parsePwd(pwd->text()) : QString();
        m_home = RemotePath(home.isEmpty() ? QStringLiteral("/") : home);
    }

    timer.start();
    if (auto type = expect(QStringLiteral("TYPE I"), 2,
                           QCoreApplication::translate("ferry::ftp", "binary mode (TYPE I)"));
        !type)
        return type.error();
    timed();
    log(LogKind::Status,
        QCoreApplication::translate("ferry::ftp", "Round trip %1 ms").arg(m_rttMs, 0, 'f', 2));
    return {};
}

void FtpFileSystem::disconnect()
{
    if (!m_control)
        return;
    if (m_control->isOpen()) {
        if (m_control->send(QStringLiteral("QUIT")))
            (void)m_control->readReplyWithin(1000);
    }
    m_control->close();
}

} // namespace ferry::ftp
