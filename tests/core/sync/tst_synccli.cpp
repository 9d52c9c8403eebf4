// labels: integration
// timeout: 900
// ferry-cli sync against the fixture's real vsftpd, pure-ftpd and sshd, up and down: a
// dry run changes nothing (both trees hashed before and after) and lists what a run then
// does; a run makes the target equal the source (SHA-256 of every file); --delete removes
// exactly what its dry run listed and nothing without it; --exclude holds on both sides;
// a sync killed (SIGKILL) in the middle of a big file continues from where it stopped on
// the next run (the server's log shows REST or APPE); --compare checksum against servers
// that offer none is a clear error.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

#include "TestServers.h"
#include "TestUtil.h"
#include "trust/KnownHosts.h"

using namespace ferry::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

enum class Server
{
    Vsftpd,
    PureFtpd,
    Sshd
};

struct Env
{
    std::unique_ptr<Fixture> fx = std::make_unique<Fixture>();
    const ServerInfo *srv = nullptr;
    Server kind = Server::Vsftpd;
    QTemporaryDir data;  // config and data folder
    QTemporaryDir local; // the local side
    QString knownHosts;

    bool start(Server server)
    {
        kind = server;
        if (!fx->isValid())
            return false;
        switch (server) {
        case Server::Vsftpd:
            srv = fx->startVsftpd(VsftpdMode::Plain);
            break;
        case Server::PureFtpd:
            srv = fx->startPureFtpd();
            break;
        case Server::Sshd: {
            srv = fx->startSshd();
            if (!srv)
                return false;
            knownHosts = data.filePath(QStringLiteral("kh"));
            QFile pub(fx->sshHostKeyPath() + QStringLiteral(".pub"));
            if (!pub.open(QIODevice::ReadOnly))
                return false;
            return ferry::trust::KnownHosts::add(knownHosts, srv->host, srv->port,
                                                 QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                .ok();
        }
        }
        return srv != nullptr;
    }
    // The remote folder `name` under the served root.
    QString url(const QString &name) const
    {
        if (kind == Server::Sshd)
            return QStringLiteral("sftp://%1@%2:%3%4/%5")
                .arg(Fixture::user(), srv->host)
                .arg(srv->port)
                .arg(fx->rootDir(), name);
        return QStringLiteral("ftp://%1@%2:%3/%4").arg(Fixture::user(), srv->host).arg(srv->port).arg(name);
    }
    QString root(const QString &name) const { return fx->rootDir() + QLatin1Char('/') + name; }
    QStringList options() const
    {
        if (kind != Server::Sshd)
            return {};
        return {QStringLiteral("--known-hosts"), knownHosts, QStringLiteral("--identity"), fx->userKeyPath()};
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
        return e;
    }
    CliResult sync(const QStringList &args, int timeoutMs = 240000) const
    {
        return runCli(QStringList{QStringLiteral("sync")} + args + options(), data.path(), data.path(), {},
                      timeoutMs, env());
    }
    std::unique_ptr<QProcess> startSync(const QStringList &args) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_CONFIG_DIR"), data.path());
        e.insert(QStringLiteral("FERRY_DATA_DIR"), data.path());
        e.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
        p->setProcessEnvironment(e);
        p->start(cliPath(), QStringList{QStringLiteral("sync")} + args + options());
        return p;
    }
};

QString diag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err).right(4000));
}

// Relative path -> SHA-256 of every file; folders as "path/" -> "".
QMap<QString, QByteArray> treeState(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        if (it.fileInfo().isDir())
            out.insert(rel + QLatin1Char('/'), QByteArray());
        else
            out.insert(rel, sha256OfFile(path));
    }
    return out;
}

// Without the entries an exclude of *.log leaves alone.
QMap<QString, QByteArray> withoutLogs(QMap<QString, QByteArray> state)
{
    for (auto it = state.begin(); it != state.end();) {
        if (it.key().endsWith(QLatin1String(".log")))
            it = state.erase(it);
        else
            ++it;
    }
    return state;
}

QStringList lines(const QByteArray &out)
{
    QStringList list = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    list.sort();
    return list;
}

bool write(const QString &path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeRandomFile(path, size, seed);
}

