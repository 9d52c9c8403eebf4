#include "SftpChannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstring>

#include "util/PlatformNet.h"

namespace ferry::sftp {

using namespace ferry::remote;

namespace {
constexpr qsizetype kMaxPacket = 4 * 1024 * 1024; // far above OpenSSH's 256 KiB
constexpr int kSliceMs = 200;                     // cancel is checked at least this often

Error cancelled()
{
    return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
}
} // namespace

SftpChannel::SftpChannel(std::shared_ptr<SshSession> session, ssh_channel channel, const CancelToken &cancel,
                         int timeoutMs)
    : m_session(std::move(session)), m_channel(channel), m_cancel(cancel), m_timeoutMs(timeoutMs)
{
    m_in.resize(512 * 1024);
}

SftpChannel::~SftpChannel()
{
    if (m_channel) {
        // Only a channel the server opened: libssh 0.10 sends CLOSE for a refused one too,
        // with the remote id 0, which OpenSSH takes for the session's first channel
        // ("close rcvd twice") and ends the connection.
        if (m_session->isOpen() && ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
}

Result<std::vector<std::unique_ptr<SftpChannel>>>
SftpChannel::openMany(const std::shared_ptr<SshSession> &session, int count, const CancelToken &cancel,
                      int timeoutMs)
{
    ssh_session s = session->handle();
    std::vector<std::unique_ptr<SftpChannel>> out;
    for (int i = 0; i < count; ++i) {
        ssh_channel ch = ssh_channel_new(s);
        if (!ch)
            return session->lastError(
                QCoreApplication::translate("ferry::sftp", "cannot open an SSH channel"));
        out.push_back(std::unique_ptr<SftpChannel>(new SftpChannel(session, ch, cancel, timeoutMs)));
    }
    // Non-blocking for the opening only: each call returns SSH_AGAIN until its reply is
    // in, so all channels' requests are on the wire together.
    enum Stage
    {
        Opening,
        Subsystem,
        Done
    };
    std::vector<Stage> stage(size_t(count), Opening);
    ssh_set_blocking(s, 0);
    const QDeadlineTimer deadline(timeoutMs);
    Status failure;
    for (;;) {
        bool pending = false;
        for (int i = 0; i < count && failure; ++i) {
            int rc = SSH_OK;
            if (stage[size_t(i)] == Opening) {
                rc = ssh_channel_open_session(out[size_t(i)]->m_channel);
                if (rc == SSH_OK)
                    stage[size_t(i)] = Subsystem;
            }
            if (rc == SSH_OK && stage[size_t(i)] == Subsystem) {
                rc = ssh_channel_request_subsystem(out[size_t(i)]->m_channel, "sftp");
                if (rc == SSH_OK)
                    stage[size_t(i)] = Done;
            }
            if (rc == SSH_ERROR)
                failure = session->lastError(
                    QCoreApplication::translate("ferry::sftp", "cannot start the SFTP subsystem"));
            else if (stage[size_t(i)] != Done)
                pending = true;
        }
        if (!failure || !pending)
            break;
        if (cancel.isCancelled()) {
            failure = cancelled();
            break;
        }
        if (deadline.hasExpired()) {
            failure = Error(ErrorKind::Timeout,
                            QCoreApplication::translate("ferry::sftp",
                                                        "the server did not open the SFTP channels in time"));
            break;
        }
        int error = 0;
        (void)util::platform::waitSocket(qintptr(ssh_get_fd(s)), util::platform::Readable, 20, &error);
    }
    ssh_set_blocking(s, 1);
    if (!failure)
        return failure.error();
    for (auto &ch : out)
        if (Status st = ch->send(PacketBuilder(fx::Init, 0).u32(3).take()); !st)
            return st.error();
    for (auto &ch : out)
        if (Status st = ch->readVersion(); !st)
            return st.error();
    if (Status st = out.front()->askLimits(); !st)
        return st.error();
    for (auto &ch : out) {
        ch->maxRead = out.front()->maxRead;
        ch->maxWrite = out.front()->maxWrite;
    }
    return out;
}

Status SftpChannel::readVersion()
{
    Result<Packet> reply = next();
    if (!reply)
        return reply.error();
    if (reply->type != fx::Version)
        return Error(ErrorKind::Protocol, QCoreApplication::translate(
                                              "ferry::sftp", "the server does not speak SFTP (reply type %1)")
                                              .arg(reply->type));
    PacketReader r(reply->body);
    const quint32 version = r.u32();
    if (version < 3)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp",
                                                 "the server speaks SFTP version %1; version 3 is needed")
                         .arg(version));
    while (!r.atEnd() && !r.failed()) {
        const QByteArray name = r.string();
        const QByteArray data = r.string();
        if (!r.failed())
            m_extensions.insert(name, data);
    }
    return {};
}

Status SftpChannel::askLimits()
{
    if (!hasExtension("limits@openssh.com"))
        return {};
    const quint32 id = nextId();
    Result<Packet> reply =
        request(PacketBuilder(fx::Extended, id).string(QByteArrayLiteral("limits@openssh.com")).take(), id);
    if (!reply)
        return reply.error();
    if (reply->type != fx::ExtendedReply)
        return {};
    PacketReader r(reply->body);
    r.u64(); // max packet length
    const quint64 read = r.u64();
    const quint64 write = r.u64();
    if (!r.failed()) {
        // OpenSSH answers 261120 for both; a WRITE over its 256 KiB packet limit drops the session.
        if (read)
            maxRead = quint32(qMin<quint64>(read, 261120));
        if (write)
            maxWrite = quint32(qMin<quint64>(write, 261120));
    }
    return {};
}

Error SftpChannel::channelError(const QString &what) const
{
    if (m_session->isOpen() && !ssh_channel_is_eof(m_channel))
        return m_session->lastError(what);
    return Error(
        ErrorKind::Network,
        QCoreApplication::translate("ferry::sftp", "%1: the server closed the connection").arg(what));
}

Status SftpChannel::send(const QByteArray &packet)
{
    return send(packet, nullptr, 0);
}

Status SftpChannel::send(const QByteArray &header, const char *data, qsizetype size)
{
    for (const auto &[p, n] :
         {std::pair<const char *, qsizetype>{header.constData(), header.size()}, {data, size}}) {
        qsizetype done = 0;
        while (done < n) {
            const int w = ssh_channel_write(m_channel, p + done, uint32_t(n - done));
            if (w < 0)
                return channelError(QStringLiteral("SFTP send failed"));
            done += w;
        }
    }
    return {};
}

Result<bool> SftpChannel::extract(Packet *out)
{
    const qsizetype avail = m_end - m_begin;
    if (avail < 5)
        return false;
    const char *p = m_in.constData() + m_begin;
    const qsizetype len = readBigEndian32(p);
    if (len < 1 || len > kMaxPacket)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp", "bad SFTP packet length %1").arg(len));
    if (avail < 4 + len)
        return false;
    out->type = quint8(p[4]);
    if (out->type == fx::Version) {
        out->id = 0;
        out->body = QByteArray(p + 5, len - 1);
    } else {
        if (len < 5)
            return Error(ErrorKind::Protocol,
                         QCoreApplication::translate("ferry::sftp", "short SFTP packet"));
        out->id = readBigEndian32(p + 5);
        out->body = QByteArray(p + 9, len - 5);
    }
    m_begin += 4 + len;
    if (m_begin == m_end)
        m_begin = m_end = 0;
    return true;
}

// Reads what the channel has (waiting up to timeoutMs; 0 does not wait) into m_in.
Status SftpChannel::readSome(int timeoutMs, bool *gotData)
{
    *gotData = false;
    // Room for at least one maximal packet after compacting.
    if (m_in.size() - m_end < 256 * 1024) {
        if (m_begin > 0) {
            std::memmove(m_in.data(), m_in.constData() + m_begin, size_t(m_end - m_begin));
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_in.size() - m_end < 256 * 1024)
            m_in.resize(m_end + 512 * 1024);
    }
    const uint32_t room = uint32_t(m_in.size() - m_end);
    const int n = timeoutMs > 0 ? ssh_channel_read_timeout(m_channel, m_in.data() + m_end, room, 0, timeoutMs)
                                : ssh_channel_read_nonblocking(m_channel, m_in.data() + m_end, room, 0);
    if (n == SSH_ERROR)
        return channelError(QStringLiteral("SFTP receive failed"));
    if (n == 0 && (ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel)))
        return channelError(QStringLiteral("SFTP receive failed"));
    if (n > 0) {
        m_end += n;
        *gotData = true;
    }
    return {};
}

