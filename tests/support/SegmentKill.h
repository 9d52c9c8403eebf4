#pragma once
// The kill-and-resume step the segment tests share (FTP downloads, SFTP uploads and
// downloads over channels or sessions): a `ferry-cli queue run --limit-rate RATE` slowed
// down so that it is surely killed in the middle, killed with SIGKILL once a condition on
// the segment record holds (polled, never a fixed wait), then the record reopened as the
// kill left it, and the bytes it counts compared with the source. Header-only: the test
// fixture library does not link ferry_core; every test that includes this does.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <vector>

#include "Sanitizers.h"
#include "TestUtil.h"
#include "remote/SegmentRecord.h"

namespace ferry::test {

struct SegmentKill
{
    QString why; // empty: killed as asked and the record read
    std::vector<remote::SegmentRecord::Segment> segments;
    bool ok() const { return why.isEmpty(); }
};

// The segments of the record at path for a file of total bytes; empty when it does not open.
inline std::vector<remote::SegmentRecord::Segment> segmentsOf(const QString &path, qint64 total)
{
    auto record = remote::SegmentRecord::open(path, total);
    return record ? record->segments() : std::vector<remote::SegmentRecord::Segment>{};
}

// Runs `ferry-cli queue run --limit-rate rate --parallel 4` (the segments' extra connections
// count against the queue's limit per site, 2 by default) with dataDir as its config and data folder
// and env added; kills it once ready(segments) holds for the record at recordPath()
// (asked again at every poll: an upload's record is found only once it exists) and
// settleMs more have passed; returns that record's segments.
inline SegmentKill
killQueueRun(const QString &dataDir, const QProcessEnvironment &env, const QString &rate,
             const std::function<QString()> &recordPath, qint64 total,
             const std::function<bool(const std::vector<remote::SegmentRecord::Segment> &)> &ready,
             int settleMs = 200)
{
    QProcess run;
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    all.insert(env);
    all.insert(QStringLiteral("FERRY_CONFIG_DIR"), dataDir);
    all.insert(QStringLiteral("FERRY_DATA_DIR"), dataDir);
    run.setProcessEnvironment(all);
    run.start(cliPath(), {QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--limit-rate"),
                          rate, QStringLiteral("--parallel"), QStringLiteral("4")});
    SegmentKill killed;
    killed.why = killWhen(
        run, [&] { return ready(segmentsOf(recordPath(), total)); }, int(60000 * kSanitizerTimeFactor),
        settleMs);
    if (!killed.ok())
        return killed;
    killed.segments = segmentsOf(recordPath(), total);
    if (killed.segments.empty())
        killed.why = QStringLiteral("no record at %1 after the kill").arg(recordPath());
    return killed;
}

// Every segment under way and none finished.
inline bool everySegmentUnderWay(const std::vector<remote::SegmentRecord::Segment> &segments, size_t atLeast)
{
    if (segments.size() < atLeast)
        return false;
    for (const remote::SegmentRecord::Segment &s : segments)
        if (s.next <= s.start || s.finished())
            return false;
    return true;
}

// Whether the bytes each segment counts as done ([start, next)) are the source's in copy;
// empty when they are, else the first that is not.
inline QString keptBytesMatch(const QString &source, const QString &copy,
                              const std::vector<remote::SegmentRecord::Segment> &segments)
{
    QFile src(source), got(copy);
    if (!src.open(QIODevice::ReadOnly) || !got.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1 or %2").arg(source, copy);
    for (const remote::SegmentRecord::Segment &s : segments) {
        if (!src.seek(s.start) || !got.seek(s.start) ||
            src.read(s.next - s.start) != got.read(s.next - s.start))
            return QStringLiteral("bytes %1-%2 differ").arg(s.start).arg(s.next);
    }
    return {};
}

} // namespace ferry::test
