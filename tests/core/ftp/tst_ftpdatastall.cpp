// labels: integration
// timeout: 120
// A plain passive data connection is a descriptor of the engine's own (not a QSslSocket):
// a server that opens it, sends part of a file and then goes silent must not hang the
// transfer. A cancel ends the wait within moments (Cancelled), and without one the
// connection's timeout ends it (Timeout, retryable). Scripted: real servers in the
// fixture do not stall on purpose.
#include <QElapsedTimer>
#include <QTest>

#include <memory>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "remote/ConnectionSpec.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

constexpr int kSent = 4096;

QByteArray pattern()
{
    QByteArray bytes(kSent, Qt::Uninitialized);
    for (int i = 0; i < kSent; ++i)
        bytes[i] = char((i * 7 + 3) & 0xff);
    return bytes;
}

// Serves RETR by sending kSent bytes on the data connection and then nothing at all,
// never closing it, until the client aborts.
class StallingServer
{
public:
    StallingServer()
        : m_server("", [this](const QByteArray &verb, const QByteArray &) -> QByteArray {
              if (verb == "EPSV") {
                  m_listener = std::make_unique<QTcpServer>();
                  m_listener->listen(QHostAddress::LocalHost, 0);
                  return "229 Entering Extended Passive Mode (|||" +
                         QByteArray::number(m_listener->serverPort()) + "|)";
              }
              if (verb == "RETR") {
                  if (!m_listener || !m_listener->waitForNewConnection(5000))
                      return "425 Failed to establish connection.";
                  m_data.reset(m_listener->nextPendingConnection());
                  m_data->setParent(nullptr);
                  m_listener.reset();
                  m_data->write(pattern());
                  m_data->waitForBytesWritten(5000);
                  return "150 Opening BINARY mode data connection.";
              }
              if (verb == "ABOR" || verb == "QUIT") {
                  m_data.reset(); // on the server's thread, which made it
                  if (verb == "ABOR")
                      return "426 Transfer aborted.\r\n226 ABOR successful.";
              }
              return {};
          })
    {}
    bool start() { return m_server.startAndWait(); }
    quint16 port() const { return m_server.port(); }

private:
    std::unique_ptr<QTcpServer> m_listener;
    std::unique_ptr<QTcpSocket> m_data;
    ScriptedFtpServer m_server; // last: it stops (and joins its thread) first
};

std::unique_ptr<ftp::FtpFileSystem> client(quint16 port, int timeoutSeconds)
{
    auto spec = ferry::test::loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), port);
    ConnectOptions options;
    options.timeoutSeconds = timeoutSeconds;
    return std::make_unique<ftp::FtpFileSystem>(spec, options, nullptr);
}

// Opens the download and reads the bytes the server sent; they must be the server's.
QByteArray readWhatWasSent(ReadStream &stream)
{
    QByteArray got;
    char buffer[65536];
    while (got.size() < kSent) {
        auto n = stream.read(buffer, sizeof buffer);
        if (!n.ok() || *n <= 0)
            break;
        got.append(buffer, int(*n));
    }
    return got;
}

} // namespace

class TestFtpDataStall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelEndsAStalledDownload();
    void timeoutEndsAStalledDownload();
    void cancelledReplyIsReadBeforeTheNextCommand();
};

void TestFtpDataStall::cancelEndsAStalledDownload()
{
    StallingServer server;
    QVERIFY(server.start());
    auto fs = client(server.port(), 30);
    CancelToken token;
    fs->setCancelToken(token);
    auto st = fs->connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    auto stream = fs->openRead(RemotePath(QStringLiteral("/stalls.bin")), 0);
    QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().toString()));
    QCOMPARE(readWhatWasSent(**stream), pattern());

    DelayedAction canceller(300, [token] { token.cancel(); });
    QElapsedTimer clock;
    clock.start();
    char buffer[1024];
    auto n = (*stream)->read(buffer, sizeof buffer);
    canceller.wait();
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind(), ErrorKind::Cancelled);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    (void)(*stream)->abort();
    stream.value().reset();
    fs->disconnect();
}

void TestFtpDataStall::timeoutEndsAStalledDownload()
{
    StallingServer server;
    QVERIFY(server.start());
    auto fs = client(server.port(), 1);
    auto st = fs->connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    auto stream = fs->openRead(RemotePath(QStringLiteral("/stalls.bin")), 0);
    QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().toString()));
    QCOMPARE(readWhatWasSent(**stream), pattern());

    QElapsedTimer clock;
    clock.start();
    char buffer[1024];
    auto n = (*stream)->read(buffer, sizeof buffer);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind(), ErrorKind::Timeout);
    QVERIFY(n.error().retryable());
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    (void)(*stream)->abort();
    stream.value().reset();
    fs->disconnect();
}

// A job cancelled while it waits for a reply (here EPSV's, the listing's first command
// since listings go by path, sent a second late) leaves that reply owed: the next command
// must first read it, not take it for its own answer. Seen in the window: a listing
// cancelled by the next one made every later reply shift by one.
void TestFtpDataStall::cancelledReplyIsReadBeforeTheNextCommand()
{
    ScriptedFtpServer server(QByteArray(), [](const QByteArray &verb, const QByteArray &) -> QByteArray {
        if (verb == "DELE")
            return "550 No such file.";
        return {};
    });
    server.setRawHandler([](const QByteArray &verb, const QByteArray &, QTcpSocket &control) {
        if (verb != "EPSV")
            return false;
        QThread::msleep(1000);
        control.write("229 Entering Extended Passive Mode (|||9|)\r\n");
        control.waitForBytesWritten(1000);
        return true;
    });
    QVERIFY(server.startAndWait());
    auto fs = client(server.port(), 30);
    CancelToken token;
    fs->setCancelToken(token);
    auto st = fs->connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    {
        DelayedAction canceller(300, [token] { token.cancel(); });
        auto listing = fs->list(RemotePath(QStringLiteral("/slow")));
        canceller.wait();
        QVERIFY(!listing.ok());
        QCOMPARE(listing.error().kind(), ErrorKind::Cancelled);
    }
    fs->setCancelToken(CancelToken());
    auto removed = fs->removeFile(RemotePath(QStringLiteral("/missing.txt")));
    QVERIFY2(!removed.ok(), "the late 229 to EPSV was taken for DELE's answer");
    QVERIFY2(removed.error().serverReply().startsWith(QLatin1String("550")),
             qPrintable(removed.error().toString()));
    fs->disconnect();
}

QTEST_GUILESS_MAIN(TestFtpDataStall)
#include "tst_ftpdatastall.moc"