// The source tree, and a target that already has part of it: one file the same, one of
// another size, one only there, a folder only there, and logs (excluded) on both sides.
bool makeTrees(const QString &source, const QString &target)
{
    const bool sourceOk = write(source + QStringLiteral("/a.bin"), 70000, 1) &&
                          write(source + QStringLiteral("/changed.bin"), 8000, 2) &&
                          write(source + QStringLiteral("/sub/b.bin"), 5000, 3) &&
                          write(source + QStringLiteral("/sub/same.bin"), 3000, 4) &&
                          write(source + QStringLiteral("/sub/deeper/c.bin"), 123456, 5) &&
                          write(source + QStringLiteral("/skip.log"), 100, 6) &&
                          QDir().mkpath(source + QStringLiteral("/emptydir"));
    // Written after the source: the same file is not older on the target.
    return sourceOk &&
           QFile::copy(source + QStringLiteral("/sub/same.bin"), target + QStringLiteral("/sub/same.bin")) &&
           write(target + QStringLiteral("/changed.bin"), 9000, 7) &&
           write(target + QStringLiteral("/extra.bin"), 10, 8) &&
           write(target + QStringLiteral("/old/inner.bin"), 20, 9) &&
           write(target + QStringLiteral("/skip.log"), 50, 10) &&
           write(target + QStringLiteral("/keep.log"), 60, 11);
}

} // namespace

Q_DECLARE_METATYPE(Server)

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncBothWays_data();
    void syncBothWays();
    void killedSyncContinues_data();
    void killedSyncContinues();
    void checksumWithoutServerSupport_data();
    void checksumWithoutServerSupport();
    void missingFolders_data();
    void missingFolders();
    void usageErrors();
};

void TestSyncCli::syncBothWays_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<bool>("up");
    QTest::newRow("vsftpd up") << Server::Vsftpd << true;
    QTest::newRow("vsftpd down") << Server::Vsftpd << false;
    QTest::newRow("pure-ftpd up") << Server::PureFtpd << true;
    QTest::newRow("pure-ftpd down") << Server::PureFtpd << false;
    QTest::newRow("sshd up") << Server::Sshd << true;
    QTest::newRow("sshd down") << Server::Sshd << false;
}

