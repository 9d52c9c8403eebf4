#pragma once
// At start, finds the window's sync runs that a crash (or a quit) left before their
// deletes (SyncRunRecord files) and resumes each as a SyncRun: it waits for that run's
// copies in the queue and deletes what exists only on the target once every one of them
// is done, or drops the deletes when one failed or was removed. A run whose deletes are
// on the server gets a session of its own for them: the site is resolved as the queue
// resolves its items (off this thread: it may ask the keyring) and the session is closed
// when the run ends.
//
// Make it before the queue's items arrive after open() (the window does so in its
// constructor). Lives on the GUI thread; never blocks it (the records are small files).

#include <QHash>
#include <QObject>
#include <QPointer>

#include "transfer/Scheduler.h"

namespace ferry::session {
class Session;
class SessionManager;
} // namespace ferry::session

namespace ferry::transfer {
class QueueService;
} // namespace ferry::transfer

namespace ferry::sync {

class SyncRun;

class SyncRunResumer : public QObject
{
    Q_OBJECT
public:
    // resolve: the queue's site resolver (QueueSites); called on a pool thread.
    SyncRunResumer(transfer::QueueService &queue, session::SessionManager &sessions,
                   transfer::Scheduler::SiteResolver resolve, const QString &folder,
                   QObject *parent = nullptr);
    ~SyncRunResumer() override;

    // Reads the folder's records and starts a SyncRun for each; how many.
    int resume();
    // Resumed runs not finished yet.
    int running() const { return int(m_runs.size()); }

Q_SIGNALS:
    // A line for the window's log and status bar.
    void logged(const QString &text, bool error);
    // A resumed run ended (its deletes done, dropped or failed).
    void runFinished(ferry::sync::SyncRun *run);

private:
    void session(SyncRun *run, const QString &site, const QJsonObject &connect, QObject *context,
                 std::function<void(session::Session *)> ready);
    void finished(SyncRun *run);

    transfer::QueueService &m_queue;
    session::SessionManager &m_sessions;
    transfer::Scheduler::SiteResolver m_resolve;
    QString m_folder;
    QList<SyncRun *> m_runs;
    QHash<SyncRun *, QPointer<session::Session>> m_opened;
};

} // namespace ferry::sync
