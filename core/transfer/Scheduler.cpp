#include "Scheduler.h"

#include <QJsonDocument>

#include <algorithm>

#include "ListedAhead.h"
#include "TransferQueue.h"
#include "session/Connection.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "sync/RemoteTreeLister.h"

namespace ferry::transfer {

using namespace ferry::remote;
using ferry::session::Connection;
using ferry::session::ConnectionWorker;
using ferry::session::Session;

namespace {
constexpr int kProgressIntervalMs = 100; // about ten updates a second per transfer
constexpr int kSaveIntervalMs = 1000;    // bytes done written to the queue at most once a second

QString siteCacheKey(const session::SiteRef &site, const QJsonObject &connect)
{
    return site.key() + QLatin1Char('\n') +
           QString::fromUtf8(QJsonDocument(connect).toJson(QJsonDocument::Compact));
}

const QJsonObject &connectOptionsOf(const QueueItem &item)
{
    return item.options.connect;
}

// What the log calls an item: the file written.
QString displayName(const QueueItem &item)
{
    return item.direction == Direction::Download ? item.localPath : item.remotePath;
}

// Errors that say the site itself is unusable: every item of it would fail the same way.
bool siteFatal(const Error &error)
{
    return error.kind() == ErrorKind::Auth || error.kind() == ErrorKind::HostKey ||
           error.kind() == ErrorKind::Tls;
}
} // namespace

Scheduler::Scheduler(TransferQueue &queue, session::SessionManager &sessions, SiteResolver resolver,
                     QObject *parent)
    : QObject(parent), m_queue(queue), m_sessions(sessions), m_resolver(std::move(resolver))
{
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &Scheduler::reportProgress);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_scanUseful = true;
        schedule();
    });
    m_expansionTimer.setSingleShot(true);
    m_expansionTimer.setInterval(0);
    connect(&m_expansionTimer, &QTimer::timeout, this, &Scheduler::continueExpansions);
}

Scheduler::~Scheduler()
{
    flushExpansions(); // the queue outlives the scheduler: nothing listed is lost
    // Jobs still running finish into a dead scheduler: their callbacks check a QPointer.
    for (auto &run : m_running) {
        run.token.cancel();
        run.jobToken.cancel();
        if (run.session && run.connection)
            run.session->releaseTransferConnection(run.connection);
    }
}

void Scheduler::setConnectionsPerSite(int connections)
{
    m_connectionsPerSite = std::clamp(connections, 1, Session::kMaxTransferConnections);
    for (auto &s : m_sites) {
        if (s.session)
            s.session->setTransferConnectionLimit(limitOf(s));
    }
    // A raised limit has room for more items now, not at the next item's end.
    if (m_active)
        poke();
}

void Scheduler::setIdleTimeout(int seconds)
{
    m_idleTimeoutSeconds = std::max(1, seconds);
    for (auto &s : m_sites) {
        if (s.session)
            s.session->setIdlePolicy(Session::kKeepAliveSeconds, m_idleTimeoutSeconds);
    }
}

void Scheduler::setConnectTimeout(int seconds)
{
    m_connectTimeoutSeconds = std::max(0, seconds);
    if (m_connectTimeoutSeconds == 0)
        return;
    for (auto &s : m_sites) {
        if (s.connection)
            s.connection->options.timeoutSeconds = m_connectTimeoutSeconds;
        if (s.session)
            s.session->setTimeout(m_connectTimeoutSeconds);
    }
}

void Scheduler::setDefaultExistsActions(ExistsAction download, ExistsAction upload)
{
    m_defaultExists = download;
    m_defaultUploadExists = upload;
}

ExistsAction &Scheduler::defaultExistsFor(const QueueItem &item)
{
    return item.direction == Direction::Upload ? m_defaultUploadExists : m_defaultExists;
}

int Scheduler::limitOf(const Site &s) const
{
    if (s.connection && s.connection->maxConnections > 0)
        return std::min(m_connectionsPerSite, s.connection->maxConnections);
    return m_connectionsPerSite;
}

void Scheduler::setRateLimits(qint64 download, qint64 upload)
{
    m_downLimit.setRate(download);
    m_upLimit.setRate(upload);
}

void Scheduler::setRetryPolicy(int maxAttempts, int firstDelayMs, int maxDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_backoff.setPolicy(firstDelayMs, maxDelayMs);
}

