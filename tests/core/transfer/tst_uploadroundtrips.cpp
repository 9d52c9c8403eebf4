// labels: integration
// timeout: 300
// What a folder upload costs per file on FTP, and that the savings keep the guarantees:
// the "targetAbsent" hint from the folder's expansion (when it is honoured, when not),
// one round trip for the size check and the time after each upload (SIZE and MDTM sent
// together), and the file-exists rule still deciding for every target that exists
// (including a name that differs only in case). Counts the commands in vsftpd's log.
// The engine's own savings: the next transfer's EPSV asked for with the check after an
// upload (used only by the very next transfer, asked again when that port is closed),
// and a plain upload's first bytes sent before the server's 150 (a refusal still
// reported as the server's reply).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "transfer/FileCopy.h"
#include "transfer/QueueItem.h"
#include "transfer/TransferTask.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;
using namespace ferry::transfer;

namespace {

// The commands vsftpd logged (log_ftp_protocol), in order.
QStringList commands(const ServerInfo &server)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral(R"re(FTP command: Client "[^"]*", "([^"]*)")re"));
    auto it = re.globalMatch(Fixture::logTail(server, 1 << 24));
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

int countMatching(const QStringList &lines, const QString &pattern)
{
    const QRegularExpression re(pattern);
    int n = 0;
    for (const QString &l : lines)
        n += re.match(l).hasMatch() ? 1 : 0;
    return n;
}

// writeRandomFile, making the folders on the way.
bool writeFile(const QString &path, qint64 size, quint32 seed)
{
    return QDir().mkpath(QFileInfo(path).path()) && writeRandomFile(path, size, seed);
}

QString diag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestUploadRoundTrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hintHonouredOnlyOnAFreshFirstRun();
    void freshFolderCostsFourCommandsPerFile();
    void existingFolderStillAsksTheRule();
    void uploadsInARowUseThePortAskedAhead_data();
    void uploadsInARowUseThePortAskedAhead();
    void refusedUploadSentBeforeThe150_data();
    void refusedUploadSentBeforeThe150();
    void closedPortAskedAheadIsAskedAgain();
};

void TestUploadRoundTrips::hintHonouredOnlyOnAFreshFirstRun()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QueueItem item;
    item.direction = Direction::Upload;
    QVERIFY(!targetKnownAbsent(item, now)); // no hint
    item.options.targetAbsentAt = now.toMSecsSinceEpoch() - 1000;
    QVERIFY(targetKnownAbsent(item, now));
    QVERIFY(!targetKnownAbsent(item, now.addMSecs(kTargetAbsentMaxAgeMs + 1000))); // the look is too old
    QVERIFY(!targetKnownAbsent(item, now.addSecs(-60)));                           // from the future
    QueueItem failed = item;
    failed.attempts = 1;
    QVERIFY(!targetKnownAbsent(failed, now)); // a run failed: the target may hold a part now
    QueueItem started = item;
    started.options.started = true;
    QVERIFY(!targetKnownAbsent(started, now));
    QueueItem download = item;
    download.direction = Direction::Download;
    QVERIFY(!targetKnownAbsent(download, now));
}

