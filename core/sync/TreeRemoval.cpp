#include "TreeRemoval.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

#include "RemoteTreeLister.h"
#include "remote/RemoteFileSystem.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/OperationJob.h"
#include "session/Session.h"

namespace ferry::sync {

using namespace ferry::remote;
using session::Connection;
using session::ConnectionWorker;
using session::FileOperation;

namespace {
// Deletes one job sends at most: a cancel or a failure is heard between jobs too.
constexpr qsizetype kMostPerJob = 64;

} // namespace

TreeRemoval::TreeRemoval(session::Session &session, const QList<FileOperation::Target> &targets,
                         int connections, QObject *parent)
    : QObject(parent), m_session(session), m_targets(targets),
      m_connections(qBound(
          1,
          connections > 0 ? connections
                          : RemoteTreeLister::defaultConnections(session, session.transferConnectionLimit()),
          session::Session::kMaxTransferConnections))
{}

TreeRemoval::~TreeRemoval()
{
    m_token.cancel();
}

session::OperationJob *TreeRemoval::run(session::Session &session, const FileOperation &remove)
{
    const bool anyFolder = std::any_of(remove.targets().cbegin(), remove.targets().cend(),
                                       [](const FileOperation::Target &t) { return t.isDir; });
    if (remove.kind() != FileOperation::Kind::Remove || !anyFolder ||
        RemoteTreeLister::defaultConnections(session, session.transferConnectionLimit()) <= 1)
        return session.runOperation(remove);
    auto *job = new session::OperationJob(remove, &session);
    auto *removal = new TreeRemoval(session, remove.targets(), 0, job);
    const QPointer<session::Session> guard(&session);
    // The job's cancel reaches the removal through its token's state, looked at as each
    // step ends; the removal's own token stops the jobs in flight.
    auto *poll = new QTimer(removal);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, removal, [job, removal] {
        if (job->isCancelled())
            removal->cancel();
    });
    poll->start();
    connect(removal, &TreeRemoval::finished, job, [job, removal, guard, remove] {
        if (guard)
            guard->operationDone(remove);
        if (removal->error())
            job->finish(*removal->error());
        else
            job->finish(removal->removed());
    });
    removal->start();
    return job;
}

void TreeRemoval::start()
{
    if (m_started)
        return;
    m_started = true;
    m_loweredLimit = m_session.raiseTransferConnectionLimit(m_connections); // given back in finish()
    connect(&m_session, &session::Session::transferConnectionReleased, this, &TreeRemoval::pump);
    listNext();
}

void TreeRemoval::cancel()
{
    if (m_finished)
        return;
    m_token.cancel();
    if (m_lister)
        m_lister->cancel();
    fail(Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sync", "cancelled")));
}

void TreeRemoval::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
    m_token.cancel();
    m_pending.clear();
    if (m_inFlight == 0 && !m_lister)
        finish();
}

// First, every selected folder's tree, one selected folder after another (each listed
// several folders at once); what the selection names directly is a file to delete.
void TreeRemoval::listNext()
{
    while (!m_error && m_nextTarget < m_targets.size()) {
        const FileOperation::Target &target = m_targets.at(m_nextTarget++);
        if (!target.isDir) {
            m_files.append(target.path);
            continue;
        }
        m_lister = std::make_unique<RemoteTreeLister>(m_session, target.path, SyncExcludes(), m_connections);
        m_lister->setKeepListings(true);
        connect(m_lister.get(), &RemoteTreeLister::finished, this, &TreeRemoval::listed);
        m_lister->start();
        return;
    }
    if (m_error) {
        if (m_inFlight == 0)
            finish();
        return;
    }
    // Then the files, over several connections; the folders come after, deepest first.
    m_pending.assign(m_files.cbegin(), m_files.cend());
    m_files.clear();
    pump();
}

