#include "Platform.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#include <winsock2.h>
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace ferry::util {

namespace platform {

#ifdef Q_OS_WIN

bool stdinIsTerminal()
{
    return ::_isatty(_fileno(stdin)) != 0;
}

bool stderrIsTerminal()
{
    return ::_isatty(_fileno(stderr)) != 0;
}

EchoOff::EchoOff()
{
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !::GetConsoleMode(in, &mode))
        return;
    m_saved = mode;
    m_active = ::SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

EchoOff::~EchoOff()
{
    if (m_active)
        ::SetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
}

qint64 sendNoSignal(qintptr socket, const char *data, qint64 size, bool *retry, QString *error)
{
    // Windows has no SIGPIPE.
    const int n = ::send(SOCKET(socket), data, int(size), 0);
    if (n >= 0)
        return n;
    const int code = ::WSAGetLastError();
    *retry = code == WSAEWOULDBLOCK || code == WSAEINTR;
    *error = QStringLiteral("Winsock error %1").arg(code);
    return -1;
}

void acknowledgeNow(qintptr)
{
    // No TCP_QUICKACK on Windows (its delayed ACK is set per system).
}

#else

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

EchoOff::EchoOff()
{
    termios saved{};
    if (::tcgetattr(STDIN_FILENO, &saved) != 0)
        return;
    m_term = std::make_unique<char[]>(sizeof(termios));
    std::memcpy(m_term.get(), &saved, sizeof saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
}

EchoOff::~EchoOff()
{
    if (!m_active)
        return;
    termios saved{};
    std::memcpy(&saved, m_term.get(), sizeof saved);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
}

qint64 sendNoSignal(qintptr socket, const char *data, qint64 size, bool *retry, QString *error)
{
#ifdef MSG_NOSIGNAL
    const ssize_t n = ::send(int(socket), data, size_t(size), MSG_NOSIGNAL);
#else
    // macOS: no MSG_NOSIGNAL; Qt sets SO_NOSIGPIPE on its sockets.
    const ssize_t n = ::send(int(socket), data, size_t(size), 0);
#endif
    if (n >= 0)
        return n;
    const int code = errno;
    *retry = code == EAGAIN || code == EWOULDBLOCK || code == EINTR;
    *error = qt_error_string(code);
    return -1;
}

void acknowledgeNow(qintptr socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    if (socket >= 0)
        (void)::setsockopt(int(socket), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

#endif

} // namespace platform

namespace {

std::atomic<bool> g_interrupted{false};

// The started watchers, innermost last: only that one hears the signals (all on the
// thread that runs the loops).
std::vector<InterruptWatcher *> g_started;

#ifdef Q_OS_WIN
std::atomic<InterruptWatcher *> g_watcher{nullptr};

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: hand the news to the watcher's thread.
    g_interrupted = true;
    if (InterruptWatcher *watcher = g_watcher.load())
        QMetaObject::invokeMethod(watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe calls here: a flag and one byte into the pipe.
    g_interrupted = true;
    const char byte = 1;
    if (g_pipe[1] >= 0)
        (void)!::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent) {}

InterruptWatcher::~InterruptWatcher()
{
    stop();
}

bool InterruptWatcher::start()
{
    if (m_started)
        return true;
    const bool first = g_started.empty();
    if (first)
        g_interrupted = false;
#ifdef Q_OS_WIN
    if (first && !::SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        return false;
    g_watcher = this;
#else
    if (first) {
        if (::pipe(g_pipe) != 0)
            return false;
        m_previousInt = std::signal(SIGINT, onSignal);
        m_previousTerm = std::signal(SIGTERM, onSignal);
    } else {
        g_started.back()->m_notifier->setEnabled(false);
    }
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptWatcher::drain);
#endif
    g_started.push_back(this);
    m_started = true;
    return true;
}

void InterruptWatcher::drain()
{
#ifndef Q_OS_WIN
    char byte;
    (void)!::read(g_pipe[0], &byte, 1);
#endif
    Q_EMIT interrupted();
}

void InterruptWatcher::stop()
{
    if (!m_started)
        return;
    m_started = false;
    g_started.erase(std::remove(g_started.begin(), g_started.end(), this), g_started.end());
    const bool last = g_started.empty();
#ifdef Q_OS_WIN
    if (last)
        ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = last ? nullptr : g_started.back();
#else
    m_notifier.reset();
    if (!last) {
        g_started.back()->m_notifier->setEnabled(true);
        return;
    }
    std::signal(SIGINT, m_previousInt == SIG_ERR || !m_previousInt ? SIG_DFL : m_previousInt);
    std::signal(SIGTERM, m_previousTerm == SIG_ERR || !m_previousTerm ? SIG_DFL : m_previousTerm);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

bool InterruptWatcher::wasInterrupted() const
{
    return g_interrupted;
}

} // namespace ferry::util
