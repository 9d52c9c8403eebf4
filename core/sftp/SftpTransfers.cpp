// SftpFileSystem's fast paths: one file over several channels, many small files at once.
//
// Why several channels: libssh 0.10 gives each channel a fixed receive window and tops it
// up only when it falls below 640,000 bytes, so one channel has at most about 1.28 MB in
// flight and downloads at about 0.6-1 MB per round trip. Each extra channel of the same
// session adds as much, so the count follows the round-trip time. All channels read (or
// write) their own ranges of the one file; requests go to whichever channel has room, and
// replies are collected from all of them without blocking on any one.

#include "SftpFileSystem.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <optional>

#include "SftpChannel.h"
#include "SftpSessions.h"
#include "SftpStreams.h"
#include "SshSession.h"
#include "remote/SegmentPlan.h"
#include "remote/SegmentRecord.h"
#include "util/FileTime.h"
#include "util/PlatformFile.h"
#include "util/PlatformNet.h"

namespace ferry::sftp {

using namespace ferry::remote;

namespace {

// A file that may go over more sessions (QT_LOGGING_RULES="ferry.sftp.sessions.debug=true"):
// each loss check (when it ran, the time since the last, the counters read, the
// thresholds) and each session that joins. tests/core/sftp/sftp_loss_upload.sh reads them.
Q_LOGGING_CATEGORY(lcSessions, "ferry.sftp.sessions", QtInfoMsg)

constexpr qint64 kReadChunk = 128 * 1024;
constexpr size_t kReadsPerLane = 16; // 2 MiB asked per channel: more than its window
constexpr size_t kWritesPerLane = 64;
constexpr double kTargetBytesPerSecond = 200e6;    // what a long fat link may carry
constexpr double kDownloadBytesPerChannel = 0.9e6; // average in flight per libssh channel
constexpr double kUploadBytesPerChannel = 1.8e6;   // OpenSSH's 2 MB channel window, mostly used
constexpr int kMaxChannels = 16;
constexpr qint64 kSmallFileLimit = 4 * 1024 * 1024;
// Files whose requests are in flight at once: each costs two round trips (OPEN, then its
// WRITEs and CLOSE), so at 20 ms 64 of them move about 1,600 files a second. Their data
// is held in memory until CLOSE is answered, at most kBytesInFlight of it.
constexpr int kFilesInFlight = 64;
// SSH sessions (TCP connections) for one file in segments: from kLanRoundTripMs on a link
// that shows loss, from kManySessionsRoundTripMs at once (cubic grows a window slowly over
// long round trips), never more than the site's limit; none for less than
// kMinSessionsBytes (a login and a slow start would not pay).
constexpr int kSessionsOnLongLinks = 4;
constexpr double kManySessionsRoundTripMs = 50;
// From here (and under kManySessionsRoundTripMs) the extra sessions log in at the start, in
// reserve: they carry nothing until the first connection shows loss, and then join at once
// (a login, its channels and the file are 15-20 round trips; waiting for the loss before
// starting them left the download at 0.69x lftp's four connections at 20 ms, 0.5 % loss).
constexpr double kReserveSessionsRoundTripMs = 10;
constexpr qint64 kMinSessionsBytes = 16 * 1024 * 1024;
constexpr qint64 kBytesInFlight = 32 * 1024 * 1024;

struct Range
{
    qint64 offset;
    qint64 length;
    qint64 segment = -1; // in segments: the start of the SegmentRecord range it counts for
};

struct Lane
{
    SftpChannel *ch = nullptr;
    QByteArray handle;
    std::deque<std::pair<quint32, Range>> pending;
    qint64 segment = -1;     // in segments: the start of the range this lane moves
    qint64 cursor = 0;       // its next byte to ask for
    bool fresh = false;      // a lane of a session that has just joined: it may split a range
    int connection = 1;      // 1: this SftpFileSystem's session; 2, ...: extra sessions
    std::deque<Range> retry; // downloads: tails of short reads, asked again first

    // The request a reply answers (usually the oldest).
    bool take(quint32 id, Range *range)
    {
        for (auto it = pending.begin(); it != pending.end(); ++it) {
            if (it->first == id) {
                *range = it->second;
                pending.erase(it);
                return true;
            }
        }
        return false;
    }
};

// The segments of one file moved in segments (SegmentRecord) and which lane moves which.
// A lane moves its segment from the recorded next byte to the (re-read) end, then takes
// an unfinished segment no lane has; when none is left, the back half of the largest
// range still ahead of another lane (both halves at least kMinSplit), as FTP's segmented
// downloads do, but by any lane that runs out (a split costs SFTP nothing). A segment's line in the
// record moves only over bytes that are at the destination (a download's written to the
// file, an upload's WRITE answered OK), contiguously from its start: bytes that arrive
// early wait in `early`. Segments are named by their start, which never changes (a
// split changes the indices after it).
class Segments
{
public:
    static constexpr qint64 kMinSplit = 1024 * 1024;

    Segments(SegmentRecord &record, qint64 chunk) : m_record(record), m_chunk(chunk)
    {
        for (const SegmentRecord::Segment &s : record.segments()) {
            m_acked[s.start] = s.next;
            if (!s.finished())
                m_todo.push_back(s.start);
        }
    }

    // The next range lane asks for, or false when it has none left. A split is told in
    // *note; an error (the record could not be written) in *error.
    bool next(Lane &lane, std::vector<Lane> &lanes, Range *r, QString *note, Status *error)
    {
        for (;;) {
            if (!lane.retry.empty()) {
                *r = lane.retry.front();
                lane.retry.pop_front();
                return true;
            }
            if (lane.segment >= 0) {
                const qint64 end = segment(lane.segment).end;
                if (lane.cursor < end) {
                    *r = {lane.cursor, qMin(m_chunk, end - lane.cursor), lane.segment};
                    lane.cursor += r->length;
                    return true;
                }
                lane.segment = -1;
            }
            if (!m_todo.empty()) {
                lane.segment = m_todo.front();
                m_todo.pop_front();
                lane.cursor = segment(lane.segment).next;
                lane.fresh = false;
                continue;
            }
            // Any lane that runs out splits (SFTP's splits cost no new connection nor an
            // ABOR, unlike FTP's), so the connections that move faster take more.
            lane.fresh = false;
            Lane *from = nullptr;
            qint64 most = 0;
            for (Lane &other : lanes) {
                if (&other == &lane || other.segment < 0)
                    continue;
                const qint64 ahead = segment(other.segment).end - other.cursor;
                if (ahead > most) {
                    most = ahead;
                    from = &other;
                }
            }
            if (!from || most < 2 * kMinSplit ||
                int(m_record.segments().size()) >= SegmentRecord::kMaxSegments)
                return false;
            const qint64 oldEnd = segment(from->segment).end;
            const qint64 at = from->cursor + (most / 2) / m_chunk * m_chunk;
            if (Status s = m_record.split(m_record.indexOf(from->segment), at); !s) {
                *error = s;
                return false;
            }
            m_acked[at] = at;
            lane.segment = at;
            lane.cursor = at;
            *note = QCoreApplication::translate("ferry::sftp", "Connection %1 takes %2-%3 (split from %4-%5)")
                        .arg(lane.connection)
                        .arg(at)
                        .arg(oldEnd)
                        .arg(from->segment)
                        .arg(oldEnd);
        }
    }

    // The bytes of r are at the destination. *moved: the record changed.
    Status done(const Range &r, bool *moved)
    {
        *moved = false;
        if (r.segment < 0 || r.length <= 0)
            return {};
        qint64 &acked = m_acked[r.segment];
        const qint64 before = acked;
        if (r.offset == acked) {
            acked += r.length;
            auto &early = m_early[r.segment];
            for (auto it = early.find(acked); it != early.end(); it = early.find(acked)) {
                acked = it->second;
                early.erase(it);
            }
        } else if (r.offset > acked) {
            m_early[r.segment][r.offset] = r.offset + r.length;
        }
        if (acked == before)
            return {};
        *moved = true;
        return m_record.advance(m_record.indexOf(r.segment), acked);
    }

