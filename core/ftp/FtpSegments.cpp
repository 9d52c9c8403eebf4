// FtpFileSystem's segmented downloads: one large file over several connections at once.
//
// Why: one TCP stream carries at most its window per round trip, so on a long link a
// single RETR stays far below the line's speed (at 20 ms curl's one stream reached 140
// MB/s where lftp's `pget -n 4` reached 250). Each extra connection adds a window.
//
// How (as lftp's pget): this connection starts at once on the whole rest of the file
// (a fresh download) or on the first unfinished segment (a resume) while up to three
// siblings log in on threads of their own (new logins with the same user, password and
// options, three round trips shorter than a first login, used only there). A connection
// that is ready, or has finished its range, takes an unfinished segment nobody fetches,
// else (one that has just logged in) the back of the range still ahead of another
// connection that would end last (when each part is at least kMinSplit; a connection done
// with its range only when that range is far from its end: lateSplit, with loss): that range now ends where
// the new one begins, and the record says so before the new one fetches a byte. A segment is REST START +
// RETR, read up to its end (re-read before every chunk: it may have been split meanwhile; a split never cuts
// into the chunk being read), then ABOR (or, for the file's last range, the server's own end of file and
// 226), written at its offset through sink.fd. After every chunk the segment's line in the SegmentRecord says
// how far it has come (the data first), so a resume (FileCopy passes the record's contiguous end as the
// offset) continues every segment, with no hole and nothing fetched twice. Progress reports go to the
// caller's callback one at a time, from whichever thread fetched the chunk, so a speed limit paid there holds
// them all back. Sibling log lines are passed on by this thread, tagged with the sibling's number. This
// connection stays usable afterwards (its last segment ended by 226 or by an ABOR that brought it back in
// step); siblings log out, and those still logging in when nothing is left to split are called off. For
// ferry-cli's get on a long link the siblings are started with this connection's login instead
// (startEarlySiblings, EarlySiblings): logged in and with a passive port by the time the
// download begins, they are its first siblings.

#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <QScopeGuard>
#include <utility>
#include <vector>

#include "FtpChecksum.h"
#include "FtpControlChannel.h"
#include "remote/ConnectionSlots.h"
#include "remote/SegmentPlan.h"
#include "remote/SegmentRecord.h"
#include "trust/CertificateStore.h"
#include "util/PlatformFile.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

constexpr qint64 kChunk = 256 * 1024;
// A range is split only when both halves get at least this much: a new range costs a
// data connection (its slow start) and an ABOR on the one it is taken from.
constexpr qint64 kMinSplit = 8 * 1024 * 1024;
// What a joining connection is behind the one it takes a range from, in round trips of
// that one's pace so far: its REST + RETR and data connection and its slow start (about
// 0.14 s at 20 ms) while the other speeds up. At the join the other is itself still in
// slow start (0.2-0.8 MiB fetched in 0.1 s at 20 ms), its pace so far about a twentieth
// of what it reaches, hence 100 rather than the 5-7 round trips of full pace it stands for.
// Measured at 20 ms (docs/benchmarks.md, 2026-12-08): 4 gave halves (1.05-1.08x lftp),
// 50 1.09x, 100 1.12-1.13x. FERRY_FTP_JOIN_RTTS=N overrides it (measurements).
constexpr double kJoinRoundTrips = 100;
// A connection done with its range takes the back of another's only when that one would
// still need at least this many round trips at its pace (with loss, ranges of the same
// size end seconds apart: at 20 ms and 0.5 % loss one ended at 10.6 s, another at 20.4;
// without loss they end within a few round trips of each other, and a late range's new
// data connection in slow start and the other's ABOR cost more than they save).
constexpr double kLateRoundTrips = 40;
// What such a late joiner is behind, in round trips at the other's pace (its REST + RETR,
// its data connection, its slow start), and the least it takes.
constexpr double kLateJoinRoundTrips = 6;
constexpr qint64 kLateMinSplit = 1024 * 1024;
constexpr double kLateMinMs = 250; // and never for less than this (short links, a busy machine)

Status writeAt(int fd, const char *data, qint64 size, qint64 at, const QString &path)
{
    while (size > 0) {
        int err = 0;
        const qint64 n = util::platform::writeFileAt(fd, data, size, at, &err);
        if (n <= 0) // no progress and no error: a full disk
            return Error(ErrorKind::Local, QCoreApplication::translate("ferry::ftp", "cannot write %1: %2")
                                               .arg(path, util::platform::errorText(n < 0 ? err : ENOSPC)));
        data += n;
        size -= n;
        at += n;
    }
    return {};
}

