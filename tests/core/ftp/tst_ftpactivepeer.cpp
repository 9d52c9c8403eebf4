// labels: integration
// timeout: 120
// Active mode (EPRT/PORT): the data connection is taken only from the control
// connection's peer. A third party (bound to 127.0.0.2, which Linux routes to lo like all
// of 127/8) that reaches the announced port first is refused with a log line, and the
// download holds the server's bytes. Scripted: a real server cannot be made to let a
// stranger connect first.
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "remote/ConnectionSpec.h"
#include "transfer/FileCopy.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

QByteArray realBytes()
{
    QByteArray bytes(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 13 + 5) & 0xff);
    return bytes;
}

// Opens a connection from `from` to the client's announced port and sends `bytes`.
bool sendFrom(const QHostAddress &from, const QHostAddress &to, quint16 port, const QByteArray &bytes)
{
    QTcpSocket s;
    if (!s.bind(from, 0))
        return false;
    s.connectToHost(to, port);
    if (!s.waitForConnected(5000))
        return false;
    s.write(bytes);
    if (!s.waitForBytesWritten(5000))
        return false;
    s.disconnectFromHost();
    if (s.state() != QAbstractSocket::UnconnectedState)
        s.waitForDisconnected(5000);
    return true;
}

} // namespace

class TestFtpActivePeer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strangerOnTheActivePortIsRefused();
};

void TestFtpActivePeer::strangerOnTheActivePortIsRefused()
{
    const QByteArray bytes = realBytes();
    QHostAddress announcedHost;
    quint16 announcedPort = 0;
    std::atomic_bool strangerConnected{false};
    ScriptedFtpServer server(" SIZE\r\n", [&](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
        if (verb == "EPRT") {
            const QList<QByteArray> parts = arg.split('|'); // |1|127.0.0.1|port|
            if (parts.size() < 4)
                return "501 Bad EPRT";
            announcedHost = QHostAddress(QString::fromLatin1(parts.at(2)));
            announcedPort = quint16(parts.at(3).toUInt());
            return "200 EPRT command successful.";
        }
        if (verb == "PORT") {
            const QList<QByteArray> n = arg.split(',');
            if (n.size() != 6)
                return "501 Bad PORT";
            announcedHost =
                QHostAddress(QString::fromLatin1(n.at(0) + '.' + n.at(1) + '.' + n.at(2) + '.' + n.at(3)));
            announcedPort = quint16(n.at(4).toUInt() * 256 + n.at(5).toUInt());
            return "200 PORT command successful.";
        }
        if (verb == "SIZE")
            return "213 " + QByteArray::number(bytes.size());
        if (verb == "RETR") {
            // The stranger first, with bytes of its own; then the server itself.
            strangerConnected = sendFrom(QHostAddress(QStringLiteral("127.0.0.2")), announcedHost,
                                         announcedPort, QByteArray(4096, 'X'));
            if (!sendFrom(QHostAddress::LocalHost, announcedHost, announcedPort, bytes))
                return "425 Cannot open data connection.";
            return "150 Opening BINARY mode data connection.\r\n226 Transfer complete.";
        }
        return {};
    });
    QVERIFY(server.startAndWait());

    auto spec = ferry::test::loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), server.port());
    ConnectOptions options;
    options.activeMode = true;
    options.timeoutSeconds = 10;
    ftp::FtpFileSystem fs(spec, options, nullptr);
    QStringList log;
    fs.setLogSink([&log](LogKind, const QString &text) { log.append(text); });
    auto st = fs.connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));

    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("got.bin"));
    transfer::CopyOptions copy;
    copy.preserveTime = false;
    auto r = transfer::downloadFile(fs, RemotePath(QStringLiteral("/file.bin")), local, copy);
    QVERIFY2(r.ok(),
             qPrintable(r.ok() ? QString()
                               : r.error().toString() + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
    QVERIFY(strangerConnected);
    QCOMPARE(sha256OfFile(local), sha256OfBytes(bytes));
    bool refusedLogged = false;
    for (const QString &line : std::as_const(log))
        refusedLogged = refusedLogged ||
                        line.contains(QLatin1String("Refused an active-mode data connection from 127.0.0.2"));
    QVERIFY2(refusedLogged, qPrintable(log.join(QLatin1Char('\n'))));
    fs.disconnect();
}

QTEST_GUILESS_MAIN(TestFtpActivePeer)
#include "tst_ftpactivepeer.moc"