    // Bytes no lane has asked for yet.
    qint64 ahead(const std::vector<Lane> &lanes) const
    {
        qint64 n = 0;
        for (const Lane &lane : lanes)
            if (lane.segment >= 0)
                n += segment(lane.segment).end - lane.cursor;
        for (qint64 start : m_todo)
            n += segment(start).end - segment(start).next;
        return n;
    }

    bool allFinished() const
    {
        for (const SegmentRecord::Segment &s : m_record.segments())
            if (!s.finished())
                return false;
        return true;
    }

private:
    const SegmentRecord::Segment &segment(qint64 start) const
    {
        return m_record.segments()[size_t(m_record.indexOf(start))];
    }

    SegmentRecord &m_record;
    qint64 m_chunk;
    std::deque<qint64> m_todo;
    std::map<qint64, qint64> m_acked;
    std::map<qint64, std::map<qint64, qint64>> m_early;
};

// Where each lane's next range comes from, for a download (what it asks for) or an upload
// (what it sends): the segments when the file moves in segments, otherwise one stream of
// `chunk`-sized ranges from `from` to `size`, the tails of short reads (downloads: retry)
// asked again first.
class LaneRanges
{
public:
    LaneRanges(std::optional<Segments> &work, std::vector<Lane> &lanes, qint64 from, qint64 size,
               qint64 chunk, std::function<void(const QString &)> note)
        : m_work(work), m_lanes(lanes), m_next(from), m_size(size), m_chunk(chunk), m_note(std::move(note))
    {}

    // The next range lane moves, or false when it has none left. A split of a segment is
    // told to `note`; when the record cannot be written, *failure gets the error (unless
    // it holds one already) and the answer is false.
    bool next(Lane &lane, Range *r, Status *failure)
    {
        if (m_work) {
            QString note;
            Status error;
            const bool got = m_work->next(lane, m_lanes, r, &note, &error);
            if (!note.isEmpty())
                m_note(note);
            if (!error && *failure)
                *failure = error.error();
            return got && error;
        }
        if (!retry.empty()) {
            *r = retry.front();
            retry.pop_front();
            return true;
        }
        if (m_next >= m_size)
            return false;
        *r = {m_next, qMin(m_chunk, m_size - m_next), -1};
        m_next += r->length;
        return true;
    }

    std::deque<Range> retry; // without segments: tails of short reads, asked again first

private:
    std::optional<Segments> &m_work;
    std::vector<Lane> &m_lanes;
    qint64 m_next; // the next byte any lane moves
    qint64 m_size;
    qint64 m_chunk;
    std::function<void(const QString &)> m_note;
};

// Whether a block is all zero bytes (a hole in a sparse source, most likely).
bool allZero(const char *data, qint64 size)
{
    static const char zeros[4096] = {};
    for (qint64 at = 0; at < size; at += qint64(sizeof zeros)) {
        const qint64 n = qMin<qint64>(qint64(sizeof zeros), size - at);
        if (std::memcmp(data + at, zeros, size_t(n)) != 0)
            return false;
    }
    return true;
}

Error cancelledError()
{
    return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
}

constexpr int kWaitSliceMs = 100; // a wait for replies, between looks at the cancel token
// An upload where more sessions may join blocks in sends to one session for at most this
// long per turn of its loop, so that the other sessions' lanes (and the loss check, and
// sessions that have just logged in) are served.
constexpr qint64 kSendTurnMs = 250;

// Waits until a socket of the lanes' sessions has something to read (or kWaitSliceMs pass).
void waitForSockets(const std::vector<Lane> &lanes)
{
    qintptr fds[16];
    int n = 0;
    for (const Lane &lane : lanes) {
        const qintptr fd = qintptr(ssh_get_fd(ssh_channel_get_session(lane.ch->raw())));
        if (std::find(fds, fds + n, fd) == fds + n && n < 16)
            fds[n++] = fd;
    }
    int error = 0;
    (void)util::platform::waitSockets(fds, n, util::platform::Readable, kWaitSliceMs, &error);
}

// Whether the lane's socket has less than two chunks queued that the kernel has not sent
// (true where the system does not say).
bool socketHasRoom(const Lane &lane, qint64 chunk)
{
    const qint64 queued =
        util::platform::tcpNotSentBytes(qintptr(ssh_get_fd(ssh_channel_get_session(lane.ch->raw()))));
    return queued < 2 * chunk;
}

// Opens path on every lane at once; the first lane's flags may differ (truncate first,
// before any other lane could write).
Status openOnLanes(std::vector<Lane> &lanes, const QByteArray &path, quint32 firstFlags, quint32 flags,
                   const QString &what)
{
    for (size_t i = 0; i < lanes.size(); ++i) {
        std::vector<quint32> ids;
        // The first lane alone, then the rest together.
        const size_t from = i, to = i == 0 ? 1 : lanes.size();
        for (size_t j = from; j < to; ++j) {
            const quint32 id = lanes[j].ch->nextId();
            if (Status s = lanes[j].ch->send(PacketBuilder(fx::Open, id)
                                                 .string(path)
                                                 .u32(j == 0 ? firstFlags : flags)
                                                 .attrs({})
                                                 .take());
                !s)
                return s;
            ids.push_back(id);
        }
        for (size_t j = from; j < to; ++j) {
            Result<Packet> reply = lanes[j].ch->waitFor(ids[j - from]);
            if (!reply)
                return reply.error();
            if (reply->type != fx::Handle)
                return statusError(*reply, what);
            lanes[j].handle = PacketReader(reply->body).string();
        }
        i = to - 1;
    }
    return {};
}

std::vector<Lane> makeLanes(const std::vector<std::shared_ptr<SftpChannel>> &channels, int count,
                            const CancelToken &cancel)
{
    std::vector<Lane> lanes(static_cast<size_t>(count));
    for (size_t i = 0; i < lanes.size(); ++i) {
        lanes[i].ch = channels[i].get();
        lanes[i].ch->setCancelToken(cancel);
    }
    return lanes;
}

// Takes every reply the lanes hold, without waiting, and hands each with the request it
// answers to handle. When none came it waits for the socket, or fails once the server
// has been silent for timeoutMs.
Status collectReplies(std::vector<Lane> &lanes, QDeadlineTimer &idle, int timeoutMs, const QString &stalled,
                      const std::function<Status(const Packet &, const Range &)> &handle,
                      Lane **answered = nullptr)
{
    bool progressed = false;
    for (Lane &lane : lanes) {
        Packet p;
        for (;;) {
            Result<bool> got = lane.ch->poll(&p);
            if (!got)
                return got.error();
            if (!*got)
                break;
            progressed = true;
            Range r;
            if (!lane.take(p.id, &r))
                continue; // a late reply to something abandoned earlier
            if (answered)
                *answered = &lane;
            if (Status s = handle(p, r); !s)
                return s;
        }
    }
    if (progressed)
        idle.setRemainingTime(timeoutMs);
    else if (idle.hasExpired())
        return Error(ErrorKind::Timeout, stalled);
    else if (lanes.size() == 1)
        // One lane: let libssh wait for it. Its read returns only when a whole SSH packet
        // of the channel is in, where a poll of ours first cost a second poll for every
        // 4 KiB libssh reads (strace of a 256 MiB get: 124,901 polls for 67,755 reads).
        return lanes.front().ch->waitForData(kWaitSliceMs);
    else
        waitForSockets(lanes);
    return {};
}

// Every lane's CLOSE is sent before any reply is awaited: one round trip for all of them
// (one CLOSE after another took 2.9 s for 28 lanes at 100 ms, a quarter of a 256 MiB get).
Status closeLanes(std::vector<Lane> &lanes, const QString &name)
{
    Status first;
    auto keep = [&first](Status s) {
        if (!s && first)
            first = std::move(s);
    };
    std::vector<std::pair<Lane *, quint32>> sent;
    for (Lane &lane : lanes) {
        for (const auto &p : lane.pending)
            lane.ch->discard(p.first);
        lane.pending.clear();
        if (lane.handle.isEmpty())
            continue;
        const quint32 id = lane.ch->nextId();
        Status s = lane.ch->send(PacketBuilder(fx::Close, id).string(lane.handle).take());
        lane.handle.clear();
        if (s)
            sent.emplace_back(&lane, id);
        keep(std::move(s));
    }
    for (const auto &[lane, id] : sent) {
        Result<Packet> reply = lane->ch->waitFor(id);
        if (!reply)
            keep(reply.error());
        else if (statusCode(*reply) != fx::Ok)
            keep(statusError(*reply, QCoreApplication::translate("ferry::sftp", "closing %1").arg(name)));
    }
    return first;
}

// What each connection keeps asked for when a download may run over more than one:
// kInFlightRoundTrips round trips (at least kInFlightMs) at the pace it reached in its last
// measured interval, at least what carries 40 MB/s over the round trip (4 MB at 100 ms; and
// four READs). The floors matter: the limit follows the pace, so where the replies take
// longer than the limit's time (a queue at the server, a loaded machine) it shrinks itself:
// with 10 MB/s as the floor two of three 100 ms runs fell to 8-9 MB/s, and with three round
// trips alone a clean 20 ms link fell from 89 to 28 MB/s (replies there take several round
// trips at that pace). Without a limit the first connection's 16
// lanes kept 16 READs of 128 KiB each asked (32 MiB, a second of its 30 MB/s at 100 ms): the other
// connections ran out of ranges to split (only bytes nobody has asked for can move) and idled for that second
// while the first worked through its queue at the server. A fixed 4 MiB was too much under loss (0.5 % at 20
// ms: about 1 MB/s a connection, so a 4 s tail on one of them).
class InFlightLimit
{
public:
    static constexpr double kInFlightRoundTrips = 3;
    static constexpr double kInFlightMs = 250;
    static constexpr double kStartBytesPerSecond = 40e6;

