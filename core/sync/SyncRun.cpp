#include "SyncRun.h"

#include <QDir>

#include "SyncApply.h"
#include "SyncPlanning.h"
#include "transfer/QueueService.h"

namespace ferry::sync {

using namespace ferry::remote;
using transfer::ItemState;
using transfer::QueueItem;

SyncRun::SyncRun(session::Session &session, transfer::QueueService &queue, const Request &request,
                 QObject *parent)
    : QObject(parent), m_session(&session), m_queue(queue), m_request(request)
{}

SyncRun::~SyncRun()
{
    m_token.cancel();
}

QString SyncRun::keyOf(const QueueItem &item)
{
    return QStringLiteral("%1\n%2\n%3").arg(int(item.direction)).arg(item.localPath, item.remotePath);
}

void SyncRun::start()
{
    if (m_started)
        return;
    m_started = true;
    before();
}

void SyncRun::finish(std::optional<Error> error)
{
    if (isFinished())
        return;
    m_error = std::move(error);
    m_stage = Stage::Done;
    Q_EMIT progressed();
    Q_EMIT finished();
}

void SyncRun::before()
{
    m_stage = Stage::Before;
    Q_EMIT progressed();
    if (!m_session)
        return finish(Error(ErrorKind::Cancelled, QStringLiteral("disconnected")));
    const Request request = m_request;
    const QPointer<SyncRun> self(this);
    // Local folders are made on the worker thread as well: deleting a folder that stands
    // in the way may take long.
    SyncPlanning::onConnection<int>(
        *m_session, this, m_token,
        [request](RemoteFileSystem &fs) -> Result<int> {
            if (request.plan.options.direction == SyncDirection::Up) {
                if (request.remoteMissing) {
                    if (auto st = fs.makeDir(request.remoteRoot); !st)
                        return st.error();
                }
                if (auto st = SyncApply::applyRemote(fs, request.plan, request.remoteRoot,
                                                     SyncApply::Phase::Before);
                    !st)
                    return st.error();
                return 0;
            }
            if (!QDir().mkpath(request.localRoot))
                return Error(ErrorKind::Local,
                             QStringLiteral("cannot make the folder %1").arg(request.localRoot));
            if (auto st = SyncApply::applyLocal(request.plan, request.localRoot, SyncApply::Phase::Before);
                !st)
                return st.error();
            return 0;
        },
        [self](const Result<int> &result) {
            if (!self || self->isFinished())
                return;
            if (!result)
                return self->finish(result.error());
            self->queueCopies();
        });
}

void SyncRun::queueCopies()
{
    m_stage = Stage::Copying;
    const QList<QueueItem> items = SyncApply::queueItems(m_request.plan, m_request.site, m_request.localRoot,
                                                         m_request.remoteRoot, m_request.options);
    for (const QueueItem &item : items)
        m_wanted.insert(keyOf(item));
    m_total = int(items.size());
    Q_EMIT progressed();
    if (items.isEmpty())
        return after();
    connect(&m_queue, &transfer::QueueService::itemsAdded, this,
            [this](const QList<QueueItem> &added, qint64) { itemsAdded(added); });
    connect(&m_queue, &transfer::QueueService::itemsChanged, this, &SyncRun::itemsChanged);
    connect(&m_queue, &transfer::QueueService::itemsRemoved, this, &SyncRun::itemsRemoved);
    m_queue.add(items, true);
}

void SyncRun::itemsAdded(const QList<QueueItem> &items)
{
    for (const QueueItem &item : items) {
        const QString key = keyOf(item);
        if (!m_wanted.contains(key))
            continue;
        m_wanted.remove(key);
        ++m_added;
        m_running.insert(item.id);
        if (item.state == ItemState::Done)
            settle(item.id, true);
    }
    checkCopies();
}

void SyncRun::itemsChanged(const QList<QueueItem> &items)
{
    for (const QueueItem &item : items) {
        if (!m_running.contains(item.id))
            continue;
        if (item.state == ItemState::Done)
            settle(item.id, true);
        else if (item.state == ItemState::Failed || item.state == ItemState::Cancelled ||
                 item.state == ItemState::Skipped)
            settle(item.id, false);
    }
    checkCopies();
}

void SyncRun::itemsRemoved(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        if (m_running.contains(id))
            settle(id, false);
    }
    checkCopies();
}

void SyncRun::settle(qint64 id, bool ok)
{
    m_running.remove(id);
    ++(ok ? m_done : m_failed);
    Q_EMIT progressed();
}

void SyncRun::checkCopies()
{
    if (m_stage != Stage::Copying || !m_wanted.isEmpty() || !m_running.isEmpty())
        return;
    disconnect(&m_queue, nullptr, this, nullptr);
    if (m_failed > 0)
        return finish(
            Error(ErrorKind::Local, QStringLiteral("%1 of %2 copies did not finish; nothing was deleted")
                                        .arg(m_failed)
                                        .arg(m_added)));
    after();
}

void SyncRun::after()
{
    m_stage = Stage::After;
    Q_EMIT progressed();
    bool any = false;
    for (const SyncAction &a : std::as_const(m_request.plan.actions))
        any = any || SyncApply::inPhase(a, SyncApply::Phase::After);
    if (!any)
        return finish(std::nullopt);
    if (!m_session)
        return finish(Error(ErrorKind::Cancelled, QStringLiteral("disconnected")));
    const Request request = m_request;
    const QPointer<SyncRun> self(this);
    SyncPlanning::onConnection<int>(
        *m_session, this, m_token,
        [request](RemoteFileSystem &fs) -> Result<int> {
            const Status st =
                request.plan.options.direction == SyncDirection::Up
                    ? SyncApply::applyRemote(fs, request.plan, request.remoteRoot, SyncApply::Phase::After)
                    : SyncApply::applyLocal(request.plan, request.localRoot, SyncApply::Phase::After);
            if (!st)
                return st.error();
            return 0;
        },
        [self](const Result<int> &result) {
            if (!self || self->isFinished())
                return;
            self->finish(result ? std::nullopt : std::optional<Error>(result.error()));
        });
}

} // namespace ferry::sync
