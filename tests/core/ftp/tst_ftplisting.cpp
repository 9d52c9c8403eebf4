// labels: integration
// timeout: 300
// How Ferry lists an FTP folder (FtpFileSystem::listingPlan and list()):
// - the plan for every kind of path (data rows): MLSD takes a plain path as its argument,
//   a path a server could misread (a name starting with '-', glob characters, white space
//   at either end of a name) is entered with CWD first; LIST is always after CWD;
// - the round trips: against a scripted server, a listing is EPSV and then the listing
//   command, with a CWD sent in the same packet as its LIST: two waits for the server per
//   folder, no CWD for MLSD, and no PWD or TYPE (the old sequence, CWD, EPSV, LIST, was three);
// - real vsftpd (LIST) and pure-ftpd (MLSD) list folders with odd names exactly as served,
//   report a missing folder as NotFound and a file as no folder, and list correctly after.
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

// Folder names servers may misread as LIST options or patterns, and plain ones.
const QStringList kOddNames = {
    QStringLiteral("plain"),      QStringLiteral("my docs"),     QStringLiteral("-rf"),
    QStringLiteral("-l"),         QStringLiteral("a*b"),         QStringLiteral("q?x"),
    QStringLiteral("[br]"),       QStringLiteral("{a,b}"),       QStringLiteral("~tilde"),
    QStringLiteral(" lead"),      QStringLiteral("trail "),      QStringLiteral("dash -la"),
    QStringLiteral("unicode äö"), QStringLiteral("two  spaces"),
};

// A failed result's error (QVERIFY2 evaluates its message also when it passes).
template <typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

// A scripted server that lists every folder as one file, "f.txt", in MLSD or LIST form.
class ListingServer
{
public:
    explicit ListingServer(bool mlsd)
        : m_server(mlsd ? " MLSD\r\n MLST type*;size*;modify*;\r\n" : "",
                   [this](const QByteArray &verb, const QByteArray &) -> QByteArray {
                       if (verb == "EPSV") {
                           m_listener = std::make_unique<QTcpServer>();
                           m_listener->listen(QHostAddress::LocalHost, 0);
                           return "229 Entering Extended Passive Mode (|||" +
                                  QByteArray::number(m_listener->serverPort()) + "|)";
                       }
                       if (verb == "CWD")
                           return "250 OK";
                       return {};
                   })
    {
        m_server.setRawHandler([this](const QByteArray &verb, const QByteArray &, QTcpSocket &control) {
            if (verb != "LIST" && verb != "MLSD")
                return false;
            if (!m_listener || !m_listener->waitForNewConnection(5000)) {
                control.write("425 No data connection.\r\n");
                return true;
            }
            std::unique_ptr<QTcpSocket> data(m_listener->nextPendingConnection());
            data->setParent(nullptr);
            m_listener.reset();
            control.write("150 Here comes the directory listing.\r\n");
            control.waitForBytesWritten(5000);
            data->write(verb == "MLSD" ? "type=file;size=5;modify=20200101000000; f.txt\r\n"
                                       : "-rw-r--r--    1 ftp      ftp            5 Jan 01  2020 f.txt\r\n");
            data->waitForBytesWritten(5000);
            data->disconnectFromHost();
            if (data->state() != QAbstractSocket::UnconnectedState)
                data->waitForDisconnected(5000);
            control.write("226 Directory send OK.\r\n");
            control.waitForBytesWritten(5000);
            return true;
        });
    }
    ScriptedFtpServer &server() { return m_server; }

private:
    std::unique_ptr<QTcpServer> m_listener;
    ScriptedFtpServer m_server;
};

// The served tree under `root`: relative path -> size (-1 for folders).
QMap<QString, qint64> servedTree(const QString &root)
{
    QMap<QString, qint64> out;
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        const QDir dir(rel.isEmpty() ? root : root + QLatin1Char('/') + rel);
        for (const QFileInfo &fi :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString path = rel.isEmpty() ? fi.fileName() : rel + QLatin1Char('/') + fi.fileName();
            out.insert(path, fi.isDir() ? -1 : fi.size());
            if (fi.isDir())
                pending.append(path);
        }
    }
    return out;
}

