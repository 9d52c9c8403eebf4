#include "SftpSessions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>

#include "SftpPacket.h"

namespace ferry::sftp {

using namespace ferry::remote;

namespace {
// The same category as SftpTransfers.cpp's: when each extra session is connected, has its
// channels and has the file open (ms since the ExtraSessions was made).
Q_LOGGING_CATEGORY(lcOpening, "ferry.sftp.sessions", QtInfoMsg)
QMutex g_countMutex;
QHash<QString, int> g_counts;
} // namespace

void ConnectionCount::add(const QString &server)
{
    QMutexLocker lock(&g_countMutex);
    ++g_counts[server];
}

void ConnectionCount::remove(const QString &server)
{
    QMutexLocker lock(&g_countMutex);
    auto it = g_counts.find(server);
    if (it == g_counts.end())
        return;
    if (--it.value() <= 0)
        g_counts.erase(it);
}

bool ConnectionCount::tryAdd(const QString &server, int limit)
{
    QMutexLocker lock(&g_countMutex);
    int &n = g_counts[server];
    if (n >= limit)
        return false;
    ++n;
    return true;
}

int ConnectionCount::count(const QString &server)
{
    QMutexLocker lock(&g_countMutex);
    return g_counts.value(server);
}

ExtraSessions::ExtraSessions(ConnectionSpec spec, ConnectOptions options, QString server, QByteArray path,
                             quint32 openFlags, int channelsEach, int timeoutMs)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_slots(m_options.slots),
      m_server(std::move(server)), m_path(std::move(path)), m_flags(openFlags),
      m_channelsEach(qMax(1, channelsEach)), m_timeoutMs(timeoutMs)
{
    m_clock.start();
}

ExtraSessions::~ExtraSessions()
{
    m_cancel.cancel();
    wait();
    // Sessions opened but never taken close here, on the transfer's thread.
}

void ExtraSessions::wait()
{
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
}

int ExtraSessions::start(int count, int limit)
{
    int n = 0;
    for (; n < count; ++n) {
        std::shared_ptr<void> slot;
        if (m_slots) {
            if (!m_slots->tryTakeExtra())
                break;
            slot = ConnectionSlots::holdExtra(m_slots);
        } else {
            if (!ConnectionCount::tryAdd(m_server, limit))
                break;
            const QString server = m_server;
            slot = std::shared_ptr<void>(nullptr, [server](void *) { ConnectionCount::remove(server); });
        }
        const int number = 2 + m_started++;
        {
            QMutexLocker lock(&m_mutex);
            ++m_opening;
        }
        m_threads.emplace_back([this, number, slot] { run(number, slot); });
    }
    return n;
}

void ExtraSessions::run(int number, std::shared_ptr<void> slot)
{
    const QString tag = QStringLiteral("[connection %1] ").arg(number);
    auto sink = [this, tag](LogKind, const QString &text) {
        QMutexLocker lock(&m_mutex);
        m_log << tag + text;
    };
    Joined joined;
    joined.slot = std::move(slot);
    joined.number = number;
    QString failure;
    auto session = std::make_shared<SshSession>(m_spec, m_options, nullptr, sink);
    qCDebug(lcOpening, "connection %d: opening at %lld ms", number, m_clock.elapsed());
    if (Status s = session->open(m_cancel); !s) {
        failure = s.error().message();
    } else {
        qCDebug(lcOpening, "connection %d: logged in at %lld ms", number, m_clock.elapsed());
        auto channels = SftpChannel::openMany(session, m_channelsEach, m_cancel, m_timeoutMs);
        qCDebug(lcOpening, "connection %d: %d channel(s) at %lld ms", number,
                channels ? int(channels->size()) : 0, m_clock.elapsed());
        if (!channels) {
            failure = channels.error().message();
        } else {
            // Every channel's OPEN goes out before any reply is awaited: one round trip.
            std::vector<quint32> ids;
            for (auto &ch : *channels) {
                ch->setCancelToken(m_cancel);
                const quint32 id = ch->nextId();
                if (Status sent =
                        ch->send(PacketBuilder(fx::Open, id).string(m_path).u32(m_flags).attrs({}).take());
                    !sent) {
                    failure = sent.error().message();
                    break;
                }
                ids.push_back(id);
            }
            for (size_t k = 0; k < ids.size() && failure.isEmpty(); ++k) {
                auto &ch = (*channels)[k];
                Result<Packet> reply = ch->waitFor(ids[k]);
                if (!reply) {
                    failure = reply.error().message();
                    break;
                }
                if (reply->type != fx::Handle) {
                    failure = statusError(*reply, QString::fromUtf8(m_path)).message();
                    break;
                }
                joined.handles.push_back(PacketReader(reply->body).string());
                joined.channels.push_back(std::move(ch));
            }
            joined.session = session;
        }
    }
    qCDebug(lcOpening, "connection %d: file open on %d channel(s) at %lld ms", number,
            int(joined.channels.size()), m_clock.elapsed());
    QMutexLocker lock(&m_mutex);
    --m_opening;
    if (!failure.isEmpty() || joined.channels.empty()) {
        ++m_failed;
        if (!m_cancel.isCancelled()) {
            ++m_refused;
            m_lastFailure = failure;
        }
        m_log << tag + QCoreApplication::translate("ferry::sftp", "Not used: %1").arg(failure);
        return; // joined (and its session) ends here; its handles close with the session
    }
    m_ready.push_back(std::move(joined));
}

std::vector<ExtraSessions::Joined> ExtraSessions::takeReady()
{
    QMutexLocker lock(&m_mutex);
    std::vector<Joined> out;
    out.swap(m_ready);
    return out;
}

QStringList ExtraSessions::takeLog()
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    out.swap(m_log);
    return out;
}

int ExtraSessions::opening() const
{
    QMutexLocker lock(&m_mutex);
    return m_opening;
}

int ExtraSessions::refused() const
{
    QMutexLocker lock(&m_mutex);
    return m_refused;
}

int ExtraSessions::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failed;
}

QString ExtraSessions::lastFailure() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastFailure;
}

} // namespace ferry::sftp