    InFlightLimit(double rttMs, qint64 chunk)
        : m_rttMs(qMax(1.0, rttMs)), m_least(qMax(4 * chunk, qint64(kStartBytesPerSecond * m_rttMs / 1000)))
    {
        m_clock.start();
    }

    void received(int connection, qint64 n) { m_pace[connection].recent += n; }

    // Bytes the connection may have asked for and not received yet.
    qint64 limit(int connection)
    {
        Pace &p = m_pace[connection];
        const qint64 now = m_clock.elapsed();
        const qint64 interval = qMax<qint64>(250, qint64(2 * m_rttMs));
        if (now - p.since >= interval) {
            p.bytesPerMs = double(p.recent) / double(now - p.since);
            p.recent = 0;
            p.since = now;
        }
        return qMax(m_least, qint64(p.bytesPerMs * qMax(kInFlightMs, m_rttMs * kInFlightRoundTrips)));
    }

private:
    struct Pace
    {
        qint64 since = 0, recent = 0;
        double bytesPerMs = 0;
    };
    double m_rttMs;
    qint64 m_least;
    QElapsedTimer m_clock;
    std::map<int, Pace> m_pace;
};

// The debug log's account of a download (QT_LOGGING_RULES="ferry.sftp.sessions.debug=true"):
// every 500 ms the bytes each connection brought since the last line and the requests its
// lanes keep in flight; each connection's first and last byte.
class FlowTrace
{
public:
    FlowTrace() { m_clock.start(); }
    qint64 elapsed() const { return m_clock.elapsed(); }
    void add(int connection, qint64 n)
    {
        Flow &f = m_flows[connection];
        if (f.bytes == 0)
            f.first = m_clock.elapsed();
        f.last = m_clock.elapsed();
        f.bytes += n;
        f.recent += n;
    }
    void tick(const std::vector<Lane> &lanes)
    {
        if (!lcSessions().isDebugEnabled() || m_clock.elapsed() < m_next)
            return;
        const qint64 now = m_clock.elapsed();
        std::map<int, std::pair<int, size_t>> inFlight; // connection: lanes, requests
        for (const Lane &lane : lanes) {
            auto &c = inFlight[lane.connection];
            ++c.first;
            c.second += lane.pending.size();
        }
        QStringList parts;
        for (const auto &[connection, c] : inFlight) {
            Flow &f = m_flows[connection];
            parts << QStringLiteral("c%1 %2 MB/s (%3 lanes, %4 reads)")
                         .arg(connection)
                         .arg(double(f.recent) / 1e3 / qMax<qint64>(1, now - m_last), 0, 'f', 1)
                         .arg(c.first)
                         .arg(c.second);
            f.recent = 0;
        }
        qCDebug(lcSessions, "flow at %lld ms: %s", now, qPrintable(parts.join(QStringLiteral(", "))));
        m_last = now;
        m_next = now + 500;
    }
    void end()
    {
        for (const auto &[connection, f] : m_flows)
            qCDebug(lcSessions, "connection %d: first byte at %lld ms, last at %lld ms, %lld bytes",
                    connection, f.first, f.last, f.bytes);
        qCDebug(lcSessions, "loop ends at %lld ms", m_clock.elapsed());
    }

private:
    struct Flow
    {
        qint64 bytes = 0, recent = 0, first = 0, last = 0;
    };
    QElapsedTimer m_clock;
    qint64 m_next = 0, m_last = 0;
    std::map<int, Flow> m_flows;
};

// More SSH sessions for one file moved in segments: opened at the start on a long link
// (or when forced), or once the first connection shows loss (its kernel counts
// retransmitted segments) while enough of the file is still ahead; their lanes join the
// transfer as each session is ready. Lives on the transfer's thread.
class MoreSessions
{
public:
    using Make = std::function<std::unique_ptr<ExtraSessions>()>;
    using Log = std::function<void(LogKind, const QString &)>;

    // wanted: connections in all (this one included); 1: none more.
    MoreSessions(Make make, int wanted, int limit, bool atOnce, double rttMs, qintptr mainFd, Log log)
        : m_make(std::move(make)), m_wanted(wanted), m_limit(limit), m_atOnce(atOnce), m_rttMs(rttMs),
          m_fd(mainFd), m_log(std::move(log))
    {
        m_clock.start();
    }
    ~MoreSessions()
    {
        if (m_extra)
            m_extra->cancel();
    }

    void begin()
    {
        if (m_wanted > 1 && m_atOnce)
            open(
                qEnvironmentVariableIsSet(kForceVariable)
                    ? QCoreApplication::translate("ferry::sftp", "%1 set").arg(QLatin1String(kForceVariable))
                    : QCoreApplication::translate("ferry::sftp", "round trip %1 ms").arg(m_rttMs, 0, 'f', 1));
        else if (m_wanted > 1) {
            m_baseRetransmits = util::platform::tcpLossEvents(m_fd);
            qCDebug(lcSessions, "watching socket %lld for loss: %lld events so far, %d connections wanted",
                    qint64(m_fd), m_baseRetransmits, m_wanted);
            if (m_reserveAllowed && m_rttMs >= kReserveSessionsRoundTripMs && m_baseRetransmits >= 0) {
                m_reserve = true;
                open(QCoreApplication::translate("ferry::sftp",
                                                 "round trip %1 ms: in reserve until the link shows loss")
                         .arg(m_rttMs, 0, 'f', 1));
            }
        }
    }

    // Whether the sessions log in without carrying anything yet (until loss shows).
    bool inReserve() const { return m_reserve; }
    // Not for the queue's connections (ConnectOptions::slots): sessions held in reserve
    // would keep the site's slots from the queue's other files while carrying nothing.
    void allowReserve(bool allowed) { m_reserveAllowed = allowed; }

