#pragma once
// What one queue item does on a connection's worker thread: expands a folder into its
// entries, or applies the file-exists rule and copies one file (download, upload, or
// server to server), with speed limits, progress and verification. A plain function of
// the engines it is given; the Scheduler runs it and records the outcome.
//
// Runs on a connection's worker thread; ProgressCell is the only state shared with the
// scheduler's thread.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "LocalFile.h"
#include "QueueItem.h"
#include "base/CancelToken.h"
#include "remote/Interaction.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::transfer {

class ListedAhead;
class RateLimiter;

// Written by the worker after every chunk, read by the scheduler's progress timer.
struct ProgressCell
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
    // Set once the file-exists rule let the copy begin: from then on a new run resumes
    // from the partial copy instead of asking again.
    std::atomic_bool copying{false};

    // A download's partial file, set before its first byte is written: the scheduler
    // records it in the item (ItemOptions::partial), so a later run continues this file
    // and no other.
    void setPartial(const QString &path, const FileIdentity &identity)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_partialPath = path;
        m_partialIdentity = identity;
    }
    // What to record in ItemOptions::partial; empty while none.
    PartialCopy partial() const;
    // An upload's segment record (uploadRecordPath()), set before the copy begins: the
    // scheduler records it in the item (ItemOptions::segmentRecord), so removing the
    // item removes the record.
    void setSegmentRecord(const QString &path)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_segmentRecord = path;
    }
    QString segmentRecord() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_segmentRecord;
    }

    // A file moved in segments: each segment's progress, after every chunk.
    void setSegments(const std::vector<remote::SegmentRecord::Segment> &segments)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_segments = segments;
    }
    std::vector<remote::SegmentRecord::Segment> segments() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_segments;
    }

    // A folder's entries, handed over in parts while a big folder is still being read
    // (the outcome's children are the rest): the scheduler stores them meanwhile, so the
    // first files run early.
    void addFound(QList<QueueItem> &&entries)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_found.isEmpty())
            m_found = std::move(entries);
        else
            m_found.append(std::move(entries));
    }
    QList<QueueItem> takeFound()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return std::exchange(m_found, {});
    }

private:
    mutable std::mutex m_mutex;
    QString m_partialPath;
    FileIdentity m_partialIdentity;
    QString m_segmentRecord;
    QList<QueueItem> m_found;
    std::vector<remote::SegmentRecord::Segment> m_segments;
};

struct TaskContext
{
    RateLimiter *directionLimit = nullptr; // the global download or upload limit
    qint64 itemRate = 0;                   // this transfer's own limit; 0: none
    std::shared_ptr<ProgressCell> progress;
    remote::CancelToken token;
    // Where a question only the user can answer goes (an encrypted archive member's
    // password): the connection's worker, which asks the window or the terminal. Null: not
    // asked (such a member fails as encrypted).
    remote::Interaction *interaction = nullptr;
    // A remote folder's expansion: its listing made ahead, when the scheduler lists the
    // tree over the site's listing connections (Scheduler, ListedAhead); null: listed here.
    std::shared_ptr<ListedAhead> listedAhead;
};

// The target exists and the item says Ask: what the question shows.
struct ExistsQuestion
{
    QString source;
    QString target;
    qint64 sourceSize = -1;
    qint64 targetSize = -1;
    QDateTime sourceTime; // UTC; invalid when unknown
    QDateTime targetTime;
};

struct TaskOutcome
{
    ItemState state = ItemState::Done; // Done or Skipped (Queued with needsAnswer)
    bool needsAnswer = false;          // see question
    ExistsQuestion question;
    QString skipReason;   // why a file was skipped
    QString newLocalPath; // Rename: the name actually written
    QString newRemotePath;
    qint64 size = -1;
    qint64 resumedFrom = 0;
    qint64 transferred = 0;
    QString checksum;          // "size", "SHA-256:<hex>", ...
    QString method;            // Copy: "fxp" or "stream"
    QList<QueueItem> children; // a folder's entries, to replace it in the queue
};

// `fs` is connected to item.site; `target` (Copy only) to item.targetSite.
remote::Result<TaskOutcome> runTask(remote::RemoteFileSystem &fs, remote::RemoteFileSystem *target,
                                    const QueueItem &item, const TaskContext &context);

// Deletes the segment records (SegmentRecord) runs of `item` may have left: a download's
// beside its partial file, an upload's in <data>/segments (the one the item recorded, and
// the names its paths give when they are absolute, for a run killed before it recorded
// one). For an item that is gone: nothing can continue them any more. The partial file
// itself is left alone. Any thread.
void removeSegmentRecords(const QueueItem &item);

// "name (1).ext", "name (2).ext", ... : the first candidate `exists` says is free.
QString renamedCandidate(const QString &name, int n);

// ItemOptions::targetAbsentAt: a folder upload's expansion sets it on the files whose target the remote
// folder did not hold (the expansion made the folder, or its one listing did not name
// them; compared without case; never on dot files), with the time of that look in ms
// since the epoch. Such an item skips the stat of its target and uploads at once, as the
// file-exists rule allows for an absent target. Honoured only on an upload's first run
// (no failed attempt, no copy begun) and while the look is at most kTargetAbsentMaxAgeMs
// old; otherwise the target is asked for again. The race this accepts: a file another
// client creates at that path after the look is replaced (STOR) without the rule
// deciding, as with a stat just before the upload, only over a longer window.
inline constexpr qint64 kTargetAbsentMaxAgeMs = 10 * 60 * 1000;
bool targetKnownAbsent(const QueueItem &item, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ferry::transfer
