#pragma once
// Runs the persistent queue: picks the next Queued item in run order whose site has a
// free transfer connection, runs it there (TransferTask on the connection's worker
// thread), and records the outcome in the TransferQueue as it happens. Folder items
// are expanded into their entries when their turn comes, so queueing a big tree is
// instant. Retryable failures go back to the queue with exponential backoff shared per
// host; a transfer that made progress resumes from the real partial size. Progress is
// coalesced to about ten updates a second per transfer.
//
// Small files (kBatchFileBytes or less, known size, up or down, not resumed) that follow
// each other in run order for the same site and direction go to one connection as a run
// of up to kBatchFiles: one job on its worker and one commit for their outcomes instead
// of one hand-off each way per file. They show as Running together; each has its own
// cancel, progress and outcome, and a failure other than its own cancel ends the run,
// the rest going back to Queued without an attempt counted.
//
// A big folder's entries go into the queue in parts: kFirstPart at once, then kLaterPart
// per event-loop turn, so its first files run while the rest goes in (a stop or the
// scheduler's end stores what is left at once).
//
// Lives on the GUI (or CLI main) thread, next to the TransferQueue and SessionManager it
// is given (both outlive it).

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "FileExistsRequest.h"
#include "HostBackoff.h"
#include "QueueItem.h"
#include "RateLimiter.h"
#include "TransferQueue.h"
#include "TransferTask.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/RemotePath.h"
#include "session/SiteRef.h"

namespace ferry::session {
class Connection;
class Session;
class SessionManager;
} // namespace ferry::session

namespace ferry::sync {
class RemoteTreeLister;
}

namespace ferry::transfer {

class ListedAhead;

class Scheduler : public QObject
{
    Q_OBJECT
public:
    struct SiteConnection
    {
        remote::ConnectionSpec spec; // with the password when one is known
        remote::ConnectOptions options;
        int maxConnections = 0; // the site's own limit (a saved site's setting); 0: none
    };
    // Turns an item's site string (and its stored connect options) into a connection;
    // the CLI and the GUI provide it (site store, keyring, URL).
    using SiteResolver =
        std::function<remote::Result<SiteConnection>(const QString &site, const QJsonObject &connect)>;

    static constexpr int kBatchFiles = 8;
    static constexpr qint64 kBatchFileBytes = 256 * 1024;
    static constexpr int kFirstPart = 500;
    static constexpr int kLaterPart = 5000;

    Scheduler(TransferQueue &queue, session::SessionManager &sessions, SiteResolver resolver,
              QObject *parent = nullptr);
    ~Scheduler() override;

    // Transfer connections per site (1..10; default 2). Applies to a running queue at
    // once: a raised limit starts more items now, a lowered one lets running items finish
    // and starts no new ones beyond it.
    void setConnectionsPerSite(int connections);
    int connectionsPerSite() const { return m_connectionsPerSite; }
    // Transfer connections idle this long are closed (default 120 s); applies to open
    // sessions at once.
    void setIdleTimeout(int seconds);
    // The wait for the server (seconds; 0: as each site resolves) of every connection
    // opened from now on, for sites resolved already too (their sessions' next transfer
    // connections); the open ones keep theirs.
    void setConnectTimeout(int seconds);
    // Connections that list a remote folder's tree ahead for its expansion (a download's
    // or a server-to-server copy's; sync::RemoteTreeLister with a ListedAhead hand-over):
    // 0, the default: RemoteTreeLister::defaultConnections (FTP 10, SFTP 2, never more
    // than the site allows); 1: none, each folder item lists its folder when its turn
    // comes, on the queue's own connection.
    void setListingConnections(int connections) { m_listingConnections = std::clamp(connections, 0, 10); }
    // Global limits in bytes per second, download and upload apart; 0: none.
    void setRateLimits(qint64 download, qint64 upload);
    // Each item's own limit; 0: none.
    void setItemRateLimit(qint64 bytesPerSecond) { m_itemRate = bytesPerSecond; }
    // A retryable failure is tried again up to maxAttempts runs in all, after
    // firstDelayMs, doubling per failure of the same host, capped at maxDelayMs.
    void setRetryPolicy(int maxAttempts, int firstDelayMs, int maxDelayMs);
    // The answer for items whose rule is Ask (a "for all" answer sets it too), for every
    // direction, or downloads (and server-to-server copies) and uploads apart.
    void setDefaultExistsAction(ExistsAction action) { m_defaultExists = m_defaultUploadExists = action; }
    void setDefaultExistsActions(ExistsAction download, ExistsAction upload);

