#pragma once
// Everything Ferry holds open for one site (protocol, user, host, port): a pool of
// connections, each on its own worker thread, and the folder listings cached for it.
// Connection 0 is the browsing connection the panes list through; the transfer queue
// adds transfer connections to the same pool, up to transferConnectionLimit().
//
// Requests go in and job handles come out (ConnectJob, ListJob, OperationJob); questions from the
// engines arrive as QuestionRequest objects through questionAsked().
//
// Lives on the GUI (or CLI main) thread; SessionManager owns it.

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "ConnectJob.h"
#include "Connection.h"
#include "ListJob.h"
#include "OperationJob.h"
#include "SiteRef.h"
#include "remote/ConnectionSlots.h"

namespace ferry::session {

class Session : public QObject
{
    Q_OBJECT
public:
    enum class CachePolicy
    {
        UseCache,
        Reload
    };

    static constexpr int kDefaultTransferConnections = 2;
    static constexpr int kMaxTransferConnections = 10;
    static constexpr int kKeepAliveSeconds = 30; // the idle policy's default keep-alive

    Session(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options, FileSystemMaker maker,
            QObject *parent = nullptr);
    ~Session() override;

    const remote::ConnectionSpec &spec() const { return m_spec; }
    const remote::ConnectOptions &options() const { return m_options; }
    // The server as a site: its key makes two connections the same site.
    SiteRef site() const { return SiteRef::fromSpec(m_spec); }

    // Connects and logs in the browsing connection (a no-op when connected).
    ConnectJob *connectToServer();
    // Lists a folder on the browsing connection, connecting first when needed. With
    // UseCache a cached listing answers at once (still through finished, queued).
    ListJob *list(const remote::RemotePath &path, CachePolicy policy = CachePolicy::UseCache);
    std::optional<remote::Listing> cachedListing(const remote::RemotePath &path) const;
    void clearCache() { m_cache.clear(); }
    // Drops the cached listing of folder; with subtree, also those of folders under it.
    void invalidate(const remote::RemotePath &folder, bool subtree = false);

    // Runs a file operation (delete, rename, mkdir, chmod, ...) on a transfer connection
    // of the pool, never on the browsing one, so browsing stays usable meanwhile. When
    // every transfer connection is busy it waits for the first one given back. When it
    // ends (done or failed) the cached listings of the folders it touched are dropped and
    // foldersChanged() names them, so whoever shows them lists them again.
    OperationJob *runOperation(const FileOperation &operation);
    // An operation run outside runOperation (sync::TreeRemoval's delete over several
    // connections) ended: the cached listings it touched are dropped and foldersChanged()
    // names them, as at the end of runOperation's.
    void operationDone(const FileOperation &operation);
    // Operations waiting for a free transfer connection.
    int waitingOperations() const { return int(m_waitingOps.size()); }

    bool isConnected() const;
    // The login folder; "/" until connected.
    const remote::RemotePath &homePath() const { return m_home; }
    // Whether the browsing connection was encrypted when connectToServer() last
    // succeeded (false before): an "FTP, TLS if available" site whose server refused TLS
    // is connected but not encrypted, and not protected against a downgrade.
    bool isEncrypted() const { return m_encrypted; }

    int transferConnectionLimit() const { return m_transferLimit; }
    // Clamped to 1..kMaxTransferConnections.
    void setTransferConnectionLimit(int limit);
    // For one job that runs on many connections at once for a while (a tree listed ahead,
    // a tree removed): raises the limit to at least `limit` and returns the limit to give
    // back, or 0 when it was high enough. restoreTransferConnectionLimit() gives it back
    // unless someone else changed the limit meanwhile.
    int raiseTransferConnectionLimit(int limit);
    void restoreTransferConnectionLimit(int raisedTo, int previous);
    // Connections alive in the pool (browsing and transfer).
    int connectionCount() const { return static_cast<int>(m_pool.size()); }