void Scheduler::start()
{
    m_active = true;
    m_scanUseful = true;
    m_progressTimer.start();
    QMetaObject::invokeMethod(this, &Scheduler::schedule, Qt::QueuedConnection);
}

void Scheduler::stop()
{
    m_active = false;
    flushExpansions();
    // The expansions list for themselves when the queue runs again (nothing of the tree
    // is in the queue before its folder is expanded).
    for (auto it = m_ahead.begin(); it != m_ahead.end();) {
        if (!it->session || it->lister->isFinished()) {
            it = m_ahead.erase(it);
            continue;
        }
        it->lister->cancel(); // listingAheadDone() drops it
        ++it;
    }
    for (auto &run : m_running) {
        if (run.stop == Running::Stop::None)
            run.stop = Running::Stop::Requeue;
        run.token.cancel();
        run.jobToken.cancel();
    }
    if (m_running.isEmpty())
        QMetaObject::invokeMethod(this, &Scheduler::stopped, Qt::QueuedConnection);
}

void Scheduler::poke()
{
    m_scanUseful = true;
    m_sitesKnown = false;
    QMetaObject::invokeMethod(this, &Scheduler::schedule, Qt::QueuedConnection);
}

void Scheduler::pauseItem(qint64 id)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->stop = Running::Stop::Pause;
        it->token.cancel();
        return;
    }
    (void)m_queue.pause(id);
}

void Scheduler::cancelItem(qint64 id)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->stop = Running::Stop::Cancel;
        it->token.cancel();
        return;
    }
    (void)m_queue.setState(id, ItemState::Cancelled);
}

Scheduler::Site &Scheduler::site(const QString &key, const QJsonObject &connect)
{
    const session::SiteRef &ref = refOf(key);
    const QString cacheKey = siteCacheKey(ref, connect);
    auto it = m_sites.find(cacheKey);
    if (it == m_sites.end()) {
        Site s;
        s.connection =
            m_resolver ? m_resolver(key, connect)
                       : Result<SiteConnection>(Error(ErrorKind::Local, tr("no way to reach %1").arg(key)));
        if (s.connection && m_connectTimeoutSeconds > 0)
            s.connection->options.timeoutSeconds = m_connectTimeoutSeconds;
        if (s.connection)
            m_resolvedHosts.insert(ref.key(), session::SiteRef::fromSpec(s.connection->spec).host());
        it = m_sites.insert(cacheKey, s);
    }
    return it.value();
}

Session *Scheduler::sessionFor(const QString &key, const QJsonObject &connect, QString *error)
{
    Site &s = site(key, connect);
    if (!s.connection) {
        *error = s.connection.error().toString();
        return nullptr;
    }
    if (!s.session) {
        s.session = m_sessions.openSession(s.connection->spec, s.connection->options);
        s.session->setTransferConnectionLimit(limitOf(s));
        s.session->setIdlePolicy(Session::kKeepAliveSeconds, m_idleTimeoutSeconds);
        // A large file's extra connections count against the site's limit; when they end,
        // the slots they held may run another item.
        QObject::connect(s.session, &Session::extraConnectionEnded, this, [this] {
            m_scanUseful = true;
            schedule();
        });
    }
    return s.session;
}

const session::SiteRef &Scheduler::refOf(const QString &site) const
{
    auto it = m_refs.constFind(site);
    if (it == m_refs.cend())
        it = m_refs.insert(site, session::SiteRef::parse(site));
    return *it;
}

QString Scheduler::hostOf(const QString &site) const
{
    const session::SiteRef &ref = refOf(site);
    return ref.host().isEmpty() ? m_resolvedHosts.value(ref.key()) : ref.host();
}

bool Scheduler::hostInBackoff(const QString &key) const
{
    return backingOff(hostOf(key));
}

bool Scheduler::backingOff(const QString &host) const
{
    const bool waiting = m_backoff.isBackingOff(host);
    m_passedOverBackoff = m_passedOverBackoff || waiting;
    return waiting;
}