// What the connections fetching one file share.
struct Shared
{
    Shared(const RemotePath &p, SegmentRecord &r, const RemoteFileSystem::LocalSink &s, qint64 t,
           const RemoteFileSystem::Progress &pr)
        : path(p), record(r), sink(s), total(t), progress(pr)
    {}

    const RemotePath &path;
    SegmentRecord &record;
    const RemoteFileSystem::LocalSink &sink;
    const qint64 total;
    const RemoteFileSystem::Progress &progress;

    std::atomic<qint64> done{0};                 // bytes in the file
    QElapsedTimer clock;                         // since the first connection began
    std::chrono::steady_clock::time_point began; // the same moment
    std::atomic<bool> failed{false};
    std::vector<CancelToken> siblingTokens; // one per sibling; fired on a failure or a cancel

    std::mutex progressMutex; // the progress callback (it may sleep for a speed limit)

    std::mutex mutex; // guards what follows (held briefly: never around the network)
    std::condition_variable changed;
    // Per segment, by its start (which never changes): who fetches it, and the end of the
    // chunk being read (a split never goes below it).
    struct Claim
    {
        int by = 0; // the connection's number; 0: nobody
        qint64 reserved = 0;
    };
    std::map<qint64, Claim> claims;
    // The range a split would take from: the one that would end last.
    struct Candidate
    {
        int index = -1; // in the record; -1: none
        qint64 from = 0, left = 0;
        double rate = 0, end = -1;
        void offer(int i, qint64 f, qint64 l, double r, double e)
        {
            if (e > end)
                *this = Candidate{i, f, l, r, e};
        }
    };
    bool nothingToSplit = false; // set once: ranges only shrink
    std::vector<bool> working;   // per sibling: logged in and fetching
    std::optional<Error> error;
    std::vector<std::pair<LogKind, QString>> logs;
    int connectsDone = 0;
    int connectsFailed = 0;
    QString refusal;
    int finished = 0;
    int splits = 0;
    std::set<int> connectionsUsed;
    // Per connection (by its number): when it had logged in, read its first byte and its
    // last, in ms since `clock` began (-1: not yet), for the log line at the end.
    static constexpr qint64 kNotYet = std::numeric_limits<qint64>::min();
    struct Timing
    {
        qint64 loggedIn = kNotYet; // negative: before the download began (an early login)
        qint64 firstByte = -1;
        qint64 lastByte = -1;
        qint64 bytes = 0; // fetched so far
    };
    double rttMs = 0; // the control connection's round trip
    double joinRoundTrips = kJoinRoundTrips;

    // Connection by's pace so far in bytes per ms (from its first byte); 0: not known yet.
    double rateOf(int by, qint64 now) const
    {
        const auto it = timings.find(by);
        if (it == timings.end() || it->second.firstByte < 0 || now - it->second.firstByte < 20)
            return 0;
        return double(it->second.bytes) / double(now - it->second.firstByte);
    }

    void fetched(int by, qint64 n)
    {
        std::lock_guard lock(mutex);
        Timing &t = timings[by];
        const qint64 now = clock.elapsed();
        if (t.firstByte < 0)
            t.firstByte = now;
        t.lastByte = now;
        t.bytes += n;
    }
    std::map<int, Timing> timings;

    void fail(const Error &e)
    {
        {
            std::lock_guard lock(mutex);
            if (!error)
                error = e;
        }
        failed = true;
        for (const CancelToken &t : siblingTokens)
            t.cancel();
    }

