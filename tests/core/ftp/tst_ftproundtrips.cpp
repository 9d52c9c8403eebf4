// labels: integration
// timeout: 120
// The round trips before an FTP transfer's first byte, against a scripted server that
// records which commands it had to wait for (a round trip of the client's) and which
// arrived with the one before them (pipelined):
// - the login: USER, PASS, then FEAT, SYST and PWD in one packet (they were three waits),
//   TYPE I sent later with the first command;
// - a download: TYPE I, SIZE, MDTM, CWD and EPSV in one packet (stat), then RETR on the
//   port asked for ahead: two waits where TYPE I, SIZE, MDTM, EPSV, RETR were five; a
//   resumed one: EPSV, then REST with its RETR (two waits, were three); right after a
//   login (a segment's connection): EPSV, then TYPE I, REST and RETR (were four waits);
// - a refused REST is read before any data: the download fails, nothing of the file from
//   byte 0 is taken for the range asked for, and the connection stays in step;
// - an upload to a URL: its stat (is it a folder?) with the EPSV for the STOR in one
//   packet: two waits where TYPE I, SIZE, CWD, EPSV, STOR were five;
// - a large download likely next (ferry-cli get) with four segments: the three extra
//   connections log in together with the first, before its SIZE is answered (they were
//   started only once the size was known), and send PASS only after the first one's was
//   accepted (a wrong password is sent once, not four times).
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

template <typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

QByteArray payload()
{
    QByteArray out;
    for (int i = 0; i < 100000; ++i)
        out.append(char('a' + (i * 7) % 26));
    return out;
}

// A scripted server with one file, /f.bin (payload()), one folder, /dir, and STOR that
// takes anything. refuseRest: REST is answered 502.
class TransferServer
{
public:
    explicit TransferServer(bool refuseRest = false)
        : m_server(" SIZE\r\n MDTM\r\n REST STREAM\r\n EPSV\r\n",
                   [this, refuseRest](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
                       if (verb == "EPSV") {
                           m_listener = std::make_unique<QTcpServer>();
                           m_listener->listen(QHostAddress::LocalHost, 0);
                           return "229 Entering Extended Passive Mode (|||" +
                                  QByteArray::number(m_listener->serverPort()) + "|)";
                       }
                       if (verb == "SIZE")
                           return arg == "/f.bin" ? "213 " + QByteArray::number(payload().size())
                                                  : QByteArray("550 Could not get file size.");
                       if (verb == "MDTM")
                           return arg == "/f.bin" ? QByteArray("213 20200101000000")
                                                  : QByteArray("550 Could not get file modification time.");
                       if (verb == "CWD")
                           return arg == "/dir" ? QByteArray("250 OK")
                                                : QByteArray("550 Failed to change directory.");
                       if (verb == "REST") {
                           if (refuseRest)
                               return "502 REST not here";
                           m_rest = arg.toLongLong();
                           return "350 Restart position accepted (" + arg + ").";
                       }
                       return {};
                   })
    {
        m_server.setRawHandler([this](const QByteArray &verb, const QByteArray &, QTcpSocket &control) {
            if (verb != "RETR" && verb != "STOR")
                return false;
            const qint64 from = std::exchange(m_rest, 0);
            if (!m_listener || !m_listener->waitForNewConnection(10000)) {
                control.write("425 No data connection.\r\n");
                control.waitForBytesWritten(5000);
                return true;
            }
            std::unique_ptr<QTcpSocket> data(m_listener->nextPendingConnection());
            data->setParent(nullptr);
            m_listener.reset();
            control.write("150 Here it comes.\r\n");
            control.waitForBytesWritten(5000);
            if (verb == "RETR") {
                data->write(payload().mid(from));
                data->waitForBytesWritten(5000);
                data->disconnectFromHost();
                if (data->state() != QAbstractSocket::UnconnectedState)
                    data->waitForDisconnected(5000);
            } else {
                QByteArray stored;
                while (data->state() == QAbstractSocket::ConnectedState) {
                    data->waitForReadyRead(200);
                    stored += data->readAll();
                }
                stored += data->readAll();
                std::lock_guard lock(m_mutex);
                m_stored = stored;
            }
            control.write("226 Transfer complete.\r\n");
            control.waitForBytesWritten(5000);
            return true;
        });
    }
    ScriptedFtpServer &server() { return m_server; }
    QByteArray stored() const
    {
        std::lock_guard lock(m_mutex);
        return m_stored;
    }