void Scheduler::schedule()
{
    if (!m_active || m_scheduling)
        return;
    m_scheduling = true;
    m_passedOverBackoff = false;
    while (m_scanUseful) {
        // With every site known and none with a free connection, a scan cannot find
        // anything: skip it (a big queue would be read for nothing after every file).
        if (m_sitesKnown) {
            const bool anyFree = std::any_of(m_sites.cbegin(), m_sites.cend(), [this](const Site &s) {
                return !s.connection || !s.session ||
                       (s.session->hasFreeTransferConnection() &&
                        !backingOff(session::SiteRef::fromSpec(s.connection->spec).host()));
            });
            if (!anyFree)
                break;
        }
        std::optional<QueueItem> first;
        const QList<QueueItem> batch = m_queue.runnable(
            [this, &first](const QueueItem &item) { return pickRun(item, first); }, kBatchFiles);
        if (batch.isEmpty()) {
            m_scanUseful = false;
            m_sitesKnown = true;
            break;
        }
        const QueueItem *next = &batch.first();
        QString error;
        Session *session = sessionFor(next->site, connectOptionsOf(*next), &error);
        Session *targetSession = nullptr;
        if (session && next->direction == Direction::Copy) {
            targetSession = sessionFor(next->targetSite, connectOptionsOf(*next), &error);
            if (!targetSession)
                session = nullptr;
        }
        if (!session) {
            QueueItem failed = *next;
            failed.state = ItemState::Failed;
            failed.attempts += 1;
            failed.lastError = error;
            (void)m_queue.update(failed);
            log(tr("%1: %2").arg(failed.remotePath, error));
            Q_EMIT itemFinished(failed);
            continue;
        }
        launch(batch, session, targetSession);
    }
    m_scheduling = false;
    armRetryTimer();
    checkIdle();
}

TransferQueue::Pick Scheduler::pickRun(const QueueItem &item, std::optional<QueueItem> &first)
{
    using Pick = TransferQueue::Pick;
    const bool busy = m_asking.contains(item.id) || m_running.contains(item.id);
    if (first) {
        const bool joins = batchable(*first) && batchable(item) && item.site == first->site &&
                           item.direction == first->direction &&
                           item.options.connect == first->options.connect && !busy;
        return joins ? Pick::Take : Pick::Stop;
    }
    if (busy || hostInBackoff(item.site))
        return Pick::Skip;
    Site &s = site(item.site, connectOptionsOf(item));
    // Unresolvable (failed by schedule()) or not connected yet: taken.
    if (s.connection && s.session && !s.session->hasFreeTransferConnection())
        return Pick::Skip;
    first = item;
    return Pick::Take;
}

void Scheduler::armRetryTimer()
{
    // A timer may fire a little early: one ms more. A backoff that held items back in this
    // scan and has ended since: scan again at once.
    qint64 next = m_backoff.nextEndMs();
    if (next < 0 && m_passedOverBackoff)
        next = 0;
    if (next < 0)
        return;
    if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > next + 1)
        m_retryTimer.start(int(next + 1));
}

bool Scheduler::batchable(const QueueItem &item)
{
    return !item.isFolder && item.direction != Direction::Copy && item.size >= 0 &&
           item.size <= kBatchFileBytes && item.bytesDone == 0 && !item.options.started;
}

