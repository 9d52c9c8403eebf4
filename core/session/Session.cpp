#include "Session.h"

#include <algorithm>

namespace ferry::session {

using namespace ferry::remote;

Session::Session(const ConnectionSpec &spec, const ConnectOptions &options, FileSystemMaker maker, QObject *parent)
    : QObject(parent), m_spec(spec), m_options(options), m_maker(std::move(maker))
{
}

Session::~Session() = default; // each Connection stops and joins its thread

QString Session::siteKey(const ConnectionSpec &spec)
{
    return ConnectionSpec::scheme(spec.protocol) + QStringLiteral("://") + spec.user + QLatin1Char('@')
        + spec.host.toLower() + QLatin1Char(':') + QString::number(spec.effectivePort());
}

Connection *Session::addConnection(Connection::Role role)
{
    auto connection = std::make_unique<Connection>(m_spec, m_options, m_maker, role, this);
    Connection *raw = connection.get();
    connect(raw, &Connection::logged, this, &Session::logged);
    connect(raw, &Connection::questionAsked, this, &Session::questionAsked);
    connect(raw, &Connection::stopped, this, [this] {
        if (isStopped())
            Q_EMIT stopped();
    });
    if (role == Connection::Role::Browse)
        connect(raw, &Connection::connectedChanged, this, &Session::connectedChanged);
    m_pool.push_back(std::move(connection));
    return raw;
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
        QMetaObject::invokeMethod(job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("The session was closed"))); },
                                  Qt::QueuedConnection);
        return job;
    }
    const QPointer<ConnectJob> guard(job);
    browsingConnection()->run<RemotePath>(
        job->cancelToken(), [](ConnectionWorker &worker) { return worker.connectIfNeeded(); },
        [this, guard](const Result<RemotePath> &home) {
            if (home.ok())
                m_home = home.value();
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
            QMetaObject::invokeMethod(job, [job, listing] { job->finish(listing, true); }, Qt::QueuedConnection);
            return job;
        }
    }
    if (m_stopping) {
        QMetaObject::invokeMethod(job, [job] { job->finish(Error(ErrorKind::Cancelled, tr("The session was closed"))); },
                                  Qt::QueuedConnection);
        return job;
    }
    const QPointer<ListJob> guard(job);
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

void Session::setTransferConnectionLimit(int limit)
{
    m_transferLimit = std::clamp(limit, 1, kMaxTransferConnections);
}

void Session::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (const auto &connection : m_pool)
        connection->stop();
    if (m_pool.empty())
        QMetaObject::invokeMethod(this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
}

bool Session::isStopped() const
{
    return m_stopping && std::all_of(m_pool.begin(), m_pool.end(), [](const auto &c) { return c->isStopped(); });
}

} // namespace ferry::session