    // The commands from index `from` on, each with "(waited)" when the server had
    // answered everything before it and waited for it.
    QStringList shape(qsizetype from) const
    {
        const QList<QByteArray> commands = m_server.commands();
        const QList<bool> waited = m_server.waited();
        QStringList out;
        for (qsizetype i = from; i < commands.size(); ++i)
            out << QString::fromUtf8(commands.at(i)) +
                       (waited.at(i) ? QStringLiteral(" (waited)") : QString());
        return out;
    }

private:
    std::unique_ptr<QTcpServer> m_listener;
    qint64 m_rest = 0;
    mutable std::mutex m_mutex;
    QByteArray m_stored;
    ScriptedFtpServer m_server;
};

Result<QByteArray> readAll(ftp::FtpFileSystem &fs, const RemotePath &path, qint64 offset)
{
    auto stream = fs.openRead(path, offset);
    if (!stream)
        return stream.error();
    QByteArray got;
    char buffer[16384];
    for (;;) {
        auto n = (*stream)->read(buffer, sizeof buffer);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        got.append(buffer, *n);
    }
    if (Status st = (*stream)->finish(); !st)
        return st.error();
    return got;
}

} // namespace

class TestFtpRoundTrips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginSendsFeatSystPwdTogether();
    void downloadAsksForThePortWithItsStat();
    void resumedDownloadSendsRestWithRetr();
    void refusedRestIsReadBeforeTheData();
    void uploadAsksForThePortWithItsStat();
    void extraLoginsStartWithTheFirst();
    void wrongPasswordIsSentOnce();
};

void TestFtpRoundTrips::loginSendsFeatSystPwdTogether()
{
    TransferServer scripted;
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    QCOMPARE(fs->homePath().toString(), QStringLiteral("/"));
    QVERIFY(fs->features().restStream());
    const QStringList login = scripted.shape(0);
    QCOMPARE(login.size(), 5);
    QVERIFY2(login.at(0).startsWith(QLatin1String("USER ")) &&
                 login.at(0).endsWith(QLatin1String("(waited)")),
             qPrintable(login.join(QStringLiteral(" | "))));
    QVERIFY2(login.at(1).startsWith(QLatin1String("PASS ")) &&
                 login.at(1).endsWith(QLatin1String("(waited)")),
             qPrintable(login.join(QStringLiteral(" | "))));
    // One packet after the 230: FEAT waited for, SYST and PWD with it (were three waits,
    // and a fourth for TYPE I).
    QCOMPARE(login.mid(2),
             (QStringList{QStringLiteral("FEAT (waited)"), QStringLiteral("SYST"), QStringLiteral("PWD")}));
    // TYPE I goes out with the next command, in its packet.
    QVERIFY(fs->keepAlive().ok());
    QCOMPARE(scripted.shape(5), (QStringList{QStringLiteral("TYPE I (waited)"), QStringLiteral("NOOP")}));
    fs->disconnect();
}

void TestFtpRoundTrips::downloadAsksForThePortWithItsStat()
{
    TransferServer scripted;
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    const qsizetype login = scripted.server().commands().size();

    const RemotePath path(QStringLiteral("/f.bin"));
    auto entry = fs->stat(path);
    QVERIFY2(entry.ok(), qPrintable(why(entry)));
    QVERIFY(entry->type == EntryType::File);
    QCOMPARE(entry->size.value_or(-1), qint64(payload().size()));
    QVERIFY(entry->mtime.isValid());
    auto got = readAll(*fs, path, 0);
    QVERIFY2(got.ok(), qPrintable(why(got)));
    QCOMPARE(*got, payload());
    // Two waits before the first byte: the stat's packet, then RETR on the port it got.
    QCOMPARE(scripted.shape(login),
             (QStringList{QStringLiteral("TYPE I (waited)"), QStringLiteral("SIZE /f.bin"),
                          QStringLiteral("MDTM /f.bin"), QStringLiteral("CWD /f.bin"), QStringLiteral("EPSV"),
                          QStringLiteral("RETR /f.bin (waited)")}));

    // A folder: the port is kept all the same (the next transfer may be a listing).
    const qsizetype before = scripted.server().commands().size();
    auto folder = fs->stat(RemotePath(QStringLiteral("/dir")));
    QVERIFY2(folder.ok(), qPrintable(why(folder)));
    QVERIFY(folder->isDir());
    got = readAll(*fs, path, 0);
    QVERIFY2(got.ok(), qPrintable(why(got)));
    QCOMPARE(*got, payload());
    QCOMPARE(scripted.shape(before),
             (QStringList{QStringLiteral("SIZE /dir (waited)"), QStringLiteral("MDTM /dir"),
                          QStringLiteral("CWD /dir"), QStringLiteral("EPSV"),
                          QStringLiteral("RETR /f.bin (waited)")}));
    fs->disconnect();
}