    // The next segment for connection `by`: the first unfinished one nobody fetches, else,
    // for a connection that has just logged in (`joining`), the back part of the range
    // ahead of another connection that would end last at that connection's pace, sized so
    // both end together: the joiner starts behind (its RETR, its data connection's slow
    // start), so it takes (left - pace x kJoinRoundTrips RTT) / 2, not a half.
    // (Halves left the first connection, split twice, done well before the others: in
    // a 20 ms log it ended at 0.32 s, the joiners at 0.47-0.55 s.) Its start; -1: none.
    // A connection done with its range splits another's only when that one is far from
    // its end (lateSplit: with loss; without, such late splits, each a new data connection
    // in slow start and an ABOR, sometimes cost more than they saved at 20 ms).
    qint64 take(int by, bool joining)
    {
        std::lock_guard lock(mutex);
        if (failed)
            return -1;
        const std::vector<SegmentRecord::Segment> &segments = record.segments();
        for (const SegmentRecord::Segment &s : segments) {
            Claim &c = claims[s.start];
            if (!s.finished() && c.by == 0) {
                c.by = by;
                c.reserved = s.next;
                connectionsUsed.insert(by);
                return s.start;
            }
        }
        const qint64 now = clock.elapsed();
        if (!joining)
            return lateSplit(by, now);
        // Paces known so far; a connection not yet measured is taken at their mean.
        double known = 0;
        int measured = 0;
        for (const auto &[start, claim] : claims) {
            if (const double r = rateOf(claim.by, now); r > 0) {
                known += r;
                ++measured;
            }
        }
        const double meanRate = measured > 0 ? known / measured : 0;
        Candidate best;
        for (int i = 0; i < int(segments.size()); ++i) {
            const SegmentRecord::Segment &s = segments[size_t(i)];
            const qint64 from = qMax(s.next, claims[s.start].reserved);
            const qint64 left = s.end - from;
            if (left < 2 * kMinSplit)
                continue; // too little to split: another range may still be worth it
            double rate = rateOf(claims[s.start].by, now);
            if (rate <= 0)
                rate = meanRate;
            // Without any pace known, the largest range ends last.
            best.offer(i, from, left, rate, rate > 0 ? double(left) / rate : double(left));
        }
        if (best.index < 0 || best.left < 2 * kMinSplit ||
            int(segments.size()) >= SegmentRecord::kMaxSegments) {
            nothingToSplit = true;
            return -1;
        }
        const qint64 at =
            best.from + best.left - joinShare(best.left, best.rate, rttMs * joinRoundTrips, kMinSplit);
        const qint64 start = splitFor(by, best.index, at);
        if (start < 0)
            nothingToSplit = true;
        return start;
    }

    // For connection `by`, done with its range: the back of the range ahead of another
    // connection that would end last, when that is at least kLateRoundTrips away at that
    // connection's pace, sized so both end together. Its start; -1: none. (Under mutex.)
    qint64 lateSplit(int by, qint64 now)
    {
        const std::vector<SegmentRecord::Segment> &segments = record.segments();
        if (int(segments.size()) >= SegmentRecord::kMaxSegments || rttMs <= 0)
            return -1;
        Candidate best;
        for (int i = 0; i < int(segments.size()); ++i) {
            const SegmentRecord::Segment &s = segments[size_t(i)];
            const Claim &c = claims[s.start];
            if (s.finished() || c.by == 0 || c.by == by)
                continue;
            const double rate = rateOf(c.by, now);
            if (rate <= 0)
                continue;
            const qint64 from = qMax(s.next, c.reserved);
            const qint64 left = s.end - from;
            best.offer(i, from, left, rate, double(left) / rate);
        }
        if (best.index < 0 || best.end < qMax(kLateMinMs, kLateRoundTrips * rttMs))
            return -1;
        const qint64 behind = qint64(best.rate * rttMs * kLateJoinRoundTrips);
        if ((best.left - behind) / 2 < kLateMinSplit)
            return -1;
        return splitFor(by, best.index,
                        best.from + best.left -
                            joinShare(best.left, best.rate, rttMs * kLateJoinRoundTrips, kLateMinSplit));
    }

    // Splits segment `index` at `at` for connection `by` (logged). Its start; -1: failed.
    qint64 splitFor(int by, int index, qint64 at)
    {
        const SegmentRecord::Segment victim = record.segments()[size_t(index)];
        if (Status s = record.split(index, at); !s) {
            logs.emplace_back(LogKind::Warning, s.error().message());
            return -1;
        }
        ++splits;
        claims[at] = Claim{by, at};
        connectionsUsed.insert(by);
        logs.emplace_back(LogKind::Status,
                          QCoreApplication::translate("ferry::ftp",
                                                      "[connection %1] takes bytes %2-%3 (the back of %4-%5, "
                                                      "%6 MiB fetched in %7 s)")
                              .arg(by)
                              .arg(at)
                              .arg(victim.end)
                              .arg(victim.start)
                              .arg(victim.end)
                              .arg(double(done.load()) / (1024.0 * 1024.0), 0, 'f', 1)
                              .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2));
        if (sink.segmentsProgress)
            sink.segmentsProgress(record.segments());
        return at;
    }

    // Where the segment starting at `start` stands: its next byte and its end (-1, -1
    // when gone), with a chunk of up to kChunk from there reserved against splits.
    std::pair<qint64, qint64> reserve(qint64 start)
    {
        std::lock_guard lock(mutex);
        const int i = record.indexOf(start);
        if (i < 0)
            return {-1, -1};
        const SegmentRecord::Segment &s = record.segments()[size_t(i)];
        claims[start].reserved = qMin(s.end, s.next + kChunk);
        return {s.next, s.end};
    }

    // The segment starting at `start` has reached `at` with n more bytes in the file: its
    // line in the record, then the progress reports, one thread at a time.
    Status advance(qint64 start, qint64 at, qint64 n)
    {
        {
            std::lock_guard lock(mutex);
            const int i = record.indexOf(start);
            if (Status s = record.advance(i, at); !s)
                return s;
            if (sink.segmentsProgress)
                sink.segmentsProgress(record.segments());
        }
        std::lock_guard lock(progressMutex);
        const qint64 now = done.fetch_add(n) + n;
        if (progress)
            progress(now, total);
        return {};
    }
};

