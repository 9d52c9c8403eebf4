#pragma once
// The few operating-system calls Ferry makes outside Qt, behind one small interface, so
// the rest of the code stays portable: POSIX (Linux, macOS) is built and tested here; the
// Windows branches (#ifdef Q_OS_WIN in Platform.cpp) are written to the Win32 API and kept
// small, and cannot be built on this machine (packaging/README.md says what is left).
//
// Terminal: whether standard input/error is a terminal, and echo turned off while a
// password is typed. Sockets: a send that never raises SIGPIPE, and an immediate TCP
// acknowledgement where the kernel offers one. Interrupts: Ctrl-C and termination
// reported to the event loop (InterruptWatcher). Functions are thread-safe where they
// touch only their arguments; InterruptWatcher lives on the thread that runs the loop.

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace ferry::util {

namespace platform {

bool stdinIsTerminal();
bool stderrIsTerminal();

// Turns off echo on standard input while it lives (a password prompt), when standard
// input is a terminal; restores what was there before.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool active() const { return m_active; }

private:
    bool m_active = false;
    unsigned long m_saved = 0;      // Windows: the console mode
    std::unique_ptr<char[]> m_term; // POSIX: the saved termios
};

// One send() on a connected socket, never raising SIGPIPE when the peer is gone. Returns
// the bytes sent (possibly fewer than size), or -1: then *retry says whether the socket's
// buffer was merely full (or the call interrupted), and *error holds the system's text.
qint64 sendNoSignal(qintptr socket, const char *data, qint64 size, bool *retry, QString *error);

// Acknowledge received data at once (Linux TCP_QUICKACK: a server that waits for the
// acknowledgement of one reply before sending the next gets it without the 40 ms delayed
// ACK). Nothing where the system has no such option.
void acknowledgeNow(qintptr socket);

} // namespace platform

// Reports Ctrl-C (SIGINT) and termination (SIGTERM; on Windows the console's Ctrl-C,
// Ctrl-Break and close events) as the interrupted() signal, on the thread that made it,
// through the event loop (a self-pipe on POSIX). Watchers nest: while a later one is
// started (a queue run inside `ferry-cli watch`), only it hears the signals, and its
// stop() hands them back to the one before; the last stop() (or destructor) gives the
// signals back the handling they had before the first start(). All on one thread.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool start(); // false when the signals could not be caught
    void stop();
    bool wasInterrupted() const;

Q_SIGNALS:
    void interrupted();

private:
    void drain();
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_started = false;
    using SignalHandler = void (*)(int);
    SignalHandler m_previousInt = nullptr; // POSIX: put back by stop()
    SignalHandler m_previousTerm = nullptr;
};

} // namespace ferry::util
