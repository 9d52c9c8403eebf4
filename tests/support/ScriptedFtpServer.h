#pragma once
// A scripted FTP server for replies real servers in the fixture never give (HASH, XSHA1,
// SSCN, refusals): it runs on its own thread with blocking sockets, serves one control
// connection after another, answers the login by itself and everything else through the
// test's handler. Commands received are recorded for the test to check. With
// setConcurrent(true) each control connection is served on a thread of its own (for
// clients that hold several connections at once, as a sync does); the handlers must then
// be thread-safe.
//
// Its end is joined with util::joinThread (QThread::wait() alone is invisible to
// ThreadSanitizer, which then saw the next test's server, built at the same stack address,
// race with the finished thread's last reads), and the command list is kept under a
// std::mutex, which TSan sees (Debian's QMutex it does not).

#include "util/ThreadHandOff.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace ferry::test {

class ScriptedFtpServer : public QThread
{
public:
    // Returns the reply (one or more lines, without the final CR/LF) for a command, or
    // an empty array for "502 Not here". verb is upper case; arg is the rest of the line.
    using Handler = std::function<QByteArray(const QByteArray &verb, const QByteArray &arg)>;

    // For replies that are streams (endless replies, listings sent while the test
    // watches): writes to the control connection itself and returns true, or false to
    // leave the command to the Handler. Set before startAndWait().
    using RawHandler =
        std::function<bool(const QByteArray &verb, const QByteArray &arg, QTcpSocket &control)>;

    ScriptedFtpServer(QByteArray featLines, Handler handler)
        : m_feat(std::move(featLines)), m_handler(std::move(handler))
    {
        util::watchThreadEnd(this);
    }
    ~ScriptedFtpServer() override
    {
        m_stop = true;
        util::joinThread(this);
        for (std::thread &t : m_connections)
            t.join();
    }

    bool startAndWait()
    {
        start();
        return m_ready.tryAcquire(1, 10000) && m_port != 0;
    }
    void setRawHandler(RawHandler raw) { m_raw = std::move(raw); }
    // Set before startAndWait().
    void setConcurrent(bool concurrent) { m_concurrent = concurrent; }
    quint16 port() const { return m_port; }
    QList<QByteArray> commands() const
    {
        std::lock_guard lock(m_mutex);
        return m_commands;
    }
    // For each command of commands(): whether the server had answered everything before
    // it and waited for it (a round trip of the client's), or found it already there
    // (sent with the one before it, pipelined).
    QList<bool> waited() const
    {
        std::lock_guard lock(m_mutex);
        return m_waited;
    }

protected:
    void run() override
    {
        Listener control;
        control.listen(QHostAddress::LocalHost, 0);
        m_port = control.serverPort();
        m_ready.release();
        while (!m_stop) {
            if (!control.waitForNewConnection(100))
                continue;
            for (const qintptr descriptor : std::exchange(control.accepted, {})) {
                // Each socket is made on the thread that serves it.
                const auto serveOn = [this, descriptor] {
                    QTcpSocket c;
                    if (c.setSocketDescriptor(descriptor))
                        serve(c);
                };
                if (m_concurrent)
                    m_connections.emplace_back(serveOn);
                else
                    serveOn();
            }
        }
    }

private:
    // Hands out the accepted sockets' descriptors, not sockets bound to this thread.
    class Listener : public QTcpServer
    {
    public:
        QList<qintptr> accepted;

    protected:
        void incomingConnection(qintptr descriptor) override { accepted.append(descriptor); }
    };

    void serve(QTcpSocket &c)
    {
        const auto say = [&c](const QByteArray &text) {
            c.write(text + "\r\n");
            c.waitForBytesWritten(5000);
        };
        say("220 scripted");
        bool waited = false; // since the last reply
        while (!m_stop && c.state() == QAbstractSocket::ConnectedState) {
            if (!c.canReadLine()) {
                waited = true;
                if (!c.waitForReadyRead(100) || !c.canReadLine())
                    continue;
            }
            const QByteArray line = c.readLine().trimmed();
            const qsizetype space = line.indexOf(' ');
            const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
            const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1);
            {
                std::lock_guard lock(m_mutex);
                m_commands.append(line);
                m_waited.append(std::exchange(waited, false));
            }
            if (m_raw && m_raw(verb, arg, c))
                continue;
            QByteArray reply = m_handler ? m_handler(verb, arg) : QByteArray();
            if (reply.isEmpty()) {
                if (verb == "USER")
                    reply = "331 Password";
                else if (verb == "PASS")
                    reply = "230 In";
                else if (verb == "FEAT")
                    reply = "211-Features:\r\n" + m_feat + "211 End";
                else if (verb == "SYST")
                    reply = "215 UNIX Type: L8";
                else if (verb == "PWD")
                    reply = "257 \"/\" is here";
                else if (verb == "TYPE" || verb == "NOOP")
                    reply = "200 OK";
                else if (verb == "MDTM")
                    reply = "550 No time";
                else if (verb == "QUIT") {
                    say("221 Bye");
                    return;
                } else
                    reply = "502 Not here";
            }
            say(reply);
        }
    }

    QByteArray m_feat;
    Handler m_handler;
    RawHandler m_raw;
    std::atomic<quint16> m_port{0};
    std::atomic_bool m_stop{false};
    bool m_concurrent = false;
    std::vector<std::thread> m_connections; // concurrent: one per control connection
    QSemaphore m_ready;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_commands;
    QList<bool> m_waited;
};

} // namespace ferry::test