void Scheduler::launch(const QList<QueueItem> &items, Session *session, Session *targetSession)
{
    Connection *connection = session->acquireTransferConnection();
    if (!connection) { // an engine's extra connection took the slot since the scan: its end scans again
        m_scanUseful = false;
        return;
    }
    std::optional<SiteConnection> target;
    if (items.first().direction == Direction::Copy && targetSession)
        target = SiteConnection{targetSession->spec(), targetSession->options()};

    struct Work
    {
        QueueItem item;
        TaskContext context;
    };
    QList<Work> work;
    QList<qint64> ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)m_queue.batched([&] {
        for (const QueueItem &queued : items) {
            Running run;
            run.item = queued;
            run.item.state = ItemState::Running;
            run.item.updated = now;
            (void)m_queue.setState(run.item.id, ItemState::Running, run.item.lastError);
            run.session = session;
            run.connection = connection;
            run.progress = std::make_shared<ProgressCell>();
            run.progress->done.store(queued.bytesDone);
            run.progress->total.store(queued.size);
            run.started.start();
            run.lastSave.start();
            run.rateTimer.start();
            run.rateBase = queued.bytesDone;

            TaskContext context;
            if (queued.isFolder && queued.direction != Direction::Upload && !queued.options.unsafe)
                context.listedAhead =
                    listedAheadFor(queued, session, limitOf(site(queued.site, connectOptionsOf(queued))));
            context.directionLimit = queued.direction == Direction::Upload ? &m_upLimit : &m_downLimit;
            context.itemRate = m_itemRate;
            context.progress = run.progress;
            context.token = run.token;
            work.append({run.item, context});
            ids.append(queued.id);
            m_running.insert(queued.id, run);
            if (!queued.isFolder)
                Q_EMIT itemStarted(run.item);
        }
    });

    // A run of one file is that file's job; a run of several has a token of its own
    // (for a question while connecting), cancelled by stop(), while each file checks its
    // own, so pausing one lets the others go on.
    const CancelToken jobToken = items.size() == 1 ? m_running[items.first().id].token : CancelToken();
    for (const qint64 id : ids)
        m_running[id].jobToken = jobToken;
    const QPointer<Scheduler> self(this);
    connection->run<QList<Result<TaskOutcome>>>(
        jobToken,
        [work, target](ConnectionWorker &worker) -> Result<QList<Result<TaskOutcome>>> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            RemoteFileSystem *other = nullptr;
            if (target) {
                auto made = worker.otherFileSystem(target->spec, target->options);
                if (!made)
                    return made.error();
                other = *made;
            }
            QList<Result<TaskOutcome>> outcomes;
            for (const Work &one : work) {
                if (one.context.token.isCancelled()) {
                    outcomes.append(Error(ErrorKind::Cancelled, tr("Cancelled")));
                    continue;
                }
                TaskContext context = one.context;
                context.interaction = &worker; // questions go the way the engine's do
                outcomes.append(runTask(**fs, other, one.item, context));
                const Result<TaskOutcome> &last = outcomes.last();
                if (!last.ok() &&
                    !(last.error().kind() == ErrorKind::Cancelled && one.context.token.isCancelled()))
                    break; // the rest go back to the queue untried
            }
            return outcomes;
        },
        [self, ids](const Result<QList<Result<TaskOutcome>>> &outcomes) {
            if (self)
                self->finishBatch(ids, outcomes);
        });
}

void Scheduler::finishBatch(const QList<qint64> &ids, const Result<QList<Result<TaskOutcome>>> &outcomes)
{
    for (const qint64 id : ids) { // the connection is free again (one for the whole run)
        if (const auto found = m_running.constFind(id); found != m_running.cend()) {
            if (found->session && found->connection)
                found->session->releaseTransferConnection(found->connection);
            break;
        }
    }
    (void)m_queue.batched([&] {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!outcomes.ok())
                finishRun(ids[i], outcomes.error());
            else if (i < outcomes->size())
                finishRun(ids[i], outcomes->at(i));
            else
                notRun(ids[i]);
        }
    });
    m_scanUseful = true;
    if (!m_active && m_running.isEmpty())
        Q_EMIT stopped();
    schedule();
}

void Scheduler::notRun(qint64 id)
{
    auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    QueueItem item = found->item;
    m_running.erase(found);
    item.state = ItemState::Queued;
    (void)m_queue.setState(id, ItemState::Queued, item.lastError);
    Q_EMIT itemFinished(item);
}

void Scheduler::finishRun(qint64 id, const Result<TaskOutcome> &outcome)
{
    auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    Running run = found.value();
    m_running.erase(found);

    // What the run decided is written over the item as launched; recordRun() leaves what
    // a user may have changed meanwhile (priority, order) as stored.
    QueueItem item = run.item;
    if (run.progress->copying.load())
        item.options.started = true;
    if (const PartialCopy partial = run.progress->partial(); !partial.isEmpty())
        item.options.partial = partial;
    if (const QString record = run.progress->segmentRecord(); !record.isEmpty())
        item.options.segmentRecord = record;

    if (run.stop == Running::Stop::Cancel && !m_queue.item(id)) {
        // Removed while it ran (its row went first): what the run left for a resume goes
        // too, now that nothing can write it any more.
        removeSegmentRecords(item);
    }
    if (!outcome.ok()) {
        if (outcome.error().kind() == ErrorKind::Cancelled)
            finishStopped(item, run);
        else
            finishFailed(item, run, outcome.error());
    } else {
        m_backoff.succeeded(hostOf(item.site));
        if (outcome->needsAnswer)
            finishAsking(item, outcome.value());
        else if (item.isFolder)
            finishExpanded(item, run, outcome.value());
        else
            finishCopied(item, outcome.value());
    }
    if (!item.isFolder || item.state == ItemState::Failed)
        Q_EMIT itemFinished(item);
    if (item.isFolder)
        resumeListingAhead(); // a listing taken: room for more
}