    // Starts (or resumes) running the queue; idle() once nothing is runnable or running.
    void start();
    // Stops scheduling; running items are cancelled and go back to Queued (resumable).
    // stopped() follows once none is running.
    void stop();
    bool isActive() const { return m_active; }
    int runningCount() const { return static_cast<int>(m_running.size()); }

    // The queue changed from outside (items added, retried, resumed): look again.
    void poke();
    // A running item is cancelled and becomes Paused / Cancelled; others change in the queue.
    void pauseItem(qint64 id);
    void cancelItem(qint64 id);

Q_SIGNALS:
    void itemStarted(const ferry::transfer::QueueItem &item);
    void itemProgress(qint64 id, qint64 done, qint64 total, double bytesPerSecond);
    // A file moving in segments: each segment's progress, just before its itemProgress.
    void itemSegments(qint64 id, const std::vector<ferry::remote::SegmentRecord::Segment> &segments);
    // The item as stored after its run: Done, Skipped, Failed, Paused, Cancelled, or
    // Queued again (a retry is coming, or it was stopped).
    void itemFinished(const ferry::transfer::QueueItem &item);
    // A folder item became its entries (stored, with their ids), which took its place.
    void expanded(const ferry::transfer::QueueItem &folder,
                  const QList<ferry::transfer::QueueItem> &children);
    void fileExistsAsked(ferry::transfer::FileExistsRequest *request);
    void logged(const QString &line);
    // A tree listed ahead for the queue's expansions is done: folders listed, the most at
    // once (also after the listing stopped on an error; the expansions then list).
    void listedAhead(int folders, int peakParallel);
    void idle();
    void stopped();

private:
    struct Running
    {
        QueueItem item;
        QPointer<session::Session> session;
        QPointer<session::Connection> connection;
        remote::CancelToken token;
        remote::CancelToken jobToken; // the connection's job: token itself, or its run's
        std::shared_ptr<ProgressCell> progress;
        QElapsedTimer started;
        qint64 lastDone = -1;
        qint64 lastSaved = -1;
        QElapsedTimer lastSave;
        qint64 rateBase = 0; // bytes at rateTimer's start, for the speed shown
        QElapsedTimer rateTimer;
        // A folder: the paths of entries a run before this one stored (read once), and how
        // many entries this run has stored so far.
        std::optional<QSet<QString>> storedBefore;
        qsizetype entriesStored = 0;
        enum class Stop
        {
            None,
            Pause,
            Cancel,
            Requeue
        } stop = Stop::None;
    };
    struct Site
    {
        remote::Result<SiteConnection> connection = remote::Error();
        QPointer<session::Session> session;
    };