// Fetches segments on fs (connection number `by`) until none is left or one fails.
// `beforeChunk` runs before every read (the caller's thread passes on logs and cancels).
Status fetchSegments(FtpFileSystem &fs, Shared &sh, int by, const std::function<void()> &beforeChunk)
{
    std::unique_ptr<char[]> buffer(new char[kChunk]);
    for (bool joining = true;; joining = false) {
        const qint64 start = sh.take(by, joining);
        if (start < 0)
            return {};
        const qint64 from = sh.reserve(start).first;
        auto stream = fs.openRead(sh.path, from);
        if (!stream)
            return stream.error();
        qint64 end = sh.total;
        for (;;) {
            if (beforeChunk)
                beforeChunk();
            if (sh.failed) {
                (void)(*stream)->abort();
                return {};
            }
            const auto [at, until] = sh.reserve(start);
            end = until;
            if (at >= end)
                break;
            auto n = (*stream)->read(buffer.get(), qMin(kChunk, end - at));
            if (!n) {
                (void)(*stream)->abort();
                return n.error();
            }
            if (*n == 0) {
                (void)(*stream)->finish();
                return Error(ErrorKind::Network,
                             QCoreApplication::translate("ferry::ftp",
                                                         "%1 ended at byte %2 of %3 (did it change on "
                                                         "the server?)")
                                 .arg(sh.path.toString())
                                 .arg(at)
                                 .arg(sh.total));
            }
            if (Status s = writeAt(sh.sink.fd, buffer.get(), *n, at, sh.sink.path); !s) {
                (void)(*stream)->abort();
                return s;
            }
            if (Status s = sh.advance(start, at + *n, *n); !s) {
                (void)(*stream)->abort();
                return s;
            }
            sh.fetched(by, *n);
        }
        if (end < sh.total) {
            // Its range is done: ABOR brings the control connection back in step.
            if (Status s = (*stream)->abort(); !s)
                return s;
            continue;
        }
        // The file's last range: the server's end of file, then its 226.
        auto n = (*stream)->read(buffer.get(), kChunk);
        if (!n) {
            (void)(*stream)->abort();
            return n.error();
        }
        if (*n > 0) {
            (void)(*stream)->abort();
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp",
                                                     "%1 is longer than the %2 bytes it had (did it "
                                                     "change on the server?)")
                             .arg(sh.path.toString())
                             .arg(sh.total));
        }
        if (Status s = (*stream)->finish(); !s)
            return s;
    }
}

// A sibling connection (number n + 1 of 1 + siblingCount) whose login has ended
// (`connected`, at `loggedIn`): counted, then fetching ranges until none is left; it logs
// out, gives its slot back, and says it has finished.
void runSibling(std::unique_ptr<FtpFileSystem> fs, std::shared_ptr<void> slot, Shared &sh, int n,
                int siblingCount, const Status &connected, std::chrono::steady_clock::time_point loggedIn)
{
    bool run = false;
    {
        std::lock_guard lock(sh.mutex);
        if (connected)
            sh.timings[n + 1].loggedIn =
                std::chrono::duration_cast<std::chrono::milliseconds>(loggedIn - sh.began).count();
        ++sh.connectsDone;
        if (connected) {
            run = !sh.nothingToSplit && !sh.failed;
            sh.working[size_t(n - 1)] = run;
        } else if (connected.error().kind() != ErrorKind::Cancelled) {
            ++sh.connectsFailed;
            if (sh.refusal.isEmpty())
                sh.refusal = connected.error().message();
        }
        if (sh.connectsDone == siblingCount && sh.connectsFailed > 0) {
            sh.logs.emplace_back(LogKind::Warning,
                                 QCoreApplication::translate("ferry::ftp", "%1 of %2 more connections for %3 "
                                                                           "failed: %4")
                                     .arg(sh.connectsFailed)
                                     .arg(siblingCount)
                                     .arg(sh.path.toString(), sh.refusal));
            if (sh.connectsFailed == siblingCount)
                sh.logs.emplace_back(LogKind::Status, QCoreApplication::translate(
                                                          "ferry::ftp", "Downloading in one stream: the "
                                                                        "server refused a second "
                                                                        "connection"));
        }
    }
    if (run) {
        if (Status s = fetchSegments(*fs, sh, n + 1, {}); !s)
            sh.fail(s.error());
    }
    if (connected)
        fs->disconnect();
    fs.reset();
    slot.reset(); // given back once its connection is closed
    std::lock_guard lock(sh.mutex);
    ++sh.finished;
    sh.changed.notify_all();
}