// The same tree as the engine lists it, folder by folder from `root`.
Result<QMap<QString, qint64>> listedTree(RemoteFileSystem &fs, const RemotePath &root)
{
    QMap<QString, qint64> out;
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        auto listing = fs.list(rel.isEmpty() ? root : root.resolved(rel));
        if (!listing)
            return Error(listing.error().kind(), rel + QStringLiteral(": ") + listing.error().toString());
        for (const DirEntry &e : std::as_const(listing->entries)) {
            const QString path = rel.isEmpty() ? e.name : rel + QLatin1Char('/') + e.name;
            out.insert(path, e.isDir() ? -1 : e.size.value_or(-1));
            if (e.isDir())
                pending.append(path);
        }
    }
    return out;
}

// The odd-name tree under root/tree: every name as a folder holding a file named after
// it and a folder "sub" with one file; and every name as a file in root/tree.
bool makeOddTree(Fixture &fx)
{
    const QString tree = fx.rootDir() + QStringLiteral("/tree");
    for (const QString &name : kOddNames) {
        const QString folder = tree + QLatin1Char('/') + name;
        if (!QDir().mkpath(folder + QStringLiteral("/sub")))
            return false;
        const QStringList files{folder + QStringLiteral("/f ") + name + QStringLiteral(".txt"),
                                folder + QStringLiteral("/sub/x.txt"),
                                tree + QStringLiteral("/file ") + name};
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(name.toUtf8() + "\n") < 0)
                return false;
        }
    }
    return fx.giveToTestUser(tree);
}

} // namespace

class TestFtpListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void roundTripsPerFolder_data();
    void roundTripsPerFolder();
    void oddNamesOnRealServers_data();
    void oddNamesOnRealServers();
    void listManySendsEpsvAhead_data();
    void listManySendsEpsvAhead();
};

void TestFtpListing::plan_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("mlsd");
    QTest::addColumn<bool>("listA");
    QTest::addColumn<QString>("changeDir");
    QTest::addColumn<QString>("command");

    const QString none;
    QTest::newRow("mlsd root") << "/" << true << false << none << "MLSD /";
    QTest::newRow("mlsd plain") << "/pub/docs" << true << false << none << "MLSD /pub/docs";
    QTest::newRow("mlsd inner space") << "/pub/my docs" << true << false << none << "MLSD /pub/my docs";
    QTest::newRow("mlsd unicode") << "/pub/äö" << true << false << none << "MLSD /pub/äö";
    QTest::newRow("mlsd dash inside") << "/pub/a-b" << true << false << none << "MLSD /pub/a-b";
    QTest::newRow("mlsd leading dash") << "/pub/-rf" << true << false << "CWD /pub/-rf"
                                       << "MLSD";
    QTest::newRow("mlsd star") << "/pub/a*b/c" << true << false << "CWD /pub/a*b/c"
                               << "MLSD";
    QTest::newRow("mlsd question") << "/q?x" << true << false << "CWD /q?x"
                                   << "MLSD";
    QTest::newRow("mlsd bracket") << "/[br]" << true << false << "CWD /[br]"
                                  << "MLSD";
    QTest::newRow("mlsd brace") << "/{a,b}" << true << false << "CWD /{a,b}"
                                << "MLSD";
    QTest::newRow("mlsd tilde") << "/~user" << true << false << "CWD /~user"
                                << "MLSD";
    QTest::newRow("mlsd backslash") << "/a\\b" << true << false << "CWD /a\\b"
                                    << "MLSD";
    QTest::newRow("mlsd leading space") << "/pub/ lead" << true << false << "CWD /pub/ lead"
                                        << "MLSD";
    QTest::newRow("mlsd trailing space") << "/pub/trail " << true << false << "CWD /pub/trail "
                                         << "MLSD";
    QTest::newRow("mlsd relative") << "pub" << true << false << "CWD pub"
                                   << "MLSD";
    QTest::newRow("list -a plain") << "/pub/docs" << false << true << "CWD /pub/docs"
                                   << "LIST -a";
    QTest::newRow("list plain") << "/pub/docs" << false << false << "CWD /pub/docs"
                                << "LIST";
    QTest::newRow("list -a odd") << "/pub/-l *" << false << true << "CWD /pub/-l *"
                                 << "LIST -a";
}

