// FtpFileSystem: construction, the plain commands (stat, SIZE, MKD, DELE, RMD, RNFR/RNTO,
// SITE CHMOD, MFMT/MDTM), NOOP and the server's checksums. The other operations each
// have a file of their own (one operation per file, as FileZilla's engine keeps them):
//   FtpLogin.cpp        connect(): greeting, AUTH TLS, USER/PASS, PBSZ/PROT, FEAT, ...
//   FtpOpenData.cpp     openData(): EPSV/PASV or EPRT/PORT, REST, the command, its 1xx
//   FtpStreams.cpp      the read and write streams, ABOR, the check after an upload
//   FtpListing.cpp      CWD and LIST/MLSD, parsed as it arrives
//   FtpFxp.cpp          server-to-server copies (FXP)
//   FtpReplyErrors.cpp  a failed reply -> the typed Error
#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimeZone>

#include <optional>

#include "FtpChecksum.h"
#include "FtpControlChannel.h"
#include "FtpListParser.h"
#include "FtpReplyErrors.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

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

} // namespace

FtpFileSystem::FtpFileSystem(ConnectionSpec spec, ConnectOptions options, Interaction *interaction)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_interaction(interaction)
{}

FtpFileSystem::~FtpFileSystem()
{
    dismissEarlySiblings(true);
    if (m_control)
        m_control->close();
}

Error FtpFileSystem::replyError(const FtpReply &reply, const QString &what)
{
    return FtpReplyErrors::toError(reply, what);
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
    return expect(QStringLiteral("NOOP"), 2, QCoreApplication::translate("ferry::ftp", "keep-alive")).ok()
               ? Status()
               : Status(Error(ErrorKind::Network,
                              QCoreApplication::translate("ferry::ftp", "the connection is gone")));
}

Result<DirEntry> FtpFileSystem::stat(const RemotePath &path)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    if (path.isRoot()) {
        DirEntry e;
        e.name = QStringLiteral("/");
        e.type = EntryType::Dir;
        return e;
    }
    // The EPSV sent ahead, read after the others.
    const bool prefetch = canPrefetchPassive();
    const auto readPassive = [&]() -> Status {
        if (!prefetch)
            return {};
        auto epsv = m_control->readReply();
        if (!epsv)
            return epsv.error();
        keepPrefetchedPassive(*epsv);
        return {};
    };
    if (m_features.has(QStringLiteral("MLST"))) {
        QStringList commands{QStringLiteral("MLST ") + wire(path)};
        if (prefetch)
            commands << QStringLiteral("EPSV");
        if (auto st = m_control->send(commands); !st)
            return st.error();
        auto reply = m_control->readReply();
        if (!reply)
            return reply.error();
        if (Status st = readPassive(); !st)
            return st.error();
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
            return Error(ErrorKind::NotFound,
                         QCoreApplication::translate("ferry::ftp", "%1 does not exist").arg(path.toString()),
                         reply->toString());
    }
    // SIZE, MDTM and CWD in one packet: MDTM's answer is used when SIZE finds a file,
    // CWD's when it does not (a folder if it can be entered).
    DirEntry entry;
    entry.name = path.name();
    QStringList commands{QStringLiteral("SIZE ") + wire(path), QStringLiteral("MDTM ") + wire(path),
                         QStringLiteral("CWD ") + wire(path)};
    const bool epsvToo = prefetch && !m_features.has(QStringLiteral("MLST"));
    if (epsvToo)
        commands << QStringLiteral("EPSV");
    if (auto st = m_control->send(commands); !st)
        return st.error();
    auto size = m_control->readReply();
    if (!size)
        return size.error();
    auto mdtm = m_control->readReply();
    if (!mdtm)
        return mdtm.error();
    auto cwd = m_control->readReply();
    if (!cwd)
        return cwd.error();
    if (epsvToo) {
        if (Status st = readPassive(); !st)
            return st.error();
    }
    if (size->code == 213) {
        bool ok = false;
        const qint64 bytes = size->text().trimmed().toLongLong(&ok);
        entry.type = EntryType::File;
        if (ok)
            entry.size = bytes;
        if (mdtm->code == 213) {
            entry.mtime = parseMdtm(mdtm->text());
            if (entry.mtime.isValid()) {
                entry.mtimePrecision = MtimePrecision::Second;
                entry.mtimeUtc = true;
            }
        }
        return entry;
    }
    if (cwd->isOk()) {
        entry.type = EntryType::Dir;
        return entry;
    }
    return Error(ErrorKind::NotFound,
                 QCoreApplication::translate("ferry::ftp", "%1 does not exist").arg(path.toString()),
                 size->toString());
}