std::shared_ptr<ListedAhead> Scheduler::listedAheadFor(const QueueItem &item, Session *session,
                                                       int queueLimit)
{
    if (m_listingConnections == 1 || !item.remotePath.startsWith(QLatin1Char('/')))
        return {};
    const RemotePath folder(item.remotePath);
    const RemotePath root =
        item.options.remoteRoot.startsWith(QLatin1Char('/')) ? RemotePath(item.options.remoteRoot) : folder;
    const auto under = [](const RemotePath &path, const RemotePath &top) {
        return path == top || top.isRoot() || path.toString().startsWith(top.toString() + QLatin1Char('/'));
    };
    // The listing of this folder's tree under way, or done and holding the folder. A
    // folder no listing will bring (the first of a run after a stop or a crash, one below
    // a listing that failed) has its tree listed anew, from it down.
    m_ahead.erase(std::remove_if(m_ahead.begin(), m_ahead.end(),
                                 [](const Ahead &a) {
                                     return !a.session || (a.lister->isFinished() && a.listings->held() == 0);
                                 }),
                  m_ahead.end());
    for (const Ahead &ahead : m_ahead) {
        if (ahead.session == session && ahead.root == root && under(folder, ahead.start) &&
            (!ahead.lister->isFinished() || ahead.listings->holds(folder)))
            return ahead.listings;
    }
    return startListingAhead(session, root, {folder}, queueLimit);
}

std::shared_ptr<ListedAhead> Scheduler::startListingAhead(Session *session, const RemotePath &root,
                                                          const QList<RemotePath> &starts, int queueLimit)
{
    const int connections = m_listingConnections > 1
                                ? std::min(m_listingConnections, session->options().maxConnections > 0
                                                                     ? session->options().maxConnections
                                                                     : m_listingConnections)
                                : sync::RemoteTreeLister::defaultConnections(*session, queueLimit);
    if (connections <= 1 || m_noListingAhead.contains(QPointer<Session>(session)))
        return {}; // the queue's connection would wait for the one that lists
    Ahead ahead;
    ahead.session = session;
    ahead.root = root;
    ahead.start = starts.size() == 1 ? starts.first() : root;
    ahead.listings = std::make_shared<ListedAhead>();
    ahead.lister =
        std::make_unique<sync::RemoteTreeLister>(*session, root, sync::SyncExcludes(), connections);
    ahead.lister->setStarts(starts);
    ahead.lister->setHandOver(ahead.listings);
    sync::RemoteTreeLister *lister = ahead.lister.get();
    connect(lister, &sync::RemoteTreeLister::finished, this, [this, lister] { listingAheadDone(lister); });
    // No listing in flight (paused for room, or waiting for a connection): the queue's
    // connections are free for the expansions that take what is listed.
    connect(lister, &sync::RemoteTreeLister::paused, this, &Scheduler::poke);
    // Started before the expansion's job, so that the expansion finds it busy and waits.
    lister->start();
    std::shared_ptr<ListedAhead> listings = ahead.listings;
    m_ahead.push_back(std::move(ahead));
    return listings;
}

void Scheduler::listAheadBelow(const QueueItem &folder, const QList<QueueItem> &entries)
{
    if (m_listingConnections == 1 || folder.direction == Direction::Upload ||
        folder.remotePath.startsWith(QLatin1Char('/')))
        return;
    QList<RemotePath> starts;
    QString root;
    for (const QueueItem &entry : entries) {
        if (entry.isFolder && entry.remotePath.startsWith(QLatin1Char('/')) &&
            entry.options.remoteRoot.startsWith(QLatin1Char('/'))) {
            starts.append(RemotePath(entry.remotePath));
            root = entry.options.remoteRoot;
        }
    }
    Site &s = site(folder.site, connectOptionsOf(folder));
    if (starts.isEmpty() || !s.session)
        return;
    startListingAhead(s.session, RemotePath(root), starts, limitOf(s));
}