void TestUploadRoundTrips::freshFolderCostsFourCommandsPerFile()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local;
    const int files = 40;
    for (int i = 0; i < files; ++i)
        QVERIFY(writeFile(local.filePath(QStringLiteral("tree/d%1/f%2.bin").arg(i % 2).arg(i)), 4096 + i,
                          quint32(i + 1)));
    QProcessEnvironment env;
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    QTemporaryDir data;
    const QString url = QStringLiteral("ftp://%1@%2:%3/up").arg(Fixture::user(), srv->host).arg(srv->port);
    const qsizetype before = commands(*srv).size();
    const CliResult r = runCli({QStringLiteral("put"), QStringLiteral("-r"), QStringLiteral("--parallel"),
                                QStringLiteral("2"), local.filePath(QStringLiteral("tree")), url},
                               data.path(), data.path(), {}, 120000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    for (int i = 0; i < files; ++i) {
        const QString rel = QStringLiteral("d%1/f%2.bin").arg(i % 2).arg(i);
        QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up/") + rel),
                 sha256OfFile(local.filePath(QStringLiteral("tree/") + rel)));
        QCOMPARE(QFileInfo(fx.rootDir() + QStringLiteral("/up/") + rel).lastModified().toSecsSinceEpoch(),
                 QFileInfo(local.filePath(QStringLiteral("tree/") + rel)).lastModified().toSecsSinceEpoch());
    }
    const QStringList sent = commands(*srv).mid(before);
    // Per file: EPSV, STOR, then SIZE (the check) and MDTM with the time, sent together.
    // No stat of the target (the folder was made by this run), no MDTM read back.
    QCOMPARE(countMatching(sent, QStringLiteral("^STOR .*/f[0-9]+\\.bin$")), files);
    QCOMPARE(countMatching(sent, QStringLiteral("^SIZE .*/f[0-9]+\\.bin$")), files);
    QCOMPARE(countMatching(sent, QStringLiteral("^MDTM [0-9]{14} .*/f[0-9]+\\.bin$")), files);
    // (A folder's stat sends MDTM in the same packet as its SIZE and CWD: not a file's.)
    QCOMPARE(countMatching(sent, QStringLiteral("^MDTM /.*\\.bin$")), 0);
    QCOMPARE(countMatching(sent, QStringLiteral("^CWD .*\\.bin$")), 0);
    // Logins: the browsing connection ferry-cli opens first, then at most 2 transfer connections.
    QVERIFY2(countMatching(sent, QStringLiteral("^USER ")) <= 3, qPrintable(sent.join(QLatin1Char('\n'))));
    qInfo("%d files: %lld commands, %.2f per file", files, qint64(sent.size()), double(sent.size()) / files);
    // (The rest: three logins, the folders' MKD and stats; a stat is SIZE, MDTM, CWD and an
    // EPSV for the next transfer, in one packet.)
    QVERIFY(sent.size() <= files * 4 + 50);
}

void TestUploadRoundTrips::existingFolderStillAsksTheRule()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    // The remote folder holds keep.bin and CASE.bin; the local one keep.bin, case.bin, new.bin, .dot.
    QVERIFY(writeFile(fx.rootDir() + QStringLiteral("/up/keep.bin"), 100, 1));
    QVERIFY(writeFile(fx.rootDir() + QStringLiteral("/up/CASE.bin"), 100, 2));
    QVERIFY(writeFile(fx.rootDir() + QStringLiteral("/up/.dot"), 100, 3));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    const QByteArray keptBefore = sha256OfFile(fx.rootDir() + QStringLiteral("/up/keep.bin"));
    const QByteArray dotBefore = sha256OfFile(fx.rootDir() + QStringLiteral("/up/.dot"));
    QTemporaryDir local;
    for (const char *name : {"keep.bin", "case.bin", "new.bin", ".dot"})
        QVERIFY(writeFile(local.filePath(QStringLiteral("up/") + QLatin1String(name)), 5000, 9));
    QProcessEnvironment env;
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    QTemporaryDir data;
    const QString url = QStringLiteral("ftp://%1@%2:%3/").arg(Fixture::user(), srv->host).arg(srv->port);
    CliResult r = runCli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("put"),
                          local.filePath(QStringLiteral("up")), url, QStringLiteral("--exists"),
                          QStringLiteral("skip")},
                         data.path(), data.path(), {}, 60000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    const qsizetype before = commands(*srv).size();
    r = runCli({QStringLiteral("queue"), QStringLiteral("run")}, data.path(), data.path(), {}, 60000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    // The rule kept the existing files; the new ones arrived.
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up/keep.bin")), keptBefore);
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up/.dot")), dotBefore);
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up/new.bin")),
             sha256OfFile(local.filePath(QStringLiteral("up/new.bin"))));
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up/case.bin")),
             sha256OfFile(local.filePath(QStringLiteral("up/case.bin"))));
    const QStringList sent = commands(*srv).mid(before);
    // One listing of the existing folder; the stat before the upload only where the
    // listing named the file (case aside) or the name is a dot file.
    QCOMPARE(countMatching(sent, QStringLiteral("^(LIST|MLSD)")), 1);
    const auto statBeforeStor = [&sent](const QString &name) {
        const qsizetype stor = sent.indexOf(QRegularExpression(
            QStringLiteral("^STOR .*/") + QRegularExpression::escape(name) + QLatin1Char('$')));
        const qsizetype size = sent.indexOf(QRegularExpression(
            QStringLiteral("^SIZE .*/") + QRegularExpression::escape(name) + QLatin1Char('$')));
        return size >= 0 && (stor < 0 || size < stor);
    };
    QVERIFY2(statBeforeStor(QStringLiteral("keep.bin")), qPrintable(sent.join(QLatin1Char('\n'))));
    QVERIFY2(statBeforeStor(QStringLiteral("case.bin")), qPrintable(sent.join(QLatin1Char('\n'))));
    QVERIFY2(statBeforeStor(QStringLiteral(".dot")), qPrintable(sent.join(QLatin1Char('\n'))));
    QVERIFY2(!statBeforeStor(QStringLiteral("new.bin")), qPrintable(sent.join(QLatin1Char('\n'))));
    QCOMPARE(countMatching(sent, QStringLiteral("^STOR ")), 2); // new.bin and case.bin
}

