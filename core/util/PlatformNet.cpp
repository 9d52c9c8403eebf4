#include "PlatformNet.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <optional>

#ifdef Q_OS_WIN
// winsock2.h before windows.h (which would pull in the old winsock.h), then the rest.
#include <winsock2.h>

#include <ws2tcpip.h>

#include <mstcpip.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <linux/tcp.h> // glibc's netinet/tcp.h lacks tcp_info's tcpi_min_rtt
#include <sys/ioctl.h>
#else
#include <netinet/tcp.h>
#endif
#endif

namespace ferry::util::platform {

namespace {

// A socket address to connect to.
struct SocketAddress
{
    sockaddr_storage storage{};
    int length = 0;
    int family = 0;
};

// The socket address of `address`:`port`; nothing for what is not handled (a scoped IPv6
// address, or no address at all).
std::optional<SocketAddress> toSockaddr(const QHostAddress &address, quint16 port)
{
    SocketAddress to;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&to.storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        to.length = int(sizeof(sockaddr_in));
        to.family = AF_INET;
        return to;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.scopeId().isEmpty()) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&to.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        static_assert(sizeof bytes == sizeof in6->sin6_addr);
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        to.length = int(sizeof(sockaddr_in6));
        to.family = AF_INET6;
        return to;
    }
    return std::nullopt;
}

// What one poll (POSIX poll() or WSAPoll) saw, in waitSocket's terms: `readable` and
// `writable` are the system's bits for them.
int happenedFrom(int revents, int readable, int writable)
{
    int happened = 0;
    if (revents & readable)
        happened |= Readable;
    if (revents & writable)
        happened |= Writable;
    if (revents & (POLLERR | POLLHUP))
        happened |= Failed;
    if (revents & POLLNVAL)
        happened |= Invalid;
    return happened;
}

// The events to ask one poll for.
short pollEvents(int events, int readable, int writable)
{
    return short(((events & Readable) ? readable : 0) | ((events & Writable) ? writable : 0));
}

} // namespace

