#include "SyncRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

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

SyncRun::SyncRun(transfer::QueueService &queue, const SyncRunRecord &record, const QString &recordFolder,
                 SessionSource source, QObject *parent)
    : QObject(parent), m_queue(queue), m_record(record), m_recorded(true), m_resumed(true),
      m_source(std::move(source))
{
    m_request.plan = record.deletePlan();
    m_request.localRoot = record.localRoot;
    m_request.remoteRoot = record.remoteRoot;
    m_request.site = record.site;
    m_request.recordFolder = recordFolder;
    m_stage = Stage::Copying;
    m_total = int(record.copies.size());
    // Heard from construction on: the queue's first report after open() is the one that
    // says where each copy stands.
    connect(&m_queue, &transfer::QueueService::itemsReset, this, &SyncRun::itemsReset);
}

SyncRun::~SyncRun()
{
    m_token.cancel();
}

QString SyncRun::keyOf(const QueueItem &item)
{
    return QStringLiteral("%1\n%2\n%3").arg(int(item.direction)).arg(item.localPath, item.remotePath);
}

QString SyncRun::keyOf(const SyncRunRecord::Copy &copy)
{
    return QStringLiteral("%1\n%2\n%3").arg(int(copy.direction)).arg(copy.localPath, copy.remotePath);
}

void SyncRun::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_resumed) {
        Q_EMIT progressed();
        listen();
        if (m_total == 0)
            after();
        return;
    }
    before();
}

void SyncRun::listen()
{
    connect(&m_queue, &transfer::QueueService::itemsAdded, this,
            [this](const QList<QueueItem> &added, qint64) { itemsAdded(added); });
    connect(&m_queue, &transfer::QueueService::itemsChanged, this, &SyncRun::itemsChanged);
    connect(&m_queue, &transfer::QueueService::itemsRemoved, this, &SyncRun::itemsRemoved);
}

void SyncRun::finish(std::optional<Error> error)
{
    if (isFinished())
        return;
    // The record goes with the run, unless the deletes could not reach the server: then
    // the next start tries them again.
    const bool retry = error && m_stage == Stage::After &&
                       (error->kind() == ErrorKind::Network || error->kind() == ErrorKind::Timeout);
    if (m_recorded && !retry)
        SyncRunRecord::remove(m_request.recordFolder, m_record.id);
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
                             QCoreApplication::translate("ferry::sync", "cannot make the folder %1")
                                 .arg(request.localRoot));
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
    bool deletes = false;
    for (const SyncAction &a : std::as_const(m_request.plan.actions)) {
        if (SyncApply::inPhase(a, SyncApply::Phase::After))
            deletes = true;
    }
    if (deletes && !m_request.recordFolder.isEmpty()) {
        // On disk before the copies are queued: from here on a crash keeps the deletes.
        m_record.site = m_request.site;
        m_record.connect = m_request.options.connect;
        m_record.localRoot = m_request.localRoot;
        m_record.remoteRoot = m_request.remoteRoot;
        m_record.direction = m_request.plan.options.direction;
        for (const SyncAction &a : std::as_const(m_request.plan.actions)) {
            if (SyncApply::inPhase(a, SyncApply::Phase::After))
                m_record.deletes.append(a);
        }
        for (const QueueItem &item : items)
            m_record.copies.append({item.direction, item.localPath, item.remotePath, 0});
        if (Status st = m_record.save(m_request.recordFolder); !st)
            return finish(st.error());
        m_recorded = true;
    }
    listen();
    m_queue.add(items, true);
}

void SyncRun::itemsAdded(const QList<QueueItem> &items)
{
    bool matched = false;
    for (const QueueItem &item : items) {
        const QString key = keyOf(item);
        if (!m_wanted.contains(key))
            continue;
        m_wanted.remove(key);
        matched = true;
        ++m_added;
        m_running.insert(item.id);
        for (SyncRunRecord::Copy &copy : m_record.copies) {
            if (keyOf(copy) == key)
                copy.itemId = item.id;
        }
        if (item.state == ItemState::Done)
            settle(item.id, true);
    }
    // Every copy has its id: the record names them by it from now on.
    if (matched && m_recorded && m_wanted.isEmpty() && !isFinished())
        // When this fails the record written first (copies by their paths) still resumes.
        (void)m_record.save(m_request.recordFolder);
    checkCopies();
}

void SyncRun::itemsReset(const QList<QueueItem> &items)
{
    if (m_stage != Stage::Copying || !m_resumed)
        return;
    QHash<qint64, ItemState> states;
    for (const QueueItem &item : items)
        states.insert(item.id, item.state);
    if (!m_reset) {
        m_reset = true;
        // Copies queued before their ids were written are found by direction and paths,
        // among the items added since the record was made.
        const QDateTime since = m_record.created.addSecs(-2);
        for (SyncRunRecord::Copy &copy : m_record.copies) {
            if (copy.itemId == 0) {
                for (const QueueItem &item : items) {
                    if (keyOf(item) == keyOf(copy) && (!item.created.isValid() || item.created >= since))
                        copy.itemId = item.id;
                }
            }
            ++m_added;
            if (copy.itemId == 0 || !states.contains(copy.itemId))
                ++m_failed; // gone from the queue: nothing is deleted
            else
                m_running.insert(copy.itemId);
        }
    }
    for (const qint64 id : QSet<qint64>(m_running)) {
        const auto state = states.constFind(id);
        if (state == states.cend())
            settle(id, false);
        else if (*state == ItemState::Done)
            settle(id, true);
        else if (*state == ItemState::Failed || *state == ItemState::Cancelled ||
                 *state == ItemState::Skipped)
            settle(id, false);
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
    if (m_stage != Stage::Copying || !m_wanted.isEmpty() || !m_running.isEmpty() || (m_resumed && !m_reset))
        return;
    disconnect(&m_queue, nullptr, this, nullptr);
    if (m_failed > 0)
        return finish(Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sync", "%1 of %2 copies did not finish; nothing was deleted")
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
    if (!m_session && m_source) {
        const QPointer<SyncRun> self(this);
        m_source(this, [self](session::Session *session) {
            if (!self || self->isFinished())
                return;
            if (!session)
                return self->finish(Error(ErrorKind::Network,
                                          QCoreApplication::translate("ferry::sync", "cannot connect to %1")
                                              .arg(self->m_request.site)));
            self->m_session = session;
            self->runDeletes();
        });
        return;
    }
    runDeletes();
}

void SyncRun::runDeletes()
{
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