void TestUploadRoundTrips::uploadsInARowUseThePortAskedAhead_data()
{
    QTest::addColumn<bool>("pure");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("checkAhead"); // CopyOptions::targetAbsent
    QTest::newRow("vsftpd") << false << false << false;
    QTest::newRow("vsftpd FTPES (require_ssl_reuse)") << false << true << false;
    QTest::newRow("pure-ftpd") << true << false << false;
    QTest::newRow("vsftpd, check ahead") << false << false << true;
    QTest::newRow("vsftpd FTPES, check ahead") << false << true << true;
    QTest::newRow("pure-ftpd, check ahead") << true << false << true;
}

// Files of sizes around the 64 KiB sent before the 150, uploaded one after another on
// one connection: each check after an upload asks for the next EPSV, which the next
// upload uses; a command in between (a keep-alive) makes the next upload ask afresh.
// With the target known absent, the check (SIZE, the time, EPSV) goes out to vsftpd as
// soon as the data connection has closed, before the 226 is read; the replies still
// match up. Not to pure-ftpd, which reads commands during a transfer.
void TestUploadRoundTrips::uploadsInARowUseThePortAskedAhead()
{
    QFETCH(bool, pure);
    QFETCH(bool, tls);
    QFETCH(bool, checkAhead);
    CopyOptions options;
    options.targetAbsent = checkAhead;
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv =
        pure ? fx.startPureFtpd() : fx.startVsftpd(tls ? VsftpdMode::ExplicitTls : VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QStringList log;
    auto fs = ftpClient(srv->host, srv->port, tls ? Protocol::Ftpes : Protocol::Ftp, fx.caCertPath(), &log);
    QVERIFY(fs->connect().ok());
    QCOMPARE(fs->isDataTls(), tls);
    QTemporaryDir local;
    const QList<qint64> sizes{0, 1, 4096, 65536, 65537, 3 * 1024 * 1024 + 7};
    for (int i = 0; i < sizes.size(); ++i) {
        if (i == 3)
            QVERIFY(fs->keepAlive().ok());
        const QString name = QStringLiteral("f%1.bin").arg(i);
        QVERIFY(writeRandomFile(local.filePath(name), sizes.at(i), quint32(100 + i)));
        const QDateTime when(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
        {
            QFile f(local.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime));
        }
        auto r = uploadFile(*fs, local.filePath(name), fs->homePath().child(name), options);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size, sizes.at(i));
        QCOMPARE(sha256OfFile(fx.rootDir() + QLatin1Char('/') + name), sha256OfFile(local.filePath(name)));
        QCOMPARE(QFileInfo(fx.rootDir() + QLatin1Char('/') + name).lastModified().toUTC(), when);
        // Where the check went: before the upload's 226 was read, or after.
        const qsizetype stor =
            log.lastIndexOf(QRegularExpression(QStringLiteral("^STOR .*/") + name + QLatin1Char('$')));
        const qsizetype size =
            log.lastIndexOf(QRegularExpression(QStringLiteral("^SIZE .*/") + name + QLatin1Char('$')));
        const qsizetype done = log.indexOf(QRegularExpression(QStringLiteral("226 .*")), stor);
        // pure-ftpd answers commands that arrive during a transfer (500): never ahead there.
        QVERIFY2(stor >= 0 && size > stor && done > stor && (size < done) == (checkAhead && !pure),
                 qPrintable(log.join(QLatin1Char('\n'))));
    }
    // One EPSV for the first upload and one after the keep-alive; one asked ahead with
    // each upload's check. Each upload was preceded by an EPSV (its own or the one ahead).
    QCOMPARE(log.count(QStringLiteral("EPSV")), sizes.size() + 2);
    QCOMPARE(countMatching(log, QStringLiteral("^STOR ")), sizes.size());
    QString previous;
    for (const QString &line : std::as_const(log)) {
        if (line.startsWith(QLatin1String("STOR ")))
            QVERIFY2(previous == QLatin1String("EPSV") || previous.startsWith(QLatin1String("229 ")),
                     qPrintable(log.join(QLatin1Char('\n'))));
        // (The login's TYPE I and OPTS UTF8 ON go out with the first transfer command.)
        if (!line.startsWith(QLatin1String("REST ")) && !line.startsWith(QLatin1String("350 ")) &&
            line != QLatin1String("TYPE I") && line != QLatin1String("OPTS UTF8 ON"))
            previous = line;
    }
    // The connection is still in step: a listing names every file.
    auto listing = fs->list(fs->homePath());
    QVERIFY(listing.ok());
    QCOMPARE(listing->entries.size(), qsizetype(sizes.size()));
    fs->disconnect();
}