void TestFtpRoundTrips::resumedDownloadSendsRestWithRetr()
{
    TransferServer scripted;
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    QVERIFY(fs->keepAlive().ok()); // the login's TYPE I
    const qsizetype login = scripted.server().commands().size();

    auto got = readAll(*fs, RemotePath(QStringLiteral("/f.bin")), 60000);
    QVERIFY2(got.ok(), qPrintable(why(got)));
    QCOMPARE(*got, payload().mid(60000));
    QCOMPARE(scripted.shape(login),
             (QStringList{QStringLiteral("EPSV (waited)"), QStringLiteral("REST 60000 (waited)"),
                          QStringLiteral("RETR /f.bin")}));
    fs->disconnect();

    // As a segmented download's extra connection starts: right after the login, the
    // login's TYPE I goes with REST and RETR, not with the EPSV (whose answer it would
    // delay on servers that hold a second reply until the first is acknowledged).
    auto second = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(second->connect().ok());
    const qsizetype secondLogin = scripted.server().commands().size();
    got = readAll(*second, RemotePath(QStringLiteral("/f.bin")), 50000);
    QVERIFY2(got.ok(), qPrintable(why(got)));
    QCOMPARE(*got, payload().mid(50000));
    QCOMPARE(scripted.shape(secondLogin),
             (QStringList{QStringLiteral("EPSV (waited)"), QStringLiteral("TYPE I (waited)"),
                          QStringLiteral("REST 50000"), QStringLiteral("RETR /f.bin")}));
    second->disconnect();
}

void TestFtpRoundTrips::refusedRestIsReadBeforeTheData()
{
    TransferServer scripted(true);
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    const RemotePath path(QStringLiteral("/f.bin"));
    auto got = readAll(*fs, path, 60000);
    QVERIFY(!got.ok());
    QVERIFY2(got.error().toString().contains(QLatin1String("REST")), qPrintable(why(got)));
    // In step afterwards: a NOOP, then a whole download.
    QVERIFY(fs->keepAlive().ok());
    got = readAll(*fs, path, 0);
    QVERIFY2(got.ok(), qPrintable(why(got)));
    QCOMPARE(*got, payload());
    fs->disconnect();
}

void TestFtpRoundTrips::uploadAsksForThePortWithItsStat()
{
    TransferServer scripted;
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    const qsizetype login = scripted.server().commands().size();

    const RemotePath path(QStringLiteral("/up.bin"));
    auto absent = fs->stat(path);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().kind(), ErrorKind::NotFound);
    auto stream = fs->openWrite(path, 0);
    QVERIFY2(stream.ok(), qPrintable(why(stream)));
    QVERIFY((*stream)->write(payload().constData(), payload().size()).ok());
    QVERIFY((*stream)->finish().ok());
    QTRY_COMPARE_WITH_TIMEOUT(scripted.stored().size(), payload().size(), 10000);
    QCOMPARE(scripted.stored(), payload());
    // Two waits: the stat's packet (is it a folder?), then the STOR on the port it got.
    QCOMPARE(scripted.shape(login),
             (QStringList{QStringLiteral("TYPE I (waited)"), QStringLiteral("SIZE /up.bin"),
                          QStringLiteral("MDTM /up.bin"), QStringLiteral("CWD /up.bin"),
                          QStringLiteral("EPSV"), QStringLiteral("STOR /up.bin (waited)")}));

    auto dir = fs->stat(RemotePath(QStringLiteral("/dir")));
    QVERIFY2(dir.ok(), qPrintable(why(dir)));
    QVERIFY(dir->isDir());
    fs->disconnect();
}

