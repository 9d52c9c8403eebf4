// FtpFileSystem::openData: a data connection for one transfer command, and the reading
// of that command's first (1xx) reply.
#include "FtpFileSystem.h"

#include <QCoreApplication>

#include <QScopeGuard>

#include <optional>
#include <utility>

#include "FtpControlChannel.h"
#include "FtpDataChannel.h"

namespace ferry::ftp {

using namespace ferry::remote;

// PORT's h1,h2,h3,h4,p1,p2 (also what FXP hands from one server to the other).
QString FtpFileSystem::portArgument(quint32 v4, quint16 port)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6")
        .arg(v4 >> 24)
        .arg((v4 >> 16) & 0xff)
        .arg((v4 >> 8) & 0xff)
        .arg(v4 & 0xff)
        .arg(port >> 8)
        .arg(port & 0xff);
}

// Opening a data connection, in this order:
//  1. The port of an EPSV sent ahead with the last upload's check, when this is the very
//     next command on the control connection and the port is at most 15 s old.
//  2. Active mode: listen, then EPRT (PORT when the server refuses EPRT and the address
//     is IPv4). Passive mode: that port, else EPSV (on IPv4, PASV when refused), else
//     PASV, its address replaced by the control connection's peer when unusable. Plain
//     passive connects in the background while the command travels; under TLS it
//     connects now (the handshake must follow the 1xx).
//  3. REST offset, when resuming: a download's in the same packet as its command
//     (read first, step 5), an upload's on its own.
//  4. Under TLS, once per connection: a short wait for the TLS 1.3 session ticket the
//     data connection must resume.
//  5. The command (after `before`, when given, in the same packet: a listing's CWD costs
//     no round trip of its own; its reply is read first, and when it fails the data
//     connection is dropped, the command's replies read, and that failure returned).
//     Plain passive: sent at once, then the connection awaited; a port
//     asked for ahead that turns out closed is refused by the server, and everything
//     starts over without it (a listing's CWD sent with it: its reply read first). `after`,
//     when given, follows in the same packet (the next listing's EPSV): its reply is the
//     caller's, after the end reply; when openData fails it is read before the next command.
//     An early upload returns here, its 1xx unread
//     (preliminaryPending). Otherwise the 1xx is read (an end reply or an error is the
//     failure), active mode accepts the server's connection, and TLS starts on it.
Result<FtpFileSystem::OpenedData> FtpFileSystem::openData(const QString &command, qint64 restOffset,
                                                          bool earlyUpload, const QString &before,
                                                          const QString &after)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    // An EPSV sent ahead serves only the very next command, and only while fresh.
    std::optional<PrefetchedPassive> prefetched;
    std::swap(prefetched, m_prefetchedPassive);
    if (prefetched &&
        (prefetched->atCommand != m_control->commandsSent() || prefetched->freshUntil.hasExpired()))
        prefetched.reset();
    auto data = std::make_unique<FtpDataChannel>(*m_control, m_dataTls);
    const QHostAddress peer = m_control->peerAddress();
    // Under TLS the order matters (the handshake follows the 1xx reply); in plain passive
    // mode the connection can open while the command travels.
    const bool early = !m_options.activeMode && !m_dataTls;
    const bool ipv6 = peer.protocol() == QAbstractSocket::IPv6Protocol &&
                      !peer.toString().startsWith(QLatin1String("::ffff:"));

    if (m_options.activeMode) {
        auto port = data->listen();
        if (!port)
            return port.error();
        const QHostAddress local = m_control->localAddress();
        bool sent = false;
        if (!m_eprtFailed) {
            auto eprt = m_control->command(
                QStringLiteral("EPRT |%1|%2|%3|").arg(ipv6 ? 2 : 1).arg(local.toString()).arg(*port));
            if (!eprt)
                return eprt.error();
            if (eprt->isOk())
                sent = true;
            else if (ipv6)
                return replyError(*eprt, QCoreApplication::translate("ferry::ftp", "active mode (EPRT)"));
            else
                m_eprtFailed = true;
        }
        if (!sent) {
            bool ok = false;
            const quint32 v4 = local.toIPv4Address(&ok);
            if (!ok)
                return Error(
                    ErrorKind::Local,
                    QCoreApplication::translate("ferry::ftp", "active mode needs an IPv4 address for PORT"));
            if (auto portReply = expect(QStringLiteral("PORT ") + portArgument(v4, *port), 2,
                                        QCoreApplication::translate("ferry::ftp", "active mode (PORT)"));
                !portReply)
                return portReply.error();
        }
    } else {
        bool connected = false;
        if (prefetched) {
            if (early)
                data->startConnect(peer, prefetched->port);
            else if (auto st = data->connectTo(peer, prefetched->port); !st)
                return st.error();
            connected = true;
        } else if (!m_epsvFailed) {
            // TYPE I still owed from the login goes with the transfer command, after it.
            auto epsv = m_control->commandAhead(QStringLiteral("EPSV"));
            if (!epsv)
                return epsv.error();
            quint16 port = 0;
            if (epsv->code == 229 && parseEpsvReply(epsv->text(), &port)) {
                if (early)
                    data->startConnect(peer, port);
                else if (auto st = data->connectTo(peer, port); !st)
                    return st.error();
                connected = true;
            } else if (ipv6) {
                return replyError(*epsv, QCoreApplication::translate("ferry::ftp", "passive mode (EPSV)"));
            } else {
                m_epsvFailed = true;
            }
        }
        if (!connected) {
            auto pasv = enterPassive(QCoreApplication::translate("ferry::ftp", "passive mode (PASV)"));
            if (!pasv)
                return pasv.error();
            if (early)
                data->startConnect(pasv->address, pasv->port);
            else if (auto st = data->connectTo(pasv->address, pasv->port); !st)
                return st.error();
        }
    }

    // REST goes in the same packet as a download's RETR: its reply is read before any of
    // the data, and when it is not 350 the transfer (which would start at 0) is dropped
    // unread. An upload's REST is answered first: its data may go out before the 1xx.
    const QString rest = restOffset > 0 ? QStringLiteral("REST %1").arg(restOffset) : QString();
    const bool restWithCommand = restOffset > 0 && !earlyUpload && before.isEmpty();
    const auto restRefused = [](const FtpReply &reply) {
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::ftp", "the server cannot resume transfers (REST)"),
                     reply.toString());
    };
    if (restOffset > 0 && !restWithCommand) {
        auto restReply = m_control->command(rest);
        if (!restReply)
            return restReply.error();
        if (restReply->code != 350)
            return restRefused(*restReply);
    }
    if (m_dataTls && !m_ticketWaited) {
        // Under TLS 1.3 the session ticket the data connection must resume arrives after
        // the handshake. The login's replies came after it, so it has normally been read
        // by now; a short wait covers a server that sends it late. (pure-ftpd sends none.)
        m_control->waitForSessionTicket(50);
        m_ticketWaited = true;
    }
    QStringList lines;
    if (!before.isEmpty())
        lines << before;
    if (restWithCommand)
        lines << rest;
    lines << command;
    if (!after.isEmpty())
        lines << after;
    // Failing after the lines went out leaves `after`'s reply unread: the next command reads it.
    bool handedOver = false;
    const auto owed = qScopeGuard([&] {
        if (!after.isEmpty() && !handedOver)
            m_control->settleLater();
    });
    // The reply to `before`: when it is not a success, the command's replies are read
    // (it ran where it should not have) and the data connection dropped.
    m_beforeFailed = false;
    const auto beforeDone = [&]() -> Status {
        if (before.isEmpty() && !restWithCommand)
            return {};
        auto first = m_control->readReply();
        if (!first)
            return first.error();
        if (restWithCommand ? first->code == 350 : first->isOk())
            return {};
        m_beforeFailed = !restWithCommand;
        data->abort();
        auto next = m_control->readReply();
        if (next && next->isPreliminary())
            next = m_control->readReply();
        if (!next)
            m_control->close(); // out of step: start over next time
        return restWithCommand ? restRefused(*first) : beforeFailed(*first, before);
    };
    Result<FtpReply> reply = Error();
    if (early) {
        // Plain passive: the command goes out while the data connection is still being
        // made; servers wait for it (up to their own timeout) before they answer.
        if (auto st = m_control->send(lines); !st)
            return st.error();
        if (auto st = data->waitConnected(); !st) {
            if (prefetched) {
                // The port asked for ahead is closed (a server with a short wait for the
                // data connection): the server refuses the command (after the reply to a
                // listing's CWD, or to the REST sent with a download); ask for a new port.
                bool inStep = true;
                if (!before.isEmpty() || restWithCommand) {
                    auto first = m_control->readReplyWithin(3000);
                    inStep = first && first->isValid() && (!restWithCommand || first->code == 350);
                }
                auto refused = inStep ? m_control->readReplyWithin(3000) : Result<FtpReply>(FtpReply());
                if (refused && refused->isValid() && !refused->isPreliminary() && !refused->isOk()) {
                    log(LogKind::Status,
                        QCoreApplication::translate("ferry::ftp",
                                                    "The port asked for ahead was closed; asking again"));
                    if (!after.isEmpty())
                        m_control->settleLater(); // read by the next send()
                    handedOver = true;
                    return openData(command, restOffset, earlyUpload, before, after);
                }
            }
            // The server waits for a connection that will not come: start over next time.
            m_control->close();
            return st.error();
        }
        if (earlyUpload) {
            // An upload may start sending now; the server reads the connection once it
            // has taken the command, and the 1xx is read later (FtpWriteStream).
            handedOver = true;
            return OpenedData{std::move(data), true};
        }
        if (Status st = beforeDone(); !st)
            return st.error();
        reply = m_control->readReply();
    } else {
        if (auto st = m_control->send(lines); !st)
            return st.error();
        if (Status st = beforeDone(); !st)
            return st.error();
        reply = m_control->readReply();
    }
    if (!reply)
        return reply.error();
    if (auto st = checkPreliminary(*reply, *data, command); !st)
        return st.error();
    if (m_options.activeMode) {
        if (auto st = data->accept(); !st)
            return st.error();
    }
    if (auto st = data->startTls(); !st) {
        data->abort();
        (void)m_control->readReplyWithin(2000); // the server's 4xx/5xx for the failed transfer
        return st.error();
    }
    handedOver = true;
    return OpenedData{std::move(data), false};
}