Result<qint64> FtpFileSystem::fileSize(const RemotePath &path)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
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
        return Error(ErrorKind::Exists,
                     QCoreApplication::translate("ferry::ftp", "%1 exists already").arg(path.toString()),
                     reply->toString());
    Error e = replyError(
        *reply, QCoreApplication::translate("ferry::ftp", "creating the folder %1").arg(path.toString()));
    if (e.kind() == ErrorKind::NotFound)
        return Error(
            ErrorKind::NotFound,
            QCoreApplication::translate("ferry::ftp", "cannot create %1: its parent folder does not exist")
                .arg(path.toString()),
            reply->toString());
    return e;
}

Status FtpFileSystem::removeFile(const RemotePath &path)
{
    auto r = expect(QStringLiteral("DELE ") + wire(path), 2,
                    QCoreApplication::translate("ferry::ftp", "deleting %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

Status FtpFileSystem::removeDir(const RemotePath &path)
{
    auto r = expect(QStringLiteral("RMD ") + wire(path), 2,
                    QCoreApplication::translate("ferry::ftp", "removing the folder %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

Status FtpFileSystem::rename(const RemotePath &from, const RemotePath &to)
{
    auto rnfr = expect(QStringLiteral("RNFR ") + wire(from), 3,
                       QCoreApplication::translate("ferry::ftp", "renaming %1").arg(from.toString()));
    if (!rnfr)
        return rnfr.error();
    auto rnto = expect(
        QStringLiteral("RNTO ") + wire(to), 2,
        QCoreApplication::translate("ferry::ftp", "renaming %1 to %2").arg(from.toString(), to.toString()));
    return rnto ? Status() : Status(rnto.error());
}

Status FtpFileSystem::chmod(const RemotePath &path, quint32 mode)
{
    auto r = expect(
        QStringLiteral("SITE CHMOD %1 ").arg(mode & 07777, 3, 8, QLatin1Char('0')) + wire(path), 2,
        QCoreApplication::translate("ferry::ftp", "changing the permissions of %1").arg(path.toString()));
    return r ? Status() : Status(r.error());
}

QString FtpFileSystem::setTimeCommand(const RemotePath &path, const QDateTime &utc) const
{
    const QString stamp = utc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    // MFMT is the standard draft; vsftpd and others take a time before the path in MDTM.
    const QString verb =
        m_features.has(QStringLiteral("MFMT")) ? QStringLiteral("MFMT") : QStringLiteral("MDTM");
    return verb + QLatin1Char(' ') + stamp + QLatin1Char(' ') + wire(path);
}

Status FtpFileSystem::setModificationTime(const RemotePath &path, const QDateTime &utc)
{
    auto r = expect(setTimeCommand(path, utc), 2,
                    QCoreApplication::translate("ferry::ftp", "setting the modification time of %1")
                        .arg(path.toString()));
    return r ? Status() : Status(r.error());
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
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    std::optional<FtpChecksumCommand> command;
    for (const FtpChecksumCommand &c : FtpChecksum::offered(m_features)) {
        if (c.algorithm == algorithm)
            command = c;
    }
    if (!command)
        return RemoteFileSystem::checksum(path, algorithm);
    const QString what =
        QCoreApplication::translate("ferry::ftp", "the %1 checksum of %2").arg(algorithm, path.toString());
    // The server reads the whole file before it answers: allow for a large one (a cancel
    // still ends the wait at once).
    const qint64 hashWaitMs = qMax<qint64>(qint64(m_options.timeoutSeconds) * 1000, 10 * 60 * 1000);

    // Reads the hash out of a reply, or says why not.
    const auto hashFrom = [&](const FtpReply &reply) -> Result<QString> {
        const auto parsed = FtpChecksum::parseReply(reply.text(), algorithm, path.toString());
        if (!parsed)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::ftp", "cannot read %1 in the server's reply").arg(what),
                reply.toString());
        if (!parsed->algorithm.isEmpty() && parsed->algorithm != algorithm)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::ftp", "the server answered with %1 instead of %2")
                    .arg(parsed->algorithm, algorithm),
                reply.toString());
        return parsed->hex;
    };

    // First HASH, the standard draft (select the algorithm with OPTS HASH when another
    // one is in force); then the older X command when HASH is missing or refused.
    Error failure(ErrorKind::Protocol,
                  QCoreApplication::translate("ferry::ftp", "%1 is not offered").arg(what));
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
                failure = replyError(
                    *opts,
                    QCoreApplication::translate("ferry::ftp", "selecting %1 (OPTS HASH)").arg(algorithm));
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

} // namespace ferry::ftp
