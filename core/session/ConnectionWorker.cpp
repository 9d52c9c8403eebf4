#include "ConnectionWorker.h"

#include <QElapsedTimer>
#include <QThread>

#include "Connection.h"
#include "QuestionRequest.h"
#include "util/ThreadHandOff.h"

namespace ferry::session {

using namespace ferry::remote;

namespace {
constexpr int kMaxRetries = 3;
constexpr int kFirstBackoffMs = 1000;

LogEntry::Kind logKind(LogKind kind)
{
    switch (kind) {
    case LogKind::Status:
        return LogEntry::Kind::Status;
    case LogKind::Command:
        return LogEntry::Kind::Command;
    case LogKind::Reply:
        return LogEntry::Kind::Reply;
    case LogKind::Warning:
        return LogEntry::Kind::Warning;
    case LogKind::Error:
        return LogEntry::Kind::Error;
    }
    return LogEntry::Kind::Status;
}

Error cancelled()
{
    return Error(ErrorKind::Cancelled, QObject::tr("Cancelled"));
}
} // namespace

ConnectionWorker::ConnectionWorker(const ConnectionSpec &spec, const ConnectOptions &options,
                                   FileSystemMaker maker, Connection *owner,
                                   std::shared_ptr<PendingLog> pendingLog)
    : m_pendingLog(std::move(pendingLog)), m_spec(spec), m_options(options), m_maker(std::move(maker)),
      m_owner(owner)
{}

ConnectionWorker::~ConnectionWorker() = default;

void ConnectionWorker::beginJob(const CancelToken &token)
{
    m_token = token;
    if (m_fs)
        m_fs->setCancelToken(token);
    if (m_other)
        m_other->setCancelToken(token);
}

Result<RemotePath> ConnectionWorker::connectIfNeeded()
{
    if (m_fs && m_fs->isConnected())
        return m_fs->homePath();
    if (giveUp())
        return cancelled();
    if (m_fs) {
        // The engine lost its connection: start over with a fresh one.
        m_fs->disconnect();
        m_fs.reset();
        setConnected(false);
    }
    log(LogEntry::Kind::Status, QObject::tr("Connecting to %1 …").arg(m_spec.toUrl()));
    auto made = m_maker ? m_maker(m_spec, m_options, this)
                        : Result<std::unique_ptr<RemoteFileSystem>>(
                              Error(ErrorKind::Local, QObject::tr("no engine for this connection")));
    if (!made) {
        logError(made.error());
        return made.error();
    }
    m_fs = std::move(made).value();
    m_fs->setCancelToken(m_token);
    // Called on this thread; log() forwards to the owner's thread.
    m_fs->setLogSink([this](LogKind kind, const QString &text) { log(logKind(kind), text); });
    const Status status = m_fs->connect();
    if (!status) {
        m_fs.reset();
        logError(status.error());
        return status.error();
    }
    m_everConnected = true;
    setConnected(true);
    const RemotePath home = m_fs->homePath();
    log(LogEntry::Kind::Status, QObject::tr("Connected; the login folder is %1").arg(home.toString()));
    return home;
}

template <typename T>
Result<T> ConnectionWorker::withReconnect(const QString &what, const std::function<Result<T>()> &operation)
{
    for (int attempt = 0;; ++attempt) {
        Error error;
        const auto home = connectIfNeeded();
        if (home.ok()) {
            Result<T> result = operation();
            if (result.ok())
                return result;
            error = result.error();
            if (m_fs && !m_fs->isConnected())
                setConnected(false);
        } else {
            error = home.error();
        }
        if (giveUp() || error.kind() == ErrorKind::Cancelled)
            return cancelled();
        const bool dropped = !m_fs || !m_fs->isConnected();
        if (!m_everConnected || attempt >= kMaxRetries ||
            !(error.retryable() || (dropped && error.kind() != ErrorKind::Auth))) {
            logError(error);
            return error;
        }
        const int delay = kFirstBackoffMs << attempt;
        log(LogEntry::Kind::Status, QObject::tr("%1 failed (%2); trying again in %3 s")
                                        .arg(what, error.toString())
                                        .arg(delay / 1000));
        if (!backoff(delay))
            return cancelled();
    }
}

Result<Listing> ConnectionWorker::list(const RemotePath &path)
{
    return withReconnect<Listing>(
        QObject::tr("Listing %1").arg(path.toString()), [this, &path]() -> Result<Listing> {
            log(LogEntry::Kind::Status, QObject::tr("Listing %1").arg(path.toString()));
            QElapsedTimer timer;
            timer.start();
            Result<Listing> result = m_fs->list(path);
            if (result.ok())
                log(LogEntry::Kind::Status,
                    QObject::tr("Listed %n entries of %1 in %2 ms", nullptr, int(result->entries.size()))
                        .arg(result->path.toString())
                        .arg(timer.elapsed()));
            return result;
        });
}

Result<RemoteFileSystem *> ConnectionWorker::fileSystem()
{
    const auto home = connectIfNeeded();
    if (!home)
        return home.error();
    return m_fs.get();
}

Result<RemoteFileSystem *> ConnectionWorker::otherFileSystem(const ConnectionSpec &spec,
                                                             const ConnectOptions &options)
{
    const QString key = spec.toUrl();
    if (m_other && (m_otherKey != key || !m_other->isConnected())) {
        m_other->disconnect();
        m_other.reset();
    }
    if (m_other) {
        m_other->setCancelToken(m_token);
        return m_other.get();
    }
    if (giveUp())
        return cancelled();
    log(LogEntry::Kind::Status, QObject::tr("Connecting to %1 …").arg(spec.toUrl()));
    auto made = m_maker ? m_maker(spec, options, this)
                        : Result<std::unique_ptr<RemoteFileSystem>>(
                              Error(ErrorKind::Local, QObject::tr("no engine for this connection")));
    if (!made)
        return made.error();
    std::unique_ptr<RemoteFileSystem> fs = std::move(made).value();
    fs->setCancelToken(m_token);
    const QString password = spec.password;
    fs->setLogSink([this, password](LogKind kind, const QString &text) {
        log(logKind(kind), LogEntry::redacted(text, password));
    });
    if (const Status status = fs->connect(); !status)
        return status.error();
    m_other = std::move(fs);
    m_otherKey = key;
    return m_other.get();
}

void ConnectionWorker::keepAlive()
{
    if (m_fs && m_fs->isConnected())
        (void)m_fs->keepAlive();
}

void ConnectionWorker::shutdown()
{
    if (m_other) {
        m_other->disconnect();
        m_other.reset();
    }
    if (m_fs) {
        m_fs->disconnect();
        m_fs.reset();
        log(LogEntry::Kind::Status, QObject::tr("Disconnected"));
    }
    setConnected(false);
}

bool ConnectionWorker::backoff(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (giveUp())
            return false;
        QThread::msleep(20);
    }
    return !giveUp();
}

