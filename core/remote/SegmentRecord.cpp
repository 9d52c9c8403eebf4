#include "SegmentRecord.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>

#include <algorithm>
#include <utility>

#include "util/PlatformFile.h"

namespace ferry::remote {

namespace {

// "ferry-segments 1 " + 20 digits + ' ' + 4 digits + '\n'
constexpr qint64 kHeaderSize = 17 + 20 + 1 + 4 + 1;
// three 20-digit numbers, two spaces, '\n'
constexpr qint64 kLineSize = 3 * 20 + 2 + 1;
constexpr int kMaxSegments = SegmentRecord::kMaxSegments;

namespace platform = ferry::util::platform;

// `message`: a whole sentence, %1 the record's path, %2 the system's reason.
Error recordError(const char *message, const QString &path, int err)
{
    return Error(ErrorKind::Local, QCoreApplication::translate("ferry::remote", message)
                                       .arg(path, platform::errorText(err != 0 ? err : ENOSPC)));
}

Error malformed(const QString &path, const QString &why)
{
    return Error(ErrorKind::Local,
                 QCoreApplication::translate("ferry::remote", "the segment record %1 is not usable (%2)")
                     .arg(path, why));
}

} // namespace

SegmentRecord::SegmentRecord(SegmentRecord &&other) noexcept
    : m_path(std::move(other.m_path)), m_fd(std::exchange(other.m_fd, -1)), m_total(other.m_total),
      m_segments(std::move(other.m_segments))
{}

SegmentRecord &SegmentRecord::operator=(SegmentRecord &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            platform::closeFile(m_fd);
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
        m_total = other.m_total;
        m_segments = std::move(other.m_segments);
    }
    return *this;
}

SegmentRecord::~SegmentRecord()
{
    if (m_fd >= 0)
        platform::closeFile(m_fd);
}

QString SegmentRecord::pathFor(const QString &partPath)
{
    return partPath + QStringLiteral(".segments");
}

std::vector<SegmentRecord::Segment> SegmentRecord::split(qint64 from, qint64 total, int count)
{
    std::vector<Segment> out;
    const qint64 span = total - from;
    if (span <= 0 || count < 1)
        return out;
    count = int(qMin<qint64>(count, span));
    for (int i = 0; i < count; ++i) {
        const qint64 start = from + span * i / count;
        const qint64 end = from + span * (i + 1) / count;
        out.push_back({start, end, start});
    }
    return out;
}

Result<SegmentRecord> SegmentRecord::create(const QString &path, qint64 total,
                                            const std::vector<Segment> &segments)
{
    if (segments.empty() || int(segments.size()) > kMaxSegments)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote", "a segment record needs 1 to %1 segments")
                         .arg(kMaxSegments));
    platform::removeFile(path);
    int err = 0;
    const int fd = platform::openFile(
        path, platform::OpenWrite | platform::OpenCreate | platform::OpenExclusive | platform::OpenNoFollow,
        0600, &err);
    if (fd < 0)
        return recordError(QT_TRANSLATE_NOOP("ferry::remote", "cannot create the segment record %1: %2"),
                           path, err);
    SegmentRecord record;
    record.m_path = path;
    record.m_fd = fd;
    record.m_total = total;
    record.m_segments = segments;
    if (Status s = record.writeAll(); !s)
        return s.error();
    return record;
}

Result<SegmentRecord> SegmentRecord::open(const QString &path, qint64 total)
{
    int err = 0;
    const int fd =
        platform::openFile(path, platform::OpenRead | platform::OpenWrite | platform::OpenNoFollow, 0, &err);
    if (fd < 0)
        return recordError(QT_TRANSLATE_NOOP("ferry::remote", "cannot open the segment record %1: %2"), path,
                           err);
    SegmentRecord record;
    record.m_path = path;
    record.m_fd = fd;
    QByteArray text(int(kHeaderSize + kMaxSegments * kLineSize + 1), '\0');
    const qint64 got = platform::readFileAt(fd, text.data(), text.size(), 0, &err);
    if (got < kHeaderSize)
        return malformed(path, QCoreApplication::translate("ferry::remote", "too short"));
    text.truncate(int(got));
    long long fileTotal = -1;
    int count = 0;
    if (std::sscanf(text.constData(), "ferry-segments 1 %20lld %4d\n", &fileTotal, &count) != 2 ||
        text.at(kHeaderSize - 1) != '\n')
        return malformed(path, QCoreApplication::translate("ferry::remote", "no header"));
    if (fileTotal != total)
        return malformed(path,
                         QCoreApplication::translate("ferry::remote", "it is for %1 bytes, the file has %2")
                             .arg(fileTotal)
                             .arg(total));
    if (count < 1 || count > kMaxSegments || got != kHeaderSize + count * kLineSize)
        return malformed(path, QCoreApplication::translate("ferry::remote", "wrong length"));
    record.m_total = total;
    qint64 expectedStart = -1;
    for (int i = 0; i < count; ++i) {
        const char *line = text.constData() + kHeaderSize + i * kLineSize;
        long long start = -1, end = -1, next = -1;
        if (std::sscanf(line, "%20lld %20lld %20lld", &start, &end, &next) != 3 ||
            line[kLineSize - 1] != '\n')
            return malformed(path, QStringLiteral("line %1").arg(i + 2));
        if (start < 0 || end <= start || next < start || next > end ||
            (expectedStart >= 0 && start != expectedStart))
            return malformed(
                path, QCoreApplication::translate("ferry::remote", "line %1 is out of order").arg(i + 2));
        expectedStart = end;
        record.m_segments.push_back({start, end, next});
    }
    if (expectedStart != total)
        return malformed(path, QCoreApplication::translate("ferry::remote",
                                                           "the ranges do not reach the end of the file"));
    return record;
}