// "START-END, ..."; with where each has come to, for a resume: " (from NEXT)".
QString rangesText(const std::vector<SegmentRecord::Segment> &segments, bool progress = true)
{
    QStringList ranges;
    for (const SegmentRecord::Segment &s : segments)
        ranges << QStringLiteral("%1-%2%3").arg(s.start).arg(s.end).arg(
            progress && s.next > s.start ? QCoreApplication::translate("ferry::ftp", " (from %1)").arg(s.next)
                                         : QString());
    return ranges.join(QStringLiteral(", "));
}

} // namespace

// The extra connections started with this connection's login (startEarlySiblings): each
// on a thread of its own, connecting, sending PASS once this one's was accepted, asking
// for a passive port, then waiting for downloadTo() to take it (`job`, the first
// `adopted` of them) or to be called off.
struct FtpFileSystem::EarlySiblings
{
    std::mutex mutex;
    std::condition_variable changed;
    enum class Login
    {
        Pending,
        Ok,
        Failed
    } login = Login::Pending;
    QString password;                // what the first connection's PASS sent
    bool dismissed = false;          // no download takes those not adopted
    Shared *job = nullptr;           // the download that took them
    int adopted = 0;                 // how many it took (the first ones)
    int jobSiblings = 0;             // its extra connections in all
    std::optional<SiblingOf> of;     // the first connection's FEAT, SYST, PWD
    std::vector<CancelToken> tokens; // one per connection
    std::vector<std::thread> threads;
    int loggedIn = 0; // connections that have logged in
    std::vector<std::pair<LogKind, QString>> logs;
};

void FtpFileSystem::startEarlySiblings()
{
    if (m_siblingOf || m_earlyParent || m_early || m_options.likelyDownloadBytes == 0 || m_options.slots ||
        !m_control)
        return;
    const double rtt = kernelMinRoundTripMs(m_control->descriptor());
    if (rtt < 0)
        return; // not known: nothing to go by (the download decides when the size is known)
    const qint64 bytes = m_options.likelyDownloadBytes > 0 ? m_options.likelyDownloadBytes
                                                           : std::numeric_limits<qint64>::max() / 4;
    const int count = segmentCount(rtt, bytes, m_options.maxConnections) - 1;
    if (count <= 0)
        return;
    auto early = std::make_shared<EarlySiblings>();
    early->tokens.resize(size_t(count));
    log(LogKind::Status, QCoreApplication::translate(
                             "ferry::ftp", "Logging %1 more connections in at once (round trip %2 ms): "
                                           "for a large download")
                             .arg(count)
                             .arg(rtt, 0, 'f', 1));
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<FtpFileSystem> sibling = makeSibling();
        sibling->m_siblingOf.reset();
        sibling->m_earlyParent = early;
        // The thread ends before `early` does: the connection that started it joins it
        // (dismissEarlySiblings) before letting go of it.
        EarlySiblings *e = early.get();
        early->threads.emplace_back([fs = std::move(sibling), e, i]() mutable {
            fs->setCancelToken(e->tokens[size_t(i)]);
            const QString tag = QCoreApplication::translate("ferry::ftp", "[connection %1] ").arg(i + 2);
            fs->setLogSink([e, tag](LogKind kind, const QString &text) {
                std::lock_guard lock(e->mutex);
                e->logs.emplace_back(kind, tag + text);
            });
            Status connected = fs->connect();
            const auto loggedIn = std::chrono::steady_clock::now();
            // Its first range's port asked for now, while it waits (one round trip less
            // once the range comes).
            if (connected) {
                if (Status st = fs->prefetchPassive(); !st)
                    connected = st;
            }
            Shared *job = nullptr;
            int siblingCount = 0;
            std::optional<SiblingOf> of;
            {
                std::unique_lock lock(e->mutex);
                if (connected)
                    ++e->loggedIn;
                e->changed.notify_all();
                e->changed.wait(lock, [e] { return e->dismissed || e->job; });
                if (e->job && i < e->adopted) {
                    job = e->job;
                    siblingCount = e->jobSiblings;
                    of = e->of;
                }
            }
            if (!job) {
                if (connected)
                    fs->disconnect();
                return;
            }
            if (connected && of)
                fs->adoptSiblingOf(*of);
            runSibling(std::move(fs), nullptr, *job, i + 1, siblingCount, connected, loggedIn);
        });
    }
    m_early = std::move(early);
}