    // Opens the sessions when the link shows loss (read at most every kLossCheckMs), while
    // enough of the file is ahead. Cheap between checks: an upload calls it after every
    // WRITE it sends, since a send may block for as long as the socket takes it.
    void checkLoss(qint64 ahead)
    {
        if ((m_extra && !m_reserve) || m_wanted <= 1 || m_atOnce || m_baseRetransmits < 0 ||
            m_clock.elapsed() < m_nextCheckMs)
            return;
        const qint64 at = m_clock.elapsed();
        m_nextCheckMs = at + kLossCheckMs;
        const qint64 now = util::platform::tcpLossEvents(m_fd);
        qCDebug(lcSessions,
                "check at %lld ms (%lld ms since the last): loss events %lld, at the start %lld, threshold "
                "%lld; %lld bytes ahead, at least %lld",
                at, at - m_lastCheckMs, now, m_baseRetransmits, kLossRetransmits, ahead, kMinAhead);
        m_lastCheckMs = at;
        if (now - m_baseRetransmits >= kLossRetransmits && ahead >= kMinAhead) {
            const QString why =
                QCoreApplication::translate("ferry::sftp", "%1 packets lost or sent again on the link")
                    .arg(now - m_baseRetransmits);
            if (m_reserve) {
                m_reserve = false;
                qCDebug(lcSessions, "reserve released at %lld ms", at);
                m_log(LogKind::Status,
                      QCoreApplication::translate("ferry::sftp", "Using the extra SSH connections (%1)")
                          .arg(why));
            } else
                open(why);
        }
    }

    // Passes the opening sessions' log lines on, opens sessions when the link shows loss,
    // and adds a lane for every channel of a session that is ready (fresh: it may split).
    void pump(std::vector<Lane> &lanes, qint64 ahead)
    {
        checkLoss(ahead);
        if (!m_extra)
            return;
        for (const QString &line : m_extra->takeLog())
            m_log(LogKind::Status, line);
        if (m_reserve) // logged in (or logging in), not carrying anything until loss shows
            return;
        for (ExtraSessions::Joined &j : m_extra->takeReady()) {
            m_joined.push_back(std::move(j));
            ExtraSessions::Joined &joined = m_joined.back();
            qCDebug(lcSessions, "connection %d joins at %lld ms with %d channel(s), %lld bytes ahead",
                    joined.number, m_clock.elapsed(), int(joined.channels.size()), ahead);
            for (size_t k = 0; k < joined.channels.size(); ++k) {
                Lane lane;
                lane.ch = joined.channels[k].get();
                lane.handle = joined.handles[k];
                lane.fresh = true;
                lane.connection = joined.number;
                lanes.push_back(std::move(lane));
            }
        }
        if (!m_toldRefusal && m_joined.empty() && m_extra->opening() == 0 && m_extra->refused() > 0) {
            m_toldRefusal = true;
            m_log(LogKind::Warning, refusalText());
        }
    }

    QString refusalText() const
    {
        return QCoreApplication::translate("ferry::sftp", "The server refused more SSH connections (%1): "
                                                          "staying on the channels of one connection")
            .arg(m_extra->lastFailure());
    }

    // At the end of the file: calls off sessions still opening, and passes on what the
    // others logged (a refusal among it).
    void finish()
    {
        if (!m_extra)
            return;
        m_extra->cancel();
        m_extra->wait();
        (void)m_extra->takeReady(); // too late to carry anything: closed here
        for (const QString &line : m_extra->takeLog())
            m_log(LogKind::Status, line);
        if (!m_toldRefusal && m_joined.empty() && m_extra->refused() > 0) {
            m_toldRefusal = true;
            m_log(LogKind::Warning, refusalText());
        }
    }

    // Connections that carried the file: this one and the extra sessions that joined.
    int connections() const { return 1 + int(m_joined.size()); }

    static constexpr const char *kForceVariable = "FERRY_SFTP_SESSIONS";

private:
    void open(const QString &why)
    {
        m_extra = m_make();
        const int started = m_extra->start(m_wanted - 1, m_limit);
        if (started == 0)
            m_log(LogKind::Status, QCoreApplication::translate(
                                       "ferry::sftp", "No more SSH connections (%1): the site's limit of "
                                                      "%2 is reached")
                                       .arg(why)
                                       .arg(m_limit));
        else
            m_log(LogKind::Status,
                  QCoreApplication::translate("ferry::sftp", "Opening %n more SSH connection(s) (%1)",
                                              nullptr, started)
                      .arg(why));
    }

    static constexpr qint64 kLossCheckMs = 250;
    // Loss events that count as loss: one or two may be a tail-loss probe on a clean link.
    static constexpr qint64 kLossRetransmits = 3;
    // Less than this left to move: a new session's login and slow start would not pay.
    static constexpr qint64 kMinAhead = 8 * 1024 * 1024;

    Make m_make;
    int m_wanted;
    int m_limit;
    bool m_atOnce;
    double m_rttMs;
    qintptr m_fd;
    Log m_log;
    QElapsedTimer m_clock;
    qint64 m_nextCheckMs = 0;
    qint64 m_lastCheckMs = 0;
    qint64 m_baseRetransmits = -1;
    bool m_toldRefusal = false;
    bool m_reserve = false; // the extra sessions log in but wait for loss before they join
    bool m_reserveAllowed = true;
    std::unique_ptr<ExtraSessions> m_extra;
    std::deque<ExtraSessions::Joined> m_joined;
};

// A record of an earlier run (at path, for a file of `size`) whose contiguous end is where
// the caller resumes (offset): its segments continue. Anything else there is stale and
// removed; no path, or nothing usable: a closed record.
SegmentRecord earlierRecord(const QString &path, qint64 size, qint64 offset)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    Result<SegmentRecord> earlier = SegmentRecord::open(path, size);
    if (earlier && offset > 0 && earlier->contiguousEnd() == offset)
        return std::move(earlier.value());
    QFile::remove(path);
    return {};
}

} // namespace

int SftpFileSystem::channelsFor(qint64 size, bool upload) const
{
    // Loopback and LAN: one channel; its window is enough when a round trip takes < 5 ms.
    const double bytesInFlight = kTargetBytesPerSecond * (linkRoundTripMs() / 1000.0);
    int n = int(std::ceil(bytesInFlight / (upload ? kUploadBytesPerChannel : kDownloadBytesPerChannel)));
    // Each channel should have at least 4 MiB of the file to itself.
    n = int(qMin<qint64>(n, qMax<qint64>(1, size / (4 * 1024 * 1024))));
    return qBound(1, n, kMaxChannels);
}

int SftpFileSystem::uploadSegments(qint64 bytes) const
{
    // FTP's counts (two from 5 ms, four from 10 ms): at 100 ms four channels beat twelve
    // (13.6-13.9 s against 15.8 s for 256 MiB, one stream 18.4 s; docs/benchmarks.md),
    // since all share one TCP connection and four windows already outrun it.
    SegmentChoice choice;
    choice.rttMs = linkRoundTripMs();
    choice.bytes = bytes;
    choice.limit = m_options.maxConnections;
    choice.forced = forcedSegments("FERRY_SFTP_SEGMENTS");
    choice.minBytes = 8 * 1024 * 1024; // channels of an open session cost no login
    choice.minSegment = 4 * 1024 * 1024;
    return segmentCount(choice);
}

double SftpFileSystem::linkRoundTripMs() const
{
    const double kernel = m_session ? kernelMinRoundTripMs(ssh_get_fd(m_session->handle())) : -1;
    return kernel >= 0 ? kernel : m_rttMs;
}

Result<int> SftpFileSystem::openChannelsUpTo(int count)
{
    Status all = openChannels(count);
    if (all)
        return count;
    if (all.error().kind() == ErrorKind::Cancelled || m_channels.empty())
        return all.error();
    // A server that limits channels per connection (OpenSSH's MaxSessions) refuses the
    // ones past its limit: use what it allows.
    QString refusal = all.error().message();
    while (int(m_channels.size()) < count) {
        auto one = SftpChannel::openMany(m_session, 1, m_cancel, qMax(1, m_options.timeoutSeconds) * 1000);
        if (!one) {
            if (one.error().kind() == ErrorKind::Cancelled)
                return one.error();
            refusal = one.error().message();
            break;
        }
        m_channels.push_back(std::move(one->front()));
    }
    const int open = qMin(count, int(m_channels.size()));
    if (open < count)
        log(LogKind::Warning,
            QCoreApplication::translate("ferry::sftp", "The server refused %1 of %2 SFTP channels: %3")
                .arg(count - open)
                .arg(count)
                .arg(refusal));
    return open;
}

