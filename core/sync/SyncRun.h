#pragma once
// Carries out a sync plan (SyncPlanning's, maybe with actions the user left out) through
// a caller's transfer queue, for the window: first, on a transfer connection of the
// session (its worker thread), what stands in the way is deleted and the missing folders
// are made (SyncApply Phase::Before; the remote folder itself when it was missing); then
// the plan's copies go into the QueueService as items (persistent: they appear in the
// queue panel and survive a crash, resuming partial copies); when every one of them is
// done, what exists only on the target is deleted (Phase::After, planned only with
// "delete extra"). A copy that fails, is cancelled or removed means nothing is deleted.
// The deletes wait in memory for the copies: quitting before they end leaves them undone
// (the next sync plans them again).
//
// Lives on the session's thread (the GUI thread); never blocks it.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

#include "SyncPlanner.h"
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
    };

    SyncRun(session::Session &session, transfer::QueueService &queue, const Request &request,
            QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Done; }
    const std::optional<remote::Error> &error() const { return m_error; }
    // The copies queued, and how many of them finished well or not.
    int copies() const { return m_total; }
    int copiesDone() const { return m_done; }
    int copiesFailed() const { return m_failed; }

Q_SIGNALS:
    void progressed();
    void finished();

private:
    void before();
    void queueCopies();
    void after();
    void itemsAdded(const QList<transfer::QueueItem> &items);
    void itemsChanged(const QList<transfer::QueueItem> &items);
    void itemsRemoved(const QList<qint64> &ids);
    void settle(qint64 id, bool ok);
    void checkCopies();
    void finish(std::optional<remote::Error> error);
    static QString keyOf(const transfer::QueueItem &item);

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
};

} // namespace ferry::sync
