#pragma once
// Lists a remote folder tree for the sync planner with several listings at once: a job
// on a transfer connection of the site's Session pool lists a batch of folders
// (RemoteFileSystem::listMany; each folder then one level of transfer::TreeWalker, its
// rules for links and unsafe names), so that on a long link a 10,000-folder tree costs
// about 10,000 / (connections x folders in flight per connection) listings in a row, not
// 10,000. FTP has one folder in flight per connection and gets batches of up to 4 (listed
// one after another, each listing's EPSV sent with the one before); SFTP has up to 16 on
// one channel (listingsInFlight()), so it gets batches of up to 4 x 16 folders.
// Folders found are listed as connections come free; excluded folders are never listed.
// A folder that cannot be listed fails the whole listing (a plan from half a tree would
// resend or delete what it did not see). A connection that cannot log in (a server that
// takes fewer connections than asked for) does not: its folders go back in line and the
// lister goes on with the connections that work; only when none does is that the error.
//
// Lives on the session's (GUI or CLI main) thread. The tree it holds is the whole tree's
// entries (what a plan needs); the pending folders are paths only.

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>

#include "SyncPlanner.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/DirEntry.h"
#include "remote/RemotePath.h"

namespace ferry::session {
class Connection;
class Session;
} // namespace ferry::session

namespace ferry::transfer {
class ListedAhead;
}

namespace ferry::sync {

class RemoteTreeLister : public QObject
{
    Q_OBJECT
public:
    // connections: connections listing at once (the session's transfer limit is raised to
    // it while listing, and put back after); 0: defaultConnections(session).
    RemoteTreeLister(session::Session &session, const remote::RemotePath &root, const SyncExcludes &excludes,
                     int connections, QObject *parent = nullptr);
    ~RemoteTreeLister() override;

    // Also keep each folder's listing as the server gave it (before start()), for a walk
    // that lists ahead this way (ferry-cli get -r: TreeWalker's listFolder). Memory: the
    // whole tree's entries, as tree() holds them anyway.
    void setKeepListings(bool keep) { m_keepListings = keep; }
    // The listing of `folder` kept (setKeepListings), handed over once; nothing when it was
    // not listed (excluded, below a link, or the listing failed).
    std::optional<remote::Listing> takeListing(const remote::RemotePath &folder);
    // Lists only the folder `start` and what is below it (a folder under the root; the
    // root still judges links): the queue's expansion of a folder item below the folder
    // the user picked. Before start().
    void setStart(const remote::RemotePath &start) { m_starts = {start}; }
    // Lists these folders (under the root) and what is below them: the folders a listing
    // made already found (the queue's expansion of the picked folder). Before start().
    void setStarts(const QList<remote::RemotePath> &starts) { m_starts = starts; }
    // Hands each folder's listing (as the server gave it) to `listings` instead of keeping
    // it or the tree: the queue's folder expansions take them from there (Scheduler).
    // Listing pauses while it is full() and goes on at resume(). Before start().
    void setHandOver(std::shared_ptr<transfer::ListedAhead> listings) { m_handOver = std::move(listings); }
    // Lists on after a pause (the hand-over had no room); a no-op otherwise.
    void resume() { pump(); }

    // Starts listing; finished() follows (also after a failure or cancel()).
    void start();
    void cancel();

    // Listing connections when the caller names none, from measurements at 20 ms RTT
    // (docs/benchmarks.md): FTP 10, Ferry's most (a listing is a few round trips of a
    // nearly idle connection; a server that takes fewer logins from one address refuses
    // the rest, and the lister goes on with those it has), at least `transfers`;
    // SFTP 2 (each has 16 folders in flight: more sessions cost logins, not speed). Never
    // more than Session::kMaxTransferConnections nor the site's connection limit.
    static int defaultConnections(const session::Session &session, int transfers = 0);
    static constexpr int kFtpListingConnections = 10;
    static constexpr int kSftpListingConnections = 2;

    bool isFinished() const { return m_finished; }
    const std::optional<remote::Error> &error() const { return m_error; }
    const SyncTree &tree() const { return m_tree; }
    int listings() const { return m_listings; }
    // The most folders listed at the same time (over all connections).
    int peakParallel() const { return m_peak; }

Q_SIGNALS:
    // One more folder was listed (listings() counts them).
    void folderListed();
    // Listing paused with no listing in flight: the hand-over is full (see setHandOver).
    void paused();
    void finished();

private:
    void pump();
    void launch(session::Connection *connection, const QStringList &relatives);
    void finish();

    session::Session &m_session;
    remote::RemotePath m_root;
    SyncExcludes m_excludes;
    int m_connections;
    int m_loweredLimit = 0; // the session's transfer limit before start() raised it
    remote::CancelToken m_token;
    std::deque<QString> m_pending; // relative paths of folders still to list
    int m_inFlight = 0;            // jobs (connections busy)
    int m_foldersInFlight = 0;     // folders in those jobs
    int m_perConnection = 1;       // folders a connection lists at once (learnt from the first job)
    int m_peak = 0;
    int m_listings = 0;
    int m_listingsDone = 0;
    int m_loginFailures = 0; // logins refused in a row with no listing in flight
    bool m_started = false;
    bool m_keepListings = false;
    bool m_pausedSaid = false;
    QList<remote::RemotePath> m_starts;
    std::shared_ptr<transfer::ListedAhead> m_handOver;
    QHash<QString, remote::Listing> m_kept; // by the folder's path
    bool m_finished = false;
    SyncTree m_tree;
    std::optional<remote::Error> m_error;
};

} // namespace ferry::sync