void TestUploadRoundTrips::refusedUploadSentBeforeThe150_data()
{
    QTest::addColumn<bool>("checkAhead"); // CopyOptions::targetAbsent
    QTest::newRow("check after the 226") << false;
    QTest::newRow("check ahead") << true;
}

// STOR into a folder the user may not write to: the first 64 KiB went out before the
// server's answer, and the answer (553) is what the caller hears, for a small file (all
// of it sent early) and a large one; the connection stays usable (with the check sent
// ahead, its replies are read and dropped).
void TestUploadRoundTrips::refusedUploadSentBeforeThe150()
{
    QFETCH(bool, checkAhead);
    CopyOptions options;
    options.targetAbsent = checkAhead;
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    // Made after the hand-over: owned by root, not writable for the test user.
    const QString locked = fx.rootDir() + QStringLiteral("/locked");
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther));
    QStringList log;
    auto fs = ftpClient(srv->host, srv->port, Protocol::Ftp, QString(), &log);
    QVERIFY(fs->connect().ok());
    QTemporaryDir local;
    for (const qint64 size : {qint64(4096), qint64(1024 * 1024)}) {
        const QString name = QStringLiteral("r%1.bin").arg(size);
        QVERIFY(writeRandomFile(local.filePath(name), size, quint32(size)));
        const QByteArray before = sha256OfFile(local.filePath(name));
        auto r = uploadFile(*fs, local.filePath(name),
                            fs->homePath().child(QStringLiteral("locked")).child(name), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QLatin1String("553")), qPrintable(r.error().toString()));
        QVERIFY(!QFileInfo::exists(locked + QLatin1Char('/') + name));
        QCOMPARE(sha256OfFile(local.filePath(name)), before); // the source is untouched
        // The same connection uploads where it may.
        auto ok = uploadFile(*fs, local.filePath(name), fs->homePath().child(name), options);
        QVERIFY2(ok.ok(),
                 qPrintable(ok.ok() ? QString() : ok.error().toString() + log.join(QLatin1Char('\n'))));
        QCOMPARE(sha256OfFile(fx.rootDir() + QLatin1Char('/') + name), before);
    }
    fs->disconnect();
}

