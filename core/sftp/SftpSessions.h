#pragma once
// More SSH sessions (TCP connections) to the same server for one large file, and the count
// of those this process holds to each server.
//
// Why: every channel of a session rides its one TCP connection, which cubic holds to about
// MSS/RTT x 1.22/sqrt(loss) (1.25 MB/s at 20 ms with 0.5 % loss) and grows slowly over long
// round trips; each more connection adds its own window. SftpTransfers.cpp decides when
// (a long round trip, or retransmissions on the first connection while the file moves)
// and spreads the file's segments over them.
//
// An extra session is opened on a thread of its own while the transfer goes on: the same
// spec and options as the first, the first's host key pinned (known_hosts is still read
// first, so a changed key is refused as always), the password the first logged in with
// (the user is never asked again) and no Interaction: a question it would need (a
// passphrase, a one-time code) makes it fail, and the transfer keeps the channels it has.
// Once logged in it opens its SFTP channels and the file on each, then waits to be taken
// by the transfer's thread, which alone uses it from then on.

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>
#include <vector>

#include "SftpChannel.h"
#include "SshSession.h"
#include "base/CancelToken.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSlots.h"
#include "remote/ConnectionSpec.h"

namespace ferry::sftp {

// SSH connections this process holds to a server ("user@host:port"): every connected
// SftpFileSystem counts one, every extra session one more while it lives. Any thread.
class ConnectionCount
{
public:
    static void add(const QString &server);
    static void remove(const QString &server);
    // Adds one when fewer than limit are held; false (nothing added) otherwise.
    static bool tryAdd(const QString &server, int limit);
    static int count(const QString &server);
};

class ExtraSessions
{
public:
    struct Joined
    {
        std::shared_ptr<void> slot; // its place in ConnectionCount, given back last
        std::shared_ptr<SshSession> session;
        std::vector<std::unique_ptr<SftpChannel>> channels;
        std::vector<QByteArray> handles; // the file open on each channel
        int number = 0;                  // 2, 3, ...: the connection's number in log lines
    };

    // path is opened with openFlags on channelsEach channels of every session.
    ExtraSessions(remote::ConnectionSpec spec, remote::ConnectOptions options, QString server,
                  QByteArray path, quint32 openFlags, int channelsEach, int timeoutMs);
    ~ExtraSessions(); // calls off those still opening and waits for their threads
    ExtraSessions(const ExtraSessions &) = delete;
    ExtraSessions &operator=(const ExtraSessions &) = delete;

    // Starts opening up to `count` more sessions, as many as the site allows: free slots
    // of the options' ConnectionSlots when set (the queue's pool: its connections and
    // every extra one count), else the server's ConnectionCount under `limit`; how many
    // were started. Each session's slot is given back when its Joined is dropped.
    int start(int count, int limit);
    // The sessions ready since the last call (the caller's thread owns them from now on).
    std::vector<Joined> takeReady();
    // Log lines of the opening threads ("[connection N] ..."), in order.
    QStringList takeLog();
    // Threads still opening a session.
    int opening() const;
    // How many failed, and the last reason; refused: failed before being called off.
    int failed() const;
    int refused() const;
    QString lastFailure() const;
    int started() const { return m_started; }
    void cancel() { m_cancel.cancel(); }
    // Waits for every opening thread to end.
    void wait();

private:
    void run(int number, std::shared_ptr<void> slot);

    remote::ConnectionSpec m_spec;
    remote::ConnectOptions m_options;
    std::shared_ptr<remote::ConnectionSlots> m_slots;
    QString m_server;
    QByteArray m_path;
    quint32 m_flags;
    int m_channelsEach;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    remote::CancelToken m_cancel;
    std::vector<std::thread> m_threads;
    int m_started = 0;
    mutable QMutex m_mutex;
    std::vector<Joined> m_ready;
    QStringList m_log;
    int m_opening = 0;
    int m_failed = 0;
    int m_refused = 0;
    QString m_lastFailure;
};

} // namespace ferry::sftp