void TestFtpListing::plan()
{
    QFETCH(QString, path);
    QFETCH(bool, mlsd);
    QFETCH(bool, listA);
    QFETCH(QString, changeDir);
    QFETCH(QString, command);
    const ftp::FtpFileSystem::ListingPlan p = ftp::FtpFileSystem::listingPlan(path, mlsd, listA);
    QCOMPARE(p.changeDir, changeDir);
    QCOMPARE(p.command, command);
    QCOMPARE(p.mlsd, mlsd);
}

void TestFtpListing::roundTripsPerFolder_data()
{
    QTest::addColumn<bool>("mlsd");
    QTest::newRow("MLSD") << true;
    QTest::newRow("LIST") << false;
}

void TestFtpListing::roundTripsPerFolder()
{
    QFETCH(bool, mlsd);
    ListingServer scripted(mlsd);
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    // The login's TYPE I goes out with the next command: with this NOOP, not counted.
    QVERIFY(fs->keepAlive().ok());
    const qsizetype loginCommands = scripted.server().commands().size();

    const QStringList folders{QStringLiteral("/a"), QStringLiteral("/a/b"), QStringLiteral("/a/b/c")};
    for (const QString &folder : folders) {
        auto listing = fs->list(RemotePath(folder));
        QVERIFY2(listing.ok(), qPrintable(why(listing)));
        QCOMPARE(listing->entries.size(), 1);
        QCOMPARE(listing->entries.at(0).name, QStringLiteral("f.txt"));
    }

    const QList<QByteArray> commands = scripted.server().commands().mid(loginCommands);
    const QList<bool> waited = scripted.server().waited().mid(loginCommands);
    QList<QByteArray> expected;
    for (const QString &folder : folders) {
        expected << "EPSV";
        if (mlsd)
            expected << "MLSD " + folder.toUtf8();
        else
            expected << "CWD " + folder.toUtf8() << "LIST -a";
    }
    QCOMPARE(commands, expected);
    // Each folder: one wait for the EPSV's reply, one for the listing (with LIST, its CWD
    // arrived with it); CWD, EPSV, LIST one after another were three.
    qsizetype waits = 0;
    QString shape;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        waits += waited.at(i) ? 1 : 0;
        shape += QString::fromUtf8(commands.at(i)) +
                 (waited.at(i) ? QStringLiteral(" (waited); ") : QStringLiteral("; "));
    }
    QVERIFY2(waits == 2 * folders.size(), qPrintable(shape));
    for (const QByteArray &c : commands)
        QVERIFY2(!c.startsWith("PWD") && !c.startsWith("TYPE"), c.constData());
}

void TestFtpListing::oddNamesOnRealServers_data()
{
    QTest::addColumn<bool>("pure");
    QTest::newRow("vsftpd (LIST)") << false;
    QTest::newRow("pure-ftpd (MLSD)") << true;
}