void TreeRemoval::listed()
{
    RemoteTreeLister *done = m_lister.release();
    done->deleteLater(); // its finished() is on the stack
    m_foldersListed += done->listings();
    m_peakListing = std::max(m_peakListing, done->peakParallel());
    if (m_error) {
        fail(*m_error);
        return;
    }
    if (done->error()) {
        fail(*done->error());
        return;
    }
    const FileOperation::Target &target = m_targets.at(m_nextTarget - 1);
    // Every folder of the tree (the walk's folders: real folders, never links) with its
    // depth; each one's listing says what is in it. Nothing is deleted before the whole
    // selection was looked at: a name that cannot be used safely refuses it all.
    QList<std::pair<QString, int>> folders{{QString(), 0}};
    for (auto it = done->tree().cbegin(); it != done->tree().cend(); ++it) {
        if (it->kind == SyncEntry::Kind::Folder)
            folders.append({it.key(), int(it.key().count(QLatin1Char('/'))) + 1});
    }
    for (const auto &[relative, depth] : folders) {
        const RemotePath folder = relative.isEmpty() ? target.path : target.path.resolved(relative);
        std::optional<Listing> listing = done->takeListing(folder);
        if (!listing) {
            fail(Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::sync", "%1 was not listed").arg(folder.toString())));
            return;
        }
        QStringList unsafe = listing->skippedNames;
        for (const DirEntry &entry : std::as_const(listing->entries)) {
            if (!RemotePath::isSafeName(entry.name))
                unsafe.append(entry.name);
            else if (entry.type != EntryType::Dir) // files, links (removed as links), others
                m_files.append(folder.child(entry.name));
        }
        if (!unsafe.isEmpty()) {
            fail(Error(
                ErrorKind::Protocol,
                QCoreApplication::translate(
                    "FileOperation", "%1 holds entries whose names cannot be used safely (%2); not deleted")
                    .arg(folder.toString(), unsafe.join(QStringLiteral(", ")))));
            return;
        }
        m_foldersByDepth[depth].append(folder);
    }
    listNext();
}

void TreeRemoval::pump()
{
    if (m_finished || !m_started || m_lister)
        return;
    while (!m_error) {
        if (m_pending.empty() && m_inFlight == 0) {
            // The next step: the deepest folders not deleted yet.
            int deepest = -1;
            for (auto it = m_foldersByDepth.cbegin(); it != m_foldersByDepth.cend(); ++it)
                deepest = std::max(deepest, it.key());
            if (deepest < 0)
                break;
            const QList<RemotePath> folders = m_foldersByDepth.take(deepest);
            m_pending.assign(folders.cbegin(), folders.cend());
            m_deletingFolders = true;
            m_depth = deepest;
        }
        if (m_pending.empty() || m_inFlight >= m_connections)
            break;
        Connection *connection = m_session.acquireTransferConnection();
        if (!connection)
            break; // another user of the pool gives one back: transferConnectionReleased
        const qsizetype idle = m_connections - m_inFlight;
        const qsizetype share = (qsizetype(m_pending.size()) + idle - 1) / idle;
        const qsizetype take = std::clamp(share, qsizetype(1), kMostPerJob);
        QList<RemotePath> batch;
        while (batch.size() < take && !m_pending.empty()) {
            batch.append(m_pending.front());
            m_pending.pop_front();
        }
        launch(connection, batch, m_deletingFolders);
    }
    if (m_inFlight == 0 && (m_error || (m_pending.empty() && m_foldersByDepth.isEmpty())))
        finish();
}

void TreeRemoval::launch(Connection *connection, const QList<RemotePath> &batch, bool folders)
{
    ++m_inFlight;
    m_peakDeleting = std::max(m_peakDeleting, m_inFlight);
    struct Removed
    {
        int count = 0;
        std::optional<Error> error;
    };
    const QPointer<TreeRemoval> self(this);
    const QPointer<session::Session> sessionGuard(&m_session);
    connection->run<Removed>(
        m_token,
        [batch, folders, token = m_token](ConnectionWorker &worker) -> Result<Removed> {
            Removed out;
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            for (const RemotePath &path : batch) {
                if (token.isCancelled()) {
                    out.error =
                        Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sync", "cancelled"));
                    break;
                }
                const Status st = folders ? (*fs)->removeDir(path) : (*fs)->removeFile(path);
                if (!st) {
                    out.error = FileOperation::namedFor(st.error(), path);
                    break;
                }
                ++out.count;
            }
            return out;
        },
        [self, sessionGuard, connection](const Result<Removed> &result) {
            if (sessionGuard)
                sessionGuard->releaseTransferConnection(connection);
            if (!self)
                return;
            --self->m_inFlight;
            if (!result) {
                self->fail(result.error());
            } else {
                self->m_removed += result->count;
                if (result->error)
                    self->fail(*result->error);
            }
            self->pump();
        });
}

void TreeRemoval::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_session.restoreTransferConnectionLimit(m_connections, m_loweredLimit);
    QTimer::singleShot(0, this, &TreeRemoval::finished);
}

} // namespace ferry::sync