void FtpFileSystem::earlyLoginVerdict(bool ok, const QString &password)
{
    if (!m_early)
        return;
    std::lock_guard lock(m_early->mutex);
    if (m_early->login != EarlySiblings::Login::Pending)
        return;
    m_early->login = ok ? EarlySiblings::Login::Ok : EarlySiblings::Login::Failed;
    m_early->password = password;
    m_early->changed.notify_all();
}

bool FtpFileSystem::waitForParentLogin(QString *password)
{
    EarlySiblings *e = m_earlyParent.get();
    std::unique_lock lock(e->mutex);
    while (e->login == EarlySiblings::Login::Pending && !e->dismissed && !m_cancel.isCancelled())
        e->changed.wait_for(lock, std::chrono::milliseconds(50));
    if (e->login != EarlySiblings::Login::Ok || e->dismissed || m_cancel.isCancelled())
        return false;
    *password = e->password;
    return true;
}

void FtpFileSystem::dismissEarlySiblings(bool join)
{
    if (!m_early)
        return;
    {
        std::lock_guard lock(m_early->mutex);
        if (!m_early->dismissed) {
            m_early->dismissed = true;
            if (m_early->login == EarlySiblings::Login::Pending)
                m_early->login = EarlySiblings::Login::Failed;
            for (size_t i = size_t(m_early->adopted); i < m_early->tokens.size(); ++i)
                m_early->tokens[i].cancel();
            m_early->changed.notify_all();
        }
    }
    if (!join)
        return;
    for (std::thread &t : m_early->threads) {
        if (t.joinable())
            t.join();
    }
    m_early.reset();
}

void FtpFileSystem::adoptSiblingOf(const SiblingOf &of)
{
    m_siblingOf = of;
    m_features = of.features;
    m_hashSelected = FtpChecksum::selectedHash(m_features);
    m_system = of.system;
    m_home = of.home;
    if (m_control && m_control->isUtf8() && m_features.utf8())
        m_control->defer(QStringLiteral("OPTS UTF8 ON"), {});
}

Status FtpFileSystem::prefetchPassive()
{
    if (!canPrefetchPassive())
        return {};
    auto epsv = m_control->commandAhead(QStringLiteral("EPSV"));
    if (!epsv)
        return epsv.error();
    keepPrefetchedPassive(*epsv);
    return {};
}

int FtpFileSystem::segmentCount(double rttMs, qint64 bytes, int limit)
{
    SegmentChoice choice;
    choice.rttMs = rttMs;
    choice.bytes = bytes;
    choice.limit = limit;
    choice.forced = forcedSegments("FERRY_FTP_SEGMENTS");
    return remote::segmentCount(choice);
}

std::unique_ptr<FtpFileSystem> FtpFileSystem::makeSibling() const
{
    ConnectionSpec spec = m_spec;
    spec.password = m_loginPassword;
    spec.hasPassword = true;
    ConnectOptions options = m_options;
    options.acceptNewCertificate = false;
    if (m_control && m_control->isEncrypted()) {
        const QSslCertificate cert = m_control->peerCertificate();
        if (!cert.isNull())
            options.trustedCertFingerprints.append(trust::CertificateStore::fingerprint(cert));
    }
    auto sibling = std::make_unique<FtpFileSystem>(std::move(spec), std::move(options), nullptr);
    sibling->m_siblingOf = SiblingOf{m_features, m_system, m_home};
    return sibling;
}

