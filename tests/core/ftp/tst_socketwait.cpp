// SocketWait on connects that take longer than one of its 100 ms slices, as on any link
// whose round trip is 100 ms or more. QAbstractSocket::waitForConnected() aborts the
// attempt when its own time runs out, so a wait made of short waitForConnected() calls
// never connected there (seen as "timed out connecting" on 3 of 4 downloads at 100 ms).
//
// connectSocket() (how the control and data connections connect, TLS or not) and
// waitSocket(Connected) on a Qt socket that connects itself are both checked.
//
// A long connect without a slow link: a listener with a backlog of 0 whose queue is held
// full by one connection nobody accepts. Linux then drops the next SYN, and the client
// sends it again after about a second; once the filler is accepted, that retry gets in.

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "ftp/SocketWait.h"

using namespace ferry;

namespace {

struct FullListener
{
    int fd = -1;
    int filler = -1;
    quint16 port = 0;

    bool start()
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(fd, 0) != 0)
            return false;
        socklen_t len = sizeof a;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return false;
        port = ntohs(a.sin_port);
        // The one connection the queue holds (a backlog of 0 admits one).
        filler = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        return filler >= 0 && ::connect(filler, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    }
    ~FullListener()
    {
        for (int s : {filler, fd})
            if (s >= 0)
                ::close(s);
    }
};

} // namespace

class TestSocketWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectLongerThanASlice_data();
    void connectLongerThanASlice();
    void cancelDuringALongConnect();
    void deadlineDuringALongConnect();
};

void TestSocketWait::connectLongerThanASlice_data()
{
    QTest::addColumn<bool>("ownConnect");
    QTest::newRow("connectSocket, QSslSocket") << true;
    QTest::newRow("waitSocket, QTcpSocket") << false;
}

void TestSocketWait::connectLongerThanASlice()
{
    QFETCH(bool, ownConnect);
    FullListener listener;
    QVERIFY(listener.start());
    QSslSocket sslSocket;
    QTcpSocket tcpSocket;
    QAbstractSocket &socket = ownConnect ? static_cast<QAbstractSocket &>(sslSocket) : tcpSocket;
    QElapsedTimer clock;
    clock.start();
    if (!ownConnect)
        tcpSocket.connectToHost(QHostAddress::LocalHost, listener.port);
    // The queue is freed after 300 ms; the client's SYN is sent again at about 1 s.
    std::thread freeQueue([&listener] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const int accepted = ::accept(listener.fd, nullptr, nullptr);
        if (accepted >= 0)
            ::close(accepted);
    });
    const QDeadlineTimer deadline(15000);
    const remote::Status st =
        ownConnect ? ftp::connectSocket(&socket, QHostAddress(QHostAddress::LocalHost), listener.port,
                                        deadline, remote::CancelToken(), {ftp::WaitStep::Connect})
                   : ftp::waitSocket(&socket, ftp::WaitFor::Connected, deadline, remote::CancelToken(),
                                     {ftp::WaitStep::Connect});
    freeQueue.join();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // The scenario held: the connect took several slices.
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
}

void TestSocketWait::cancelDuringALongConnect()
{
    FullListener listener;
    QVERIFY(listener.start());
    QSslSocket socket;
    remote::CancelToken cancel;
    std::thread canceller([cancel]() mutable {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const remote::Status st =
        ftp::connectSocket(&socket, QHostAddress(QHostAddress::LocalHost), listener.port,
                           QDeadlineTimer(15000), cancel, {ftp::WaitStep::Connect});
    canceller.join();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind(), remote::ErrorKind::Cancelled);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestSocketWait::deadlineDuringALongConnect()
{
    FullListener listener;
    QVERIFY(listener.start());
    QSslSocket socket;
    QElapsedTimer clock;
    clock.start();
    const remote::Status st =
        ftp::connectSocket(&socket, QHostAddress(QHostAddress::LocalHost), listener.port,
                           QDeadlineTimer(1500), remote::CancelToken(), {ftp::WaitStep::Connect});
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind(), remote::ErrorKind::Timeout);
    QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestSocketWait)
#include "tst_socketwait.moc"
