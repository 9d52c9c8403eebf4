#pragma once
// The window's "Keep remote folder up to date" (WinSCP's name): ferry-cli watch's rounds
// without blocking, for one tab: the local folder's tree is watched (LocalChangeWatcher,
// debounced), and each round plans the local tree (files still changing left as they
// were) against the tree the server was last made to hold (listed once at the start,
// RemoteTreeLister) with SyncPlanner, makes the folders and clears type clashes on a
// transfer connection of the tab's session, queues the uploads in the window's
// QueueService (visible in the queue panel, with its retries and backoff), and, with
// deleteExtra, deletes what was removed locally once the uploads are done. A round that
// fails (the link is down) is tried again after 2, 4, 8 ... 60 s; nothing is forgotten.
//
// Lives on the GUI thread; remote work on the session's transfer connections, files in
// the queue: nothing here waits.
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

#include "LocalChangeWatcher.h"
#include "remote/RemotePath.h"
#include "sync/SyncPlanner.h"
#include "transfer/QueueItem.h"
#include "transfer/QueueRequests.h"

namespace ferry::session {
class Session;
}
namespace ferry::transfer {
class QueueService;
}
namespace ferry::sync {
class RemoteTreeLister;
}

namespace ferry::edit {

class FolderWatch : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Listing, // the server's tree, once
        Idle,    // watching
        Working, // a round: folders, uploads, deletes
        Waiting, // a round failed: tried again soon
        Stopped
    };

    FolderWatch(session::Session *session, transfer::QueueService &queue, const transfer::QueueTarget &target,
                const QString &localRoot, const remote::RemotePath &remoteRoot,
                const sync::SyncOptions &options, QObject *parent = nullptr);
    ~FolderWatch() override;

    LocalChangeWatcher &watcher() { return m_watcher; }
    void start();
    void stop();
    State state() const { return m_state; }
    const QString &localRoot() const { return m_localRoot; }
    const remote::RemotePath &remoteRoot() const { return m_remoteRoot; }
    // Files uploaded and entries deleted since start().
    int uploads() const { return m_uploads; }
    int deletes() const { return m_deletes; }

Q_SIGNALS:
    void stateChanged(ferry::edit::FolderWatch::State state);
    // A line for the log.
    void logged(const QString &text, bool error);

private:
    void setState(State state);
    void listRemote();
    void requestRound();
    void round();
    void afterBefore(const sync::SyncPlan &plan, const sync::SyncTree &local);
    void afterUploads();
    void finishRound(bool ok);
    void itemsAdded(const QList<transfer::QueueItem> &items);
    void itemsChanged(const QList<transfer::QueueItem> &items);

    QPointer<session::Session> m_session;
    transfer::QueueService &m_queue;
    transfer::QueueTarget m_target;
    QString m_localRoot;
    remote::RemotePath m_remoteRoot;
    sync::SyncOptions m_options;
    LocalChangeWatcher m_watcher;
    std::unique_ptr<sync::RemoteTreeLister> m_lister;
    QTimer m_timer;
    State m_state = State::Stopped;
    sync::SyncTree m_known; // what the server holds, as far as this watch made it so
    // The round in progress.
    sync::SyncPlan m_plan;
    sync::SyncTree m_local;
    QSet<QString> m_expected; // uploads queued, by local path, not yet seen added
    QSet<qint64> m_items;     // their queue ids, not yet ended
    QSet<QString> m_failed;   // relative paths whose upload failed
    bool m_again = false;
    int m_retryMs = 2000;
    int m_uploads = 0;
    int m_deletes = 0;
};

// What a round plans from: `local` (the folder as listed now) with every file the watcher
// still holds back (written to within its settle time) taken as the server has it in
// `known` (or left out when the server has none): such a file waits for its own report.
// Shared by FolderWatch and `ferry-cli watch`.
void holdBackPending(const LocalChangeWatcher &watcher, const QString &localRoot, const sync::SyncTree &known,
                     sync::SyncTree &local);

} // namespace ferry::edit