Status SftpFileSystem::openChannels(int count)
{
    if (Status s = ensureConnected(); !s)
        return s;
    const int missing = count - int(m_channels.size());
    if (missing <= 0)
        return {};
    auto more = SftpChannel::openMany(m_session, missing, m_cancel, qMax(1, m_options.timeoutSeconds) * 1000);
    if (!more)
        return more.error();
    for (auto &ch : *more)
        m_channels.push_back(std::move(ch));
    log(LogKind::Status,
        QCoreApplication::translate("ferry::sftp", "%n SFTP channels open", nullptr, int(m_channels.size())));
    return {};
}

int SftpFileSystem::sessionsWanted(bool *atOnce) const
{
    const int limit = sessionLimit();
    *atOnce = true;
    if (const int forced = forcedSegments(MoreSessions::kForceVariable); forced > 0)
        return qMin(forced, limit);
    const double rtt = linkRoundTripMs();
    if (rtt < kLanRoundTripMs)
        return 1; // loopback and LAN: one connection
    *atOnce = rtt >= kManySessionsRoundTripMs;
    return qMin(kSessionsOnLongLinks, limit);
}

int SftpFileSystem::sessionLimit() const
{
    if (m_options.slots) // the queue's pool: its per-site limit, which counts every connection
        return m_options.slots->limit();
    return m_options.maxConnections > 0 ? m_options.maxConnections : kSessionsOnLongLinks;
}

std::unique_ptr<ExtraSessions> SftpFileSystem::extraSessions(const RemotePath &path, quint32 openFlags,
                                                             int channelsEach) const
{
    // The same paths as the first session: known_hosts first (a changed key is refused),
    // then the key this session accepted, pinned; the password it logged in with; nobody
    // to ask (a question fails that session, not the transfer).
    ConnectOptions options = m_options;
    options.acceptNewHostKey = false;
    if (m_session && !m_session->hostKeyFingerprint().isEmpty())
        options.pinnedHostKeys << m_session->hostKeyFingerprint();
    ConnectionSpec spec = m_spec;
    if (m_session && !m_session->passwordUsed().isEmpty()) {
        spec.password = m_session->passwordUsed();
        spec.hasPassword = true;
    }
    return std::make_unique<ExtraSessions>(spec, options, m_countedAs, encode(path), openFlags, channelsEach,
                                           qMax(1, m_options.timeoutSeconds) * 1000);
}