    // The transfer queue's side of the pool: an idle transfer connection, or a new one
    // while fewer than transferConnectionLimit() exist; nullptr when all are busy. The
    // caller runs its jobs on it and gives it back with releaseTransferConnection().
    Connection *acquireTransferConnection();
    void releaseTransferConnection(Connection *connection);
    int busyTransferConnections() const { return static_cast<int>(m_busy.size()); }
    // Whether acquireTransferConnection() would give one now: an idle transfer connection,
    // or a free slot. The limit counts the pool's transfer connections (busy or idle) and
    // the extra connections its engines opened for one large file (SFTP's extra SSH
    // sessions, FTP's segments), which take their slots from the same ConnectionSlots
    // (ConnectOptions::slots of every transfer connection).
    bool hasFreeTransferConnection() const;
    // Slots held now: transfer connections and engines' extra connections.
    int heldConnectionSlots() const { return m_slots->held(); }

    // A password (or key passphrase) typed for one connection of this session answers the
    // same question from its other connections: asked once, not once per connection.
    // Questions that arrive while the first is open wait for its answer. One-time codes
    // (any other prompt) are always asked. Forgotten after an authentication failure.
    // Likewise a certificate or host key accepted once holds for the session's other
    // connections and its reconnections, never beyond the session.
    void forgetSecrets() { m_secrets.clear(); }

    // Idle connections get a keep-alive (FTP NOOP) every keepAliveSeconds; transfer
    // connections idle for closeIdleSeconds are closed. Defaults: 30 s and 120 s.
    void setIdlePolicy(int keepAliveSeconds, int closeIdleSeconds);
    // The wait for the server (ConnectOptions::timeoutSeconds) of the connections this
    // session opens from now on; the open ones keep theirs.
    void setTimeout(int seconds);

    // Stops every connection without blocking; stopped() follows when all threads ended.
    void stop();
    bool isStopped() const;

Q_SIGNALS:
    void logged(const ferry::session::LogEntry &entry);
    void questionAsked(ferry::session::QuestionRequest *request);
    void connectedChanged(bool connected);
    // Folders whose content an operation of this session changed (cache dropped already).
    void foldersChanged(const QList<ferry::remote::RemotePath> &folders);
    // A transfer connection was given back to the pool.
    void transferConnectionReleased();
    // An engine gave back the slot of an extra connection (queued: never from inside
    // the engine's call).
    void extraConnectionEnded();
    void stopped();

private:
    Connection *browsingConnection();
    Connection *addConnection(Connection::Role role);
    void housekeeping(); // keep-alives and closing idle transfer connections
    void routeQuestion(QuestionRequest *request);
    void touch(Connection *connection) { m_lastUse[connection].start(); }
    void startWaitingOperations();
    void runOperationOn(Connection *connection, OperationJob *job);

    remote::ConnectionSpec m_spec;
    remote::ConnectOptions m_options;
    FileSystemMaker m_maker;
    std::vector<std::unique_ptr<Connection>> m_pool;
    QHash<QString, remote::Listing> m_cache; // by path
    remote::RemotePath m_home;
    bool m_encrypted = false;
    std::vector<std::unique_ptr<Connection>> m_retiring; // closed idle, thread still ending
    QSet<Connection *> m_busy;
    QList<QPointer<OperationJob>> m_waitingOps;         // for a free transfer connection, oldest first
    QHash<Connection *, QElapsedTimer> m_lastUse;       // last job started or finished
    QHash<Connection *, QElapsedTimer> m_lastKeepAlive; // last keep-alive sent
    QTimer m_housekeeping;
    QHash<QString, QString> m_secrets; // by prompt: the answer given
    QSet<QString> m_trustedOnce;       // certificate / host-key fingerprints accepted once in this session
    QHash<QString, QList<QPointer<QuestionRequest>>> m_waiting; // by prompt: asked while one is open
    int m_keepAliveSeconds = kKeepAliveSeconds;
    int m_closeIdleSeconds = 120;
    int m_transferLimit = kDefaultTransferConnections;
    std::shared_ptr<remote::ConnectionSlots> m_slots;
    bool m_stopping = false;
};

} // namespace ferry::session
