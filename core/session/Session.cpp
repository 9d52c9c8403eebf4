#include "Session.h"

#include <algorithm>

namespace ferry::session {

using namespace ferry::remote;

Session::Session(const ConnectionSpec &spec, const ConnectOptions &options, FileSystemMaker maker,
                 QObject *parent)
    : QObject(parent), m_spec(spec), m_options(options), m_maker(std::move(maker)),
      m_slots(std::make_shared<ConnectionSlots>(kDefaultTransferConnections))
{
    // Posted, not emitted: the engine gives a slot back on its worker thread, and the
    // callback runs under the slots' mutex, which the destructor takes to clear it.
    m_slots->setOnGiven([this] {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT extraConnectionEnded(); }, Qt::QueuedConnection);
    });
    m_housekeeping.setInterval(5000);
    connect(&m_housekeeping, &QTimer::timeout, this, &Session::housekeeping);
    m_housekeeping.start();
}

Session::~Session()
{
    m_slots->setOnGiven({}); // engines may outlive the session's connections
    // each Connection stops and joins its thread
}

Connection *Session::addConnection(Connection::Role role)
{
    ConnectOptions options = m_options;
    if (role == Connection::Role::Transfer)
        options.slots = m_slots;
    auto connection = std::make_unique<Connection>(m_spec, options, m_maker, role, this);
    Connection *raw = connection.get();
    connect(raw, &Connection::logged, this, &Session::logged);
    connect(raw, &Connection::questionAsked, this, &Session::routeQuestion);
    connect(raw, &Connection::stopped, this, [this] {
        if (isStopped())
            Q_EMIT stopped();
    });
    if (role == Connection::Role::Browse)
        connect(raw, &Connection::connectedChanged, this, &Session::connectedChanged);
    m_pool.push_back(std::move(connection));
    touch(raw);
    return raw;
}

namespace {
// Passwords and passphrases are the same for every connection; one-time codes are not.
QString reusableKey(const QuestionRequest &request)
{
    if (!request.isReusableSecret())
        return {};
    const SecretPrompt &prompt = request.secretPrompt();
    return prompt.title + QLatin1Char('\n') + prompt.instruction + QLatin1Char('\n') + prompt.prompt;
}
} // namespace

void Session::routeQuestion(QuestionRequest *request)
{
    if (request->kind() != QuestionRequest::Kind::Secret) {
        const QString fingerprint = request->kind() == QuestionRequest::Kind::Certificate
                                        ? request->certificate().sha256Fingerprint
                                        : request->hostKey().sha256Fingerprint;
        if (!fingerprint.isEmpty() && m_trustedOnce.contains(fingerprint)) {
            request->answer(remote::TrustDecision::AcceptOnce); // the user said yes to it already
            return;
        }
        const std::shared_ptr<QuestionState> state = request->state();
        connect(request, &QuestionRequest::closed, this, [this, fingerprint, state] {
            if (!fingerprint.isEmpty() && state->decision() == remote::TrustDecision::AcceptOnce)
                m_trustedOnce.insert(fingerprint);
        });
        Q_EMIT questionAsked(request);
        return;
    }
    const QString key = reusableKey(*request);
    if (key.isEmpty()) {
        Q_EMIT questionAsked(request);
        return;
    }
    if (const auto known = m_secrets.constFind(key); known != m_secrets.cend()) {
        request->answer(known.value());
        return;
    }
    if (auto waiting = m_waiting.find(key); waiting != m_waiting.end()) {
        waiting->append(request); // the same question is open already
        return;
    }
    m_waiting.insert(key, {});
    const std::shared_ptr<QuestionState> state = request->state();
    connect(request, &QuestionRequest::closed, this, [this, key, state] {
        const QList<QPointer<QuestionRequest>> others = m_waiting.take(key);
        const bool given = state->secretGiven();
        if (given)
            m_secrets.insert(key, state->secret());
        for (const QPointer<QuestionRequest> &other : others) {
            if (!other || other->isClosed())
                continue;
            if (given)
                other->answer(state->secret());
            else
                other->cancel(); // the user declined: do not ask again for each connection
        }
    });
    Q_EMIT questionAsked(request);
}

Connection *Session::acquireTransferConnection()
{
    if (m_stopping)
        return nullptr;
    for (const auto &connection : m_pool) {
        if (connection->role() != Connection::Role::Transfer)
            continue;
        if (!m_busy.contains(connection.get()) && !connection->isStopping()) {
            m_busy.insert(connection.get());
            touch(connection.get());
            return connection.get();
        }
    }
    if (!m_slots->tryTake()) // the limit, counting engines' extra connections
        return nullptr;
    Connection *fresh = addConnection(Connection::Role::Transfer);
    m_busy.insert(fresh);
    return fresh;
}