Status SftpFileSystem::downloadFile(const RemotePath &remote, const QString &localPath,
                                    const TransferOptions &options)
{
    Result<FileAttrs> attrs = statAttrs(remote, true);
    if (!attrs)
        return attrs.error();
    if (attrs->type() == EntryType::Dir)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "%1 is a folder").arg(remote.toString()));
    if (!attrs->size)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp", "the server did not tell the size of %1")
                         .arg(remote.toString()));
    const qint64 size = qint64(*attrs->size);
    const qint64 offset = qBound<qint64>(0, options.offset, size);

    const bool withRecord = !options.segmentsPath.isEmpty();
    SegmentRecord record = earlierRecord(options.segmentsPath, size, offset);
    const bool resumed = record.isOpen();
    int unfinished = 0;
    for (const SegmentRecord::Segment &s : record.segments())
        unfinished += s.finished() ? 0 : 1;

    int count = options.channels > 0 ? qMin(options.channels, kMaxChannels) : channelsFor(size - offset);
    bool atOnce = true;
    const int sessions = withRecord && size - offset >= kMinSessionsBytes ? sessionsWanted(&atOnce) : 1;
    if (resumed)
        count = qMax(1, qMin(count, unfinished));
    // The extra sessions start logging in now, while this one opens its channels and the
    // file (at 100 ms those round trips were 0.9 s the others spent waiting).
    const bool inSegments = resumed || (withRecord && (count > 1 || sessions > 1) && offset < size);
    MoreSessions more([&] { return extraSessions(remote, fx::OpenRead, qMax(1, count / qMax(1, sessions))); },
                      inSegments ? sessions : 1, sessionLimit(), atOnce, linkRoundTripMs(),
                      qintptr(ssh_get_fd(m_session->handle())),
                      [this](LogKind kind, const QString &line) { log(kind, line); });
    more.allowReserve(!m_options.slots);
    more.begin();
    qCDebug(lcSessions, "download: opening %d channel(s)", count);
    if (Status s = openChannels(count); !s)
        return s;
    qCDebug(lcSessions, "download: %d channel(s) open", count);

    QFile file(localPath);
    const bool opened = options.localFd >= 0
                            ? file.open(options.localFd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
                            : file.open(options.offset > 0 ? QIODevice::ReadWrite
                                                           : (QIODevice::ReadWrite | QIODevice::Truncate));
    if (!opened)
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::sftp", "cannot write %1: %2")
                                           .arg(localPath, file.errorString()));
    const int fd = file.handle();
    const qint64 freshFrom = file.size(); // bytes from here on are new: holes may stay holes

    // In segments (one per channel; extra sessions split them further) whenever more than
    // one stream may write, so that a resume knows what is in the file.
    bool segmented = resumed;
    if (withRecord && !resumed && (count > 1 || sessions > 1) && offset < size) {
        Result<SegmentRecord> made =
            SegmentRecord::create(options.segmentsPath, size, SegmentRecord::split(offset, size, count));
        if (made) {
            record = std::move(made.value());
            segmented = true;
        } else {
            log(LogKind::Warning, QCoreApplication::translate("ferry::sftp", "Downloading in one stream: %1")
                                      .arg(made.error().message()));
            count = 1;
            more.finish(); // no record: one stream, no more sessions
        }
    }
    if (segmented) {
        QStringList ranges;
        for (const SegmentRecord::Segment &s : record.segments())
            ranges << QStringLiteral("%1-%2%3").arg(s.start).arg(s.end).arg(
                s.next > s.start ? QCoreApplication::translate("ferry::sftp", " (from %1)").arg(s.next)
                                 : QString());
        log(LogKind::Status,
            QCoreApplication::translate(
                "ferry::sftp", resumed
                                   ? QT_TRANSLATE_NOOP("ferry::sftp", "Continuing %1 in %2 segments over %3 "
                                                                      "channels (round trip %4 ms): %5")
                                   : QT_TRANSLATE_NOOP("ferry::sftp", "Downloading %1 in %2 segments over %3 "
                                                                      "channels (round trip %4 ms): %5"))
                .arg(remote.toString())
                .arg(record.segments().size())
                .arg(count)
                .arg(linkRoundTripMs(), 0, 'f', 1)
                .arg(ranges.join(QStringLiteral(", "))));
    } else
        log(LogKind::Status,
            QCoreApplication::translate("ferry::sftp", "Downloading %1 (%2 bytes from %3) over %n channel(s)",
                                        nullptr, count)
                .arg(remote.toString())
                .arg(size)
                .arg(offset));

    std::vector<Lane> lanes = makeLanes(m_channels, count, m_cancel);
    touch();
    if (Status s =
            openOnLanes(lanes, encode(remote), fx::OpenRead, fx::OpenRead,
                        QCoreApplication::translate("ferry::sftp", "opening %1").arg(remote.toString()));
        !s) {
        (void)closeLanes(lanes, remote.toString());
        return s;
    }

    const qint64 chunk = qMin<qint64>(kReadChunk, lanes[0].ch->maxRead);
    std::optional<Segments> work;
    if (segmented)
        work.emplace(record, chunk);
    qint64 done = segmented ? record.doneBytes() : offset;
    const int timeoutMs = qMax(1, m_options.timeoutSeconds) * 1000;
    QDeadlineTimer idle(timeoutMs);
    Status failure;
    auto fail = [&](Error e) {
        if (failure)
            failure = std::move(e);
    };
    if (options.progress)
        options.progress(done, size);
    if (segmented && options.segmentsProgress)
        options.segmentsProgress(record.segments());

    LaneRanges feed(work, lanes, offset, size, chunk,
                    [this](const QString &note) { log(LogKind::Status, note); });
    FlowTrace trace;
    InFlightLimit inFlight(linkRoundTripMs(), chunk);

    while (failure) {
        trace.tick(lanes);
        if (m_cancel.isCancelled()) {
            fail(cancelledError());
            break;
        }
        if (work) {
            more.pump(lanes, work->ahead(lanes));
            for (Lane &lane : lanes)
                if (lane.connection > 1)
                    lane.ch->setCancelToken(m_cancel);
        }
        bool anyPending = false;
        // Once more connections carry the file: what each has asked for and not received
        // yet. Not before: limited from the start (sessions in reserve included) a clean
        // 20 ms link fell from 89.8 to 81.8 MB/s (and to 28 with three round trips as the
        // only floor). The cost: what the first has asked before the others join cannot be
        // split (at 0.5 % loss 16 READs a lane, 10 MiB, ended 5 s after the others).
        const bool limited = work && more.connections() > 1;
        std::map<int, qint64> asked;
        if (limited)
            for (const Lane &lane : lanes)
                for (const auto &p : lane.pending)
                    asked[lane.connection] += p.second.length;
        for (Lane &lane : lanes) {
            Range r;
            const qint64 most = limited ? inFlight.limit(lane.connection) : 0;
            while (failure && lane.pending.size() < kReadsPerLane &&
                   (!limited || asked[lane.connection] < most) && feed.next(lane, &r, &failure)) {
                if (limited)
                    asked[lane.connection] += r.length;
                const quint32 id = lane.ch->nextId();
                if (Status s = lane.ch->send(PacketBuilder(fx::Read, id)
                                                 .string(lane.handle)
                                                 .u64(quint64(r.offset))
                                                 .u32(quint32(r.length))
                                                 .take());
                    !s) {
                    fail(s.error());
                    break;
                }
                lane.pending.emplace_back(id, r);
            }
            anyPending = anyPending || !lane.pending.empty();
        }
        if (!failure || !anyPending)
            break;

        Lane *answered = nullptr;
        const Status got = collectReplies(
            lanes, idle, timeoutMs,
            QCoreApplication::translate("ferry::sftp", "the SFTP server stopped sending %1")
                .arg(remote.toString()),
            [&](const Packet &p, const Range &r) -> Status {
                if (p.type != fx::Data) {
                    if (statusCode(p) == fx::Eof)
                        return Error(ErrorKind::Protocol,
                                     QCoreApplication::translate("ferry::sftp",
                                                                 "%1 became shorter while it was downloaded")
                                         .arg(remote.toString()));
                    return statusError(
                        p, QCoreApplication::translate("ferry::sftp", "reading %1").arg(remote.toString()));
                }
                PacketReader reader(p.body);
                const quint32 n = reader.u32();
                const char *data = p.body.constData() + 4;
                if (reader.failed() || n == 0 || qint64(n) > r.length || qint64(n) + 4 > p.body.size())
                    return Error(ErrorKind::Protocol, QCoreApplication::translate(
                                                          "ferry::sftp", "reading %1: malformed DATA reply")
                                                          .arg(remote.toString()));
                // Zeros past what the local file held at the start stay a hole: the final
                // resize fills it, so sparse files stay sparse and cost no writes.
                qint64 written = (r.offset >= freshFrom && allZero(data, n)) ? qint64(n) : 0;
                while (written < qint64(n)) {
                    int err = 0;
                    const qint64 w = util::platform::writeFileAt(fd, data + written, qint64(n) - written,
                                                                 r.offset + written, &err);
                    if (w <= 0) // no progress and no errno: a full disk
                        return Error(ErrorKind::Local,
                                     QCoreApplication::translate("ferry::sftp", "cannot write %1: %2")
                                         .arg(localPath, util::platform::errorText(w < 0 ? err : ENOSPC)));
                    written += w;
                }
                if (qint64(n) < r.length) {
                    const Range tail{r.offset + n, r.length - n, r.segment};
                    if (answered)
                        answered->retry.push_back(tail);
                    else
                        feed.retry.push_back(tail);
                }
                done += n;
                if (answered) {
                    trace.add(answered->connection, n);
                    inFlight.received(answered->connection, n);
                }
                if (work) {
                    bool moved = false;
                    if (Status s = work->done({r.offset, qint64(n), r.segment}, &moved); !s)
                        return s;
                    if (moved && options.segmentsProgress)
                        options.segmentsProgress(record.segments());
                }
                if (options.progress)
                    options.progress(done, size);
                return {};
            },
            &answered);
        if (!got)
            fail(got.error());
    }
    if (failure && work && !work->allFinished())
        fail(Error(ErrorKind::Network,
                   QCoreApplication::translate("ferry::sftp", "%1: not every segment arrived")
                       .arg(remote.toString())));

    trace.end();
    more.finish();
    Status closed = closeLanes(lanes, remote.toString());
    qCDebug(lcSessions, "lanes closed at %lld ms", trace.elapsed());
    touch();
    if (!failure)
        return failure;
    if (!closed)
        return closed;
    if (const int e = util::platform::resizeFile(fd, size); e != 0)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "cannot set the size of %1: %2")
                         .arg(localPath, util::platform::errorText(e)));
    if (segmented) {
        log(LogKind::Status,
            QCoreApplication::translate("ferry::sftp", "Downloaded %1 in %2 segments over %3 connections")
                .arg(remote.toString())
                .arg(record.segments().size())
                .arg(more.connections()));
        record.remove(); // every byte is in the file
    }
    if (options.preserveMtime && attrs->mtime)
        file.setFileTime(QDateTime::fromSecsSinceEpoch(*attrs->mtime, Qt::UTC),
                         QFileDevice::FileModificationTime);
    file.close();
    return {};
}

