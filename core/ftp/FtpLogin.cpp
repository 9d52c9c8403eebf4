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
    dismissEarlySiblings(true);
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
        // Extra connections started with this login: called off (a failed PASS already
        // told them not to send theirs).
        earlyLoginVerdict(false, {});
        dismissEarlySiblings(false);
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

    // A large download likely next on a long link: its extra connections start now (TLS,
    // when any, is up: they trust the certificate this one accepted).
    startEarlySiblings();
    const bool anonymous = m_spec.user.isEmpty();
    const QString user = anonymous ? QStringLiteral("anonymous") : m_spec.user;
    auto reply = m_control->command(QStringLiteral("USER ") + user);
    if (!reply)
        return reply.error();
    if (reply->code == 331 || reply->code == 332) {
        QString password = m_spec.password;
        if (m_earlyParent) {
            // Started with the other's login: PASS only once that one's was accepted (a
            // wrong password is sent once, not once per connection).
            if (!waitForParentLogin(&password))
                return Error(ErrorKind::Cancelled, QCoreApplication::translate(
                                                       "ferry::ftp", "the first connection did not log in"));
        } else if (anonymous && !m_spec.hasPassword)
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
    earlyLoginVerdict(reply->code == 230 || reply->code == 202, m_loginPassword);
    if (reply->code != 230 && reply->code != 202) {
        if (reply->code == 530 || reply->code / 100 == 5)
            return Error(ErrorKind::Auth,
                         QCoreApplication::translate("ferry::ftp", "login as %1 failed").arg(user),
                         reply->toString());
        return replyError(*reply, QCoreApplication::translate("ferry::ftp", "login"));
    }

    if (m_control->isEncrypted()) {
        // PROT's answer is not needed before it is sent: one packet, one wait.
        if (auto st = m_control->send(QStringList{QStringLiteral("PBSZ 0"), QStringLiteral("PROT P")}); !st)
            return st;
        if (auto pbsz = m_control->readReply(); !pbsz)
            return pbsz.error();
        auto prot = m_control->readReply();
        if (!prot)
            return prot.error();
        m_dataTls = prot->isOk();
        if (!m_dataTls)
            return Error(ErrorKind::Protocol,
                         QCoreApplication::translate(
                             "ferry::ftp", "the server refused to encrypt data connections (PROT P)"),
                         prot->toString());
    }

    if (auto st = m_control->setCharset(m_options.charset); !st)
        return st;

    // After the login, the commands whose answers nothing before them needs go out
    // together: FEAT, SYST and PWD in one packet (one wait; two on servers that hold a
    // reply until the one before it is acknowledged, as vsftpd does), where they took
    // three round trips one after the other. OPTS UTF8 ON (when FEAT offers UTF8) and
    // TYPE I need no answer before the next command: they go out with it (defer). A
    // connection helping another (m_siblingOf) takes FEAT, SYST and PWD from it and sends
    // none of them.
    // The round-trip time (the first reply of that packet) decides how many connections a
    // large download uses where the kernel cannot tell (segmentCount).
    m_rttMs = -1;
    if (m_earlyParent && !m_siblingOf) {
        // Started before the other knew its server's features: downloadTo() hands them
        // over with the first range (adoptSiblingOf).
    } else if (m_siblingOf) {
        m_features = m_siblingOf->features;
        m_hashSelected = FtpChecksum::selectedHash(m_features);
        m_system = m_siblingOf->system;
        m_home = m_siblingOf->home;
    } else {
        QElapsedTimer timer;
        timer.start();
        if (auto st = m_control->send(
                QStringList{QStringLiteral("FEAT"), QStringLiteral("SYST"), QStringLiteral("PWD")});
            !st)
            return st;
        auto feat = m_control->readReply();
        if (!feat)
            return feat.error();
        m_rttMs = double(timer.nsecsElapsed()) / 1e6;
        m_features = FtpFeatures::fromReply(*feat);
        m_hashSelected = FtpChecksum::selectedHash(m_features);
        auto syst = m_control->readReply();
        if (!syst)
            return syst.error();
        if (syst->isOk())
            m_system = syst->text();
        auto pwd = m_control->readReply();
        if (!pwd)
            return pwd.error();
        QString home = pwd->code == 257 ? parsePwd(pwd->text()) : QString();
        // A server that speaks UTF-8 only after OPTS UTF8 ON may have named a home with
        // other characters in its own charset: asked again after it (rare: only then).
        const bool optsUtf8 = m_control->isUtf8() && m_features.utf8();
        const auto ascii = [](const QString &text) {
            for (const QChar c : text) {
                if (c.unicode() > 0x7f)
                    return false;
            }
            return true;
        };
        if (optsUtf8 && !ascii(home)) {
            if (auto opts = m_control->command(QStringLiteral("OPTS UTF8 ON")); !opts)
                return opts.error();
            auto again = m_control->command(QStringLiteral("PWD"));
            if (!again)
                return again.error();
            home = again->code == 257 ? parsePwd(again->text()) : QString();
        } else if (optsUtf8) {
            m_control->defer(QStringLiteral("OPTS UTF8 ON"), {});
        }
        m_home = RemotePath(home.isEmpty() ? QStringLiteral("/") : home);
    }
    if (m_siblingOf && m_control->isUtf8() && m_features.utf8())
        m_control->defer(QStringLiteral("OPTS UTF8 ON"), {});
    m_control->defer(QStringLiteral("TYPE I"), [](const FtpReply &typeReply) -> Status {
        if (typeReply.code / 100 == 2)
            return {};
        return replyError(typeReply, QCoreApplication::translate("ferry::ftp", "binary mode (TYPE I)"));
    });
    if (m_rttMs >= 0)
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "Round trip %1 ms").arg(m_rttMs, 0, 'f', 2));
    return {};
}

void FtpFileSystem::disconnect()
{
    dismissEarlySiblings(true);
    if (!m_control)
        return;
    // QUIT, and the connection closed without waiting for the 221: every transfer on it
    // has been confirmed already (its 226 read), and the wait cost a round trip at the end
    // of every download (for each of a segmented download's connections).
    if (m_control->isOpen())
        (void)m_control->send(QStringLiteral("QUIT"));
    m_control->close();
}

} // namespace ferry::ftp