// A server whose port, asked for ahead, is closed when the upload comes (its wait for
// the data connection is over): it refuses STOR (425), and the engine asks for a new port
// and uploads. Scripted: vsftpd and pure-ftpd keep such a port open for a minute.
void TestUploadRoundTrips::closedPortAskedAheadIsAskedAgain()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    QByteArray received;
    int epsvs = 0;
    std::unique_ptr<QTcpServer> data;
    ScriptedFtpServer server(
        " SIZE\r\n EPSV\r\n", [&](const QByteArray &verb, const QByteArray &) -> QByteArray {
            if (verb == "EPSV") {
                // The first EPSV is the one asked ahead: a port nobody listens on.
                if (++epsvs == 1)
                    return "229 Entering Extended Passive Mode (|||" + QByteArray::number(closedPort) + "|)";
                data = std::make_unique<QTcpServer>();
                data->listen(QHostAddress::LocalHost, 0);
                return "229 Entering Extended Passive Mode (|||" + QByteArray::number(data->serverPort()) +
                       "|)";
            }
            if (verb == "STOR") {
                if (!data || !data->waitForNewConnection(5000))
                    return "425 Failed to establish connection.";
                std::unique_ptr<QTcpSocket> c(data->nextPendingConnection());
                c->setParent(nullptr); // the server goes, the connection stays
                data.reset();
                while (c->state() == QAbstractSocket::ConnectedState || c->bytesAvailable() > 0) {
                    if (c->bytesAvailable() == 0 && !c->waitForReadyRead(5000))
                        break;
                    received += c->readAll();
                }
                return "150 Ok to send data.\r\n226 Transfer complete.";
            }
            if (verb == "SIZE")
                return "213 " + QByteArray::number(received.size());
            if (verb == "MDTM")
                return "213 File modification time set.";
            return {};
        });
    QVERIFY(server.startAndWait());
    QStringList log;
    auto fs = ftpClient(QStringLiteral("127.0.0.1"), server.port(), Protocol::Ftp, QString(), &log);
    QVERIFY(fs->connect().ok());
    // The check after an upload asks for the next port.
    auto checked =
        fs->fileSizeAndSetTime(RemotePath(QStringLiteral("/before.bin")), QDateTime::currentDateTimeUtc());
    QVERIFY(checked.ok());
    QTemporaryDir local;
    QVERIFY(writeRandomFile(local.filePath(QStringLiteral("up.bin")), 5000, 7));
    auto r =
        uploadFile(*fs, local.filePath(QStringLiteral("up.bin")), RemotePath(QStringLiteral("/up.bin")), {});
    QVERIFY2(r.ok(), qPrintable((r.ok() ? QString() : r.error().toString()) + log.join(QLatin1Char('\n'))));
    QCOMPARE(QCryptographicHash::hash(received, QCryptographicHash::Sha256).toHex(),
             sha256OfFile(local.filePath(QStringLiteral("up.bin"))));
    QVERIFY(log.contains(QStringLiteral("The port asked for ahead was closed; asking again")));
    QCOMPARE(server.commands().count("STOR /up.bin"), 2);
    fs->disconnect();
}

QTEST_GUILESS_MAIN(TestUploadRoundTrips)
#include "tst_uploadroundtrips.moc"
