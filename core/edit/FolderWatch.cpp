#include "FolderWatch.h"

#include <QCoreApplication>

#include "OnConnection.h"
#include "session/Session.h"
#include "sync/RemoteTreeLister.h"
#include "sync/SyncApply.h"
#include "sync/TreeListing.h"
#include "transfer/QueueService.h"

namespace ferry::edit {

using remote::Result;
using sync::SyncAction;
using sync::SyncApply;

namespace {
constexpr int kSettleMs = 1000;
constexpr int kFirstRetryMs = 2000;
constexpr int kMaxRetryMs = 60000;
} // namespace

FolderWatch::FolderWatch(session::Session *session, transfer::QueueService &queue,
                         const transfer::QueueTarget &target, const QString &localRoot,
                         const remote::RemotePath &remoteRoot, const sync::SyncOptions &options,
                         QObject *parent)
    : QObject(parent), m_session(session), m_queue(queue), m_target(target), m_localRoot(localRoot),
      m_remoteRoot(remoteRoot), m_options(options)
{
    m_options.direction = sync::SyncDirection::Up;
    // As ferry-cli watch's --settle default: a small file is on the server within 2 s.
    m_watcher.setDebounce(kSettleMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FolderWatch::round);
    const auto soon = [this] {
        requestRound();
    };
    connect(&m_watcher, &LocalChangeWatcher::fileChanged, this, soon);
    connect(&m_watcher, &LocalChangeWatcher::fileRemoved, this, soon);
    connect(&m_watcher, &LocalChangeWatcher::folderAdded, this, soon);
    connect(&m_watcher, &LocalChangeWatcher::folderRemoved, this, soon);
    connect(&m_queue, &transfer::QueueService::itemsAdded, this,
            [this](const QList<transfer::QueueItem> &items, qint64) { itemsAdded(items); });
    connect(&m_queue, &transfer::QueueService::itemsChanged, this, &FolderWatch::itemsChanged);
}

FolderWatch::~FolderWatch() = default;

void FolderWatch::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void FolderWatch::start()
{
    if (!m_session)
        return;
    const sync::SyncExcludes excludes = m_options.excludes;
    m_watcher.watchTree(m_localRoot, [excludes](const QString &relative) {
        QString path = relative;
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        return excludes.excludes(path);
    });
    setState(State::Listing);
    // A remote folder that does not exist yet is made by the first round.
    const remote::RemotePath root = m_remoteRoot;
    runOnConnection<remote::DirEntry>(
        this, m_session, [root](remote::RemoteFileSystem &fs) { return fs.stat(root); },
        [this](const Result<remote::DirEntry> &entry) {
            if (m_state != State::Listing)
                return;
            if (!entry && entry.error().kind() == remote::ErrorKind::NotFound) {
                m_known.clear();
                setState(State::Idle);
                Q_EMIT logged(tr("Keeping %1 up to date with %2").arg(m_remoteRoot.toString(), m_localRoot),
                              false);
                round();
                return;
            }
            listRemote();
        });
}

void FolderWatch::listRemote()
{
    m_lister = std::make_unique<sync::RemoteTreeLister>(
        *m_session, m_remoteRoot, m_options.excludes,
        sync::RemoteTreeLister::defaultConnections(*m_session, m_session->transferConnectionLimit()));
    connect(m_lister.get(), &sync::RemoteTreeLister::finished, this, [this] {
        if (m_state == State::Stopped)
            return;
        if (m_lister->error()) {
            Q_EMIT logged(tr("Keeping %1 up to date failed: %2")
                              .arg(m_remoteRoot.toString(), m_lister->error()->message()),
                          true);
            stop();
            return;
        }
        m_known = m_lister->tree();
        setState(State::Idle);
        Q_EMIT logged(tr("Keeping %1 up to date with %2").arg(m_remoteRoot.toString(), m_localRoot), false);
        round(); // the first sync
    });
    m_lister->start();
}

void FolderWatch::stop()
{
    if (m_state == State::Stopped)
        return;
    if (m_lister && !m_lister->isFinished())
        m_lister->cancel();
    m_watcher.clear();
    m_timer.stop();
    setState(State::Stopped);
    Q_EMIT logged(tr("Stopped keeping %1 up to date").arg(m_remoteRoot.toString()), false);
}

void FolderWatch::requestRound()
{
    if (m_state == State::Working) {
        m_again = true;
        return;
    }
    if (m_state == State::Idle)
        m_timer.start(0);
}

void FolderWatch::round()
{
    if (m_state == State::Stopped || m_state == State::Listing || m_state == State::Working)
        return;
    m_again = false;
    auto listed = sync::TreeListing::listLocal(m_localRoot, m_options.excludes);
    if (!listed) {
        Q_EMIT logged(listed.error().message(), true);
        finishRound(false);
        return;
    }
    sync::SyncTree local = std::move(*listed);
    holdBackPending(m_watcher, m_localRoot, m_known, local);
    sync::SyncPlan plan = sync::SyncPlanner::plan(local, m_known, m_options);
    bool changes = false;
    for (const SyncAction &a : plan.actions)
        changes = changes || a.changes();
    if (!changes) {
        m_known = local;
        setState(State::Idle);
        return;
    }
    setState(State::Working);
    m_plan = plan;
    m_local = local;
    m_failed.clear();
    // Folders and type clashes first, on a transfer connection.
    const remote::RemotePath root = m_remoteRoot;
    runOnConnection<int>(
        this, m_session,
        [plan, root](remote::RemoteFileSystem &fs) -> Result<int> {
            if (auto made = fs.stat(root); !made && made.error().kind() == remote::ErrorKind::NotFound) {
                if (auto st = fs.makeDir(root); !st)
                    return st.error();
            }
            if (auto st = SyncApply::applyRemote(fs, plan, root, SyncApply::Phase::Before); !st)
                return st.error();
            return 0;
        },
        [this, plan, local](const Result<int> &result) {
            if (m_state == State::Stopped)
                return;
            if (!result) {
                Q_EMIT logged(
                    tr("Keeping %1 up to date: %2").arg(m_remoteRoot.toString(), result.error().message()),
                    true);
                finishRound(false);
                return;
            }
            afterBefore(plan, local);
        });
}

void FolderWatch::afterBefore(const sync::SyncPlan &plan, const sync::SyncTree &)
{
    transfer::ItemOptions options;
    options.preserveTime = m_target.preserveTime;
    options.usePartFile = m_target.usePartFile;
    const QList<transfer::QueueItem> items =
        SyncApply::queueItems(plan, m_target.site, m_localRoot, m_remoteRoot, options);
    if (items.isEmpty()) {
        afterUploads();
        return;
    }
    m_expected.clear();
    m_items.clear();
    for (const transfer::QueueItem &item : items)
        m_expected.insert(item.localPath);
    m_queue.add(items, true);
}

void FolderWatch::itemsAdded(const QList<transfer::QueueItem> &items)
{
    if (m_state != State::Working || m_expected.isEmpty())
        return;
    for (const transfer::QueueItem &item : items) {
        if (item.direction == transfer::Direction::Upload && m_expected.remove(item.localPath))
            m_items.insert(item.id);
    }
}

void FolderWatch::itemsChanged(const QList<transfer::QueueItem> &items)
{
    if (m_state != State::Working || m_items.isEmpty())
        return;
    const QString base = m_localRoot + QLatin1Char('/');
    for (const transfer::QueueItem &item : items) {
        if (!m_items.contains(item.id))
            continue;
        switch (item.state) {
        case transfer::ItemState::Done:
            ++m_uploads;
            m_items.remove(item.id);
            break;
        case transfer::ItemState::Failed:
        case transfer::ItemState::Skipped:
        case transfer::ItemState::Cancelled:
            m_failed.insert(item.localPath.mid(base.size()));
            m_items.remove(item.id);
            break;
        default:
            break;
        }
    }
    if (m_items.isEmpty() && m_expected.isEmpty())
        afterUploads();
}

void FolderWatch::afterUploads()
{
    if (!m_failed.isEmpty()) {
        // Never delete after a failed copy. What was made and uploaded is known to the
        // server now; the rest (failed uploads, the deletes) is planned again.
        for (const SyncAction &a : std::as_const(m_plan.actions)) {
            const bool done = (a.kind == SyncAction::Kind::MakeDir) ||
                              (a.kind == SyncAction::Kind::Upload && !m_failed.contains(a.relativePath));
            if (done && m_local.contains(a.relativePath))
                m_known.insert(a.relativePath, m_local.value(a.relativePath));
        }
        finishRound(false);
        return;
    }
    if (m_plan.count(SyncAction::Kind::Delete) == 0) {
        m_known = m_local;
        finishRound(true);
        return;
    }
    const sync::SyncPlan plan = m_plan;
    const remote::RemotePath root = m_remoteRoot;
    runOnConnection<int>(
        this, m_session,
        [plan, root](remote::RemoteFileSystem &fs) -> Result<int> {
            int deleted = 0;
            if (auto st = SyncApply::applyRemote(fs, plan, root, SyncApply::Phase::After,
                                                 [&deleted](const SyncAction &) { ++deleted; });
                !st)
                return st.error();
            return deleted;
        },
        [this](const Result<int> &result) {
            if (m_state == State::Stopped)
                return;
            if (!result) {
                Q_EMIT logged(
                    tr("Keeping %1 up to date: %2").arg(m_remoteRoot.toString(), result.error().message()),
                    true);
                finishRound(false);
                return;
            }
            m_deletes += result.value();
            m_known = m_local;
            finishRound(true);
        });
}

void FolderWatch::finishRound(bool ok)
{
    if (m_state == State::Stopped)
        return;
    if (!ok) {
        setState(State::Waiting);
        m_timer.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
        return;
    }
    m_retryMs = kFirstRetryMs;
    setState(State::Idle);
    if (m_again)
        m_timer.start(0);
}

void holdBackPending(const LocalChangeWatcher &watcher, const QString &localRoot, const sync::SyncTree &known,
                     sync::SyncTree &local)
{
    const QString base = localRoot + QLatin1Char('/');
    for (const QString &path : watcher.pendingPaths()) {
        if (!path.startsWith(base))
            continue;
        const QString relative = path.mid(base.size());
        const auto held = known.constFind(relative);
        if (held != known.cend())
            local.insert(relative, *held);
        else
            local.remove(relative);
    }
}

} // namespace ferry::edit
