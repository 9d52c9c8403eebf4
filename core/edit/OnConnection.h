#pragma once
// Runs one piece of work on a free transfer connection of a Session, never on the
// browsing one, without blocking: when every transfer connection is busy it waits for the
// first one given back (Session::transferConnectionReleased). done is called on the
// caller's (the session's) thread with the result; never when context is gone. Used by
// EditSessions and FolderWatch for their listings, downloads, folders and deletes.
#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

#include "base/Result.h"
#include "remote/RemoteFileSystem.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/Session.h"

namespace ferry::edit {

template <typename T>
void runOnConnection(QObject *context, session::Session *session,
                     std::function<remote::Result<T>(remote::RemoteFileSystem &)> work,
                     std::function<void(const remote::Result<T> &)> done)
{
    if (!session) {
        done(remote::Error(
            remote::ErrorKind::Local,
            QCoreApplication::translate("ferry::edit::EditSessions", "The connection was closed")));
        return;
    }
    session::Connection *connection = session->acquireTransferConnection();
    if (!connection) {
        // Tried again when a connection is given back (one try per release, once).
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(session, &session::Session::transferConnectionReleased, context,
                                 [context, session, work, done, once] {
                                     QObject::disconnect(*once);
                                     runOnConnection<T>(context, session, work, done);
                                 });
        return;
    }
    const QPointer<session::Session> guard(session);
    const QPointer<QObject> alive(context);
    connection->run<T>(
        remote::CancelToken(),
        [work = std::move(work)](session::ConnectionWorker &worker) -> remote::Result<T> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            return work(**fs);
        },
        [guard, alive, connection, done = std::move(done)](const remote::Result<T> &result) {
            if (guard)
                guard->releaseTransferConnection(connection);
            if (alive)
                done(result);
        });
}

} // namespace ferry::edit
