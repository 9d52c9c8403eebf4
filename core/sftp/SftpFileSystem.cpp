#include "SftpFileSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include "SftpChannel.h"
#include "SftpSessions.h"
#include "SftpStreams.h"
#include "SshSession.h"
#include "remote/Limits.h"

namespace ferry::sftp {

using namespace ferry::remote;

namespace {

// The error for a listing past remote::kMaxListingEntries or kMaxListingBytes.
Error listingTooLong(const RemotePath &path, const Listing &listing, bool bytes)
{
    const QString why =
        bytes ? QCoreApplication::translate(
                    "ferry::sftp",
                    "listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there")
                    .arg(kMaxListingBytes >> 20)
              : QCoreApplication::translate(
                    "ferry::sftp",
                    "listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there")
                    .arg(kMaxListingEntries);
    return Error(ErrorKind::Protocol,
                 why.arg(path.toString()).arg(listing.entries.size() + listing.skippedNames.size()));
}

constexpr int kKeepAliveMs = 30000;
// listMany(): folders in flight on the channel, and READDIRs in flight per folder.
constexpr int kListingsInFlight = 16;
constexpr int kReadsAhead = 2;

DirEntry entryFrom(const QString &name, const FileAttrs &a)
{
    DirEntry e;
    e.name = name;
    e.type = a.type();
    if (a.size && e.type != EntryType::Dir)
        e.size = qint64(*a.size);
    if (a.mtime) {
        e.mtime = QDateTime::fromSecsSinceEpoch(*a.mtime, Qt::UTC);
        e.mtimePrecision = MtimePrecision::Second;
        e.mtimeUtc = true;
    }
    if (a.permissions) {
        e.mode = *a.permissions & 07777;
        const QChar typeChar = e.type == EntryType::Dir    ? QLatin1Char('d')
                               : e.type == EntryType::Link ? QLatin1Char('l')
                                                           : QLatin1Char('-');
        e.permissions = typeChar + DirEntry::permissionsFromMode(*e.mode);
    }
    if (a.uid)
        e.owner = QString::number(*a.uid);
    if (a.gid)
        e.group = QString::number(*a.gid);
    return e;
}

// OpenSSH's longname is "ls -l" output: take owner and group names from it.
void ownersFromLongname(const QByteArray &longname, DirEntry *e)
{
    const QList<QByteArray> f = longname.simplified().split(' ');
    if (f.size() >= 5) {
        e->owner = QString::fromUtf8(f.at(2));
        e->group = QString::fromUtf8(f.at(3));
    }
}
} // namespace

SftpFileSystem::SftpFileSystem(ConnectionSpec spec, ConnectOptions options, Interaction *interaction)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_interaction(interaction)
{}

SftpFileSystem::~SftpFileSystem()
{
    disconnect();
}

Status SftpFileSystem::connect()
{
    disconnect();
    auto session = std::make_shared<SshSession>(m_spec, m_options, m_interaction, m_log);
    if (Status s = session->open(m_cancel); !s)
        return s;
    auto channels = SftpChannel::openMany(session, 1, m_cancel, qMax(1, m_options.timeoutSeconds) * 1000);
    if (!channels)
        return channels.error();
    m_session = session;
    m_channels.push_back(std::move(channels->front()));
    m_countedAs = session->label();
    ConnectionCount::add(m_countedAs);

    // The home folder, and the round-trip time (the fastest of two requests) that decides
    // how many channels a large transfer needs.
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const quint32 id = m_channels[0]->nextId();
        Result<Packet> reply =
            call(PacketBuilder(fx::Realpath, id).string(QByteArrayLiteral(".")).take(), id);
        if (!reply) {
            disconnect();
            return reply.error();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_rttMs = i == 0 ? ms : qMin(m_rttMs, ms);
        PacketReader r(reply->body);
        if (reply->type != fx::Name || r.u32() < 1) {
            disconnect();
            return unexpectedReply(*reply,
                                   QCoreApplication::translate("ferry::sftp", "finding the home folder"));
        }
        m_home = RemotePath(QString::fromUtf8(r.string()));
    }
    log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "SFTP ready, home %1, round trip %2 ms")
                             .arg(m_home.toString())
                             .arg(m_rttMs, 0, 'f', 2));

    // Keep-alive while idle: fires whenever the worker thread runs its event loop.
    m_timerContext = std::make_unique<QObject>();
    m_keepAlive = new QTimer(m_timerContext.get());
    m_keepAlive->setInterval(kKeepAliveMs);
    QObject::connect(m_keepAlive, &QTimer::timeout, m_timerContext.get(), [this] {
        if (QDateTime::currentMSecsSinceEpoch() - m_lastUse >= kKeepAliveMs - 1000)
            (void)keepAlive();
    });
    m_keepAlive->start();
    touch();
    return {};
}