QHostAddress peerAddress(qintptr socket)
{
    sockaddr_storage addr{};
#ifdef Q_OS_WIN
    int len = sizeof addr;
    if (::getpeername(SOCKET(socket), reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return {};
#else
    socklen_t len = sizeof addr;
    if (::getpeername(int(socket), reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return {};
#endif
    return QHostAddress(reinterpret_cast<const sockaddr *>(&addr));
}

QString socketErrorText(int code)
{
    // errno values, or Winsock codes (Win32 error codes: qt_error_string() asks FormatMessage).
    return qt_error_string(code);
}

#ifdef Q_OS_WIN

qintptr startTcpConnect(const QHostAddress &address, quint16 port, int *error)
{
    *error = 0;
    const auto to = toSockaddr(address, port);
    if (!to)
        return kNoSocket;
    // WSA_FLAG_NO_HANDLE_INHERIT: the close-on-exec of Windows.
    SOCKET s = ::WSASocketW(to->family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0,
                            WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET) {
        *error = ::WSAGetLastError();
        return kNoSocket;
    }
    u_long nonBlocking = 1;
    ::ioctlsocket(s, FIONBIO, &nonBlocking);
    const BOOL one = TRUE;
    (void)::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
    if (::connect(s, reinterpret_cast<const sockaddr *>(&to->storage), to->length) != 0) {
        const int code = ::WSAGetLastError();
        if (code != WSAEWOULDBLOCK) {
            ::closesocket(s);
            *error = code;
            return kNoSocket;
        }
    }
    return qintptr(s);
}

void closeSocket(qintptr socket)
{
    if (socket != kNoSocket)
        ::closesocket(SOCKET(socket));
}

int waitSocket(qintptr socket, int events, int timeoutMs, int *error)
{
    WSAPOLLFD p{};
    p.fd = SOCKET(socket);
    p.events = pollEvents(events, POLLRDNORM, POLLWRNORM);
    const int rc = ::WSAPoll(&p, 1, timeoutMs);
    if (rc < 0) {
        *error = ::WSAGetLastError();
        return -1;
    }
    return happenedFrom(p.revents, POLLRDNORM | POLLRDBAND, POLLWRNORM);
}

int waitSockets(const qintptr *sockets, int count, int events, int timeoutMs, int *error)
{
    WSAPOLLFD p[16] = {};
    count = count < 16 ? count : 16;
    for (int i = 0; i < count; ++i) {
        p[i].fd = SOCKET(sockets[i]);
        p[i].events = short(((events & Readable) ? POLLRDNORM : 0) | ((events & Writable) ? POLLWRNORM : 0));
    }
    const int rc = ::WSAPoll(p, ULONG(count), timeoutMs);
    if (rc < 0) {
        *error = ::WSAGetLastError();
        return -1;
    }
    return rc;
}

int pendingSocketError(qintptr socket)
{
    int error = 0;
    int size = sizeof error;
    if (::getsockopt(SOCKET(socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &size) != 0)
        return ::WSAGetLastError();
    return error;
}

int connectionRefusedCode()
{
    return WSAECONNREFUSED;
}

qint64 receive(qintptr socket, char *data, qint64 size, bool dontWait, bool *wouldBlock, int *error)
{
    *wouldBlock = false;
    // No MSG_DONTWAIT on Windows: the data connection's socket is non-blocking already;
    // for one that is not, look first.
    if (dontWait) {
        WSAPOLLFD p{};
        p.fd = SOCKET(socket);
        p.events = POLLRDNORM;
        if (::WSAPoll(&p, 1, 0) <= 0 || !(p.revents & (POLLRDNORM | POLLHUP | POLLERR))) {
            *wouldBlock = true;
            return -1;
        }
    }
    const int n = ::recv(SOCKET(socket), data, int(qMin<qint64>(size, 1 << 30)), 0);
    if (n >= 0)
        return n;
    const int code = ::WSAGetLastError();
    if (code == WSAEWOULDBLOCK)
        *wouldBlock = true;
    else
        *error = code;
    return -1;
}

#ifdef SIO_TCP_INFO
namespace {
bool tcpInfo(qintptr socket, TCP_INFO_v0 *info)
{
    // SIO_TCP_INFO: Windows 10 1703 and later (and an SDK that knows it).
    DWORD version = 0;
    DWORD bytes = 0;
    return ::WSAIoctl(SOCKET(socket), SIO_TCP_INFO, &version, sizeof version, info, sizeof *info, &bytes,
                      nullptr, nullptr) == 0;
}
} // namespace

qint64 unsentBytes(qintptr socket)
{
    TCP_INFO_v0 info{};
    if (socket == kNoSocket || !tcpInfo(socket, &info))
        return -1;
    return qint64(info.BytesInFlight);
}

double tcpMinRoundTripMs(qintptr socket)
{
    TCP_INFO_v0 info{};
    if (socket == kNoSocket || !tcpInfo(socket, &info) || info.MinRttUs == 0 || info.MinRttUs == ULONG(-1))
        return -1;
    return double(info.MinRttUs) / 1000.0;
}

qint64 tcpLossEvents(qintptr)
{
    return -1;
}

qint64 tcpNotSentBytes(qintptr)
{
    return -1;
}
#else
qint64 unsentBytes(qintptr)
{
    return -1;
}

double tcpMinRoundTripMs(qintptr)
{
    return -1;
}

qint64 tcpLossEvents(qintptr)
{
    return -1;
}

qint64 tcpNotSentBytes(qintptr)
{
    return -1;
}
#endif

#else

qintptr startTcpConnect(const QHostAddress &address, quint16 port, int *error)
{
    *error = 0;
    const auto to = toSockaddr(address, port);
    if (!to)
        return kNoSocket;
#ifdef SOCK_NONBLOCK
    const int fd = ::socket(to->family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
#else
    // macOS: no SOCK_NONBLOCK/SOCK_CLOEXEC; set both after.
    const int fd = ::socket(to->family, SOCK_STREAM, 0);
    if (fd >= 0) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        const int on = 1;
        (void)::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
    }
#endif
    if (fd < 0) {
        *error = errno;
        return kNoSocket;
    }
    const int one = 1;
    (void)::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    int rc;
    do {
        rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&to->storage), socklen_t(to->length));
    } while (rc < 0 && errno == EINTR);
    if (rc < 0 && errno != EINPROGRESS) {
        *error = errno;
        ::close(fd);
        return kNoSocket;
    }
    return fd;
}

void closeSocket(qintptr socket)
{
    if (socket != kNoSocket)
        ::close(int(socket));
}

int waitSocket(qintptr socket, int events, int timeoutMs, int *error)
{
    pollfd p{int(socket), pollEvents(events, POLLIN, POLLOUT), 0};
    const int rc = ::poll(&p, 1, timeoutMs);
    if (rc < 0) {
        if (errno == EINTR)
            return 0;
        *error = errno;
        return -1;
    }
    return happenedFrom(p.revents, POLLIN, POLLOUT);
}

int waitSockets(const qintptr *sockets, int count, int events, int timeoutMs, int *error)
{
    pollfd p[16] = {};
    count = count < 16 ? count : 16;
    for (int i = 0; i < count; ++i)
        p[i] = {int(sockets[i]),
                short(((events & Readable) ? POLLIN : 0) | ((events & Writable) ? POLLOUT : 0)), 0};
    const int rc = ::poll(p, nfds_t(count), timeoutMs);
    if (rc < 0) {
        if (errno == EINTR)
            return 0;
        *error = errno;
        return -1;
    }
    return rc;
}

int pendingSocketError(qintptr socket)
{
    int error = 0;
    socklen_t size = sizeof error;
    if (::getsockopt(int(socket), SOL_SOCKET, SO_ERROR, &error, &size) < 0)
        return errno;
    return error;
}

int connectionRefusedCode()
{
    return ECONNREFUSED;
}

qint64 receive(qintptr socket, char *data, qint64 size, bool dontWait, bool *wouldBlock, int *error)
{
    *wouldBlock = false;
    while (true) {
        const ssize_t n = ::recv(int(socket), data, size_t(size), dontWait ? MSG_DONTWAIT : 0);
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            *wouldBlock = true;
        else
            *error = errno;
        return -1;
    }
}

qint64 unsentBytes(qintptr socket)
{
#ifdef Q_OS_LINUX
    int unsent = 0;
    if (socket != kNoSocket && ::ioctl(int(socket), SIOCOUTQ, &unsent) == 0)
        return unsent;
#else
    Q_UNUSED(socket);
#endif
    return -1;
}

double tcpMinRoundTripMs(qintptr socket)
{
#ifdef Q_OS_LINUX
    if (socket < 0)
        return -1;
    struct tcp_info info = {};
    socklen_t size = sizeof info;
    if (::getsockopt(int(socket), IPPROTO_TCP, TCP_INFO, &info, &size) != 0 ||
        size < socklen_t(offsetof(struct tcp_info, tcpi_min_rtt) + sizeof info.tcpi_min_rtt) ||
        info.tcpi_min_rtt == 0)
        return -1;
    return double(info.tcpi_min_rtt) / 1000.0;
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

#ifdef Q_OS_LINUX
namespace {
// Linux's struct tcp_info up to tcpi_rcv_ooopack (5.4 and later), as <linux/tcp.h> lays it
// out; glibc's <netinet/tcp.h>, which this file needs, stops at tcpi_total_retrans.
struct LinuxTcpInfo
{
    quint8 state, caState, retransmits, probes, backoff, options;
    quint8 wscale, appLimited;
    quint32 rto, ato, sndMss, rcvMss, unacked, sacked, lost, retrans, fackets;
    quint32 lastDataSent, lastAckSent, lastDataRecv, lastAckRecv;
    quint32 pmtu, rcvSsthresh, rtt, rttvar, sndSsthresh, sndCwnd, advmss, reordering, rcvRtt, rcvSpace;
    quint32 totalRetrans;
    quint64 pacingRate, maxPacingRate, bytesAcked, bytesReceived;
    quint32 segsOut, segsIn, notsentBytes, minRtt, dataSegsIn, dataSegsOut;
    quint64 deliveryRate, busyTime, rwndLimited, sndbufLimited;
    quint32 delivered, deliveredCe;
    quint64 bytesSent, bytesRetrans;
    quint32 dsackDups, reordSeen, rcvOoopack;
};

// The socket's TCP_INFO; the size the kernel filled in (0 when it failed).
socklen_t readTcpInfo(qintptr socket, LinuxTcpInfo &info)
{
    info = {};
    socklen_t size = sizeof info;
    if (socket < 0 || ::getsockopt(int(socket), IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return 0;
    return size;
}
} // namespace
#endif

qint64 tcpNotSentBytes(qintptr socket)
{
#ifdef Q_OS_LINUX
    LinuxTcpInfo info;
    if (readTcpInfo(socket, info) <
        socklen_t(offsetof(LinuxTcpInfo, notsentBytes) + sizeof info.notsentBytes))
        return -1;
    return info.notsentBytes;
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

qint64 tcpLossEvents(qintptr socket)
{
#ifdef Q_OS_LINUX
    LinuxTcpInfo info;
    const socklen_t size = readTcpInfo(socket, info);
    if (size < socklen_t(offsetof(LinuxTcpInfo, totalRetrans) + sizeof info.totalRetrans))
        return -1;
    qint64 n = info.totalRetrans;
    if (size >= socklen_t(offsetof(LinuxTcpInfo, rcvOoopack) + sizeof info.rcvOoopack))
        n += info.rcvOoopack;
    return n;
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

#endif

qint64 raiseSendBuffer(qintptr socket)
{
#ifdef Q_OS_LINUX
    if (socket == kNoSocket)
        return -1;
    const auto readLongs = [](const char *path, long long *values, int count) {
        std::FILE *f = std::fopen(path, "re");
        if (!f)
            return 0;
        int n = 0;
        while (n < count && std::fscanf(f, "%lld", &values[n]) == 1)
            ++n;
        std::fclose(f);
        return n;
    };
    long long wmemMax = 0;
    long long tcpWmem[3] = {0, 0, 0};
    if (readLongs("/proc/sys/net/core/wmem_max", &wmemMax, 1) != 1 ||
        readLongs("/proc/sys/net/ipv4/tcp_wmem", tcpWmem, 3) != 3 || 2 * wmemMax <= tcpWmem[2] ||
        wmemMax > (1LL << 30))
        return -1;
    int current = 0;
    socklen_t length = sizeof current;
    if (::getsockopt(int(socket), SOL_SOCKET, SO_SNDBUF, &current, &length) == 0 && current >= 2 * wmemMax)
        return current;
    const int wanted = int(wmemMax);
    if (::setsockopt(int(socket), SOL_SOCKET, SO_SNDBUF, &wanted, sizeof wanted) != 0)
        return -1;
    length = sizeof current;
    if (::getsockopt(int(socket), SOL_SOCKET, SO_SNDBUF, &current, &length) != 0)
        return -1;
    return current;
#else
    (void)socket;
    return -1;
#endif
}

} // namespace ferry::util::platform
