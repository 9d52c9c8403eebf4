#pragma once
// Carries out a sync plan (SyncPlanning's, maybe with actions the user left out) through
// a caller's transfer queue, for the window: first, on a transfer connection of the
// session (its worker thread), what stands in the way is deleted and the missing folders
// are made (SyncApply Phase::Before; the remote folder itself when it was missing); then
// the plan's copies go into the QueueService as items (persistent: they appear in the
// queue panel and survive a crash, resuming partial copies); when every one of them is
// done, what exists only on the target is deleted (Phase::After, planned only with
// "delete extra"). A copy that fails, is cancelled or removed means nothing is deleted.
// With a record folder the deletes wait on disk (SyncRunRecord) as well as in memory: a
// run killed before its deletes is resumed at the next start (SyncRunResumer: a SyncRun
// made from the record), which deletes once every copy of that run is done, and never
// when one failed. Without one, quitting before the copies end leaves the deletes undone.
//
// Lives on the session's thread (the GUI thread); never blocks it.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

#include "SyncPlanner.h"
#include "SyncRunRecord.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/RemotePath.h"
#include "transfer/QueueItem.h"

namespace ferry::session {
class Session;
} // namespace ferry::session

namespace ferry::transfer {
class QueueService;
} // namespace ferry::transfer

namespace ferry::sync {

class SyncRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Before,  // folders made, type clashes cleared
        Copying, // the queue runs the copies
        After,   // deletes of what exists only on the target
        Done
    };
    struct Request
    {
        SyncPlan plan;
        QString localRoot;
        remote::RemotePath remoteRoot;
        bool remoteMissing = false;    // up: make the remote folder first
        QString site;                  // the queue's name for the server
        transfer::ItemOptions options; // of every queued copy
        // Where the deletes wait on disk for the copies (SyncRunRecord::defaultFolder());
        // empty: in memory only.
        QString recordFolder;
    };
    // Gives a connected-or-connecting session for a resumed run's deletes, later, on this
    // thread (nullptr when none can be had); the caller owns it.
    using SessionSource =
        std::function<void(QObject *context, std::function<void(session::Session *)> ready)>;

    SyncRun(session::Session &session, transfer::QueueService &queue, const Request &request,
            QObject *parent = nullptr);
    // Resumes a run a crash left (its record in recordFolder) at its copies: make it before
    // the queue reports its items after open() (itemsReset), then start(). Its deletes
    // run on a session from source.
    SyncRun(transfer::QueueService &queue, const SyncRunRecord &record, const QString &recordFolder,
            SessionSource source, QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Done; }
    const std::optional<remote::Error> &error() const { return m_error; }
    // The copies queued, and how many of them finished well or not.
    int copies() const { return m_total; }
    int copiesDone() const { return m_done; }
    int copiesFailed() const { return m_failed; }
    // The run's record on disk (resumed runs, and runs with a record folder and deletes).
    const SyncRunRecord &record() const { return m_record; }

Q_SIGNALS:
    void progressed();
    void finished();

private:
    void before();
    void queueCopies();
    void after();
    void runDeletes();
    void itemsReset(const QList<transfer::QueueItem> &items);
    void listen();
    void itemsAdded(const QList<transfer::QueueItem> &items);
    void itemsChanged(const QList<transfer::QueueItem> &items);
    void itemsRemoved(const QList<qint64> &ids);
    void settle(qint64 id, bool ok);
    void checkCopies();
    void finish(std::optional<remote::Error> error);
    static QString keyOf(const transfer::QueueItem &item);
    static QString keyOf(const SyncRunRecord::Copy &copy);

    QPointer<session::Session> m_session;
    transfer::QueueService &m_queue;
    Request m_request;
    remote::CancelToken m_token;
    Stage m_stage = Stage::Before;
    bool m_started = false;
    QSet<QString> m_wanted; // the copies' keys not yet seen added
    QSet<qint64> m_running; // ids of the copies still to finish
    int m_done = 0;
    int m_failed = 0;
    int m_added = 0;
    int m_total = 0;
    std::optional<remote::Error> m_error;
    SyncRunRecord m_record;
    bool m_recorded = false; // m_record is on disk
    bool m_resumed = false;
    bool m_reset = false; // resumed: the queue's items were seen
    SessionSource m_source;
};

} // namespace ferry::sync