void Scheduler::listingAheadDone(sync::RemoteTreeLister *lister)
{
    log(tr("listed %n remote folders ahead", nullptr, lister->listings()) +
        tr(", up to %1 at once").arg(lister->peakParallel()));
    Q_EMIT listedAhead(lister->listings(), lister->peakParallel());
    if (lister->error() && lister->error()->kind() != ErrorKind::Cancelled && lister->listings() == 0) {
        for (const Ahead &ahead : m_ahead) {
            if (ahead.lister.get() == lister && ahead.session)
                m_noListingAhead.append(ahead.session);
        }
    }
    if (!m_active) {
        // Stopped: what it listed may be old by the next start; listed again then.
        for (auto it = m_ahead.begin(); it != m_ahead.end(); ++it) {
            if (it->lister.get() == lister) {
                it->lister.release()->deleteLater(); // its finished() is on the stack
                m_ahead.erase(it);
                break;
            }
        }
    }
    // The listing's connections are free again: the queue's items can have them.
    poke();
}

void Scheduler::resumeListingAhead()
{
    for (Ahead &ahead : m_ahead) {
        if (ahead.session && !ahead.lister->isFinished())
            ahead.lister->resume();
    }
}

void Scheduler::finishAsking(QueueItem &item, const TaskOutcome &done)
{
    item.state = ItemState::Queued;
    item.options.started = false;
    const ExistsAction fallback = defaultExistsFor(item);
    if (fallback != ExistsAction::Ask)
        item.existsAction = fallback;
    (void)m_queue.recordRun(item);
    if (fallback == ExistsAction::Ask)
        askExists(item, done.question);
}

void Scheduler::leaveOutStored(Running &run, QList<QueueItem> &entries)
{
    // A run of this folder that a crash or a stop cut short stored some entries already.
    if (!run.storedBefore)
        run.storedBefore = m_queue.childPaths(run.item.id);
    if (run.storedBefore->isEmpty())
        return;
    entries.removeIf([&run](const QueueItem &entry) {
        if (entry.direction != Direction::Upload)
            return run.storedBefore->contains(entry.remotePath);
        return run.storedBefore->contains(entry.options.archiveMember.isEmpty()
                                              ? entry.localPath
                                              : entry.localPath + QLatin1Char('!') +
                                                    entry.options.archiveMember);
    });
}

void Scheduler::storeFound(Running &run)
{
    Expansion found{run.item, run.progress->takeFound()};
    if (found.entries.isEmpty())
        return;
    leaveOutStored(run, found.entries);
    const qsizetype count = found.entries.size();
    if (!addPart(found, count, false)) {
        // The run goes on; its outcome reports the folder's state.
        log(tr("%1: %2").arg(displayName(run.item), found.folder.lastError));
        return;
    }
    run.entriesStored += count;
}

void Scheduler::finishExpanded(QueueItem &item, Running &run, const TaskOutcome &done)
{
    storeFound(run); // what the walk handed over since the last progress report
    Expansion expansion{item, done.children};
    leaveOutStored(run, expansion.entries);
    const int count = int(run.entriesStored + expansion.entries.size());
    // While the queue runs, its first files start before the rest is stored.
    const qsizetype first = run.entriesStored > 0 ? kLaterPart : kFirstPart;
    if (!addPart(expansion, m_active ? first : expansion.entries.size())) {
        item.state = ItemState::Failed;
        item.lastError = expansion.folder.lastError;
        (void)m_queue.recordRun(item);
        return;
    }
    log(tr("%1: %n entries queued", nullptr, count).arg(displayName(item)));
    listAheadBelow(item, done.children);
    item.state = expansion.finished() ? ItemState::Done : ItemState::Running;
    if (!expansion.finished()) {
        m_expansions.push_back(std::move(expansion));
        m_expansionTimer.start();
    }
}

bool Scheduler::addPart(Expansion &expansion, qsizetype count, bool closes)
{
    const qsizetype n = std::min(count, expansion.entries.size() - expansion.next);
    QList<QueueItem> part =
        n == expansion.entries.size() ? expansion.entries : expansion.entries.mid(expansion.next, n);
    const bool last = closes && expansion.next + n >= expansion.entries.size();
    if (auto st = m_queue.expand(expansion.folder.id, part, last); !st) {
        expansion.folder.lastError = st.error().toString();
        return false;
    }
    expansion.next += n;
    if (last)
        expansion.entries = {}; // the part holds them now
    Q_EMIT expanded(expansion.folder, part);
    // Entries recorded as skipped (unsafe names, links leaving the folder) never run:
    // they are reported here, once.
    for (const QueueItem &child : std::as_const(part)) {
        if (child.state == ItemState::Skipped)
            Q_EMIT itemFinished(child);
    }
    return true;
}