void SftpFileSystem::disconnect()
{
    m_timerContext.reset();
    m_keepAlive = nullptr;
    m_channels.clear();
    m_session.reset();
    if (!m_countedAs.isEmpty())
        ConnectionCount::remove(m_countedAs);
    m_countedAs.clear();
}

bool SftpFileSystem::isConnected() const
{
    return m_session && m_session->isOpen() && !m_channels.empty();
}

QString SftpFileSystem::hostKeyFingerprint() const
{
    return m_session ? m_session->hostKeyFingerprint() : QString();
}

void SftpFileSystem::touch()
{
    m_lastUse = QDateTime::currentMSecsSinceEpoch();
}

Status SftpFileSystem::ensureConnected() const
{
    if (!isConnected())
        return Error(ErrorKind::Network,
                     QCoreApplication::translate("ferry::sftp", "not connected to the SFTP server"));
    return {};
}

Status SftpFileSystem::keepAlive()
{
    QElapsedTimer timer;
    timer.start();
    const quint32 id = m_channels.empty() ? 0 : m_channels[0]->nextId();
    Result<Packet> reply = call(PacketBuilder(fx::Realpath, id).string(QByteArrayLiteral(".")).take(), id);
    if (!reply)
        return reply.error();
    m_rttMs = double(timer.nsecsElapsed()) / 1e6;
    return {};
}

Result<Packet> SftpFileSystem::call(const QByteArray &packet, quint32 id)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    if (m_cancel.isCancelled())
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
    touch();
    m_channels[0]->setCancelToken(m_cancel);
    return m_channels[0]->request(packet, id);
}

Status SftpFileSystem::simple(quint8 type, const RemotePath &path, const QString &what)
{
    if (Status s = ensureConnected(); !s)
        return s;
    const quint32 id = m_channels[0]->nextId();
    PacketBuilder b(type, id);
    b.string(encode(path));
    if (type == fx::Mkdir)
        b.attrs({});
    Result<Packet> reply = call(b.take(), id);
    if (!reply)
        return reply.error();
    if (statusCode(*reply) != fx::Ok)
        return statusError(*reply, what);
    return {};
}

Result<FileAttrs> SftpFileSystem::statAttrs(const RemotePath &path, bool followLinks)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    const quint32 id = m_channels[0]->nextId();
    Result<Packet> reply =
        call(PacketBuilder(followLinks ? fx::Stat : fx::Lstat, id).string(encode(path)).take(), id);
    if (!reply)
        return reply.error();
    if (reply->type != fx::Attrs)
        return statusError(*reply, path.toString());
    return PacketReader(reply->body).attrs();
}

int SftpFileSystem::listingsInFlight() const
{
    return kListingsInFlight;
}

Result<Listing> SftpFileSystem::list(const RemotePath &path)
{
    return listMany({path}).constFirst();
}