    Site &site(const QString &key, const QJsonObject &connect);
    session::Session *sessionFor(const QString &key, const QJsonObject &connect, QString *error);
    bool hostInBackoff(const QString &site) const;
    bool backingOff(const QString &host) const; // notes m_passedOverBackoff
    int limitOf(const Site &site) const;
    // An item's site as a SiteRef (parsed once per site text), and its host: the URL's,
    // or a saved site's once resolved.
    const session::SiteRef &refOf(const QString &site) const;
    QString hostOf(const QString &site) const;
    void schedule();
    // The scan's verdict on `item`, the next Queued one in run order. `first` is the run
    // taken so far: empty, the first runnable item is taken (its site has a free
    // connection, its host is not backing off); then the small files of the same site,
    // direction and connect options right after it join it, and anything else ends the run.
    TransferQueue::Pick pickRun(const QueueItem &item, std::optional<QueueItem> &first);
    static bool batchable(const QueueItem &item);
    void launch(const QList<QueueItem> &items, session::Session *session, session::Session *targetSession);
    void finishBatch(const QList<qint64> &ids,
                     const remote::Result<QList<remote::Result<TaskOutcome>>> &outcomes);
    // Records one item's run by its outcome; finishBatch() releases the connection and
    // schedules.
    void finishRun(qint64 id, const remote::Result<TaskOutcome> &outcome);
    void finishAsking(QueueItem &item, const TaskOutcome &done);                 // the target exists: ask
    void finishExpanded(QueueItem &item, Running &run, const TaskOutcome &done); // its entries
    // A folder's entries on their way into the queue, part by part.
    struct Expansion
    {
        QueueItem folder;
        QList<QueueItem> entries;
        qsizetype next = 0; // the first entry not stored yet
        bool finished() const { return next >= entries.size(); }
    };
    bool addPart(Expansion &expansion, qsizetype count, bool closes = true);
    // A remote folder item's tree listed ahead: the listing under way whose tree holds the
    // folder, or a new one from the folder down; null when listing ahead is off or the
    // site lets in one connection only.
    std::shared_ptr<ListedAhead> listedAheadFor(const QueueItem &item, session::Session *session,
                                                int queueLimit);
    // Starts listing ahead from `starts` (folders under root); null when off.
    std::shared_ptr<ListedAhead> startListingAhead(session::Session *session, const remote::RemotePath &root,
                                                   const QList<remote::RemotePath> &starts, int queueLimit);
    // The picked folder was given by a path relative to the login folder (ferry-cli queue
    // add): its entries, now with whole paths, start the listing of the rest of its tree.
    void listAheadBelow(const QueueItem &folder, const QList<QueueItem> &entries);
    void listingAheadDone(sync::RemoteTreeLister *lister);
    void resumeListingAhead();
    struct Ahead
    {
        QPointer<session::Session> session;
        remote::RemotePath root;  // the folder the user picked (links are judged against it)
        remote::RemotePath start; // where this listing began: root, or a folder item below it
        std::unique_ptr<sync::RemoteTreeLister> lister;
        std::shared_ptr<ListedAhead> listings;
    };
    std::vector<Ahead> m_ahead;
    // Sessions whose listing ahead could not list a single folder (no second login): their
    // expansions list for themselves from then on.
    QList<QPointer<session::Session>> m_noListingAhead;
    int m_listingConnections = 0;
    void storeFound(Running &run); // what a folder's walk handed over so far
    void leaveOutStored(Running &run, QList<QueueItem> &entries);
    void continueExpansions();
    void flushExpansions();
    void finishCopied(QueueItem &item, const TaskOutcome &done); // Done or Skipped
    void finishStopped(QueueItem &item, const Running &run);     // paused, cancelled, stopped
    void finishFailed(QueueItem &item, const Running &run, const remote::Error &error);
    void notRun(qint64 id);
    void askExists(const QueueItem &item, const ExistsQuestion &question);
    // The question about item id closed: action Ask (declined, unanswered) skips the file.
    void settleExists(qint64 id, ExistsAction action, bool forAll);
    void reportProgress();
    void checkIdle();
    // Wakes the scan when the first host's backoff ends.
    void armRetryTimer();
    void log(const QString &line) { Q_EMIT logged(line); }

    TransferQueue &m_queue;
    session::SessionManager &m_sessions;
    SiteResolver m_resolver;
    QHash<QString, Site> m_sites;                    // by SiteRef key and connect options
    mutable QHash<QString, session::SiteRef> m_refs; // by the items' site text
    QHash<QString, QString> m_resolvedHosts;         // SiteRef key -> host, once resolved
    QHash<qint64, Running> m_running;
    QSet<qint64> m_asking; // items waiting for a file-exists answer
    std::deque<Expansion> m_expansions;
    QTimer m_expansionTimer;
    HostBackoff m_backoff;
    // This scan passed over a site because its host was backing off: the retry timer must
    // run even when that backoff has ended by the time the timer is armed (the end is read
    // twice, a little apart; nothing else would scan again).
    mutable bool m_passedOverBackoff = false;
    QTimer m_progressTimer;
    QTimer m_retryTimer;
    RateLimiter m_downLimit;
    RateLimiter m_upLimit;
    qint64 m_itemRate = 0;
    int m_connectionsPerSite = 2;
    int m_maxAttempts = 5;
    ExistsAction m_defaultExists = ExistsAction::Ask;       // downloads and copies
    ExistsAction m_defaultUploadExists = ExistsAction::Ask; // uploads
    ExistsAction &defaultExistsFor(const QueueItem &item);
    int m_idleTimeoutSeconds = 120;
    int m_connectTimeoutSeconds = 0; // 0: the resolver's
    bool m_active = false;
    bool m_scheduling = false;
    bool m_scanUseful = true;  // a scan may find something (false after an empty scan, until poke)
    bool m_sitesKnown = false; // every queued item's site is in m_sites (after a full scan)
};

} // namespace ferry::transfer
