#pragma once
// The worker side of one connection: owns the RemoteFileSystem, creates it, uses it and
// destroys it on the connection's worker thread and nowhere else. It is also the engine's
// Interaction: a question becomes a QuestionRequest on the owner's (GUI) thread, and the
// worker blocks on a QuestionState until the user answers, the job is cancelled or the
// connection stops. Never a nested event loop, never a dialog.
//
// Lives on the worker thread that Connection owns; only requestStop() may be called from
// another thread.

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

#include "LogEntry.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::session {

class Connection;
class QuestionState;

// Makes the engine for a connection; createFileSystem() in production, a test engine in tests.
using FileSystemMaker = std::function<remote::Result<std::unique_ptr<remote::RemoteFileSystem>>(
    const remote::ConnectionSpec &, const remote::ConnectOptions &, remote::Interaction *)>;

// Log lines a worker has made that its Connection has not handed on yet. The owner takes
// them in batches (after a short delay, or before a job's result), so lines cost the
// owner's thread no wake-up each; a small file makes about ten.
struct PendingLog
{
    QMutex mutex;
    QList<LogEntry> entries;
    bool flushAsked = false; // the owner has been asked to take them
};

class ConnectionWorker : public QObject, public remote::Interaction
{
public:
    ConnectionWorker(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options,
                     FileSystemMaker maker, Connection *owner, std::shared_ptr<PendingLog> pendingLog);
    ~ConnectionWorker() override;

    // Worker thread only. ---------------------------------------------------------------
    // The token every engine call checks until the next job begins.
    void beginJob(const remote::CancelToken &token);
    // Connects and logs in unless connected already; the login folder.
    remote::Result<remote::RemotePath> connectIfNeeded();
    // Lists a folder. A connection that dropped is reconnected transparently, and
    // retryable errors are retried with exponential backoff (1 s, 2 s, 4 s), once the
    // connection has worked before.
    remote::Result<remote::Listing> list(const remote::RemotePath &path);
    // The connected engine, connecting first when needed (a dropped connection is
    // replaced by a fresh one); for the transfer queue's jobs. Valid until the next call.
    remote::Result<remote::RemoteFileSystem *> fileSystem();
    // A second engine on this thread, to another server (server-to-server copies); kept
    // for the next job while it stays connected to the same site.
    remote::Result<remote::RemoteFileSystem *> otherFileSystem(const remote::ConnectionSpec &spec,
                                                               const remote::ConnectOptions &options);
    // Keeps an idle connection open (FTP NOOP); a no-op when not connected.
    void keepAlive();
    // Closes and destroys the engines.
    void shutdown();

    // Any thread: every wait (questions, backoff) gives up from now on.
    void requestStop() { m_stop.store(true); }

    // remote::Interaction, called by the engine on this thread.
    remote::TrustDecision askCertificate(const remote::CertificateInfo &info) override;
    remote::TrustDecision askHostKey(const remote::HostKeyInfo &info) override;
    bool askSecret(const remote::SecretPrompt &prompt, QString *answer) override;

private:
    template <typename T>
    remote::Result<T> withReconnect(const QString &what, const std::function<remote::Result<T>()> &operation);
    bool giveUp() const { return m_stop.load() || m_token.isCancelled(); }
    // Sleeps up to ms; false when cancelled or stopped meanwhile.
    bool backoff(int ms);
    // Posts a question to the owner's thread and blocks until it is answered or given up.
    template <typename Info> std::shared_ptr<QuestionState> ask(const Info &info);
    void log(LogEntry::Kind kind, const QString &text);
    void logError(const remote::Error &error);
    void setConnected(bool connected);

    std::shared_ptr<PendingLog> m_pendingLog; // shared with the owner, which hands the lines on
    remote::ConnectionSpec m_spec;
    remote::ConnectOptions m_options;
    FileSystemMaker m_maker;
    Connection *m_owner; // outlives this worker's thread: it joins it
    std::unique_ptr<remote::RemoteFileSystem> m_fs;
    std::unique_ptr<remote::RemoteFileSystem> m_other; // otherFileSystem()
    QString m_otherKey;
    remote::CancelToken m_token;
    std::atomic_bool m_stop{false};
    bool m_everConnected = false;
    bool m_connected = false;
};

} // namespace ferry::session