template <typename Info> std::shared_ptr<QuestionState> ConnectionWorker::ask(const Info &info)
{
    auto state = std::make_shared<QuestionState>();
    if (giveUp())
        return state; // unanswered: counts as "no"
    Connection *owner = m_owner;
    const ConnectionSpec spec = m_spec;
    util::postCall(owner, [owner, spec, info, state] {
        owner->receiveQuestion(new QuestionRequest(spec, info, state, owner));
    });
    if (!state->wait([this] { return giveUp(); })) {
        util::postCall(owner, [owner, state] { owner->withdrawQuestion(state); });
    }
    return state;
}

TrustDecision ConnectionWorker::askCertificate(const CertificateInfo &info)
{
    log(LogEntry::Kind::Status, QObject::tr("The server's certificate is not trusted; asking"));
    const TrustDecision decision = ask(info)->decision();
    if (decision == TrustDecision::Reject)
        log(LogEntry::Kind::Status, QObject::tr("Certificate rejected"));
    return decision;
}

TrustDecision ConnectionWorker::askHostKey(const HostKeyInfo &info)
{
    log(LogEntry::Kind::Status, info.changed ? QObject::tr("The server's host key has CHANGED; asking")
                                             : QObject::tr("The server's host key is unknown; asking"));
    const TrustDecision decision = ask(info)->decision();
    if (decision == TrustDecision::Reject)
        log(LogEntry::Kind::Status, QObject::tr("Host key rejected"));
    return decision;
}

bool ConnectionWorker::askSecret(const SecretPrompt &prompt, QString *answer)
{
    const auto state = ask(prompt);
    if (!state->secretGiven())
        return false;
    if (answer)
        *answer = state->secret();
    return true;
}

void ConnectionWorker::log(LogEntry::Kind kind, const QString &text)
{
    const LogEntry entry = LogEntry::make(kind, LogEntry::redacted(text, m_spec.password));
    bool ask = false;
    {
        QMutexLocker lock(&m_pendingLog->mutex);
        m_pendingLog->entries.append(entry);
        ask = !m_pendingLog->flushAsked;
        m_pendingLog->flushAsked = true;
    }
    if (ask) {
        Connection *owner = m_owner;
        util::postCall(owner, [owner] { owner->flushLogSoon(); });
    }
}

void ConnectionWorker::logError(const Error &error)
{
    if (error.kind() == ErrorKind::Cancelled)
        return;
    if (!error.serverReply().isEmpty())
        log(LogEntry::Kind::Reply, error.serverReply());
    log(LogEntry::Kind::Error, error.message());
}

void ConnectionWorker::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Connection *owner = m_owner;
    util::postCall(owner, [owner, connected] { owner->receiveConnected(connected); });
}

} // namespace ferry::session
