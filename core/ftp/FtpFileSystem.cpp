#include "FtpFileSystem.h"

#include <QDeadlineTimer>
#include <QTimeZone>

#include <cstring>
#include <functional>
#include <optional>
#include <utility>

#include "FtpChecksum.h"
#include "FtpControlChannel.h"
#include "FtpDataChannel.h"
#include "FtpListParser.h"
#include "remote/Limits.h"

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

QDateTime parseMdtm(const QString &text)
{
    // "20240305070809" or with ".sss"
    const QString digits = text.trimmed().left(14);
    QDateTime dt = QDateTime::fromString(digits, QStringLiteral("yyyyMMddHHmmss"));
    if (!dt.isValid())
        return {};
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

class FtpReadStream : public ReadStream
{
public:
    FtpReadStream(FtpFileSystem &fs, std::unique_ptr<FtpDataChannel> data) : m_fs(fs), m_data(std::move(data)) {}
    ~FtpReadStream() override
    {
        if (!m_done)
            (void)abort();
    }

    Result<qint64> read(char *buffer, qint64 maxSize) override { return m_data->read(buffer, maxSize); }

    Status finish() override
    {
        m_done = true;
        m_data->finishRead();
        return m_fs.finishTransfer(QStringLiteral("the download"));
    }

    Status abort() override
    {
        m_done = true;
        return m_fs.abortTransfer(*m_data, false);
    }

private:
    FtpFileSystem &m_fs;
    std::unique_ptr<FtpDataChannel> m_data;
    bool m_done = false;
};

// How much of an upload goes out before the server's 1xx reply to STOR has been read:
// a small file travels whole (one round trip less per file), a large one waits for the
// reply after its first chunk, so a refused STOR costs at most this much sent in vain.
constexpr qint64 kSentBeforePreliminary = 64 * 1024;

class FtpWriteStream : public WriteStream
{
public:
    FtpWriteStream(FtpFileSystem &fs, std::unique_ptr<FtpDataChannel> data, QString command, bool preliminaryPending)
        : m_fs(fs), m_data(std::move(data)), m_command(std::move(command)), m_preliminaryPending(preliminaryPending)
    {
    }
    ~FtpWriteStream() override
    {
        if (!m_done)
            (void)abort();
    }

    Status write(const char *data, qint64 size) override
    {
        if (m_preliminaryPending && m_sentEarly + size > kSentBeforePreliminary) {
            m_preliminaryPending = false;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st) {
                m_done = m_over = true;
                return st;
            }
        }
        if (!m_preliminaryPending)
            return m_data->write(data, size);
        m_sentEarly += size;
        auto written = m_data->write(data, size);
        if (!written) {
            // A server that refused the command may reset the connection: its reply says why.
            m_preliminaryPending = false;
            m_done = m_over = true;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st)
                return st;
            (void)m_fs.finishTransfer(QStringLiteral("the upload"));
        }
        return written;
    }
    qint64 preferredChunkSize() const override { return m_data->preferredWriteSize(); }

    Status finish() override { return finish({}); }
    // `ahead`, when given, runs once the data connection has closed cleanly, before the
    // server's replies to the upload are read: it may send commands that follow the
    // upload (FtpFileSystem::finishUploadAndCheck), and then must read their replies
    // whatever this returns.
    Status finish(const std::function<void()> &ahead)
    {
        m_done = true;
        const Status closed = m_data->finishWrite();
        if (!closed)
            m_data->abort();
        else if (ahead)
            ahead();
        // The whole file went out before the 1xx was read: it comes now, then the 226. A
        // refusal (553 and the like) is the error to report, rather than what the closed
        // connection said.
        if (m_preliminaryPending) {
            m_preliminaryPending = false;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st)
                return st;
        }
        if (!closed) {
            // The server still sends a final reply (426 most likely); read it.
            (void)m_fs.finishTransfer(QStringLiteral("the upload"));
            return closed;
        }
        return m_fs.finishTransfer(QStringLiteral("the upload"));
    }

    Status abort() override
    {
        m_done = true;
        if (m_over)
            return {}; // the server has ended the transfer already (it refused the command)
        return m_fs.abortTransfer(*m_data, true);
    }

private:
    FtpFileSystem &m_fs;
    std::unique_ptr<FtpDataChannel> m_data;
    QString m_command;
    bool m_over = false; // the server's final reply has been read
    bool m_preliminaryPending = false;
    qint64 m_sentEarly = 0;
    bool m_done = false;
};

// How long a prefetched EPSV port is used: servers wait about a minute for the data
// connection (vsftpd's accept_timeout is 60 s); an idle connection asks anew.
constexpr qint64 kPrefetchedPassiveFreshMs = 15 * 1000;

// PORT's h1,h2,h3,h4,p1,p2 (also what FXP hands from one server to the other).
QString portArgument(quint32 v4, quint16 port)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6")
        .arg(v4 >> 24).arg((v4 >> 16) & 0xff).arg((v4 >> 8) & 0xff).arg(v4 & 0xff)
        .arg(port >> 8).arg(port & 0xff);
}

} // namespace