void TestFtpListing::oddNamesOnRealServers()
{
    QFETCH(bool, pure);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = pure ? fx.startPureFtpd() : fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(makeOddTree(fx));
    QStringList log;
    auto fs = ftpClient(srv->host, srv->port, Protocol::Ftp, QString(), &log);
    QVERIFY2(fs->connect().ok(), qPrintable(log.join(QLatin1Char('\n'))));
    QCOMPARE(fs->features().mlsd(), pure);

    const RemotePath root = fs->homePath().resolved(QStringLiteral("tree"));
    auto listed = listedTree(*fs, root);
    QVERIFY2(listed.ok(), qPrintable(why(listed) + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
    const QMap<QString, qint64> served = servedTree(fx.rootDir() + QStringLiteral("/tree"));
    QCOMPARE(served.size(), kOddNames.size() * 5);
    QCOMPARE(QStringList(listed->keys()), QStringList(served.keys()));
    QCOMPARE(*listed, served);

    // A missing folder is not an empty one, a file is not a folder, and the connection
    // lists correctly after both.
    auto missing = fs->list(root.resolved(QStringLiteral("no such folder")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::NotFound);
    auto missingPlain = fs->list(root.resolved(QStringLiteral("nosuchfolder")));
    QVERIFY(!missingPlain.ok());
    QCOMPARE(missingPlain.error().kind(), ErrorKind::NotFound);
    auto file = fs->list(root.resolved(QStringLiteral("file plain")));
    QVERIFY2(!file.ok(), qPrintable(QString::number(file.ok() ? file->entries.size() : -1)));
    auto again = fs->list(root.resolved(QStringLiteral("-rf")));
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again->entries.size(), 2);
    QVERIFY(fs->isConnected());
}

void TestFtpListing::listManySendsEpsvAhead_data()
{
    roundTripsPerFolder_data();
}

// listMany (the remote tree lister's batches): each listing's command carries the next
// folder's EPSV in its packet, so only the first EPSV is waited for on its own: one wait
// per folder after the first EPSV, where one list() after another waits twice per folder.
void TestFtpListing::listManySendsEpsvAhead()
{
    QFETCH(bool, mlsd);
    ListingServer scripted(mlsd);
    QVERIFY(scripted.server().startAndWait());
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), scripted.server().port());
    QVERIFY(fs->connect().ok());
    const qsizetype loginCommands = scripted.server().commands().size();

    const QStringList folders{QStringLiteral("/a"), QStringLiteral("/a/b"), QStringLiteral("/a/b/c")};
    QList<RemotePath> paths;
    for (const QString &folder : folders)
        paths << RemotePath(folder);
    const QList<Result<Listing>> listings = fs->listMany(paths);
    QCOMPARE(listings.size(), folders.size());
    for (const Result<Listing> &listing : listings) {
        QVERIFY2(listing.ok(), qPrintable(why(listing)));
        QCOMPARE(listing->entries.size(), 1);
        QCOMPARE(listing->entries.at(0).name, QStringLiteral("f.txt"));
    }
    // The last EPSV's port serves the next listing on this connection.
    auto next = fs->list(RemotePath(QStringLiteral("/z")));
    QVERIFY2(next.ok(), qPrintable(why(next)));

    const QList<QByteArray> commands = scripted.server().commands().mid(loginCommands);
    const QList<bool> waited = scripted.server().waited().mid(loginCommands);
    // The TYPE I the login left owed travels with the first listing (FtpLogin).
    QList<QByteArray> expected{"EPSV", "TYPE I"};
    for (const QString &folder : folders) {
        if (mlsd)
            expected << "MLSD " + folder.toUtf8();
        else
            expected << "CWD " + folder.toUtf8() << "LIST -a";
        expected << "EPSV";
    }
    expected << (mlsd ? QList<QByteArray>{"MLSD /z"} : QList<QByteArray>{"CWD /z", "LIST -a"});
    QCOMPARE(commands, expected);
    qsizetype waits = 0;
    QString shape;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        waits += waited.at(i) ? 1 : 0;
        shape += QString::fromUtf8(commands.at(i)) +
                 (waited.at(i) ? QStringLiteral(" (waited); ") : QStringLiteral("; "));
    }
    // The first EPSV, then one wait per listing (its EPSV and CWD travelled with it).
    QVERIFY2(waits == 1 + folders.size() + 1, qPrintable(shape));
}

QTEST_GUILESS_MAIN(TestFtpListing)
#include "tst_ftplisting.moc"
