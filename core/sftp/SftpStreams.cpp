#include "SftpStreams.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>

namespace ferry::sftp {

using namespace ferry::remote;

namespace {
constexpr qint64 kReadChunk = 128 * 1024;
constexpr size_t kReadsInFlight = 16;
constexpr size_t kWritesInFlight = 64;
} // namespace

Status closeHandle(SftpChannel &ch, const QByteArray &handle, const QString &name)
{
    const quint32 id = ch.nextId();
    Result<Packet> reply = ch.request(PacketBuilder(fx::Close, id).string(handle).take(), id);
    if (!reply)
        return reply.error();
    if (statusCode(*reply) != fx::Ok)
        return statusError(*reply, QCoreApplication::translate("ferry::sftp", "closing %1").arg(name));
    return {};
}

// ---------------------------------------------------------------- SftpReadStream

SftpReadStream::SftpReadStream(std::shared_ptr<SftpChannel> channel, QByteArray handle, qint64 offset,
                               qint64 size, QString name)
    : m_ch(std::move(channel)), m_handle(std::move(handle)), m_name(std::move(name)),
      m_size(size < 0 ? std::numeric_limits<qint64>::max() : size), m_next(offset), m_delivered(offset),
      m_chunk(qMin<qint64>(kReadChunk, m_ch->maxRead))
{}

SftpReadStream::~SftpReadStream()
{
    if (!m_closed)
        (void)close(false);
}

Status SftpReadStream::fill()
{
    while (m_pending.size() < kReadsInFlight) {
        Request req;
        if (!m_retry.empty()) {
            req = m_retry.front();
            m_retry.pop_front();
        } else if (m_next < m_size) {
            req = {m_next, qMin(m_chunk, m_size - m_next)};
            m_next += req.length;
        } else {
            break;
        }
        const quint32 id = m_ch->nextId();
        if (Status s = m_ch->send(PacketBuilder(fx::Read, id)
                                      .string(m_handle)
                                      .u64(quint64(req.offset))
                                      .u32(quint32(req.length))
                                      .take());
            !s)
            return s;
        m_pending.emplace_back(id, req);
    }
    return {};
}

Status SftpReadStream::receiveOne()
{
    const auto [id, req] = m_pending.front();
    Result<Packet> reply = m_ch->waitFor(id);
    if (!reply)
        return reply.error();
    m_pending.pop_front();
    if (reply->type == fx::Data) {
        PacketReader r(reply->body);
        QByteArray data = r.string();
        if (r.failed() || data.isEmpty() || data.size() > req.length)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::sftp", "reading %1: malformed DATA reply").arg(m_name));
        if (data.size() < req.length)
            m_retry.push_back({req.offset + data.size(), req.length - data.size()});
        m_ready.emplace(req.offset, std::move(data));
        return {};
    }
    if (statusCode(*reply) == fx::Eof) {
        // The file ends earlier than FSTAT said (it shrank, or its size was unknown).
        m_size = qMin(m_size, req.offset);
        return {};
    }
    return statusError(*reply, QCoreApplication::translate("ferry::sftp", "reading %1").arg(m_name));
}

Result<qint64> SftpReadStream::read(char *buffer, qint64 maxSize)
{
    for (;;) {
        if (m_currentPos < m_current.size()) {
            const qint64 n = qMin<qint64>(maxSize, m_current.size() - m_currentPos);
            std::memcpy(buffer, m_current.constData() + m_currentPos, size_t(n));
            m_currentPos += n;
            m_delivered += n;
            return n;
        }
        if (m_delivered >= m_size)
            return qint64(0);
        if (auto it = m_ready.find(m_delivered); it != m_ready.end()) {
            m_current = std::move(it->second);
            m_currentPos = 0;
            m_ready.erase(it);
            continue;
        }
        if (Status s = fill(); !s)
            return s.error();
        if (m_pending.empty()) {
            // Nothing more to ask for, yet a gap: only an EOF past a hole can do that.
            if (m_delivered < m_size)
                m_size = m_delivered;
            continue;
        }
        if (Status s = receiveOne(); !s)
            return s.error();
    }
}

Status SftpReadStream::close(bool drain)
{
    m_closed = true;
    for (const auto &p : m_pending) {
        if (drain) {
            if (Result<Packet> r = m_ch->waitFor(p.first); !r)
                return r.error();
        } else {
            m_ch->discard(p.first);
        }
    }
    m_pending.clear();
    m_ready.clear();
    return closeHandle(*m_ch, m_handle, m_name);
}

Status SftpReadStream::finish()
{
    return m_closed ? Status() : close(true);
}

Status SftpReadStream::abort()
{
    return m_closed ? Status() : close(false);
}

// ---------------------------------------------------------------- SftpWriteStream

SftpWriteStream::SftpWriteStream(std::shared_ptr<SftpChannel> channel, QByteArray handle, qint64 offset,
                                 QString name)
    : m_ch(std::move(channel)), m_handle(std::move(handle)), m_name(std::move(name)), m_offset(offset)
{}

SftpWriteStream::~SftpWriteStream()
{
    if (!m_closed)
        (void)abort();
}

Status SftpWriteStream::reap(size_t keep)
{
    while (m_pending.size() > keep) {
        Result<Packet> reply = m_ch->waitFor(m_pending.front());
        if (!reply)
            return reply.error();
        m_pending.pop_front();
        if (statusCode(*reply) != fx::Ok)
            return statusError(*reply, QCoreApplication::translate("ferry::sftp", "writing %1").arg(m_name));
    }
    return {};
}

Status SftpWriteStream::sendChunk(const char *data, qint64 size)
{
    const quint32 id = m_ch->nextId();
    const QByteArray header =
        PacketBuilder(fx::Write, id).string(m_handle).u64(quint64(m_offset)).u32(quint32(size)).take(size);
    if (Status s = m_ch->send(header, data, size); !s)
        return s;
    m_pending.push_back(id);
    m_offset += size;
    return reap(kWritesInFlight);
}

Status SftpWriteStream::write(const char *data, qint64 size)
{
    const qint64 chunk = m_ch->maxWrite;
    while (size > 0) {
        if (m_buffer.isEmpty() && size >= chunk) {
            if (Status s = sendChunk(data, chunk); !s)
                return s;
            data += chunk;
            size -= chunk;
            continue;
        }
        const qint64 take = qMin(size, chunk - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        size -= take;
        if (m_buffer.size() == chunk) {
            if (Status s = sendChunk(m_buffer.constData(), chunk); !s)
                return s;
            m_buffer.clear();
        }
    }
    return {};
}

Status SftpWriteStream::close()
{
    m_closed = true;
    return closeHandle(*m_ch, m_handle, m_name);
}

Status SftpWriteStream::finish()
{
    if (m_closed)
        return {};
    if (!m_buffer.isEmpty()) {
        if (Status s = sendChunk(m_buffer.constData(), m_buffer.size()); !s) {
            (void)abort();
            return s;
        }
        m_buffer.clear();
    }
    if (Status s = reap(0); !s) {
        (void)abort();
        return s;
    }
    return close();
}

Status SftpWriteStream::abort()
{
    if (m_closed)
        return {};
    for (quint32 id : m_pending)
        m_ch->discard(id);
    m_pending.clear();
    m_buffer.clear();
    return close();
}

} // namespace ferry::sftp
