// FtpFileSystem's segmented downloads: one large file over several connections at once.
//
// Why: one TCP stream carries at most its window per round trip, so on a long link a
// single RETR stays far below the line's speed (at 20 ms curl's one stream reached 140
// MB/s where lftp's `pget -n 4` reached 250). Each extra connection adds a window.
//
// How: this connection and up to three siblings (new logins with the same user, password
// and options, made on threads of their own and used only there) take segments from a
// shared list; each segment is REST START + RETR, read up to its end, then ABOR (or, for
// the last one, the server's own end of file and 226), written at its offset through
// sink.fd. After every chunk the segment's line in the SegmentRecord says how far it has
// come (the data first), so a resume (FileCopy passes the record's contiguous end as the
// offset) continues every segment. Progress reports go to the caller's callback one at a
// time, from whichever thread fetched the chunk, so a speed limit paid there holds them
// all back. Sibling log lines are passed on by this thread, tagged with the sibling's
// number. This connection stays usable afterwards (its last segment ended by 226 or by an
// ABOR that brought it back in step); siblings log out.

#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "FtpControlChannel.h"
#include "remote/SegmentPlan.h"
#include "remote/SegmentRecord.h"
#include "trust/CertificateStore.h"
#include "util/PlatformFile.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

constexpr qint64 kChunk = 256 * 1024;

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

    std::vector<int> todo;           // the unfinished segments, in file order
    std::atomic<size_t> nextTodo{0}; // the next one a connection takes
    std::atomic<qint64> done{0};     // bytes in the file
    std::atomic<bool> failed{false};
    CancelToken siblingsCancel; // fired on a failure or the user's cancel

    std::mutex progressMutex;

    std::mutex mutex; // guards what follows
    std::condition_variable changed;
    std::optional<Error> error;
    std::vector<std::pair<LogKind, QString>> logs;
    int connectsDone = 0;
    int finished = 0;
    enum class Go
    {
        Wait,
        Run,
        Quit
    } go = Go::Wait;

    void fail(const Error &e)
    {
        {
            std::lock_guard lock(mutex);
            if (!error)
                error = e;
        }
        failed = true;
        siblingsCancel.cancel();
    }
    // Segment i has reached `at` with n more bytes in the file: its line in the record,
    // then the progress reports, one thread at a time (the record's lines are read whole
    // for the segments' report).
    Status advance(int i, qint64 at, qint64 n)
    {
        std::lock_guard lock(progressMutex);
        if (Status s = record.advance(i, at); !s)
            return s;
        const qint64 now = done.fetch_add(n) + n;
        if (progress)
            progress(now, total);
        if (sink.segmentsProgress)
            sink.segmentsProgress(record.segments());
        return {};
    }
};

// Fetches segments from the shared list on fs until none is left or one fails.
// `beforeChunk` runs before every read (the caller's thread passes on logs and cancels).
Status fetchSegments(FtpFileSystem &fs, Shared &sh, const std::function<void()> &beforeChunk)
{
    std::unique_ptr<char[]> buffer(new char[kChunk]);
    for (;;) {
        const size_t k = sh.nextTodo.fetch_add(1);
        if (k >= sh.todo.size() || sh.failed)
            return {};
        const int i = sh.todo[k];
        const SegmentRecord::Segment segment = sh.record.segments()[size_t(i)];
        auto stream = fs.openRead(sh.path, segment.next);
        if (!stream)
            return stream.error();
        qint64 at = segment.next;
        while (at < segment.end) {
            if (beforeChunk)
                beforeChunk();
            if (sh.failed) {
                (void)(*stream)->abort();
                return {};
            }
            auto n = (*stream)->read(buffer.get(), qMin(kChunk, segment.end - at));
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
            at += *n;
            if (Status s = sh.advance(i, at, *n); !s) {
                (void)(*stream)->abort();
                return s;
            }
        }
        if (segment.end < sh.total) {
            // Its range is done: ABOR brings the control connection back in step.
            if (Status s = (*stream)->abort(); !s)
                return s;
            continue;
        }
        // The last segment: the server's end of file, then its 226.
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

} // namespace

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
    return std::make_unique<FtpFileSystem>(std::move(spec), std::move(options), nullptr);
}