void TestSyncCli::syncBothWays()
{
    QFETCH(Server, server);
    QFETCH(bool, up);
    Env e;
    QVERIFY2(e.start(server), qPrintable(e.fx->lastError()));
    const QString localDir = e.local.filePath(QStringLiteral("tree"));
    const QString remoteDir = e.root(QStringLiteral("tree"));
    const QString source = up ? localDir : remoteDir;
    const QString target = up ? remoteDir : localDir;
    QVERIFY(QDir().mkpath(source) && QDir().mkpath(target + QStringLiteral("/sub")));
    QVERIFY(makeTrees(source, target));
    QVERIFY(e.fx->giveToTestUser(e.fx->rootDir()));
    const QString verb = up ? QStringLiteral("upload") : QStringLiteral("download");
    const QStringList common = {QStringLiteral("--direction"),
                                up ? QStringLiteral("up") : QStringLiteral("down"),
                                QStringLiteral("--exclude"),
                                QStringLiteral("*.log"),
                                localDir,
                                e.url(QStringLiteral("tree"))};

    // A dry run lists the plan and changes nothing on either side.
    const auto sourceBefore = treeState(source);
    const auto targetBefore = treeState(target);
    CliResult r = e.sync(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--verbose")} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QStringList expected = {verb + QStringLiteral(" a.bin (only-source)"),
                            verb + QStringLiteral(" changed.bin (size differs)"),
                            QStringLiteral("mkdir emptydir/ (only-source)"),
                            verb + QStringLiteral(" sub/b.bin (only-source)"),
                            QStringLiteral("mkdir sub/deeper/ (only-source)"),
                            verb + QStringLiteral(" sub/deeper/c.bin (only-source)")};
    expected.sort();
    QCOMPARE(lines(r.out), expected);
    // The remote tree was listed several folders at once.
    const QRegularExpression listed(QStringLiteral("listed (\\d+) remote folders, up to (\\d+) at once"));
    const auto m = listed.match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch(), qPrintable(diag(r)));
    QVERIFY2(m.captured(2).toInt() >= 2, qPrintable(m.captured(0)));
    // --list-connections 1: one listing connection (FTP: one folder at a time; SFTP: the
    // folders in flight on its one channel, at most 16), the same plan.
    const CliResult serial = e.sync(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--verbose"),
                                                QStringLiteral("--list-connections"), QStringLiteral("1")} +
                                    common);
    QVERIFY2(serial.exitCode == 0, qPrintable(diag(serial)));
    QCOMPARE(lines(serial.out), expected);
    const int serialPeak = listed.match(QString::fromUtf8(serial.err)).captured(2).toInt();
    if (server == Server::Sshd)
        QVERIFY2(serialPeak >= 1 && serialPeak <= 16, qPrintable(QString::number(serialPeak)));
    else
        QCOMPARE(serialPeak, 1);
    QCOMPARE(treeState(source), sourceBefore);
    QCOMPARE(treeState(target), targetBefore);

    // The same plan as JSON, identical and excluded files included as skips or left out.
    r = e.sync(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(verb).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(QLatin1String("delete")).toInt(), 0);
    bool sameSkipped = false;
    for (const QJsonValue &v : json.value(QLatin1String("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        QVERIFY2(!a.value(QLatin1String("path")).toString().endsWith(QLatin1String(".log")),
                 qPrintable(a.value(QLatin1String("path")).toString()));
        if (a.value(QLatin1String("path")).toString() == QLatin1String("sub/same.bin"))
            sameSkipped = a.value(QLatin1String("action")).toString() == QLatin1String("skip");
    }
    QVERIFY(sameSkipped);
    QCOMPARE(treeState(target), targetBefore);

    // A run without --delete: the target has every source file; what only it has stays.
    r = e.sync(common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    auto expectedTarget = withoutLogs(treeState(source));
    expectedTarget.insert(QStringLiteral("extra.bin"), targetBefore.value(QStringLiteral("extra.bin")));
    expectedTarget.insert(QStringLiteral("old/"), QByteArray());
    expectedTarget.insert(QStringLiteral("old/inner.bin"),
                          targetBefore.value(QStringLiteral("old/inner.bin")));
    QCOMPARE(withoutLogs(treeState(target)), expectedTarget);
    // Excluded files untouched on the target.
    QCOMPARE(treeState(target).value(QStringLiteral("skip.log")),
             targetBefore.value(QStringLiteral("skip.log")));
    QCOMPARE(treeState(target).value(QStringLiteral("keep.log")),
             targetBefore.value(QStringLiteral("keep.log")));

    // --delete: the dry run lists exactly the deletes, the run removes exactly those.
    r = e.sync(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--delete")} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(lines(r.out), QStringList({QStringLiteral("delete extra.bin (only-target)"),
                                        QStringLiteral("delete old/ (only-target)")}));
    const auto beforeDelete = treeState(target);
    r = e.sync(QStringList{QStringLiteral("--delete")} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    auto afterDelete = beforeDelete;
    afterDelete.remove(QStringLiteral("extra.bin"));
    afterDelete.remove(QStringLiteral("old/"));
    afterDelete.remove(QStringLiteral("old/inner.bin"));
    QCOMPARE(treeState(target), afterDelete);
    QCOMPARE(withoutLogs(treeState(target)), withoutLogs(treeState(source)));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/keep.log")));
    QCOMPARE(treeState(source), sourceBefore);

    // In step: nothing left to do.
    r = e.sync(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--delete")} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(diag(r)));
}

void TestSyncCli::killedSyncContinues_data()
{
    QTest::addColumn<bool>("up");
    QTest::newRow("up") << true;
    QTest::newRow("down") << false;
}

void TestSyncCli::killedSyncContinues()
{
    QFETCH(bool, up);
    Env e;
    QVERIFY2(e.start(Server::Vsftpd), qPrintable(e.fx->lastError()));
    const QString localDir = e.local.filePath(QStringLiteral("k"));
    const QString remoteDir = e.root(QStringLiteral("k"));
    QVERIFY(QDir().mkpath(localDir) && QDir().mkpath(remoteDir));
    const QString source = up ? localDir : remoteDir;
    const QString target = up ? remoteDir : localDir;
    const qint64 size = 64 * MiB;
    QVERIFY(writeRandomFile(source + QStringLiteral("/big.bin"), size, 42));
    QVERIFY(write(source + QStringLiteral("/small.bin"), 1000, 43));
    QVERIFY(e.fx->giveToTestUser(e.fx->rootDir()));
    const QStringList args = {QStringLiteral("--direction"),
                              up ? QStringLiteral("up") : QStringLiteral("down"), localDir,
                              e.url(QStringLiteral("k"))};
    // The queue's partial file of the sync's first item (id 1) when downloading.
    const QString growing =
        up ? target + QStringLiteral("/big.bin") : target + QStringLiteral("/.big.bin.ferry-part-1");

    auto first = e.startSync(QStringList{QStringLiteral("--limit-rate"), QStringLiteral("16M")} + args);
    const KilledRun killed = killWhenGrown(*first, growing, 16 * MiB, 60000);
    QVERIFY2(killed.partial >= 0, qPrintable(killed.why));
    const qint64 partial = killed.partial;
    QVERIFY(partial > 0 && partial < size);

    const CliResult second = e.sync(args);
    QVERIFY2(second.exitCode == 0, qPrintable(diag(second)));
    QCOMPARE(sha256OfFile(target + QStringLiteral("/big.bin")),
             sha256OfFile(source + QStringLiteral("/big.bin")));
    QCOMPARE(treeState(target), treeState(source));
    // The second run continued at a non-zero offset: the big file was not sent twice in full.
    const QString log = Fixture::logTail(*e.srv, 1 << 20);
    const QRegularExpression resumed(up ? QStringLiteral(R"re("(REST [1-9][0-9]*|APPE [^"]*)")re")
                                        : QStringLiteral(R"("REST [1-9][0-9]*")"));
    QVERIFY2(resumed.match(log).hasMatch(), qPrintable(log.right(3000)));
    QVERIFY2(second.err.contains("unfinished transfers of an earlier run continue"),
             qPrintable(diag(second)));
    // A third run has nothing to do.
    const CliResult third = e.sync(QStringList{QStringLiteral("--dry-run")} + args);
    QVERIFY2(third.exitCode == 0 && third.out.trimmed().isEmpty(), qPrintable(diag(third)));
}

void TestSyncCli::checksumWithoutServerSupport_data()
{
    QTest::addColumn<Server>("server");
    QTest::newRow("vsftpd") << Server::Vsftpd;
    QTest::newRow("sshd") << Server::Sshd;
}

void TestSyncCli::checksumWithoutServerSupport()
{
    QFETCH(Server, server);
    Env e;
    QVERIFY2(e.start(server), qPrintable(e.fx->lastError()));
    const QString localDir = e.local.filePath(QStringLiteral("c"));
    QVERIFY(write(localDir + QStringLiteral("/f.bin"), 100, 1));
    QVERIFY(write(e.root(QStringLiteral("c/f.bin")), 100, 1));
    QVERIFY(e.fx->giveToTestUser(e.fx->rootDir()));
    const CliResult r = e.sync(
        {QStringLiteral("--compare"), QStringLiteral("checksum"), localDir, e.url(QStringLiteral("c"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("offers no checksum command"), qPrintable(diag(r)));
}

void TestSyncCli::missingFolders_data()
{
    QTest::addColumn<Server>("server");
    QTest::newRow("vsftpd") << Server::Vsftpd;
    QTest::newRow("sshd") << Server::Sshd;
}

// Up into a remote folder that does not exist makes it; down from one is an error that
// names it; down into a local folder that does not exist makes it.
void TestSyncCli::missingFolders()
{
    QFETCH(Server, server);
    Env e;
    QVERIFY2(e.start(server), qPrintable(e.fx->lastError()));
    const QString localDir = e.local.filePath(QStringLiteral("m"));
    QVERIFY(write(localDir + QStringLiteral("/a/x.bin"), 500, 1) &&
            write(localDir + QStringLiteral("/y.bin"), 7, 2));
    QVERIFY(e.fx->giveToTestUser(e.fx->rootDir()));
    CliResult r = e.sync({localDir, e.url(QStringLiteral("made"))});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(treeState(e.root(QStringLiteral("made"))), treeState(localDir));

    r = e.sync({QStringLiteral("--direction"), QStringLiteral("down"), e.local.filePath(QStringLiteral("n")),
                e.url(QStringLiteral("absent"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("absent"), qPrintable(diag(r)));
    QVERIFY(!QFileInfo::exists(e.local.filePath(QStringLiteral("n"))));

    const QString back = e.local.filePath(QStringLiteral("back/deep"));
    r = e.sync({QStringLiteral("--direction"), QStringLiteral("down"), back, e.url(QStringLiteral("made"))});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(treeState(back), treeState(localDir));
}

void TestSyncCli::usageErrors()
{
    Env e;
    QTemporaryDir dir;
    CliResult r = runCli({QStringLiteral("sync"), dir.path()}, e.data.path(), e.data.path());
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("sync"), QStringLiteral("--direction"), QStringLiteral("sideways"), dir.path(),
                QStringLiteral("ftp://127.0.0.1:1/x")},
               e.data.path(), e.data.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--direction takes up or down"), r.err.constData());
    r = runCli({QStringLiteral("sync"), QStringLiteral("--compare"), QStringLiteral("mtime"), dir.path(),
                QStringLiteral("ftp://127.0.0.1:1/x")},
               e.data.path(), e.data.path());
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("sync"), dir.filePath(QStringLiteral("missing")),
                QStringLiteral("ftp://127.0.0.1:1/x")},
               e.data.path(), e.data.path());
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