Status SftpFileSystem::uploadFile(const QString &localPath, const RemotePath &remote,
                                  const TransferOptions &options)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::sftp", "cannot read %1: %2")
                                           .arg(localPath, file.errorString()));
    const qint64 size = file.size();
    const qint64 offset = qBound<qint64>(0, options.offset, size);

    const bool withRecord = !options.segmentsPath.isEmpty();
    SegmentRecord record = earlierRecord(options.segmentsPath, size, offset);
    const bool resumed = record.isOpen();
    int unfinished = 0;
    for (const SegmentRecord::Segment &s : record.segments())
        unfinished += s.finished() ? 0 : 1;

    int wanted = options.channels > 0 ? qMin(options.channels, kMaxChannels)
                 : withRecord         ? uploadSegments(size - offset)
                                      : channelsFor(size - offset, true);
    if (resumed)
        wanted = qMax(1, qMin(wanted, unfinished));
    Result<int> opened = openChannelsUpTo(wanted);
    if (!opened)
        return opened.error();
    const int count = *opened;
    bool atOnce = true;
    const int sessions = withRecord && size - offset >= kMinSessionsBytes ? sessionsWanted(&atOnce) : 1;
    bool segmented = resumed;
    if (withRecord && !resumed && (count > 1 || sessions > 1) && offset < size) {
        Result<SegmentRecord> made =
            SegmentRecord::create(options.segmentsPath, size, SegmentRecord::split(offset, size, count));
        if (made) {
            record = std::move(made.value());
            segmented = true;
        } else {
            log(LogKind::Warning, QCoreApplication::translate("ferry::sftp", "Uploading in one stream: %1")
                                      .arg(made.error().message()));
        }
    } else if (withRecord && !resumed && wanted > 1 && offset < size) {
        log(LogKind::Status,
            QCoreApplication::translate("ferry::sftp",
                                        "Uploading in one stream: the server refused a second SFTP channel"));
    }
    const int lanesUsed = segmented ? count : (withRecord ? 1 : count);
    if (segmented) {
        QStringList ranges;
        for (const SegmentRecord::Segment &s : record.segments())
            ranges << QStringLiteral("%1-%2%3").arg(s.start).arg(s.end).arg(
                s.next > s.start ? QCoreApplication::translate("ferry::sftp", " (from %1)").arg(s.next)
                                 : QString());
        const char *text =
            resumed ? QT_TRANSLATE_NOOP("ferry::sftp", "Continuing %1 in %2 segments over %3 channels "
                                                       "(round trip %4 ms): %5")
                    : QT_TRANSLATE_NOOP("ferry::sftp", "Uploading %1 in %2 segments over %3 channels "
                                                       "(round trip %4 ms): %5");
        log(LogKind::Status, QCoreApplication::translate("ferry::sftp", text)
                                 .arg(remote.toString())
                                 .arg(record.segments().size())
                                 .arg(lanesUsed)
                                 .arg(linkRoundTripMs(), 0, 'f', 1)
                                 .arg(ranges.join(QStringLiteral(", "))));
    } else {
        log(LogKind::Status,
            QCoreApplication::translate("ferry::sftp", "Uploading %1 (%2 bytes from %3) over %n channel(s)",
                                        nullptr, lanesUsed)
                .arg(remote.toString())
                .arg(size)
                .arg(offset));
    }
    std::vector<Lane> lanes = makeLanes(m_channels, lanesUsed, m_cancel);
    touch();
    const quint32 flags = fx::OpenWrite | fx::OpenCreate;
    if (Status s = openOnLanes(
            lanes, encode(remote), flags | (offset == 0 && !resumed ? quint32(fx::OpenTruncate) : 0u),
            fx::OpenWrite,
            QCoreApplication::translate("ferry::sftp", "opening %1 for writing").arg(remote.toString()));
        !s) {
        (void)closeLanes(lanes, remote.toString());
        return s;
    }

    // Segments: each lane sends one segment from its recorded next byte, then takes the
    // next unfinished one (see Segments; lanes of extra sessions split ranges). A
    // segment's line in the record moves only over bytes the server has acknowledged.
    const qint64 chunk = lanes[0].ch->maxWrite;
    std::optional<Segments> work;
    if (segmented)
        work.emplace(record, chunk);
    MoreSessions more(
        [&] { return extraSessions(remote, fx::OpenWrite, qMax(1, lanesUsed / qMax(1, sessions))); },
        segmented ? sessions : 1, sessionLimit(), atOnce, linkRoundTripMs(),
        qintptr(ssh_get_fd(m_session->handle())),
        [this](LogKind kind, const QString &line) { log(kind, line); });
    more.allowReserve(!m_options.slots);
    more.begin();
    const bool gated = segmented && sessions > 1;
    QByteArray buffer(chunk, Qt::Uninitialized);
    const int fd = file.handle();
    qint64 done = segmented ? record.doneBytes() : offset;
    const int timeoutMs = qMax(1, m_options.timeoutSeconds) * 1000;
    QDeadlineTimer idle(timeoutMs);
    Status failure;
    auto fail = [&](Error e) {
        if (failure)
            failure = std::move(e);
    };
    if (options.progress)
        options.progress(done, size);
    if (segmented && options.segmentsProgress)
        options.segmentsProgress(record.segments());

    LaneRanges feed(work, lanes, offset, size, chunk,
                    [this](const QString &note) { log(LogKind::Status, note); });
    FlowTrace trace;

    while (failure) {
        trace.tick(lanes);
        if (m_cancel.isCancelled()) {
            fail(cancelledError());
            break;
        }
        if (work) {
            more.pump(lanes, work->ahead(lanes));
            for (Lane &lane : lanes)
                if (lane.connection > 1)
                    lane.ch->setCancelToken(m_cancel);
        }
        bool anyPending = false;
        // Where more sessions may join: the time this turn's sends blocked, per session.
        std::map<qintptr, qint64> blockedMs;
        for (Lane &lane : lanes) {
            // Only as much as the server's window takes, so no send blocks while other
            // channels could move.
            // Where more sessions may join, also only while the socket has little queued
            // that the kernel has not sent, and for at most kSendTurnMs of blocked sends
            // per session and turn: a WRITE blocks until the socket takes it, which on a
            // slow (lossy) connection is a fifth of a second per chunk. A turn of every
            // lane's window (four channels, about 15 MB at 0.5 % loss and 20 ms) took
            // 14.6 s, and the loss check ran once in it; the sessions that joined would
            // wait as long for their first WRITE.
            const qintptr socket = qintptr(ssh_get_fd(ssh_channel_get_session(lane.ch->raw())));
            Range r;
            while (failure && lane.pending.size() < kWritesPerLane &&
                   (lane.pending.empty() || lane.ch->remoteWindow() >= quint32(chunk + 64)) &&
                   (!gated || (socketHasRoom(lane, chunk) && blockedMs[socket] < kSendTurnMs)) &&
                   feed.next(lane, &r, &failure)) {
                int err = 0;
                const qint64 got = util::platform::readFileAt(fd, buffer.data(), r.length, r.offset, &err);
                if (got != r.length) {
                    fail(Error(ErrorKind::Local,
                               QCoreApplication::translate("ferry::sftp", "cannot read %1").arg(localPath)));
                    break;
                }
                const quint32 id = lane.ch->nextId();
                const QByteArray header = PacketBuilder(fx::Write, id)
                                              .string(lane.handle)
                                              .u64(quint64(r.offset))
                                              .u32(quint32(r.length))
                                              .take(r.length);
                QElapsedTimer sending;
                sending.start();
                if (Status s = lane.ch->send(header, buffer.constData(), r.length); !s) {
                    fail(s.error());
                    break;
                }
                lane.pending.emplace_back(id, r);
                if (gated) {
                    blockedMs[socket] += sending.elapsed();
                    more.checkLoss(work->ahead(lanes)); // the send may have taken a while
                }
            }
            anyPending = anyPending || !lane.pending.empty();
        }
        if (!failure || !anyPending)
            break;

        const Status got = collectReplies(
            lanes, idle, timeoutMs,
            QCoreApplication::translate("ferry::sftp", "the SFTP server stopped accepting %1")
                .arg(remote.toString()),
            [&](const Packet &p, const Range &r) -> Status {
                if (statusCode(p) != fx::Ok)
                    return statusError(
                        p, QCoreApplication::translate("ferry::sftp", "writing %1").arg(remote.toString()));
                done += r.length;
                if (work) {
                    bool moved = false;
                    if (Status s = work->done(r, &moved); !s)
                        return s;
                    if (moved && options.segmentsProgress)
                        options.segmentsProgress(record.segments());
                }
                if (options.progress)
                    options.progress(done, size);
                return {};
            });
        if (!got)
            fail(got.error());
    }
    if (failure && segmented) {
        for (const SegmentRecord::Segment &s : record.segments()) {
            if (!s.finished()) {
                fail(Error(ErrorKind::Network, QCoreApplication::translate(
                                                   "ferry::sftp", "%1: bytes %2 to %3 were not acknowledged")
                                                   .arg(remote.toString())
                                                   .arg(s.next)
                                                   .arg(s.end)));
                break;
            }
        }
    }

    if (failure && options.preserveMtime) {
        FileAttrs a;
        a.mtime = quint32(util::modificationTimeUtc(QFileInfo(localPath)).toSecsSinceEpoch());
        const quint32 id = lanes[0].ch->nextId();
        Result<Packet> reply =
            lanes[0].ch->request(PacketBuilder(fx::Fsetstat, id).string(lanes[0].handle).attrs(a).take(), id);
        if (!reply)
            fail(reply.error());
        else if (statusCode(*reply) != fx::Ok)
            fail(statusError(
                *reply,
                QCoreApplication::translate("ferry::sftp", "setting the time of %1").arg(remote.toString())));
    }
    more.finish();
    Status closed = closeLanes(lanes, remote.toString());
    touch();
    if (!failure)
        return failure;
    if (!closed)
        return closed;
    if (segmented) {
        log(LogKind::Status,
            QCoreApplication::translate("ferry::sftp", "Uploaded %1 in %2 segments over %3 connections")
                .arg(remote.toString())
                .arg(record.segments().size())
                .arg(more.connections()));
        record.remove(); // every byte is acknowledged: nothing is left to continue
    }
    return {};
}