// Several folders listed at once on the main channel. Per folder: OPENDIR; on its HANDLE,
// kReadsAhead READDIRs (one more sent for each NAME, so the next is on its way before
// the last is read); on EOF the READDIRs still out are forgotten and CLOSE goes out
// without waiting for its status. A small folder costs two round trips (OPENDIR, the
// READDIRs), and up to kListingsInFlight folders share them: requests are told apart by
// id. Memory: the folders in flight (each within kMaxListingEntries) and the results.
QList<Result<Listing>> SftpFileSystem::listMany(const QList<RemotePath> &paths)
{
    QList<Result<Listing>> out;
    if (paths.isEmpty())
        return out;
    if (Status s = ensureConnected(); !s) {
        for (qsizetype i = 0; i < paths.size(); ++i)
            out.append(s.error());
        return out;
    }
    SftpChannel &ch = *m_channels[0];
    touch();
    ch.setCancelToken(m_cancel);

    struct Folder
    {
        RemotePath path;
        QByteArray handle;
        Listing listing;
        qint64 bytes = 0;
        std::optional<Result<Listing>> result;
    };
    enum class Op
    {
        Open,
        Read
    };
    struct Waiting
    {
        qsizetype folder;
        Op op;
    };
    std::vector<Folder> folders(size_t(paths.size()));
    QHash<quint32, Waiting> waiting;
    qsizetype next = 0;
    int active = 0;
    std::optional<Error> fatal;
    const auto what = [&](qsizetype i) {
        return QCoreApplication::translate("ferry::sftp", "listing %1")
            .arg(folders[size_t(i)].path.toString());
    };
    // The folder is done: its READDIRs still out forgotten, its handle closed unawaited.
    const auto finish = [&](qsizetype i, Result<Listing> result) {
        Folder &f = folders[size_t(i)];
        for (auto it = waiting.begin(); it != waiting.end();) {
            if (it->folder == i) {
                ch.discard(it.key());
                it = waiting.erase(it);
            } else {
                ++it;
            }
        }
        if (!f.handle.isEmpty()) {
            const quint32 id = ch.nextId();
            if (Status s = ch.send(PacketBuilder(fx::Close, id).string(f.handle).take()); !s)
                fatal = s.error();
            ch.discard(id);
            f.handle.clear();
        }
        f.result = std::move(result);
        --active;
    };
    const auto readAhead = [&](qsizetype i) -> Status {
        const quint32 id = ch.nextId();
        waiting.insert(id, Waiting{i, Op::Read});
        return ch.send(PacketBuilder(fx::Readdir, id).string(folders[size_t(i)].handle).take());
    };
    // One NAME reply's entries into the folder's listing; an error past the limits.
    const auto take = [&](qsizetype i, const Packet &reply) -> Status {
        Folder &f = folders[size_t(i)];
        Listing &listing = f.listing;
        // A server that never says EOF would otherwise fill memory.
        f.bytes += reply.body.size();
        if (f.bytes > kMaxListingBytes ||
            listing.entries.size() + listing.skippedNames.size() >= kMaxListingEntries)
            return listingTooLong(f.path, listing, f.bytes > kMaxListingBytes);
        PacketReader r(reply.body);
        const quint32 count = r.u32();
        for (quint32 k = 0; k < count && !r.failed(); ++k) {
            const QString name = QString::fromUtf8(r.string());
            const QByteArray longname = r.string();
            const FileAttrs attrs = r.attrs();
            if (r.failed() || name == QLatin1String(".") || name == QLatin1String(".."))
                continue;
            if (listing.entries.size() + listing.skippedNames.size() >= kMaxListingEntries)
                return listingTooLong(f.path, listing, false);
            if (!RemotePath::isSafeName(name)) {
                listing.skippedNames.append(name);
                continue;
            }
            DirEntry e = entryFrom(name, attrs);
            ownersFromLongname(longname, &e);
            listing.entries.append(e);
        }
        if (r.failed())
            return Error(ErrorKind::Protocol,
                         QCoreApplication::translate("ferry::sftp", "listing %1: malformed NAME reply")
                             .arg(f.path.toString()));
        return {};
    };

    while (!fatal) {
        while (active < kListingsInFlight && next < paths.size()) {
            Folder &f = folders[size_t(next)];
            f.path = paths.at(next);
            f.listing.path = f.path;
            const quint32 id = ch.nextId();
            waiting.insert(id, Waiting{next, Op::Open});
            ++active;
            ++next;
            if (Status s = ch.send(PacketBuilder(fx::Opendir, id).string(encode(f.path)).take()); !s) {
                fatal = s.error();
                break;
            }
        }
        if (fatal || active == 0)
            break;
        Result<Packet> reply = ch.next();
        if (!reply) {
            fatal = reply.error();
            break;
        }
        const auto it = waiting.constFind(reply->id);
        if (it == waiting.constEnd())
            continue; // not one of ours (nothing else is in flight on this channel)
        const Waiting w = *it;
        waiting.erase(it);
        Folder &f = folders[size_t(w.folder)];
        if (w.op == Op::Open) {
            if (reply->type != fx::Handle) {
                finish(w.folder, statusError(*reply, what(w.folder)));
                continue;
            }
            PacketReader r(reply->body);
            f.handle = r.string();
            if (r.failed()) {
                f.handle.clear();
                finish(w.folder, Error(ErrorKind::Protocol, QCoreApplication::translate(
                                                                "ferry::sftp", "%1: malformed HANDLE reply")
                                                                .arg(what(w.folder))));
                continue;
            }
            for (int k = 0; k < kReadsAhead && !fatal; ++k) {
                if (Status s = readAhead(w.folder); !s)
                    fatal = s.error();
            }
            continue;
        }
        if (statusCode(*reply) == fx::Eof) {
            finish(w.folder, std::move(f.listing));
            continue;
        }
        if (reply->type != fx::Name) {
            finish(w.folder, statusError(*reply, what(w.folder)));
            continue;
        }
        if (Status s = take(w.folder, *reply); !s) {
            finish(w.folder, s.error());
            continue;
        }
        if (Status s = readAhead(w.folder); !s)
            fatal = s.error();
    }
    if (fatal) {
        for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
            ch.discard(it.key());
        waiting.clear();
    }

    out.reserve(paths.size());
    for (size_t i = 0; i < folders.size(); ++i) {
        Folder &f = folders[i];
        if (!f.result)
            f.result = *fatal;
        if (*f.result && !fatal) {
            if (Status s = resolveLinks(ch, f.path, f.result->value()); !s) {
                if (s.error().kind() == ErrorKind::Cancelled || !isConnected())
                    fatal = s.error();
                f.result = s.error();
            }
        } else if (fatal && *f.result) {
            f.result = *fatal; // links not resolved: the connection is gone
        }
        out.append(std::move(*f.result));
    }
    return out;
}