Result<bool> SftpChannel::poll(Packet *out)
{
    for (;;) {
        Result<bool> got = extract(out);
        if (!got)
            return got;
        if (*got) {
            Result<bool> wanted = expected(*out);
            if (!wanted)
                return wanted.error();
            if (!*wanted)
                continue;
            return true;
        }
        bool data = false;
        if (Status s = readSome(0, &data); !s)
            return s.error();
        if (!data)
            return false;
    }
}

Result<bool> SftpChannel::expected(const Packet &p)
{
    const bool asked = m_outstanding.remove(p.id);
    if (m_discarded.remove(p.id))
        return false;
    if (asked)
        return true;
    ++m_unsolicited;
    m_session->log(
        LogKind::Error,
        QCoreApplication::translate(
            "ferry::sftp",
            "Dropped an SFTP reply (type %1) for request %2, which nobody sent or which was answered already")
            .arg(p.type)
            .arg(p.id));
    if (m_unsolicited >= kMaxUnsolicited) {
        if (m_session->isOpen())
            ssh_channel_close(m_channel);
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate(
                         "ferry::sftp",
                         "the SFTP server sent %1 replies to requests nobody sent; the channel was closed")
                         .arg(m_unsolicited));
    }
    return false;
}

Status SftpChannel::waitForData(int timeoutMs)
{
    bool data = false;
    return readSome(timeoutMs, &data);
}