Result<qint64> FtpFileSystem::downloadTo(const RemotePath &path, qint64 offset, qint64 total,
                                         const LocalSink &sink, const Progress &progress)
{
    const auto oneStream = [&] {
        return RemoteFileSystem::downloadTo(path, offset, total, sink, progress);
    };
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
    int unfinished = 0;
    if (resumed) {
        for (const SegmentRecord::Segment &s : record.segments())
            unfinished += s.finished() ? 0 : 1;
    }
    const double kernelRtt = kernelMinRoundTripMs(m_control ? m_control->descriptor() : -1);
    const double rtt = kernelRtt >= 0 ? kernelRtt : m_rttMs;
    int wanted = segmentCount(rtt, total - offset, m_options.maxConnections);
    if (resumed)
        wanted = qMax(1, qMin(wanted, unfinished));
    else if (wanted <= 1)
        return oneStream();
    if (!m_features.restStream()) {
        // One stream from the contiguous end rewrites whatever segments fetched after it.
        log(LogKind::Status,
            QCoreApplication::translate("ferry::ftp", "Downloading in one stream: the server does not offer "
                                                      "REST STREAM, which segments need"));
        record.remove();
        return oneStream();
    }

    // The siblings log in on their own threads while this one waits.
    Shared sh(path, record, sink, total, progress);
    std::vector<std::thread> threads;
    std::vector<Status> connects(size_t(wanted - 1));
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
    for (int n = 1; n < wanted; ++n) {
        // Made here (nothing of it touches a socket before connect()), used only there.
        threads.emplace_back([fs = makeSibling(), &sh, &connects, n]() mutable {
            fs->setCancelToken(sh.siblingsCancel);
            const QString tag = QStringLiteral("[connection %1] ").arg(n + 1);
            fs->setLogSink([&sh, tag](LogKind kind, const QString &text) {
                std::lock_guard lock(sh.mutex);
                sh.logs.emplace_back(kind, tag + text);
            });
            Status connected = fs->connect();
            std::unique_lock lock(sh.mutex);
            connects[size_t(n - 1)] = connected;
            ++sh.connectsDone;
            sh.changed.notify_all();
            sh.changed.wait(lock, [&sh] { return sh.go != Shared::Go::Wait; });
            const bool run = connected && sh.go == Shared::Go::Run;
            lock.unlock();
            if (run) {
                if (Status s = fetchSegments(*fs, sh, {}); !s)
                    sh.fail(s.error());
            }
            if (connected)
                fs->disconnect();
            fs.reset();
            lock.lock();
            ++sh.finished;
            sh.changed.notify_all();
        });
    }
    // Passes the siblings' log lines on (this thread owns the log sink) and a cancel of
    // this connection on to them.
    const auto pump = [this, &sh] {
        std::vector<std::pair<LogKind, QString>> lines;
        {
            std::lock_guard lock(sh.mutex);
            lines.swap(sh.logs);
        }
        for (const auto &[kind, text] : lines)
            log(kind, text);
        if (m_cancel.isCancelled())
            sh.siblingsCancel.cancel();
    };
    // Waits (passing logs and cancels on) until pred holds; the lock is held on return.
    const auto waitFor = [&](std::unique_lock<std::mutex> &lock, const std::function<bool()> &pred) {
        while (!pred()) {
            lock.unlock();
            pump();
            lock.lock();
            sh.changed.wait_for(lock, std::chrono::milliseconds(100));
        }
    };
    const auto joinAll = [&](Shared::Go go) {
        {
            std::unique_lock lock(sh.mutex);
            if (sh.go == Shared::Go::Wait)
                sh.go = go;
            sh.changed.notify_all();
            waitFor(lock, [&] { return sh.finished == int(threads.size()); });
        }
        for (std::thread &t : threads)
            t.join();
        pump();
    };

    int siblings = 0;
    {
        std::unique_lock lock(sh.mutex);
        waitFor(lock, [&] { return sh.connectsDone == int(threads.size()) || m_cancel.isCancelled(); });
    }
    if (m_cancel.isCancelled()) {
        sh.siblingsCancel.cancel();
        joinAll(Shared::Go::Quit);
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::ftp", "cancelled"));
    }
    QString refusal;
    for (const Status &s : connects) {
        if (s)
            ++siblings;
        else if (refusal.isEmpty())
            refusal = s.error().message();
    }
    if (!refusal.isEmpty())
        log(LogKind::Warning,
            QCoreApplication::translate("ferry::ftp", "%1 of %2 more connections for %3 failed: %4")
                .arg(wanted - 1 - siblings)
                .arg(wanted - 1)
                .arg(path.toString(), refusal));
    if (!resumed) {
        if (siblings == 0) {
            joinAll(Shared::Go::Quit);
            log(LogKind::Status,
                QCoreApplication::translate(
                    "ferry::ftp", "Downloading in one stream: the server refused a second connection"));
            return oneStream();
        }
        Result<SegmentRecord> made = SegmentRecord::create(sink.segmentsPath, total,
                                                           SegmentRecord::split(offset, total, siblings + 1));
        if (!made) {
            joinAll(Shared::Go::Quit);
            log(LogKind::Warning, QCoreApplication::translate("ferry::ftp", "Downloading in one stream: %1")
                                      .arg(made.error().message()));
            return oneStream();
        }
        record = std::move(made.value());
    }
    for (int i = 0; i < int(record.segments().size()); ++i) {
        if (!record.segments()[size_t(i)].finished())
            sh.todo.push_back(i);
    }
    const qint64 doneBefore = record.doneBytes();
    sh.done = doneBefore;
    if (sink.segmentsProgress)
        sink.segmentsProgress(record.segments());
    QStringList ranges;
    for (const SegmentRecord::Segment &s : record.segments())
        ranges << QStringLiteral("%1-%2%3").arg(s.start).arg(s.end).arg(
            s.next > s.start ? QCoreApplication::translate("ferry::ftp", " (from %1)").arg(s.next)
                             : QString());
    const char *text = resumed ? QT_TRANSLATE_NOOP("ferry::ftp", "Continuing %1 in %2 segments over %3 "
                                                                 "connections (round trip %4 ms): %5")
                               : QT_TRANSLATE_NOOP("ferry::ftp", "Downloading %1 in %2 segments over %3 "
                                                                 "connections (round trip %4 ms): %5");
    log(LogKind::Status, QCoreApplication::translate("ferry::ftp", text)
                             .arg(path.toString())
                             .arg(record.segments().size())
                             .arg(siblings + 1)
                             .arg(rtt, 0, 'f', 1)
                             .arg(ranges.join(QStringLiteral(", "))));

    {
        std::lock_guard lock(sh.mutex);
        sh.go = Shared::Go::Run;
        sh.changed.notify_all();
    }
    if (Status s = fetchSegments(*this, sh, pump); !s)
        sh.fail(s.error());
    joinAll(Shared::Go::Run);

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
    record.remove();
    return sh.done - doneBefore;
}

} // namespace ferry::ftp