Result<qint64> FtpFileSystem::downloadTo(const RemotePath &path, qint64 offset, qint64 total,
                                         const LocalSink &sink, const Progress &progress)
{
    const auto oneStream = [&] {
        return RemoteFileSystem::downloadTo(path, offset, total, sink, progress);
    };
    // Extra connections started with the login that this download does not take (a small
    // file, one stream) are called off, whichever way it returns.
    const auto callOffEarly = qScopeGuard([this] { dismissEarlySiblings(false); });
    if (sink.fd < 0 || sink.segmentsPath.isEmpty() || total <= 0 || offset >= total)
        return oneStream();

    // A record left by an earlier run whose contiguous end is where FileCopy resumes:
    // continue its segments. Anything else there is stale.
    SegmentRecord record;
    if (QFileInfo::exists(sink.segmentsPath)) {
        Result<SegmentRecord> earlier = SegmentRecord::open(sink.segmentsPath, total);
        if (earlier && earlier->contiguousEnd() == offset)
            record = std::move(earlier.value());
        else
            ::unlink(QFile::encodeName(sink.segmentsPath).constData());
    }
    const bool resumed = record.isOpen();
    const double kernelRtt = kernelMinRoundTripMs(m_control ? m_control->descriptor() : -1);
    const double rtt = kernelRtt >= 0 ? kernelRtt : m_rttMs;
    // On a queue's connection the queue's per-site limit holds, and every more connection
    // takes a slot of it (given back when its thread ends): none free, fewer connections.
    const std::shared_ptr<ConnectionSlots> &slots = m_options.slots;
    int wanted = segmentCount(rtt, total - offset, slots ? slots->limit() : m_options.maxConnections);
    if (!resumed && wanted <= 1)
        return oneStream();
    std::vector<std::shared_ptr<void>> siblingSlots;
    if (slots && wanted > 1) {
        while (int(siblingSlots.size()) < wanted - 1 && slots->tryTakeExtra())
            siblingSlots.push_back(ConnectionSlots::holdExtra(slots));
        if (int(siblingSlots.size()) < wanted - 1)
            log(LogKind::Status,
                QCoreApplication::translate("ferry::ftp", "%1 of %2 more connections for %3: "
                                                          "the site's limit of %4 is reached")
                    .arg(siblingSlots.size())
                    .arg(wanted - 1)
                    .arg(path.toString())
                    .arg(slots->limit()));
        wanted = 1 + int(siblingSlots.size());
        if (!resumed && wanted <= 1)
            return oneStream();
    }
    if (!m_features.restStream()) {
        // One stream from the contiguous end rewrites whatever segments fetched after it.
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "Downloading in one stream: the server does not offer "
                                                      "REST STREAM, which segments need"));
        record.remove();
        return oneStream();
    }
    if (!resumed) {
        // One range to begin with, split as the other connections come.
        Result<SegmentRecord> made =
            SegmentRecord::create(sink.segmentsPath, total, SegmentRecord::split(offset, total, 1));
        if (!made) {
            log(LogKind::Warning, QCoreApplication::translate("ferry::ftp", "Downloading in one stream: %1")
                                      .arg(made.error().message()));
            return oneStream();
        }
        record = std::move(made.value());
    }

    Shared sh(path, record, sink, total, progress);
    for (const SegmentRecord::Segment &s : record.segments())
        sh.claims[s.start] = Shared::Claim{0, s.next};
    const qint64 doneBefore = record.doneBytes();
    sh.done = doneBefore;
    sh.clock.start();
    sh.began = std::chrono::steady_clock::now();
    sh.rttMs = rtt;
    bool given = false;
    if (const double forced = qEnvironmentVariable("FERRY_FTP_JOIN_RTTS").toDouble(&given);
        given && forced >= 0)
        sh.joinRoundTrips = forced;
    const int siblingCount = wanted - 1;
    sh.siblingTokens.resize(size_t(qMax(0, siblingCount)));
    sh.working.assign(size_t(qMax(0, siblingCount)), false);
    // This connection's log lines and the progress reports (made on any thread) go out
    // one at a time: both may write to the same terminal.
    const LogSink parentLog = m_log;
    struct RestoreLog
    {
        LogSink &sink;
        LogSink saved;
        ~RestoreLog() { sink = std::move(saved); }
    } restoreLog{m_log, parentLog};
    if (parentLog) {
        m_log = [&sh, parentLog](LogKind kind, const QString &text) {
            std::lock_guard lock(sh.progressMutex);
            parentLog(kind, text);
        };
    }
    if (sink.segmentsProgress)
        sink.segmentsProgress(record.segments());
    log(LogKind::Status,
        resumed
            ? QCoreApplication::translate(
                  "ferry::ftp",
                  "Continuing %1 in %2 segments over up to %3 connections (round trip %4 ms): %5")
                  .arg(path.toString())
                  .arg(record.segments().size())
                  .arg(wanted)
                  .arg(rtt, 0, 'f', 1)
                  .arg(rangesText(record.segments()))
            : QCoreApplication::translate(
                  "ferry::ftp", "Downloading %1 over up to %2 connections (round trip %3 ms), starting on "
                                "this one at once: %4")
                  .arg(path.toString())
                  .arg(wanted)
                  .arg(rtt, 0, 'f', 1)
                  .arg(rangesText(record.segments())));

    // Connections started with this one's login (logged in by now, or nearly) are the
    // first siblings; they join as the others do.
    int earlyTaken = 0;
    const std::shared_ptr<EarlySiblings> early = m_early;
    if (early) {
        std::lock_guard lock(early->mutex);
        if (!early->dismissed && !early->job) {
            earlyTaken = qMin(int(early->tokens.size()), siblingCount);
            for (int k = 0; k < earlyTaken; ++k)
                sh.siblingTokens[size_t(k)] = early->tokens[size_t(k)];
            early->of = SiblingOf{m_features, m_system, m_home};
            early->jobSiblings = siblingCount;
            early->adopted = earlyTaken;
            early->job = &sh;
            early->changed.notify_all();
        }
    }
    if (earlyTaken > 0)
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "%1 of them logged in with this one").arg(earlyTaken));

    // The siblings log in on their own threads while this one fetches; each holds its slot.
    std::vector<std::thread> threads;
    for (int n = earlyTaken + 1; n <= siblingCount; ++n) {
        // Made here (nothing of it touches a socket before connect()), used only there.
        std::unique_ptr<FtpFileSystem> sibling = makeSibling();
        std::shared_ptr<void> slot =
            n <= int(siblingSlots.size()) ? std::move(siblingSlots[size_t(n - 1)]) : nullptr;
        threads.emplace_back(
            [fs = std::move(sibling), slot = std::move(slot), &sh, n, siblingCount]() mutable {
                fs->setCancelToken(sh.siblingTokens[size_t(n - 1)]);
                const QString tag = QCoreApplication::translate("ferry::ftp", "[connection %1] ").arg(n + 1);
                fs->setLogSink([&sh, tag](LogKind kind, const QString &text) {
                    std::lock_guard lock(sh.mutex);
                    sh.logs.emplace_back(kind, tag + text);
                });
                const Status connected = fs->connect();
                runSibling(std::move(fs), std::move(slot), sh, n, siblingCount, connected,
                           std::chrono::steady_clock::now());
            });
    }
    // Passes the siblings' log lines on (this thread owns the log sink) and a cancel of
    // this connection on to them.
    const auto pump = [this, &sh, &early] {
        std::vector<std::pair<LogKind, QString>> lines;
        if (early) {
            std::lock_guard lock(early->mutex);
            lines.swap(early->logs);
        }
        {
            std::lock_guard lock(sh.mutex);
            lines.insert(lines.end(), sh.logs.begin(), sh.logs.end());
            sh.logs.clear();
        }
        for (const auto &[kind, text] : lines)
            log(kind, text);
        if (m_cancel.isCancelled() && !sh.failed)
            sh.fail(Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled")));
    };

    if (Status s = fetchSegments(*this, sh, 1, pump); !s)
        sh.fail(s.error());
    {
        // Nothing left for this connection: whatever is still logging in would find
        // nothing either (ranges only shrink), so it is called off.
        std::unique_lock lock(sh.mutex);
        sh.nothingToSplit = true;
        for (size_t k = 0; k < sh.working.size(); ++k) {
            if (!sh.working[k])
                sh.siblingTokens[k].cancel();
        }
        while (sh.finished < siblingCount) {
            lock.unlock();
            pump();
            lock.lock();
            sh.changed.wait_for(lock, std::chrono::milliseconds(100));
        }
    }
    for (std::thread &t : threads)
        t.join();
    pump();

    if (sh.error)
        return *sh.error;
    for (const SegmentRecord::Segment &s : record.segments()) {
        if (!s.finished())
            return Error(ErrorKind::Network,
                         QCoreApplication::translate("ferry::ftp", "%1: bytes %2 to %3 were not fetched")
                             .arg(path.toString())
                             .arg(s.next)
                             .arg(s.end));
    }
    for (const auto &[by, t] : sh.timings) {
        if (t.firstByte < 0)
            continue;
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp",
                                        "[connection %1] logged in at %2 s, first byte at %3 s, last at %4 s")
                .arg(by)
                .arg(double(t.loggedIn == Shared::kNotYet ? 0 : t.loggedIn) / 1000.0, 0, 'f', 3)
                .arg(double(t.firstByte) / 1000.0, 0, 'f', 3)
                .arg(double(t.lastByte) / 1000.0, 0, 'f', 3));
    }
    if (record.segments().size() > 1)
        log(LogKind::Status, QCoreApplication::translate(
                                 "ferry::ftp", "Fetched %1 in %2 segments over %3 connections in %4 s: %5")
                                 .arg(path.toString())
                                 .arg(record.segments().size())
                                 .arg(sh.connectionsUsed.size())
                                 .arg(double(sh.clock.elapsed()) / 1000.0, 0, 'f', 2)
                                 .arg(rangesText(record.segments(), false)));
    record.remove();
    return sh.done - doneBefore;
}

} // namespace ferry::ftp