void Scheduler::continueExpansions()
{
    if (m_expansions.empty())
        return;
    Expansion &expansion = m_expansions.front();
    if (!addPart(expansion, kLaterPart)) {
        // The folder was removed meanwhile (or the queue cannot be written): the rest is
        // dropped, and the folder stays unfinished when it still exists.
        log(tr("%1: %2").arg(displayName(expansion.folder), expansion.folder.lastError));
        m_expansions.pop_front();
    } else if (expansion.finished()) {
        m_expansions.pop_front();
    }
    if (!m_expansions.empty())
        m_expansionTimer.start();
    m_scanUseful = true;
    schedule();
}

void Scheduler::flushExpansions()
{
    m_expansionTimer.stop();
    while (!m_expansions.empty()) {
        Expansion &expansion = m_expansions.front();
        if (!addPart(expansion, expansion.entries.size()))
            log(tr("%1: %2").arg(displayName(expansion.folder), expansion.folder.lastError));
        m_expansions.pop_front();
    }
}

void Scheduler::finishCopied(QueueItem &item, const TaskOutcome &done)
{
    item.state = done.state;
    if (done.size >= 0) {
        item.size = done.size;
        item.bytesDone = done.state == ItemState::Done ? done.size : item.bytesDone;
    }
    item.checksum = done.checksum;
    item.lastError = done.skipReason;
    if (!done.newLocalPath.isEmpty())
        item.localPath = done.newLocalPath;
    if (!done.newRemotePath.isEmpty())
        (item.direction == Direction::Copy ? item.targetPath : item.remotePath) = done.newRemotePath;
    if (!done.method.isEmpty()) {
        item.options.method = done.method;
        log(tr("%1: copied server to server by %2")
                .arg(displayName(item), done.method == QLatin1String("fxp")
                                            ? tr("FXP (directly between the servers)")
                                            : tr("streaming through this computer")));
    }
    if (done.resumedFrom > 0)
        item.options.resumedFrom = done.resumedFrom;
    (void)m_queue.recordRun(item);
}

void Scheduler::finishStopped(QueueItem &item, const Running &run)
{
    switch (run.stop) {
    case Running::Stop::Pause:
        item.state = ItemState::Paused;
        break;
    case Running::Stop::Cancel:
        item.state = ItemState::Cancelled;
        break;
    case Running::Stop::Requeue:
    case Running::Stop::None:
        item.state = ItemState::Queued;
        break;
    }
    item.bytesDone = run.progress->done.load();
    (void)m_queue.recordRun(item);
}

void Scheduler::finishFailed(QueueItem &item, const Running &run, const Error &error)
{
    item.attempts += 1;
    item.lastError = error.toString();
    item.bytesDone = run.progress->done.load();
    const QString name = displayName(item);
    if (siteFatal(error)) {
        // Wrong password, refused key or certificate: the other items of this site would
        // fail the same way; they fail at once instead of each asking.
        if (run.session && error.kind() == ErrorKind::Auth)
            run.session->forgetSecrets(); // a password typed wrong is not reused
        for (auto &s : m_sites) {
            if (s.session == run.session && s.connection) {
                s.connection = error;
                s.session = nullptr;
            }
        }
        item.state = ItemState::Failed;
    } else if (error.retryable() && item.attempts < m_maxAttempts && m_active) {
        const qint64 delay = m_backoff.failed(hostOf(item.site));
        item.state = ItemState::Queued;
        log(tr("%1: %2; trying again in %3 s (attempt %4 of %5)")
                .arg(name, error.toString())
                .arg(double(delay) / 1000.0)
                .arg(item.attempts + 1)
                .arg(m_maxAttempts));
    } else {
        item.state = ItemState::Failed;
    }
    if (item.state == ItemState::Failed)
        log(tr("%1: failed: %2").arg(name, error.toString()));
    (void)m_queue.recordRun(item);
}