bool Session::hasFreeTransferConnection() const
{
    if (m_stopping)
        return false;
    for (const auto &connection : m_pool) {
        if (connection->role() == Connection::Role::Transfer && !m_busy.contains(connection.get()) &&
            !connection->isStopping())
            return true;
    }
    return m_slots->held() < m_slots->limit();
}

void Session::releaseTransferConnection(Connection *connection)
{
    m_busy.remove(connection);
    touch(connection);
    startWaitingOperations();
    Q_EMIT transferConnectionReleased();
}

void Session::invalidate(const RemotePath &folder, bool subtree)
{
    m_cache.remove(folder.toString());
    if (!subtree)
        return;
    const QString prefix = folder.isRoot() ? folder.toString() : folder.toString() + QLatin1Char('/');
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it.key().startsWith(prefix))
            it = m_cache.erase(it);
        else
            ++it;
    }
}

OperationJob *Session::runOperation(const FileOperation &operation)
{
    auto *job = new OperationJob(operation, this);
    if (m_stopping) {
        QMetaObject::invokeMethod(
            job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("The session was closed"))); },
            Qt::QueuedConnection);
        return job;
    }
    m_waitingOps.append(job);
    startWaitingOperations();
    return job;
}

void Session::startWaitingOperations()
{
    while (!m_waitingOps.isEmpty() && !m_stopping) {
        const QPointer<OperationJob> job = m_waitingOps.constFirst();
        if (!job || job->isFinished()) {
            m_waitingOps.removeFirst();
            continue;
        }
        if (job->isCancelled()) { // cancelled while waiting: no connection needed
            m_waitingOps.removeFirst();
            QMetaObject::invokeMethod(
                job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("Cancelled"))); },
                Qt::QueuedConnection);
            continue;
        }
        Connection *connection = acquireTransferConnection();
        if (!connection)
            return; // the next releaseTransferConnection() comes back here
        m_waitingOps.removeFirst();
        runOperationOn(connection, job);
    }
}

void Session::runOperationOn(Connection *connection, OperationJob *job)
{
    const QPointer<OperationJob> guard(job);
    const FileOperation operation = job->operation();
    connection->run<int>(
        job->cancelToken(),
        [operation](ConnectionWorker &worker) -> Result<int> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            return operation.run(*fs.value());
        },
        [this, connection, guard, operation](const Result<int> &result) {
            if (!result.ok() && result.error().kind() == ErrorKind::Auth)
                forgetSecrets();
            const QList<RemotePath> folders = operation.affectedFolders();
            for (const RemotePath &gone : operation.goneFolders())
                invalidate(gone, true);
            for (const RemotePath &folder : folders)
                invalidate(folder);
            if (guard)
                guard->finish(result);
            Q_EMIT foldersChanged(folders);
            releaseTransferConnection(connection);
        });
}

void Session::operationDone(const FileOperation &operation)
{
    const QList<RemotePath> folders = operation.affectedFolders();
    for (const RemotePath &gone : operation.goneFolders())
        invalidate(gone, true);
    for (const RemotePath &folder : folders)
        invalidate(folder);
    Q_EMIT foldersChanged(folders);
}

void Session::setIdlePolicy(int keepAliveSeconds, int closeIdleSeconds)
{
    m_keepAliveSeconds = std::max(1, keepAliveSeconds);
    m_closeIdleSeconds = std::max(1, closeIdleSeconds);
    m_housekeeping.setInterval(std::min(5, std::min(m_keepAliveSeconds, m_closeIdleSeconds)) * 1000);
}

void Session::setTimeout(int seconds)
{
    m_options.timeoutSeconds = std::max(1, seconds);
}

void Session::housekeeping()
{
    if (m_stopping)
        return;
    for (auto it = m_pool.begin(); it != m_pool.end();) {
        Connection *connection = it->get();
        const qint64 idleMs = m_lastUse[connection].elapsed();
        const bool idle = !m_busy.contains(connection) && connection->pendingJobs() == 0;
        if (idle && connection->role() == Connection::Role::Transfer &&
            idleMs >= qint64(m_closeIdleSeconds) * 1000) {
            // Closed in the background; deleted once its thread has ended.
            m_lastUse.remove(connection);
            m_lastKeepAlive.remove(connection);
            connection->stop();
            m_slots->give();
            m_retiring.push_back(std::move(*it));
            it = m_pool.erase(it);
            continue;
        }
        const qint64 quietMs = std::min(
            idleMs, m_lastKeepAlive.contains(connection) ? m_lastKeepAlive[connection].elapsed() : idleMs);
        if (idle && connection->isConnected() && quietMs >= qint64(m_keepAliveSeconds) * 1000) {
            m_lastKeepAlive[connection].start(); // not a use: the idle time keeps counting
            connection->run<bool>(
                remote::CancelToken(),
                [](ConnectionWorker &worker) -> Result<bool> {
                    worker.keepAlive();
                    return true;
                },
                [](const Result<bool> &) {});
        }
        ++it;
    }
    m_retiring.erase(
        std::remove_if(m_retiring.begin(), m_retiring.end(), [](const auto &c) { return c->isStopped(); }),
        m_retiring.end());
}

