#pragma once
// One window per user and config folder: a second `ferry sftp://host/path` (a browser's
// or file manager's link, through the desktop entry) hands its request to the window that
// runs already, which opens it in a new tab, instead of opening a second window.
//
// The running instance listens on a local socket (QLocalServer) whose name comes from the
// config folder, so a test or a user with another --config-dir/FERRY_CONFIG_DIR gets an
// instance of its own. On Unix the socket is a file in $XDG_RUNTIME_DIR (0700, the
// user's own) or, without one, in the temporary folder with the user's id in its name;
// either way only the user may connect (QLocalServer::UserAccessOption). On Windows it
// is a named pipe of the same name.
//
// A request is a list of strings: {} (just show the window), {"url", URL} or {"site",
// NAME}. On the wire: one line of compact JSON (an array of strings) from the new
// instance, answered by the line "ok" once the running one has taken it. A line longer
// than 64 KiB, or one that is not an array of strings, is refused and the connection
// closed.

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace ferry::util {

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The server name for a config folder (a full socket path on Unix).
    static QString serverName(const QString &configDir);

    // Gives request to the instance listening on name, waiting at most timeoutMs for its
    // "ok". False when none listens (or it did not answer in time): then start one.
    // Blocks the calling thread; called before the window exists.
    static bool handOff(const QString &name, const QStringList &request, int timeoutMs = 3000);

    // Listens on name. A socket file left by an instance that died is removed first (call
    // this only after handOff found no instance). False when it cannot listen; the error
    // is in errorString().
    bool listen(const QString &name);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A request from another instance, on the thread that called listen().
    void requested(const QStringList &request);

private:
    void accept();

    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace ferry::util
