#pragma once
// The record of a download fetched in segments (several connections at once, each
// writing its own range of the one partial file): beside the partial file, one fixed-size
// line per segment saying how far it has come, rewritten in place (pwrite) after every
// chunk that reached the file. The data is written before the line that counts it, so
// after a kill (SIGKILL, a crash of the program) every segment continues from bytes that
// are really in the file: at most the one chunk in flight is fetched again, and no hole
// is ever counted as done. A power cut may lose both; the file is not synced.
//
// A range may be split while it is fetched (a connection that joins later takes the back
// half of the largest range still ahead): the record is then rewritten whole, in file
// order, with one pwrite at offset 0. It is at most 4,075 bytes (64 segments), one page,
// so a kill finds it either before or after the split, never in between.
//
// Kept in a small file beside the partial (not in the queue's database) because the CLI's
// own `get` has no queue item, and a write per chunk to SQLite would cost far more than a
// pwrite of 63 bytes; the queue item names the partial file, and the record's name
// follows from it (pathFor).
//
//   ferry-segments 1 TOTAL COUNT
//   START END NEXT        (one per segment: its range [START, END) and the next byte to fetch)

#include <QString>

#include <vector>

#include "base/Result.h"

namespace ferry::remote {

class SegmentRecord
{
public:
    struct Segment
    {
        qint64 start = 0;
        qint64 end = 0;  // one past the last byte
        qint64 next = 0; // the next byte to fetch; == end when finished
        bool finished() const { return next >= end; }
    };

    SegmentRecord() = default;
    SegmentRecord(SegmentRecord &&other) noexcept;
    SegmentRecord &operator=(SegmentRecord &&other) noexcept;
    SegmentRecord(const SegmentRecord &) = delete;
    SegmentRecord &operator=(const SegmentRecord &) = delete;
    ~SegmentRecord();

    // The record of the partial file at partPath: "PART.segments".
    static QString pathFor(const QString &partPath);
    // Splits [from, total) into `count` ranges of about equal size.
    static std::vector<Segment> split(qint64 from, qint64 total, int count);
    // Writes a new record (replacing any) and keeps it open for updates.
    static Result<SegmentRecord> create(const QString &path, qint64 total,
                                        const std::vector<Segment> &segments);
    // Opens an existing record for a file of `total` bytes; an error when it is missing,
    // malformed, for another size, or its ranges do not tile one span up to total.
    static Result<SegmentRecord> open(const QString &path, qint64 total);

    bool isOpen() const { return m_fd >= 0; }
    const QString &path() const { return m_path; }
    qint64 total() const { return m_total; }
    const std::vector<Segment> &segments() const { return m_segments; }
    // Where the fetched bytes stop being contiguous: the first unfinished segment's next
    // byte (total when all are finished). A plain resume from here loses nothing.
    qint64 contiguousEnd() const;
    // Bytes of the file already there: all before the first range, and each range's done part.
    qint64 doneBytes() const;
    // Segment i has reached `next` (its bytes are in the file). Safe to call from
    // several threads for different segments (but not beside split()).
    Status advance(int i, qint64 next);
    // Splits segment i at `at` (its next byte <= at < its end): it ends there, and a new
    // segment [at, its old end) follows it, nothing of it fetched. Shifts the later
    // segments' indices by one. The caller holds every thread off the record meanwhile.
    Status split(int i, qint64 at);
    // The index of the segment starting at `start`; -1 when none does. (A segment's start
    // never changes; its index does, when one before it is split.)
    int indexOf(qint64 start) const;
    static constexpr int kMaxSegments = 64;
    // Closes and deletes the record.
    void remove();

private:
    Status writeLine(int i) const;
    Status writeAll() const;

    QString m_path;
    int m_fd = -1;
    qint64 m_total = 0;
    std::vector<Segment> m_segments;
};

} // namespace ferry::remote