qint64 SegmentRecord::contiguousEnd() const
{
    for (const Segment &s : m_segments) {
        if (!s.finished())
            return s.next;
    }
    return m_total;
}

qint64 SegmentRecord::doneBytes() const
{
    qint64 done = m_segments.empty() ? 0 : m_segments.front().start;
    for (const Segment &s : m_segments)
        done += s.next - s.start;
    return done;
}

Status SegmentRecord::advance(int i, qint64 next)
{
    m_segments[size_t(i)].next = next;
    return writeLine(i);
}

Status SegmentRecord::split(int i, qint64 at)
{
    if (i < 0 || i >= int(m_segments.size()))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote", "no segment %1 in %2").arg(i).arg(m_path));
    const Segment s = m_segments[size_t(i)];
    if (at <= s.start || at < s.next || at >= s.end || int(m_segments.size()) >= kMaxSegments)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote", "cannot split %1-%2 (at %3) at %4")
                         .arg(s.start)
                         .arg(s.end)
                         .arg(s.next)
                         .arg(at));
    m_segments[size_t(i)].end = at;
    m_segments.insert(m_segments.begin() + i + 1, Segment{at, s.end, at});
    if (Status written = writeAll(); !written) {
        m_segments.erase(m_segments.begin() + i + 1);
        m_segments[size_t(i)].end = s.end;
        return written;
    }
    return {};
}

int SegmentRecord::indexOf(qint64 start) const
{
    const auto it = std::lower_bound(m_segments.begin(), m_segments.end(), start,
                                     [](const Segment &s, qint64 v) { return s.start < v; });
    return it != m_segments.end() && it->start == start ? int(it - m_segments.begin()) : -1;
}

Status SegmentRecord::writeAll() const
{
    // Header and lines in one buffer, one pwrite: see the header comment.
    QByteArray text(int(kHeaderSize + qint64(m_segments.size()) * kLineSize + 1), '\0');
    char *out = text.data();
    std::snprintf(out, size_t(kHeaderSize + 1), "ferry-segments 1 %020lld %04d\n",
                  static_cast<long long>(m_total), int(m_segments.size()));
    out += kHeaderSize;
    for (const Segment &s : m_segments) {
        std::snprintf(out, size_t(kLineSize + 1), "%020lld %020lld %020lld\n",
                      static_cast<long long>(s.start), static_cast<long long>(s.end),
                      static_cast<long long>(s.next));
        out += kLineSize;
    }
    const qint64 size = text.size() - 1;
    int err = 0;
    if (platform::writeFileAt(m_fd, text.constData(), size, 0, &err) != size)
        return recordError(QT_TRANSLATE_NOOP("ferry::remote", "cannot write the segment record %1: %2"),
                           m_path, err);
    return {};
}

Status SegmentRecord::writeLine(int i) const
{
    const Segment &s = m_segments[size_t(i)];
    char line[kLineSize + 1];
    std::snprintf(line, sizeof line, "%020lld %020lld %020lld\n", static_cast<long long>(s.start),
                  static_cast<long long>(s.end), static_cast<long long>(s.next));
    int err = 0;
    if (platform::writeFileAt(m_fd, line, kLineSize, kHeaderSize + i * kLineSize, &err) != kLineSize)
        return recordError(QT_TRANSLATE_NOOP("ferry::remote", "cannot write the segment record %1: %2"),
                           m_path, err);
    return {};
}

void SegmentRecord::remove()
{
    if (m_fd >= 0) {
        platform::closeFile(m_fd);
        m_fd = -1;
    }
    if (!m_path.isEmpty())
        platform::removeFile(m_path);
}

} // namespace ferry::remote
