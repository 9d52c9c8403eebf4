#include "Connection.h"

#include "util/ThreadEnd.h"

namespace ferry::session {

Connection::Connection(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options,
                       FileSystemMaker maker, Role role, QObject *parent)
    : QObject(parent), m_role(role), m_spec(spec),
      m_worker(new ConnectionWorker(spec, options, std::move(maker), this, m_pendingLog))
{
    m_logTimer.setSingleShot(true);
    connect(&m_logTimer, &QTimer::timeout, this, &Connection::flushLog);
    m_thread.setObjectName(QStringLiteral("ferry-conn-%1").arg(spec.host));
    m_worker->moveToThread(&m_thread);
    // The documented way to delete an object on the thread that just ended.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, this, [this] {
        flushLog();
        m_stopped = true;
        Q_EMIT stopped();
    });
    m_thread.start();
}

Connection::~Connection()
{
    stop();
    m_thread.wait();
}

remote::Error Connection::closedError()
{
    return remote::Error(remote::ErrorKind::Cancelled, tr("The connection was closed"));
}

void Connection::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (const remote::CancelToken &token : std::as_const(m_active))
        token.cancel();
    m_worker->requestStop();
    for (const QPointer<QuestionRequest> &request : std::as_const(m_questions)) {
        if (request)
            request->cancel();
    }
    m_questions.clear();
    ConnectionWorker *worker = m_worker;
    // Queued behind any job still running: the engine is closed on its own thread, its
    // crypto state freed there (util/ThreadEnd.h says why), then the thread's event loop ends.
    util::postCall(worker, [worker] {
        worker->shutdown();
        util::releaseThreadCryptoState();
        QThread::currentThread()->quit();
    });
}

void Connection::flushLogSoon()
{
    if (!m_logTimer.isActive())
        m_logTimer.start(kLogDelayMs);
}

void Connection::flushLog()
{
    m_logTimer.stop();
    QList<LogEntry> entries;
    {
        QMutexLocker lock(&m_pendingLog->mutex);
        entries.swap(m_pendingLog->entries);
        m_pendingLog->flushAsked = false;
    }
    for (const LogEntry &entry : std::as_const(entries))
        Q_EMIT logged(entry);
}

void Connection::receiveConnected(bool connected)
{
    flushLog();
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

void Connection::receiveQuestion(QuestionRequest *request)
{
    flushLog();
    if (m_stopping) {
        request->cancel();
        return;
    }
    m_questions.removeAll(nullptr);
    m_questions.append(request);
    Q_EMIT questionAsked(request);
}

void Connection::withdrawQuestion(const std::shared_ptr<QuestionState> &state)
{
    for (const QPointer<QuestionRequest> &request : std::as_const(m_questions)) {
        if (request && request->state() == state)
            request->withdraw();
    }
    m_questions.removeAll(nullptr);
}

} // namespace ferry::session
