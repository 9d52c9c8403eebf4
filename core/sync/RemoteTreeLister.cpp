#include "RemoteTreeLister.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

#include "TreeListing.h"
#include "remote/RemoteFileSystem.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/Session.h"
#include "transfer/ListedAhead.h"
#include "transfer/TreeWalker.h"

namespace ferry::sync {

using namespace ferry::remote;
using session::Connection;
using session::ConnectionWorker;

RemoteTreeLister::RemoteTreeLister(session::Session &session, const RemotePath &root,
                                   const SyncExcludes &excludes, int connections, QObject *parent)
    : QObject(parent), m_session(session), m_root(root), m_excludes(excludes),
      m_connections(qBound(1, connections > 0 ? connections : defaultConnections(session),
                           session::Session::kMaxTransferConnections))
{}

int RemoteTreeLister::defaultConnections(const session::Session &session, int transfers)
{
    const bool sftp = session.spec().protocol == remote::Protocol::Sftp;
    int n = sftp ? kSftpListingConnections : qMax(kFtpListingConnections, transfers);
    if (session.options().maxConnections > 0)
        n = qMin(n, session.options().maxConnections);
    return qBound(1, n, session::Session::kMaxTransferConnections);
}

RemoteTreeLister::~RemoteTreeLister()
{
    m_token.cancel();
    if (m_handOver)
        m_handOver->finish(); // nothing more comes: no expansion waits for it
}

std::optional<Listing> RemoteTreeLister::takeListing(const RemotePath &folder)
{
    auto it = m_kept.find(folder.toString());
    if (it == m_kept.end())
        return std::nullopt;
    std::optional<Listing> out(std::move(it.value()));
    m_kept.erase(it);
    return out;
}

void RemoteTreeLister::start()
{
    if (m_started)
        return;
    m_started = true;
    m_loweredLimit = m_session.raiseTransferConnectionLimit(m_connections); // given back in finish()
    if (m_starts.isEmpty())
        m_starts.append(m_root);
    const QString rootText = m_root.isRoot() ? QString() : m_root.toString();
    for (const RemotePath &start : std::as_const(m_starts)) {
        const QString startText = start.toString();
        if (start == m_root)
            m_pending.push_back(QString());
        else if (startText.startsWith(rootText + QLatin1Char('/')))
            m_pending.push_back(startText.mid(rootText.size() + 1));
    }
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
    const auto full = [this] {
        return m_handOver && m_handOver->full();
    };
    while (!m_error && !m_pending.empty() && m_inFlight < m_connections && !full()) {
        Connection *connection = m_session.acquireTransferConnection();
        if (!connection)
            break; // another user of the pool gives one back: transferConnectionReleased
        // A fair share of what waits for each free connection, up to 4 rounds of what one
        // connection has in flight (a batch ends with its slowest folder). FTP lists a
        // batch one folder after another, each listing's EPSV sent with the one before
        // (FtpFileSystem::listMany), and without a trip through this thread between them.
        const qsizetype idle = m_connections - m_inFlight;
        const qsizetype share = (qsizetype(m_pending.size()) + idle - 1) / idle;
        const qsizetype most = 4 * qsizetype(m_perConnection);
        const qsizetype take = std::clamp(share, qsizetype(1), most);
        QStringList batch;
        while (batch.size() < take && !m_pending.empty()) {
            batch.append(m_pending.front());
            m_pending.pop_front();
        }
        launch(connection, batch);
    }
    if (m_inFlight == 0 && (m_pending.empty() || m_error)) {
        finish();
        return;
    }
    if (m_handOver)
        m_handOver->setBusy(m_inFlight > 0);
    // Paused for room: said once per pause, so that whoever takes listings goes on.
    const bool pausedNow = m_inFlight == 0 && !m_pending.empty() && full();
    if (pausedNow && !m_pausedSaid)
        Q_EMIT paused();
    m_pausedSaid = pausedNow;
}

void RemoteTreeLister::launch(Connection *connection, const QStringList &relatives)
{
    ++m_inFlight;
    m_listings += int(relatives.size());
    m_foldersInFlight += int(relatives.size());
    const int inFlightNow = qMin(m_foldersInFlight, m_inFlight * m_perConnection);
    m_peak = qMax(m_peak, inFlightNow);
    const RemotePath root = m_root;
    QList<RemotePath> folders;
    for (const QString &relative : relatives)
        folders.append(relative.isEmpty() ? m_root : m_root.resolved(relative));
    const QPointer<RemoteTreeLister> self(this);
    session::Session *session = &m_session;
    const QPointer<session::Session> sessionGuard(session);
    struct Listed
    {
        QList<Result<QList<SyncEntry>>> folders;
        QList<Listing> kept; // setKeepListings: the listings as the server gave them
        int perConnection = 1;
        std::optional<Error> loginFailed; // the connection could not be made
    };
    const int count = int(relatives.size());
    connection->run<Listed>(
        m_token,
        [root, folders,
         keep = m_keepListings || m_handOver != nullptr](ConnectionWorker &worker) -> Result<Listed> {
            Listed out;
            auto fs = worker.fileSystem();
            if (!fs) {
                out.loginFailed = fs.error();
                return out;
            }
            out.perConnection = (*fs)->listingsInFlight();
            QList<Result<Listing>> listings = (*fs)->listMany(folders);
            for (qsizetype i = 0; i < folders.size(); ++i) {
                // The listing through the walker's rules (links, unsafe names), no second
                // request: the walker is handed the listing made above.
                if (keep && listings[i]) {
                    out.kept.append(*listings[i]);
                    out.kept.last().path = folders.at(i);
                }
                std::optional<Result<Listing>> listing(std::move(listings[i]));
                transfer::WalkOptions options;
                options.recursive = false;
                options.batchSize = 1 << 20;
                options.cancel = (*fs)->cancelToken();
                options.listFolder = [&listing](const RemotePath &) -> Result<Listing> {
                    Result<Listing> r = std::move(*listing);
                    return r;
                };
                transfer::TreeWalker walker =
                    transfer::TreeWalker::overRemote(**fs, root, options, folders.at(i));
                QList<SyncEntry> entries;
                transfer::WalkBatch batch;
                std::optional<Error> failed;
                while (walker.next(batch)) {
                    if (batch.error) {
                        failed = *batch.error;
                        break;
                    }
                    for (const transfer::WalkEntry &entry : std::as_const(batch.entries))
                        entries.append(TreeListing::fromWalk(entry, false));
                }
                if (!failed && walker.error())
                    failed = *walker.error();
                if (failed)
                    out.folders.append(*failed);
                else
                    out.folders.append(entries);
            }
            return out;
        },
        [self, sessionGuard, connection, folders, relatives, count](const Result<Listed> &result) {
            if (sessionGuard)
                sessionGuard->releaseTransferConnection(connection);
            if (!self)
                return;
            --self->m_inFlight;
            self->m_foldersInFlight -= count;
            const auto failed = [&](const RemotePath &folder, const Error &error) {
                if (!self->m_error)
                    self->m_error =
                        Error(error.kind(), QStringLiteral("%1: %2").arg(folder.toString(), error.message()));
                self->m_token.cancel();
            };
            if (!result) {
                failed(folders.constFirst(), result.error());
            } else if (result->loginFailed) {
                // A server that takes fewer connections than asked for (421 Too many
                // connections): go on with those that work, the folders back in line.
                // Fails only when no connection works.
                const Error error = *result->loginFailed;
                const bool noneWorks =
                    self->m_inFlight == 0 && (self->m_listingsDone == 0 || ++self->m_loginFailures >= 3);
                if (noneWorks || error.kind() == ErrorKind::Cancelled) {
                    failed(folders.constFirst(), error);
                } else {
                    self->m_connections = qMax(1, self->m_inFlight);
                    for (qsizetype i = relatives.size() - 1; i >= 0; --i)
                        self->m_pending.push_front(relatives.at(i));
                    self->m_listings -= count;
                }
            } else {
                self->m_perConnection = qMax(1, result->perConnection);
                for (const Listing &listing : result->kept) {
                    if (self->m_handOver)
                        self->m_handOver->put(listing);
                    else
                        self->m_kept.insert(listing.path.toString(), listing);
                }
                self->m_loginFailures = 0;
                for (qsizetype i = 0; i < result->folders.size() && !self->m_error; ++i) {
                    const Result<QList<SyncEntry>> &folder = result->folders.at(i);
                    if (!folder) {
                        failed(folders.at(i), folder.error());
                        break;
                    }
                    for (const SyncEntry &entry : folder.value()) {
                        if (self->m_excludes.excludes(entry.relativePath))
                            continue;
                        if (entry.kind == SyncEntry::Kind::Folder)
                            self->m_pending.push_back(entry.relativePath);
                        if (!self->m_handOver) // the expansions hold the tree, in the queue
                            self->m_tree.insert(entry.relativePath, entry);
                    }
                    ++self->m_listingsDone;
                    Q_EMIT self->folderListed();
                }
            }
            self->pump();
        });
}

void RemoteTreeLister::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_handOver)
        m_handOver->finish();
    // The pool's limit as it was (the queue's transfers must not grow with the listings);
    // the extra idle connections close with the session's idle policy.
    m_session.restoreTransferConnectionLimit(m_connections, m_loweredLimit);
    // Always after start() returned, so a caller connects before it can fire.
    QTimer::singleShot(0, this, &RemoteTreeLister::finished);
}

} // namespace ferry::sync