Status FtpFileSystem::checkPreliminary(const FtpReply &reply, FtpDataChannel &data, const QString &command)
{
    if (reply.isPreliminary())
        return {};
    data.abort();
    const QString verb = command.section(QLatin1Char(' '), 0, 0);
    if (reply.isOk())
        return Error(
            ErrorKind::Protocol,
            QCoreApplication::translate("ferry::ftp", "the server finished %1 without a data connection")
                .arg(verb),
            reply.toString());
    return replyError(reply, verb);
}

Status FtpFileSystem::acceptPreliminary(FtpDataChannel &data, const QString &command)
{
    auto reply = m_control->readReply();
    if (!reply) {
        data.abort();
        return reply.error();
    }
    return checkPreliminary(*reply, data, command);
}

Result<FtpFileSystem::PassiveTarget> FtpFileSystem::enterPassive(const QString &what)
{
    auto pasv = expect(QStringLiteral("PASV"), 2, what);
    if (!pasv)
        return pasv.error();
    PassiveTarget target;
    target.reply = pasv->toString();
    if (!parsePasvReply(pasv->text(), &target.address, &target.port))
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::ftp", "cannot read the PASV reply"), target.reply);
    const QHostAddress peer = m_control->peerAddress();
    if (!isUsablePasvAddress(target.address, peer)) {
        log(LogKind::Status, QCoreApplication::translate(
                                 "ferry::ftp", "The server named %1 for the data connection; using %2, the "
                                               "address of the control connection")
                                 .arg(target.address.toString(), peer.toString()));
        target.address = peer;
    }
    return target;
}

} // namespace ferry::ftp
