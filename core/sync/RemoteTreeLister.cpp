#include "RemoteTreeLister.h"

#include <QCoreApplication>
#include <QTimer>

#include "TreeListing.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/Session.h"
#include "transfer/TreeWalker.h"

namespace ferry::sync {

using namespace ferry::remote;
using session::Connection;
using session::ConnectionWorker;

RemoteTreeLister::RemoteTreeLister(session::Session &session, const RemotePath &root,
                                   const SyncExcludes &excludes, int connections, QObject *parent)
    : QObject(parent), m_session(session), m_root(root), m_excludes(excludes),
      m_connections(qBound(1, connections, session::Session::kMaxTransferConnections))
{}

RemoteTreeLister::~RemoteTreeLister()
{
    m_token.cancel();
}

void RemoteTreeLister::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_session.transferConnectionLimit() < m_connections)
        m_session.setTransferConnectionLimit(m_connections);
    m_pending.push_back(QString());
    connect(&m_session, &session::Session::transferConnectionReleased, this, &RemoteTreeLister::pump);
    pump();
}

void RemoteTreeLister::cancel()
{
    m_token.cancel();
    if (!m_error)
        m_error = Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sync", "cancelled"));
    m_pending.clear();
    if (m_inFlight == 0)
        finish();
}

void RemoteTreeLister::pump()
{
    if (m_finished)
        return;
    while (!m_error && !m_pending.empty() && m_inFlight < m_connections) {
        Connection *connection = m_session.acquireTransferConnection();
        if (!connection)
            break; // another user of the pool gives one back: transferConnectionReleased
        const QString relative = m_pending.front();
        m_pending.pop_front();
        launch(connection, relative);
    }
    if (m_inFlight == 0 && (m_pending.empty() || m_error))
        finish();
}

void RemoteTreeLister::launch(Connection *connection, const QString &relative)
{
    ++m_inFlight;
    ++m_listings;
    m_peak = qMax(m_peak, m_inFlight);
    const RemotePath root = m_root;
    const RemotePath folder = relative.isEmpty() ? m_root : m_root.resolved(relative);
    const QPointer<RemoteTreeLister> self(this);
    session::Session *session = &m_session;
    const QPointer<session::Session> sessionGuard(session);
    connection->run<QList<SyncEntry>>(
        m_token,
        [root, folder](ConnectionWorker &worker) -> Result<QList<SyncEntry>> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            transfer::WalkOptions options;
            options.recursive = false;
            options.batchSize = 1 << 20;
            options.cancel = (*fs)->cancelToken();
            transfer::TreeWalker walker = transfer::TreeWalker::overRemote(**fs, root, options, folder);
            QList<SyncEntry> entries;
            transfer::WalkBatch batch;
            while (walker.next(batch)) {
                if (batch.error)
                    return *batch.error;
                for (const transfer::WalkEntry &entry : std::as_const(batch.entries))
                    entries.append(TreeListing::fromWalk(entry, false));
            }
            if (walker.error())
                return *walker.error();
            return entries;
        },
        [self, sessionGuard, connection, folder](const Result<QList<SyncEntry>> &result) {
            if (sessionGuard)
                sessionGuard->releaseTransferConnection(connection);
            if (!self)
                return;
            --self->m_inFlight;
            if (!result) {
                if (!self->m_error)
                    self->m_error =
                        Error(result.error().kind(),
                              QStringLiteral("%1: %2").arg(folder.toString(), result.error().message()));
                self->m_token.cancel();
            } else {
                for (const SyncEntry &entry : result.value()) {
                    if (self->m_excludes.excludes(entry.relativePath))
                        continue;
                    if (entry.kind == SyncEntry::Kind::Folder)
                        self->m_pending.push_back(entry.relativePath);
                    self->m_tree.insert(entry.relativePath, entry);
                }
                Q_EMIT self->folderListed();
            }
            self->pump();
        });
}

void RemoteTreeLister::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Always after start() returned, so a caller connects before it can fire.
    QTimer::singleShot(0, this, &RemoteTreeLister::finished);
}

} // namespace ferry::sync
