#pragma once
// Makes a sync plan (SyncPlanner) for a local folder and a folder of a connected Session,
// without blocking the caller's thread: the local tree (TreeListing, on a pool thread)
// while whether the remote folder exists (one stat) and the remote tree (RemoteTreeLister:
// several listings at once over the session's transfer connections) are asked; then the
// checksums of same-size files when comparing by checksum (the server's command and the
// same algorithm locally, on a transfer connection's worker thread), and the plan (on a
// pool thread, or that worker). ferry-cli sync and the
// window's Synchronize dialog both plan through it.
//
// Lives on the session's thread (GUI or CLI main thread); finished() follows start()
// (also after an error or cancel()).

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

#include "SyncPlanner.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/RemoteFileSystem.h"
#include "remote/RemotePath.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/Session.h"

namespace ferry::sync {

class RemoteTreeLister;

class SyncPlanning : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Checking,      // does the remote folder exist
        ListingRemote, // the remote tree
        ListingLocal,  // the remote tree is listed: the local tree (if still going), checksums, the plan
        Done
    };
    struct Request
    {
        QString localRoot;             // absolute, clean
        remote::RemotePath remoteRoot; // absolute
        SyncOptions options;
        int connections = 0; // connections listing at once; 0: RemoteTreeLister::defaultConnections
    };

    SyncPlanning(session::Session &session, const Request &request, QObject *parent = nullptr);
    ~SyncPlanning() override;

    void start();
    void cancel();

    bool isFinished() const { return m_stage == Stage::Done; }
    Stage stage() const { return m_stage; }
    const std::optional<remote::Error> &error() const { return m_error; }
    const SyncPlan &plan() const { return m_plan; }
    // Up only: the remote folder does not exist yet (the run makes it).
    bool remoteMissing() const { return m_remoteMissing; }
    // Remote folders listed so far, the most listed at once, and the listing's time.
    int remoteListings() const { return m_listings; }
    int peakParallel() const { return m_peak; }
    qint64 remoteListingMs() const { return m_listingMs; }

    // Runs work on a transfer connection of session (waiting for one to come free), then
    // done on session's thread. For the sync's other steps (folders to make, deletes).
    template <typename T>
    static void onConnection(session::Session &session, QObject *context, const remote::CancelToken &token,
                             std::function<remote::Result<T>(remote::RemoteFileSystem &)> work,
                             std::function<void(const remote::Result<T> &)> done);

Q_SIGNALS:
    // The stage changed or more remote folders were listed.
    void progressed();
    void finished();

private:
    void listLocal();
    void checkRoot();
    void listRemote();
    void remoteDone();
    void makePlan();
    void fail(const remote::Error &error);
    void setStage(Stage stage);

    QPointer<session::Session> m_session;
    Request m_request;
    remote::CancelToken m_token;
    Stage m_stage = Stage::Checking;
    bool m_started = false;
    bool m_remoteMissing = false;
    SyncTree m_remoteTree;
    bool m_remoteDone = false;
    std::optional<remote::Result<SyncTree>> m_localTree; // set when the local walk is done
    RemoteTreeLister *m_lister = nullptr;
    int m_listings = 0;
    int m_peak = 0;
    qint64 m_listingMs = 0;
    QElapsedTimer m_clock;
    std::optional<remote::Error> m_error;
    SyncPlan m_plan;
};

// Waits (without blocking its thread's events) for a connection of session: run() with it.
void withTransferConnection(session::Session &session, QObject *context,
                            std::function<void(session::Connection *)> run);

template <typename T>
void SyncPlanning::onConnection(session::Session &session, QObject *context, const remote::CancelToken &token,
                                std::function<remote::Result<T>(remote::RemoteFileSystem &)> work,
                                std::function<void(const remote::Result<T> &)> done)
{
    QPointer<session::Session> guard(&session);
    withTransferConnection(
        session, context,
        [guard, token, work = std::move(work),
         done = std::move(done)](session::Connection *connection) mutable {
            connection->run<T>(
                token,
                [work = std::move(work)](session::ConnectionWorker &worker) -> remote::Result<T> {
                    auto fs = worker.fileSystem();
                    if (!fs)
                        return fs.error();
                    return work(**fs);
                },
                [guard, connection, done = std::move(done)](const remote::Result<T> &result) {
                    if (guard)
                        guard->releaseTransferConnection(connection);
                    done(result);
                });
        });
}

} // namespace ferry::sync
