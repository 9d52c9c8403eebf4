#pragma once
// The persistent transfer queue: queue.sqlite in the data folder, through Qt Sql.
// Every change is written when it happens (WAL journal, synchronous=NORMAL), so killing
// the process loses nothing that was acknowledged. The schema is versioned with
// PRAGMA user_version and migrated on open. A database that cannot be read is moved
// aside ("queue.sqlite.broken-<UTC time>") and a fresh queue is started; recoveryMessage()
// then says so, for the UI and the CLI to show.
//
// Lives on the thread that opened it (the GUI or the CLI main thread); not thread-safe.
// Workers never touch it: the scheduler records what they report.

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>

#include "QueueDatabase.h"
#include "QueueItem.h"
#include "base/Result.h"

class QSqlQuery;

namespace ferry::transfer {

class TransferQueue
{
public:
    TransferQueue();
    ~TransferQueue(); // closes the database
    TransferQueue(const TransferQueue &) = delete;
    TransferQueue &operator=(const TransferQueue &) = delete;

    // Opens (creating or migrating) the queue at `path`; ":memory:" for a queue that
    // lives only as long as this object (get/put --parallel). Items left Running by a
    // previous process become Queued. A Local error only when even a fresh database
    // cannot be created.
    remote::Status open(const QString &path);
    // The standard location: Paths::dataDir() + "/queue.sqlite".
    static QString defaultPath();
    bool isOpen() const;
    const QString &path() const { return m_path; }
    // Non-empty when open() found a broken database and started a fresh one.
    const QString &recoveryMessage() const { return m_db.recoveryMessage(); }

    // Adds items at the end of their priority (position = last + 1), sets id, created,
    // updated and position in the given items. One transaction: all or nothing.
    remote::Status add(QList<QueueItem> &items);
    // Replaces the folder item `folderId` by its contents, in one transaction per call:
    // the children are added (parentId = folderId, same priority, placed after the
    // folder and after its children stored before, before the items that followed it)
    // and, with `last`, the folder item becomes Done. A large folder goes in parts, each
    // one call, so its first files can run while the rest goes in; a folder whose parts
    // a crash cut short stays unfinished and runs again (childPaths() tells which
    // entries it has already). 100,000 children take well under 2 s.
    remote::Status expand(qint64 folderId, QList<QueueItem> &children, bool last = true);
    // The paths (local for uploads, remote otherwise) of the entries already expanded
    // from `folderId`.
    QSet<QString> childPaths(qint64 folderId) const;

    std::optional<QueueItem> item(qint64 id) const;
    // Every item, in run order (priority descending, then position).
    QList<QueueItem> items() const;
    // The next Queued item in run order that `accept` takes (e.g. its site has a free
    // connection); nullopt when none. Does not change the item.
    std::optional<QueueItem> nextRunnable(const std::function<bool(const QueueItem &)> &accept = {}) const;
    // The walk nextRunnable() makes, for several items: `pick` sees the Queued items in
    // run order and takes or skips each, or stops the walk; at most `max` are taken. The
    // scheduler takes a run of small files for one connection this way.
    enum class Pick
    {
        Skip,
        Take,
        Stop
    };
    QList<QueueItem> runnable(const std::function<Pick(const QueueItem &)> &pick, int max) const;
    // Runs `writes` (calls of this queue's write functions, and whatever else the caller
    // does meanwhile) in one transaction, so they cost one commit instead of one each. A
    // write that fails still fails alone (add() and expand() become savepoints). When the
    // commit fails, none of the writes is kept and the error is returned: the items stay
    // as they were, e.g. Running, which the next open() turns back into Queued.
    remote::Status batched(const std::function<void()> &writes);
    // Counts per state, for summaries ("3 queued, 1 failed").
    int count(ItemState state) const;

    // Writes the whole item (by id) and sets updated.
    remote::Status update(QueueItem &item);
    // Writes what a run of the item decided (state, size, bytes done, attempts, last
    // error, paths, file-exists action, options, checksum) and sets updated. What a user
    // may change while it runs (priority, position) stays as stored, so the scheduler
    // need not read the item again first.
    remote::Status recordRun(QueueItem &item);
    remote::Status setState(qint64 id, ItemState state, const QString &lastError = {});
    remote::Status setProgress(qint64 id, qint64 bytesDone, qint64 size);

    // User actions. Each returns NotFound for an unknown id.
    remote::Status pause(qint64 id);  // Queued -> Paused (a Running item: the scheduler cancels it first)
    remote::Status resume(qint64 id); // Paused -> Queued
    remote::Status retry(qint64 id);  // Failed/Cancelled/Skipped -> Queued, attempts = 0
    remote::Status remove(qint64 id); // deletes the item (and, for a folder, its children)
    remote::Status setPriority(qint64 id, int priority);
    // Moves the item to just before `beforeId` (0: to the end) within its priority.
    remote::Status moveBefore(qint64 id, qint64 beforeId);
    // Deletes every Done (and Skipped) item; the number removed.
    remote::Result<int> clearDone();
    // Every Running item back to Queued (what open() does after a crash).
    remote::Status requeueRunning();

private:
    remote::Status requireOpen() const { return m_db.requireOpen(); }
    // Moves state from one of `from` to `to` (already `to`: nothing to do). `change` names
    // it in the error messages, each a whole sentence of its own.
    enum class Change
    {
        Pause,
        Resume,
        Retry
    };
    remote::Status transition(qint64 id, std::initializer_list<ItemState> from, ItemState to, Change change);

    // The statements the scheduler runs for every file, prepared once per open database
    // and kept (QueueDatabase::prepared): preparing was most of what each of them cost.
    enum class Statement
    {
        Item,
        NextRunnable,
        Update,
        RecordRun,
        SetState,
        SetProgress,
    };
    QSqlQuery &prepared(Statement which) const;

    QString m_path;
    QueueDatabase m_db;
};

} // namespace ferry::transfer