// Links: where they point and what is there, all asked at once.
Status SftpFileSystem::resolveLinks(SftpChannel &ch, const RemotePath &path, Listing &listing)
{
    struct Pending
    {
        qsizetype index;
        quint32 statId;
        quint32 linkId;
    };
    QList<Pending> links;
    for (qsizetype i = 0; i < listing.entries.size(); ++i) {
        if (listing.entries.at(i).type != EntryType::Link)
            continue;
        const QByteArray p = encode(path.child(listing.entries.at(i).name));
        Pending pending{i, ch.nextId(), 0};
        if (Status s = ch.send(PacketBuilder(fx::Stat, pending.statId).string(p).take()); !s)
            return s.error();
        pending.linkId = ch.nextId();
        if (Status s = ch.send(PacketBuilder(fx::Readlink, pending.linkId).string(p).take()); !s)
            return s.error();
        links.append(pending);
    }
    for (const Pending &pending : links) {
        DirEntry &e = listing.entries[pending.index];
        Result<Packet> st = ch.waitFor(pending.statId);
        if (!st)
            return st.error();
        if (st->type == fx::Attrs) {
            const FileAttrs target = PacketReader(st->body).attrs();
            e.linkTargetType = target.type();
            if (target.type() == EntryType::File && target.size)
                e.size = qint64(*target.size);
        }
        Result<Packet> rl = ch.waitFor(pending.linkId);
        if (!rl)
            return rl.error();
        if (rl->type == fx::Name) {
            PacketReader r(rl->body);
            if (r.u32() >= 1)
                e.linkTarget = QString::fromUtf8(r.string());
        }
    }
    return {};
}