Result<Packet> SftpChannel::next()
{
    if (!m_stash.isEmpty()) {
        auto it = m_stash.begin();
        Packet p = std::move(it.value());
        m_stash.erase(it);
        return p;
    }
    return receive(std::nullopt);
}

Result<Packet> SftpChannel::waitFor(quint32 id)
{
    if (auto it = m_stash.find(id); it != m_stash.end()) {
        Packet p = std::move(it.value());
        m_stash.erase(it);
        return p;
    }
    return receive(id);
}

// Reads until the reply to id (any reply when id is empty) is complete; replies to other
// requests are kept for later, those nobody waits for any more are dropped.
Result<Packet> SftpChannel::receive(std::optional<quint32> id)
{
    QDeadlineTimer idle(m_timeoutMs);
    bool data = false; // the last read brought bytes
    for (;;) {
        Packet p;
        Result<bool> got = extract(&p);
        if (!got)
            return got.error();
        if (*got) {
            Result<bool> wanted = expected(p);
            if (!wanted)
                return wanted.error();
            if (!*wanted)
                continue; // dropped: the idle timer runs on
            if (!id || p.id == *id)
                return p;
            m_stash.insert(p.id, std::move(p));
            idle.setRemainingTime(m_timeoutMs);
            continue;
        }
        // Part of a packet arrived with the last read (a long reply on a slow link):
        // progress. Whole packets restart the timer above only when someone asked for them.
        if (data && m_end > m_begin)
            idle.setRemainingTime(m_timeoutMs);
        else if (idle.hasExpired())
            return Error(ErrorKind::Timeout, QCoreApplication::translate(
                                                 "ferry::sftp", "the SFTP server did not answer within %1 s")
                                                 .arg(m_timeoutMs / 1000));
        if (m_cancel.isCancelled())
            return cancelled();
        if (Status s = readSome(kSliceMs, &data); !s)
            return s.error();
    }
}

Result<Packet> SftpChannel::request(const QByteArray &packet, quint32 id)
{
    if (Status s = send(packet); !s)
        return s.error();
    return waitFor(id);
}

void SftpChannel::discard(quint32 id)
{
    if (!m_stash.remove(id))
        m_discarded.insert(id, true);
}

} // namespace ferry::sftp