void Scheduler::askExists(const QueueItem &item, const ExistsQuestion &question)
{
    m_asking.insert(item.id);
    auto *request = new FileExistsRequest(item, question, this);
    const qint64 id = item.id;
    // Answered here or on a copy sharing its state (QueueService's), declined or
    // withdrawn: closed() says so; destroyed unanswered, it was not answered.
    connect(request, &session::QuestionRequest::closed, this,
            [this, id, request] { settleExists(id, request->action(), request->forAll()); });
    connect(request, &QObject::destroyed, this, [this, id] { settleExists(id, ExistsAction::Ask, false); });
    Q_EMIT fileExistsAsked(request);
}

void Scheduler::settleExists(qint64 id, ExistsAction action, bool forAll)
{
    if (!m_asking.remove(id))
        return;
    if (action == ExistsAction::Ask) {
        // Nobody answered: the file is skipped, never overwritten.
        (void)m_queue.setState(id, ItemState::Skipped, tr("the target exists"));
        if (const auto stored = m_queue.item(id))
            Q_EMIT itemFinished(*stored);
    } else {
        if (auto stored = m_queue.item(id)) {
            if (forAll)
                defaultExistsFor(*stored) = action;
            stored->existsAction = action;
            (void)m_queue.update(*stored);
        }
    }
    m_scanUseful = true;
    schedule();
}

void Scheduler::reportProgress()
{
    bool found = false;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        Running &run = it.value();
        if (run.item.isFolder) {
            const qsizetype before = run.entriesStored;
            storeFound(run);
            found = found || run.entriesStored != before;
            continue;
        }
        const qint64 done = run.progress->done.load();
        const qint64 total = run.progress->total.load();
        const PartialCopy partial = run.progress->copying.load() ? run.progress->partial() : PartialCopy();
        const bool newPartial = !partial.isEmpty() && run.item.options.partial != partial;
        const QString record = run.progress->copying.load() ? run.progress->segmentRecord() : QString();
        const bool newRecord = !record.isEmpty() && run.item.options.segmentRecord != record;
        if (run.progress->copying.load() && (!run.item.options.started || newPartial || newRecord)) {
            // From now on a new run continues the partial copy (that file, recorded with
            // its identity) instead of asking again; removing the item removes the
            // segment record.
            run.item.options.started = true;
            if (!partial.isEmpty())
                run.item.options.partial = partial;
            if (!record.isEmpty())
                run.item.options.segmentRecord = record;
            if (auto stored = m_queue.item(it.key())) {
                stored->options.started = true;
                if (!partial.isEmpty())
                    stored->options.partial = partial;
                if (!record.isEmpty())
                    stored->options.segmentRecord = record;
                (void)m_queue.update(*stored);
            }
        }
        if (done == run.lastDone)
            continue;
        run.lastDone = done;
        const double seconds = double(run.rateTimer.elapsed()) / 1000.0;
        const double rate = seconds > 0 ? double(done - run.rateBase) / seconds : 0.0;
        if (run.rateTimer.elapsed() > 5000) { // a speed over the last few seconds, not since the start
            run.rateTimer.start();
            run.rateBase = done;
        }
        if (std::vector<remote::SegmentRecord::Segment> segments = run.progress->segments();
            !segments.empty())
            Q_EMIT itemSegments(it.key(), segments);
        Q_EMIT itemProgress(it.key(), done, total, rate);
        if (run.lastSave.elapsed() >= kSaveIntervalMs && done != run.lastSaved) {
            run.lastSave.start();
            run.lastSaved = done;
            (void)m_queue.setProgress(it.key(), done, total);
        }
    }
    if (found) { // a folder's first entries can run while the rest is read
        m_scanUseful = true;
        schedule();
    }
}

void Scheduler::checkIdle()
{
    if (!m_active || !m_running.isEmpty() || !m_asking.isEmpty() || m_retryTimer.isActive() || m_scanUseful ||
        !m_expansions.empty())
        return;
    // A tree still being listed ahead: its end pokes the queue (its connections free). One
    // paused for room that nothing takes from (its items were removed) is ended.
    bool listing = false;
    for (Ahead &ahead : m_ahead) {
        if (ahead.lister->isFinished() || !ahead.session)
            continue;
        if (ahead.listings->full())
            ahead.lister->cancel();
        listing = true;
    }
    if (listing)
        return;
    m_ahead.clear(); // listings nobody took (their items were removed)
    Q_EMIT idle();
}

} // namespace ferry::transfer