Result<qint64> SftpFileSystem::downloadTo(const RemotePath &path, qint64 offset, qint64 total,
                                          const LocalSink &sink, const Progress &progress)
{
    Q_UNUSED(total); // downloadFile() asks the server for the size itself
    TransferOptions fast;
    fast.offset = offset;
    fast.preserveMtime = false; // the caller sets it, after its rename
    fast.progress = progress;
    fast.localFd = sink.fd;
    fast.segmentsPath = sink.segmentsPath;
    fast.segmentsProgress = sink.segmentsProgress;
    if (Status s = downloadFile(path, sink.path, fast); !s)
        return s.error();
    // What is there now past the offset is what came (downloadFile truncates to the size).
    util::platform::FileStatus info;
    if (const int e = util::platform::statFile(sink.fd, &info); e != 0)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "cannot read the size of %1: %2")
                         .arg(sink.path, util::platform::errorText(e)));
    return info.size - offset;
}

Result<SftpFileSystem::UploadDone> SftpFileSystem::uploadFrom(const LocalSource &source,
                                                              const RemotePath &path, const UploadPlan &plan,
                                                              const Progress &progress)
{
    if (!source.fileAtPath) // a stream (an archive member): the generic loop reads it
        return RemoteFileSystem::uploadFrom(source, path, plan, progress);
    TransferOptions fast;
    fast.offset = plan.offset;
    fast.preserveMtime = false; // checkUpload() sets it, once the size is right, like every protocol
    fast.progress = progress;
    fast.segmentsPath = plan.segmentsPath;
    fast.segmentsProgress = plan.segmentsProgress;
    if (Status s = uploadFile(source.path, path, fast); !s)
        return s.error();
    UploadDone done;
    done.transferred = plan.total - plan.offset;
    auto check = checkUpload(path, plan.total, plan.utc);
    if (!check)
        return check.error();
    done.check = *check;
    return done;
}

Status SftpFileSystem::uploadFiles(const QList<UploadItem> &items, bool preserveMtime,
                                   const Progress &progress)
{
    if (Status s = ensureConnected(); !s)
        return s;
    SftpChannel &ch = *m_channels[0];
    ch.setCancelToken(m_cancel);
    touch();

    enum Kind
    {
        Open,
        Write,
        Setstat,
        Close
    };
    struct Job
    {
        qsizetype item;
        QByteArray data;
        quint32 mtime = 0;
        int outstanding = 0;
    };
    QHash<quint32, std::pair<qsizetype, Kind>> requests;
    QHash<qsizetype, Job> jobs;
    QList<qsizetype> large;
    qint64 total = 0;
    for (const UploadItem &item : items)
        total += QFileInfo(item.localPath).size();
    qint64 done = 0;
    qint64 bytesInFlight = 0;
    qsizetype nextItem = 0;
    Status failure;
    auto fail = [&](Error e) {
        if (failure)
            failure = std::move(e);
    };

    for (;;) {
        if (m_cancel.isCancelled())
            fail(cancelledError());
        while (failure && jobs.size() < kFilesInFlight && bytesInFlight < kBytesInFlight &&
               nextItem < items.size()) {
            const qsizetype index = nextItem++;
            const UploadItem &item = items.at(index);
            QFile f(item.localPath);
            if (f.size() > kSmallFileLimit) {
                large.append(index);
                continue;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                fail(Error(ErrorKind::Local, QCoreApplication::translate("ferry::sftp", "cannot read %1: %2")
                                                 .arg(item.localPath, f.errorString())));
                break;
            }
            Job job{index, f.readAll(), 0, 1};
            bytesInFlight += job.data.size();
            job.mtime = quint32(util::modificationTimeUtc(QFileInfo(f)).toSecsSinceEpoch());
            const quint32 id = ch.nextId();
            if (Status s = ch.send(PacketBuilder(fx::Open, id)
                                       .string(encode(item.remotePath))
                                       .u32(fx::OpenWrite | fx::OpenCreate | fx::OpenTruncate)
                                       .attrs({})
                                       .take());
                !s) {
                fail(s.error());
                break;
            }
            requests.insert(id, {index, Open});
            jobs.insert(index, std::move(job));
        }
        if (requests.isEmpty())
            break;
        Result<Packet> reply = ch.next();
        if (!reply)
            return reply.error(); // the channel is unusable; nothing left to tidy up
        const auto found = requests.find(reply->id);
        if (found == requests.end())
            continue;
        // Not a structured binding: clang 14 cannot capture those in the lambda below.
        const auto index = found.value().first;
        const auto kind = found.value().second;
        requests.erase(found);
        Job &job = jobs[index];
        --job.outstanding;
        const QString remoteName = items.at(index).remotePath.toString();
        auto send = [&](const QByteArray &packet, quint32 id, Kind k, const char *data = nullptr,
                        qsizetype size = 0) {
            if (Status s = ch.send(packet, data, size); !s) {
                fail(s.error());
                return;
            }
            requests.insert(id, {index, k});
            ++job.outstanding;
        };
        if (kind == Open) {
            if (reply->type != fx::Handle) {
                fail(statusError(
                    *reply,
                    QCoreApplication::translate("ferry::sftp", "opening %1 for writing").arg(remoteName)));
            } else if (failure) {
                // OPEN, WRITEs, FSETSTAT and CLOSE go out together; the server runs them in order.
                const QByteArray handle = PacketReader(reply->body).string();
                const qint64 chunk = ch.maxWrite;
                for (qint64 off = 0; off < job.data.size() && failure; off += chunk) {
                    const qint64 len = qMin(chunk, job.data.size() - off);
                    const quint32 id = ch.nextId();
                    send(PacketBuilder(fx::Write, id)
                             .string(handle)
                             .u64(quint64(off))
                             .u32(quint32(len))
                             .take(len),
                         id, Write, job.data.constData() + off, len);
                }
                if (preserveMtime && failure) {
                    FileAttrs a;
                    a.mtime = job.mtime;
                    const quint32 id = ch.nextId();
                    send(PacketBuilder(fx::Fsetstat, id).string(handle).attrs(a).take(), id, Setstat);
                }
                const quint32 id = ch.nextId();
                send(PacketBuilder(fx::Close, id).string(handle).take(), id, Close);
            } else {
                const quint32 id = ch.nextId();
                send(PacketBuilder(fx::Close, id).string(PacketReader(reply->body).string()).take(), id,
                     Close);
            }
        } else if (statusCode(*reply) != fx::Ok) {
            fail(statusError(*reply,
                             QCoreApplication::translate("ferry::sftp", "uploading %1").arg(remoteName)));
        } else if (kind == Close && failure) {
            done += job.data.size();
            if (progress)
                progress(done, total);
        }
        if (job.outstanding == 0) {
            bytesInFlight -= job.data.size();
            jobs.remove(index);
        }
    }
    if (!failure)
        return failure;

    for (qsizetype index : large) {
        TransferOptions options;
        options.preserveMtime = preserveMtime;
        const qint64 base = done;
        if (progress)
            options.progress = [&](qint64 d, qint64) {
                progress(base + d, total);
            };
        if (Status s = uploadFile(items.at(index).localPath, items.at(index).remotePath, options); !s)
            return s;
        done += QFileInfo(items.at(index).localPath).size();
    }
    return {};
}

} // namespace ferry::sftp
