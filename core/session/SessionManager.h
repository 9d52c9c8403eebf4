#pragma once
// The entry point the UI and the CLI use to talk to servers: one Session per site, each
// with its pool of connections on worker threads, all owned here and joined before the
// manager is gone. Questions and log lines from every session are forwarded, so a window
// can answer questions from any of them.
//
// Lives on the GUI (or CLI main) thread.

#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

#include "Session.h"

namespace ferry::session {

class SessionManager : public QObject
{
    Q_OBJECT
public:
    // Real engines, from createFileSystem().
    explicit SessionManager(QObject *parent = nullptr);
    // Any engine maker (tests use a test engine).
    explicit SessionManager(FileSystemMaker maker, QObject *parent = nullptr);
    // Stops every session and joins every worker thread.
    ~SessionManager() override;

    // A new session for this connection; an open session with the same site, password
    // and options is reused.
    Session *openSession(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options = {});
    // A new session that is never shared: openSession never hands it out, so closing it
    // ends no one else's connection (each window tab has its own).
    Session *openOwnSession(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options = {});
    // Stops the session without blocking; it is deleted once its threads have ended.
    void closeSession(Session *session);
    QList<Session *> sessions() const;
    // Sessions closed but whose worker threads have not ended yet.
    int closingCount() const { return static_cast<int>(m_closing.size()); }

    static void registerMetaTypes();

Q_SIGNALS:
    void questionAsked(ferry::session::QuestionRequest *request);
    void logged(ferry::session::Session *session, const ferry::session::LogEntry &entry);
    void sessionClosed(ferry::session::Session *session);

private:
    Session *add(std::unique_ptr<Session> session);

    FileSystemMaker m_maker;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_closing;
    QSet<const Session *> m_own; // from openOwnSession: never reused
};

} // namespace ferry::session