FtpFileSystem::FtpFileSystem(ConnectionSpec spec, ConnectOptions options, Interaction *interaction)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_interaction(interaction)
{
}

FtpFileSystem::~FtpFileSystem()
{
    if (m_control)
        m_control->close();
}

Error FtpFileSystem::replyError(const FtpReply &reply, const QString &what)
{
    const QString text = reply.toString();
    const QString lower = text.toLower();
    const QString message = QStringLiteral("%1 failed").arg(what);
    switch (reply.code) {
    case 421:
    case 425:
    case 426:
        return Error(ErrorKind::Network, message, text);
    case 530:
        return Error(ErrorKind::Auth, message, text);
    case 550:
    case 553:
    case 450:
    case 451:
        if (lower.contains(QLatin1String("permission")) || lower.contains(QLatin1String("denied"))
            || lower.contains(QLatin1String("not allowed")) || lower.contains(QLatin1String("access")))
            return Error(ErrorKind::Permission, message, text);
        if (reply.code == 550
            && (lower.contains(QLatin1String("no such")) || lower.contains(QLatin1String("not found"))
                || lower.contains(QLatin1String("not exist")) || lower.contains(QLatin1String("n't exist"))
                || lower.contains(QLatin1String("failed to open")) || lower.contains(QLatin1String("could not get file size"))
                || lower.contains(QLatin1String("failed to change directory")) || lower.contains(QLatin1String("can't check for file existence"))
                || lower.contains(QLatin1String("unavailable"))))
            return Error(ErrorKind::NotFound, message, text);
        break;
    default:
        break;
    }
    Error e(ErrorKind::Protocol, message, text);
    e.setTransient(reply.isTransientError());
    return e;
}

