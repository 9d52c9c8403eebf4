#include "SessionManager.h"

#include "FileSystemFactory.h"

namespace ferry::session {

using namespace ferry::remote;

void SessionManager::registerMetaTypes()
{
    qRegisterMetaType<LogEntry>();
    qRegisterMetaType<Listing>();
    qRegisterMetaType<RemotePath>();
    qRegisterMetaType<Result<Listing>>();
    qRegisterMetaType<Result<RemotePath>>();
}

SessionManager::SessionManager(QObject *parent) : SessionManager(FileSystemMaker(&createFileSystem), parent)
{}

SessionManager::SessionManager(FileSystemMaker maker, QObject *parent)
    : QObject(parent), m_maker(std::move(maker))
{
    registerMetaTypes();
}

SessionManager::~SessionManager()
{
    // Stop all first, so the threads wind down in parallel; the destructors join them.
    for (const auto &session : m_sessions)
        session->stop();
    m_sessions.clear();
    m_closing.clear();
}

namespace {
bool sameOptions(const ConnectOptions &a, const ConnectOptions &b)
{
    return a.timeoutSeconds == b.timeoutSeconds && a.activeMode == b.activeMode &&
           a.tlsIfAvailable == b.tlsIfAvailable && a.charset == b.charset && a.caFiles == b.caFiles &&
           a.trustedCertFingerprints == b.trustedCertFingerprints &&
           a.acceptNewCertificate == b.acceptNewCertificate &&
           a.serverTimeZoneOffsetMinutes == b.serverTimeZoneOffsetMinutes &&
           a.identityFiles == b.identityFiles && a.knownHostsFile == b.knownHostsFile &&
           a.pinnedHostKeys == b.pinnedHostKeys && a.acceptNewHostKey == b.acceptNewHostKey &&
           a.useAgent == b.useAgent;
}
} // namespace

Session *SessionManager::openSession(const ConnectionSpec &spec, const ConnectOptions &options)
{
    const QString key = SiteRef::fromSpec(spec).key();
    for (const auto &session : m_sessions) {
        if (!m_own.contains(session.get()) && session->site().key() == key &&
            session->spec().password == spec.password && sameOptions(session->options(), options))
            return session.get();
    }
    auto session = std::make_unique<Session>(spec, options, m_maker, this);
    return add(std::move(session));
}

Session *SessionManager::openOwnSession(const ConnectionSpec &spec, const ConnectOptions &options)
{
    Session *raw = add(std::make_unique<Session>(spec, options, m_maker, this));
    m_own.insert(raw);
    return raw;
}

Session *SessionManager::add(std::unique_ptr<Session> session)
{
    Session *raw = session.get();
    connect(raw, &Session::questionAsked, this, &SessionManager::questionAsked);
    connect(raw, &Session::logged, this, [this, raw](const LogEntry &entry) { Q_EMIT logged(raw, entry); });
    m_sessions.push_back(std::move(session));
    return raw;
}

void SessionManager::closeSession(Session *session)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [session](const auto &s) { return s.get() == session; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<Session> owned = std::move(*it);
    m_sessions.erase(it);
    m_own.remove(session);
    Q_EMIT sessionClosed(session);
    connect(session, &Session::stopped, this, [this, session] {
        const auto closing = std::find_if(m_closing.begin(), m_closing.end(),
                                          [session](const auto &s) { return s.get() == session; });
        if (closing != m_closing.end()) {
            // Not from inside the session's own signal: delete on the next turn.
            closing->release()->deleteLater();
            m_closing.erase(closing);
        }
    });
    m_closing.push_back(std::move(owned));
    session->stop();
}

QList<Session *> SessionManager::sessions() const
{
    QList<Session *> out;
    for (const auto &session : m_sessions)
        out.append(session.get());
    return out;
}

} // namespace ferry::session