namespace {

// Logs in as the fixture's user with `password`, as ferry-cli's get does (a large
// download likely next), four segments forced (loopback alone never segments).
std::unique_ptr<ftp::FtpFileSystem> getClient(quint16 port, const QString &password)
{
    ConnectionSpec spec = loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), port);
    spec.password = password;
    ConnectOptions options;
    options.timeoutSeconds = 15;
    options.likelyDownloadBytes = -1;
    return std::make_unique<ftp::FtpFileSystem>(spec, options, nullptr);
}

} // namespace

// The server answers the first connection's SIZE only once four connections have logged
// in (or after 10 s): with the extra logins started together with the first, all four are
// in when it is asked; started when the size is known (before), only the first.
void TestFtpRoundTrips::extraLoginsStartWithTheFirst()
{
    qputenv("FERRY_FTP_SEGMENTS", "4");
    std::atomic<int> logins{0};
    std::atomic<int> loginsAtSize{-1};
    std::atomic<qint64> sizeWaitedMs{-1};
    ScriptedFtpServer server(" SIZE\r\n REST STREAM\r\n EPSV\r\n",
                             [&](const QByteArray &verb, const QByteArray &) -> QByteArray {
                                 if (verb == "PASS") {
                                     ++logins;
                                     return "230 In";
                                 }
                                 if (verb == "SIZE") {
                                     QElapsedTimer waited;
                                     waited.start();
                                     while (logins.load() < 4 && waited.elapsed() < 10000)
                                         QThread::msleep(5);
                                     loginsAtSize = logins.load();
                                     sizeWaitedMs = waited.elapsed();
                                     return "213 1073741824";
                                 }
                                 return {};
                             });
    server.setConcurrent(true);
    QVERIFY(server.startAndWait());
    {
        auto fs = getClient(server.port(), Fixture::password());
        QVERIFY(fs->connect().ok());
        auto entry = fs->stat(RemotePath(QStringLiteral("/f.bin")));
        QVERIFY2(entry.ok(), qPrintable(why(entry)));
        QCOMPARE(entry->size.value_or(-1), qint64(1073741824));
        // No download took them: called off and logged out with the first.
        fs->disconnect();
    }
    qunsetenv("FERRY_FTP_SEGMENTS");
    QVERIFY2(loginsAtSize.load() == 4, qPrintable(QStringLiteral("%1 logged in when SIZE came, after %2 ms")
                                                      .arg(loginsAtSize.load())
                                                      .arg(sizeWaitedMs.load())));
    const QList<QByteArray> commands = server.commands();
    QCOMPARE(commands.count("PASS " + Fixture::password().toUtf8()), 4);
}

// A wrong password: the extra connections started with the login never send theirs.
void TestFtpRoundTrips::wrongPasswordIsSentOnce()
{
    qputenv("FERRY_FTP_SEGMENTS", "4");
    std::atomic<int> users{0};
    ScriptedFtpServer server(" SIZE\r\n REST STREAM\r\n EPSV\r\n",
                             [&](const QByteArray &verb, const QByteArray &) -> QByteArray {
                                 if (verb == "USER") {
                                     ++users;
                                     // The first connection's answer waits for the others'
                                     // USER (at most 10 s): they are there when its PASS fails.
                                     QElapsedTimer waited;
                                     waited.start();
                                     while (users.load() < 4 && waited.elapsed() < 10000)
                                         QThread::msleep(5);
                                     return "331 Password";
                                 }
                                 if (verb == "PASS")
                                     return "530 Login incorrect.";
                                 return {};
                             });
    server.setConcurrent(true);
    QVERIFY(server.startAndWait());
    {
        auto fs = getClient(server.port(), QStringLiteral("wrong"));
        const Status st = fs->connect();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind(), ErrorKind::Auth);
    } // joins the extra connections' threads
    qunsetenv("FERRY_FTP_SEGMENTS");
    const QList<QByteArray> commands = server.commands();
    QCOMPARE(commands.count("PASS wrong"), 1);
    QCOMPARE(users.load(), 4);
}

QTEST_GUILESS_MAIN(TestFtpRoundTrips)
#include "tst_ftproundtrips.moc"
