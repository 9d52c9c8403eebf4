#pragma once
// Lists a remote folder tree for the sync planner with several listings at once: each
// folder is one job (one level of transfer::TreeWalker, its rules for links and unsafe
// names) on a transfer connection of the site's Session pool, so that on a long link a
// 10,000-folder tree costs about 10,000 / connections round trips in a row, not 10,000.
// Folders found are listed as connections come free; excluded folders are never listed.
// A folder that cannot be listed fails the whole listing (a plan from half a tree would
// resend or delete what it did not see).
//
// Lives on the session's (GUI or CLI main) thread. The tree it holds is the whole tree's
// entries (what a plan needs); the pending folders are paths only.

#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>

#include "SyncPlanner.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/RemotePath.h"

namespace ferry::session {
class Connection;
class Session;
} // namespace ferry::session

namespace ferry::sync {

class RemoteTreeLister : public QObject
{
    Q_OBJECT
public:
    // connections: listings at once (the session's transfer limit is raised to it).
    RemoteTreeLister(session::Session &session, const remote::RemotePath &root, const SyncExcludes &excludes,
                     int connections, QObject *parent = nullptr);
    ~RemoteTreeLister() override;

    // Starts listing; finished() follows (also after a failure or cancel()).
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<remote::Error> &error() const { return m_error; }
    const SyncTree &tree() const { return m_tree; }
    int listings() const { return m_listings; }
    // The most listings that ran at the same time.
    int peakParallel() const { return m_peak; }

Q_SIGNALS:
    // One more folder was listed (listings() counts them).
    void folderListed();
    void finished();

private:
    void pump();
    void launch(session::Connection *connection, const QString &relative);
    void finish();

    session::Session &m_session;
    remote::RemotePath m_root;
    SyncExcludes m_excludes;
    int m_connections;
    remote::CancelToken m_token;
    std::deque<QString> m_pending; // relative paths of folders still to list
    int m_inFlight = 0;
    int m_peak = 0;
    int m_listings = 0;
    bool m_started = false;
    bool m_finished = false;
    SyncTree m_tree;
    std::optional<remote::Error> m_error;
};

} // namespace ferry::sync