Result<FtpReply> FtpFileSystem::expect(const QString &command, int expectedClass, const QString &what)
{
    auto reply = m_control->command(command);
    if (!reply)
        return reply;
    if (reply->code / 100 != expectedClass)
        return replyError(*reply, what);
    return reply;
}

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
        Error e = replyError(*greeting, QStringLiteral("connecting"));
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
                             QStringLiteral("the server does not offer TLS (AUTH TLS refused); use ftp:// only if a plain connection is acceptable"),
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
                QStringLiteral(
                    "The server does not offer TLS (AUTH TLS: %1); continuing WITHOUT encryption: the "
                    "password and files travel in plain text, and this connection is not protected "
                    "against a downgrade")
                    .arg(auth->toString()));
        } else {
            return Error(ErrorKind::Protocol,
                         QStringLiteral("the server did not answer AUTH TLS with acceptance or refusal; not "
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
            prompt.title = QStringLiteral("Password for %1@%2").arg(user, m_spec.host);
            prompt.prompt = QStringLiteral("Password:");
            if (!m_interaction->askSecret(prompt, &password))
                return Error(ErrorKind::Auth, QStringLiteral("no password given for %1@%2").arg(user, m_spec.host));
        }
        reply = m_control->command(QStringLiteral("PASS ") + password);
        if (!reply)
            return reply.error();
    }
    if (reply->code != 230 && reply->code != 202) {
        if (reply->code == 530 || reply->code / 100 == 5)
            return Error(ErrorKind::Auth, QStringLiteral("login as %1 failed").arg(user), reply->toString());
        return replyError(*reply, QStringLiteral("login"));
    }

    if (m_control->isEncrypted()) {
        if (auto pbsz = m_control->command(QStringLiteral("PBSZ 0")); !pbsz)
            return pbsz.error();
        auto prot = m_control->command(QStringLiteral("PROT P"));
        if (!prot)
            return prot.error();
        m_dataTls = prot->isOk();
        if (!m_dataTls)
            return Error(ErrorKind::Protocol, QStringLiteral("the server refused to encrypt data connections (PROT P)"), prot->toString());
    }

    auto feat = m_control->command(QStringLiteral("FEAT"));
    if (!feat)
        return feat.error();
    m_features = FtpFeatures::fromReply(*feat);
    m_hashSelected = FtpChecksum::selectedHash(m_features);

    if (auto st = m_control->setCharset(m_options.charset); !st)
        return st;
    if (m_control->isUtf8() && m_features.utf8()) {
        if (auto opts = m_control->command(QStringLiteral("OPTS UTF8 ON")); !opts)
            return opts.error();
    }

    if (auto syst = m_control->command(QStringLiteral("SYST")); syst && syst->isOk())
        m_system = syst->text();
    else if (!syst)
        return syst.error();

    auto pwd = m_control->command(QStringLiteral("PWD"));
    if (!pwd)
        return pwd.error();
    const QString home = pwd->code == 257 ? parsePwd(pwd->text()) : QString();
    m_home = RemotePath(home.isEmpty() ? QStringLiteral("/") : home);

    if (auto type = expect(QStringLiteral("TYPE I"), 2, QStringLiteral("binary mode (TYPE I)")); !type)
        return type.error();
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

bool FtpFileSystem::isConnected() const
{
    return m_control && m_control->isOpen();
}

bool FtpFileSystem::isTlsActive() const
{
    return m_control && m_control->isEncrypted();
}

Status FtpFileSystem::keepAlive()
{
    return expect(QStringLiteral("NOOP"), 2, QStringLiteral("keep-alive")).ok() ? Status() : Status(Error(ErrorKind::Network, QStringLiteral("the connection is gone")));
}

Result<std::unique_ptr<FtpDataChannel>> FtpFileSystem::openData(const QString &command, qint64 restOffset,
                                                                 bool *preliminaryPending)
{
    if (preliminaryPending)
        *preliminaryPending = false;
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    // An EPSV sent ahead serves only the very next command, and only while fresh.
    std::optional<PrefetchedPassive> prefetched;
    std::swap(prefetched, m_prefetchedPassive);
    if (prefetched && (prefetched->atCommand != m_control->commandsSent() || prefetched->freshUntil.hasExpired()))
        prefetched.reset();
    auto data = std::make_unique<FtpDataChannel>(*m_control, m_dataTls);
    const QHostAddress peer = m_control->peerAddress();
    // Under TLS the order matters (the handshake follows the 1xx reply); in plain passive
    // mode the connection can open while the command travels.
    const bool early = !m_options.activeMode && !m_dataTls;
    const bool ipv6 = peer.protocol() == QAbstractSocket::IPv6Protocol && !peer.toString().startsWith(QLatin1String("::ffff:"));

    if (m_options.activeMode) {
        auto port = data->listen();
        if (!port)
            return port.error();
        const QHostAddress local = m_control->localAddress();
        bool sent = false;
        if (!m_eprtFailed) {
            auto eprt = m_control->command(QStringLiteral("EPRT |%1|%2|%3|").arg(ipv6 ? 2 : 1).arg(local.toString()).arg(*port));
            if (!eprt)
                return eprt.error();
            if (eprt->isOk())
                sent = true;
            else if (ipv6)
                return replyError(*eprt, QStringLiteral("active mode (EPRT)"));
            else
                m_eprtFailed = true;
        }
        if (!sent) {
            bool ok = false;
            const quint32 v4 = local.toIPv4Address(&ok);
            if (!ok)
                return Error(ErrorKind::Local, QStringLiteral("active mode needs an IPv4 address for PORT"));
            if (auto portReply = expect(QStringLiteral("PORT ") + portArgument(v4, *port), 2, QStringLiteral("active mode (PORT)")); !portReply)
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
            auto epsv = m_control->command(QStringLiteral("EPSV"));
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
                return replyError(*epsv, QStringLiteral("passive mode (EPSV)"));
            } else {
                m_epsvFailed = true;
            }
        }
        if (!connected) {
            auto pasv = enterPassive(QStringLiteral("passive mode (PASV)"));
            if (!pasv)
                return pasv.error();
            if (early)
                data->startConnect(pasv->address, pasv->port);
            else if (auto st = data->connectTo(pasv->address, pasv->port); !st)
                return st.error();
        }
    }

    if (restOffset > 0) {
        auto rest = m_control->command(QStringLiteral("REST %1").arg(restOffset));
        if (!rest)
            return rest.error();
        if (rest->code != 350)
            return Error(ErrorKind::Protocol, QStringLiteral("the server cannot resume transfers (REST)"), rest->toString());
    }
    if (m_dataTls && !m_ticketWaited) {
        // Under TLS 1.3 the session ticket the data connection must resume arrives after
        // the handshake. The login's replies came after it, so it has normally been read
        // by now; a short wait covers a server that sends it late. (pure-ftpd sends none.)
        m_control->waitForSessionTicket(50);
        m_ticketWaited = true;
    }
    Result<FtpReply> reply = Error();
    if (early) {
        // Plain passive: the command goes out while the data connection is still being
        // made; servers wait for it (up to their own timeout) before they answer.
        if (auto st = m_control->send(command); !st)
            return st.error();
        if (auto st = data->waitConnected(); !st) {
            if (prefetched) {
                // The port asked for ahead is closed (a server with a short wait for the
                // data connection): the server refuses the command; ask for a new port.
                auto refused = m_control->readReplyWithin(3000);
                if (refused && refused->isValid() && !refused->isPreliminary() && !refused->isOk()) {
                    log(LogKind::Status, QStringLiteral("The port asked for ahead was closed; asking again"));
                    return openData(command, restOffset, preliminaryPending);
                }
            }
            // The server waits for a connection that will not come: start over next time.
            m_control->close();
            return st.error();
        }
        if (preliminaryPending) {
            // An upload may start sending now; the server reads the connection once it
            // has taken the command, and the 1xx is read later (FtpWriteStream).
            *preliminaryPending = true;
            return data;
        }
        reply = m_control->readReply();
    } else {
        reply = m_control->command(command);
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
    return data;
}

Status FtpFileSystem::checkPreliminary(const FtpReply &reply, FtpDataChannel &data, const QString &command)
{
    if (reply.isPreliminary())
        return {};
    data.abort();
    const QString verb = command.section(QLatin1Char(' '), 0, 0);
    if (reply.isOk())
        return Error(ErrorKind::Protocol, QStringLiteral("the server finished %1 without a data connection").arg(verb), reply.toString());
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

Status FtpFileSystem::finishTransfer(const QString &what)
{
    auto reply = m_control->readReply();
    if (!reply)
        return reply.error();
    if (!reply->isOk())
        return replyError(*reply, what);
    return {};
}

Status FtpFileSystem::abortTransfer(FtpDataChannel &data, bool upload)
{
    // First end the data connection: a server busy in the transfer (vsftpd reading an
    // upload) reads the control connection only once the data connection ends. A download
    // is dropped at once (the server answers 426). An upload is closed cleanly instead:
    // vsftpd and pure-ftpd end the whole session when a TLS upload is reset, while a clean
    // close keeps what arrived (a partial file, ready for --resume). Then ABOR, answered
    // by 225/226, and a NOOP whose 200 proves the control connection is back in step.
    const CancelToken saved = m_cancel;
    m_cancel = CancelToken(); // a user's cancel must not stop the clean-up itself
    if (!upload || !data.finishWrite())
        data.abort();
    const Status result = abortAndResync();
    m_cancel = saved;
    return result;
}

Status FtpFileSystem::abortAndResync()
{
    Status result;
    bool inStep = false;
    if (m_control->send(QStringLiteral("ABOR"))) {
        // The transfer's reply (426 or 226) and ABOR's (225 or 226). NOOP goes only after
        // them: vsftpd under TLS drops a command that arrives together with ABOR.
        for (int i = 0; i < 3; ++i) {
            auto reply = m_control->readReplyWithin(3000);
            if (!reply || !reply->isValid() || reply->code == 225 || reply->code == 226)
                break;
        }
        if (m_control->send(QStringLiteral("NOOP"))) {
            for (int i = 0; i < 4 && !inStep; ++i) {
                auto reply = m_control->readReplyWithin(5000);
                if (!reply || !reply->isValid())
                    break;
                inStep = reply->code == 200;
            }
        }
    }
    if (!inStep) {
        result = Error(ErrorKind::Network, QStringLiteral("the connection did not recover after ABOR"));
        m_control->close();
    }
    return result;
}

Status FtpFileSystem::readData(const QString &command,
                               const std::function<Status(const char *, qint64)> &sink)
{
    auto data = openData(command, 0);
    if (!data)
        return data.error();
    char buffer[64 * 1024];
    while (true) {
        auto n = (*data)->read(buffer, sizeof buffer);
        if (!n) {
            (void)abortTransfer(**data, false);
            return n.error();
        }
        if (*n == 0)
            break;
        if (Status st = sink(buffer, *n); !st) {
            (void)abortTransfer(**data, false); // the control connection stays usable
            return st;
        }
    }
    (*data)->finishRead();
    return finishTransfer(command.section(QLatin1Char(' '), 0, 0));
}

Status FtpFileSystem::changeDir(const RemotePath &path)
{
    auto reply = expect(QStringLiteral("CWD ") + wire(path), 2, QStringLiteral("opening the folder %1").arg(path.toString()));
    if (!reply) {
        Error e = reply.error();
        if (e.kind() == ErrorKind::Protocol && e.serverReply().startsWith(QLatin1String("550")))
            return Error(ErrorKind::NotFound, e.message(), e.serverReply());
        return e;
    }
    return {};
}

Result<Listing> FtpFileSystem::list(const RemotePath &path)
{
    if (auto st = changeDir(path); !st)
        return st.error();
    const bool mlsd = m_features.mlsd();
    QString command = QStringLiteral("LIST");
    if (mlsd)
        command = QStringLiteral("MLSD");
    else if (!m_listAFailed && m_system.contains(QLatin1String("UNIX"), Qt::CaseInsensitive))
        command = QStringLiteral("LIST -a"); // dot files too, as users of FileZilla see them
    auto listing = readListing(path, command, mlsd);
    if (!listing && command == QLatin1String("LIST -a") &&
        listing.error().serverReply().startsWith(QLatin1Char('5'))) {
        m_listAFailed = true;
        listing = readListing(path, QStringLiteral("LIST"), false);
    }
    if (!listing)
        return listing.error();
    for (const QString &name : std::as_const(listing->skippedNames))
        log(LogKind::Error, QStringLiteral("Skipped an entry with an unsafe name: %1").arg(name));
    return listing;
}

Result<Listing> FtpFileSystem::readListing(const RemotePath &path, const QString &command, bool mlsd)
{
    // The listing is parsed as it arrives, a batch of lines at a time, so memory holds
    // the entries and one batch, never the whole text (a hostile server may send no end).
    constexpr qsizetype kBatchLines = 4096;
    constexpr qsizetype kMaxLine = 64 * 1024;
    Listing listing;
    listing.path = path;
    QStringList batch;
    QByteArray partial; // a line not ended yet
    qint64 bytes = 0;
    ListParseOptions opts;
    opts.serverTimeZoneOffsetMinutes = m_options.serverTimeZoneOffsetMinutes;
    const auto tooLong = [&](const QString &what) {
        return Error(
            ErrorKind::Protocol,
            QStringLiteral("listing %1: the server sent more than %2 (%3 entries so far); Ferry stops there")
                .arg(path.toString(), what)
                .arg(listing.entries.size() + listing.skippedNames.size()));
    };
    // Parses the batch, keeping back trailing lines that a VMS entry may continue on the
    // next line (the parser joins those with the line after them); a few at most, a
    // real listing has one.
    const auto parseBatch = [&](bool last) -> Status {
        QStringList keep;
        while (!last && keep.size() < 16 && !batch.isEmpty() &&
               FtpListParser::mayContinueOnNextLine(batch.constLast()))
            keep.prepend(batch.takeLast());
        const QList<DirEntry> entries = mlsd ? FtpListParser::parseMlsd(batch, &listing.skippedNames)
                                             : FtpListParser::parseList(batch, opts, &listing.skippedNames);
        listing.entries.append(entries);
        batch = std::move(keep);
        if (listing.entries.size() + listing.skippedNames.size() > kMaxListingEntries)
            return tooLong(QStringLiteral("%1 entries").arg(kMaxListingEntries));
        return {};
    };
    const auto addLine = [&](QByteArray line) -> Status {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            batch.append(m_control->decode(line)); // names arrive in the site's charset
        if (batch.size() >= kBatchLines)
            return parseBatch(false);
        return {};
    };
    Status st = readData(command, [&](const char *data, qint64 size) -> Status {
        bytes += size;
        if (bytes > kMaxListingBytes)
            return tooLong(QStringLiteral("%1 MiB").arg(kMaxListingBytes >> 20));
        const char *end = data + size;
        while (data < end) {
            const char *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
            if (!nl) {
                partial.append(data, end - data);
                if (partial.size() > kMaxLine)
                    return Error(ErrorKind::Protocol,
                                 QStringLiteral("listing %1: the server sent a line longer than 64 KiB")
                                     .arg(path.toString()));
                break;
            }
            partial.append(data, nl - data);
            if (Status added = addLine(std::exchange(partial, QByteArray())); !added)
                return added;
            data = nl + 1;
        }
        return {};
    });
    if (!st)
        return st.error();
    if (Status added = addLine(std::exchange(partial, QByteArray())); !added)
        return added.error();
    if (Status parsed = parseBatch(true); !parsed)
        return parsed.error();
    return listing;
}

Result<DirEntry> FtpFileSystem::stat(const RemotePath &path)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    if (path.isRoot()) {
        DirEntry e;
        e.name = QStringLiteral("/");
        e.type = EntryType::Dir;
        return e;
    }
    if (m_features.has(QStringLiteral("MLST"))) {
        auto reply = m_control->command(QStringLiteral("MLST ") + wire(path));
        if (!reply)
            return reply.error();
        if (reply->isOk() && reply->lines.size() >= 3) {
            QString facts = reply->lines.at(1);
            if (facts.startsWith(QLatin1Char(' ')))
                facts.remove(0, 1);
            // The name in an MLST line is the whole path; give the parser a safe one.
            const qsizetype space = facts.indexOf(QLatin1Char(' '));
            if (space > 0) {
                auto entry = FtpListParser::parseMlsdLine(facts.left(space + 1) + QStringLiteral("x"));
                if (entry) {
                    entry->name = path.name();
                    return *entry;
                }
            }
        }
        if (reply->code == 550)
            return Error(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(path.toString()), reply->toString());
    }
    DirEntry entry;
    entry.name = path.name();
    auto size = m_control->command(QStringLiteral("SIZE ") + wire(path));
    if (!size)
        return size.error();
    if (size->code == 213) {
        bool ok = false;
        const qint64 bytes = size->text().trimmed().toLongLong(&ok);
        entry.type = EntryType::File;
        if (ok)
            entry.size = bytes;
        auto mdtm = m_control->command(QStringLiteral("MDTM ") + wire(path));
        if (!mdtm)
            return mdtm.error();
        if (mdtm->code == 213) {
            entry.mtime = parseMdtm(mdtm->text());
            if (entry.mtime.isValid()) {
                entry.mtimePrecision = MtimePrecision::Second;
                entry.mtimeUtc = true;
            }
        }
        return entry;
    }
    // Not a file (or SIZE unsupported): a folder if we can enter it.
    auto cwd = m_control->command(QStringLiteral("CWD ") + wire(path));
    if (!cwd)
        return cwd.error();
    if (cwd->isOk()) {
        entry.type = EntryType::Dir;
        return entry;
    }
    return Error(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(path.toString()), size->toString());
}

Result<qint64> FtpFileSystem::fileSize(const RemotePath &path)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    if (!m_features.has(QStringLiteral("MLST"))) {
        auto size = m_control->command(QStringLiteral("SIZE ") + wire(path));
        if (!size)
            return size.error();
        bool ok = false;
        const qint64 bytes = size->text().trimmed().toLongLong(&ok);
        if (size->code == 213 && ok)
            return bytes;
    }
    auto st = stat(path);
    if (!st)
        return st.error();
    return st->size.value_or(-1);
}

