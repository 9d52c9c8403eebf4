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
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <map>

#include "SftpChannel.h"
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
constexpr qint64 kBytesInFlight = 32 * 1024 * 1024;

struct Range
{
    qint64 offset;
    qint64 length;
    int segment = -1; // uploads in segments: the SegmentRecord line it counts for
};

struct Lane
{
    SftpChannel *ch = nullptr;
    QByteArray handle;
    std::deque<std::pair<quint32, Range>> pending;
    int segment = -1;  // uploads in segments: the segment this lane sends
    qint64 cursor = 0; // its next byte to send

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

// Waits until the session's socket has something to read (or kWaitSliceMs pass).
void waitForSocket(SftpChannel &any)
{
    int error = 0;
    (void)util::platform::waitSocket(qintptr(ssh_get_fd(ssh_channel_get_session(any.raw()))),
                                     util::platform::Readable, kWaitSliceMs, &error);
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
                      const std::function<Status(const Packet &, const Range &)> &handle)
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
        waitForSocket(*lanes[0].ch);
    return {};
}

Status closeLanes(std::vector<Lane> &lanes, const QString &name)
{
    Status first;
    for (Lane &lane : lanes) {
        for (const auto &p : lane.pending)
            lane.ch->discard(p.first);
        lane.pending.clear();
        if (!lane.handle.isEmpty()) {
            Status s = closeHandle(*lane.ch, lane.handle, name);
            lane.handle.clear();
            if (!s && first)
                first = s;
        }
    }
    return first;
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
    const int count =
        options.channels > 0 ? qMin(options.channels, kMaxChannels) : channelsFor(size - offset);
    if (Status s = openChannels(count); !s)
        return s;

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
    qint64 next = offset;
    qint64 done = offset;
    std::deque<Range> retry; // tails of short reads, asked again first
    const int timeoutMs = qMax(1, m_options.timeoutSeconds) * 1000;
    QDeadlineTimer idle(timeoutMs);
    Status failure;
    auto fail = [&](Error e) {
        if (failure)
            failure = std::move(e);
    };
    if (options.progress)
        options.progress(done, size);

    while (failure) {
        if (m_cancel.isCancelled()) {
            fail(cancelledError());
            break;
        }
        bool anyPending = false;
        for (Lane &lane : lanes) {
            while (lane.pending.size() < kReadsPerLane && (!retry.empty() || next < size)) {
                Range r;
                if (!retry.empty()) {
                    r = retry.front();
                    retry.pop_front();
                } else {
                    r = {next, qMin(chunk, size - next)};
                    next += r.length;
                }
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
                if (qint64(n) < r.length)
                    retry.push_back({r.offset + n, r.length - n});
                done += n;
                if (options.progress)
                    options.progress(done, size);
                return {};
            });
        if (!got)
            fail(got.error());
    }

    Status closed = closeLanes(lanes, remote.toString());
    touch();
    if (!failure)
        return failure;
    if (!closed)
        return closed;
    if (const int e = util::platform::resizeFile(fd, size); e != 0)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "cannot set the size of %1: %2")
                         .arg(localPath, util::platform::errorText(e)));
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

    // A record of an earlier run whose contiguous end is where the caller resumes:
    // continue its segments. Anything else there is stale.
    const bool withRecord = !options.segmentsPath.isEmpty();
    SegmentRecord record;
    if (withRecord && QFileInfo::exists(options.segmentsPath)) {
        Result<SegmentRecord> earlier = SegmentRecord::open(options.segmentsPath, size);
        if (earlier && offset > 0 && earlier->contiguousEnd() == offset)
            record = std::move(earlier.value());
        else
            ::unlink(QFile::encodeName(options.segmentsPath).constData());
    }
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
    bool segmented = resumed;
    if (withRecord && !resumed && count > 1) {
        Result<SegmentRecord> made =
            SegmentRecord::create(options.segmentsPath, size, SegmentRecord::split(offset, size, count));
        if (made) {
            record = std::move(made.value());
            segmented = true;
        } else {
            log(LogKind::Warning, QCoreApplication::translate("ferry::sftp", "Uploading in one stream: %1")
                                      .arg(made.error().message()));
        }
    } else if (withRecord && !resumed && wanted > 1) {
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
    // next unfinished one. A segment's line in the record moves only over bytes the server
    // has acknowledged, contiguously from its start (acks that come early wait in `early`).
    std::vector<int> todo;
    size_t nextTodo = 0;
    std::vector<qint64> acked;
    std::vector<std::map<qint64, qint64>> early;
    if (segmented) {
        for (int i = 0; i < int(record.segments().size()); ++i) {
            acked.push_back(record.segments()[size_t(i)].next);
            if (!record.segments()[size_t(i)].finished())
                todo.push_back(i);
        }
        early.resize(acked.size());
    }

    const qint64 chunk = lanes[0].ch->maxWrite;
    QByteArray buffer(chunk, Qt::Uninitialized);
    const int fd = file.handle();
    qint64 next = offset; // without segments: the next byte any lane sends
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

    // The next range lane may send, or false when it has none left.
    auto nextRange = [&](Lane &lane, Range *r) {
        if (!segmented) {
            if (next >= size)
                return false;
            *r = {next, qMin(chunk, size - next), -1};
            next += r->length;
            return true;
        }
        while (lane.segment < 0 || lane.cursor >= record.segments()[size_t(lane.segment)].end) {
            if (nextTodo >= todo.size())
                return false;
            lane.segment = todo[nextTodo++];
            lane.cursor = record.segments()[size_t(lane.segment)].next;
        }
        const qint64 end = record.segments()[size_t(lane.segment)].end;
        *r = {lane.cursor, qMin(chunk, end - lane.cursor), lane.segment};
        lane.cursor += r->length;
        return true;
    };

    while (failure) {
        if (m_cancel.isCancelled()) {
            fail(cancelledError());
            break;
        }
        bool anyPending = false;
        for (Lane &lane : lanes) {
            // Only as much as the server's window takes, so no send blocks while other
            // channels could move.
            Range r;
            while (failure && lane.pending.size() < kWritesPerLane &&
                   (lane.pending.empty() || lane.ch->remoteWindow() >= quint32(chunk + 64)) &&
                   nextRange(lane, &r)) {
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
                if (Status s = lane.ch->send(header, buffer.constData(), r.length); !s) {
                    fail(s.error());
                    break;
                }
                lane.pending.emplace_back(id, r);
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
                if (r.segment >= 0) {
                    const size_t i = size_t(r.segment);
                    const qint64 before = acked[i];
                    if (r.offset == acked[i]) {
                        acked[i] += r.length;
                        for (auto it = early[i].find(acked[i]); it != early[i].end();
                             it = early[i].find(acked[i])) {
                            acked[i] = it->second;
                            early[i].erase(it);
                        }
                    } else {
                        early[i][r.offset] = r.offset + r.length;
                    }
                    if (acked[i] != before) {
                        if (Status s = record.advance(r.segment, acked[i]); !s)
                            return s;
                        if (options.segmentsProgress)
                            options.segmentsProgress(record.segments());
                    }
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
    Status closed = closeLanes(lanes, remote.toString());
    touch();
    if (!failure)
        return failure;
    if (!closed)
        return closed;
    if (segmented)
        record.remove(); // every byte is acknowledged: nothing is left to continue
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