Result<DirEntry> SftpFileSystem::stat(const RemotePath &path)
{
    Result<FileAttrs> attrs = statAttrs(path, false);
    if (!attrs)
        return attrs.error();
    DirEntry e = entryFrom(path.name(), *attrs);
    if (e.type == EntryType::Link) {
        if (Result<FileAttrs> target = statAttrs(path, true)) {
            e.linkTargetType = target->type();
            if (target->type() == EntryType::File && target->size)
                e.size = qint64(*target->size);
        }
        const quint32 id = m_channels[0]->nextId();
        Result<Packet> rl = call(PacketBuilder(fx::Readlink, id).string(encode(path)).take(), id);
        if (rl && rl->type == fx::Name) {
            PacketReader r(rl->body);
            if (r.u32() >= 1)
                e.linkTarget = QString::fromUtf8(r.string());
        }
    }
    return e;
}

Status SftpFileSystem::makeDir(const RemotePath &path)
{
    Status s = simple(fx::Mkdir, path,
                      QCoreApplication::translate("ferry::sftp", "creating folder %1").arg(path.toString()));
    // SFTP v3 has no "exists" status: OpenSSH says FAILURE. Tell Exists apart by looking.
    if (!s && s.error().kind() == ErrorKind::Protocol && statAttrs(path, false))
        return Error(ErrorKind::Exists,
                     QCoreApplication::translate("ferry::sftp", "creating folder %1: it exists already")
                         .arg(path.toString()));
    return s;
}

Status SftpFileSystem::removeFile(const RemotePath &path)
{
    return simple(fx::Remove, path,
                  QCoreApplication::translate("ferry::sftp", "deleting %1").arg(path.toString()));
}

Status SftpFileSystem::removeDir(const RemotePath &path)
{
    return simple(fx::Rmdir, path,
                  QCoreApplication::translate("ferry::sftp", "deleting folder %1").arg(path.toString()));
}

Status SftpFileSystem::rename(const RemotePath &from, const RemotePath &to)
{
    if (Status s = ensureConnected(); !s)
        return s;
    const quint32 id = m_channels[0]->nextId();
    const bool posix = m_channels[0]->hasExtension("posix-rename@openssh.com");
    PacketBuilder b(posix ? fx::Extended : fx::Rename, id);
    if (posix)
        b.string(QByteArrayLiteral("posix-rename@openssh.com"));
    b.string(encode(from)).string(encode(to));
    Result<Packet> reply = call(b.take(), id);
    if (!reply)
        return reply.error();
    if (statusCode(*reply) != fx::Ok)
        return statusError(*reply, QCoreApplication::translate("ferry::sftp", "renaming %1 to %2")
                                       .arg(from.toString(), to.toString()));
    return {};
}

QStringList SftpFileSystem::checksumAlgorithms()
{
    if (m_channels.empty())
        return {};
    const SftpChannel &ch = *m_channels[0];
    // Servers name the extension after the request or after the reply.
    if (!ch.hasExtension("check-file-name") && !ch.hasExtension("check-file"))
        return {};
    return {QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5"),
            QStringLiteral("CRC32")};
}

Result<QString> SftpFileSystem::checksum(const RemotePath &path, const QString &algorithm)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    const QByteArray name = sftpHashName(algorithm);
    if (name.isEmpty() || !checksumAlgorithms().contains(algorithm))
        return RemoteFileSystem::checksum(path, algorithm);
    const QString what =
        QCoreApplication::translate("ferry::sftp", "the %1 checksum of %2").arg(algorithm, path.toString());
    // Only the one algorithm asked for, so the answer is comparable with ours.
    const quint32 id = m_channels[0]->nextId();
    Result<Packet> reply = call(checkFileNameRequest(id, encode(path), name), id);
    if (!reply)
        return reply.error();
    auto parsed = parseCheckFileReply(*reply, what);
    if (!parsed)
        return parsed.error();
    if (parsed->algorithm.toLower() != name)
        return Error(ErrorKind::Protocol, QCoreApplication::translate("ferry::sftp", "%1: the server used %2")
                                              .arg(what, QString::fromLatin1(parsed->algorithm)));
    return QString::fromLatin1(parsed->hash.toHex());
}