Status FtpFileSystem::makeDir(const RemotePath &path)
{
    auto reply = m_control->command(QStringLiteral("MKD ") + wire(path));
    if (!reply)
        return reply.error();
    if (reply->code == 257 || reply->isOk())
        return {};
    // 550 means "exists" as often as "not allowed"; ask.
    if (auto existing = stat(path); existing && existing->type == EntryType::Dir)
        return Error(ErrorKind::Exists, QStringLiteral("%1 exists already").arg(path.toString()), reply->toString());
    Error e = replyError(*reply, QStringLiteral("creating the folder %1").arg(path.toString()));
    if (e.kind() == ErrorKind::NotFound)
        return Error(ErrorKind::NotFound, QStringLiteral("cannot create %1: its parent folder does not exist").arg(path.toString()), reply->toString());
    return e;
}

Status FtpFileSystem::removeFile(const RemotePath &path)
{
    auto r = expect(QStringLiteral("DELE ") + wire(path), 2, QStringLiteral("deleting %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

Status FtpFileSystem::removeDir(const RemotePath &path)
{
    auto r = expect(QStringLiteral("RMD ") + wire(path), 2, QStringLiteral("removing the folder %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

Status FtpFileSystem::rename(const RemotePath &from, const RemotePath &to)
{
    auto rnfr = expect(QStringLiteral("RNFR ") + wire(from), 3, QStringLiteral("renaming %1").arg(from.toString()));
    if (!rnfr)
        return rnfr.error();
    auto rnto = expect(QStringLiteral("RNTO ") + wire(to), 2, QStringLiteral("renaming %1 to %2").arg(from.toString(), to.toString()));
    return rnto ? Status() : Status(rnto.error());
}

Status FtpFileSystem::chmod(const RemotePath &path, quint32 mode)
{
    auto r = expect(QStringLiteral("SITE CHMOD %1 ").arg(mode & 07777, 3, 8, QLatin1Char('0')) + wire(path), 2,
                    QStringLiteral("changing the permissions of %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

QString FtpFileSystem::setTimeCommand(const RemotePath &path, const QDateTime &utc) const
{
    const QString stamp = utc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    // MFMT is the standard draft; vsftpd and others take a time before the path in MDTM.
    const QString verb = m_features.has(QStringLiteral("MFMT")) ? QStringLiteral("MFMT") : QStringLiteral("MDTM");
    return verb + QLatin1Char(' ') + stamp + QLatin1Char(' ') + wire(path);
}

Status FtpFileSystem::setModificationTime(const RemotePath &path, const QDateTime &utc)
{
    auto r = expect(setTimeCommand(path, utc), 2, QStringLiteral("setting the modification time of %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

Result<FtpFileSystem::SizeAndTime> FtpFileSystem::fileSizeAndSetTime(const RemotePath &path, const QDateTime &utc)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    if (!m_features.has(QStringLiteral("SIZE"))) {
        SizeAndTime result;
        auto size = fileSize(path);
        if (!size)
            return size.error();
        result.size = *size;
        result.timeSet = setModificationTime(path, utc);
        return result;
    }
    auto prefetch = sendSizeAndSetTime(path, utc);
    if (!prefetch)
        return prefetch.error();
    return readSizeAndSetTime(path, *prefetch);
}

Result<bool> FtpFileSystem::sendSizeAndSetTime(const RemotePath &path, const QDateTime &utc)
{
    // Both commands go out before either reply is read; the replies come in order. In
    // passive mode the next transfer's EPSV goes with them: a queue uploading file after
    // file saves a round trip (servers with Nagle on the control connection, vsftpd
    // among them, send the last two replies together).
    const bool prefetch = !m_options.activeMode && !m_epsvFailed;
    QStringList commands{QStringLiteral("SIZE ") + wire(path), setTimeCommand(path, utc)};
    if (prefetch)
        commands << QStringLiteral("EPSV");
    if (auto st = m_control->send(commands); !st) // one packet
        return st.error();
    return prefetch;
}

Result<FtpFileSystem::SizeAndTime> FtpFileSystem::readSizeAndSetTime(const RemotePath &path, bool prefetch)
{
    SizeAndTime result;
    auto size = m_control->readReply();
    if (!size)
        return size.error();
    auto set = m_control->readReply();
    if (!set)
        return set.error();
    if (prefetch) {
        auto epsv = m_control->readReply();
        if (!epsv)
            return epsv.error();
        quint16 port = 0;
        // A server that refuses it is asked again, the usual way, when a transfer comes.
        if (epsv->code == 229 && parseEpsvReply(epsv->text(), &port))
            m_prefetchedPassive = PrefetchedPassive{port, m_control->commandsSent(), QDeadlineTimer(kPrefetchedPassiveFreshMs)};
    }
    if (!set->isOk())
        result.timeSet = replyError(*set, QStringLiteral("setting the modification time of %1").arg(path.toString()));
    bool ok = false;
    const qint64 bytes = size->text().trimmed().toLongLong(&ok);
    if (size->code == 213 && ok) {
        result.size = bytes;
        return result;
    }
    if (size->code == 550)
        return Error(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(path.toString()), size->toString());
    // SIZE refused for another reason: ask the way stat() does.
    auto st = stat(path);
    if (!st)
        return st.error();
    result.size = st->size.value_or(-1);
    return result;
}

Result<FtpFileSystem::SizeAndTime> FtpFileSystem::finishUploadAndCheck(WriteStream &stream, const RemotePath &path,
                                                                       const QDateTime &utc)
{
    auto *own = dynamic_cast<FtpWriteStream *>(&stream);
    if (!own || !m_queuesCommandsDuringTransfer || !m_features.has(QStringLiteral("SIZE"))) {
        if (auto st = stream.finish(); !st)
            return st.error();
        return fileSizeAndSetTime(path, utc);
    }
    std::optional<bool> prefetch; // set when the check went out
    const Status finished = own->finish([&] {
        if (auto sent = sendSizeAndSetTime(path, utc))
            prefetch = *sent;
    });
    if (!finished) {
        // The server answers the check too (SIZE and the time refused for a file that is
        // not there, EPSV as usual): read those replies so the connection stays in step.
        if (prefetch && isConnected()) {
            for (int i = 0; i < (*prefetch ? 3 : 2); ++i) {
                auto reply = m_control->readReplyWithin(3000);
                if (!reply || !reply->isValid()) {
                    m_control->close();
                    break;
                }
            }
        }
        return finished.error();
    }
    if (!prefetch)
        return fileSizeAndSetTime(path, utc);
    return readSizeAndSetTime(path, *prefetch);
}

Result<RemoteFileSystem::UploadCheck> FtpFileSystem::checkUpload(const RemotePath &path, qint64 expected,
                                                                 const QDateTime &utc)
{
    Q_UNUSED(expected); // the caller judges the size (and undoes the time when it is wrong)
    UploadCheck check;
    if (!utc.isValid()) {
        auto size = fileSize(path);
        if (!size)
            return size.error();
        check.size = *size;
        return check;
    }
    auto after = fileSizeAndSetTime(path, utc);
    if (!after)
        return after.error();
    check.size = after->size;
    check.timeSet = after->timeSet.ok();
    return check;
}

Result<RemoteFileSystem::UploadCheck> FtpFileSystem::finishUpload(WriteStream &stream, const RemotePath &path,
                                                                  const UploadPlan &plan)
{
    if (!plan.utc.isValid() || !plan.targetAbsent)
        return RemoteFileSystem::finishUpload(stream, path, plan);
    auto after = finishUploadAndCheck(stream, path, plan.utc);
    if (!after)
        return after.error();
    UploadCheck check;
    check.size = after->size;
    check.timeSet = after->timeSet.ok();
    return check;
}

Result<std::unique_ptr<ReadStream>> FtpFileSystem::openRead(const RemotePath &path, qint64 offset)
{
    auto data = openData(QStringLiteral("RETR ") + wire(path), offset);
    if (!data)
        return data.error();
    return std::unique_ptr<ReadStream>(std::make_unique<FtpReadStream>(*this, std::move(*data)));
}

Result<std::unique_ptr<WriteStream>> FtpFileSystem::openWrite(const RemotePath &path, qint64 offset)
{
    const QString command = (offset < 0 ? QStringLiteral("APPE ") : QStringLiteral("STOR ")) + wire(path);
    bool preliminaryPending = false;
    auto data = openData(command, qMax<qint64>(0, offset), &preliminaryPending);
    if (!data)
        return data.error();
    return std::unique_ptr<WriteStream>(std::make_unique<FtpWriteStream>(*this, std::move(*data), command, preliminaryPending));
}

QStringList FtpFileSystem::checksumAlgorithms()
{
    QStringList result;
    for (const FtpChecksumCommand &c : FtpChecksum::offered(m_features))
        result.append(c.algorithm);
    return result;
}

Result<QString> FtpFileSystem::checksum(const RemotePath &path, const QString &algorithm)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    std::optional<FtpChecksumCommand> command;
    for (const FtpChecksumCommand &c : FtpChecksum::offered(m_features)) {
        if (c.algorithm == algorithm)
            command = c;
    }
    if (!command)
        return RemoteFileSystem::checksum(path, algorithm);
    const QString what = QStringLiteral("the %1 checksum of %2").arg(algorithm, path.toString());
    // The server reads the whole file before it answers: allow for a large one (a cancel
    // still ends the wait at once).
    const qint64 hashWaitMs = qMax<qint64>(qint64(m_options.timeoutSeconds) * 1000, 10 * 60 * 1000);

    // Reads the hash out of a reply, or says why not.
    const auto hashFrom = [&](const FtpReply &reply) -> Result<QString> {
        const auto parsed = FtpChecksum::parseReply(reply.text(), algorithm, path.toString());
        if (!parsed)
            return Error(ErrorKind::Protocol, QStringLiteral("cannot read %1 in the server's reply").arg(what), reply.toString());
        if (!parsed->algorithm.isEmpty() && parsed->algorithm != algorithm)
            return Error(ErrorKind::Protocol, QStringLiteral("the server answered with %1 instead of %2").arg(parsed->algorithm, algorithm),
                         reply.toString());
        return parsed->hex;
    };

    // First HASH, the standard draft (select the algorithm with OPTS HASH when another
    // one is in force); then the older X command when HASH is missing or refused.
    Error failure(ErrorKind::Protocol, QStringLiteral("%1 is not offered").arg(what));
    if (!command->hashName.isEmpty()) {
        bool selected = m_hashSelected == algorithm;
        if (!selected) {
            auto opts = m_control->command(QStringLiteral("OPTS HASH ") + command->hashName);
            if (!opts)
                return opts.error();
            selected = opts->isOk();
            if (selected)
                m_hashSelected = algorithm;
            else
                failure = replyError(*opts, QStringLiteral("selecting %1 (OPTS HASH)").arg(algorithm));
        }
        if (selected) {
            if (auto st = m_control->send(QStringLiteral("HASH ") + wire(path)); !st)
                return st.error();
            auto reply = m_control->readReply(QDeadlineTimer(hashWaitMs));
            if (!reply)
                return reply.error();
            if (reply->isOk()) {
                auto hex = hashFrom(*reply);
                if (hex || command->legacyVerb.isEmpty())
                    return hex;
                failure = hex.error();
            } else {
                failure = replyError(*reply, what);
            }
        }
    }
    if (!command->legacyVerb.isEmpty()) {
        if (auto st = m_control->send(command->legacyVerb + QLatin1Char(' ') + wire(path)); !st)
            return st.error();
        auto reply = m_control->readReply(QDeadlineTimer(hashWaitMs));
        if (!reply)
            return reply.error();
        if (reply->isOk())
            return hashFrom(*reply);
        failure = replyError(*reply, what);
    }
    return failure;
}

Result<QString> FtpFileSystem::fxpPassive()
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    auto pasv = enterPassive(QStringLiteral("passive mode for a server-to-server copy (PASV)"));
    if (!pasv)
        return pasv.error();
    bool ok = false;
    const quint32 v4 = pasv->address.toIPv4Address(&ok);
    if (!ok)
        return Error(ErrorKind::Protocol, QStringLiteral("PASV named %1, not an IPv4 address").arg(pasv->address.toString()), pasv->reply);
    return portArgument(v4, pasv->port);
}

Result<FtpFileSystem::PassiveTarget> FtpFileSystem::enterPassive(const QString &what)
{
    auto pasv = expect(QStringLiteral("PASV"), 2, what);
    if (!pasv)
        return pasv.error();
    PassiveTarget target;
    target.reply = pasv->toString();
    if (!parsePasvReply(pasv->text(), &target.address, &target.port))
        return Error(ErrorKind::Protocol, QStringLiteral("cannot read the PASV reply"), target.reply);
    const QHostAddress peer = m_control->peerAddress();
    if (!isUsablePasvAddress(target.address, peer)) {
        log(LogKind::Status, QStringLiteral("The server named %1 for the data connection; using %2, the address of the control connection")
                                 .arg(target.address.toString(), peer.toString()));
        target.address = peer;
    }
    return target;
}

Status FtpFileSystem::fxpPort(const QString &hostPort)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    auto reply = expect(QStringLiteral("PORT ") + hostPort, 2, QStringLiteral("a server-to-server copy (PORT to the other server)"));
    return reply ? Status() : Status(reply.error());
}

Status FtpFileSystem::fxpSecureClient(bool on)
{
    auto reply = expect(on ? QStringLiteral("SSCN ON") : QStringLiteral("SSCN OFF"), 2,
                        QStringLiteral("the TLS client role for a server-to-server copy (SSCN)"));
    return reply ? Status() : Status(reply.error());
}

Status FtpFileSystem::fxpStart(const QString &verb, const RemotePath &path, qint64 offset)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    if (offset > 0) {
        auto rest = m_control->command(QStringLiteral("REST %1").arg(offset));
        if (!rest)
            return rest.error();
        if (rest->code != 350)
            return Error(ErrorKind::Protocol, QStringLiteral("the server cannot resume transfers (REST)"), rest->toString());
    }
    return m_control->send(verb + QLatin1Char(' ') + wire(path));
}

Status FtpFileSystem::fxpWaitStarted()
{
    auto reply = m_control->readReply();
    if (!reply)
        return reply.error();
    if (reply->isPreliminary())
        return {};
    if (reply->isOk())
        return Error(ErrorKind::Protocol, QStringLiteral("the server finished the transfer without a data connection"), reply->toString());
    return replyError(*reply, QStringLiteral("the server-to-server transfer"));
}

Status FtpFileSystem::fxpWaitDone(qint64 timeoutMs)
{
    auto reply = m_control->readReply(QDeadlineTimer(timeoutMs));
    if (!reply)
        return reply.error();
    if (!reply->isOk())
        return replyError(*reply, QStringLiteral("the server-to-server transfer"));
    return {};
}

Status FtpFileSystem::fxpAbort()
{
    if (!isConnected())
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    const CancelToken saved = m_cancel;
    m_cancel = CancelToken(); // the clean-up runs even after a cancel
    const Status result = abortAndResync();
    m_cancel = saved;
    return result;
}

} // namespace ferry::ftp