Connection *Session::browsingConnection()
{
    for (const auto &connection : m_pool) {
        if (connection->role() == Connection::Role::Browse)
            return connection.get();
    }
    return addConnection(Connection::Role::Browse);
}

bool Session::isConnected() const
{
    return std::any_of(m_pool.begin(), m_pool.end(), [](const auto &c) {
        return c->role() == Connection::Role::Browse && c->isConnected();
    });
}

ConnectJob *Session::connectToServer()
{
    auto *job = new ConnectJob(this);
    if (m_stopping) {
        QMetaObject::invokeMethod(
            job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("The session was closed"))); },
            Qt::QueuedConnection);
        return job;
    }
    const QPointer<ConnectJob> guard(job);
    touch(browsingConnection());
    // Written on the worker, read here after the queued result: the hand-off orders them.
    auto encrypted = std::make_shared<bool>(false);
    browsingConnection()->run<RemotePath>(
        job->cancelToken(),
        [encrypted](ConnectionWorker &worker) {
            Result<RemotePath> home = worker.connectIfNeeded();
            if (home.ok()) {
                if (const auto fs = worker.fileSystem(); fs.ok())
                    *encrypted = fs.value()->isEncrypted();
            }
            return home;
        },
        [this, guard, encrypted](const Result<RemotePath> &home) {
            if (home.ok()) {
                m_home = home.value();
                m_encrypted = *encrypted;
            } else if (home.error().kind() == ErrorKind::Auth) {
                forgetSecrets();
            }
            if (guard)
                guard->finish(home);
        });
    return job;
}

ListJob *Session::list(const RemotePath &path, CachePolicy policy)
{
    auto *job = new ListJob(path, this);
    if (policy == CachePolicy::UseCache) {
        if (const auto cached = m_cache.constFind(path.toString()); cached != m_cache.cend()) {
            const Listing listing = cached.value();
            QMetaObject::invokeMethod(
                job, [job, listing] { job->finish(listing, true); }, Qt::QueuedConnection);
            return job;
        }
    }
    if (m_stopping) {
        QMetaObject::invokeMethod(
            job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("The session was closed"))); },
            Qt::QueuedConnection);
        return job;
    }
    const QPointer<ListJob> guard(job);
    touch(browsingConnection());
    browsingConnection()->run<Listing>(
        job->cancelToken(), [path](ConnectionWorker &worker) { return worker.list(path); },
        [this, guard, path](const Result<Listing> &result) {
            if (result.ok()) {
                m_cache.insert(result->path.toString(), result.value());
                if (result->path != path) // the server resolved a link
                    m_cache.insert(path.toString(), result.value());
            }
            if (guard)
                guard->finish(result);
        });
    return job;
}

std::optional<Listing> Session::cachedListing(const RemotePath &path) const
{
    const auto it = m_cache.constFind(path.toString());
    if (it == m_cache.cend())
        return std::nullopt;
    return it.value();
}

int Session::raiseTransferConnectionLimit(int limit)
{
    if (m_transferLimit >= limit)
        return 0;
    const int previous = m_transferLimit;
    setTransferConnectionLimit(limit);
    return previous;
}

void Session::restoreTransferConnectionLimit(int raisedTo, int previous)
{
    if (previous > 0 && m_transferLimit == raisedTo)
        setTransferConnectionLimit(previous);
}

void Session::setTransferConnectionLimit(int limit)
{
    m_transferLimit = std::clamp(limit, 1, kMaxTransferConnections);
    m_slots->setLimit(m_transferLimit);
}

void Session::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_housekeeping.stop();
    for (const QPointer<OperationJob> &job : std::as_const(m_waitingOps)) {
        if (job)
            QMetaObject::invokeMethod(
                job,
                [job = job.data()] {
                    job->finish(Error(ErrorKind::Cancelled, tr("The session was closed")));
                },
                Qt::QueuedConnection);
    }
    m_waitingOps.clear();
    for (const auto &connection : m_pool)
        connection->stop();
    if (m_pool.empty() && m_retiring.empty())
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
}

bool Session::isStopped() const
{
    const auto stopped = [](const auto &c) {
        return c->isStopped();
    };
    return m_stopping && std::all_of(m_pool.begin(), m_pool.end(), stopped) &&
           std::all_of(m_retiring.begin(), m_retiring.end(), stopped);
}

} // namespace ferry::session