Status SftpFileSystem::chmod(const RemotePath &path, quint32 mode)
{
    if (Status s = ensureConnected(); !s)
        return s;
    FileAttrs a;
    a.permissions = mode & 07777;
    const quint32 id = m_channels[0]->nextId();
    Result<Packet> reply = call(PacketBuilder(fx::Setstat, id).string(encode(path)).attrs(a).take(), id);
    if (!reply)
        return reply.error();
    if (statusCode(*reply) != fx::Ok)
        return statusError(
            *reply,
            QCoreApplication::translate("ferry::sftp", "changing permissions of %1").arg(path.toString()));
    return {};
}

Status SftpFileSystem::setModificationTime(const RemotePath &path, const QDateTime &utc)
{
    if (Status s = ensureConnected(); !s)
        return s;
    FileAttrs a;
    a.mtime = quint32(utc.toSecsSinceEpoch());
    const quint32 id = m_channels[0]->nextId();
    Result<Packet> reply = call(PacketBuilder(fx::Setstat, id).string(encode(path)).attrs(a).take(), id);
    if (!reply)
        return reply.error();
    if (statusCode(*reply) != fx::Ok)
        return statusError(
            *reply,
            QCoreApplication::translate("ferry::sftp", "setting the time of %1").arg(path.toString()));
    return {};
}

// OPEN (flags != 0) or OPENDIR (flags == 0); the handle.
Result<QByteArray> SftpFileSystem::openHandle(SftpChannel &ch, const RemotePath &path, quint32 flags,
                                              const QString &what)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    if (m_cancel.isCancelled())
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
    touch();
    ch.setCancelToken(m_cancel);
    const quint32 id = ch.nextId();
    PacketBuilder b(flags ? fx::Open : fx::Opendir, id);
    b.string(encode(path));
    if (flags)
        b.u32(flags).attrs({});
    Result<Packet> reply = ch.request(b.take(), id);
    if (!reply)
        return reply.error();
    if (reply->type != fx::Handle)
        return statusError(*reply, what);
    PacketReader r(reply->body);
    QByteArray handle = r.string();
    if (r.failed())
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp", "%1: malformed HANDLE reply").arg(what));
    return handle;
}

Result<std::unique_ptr<ReadStream>> SftpFileSystem::openRead(const RemotePath &path, qint64 offset)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    const std::shared_ptr<SftpChannel> &ch = m_channels[0];
    Result<QByteArray> handle =
        openHandle(*ch, path, fx::OpenRead,
                   QCoreApplication::translate("ferry::sftp", "opening %1").arg(path.toString()));
    if (!handle)
        return handle.error();
    const quint32 id = ch->nextId();
    Result<Packet> reply = ch->request(PacketBuilder(fx::Fstat, id).string(*handle).take(), id);
    qint64 size = -1;
    if (reply && reply->type == fx::Attrs) {
        const FileAttrs a = PacketReader(reply->body).attrs();
        if (a.size)
            size = qint64(*a.size);
    }
    return std::unique_ptr<ReadStream>(
        std::make_unique<SftpReadStream>(ch, *handle, qMax<qint64>(0, offset), size, path.toString()));
}

Result<std::unique_ptr<WriteStream>> SftpFileSystem::openWrite(const RemotePath &path, qint64 offset)
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    const std::shared_ptr<SftpChannel> &ch = m_channels[0];
    const quint32 flags = fx::OpenWrite | fx::OpenCreate | (offset == 0 ? quint32(fx::OpenTruncate) : 0u);
    Result<QByteArray> handle =
        openHandle(*ch, path, flags,
                   QCoreApplication::translate("ferry::sftp", "opening %1 for writing").arg(path.toString()));
    if (!handle)
        return handle.error();
    if (offset < 0) {
        const quint32 id = ch->nextId();
        Result<Packet> reply = ch->request(PacketBuilder(fx::Fstat, id).string(*handle).take(), id);
        if (!reply)
            return reply.error();
        const FileAttrs a = reply->type == fx::Attrs ? PacketReader(reply->body).attrs() : FileAttrs();
        offset = a.size ? qint64(*a.size) : 0;
    }
    return std::unique_ptr<WriteStream>(
        std::make_unique<SftpWriteStream>(ch, *handle, offset, path.toString()));
}

} // namespace ferry::sftp
