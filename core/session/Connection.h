#pragma once
// One connection to a server (an FTP control connection with its data connections, or an
// SSH session) with its own worker thread, owned and joined here. Jobs are posted to the
// worker and run one after another; each result comes back to this object's thread.
//
// Lives on the GUI (or CLI main) thread. Session owns it; the worker's objects live on
// the worker thread only.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include "ConnectionWorker.h"
#include "LogEntry.h"
#include "QuestionRequest.h"
#include "util/ThreadHandOff.h"

namespace ferry::session {

class Connection : public QObject
{
    Q_OBJECT
public:
    // Browsing connections list folders for the panes; transfer connections (the queue's,
    // up to Session::transferConnectionLimit()) move files.
    enum class Role
    {
        Browse,
        Transfer
    };

    Connection(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options,
               FileSystemMaker maker, Role role, QObject *parent = nullptr);
    // Stops and joins the worker thread.
    ~Connection() override;

    static constexpr int kLogDelayMs = 50;

    Role role() const { return m_role; }
    bool isConnected() const { return m_connected; }
    bool isStopping() const { return m_stopping; }
    bool isStopped() const { return m_stopped; }
    QThread *workerThread() { return &m_thread; }
    // Jobs posted and not yet finished.
    int pendingJobs() const { return static_cast<int>(m_active.size()); }

    // Runs work on the worker thread under token, then done with its result on this
    // object's thread. After stop(), done gets a Cancelled error.
    template <typename T>
    void run(const remote::CancelToken &token, std::function<remote::Result<T>(ConnectionWorker &)> work,
             std::function<void(const remote::Result<T> &)> done);

    // Cancels every job and question, closes the engine on its thread and lets the thread
    // end; stopped() follows. Never blocks.
    void stop();

    // Called by the worker through queued calls; this object's thread only.
    // Hands on the worker's log lines shortly (they wait at most kLogDelayMs); flushLog()
    // hands them on now, and runs before a job's result, a question or a state change,
    // so the lines keep their order with those.
    void flushLogSoon();
    void flushLog();
    void receiveConnected(bool connected);
    void receiveQuestion(QuestionRequest *request);
    void withdrawQuestion(const std::shared_ptr<QuestionState> &state);

Q_SIGNALS:
    void logged(const ferry::session::LogEntry &entry);
    void connectedChanged(bool connected);
    void questionAsked(ferry::session::QuestionRequest *request);
    void stopped();

private:
    static remote::Error closedError();

    Role m_role;
    remote::ConnectionSpec m_spec;
    QThread m_thread;
    std::shared_ptr<PendingLog> m_pendingLog = std::make_shared<PendingLog>();
    QTimer m_logTimer;
    ConnectionWorker *m_worker; // deleted on its own thread when the thread ends
    QHash<quint64, remote::CancelToken> m_active;
    quint64 m_nextJob = 0;
    QList<QPointer<QuestionRequest>> m_questions;
    bool m_connected = false;
    bool m_stopping = false;
    bool m_stopped = false;
};

template <typename T>
void Connection::run(const remote::CancelToken &token,
                     std::function<remote::Result<T>(ConnectionWorker &)> work,
                     std::function<void(const remote::Result<T> &)> done)
{
    if (m_stopping) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(closedError()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 id = ++m_nextJob;
    m_active.insert(id, token);
    ConnectionWorker *worker = m_worker;
    Connection *self = this;
    // Through util::postCall both ways (ThreadSanitizer sees the hand-off). done only
    // passes through the worker: moved there and back, never copied or destroyed there.
    util::postCall(
        worker, [worker, self, id, token, work = std::move(work), done = std::move(done)]() mutable {
            worker->beginJob(token);
            remote::Result<T> result =
                token.isCancelled()
                    ? remote::Result<T>(remote::Error(remote::ErrorKind::Cancelled, tr("Cancelled")))
                    : work(*worker);
            work = nullptr; // what work holds is freed here, on the worker thread
            util::postCall(self, [self, id, done = std::move(done), result = std::move(result)] {
                self->flushLog();
                self->m_active.remove(id);
                done(result);
            });
        });
}

} // namespace ferry::session
