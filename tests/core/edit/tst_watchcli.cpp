// labels: integration
// timeout: 400
// ferry-cli watch against the fixture's vsftpd and sshd: after the first sync, files
// created, changed in place, saved by rename (an editor's save), renamed, deleted (with
// --delete) and a new folder under the watched folder reach the server, whose tree then
// equals the local one (SHA-256 of every file), each batch within the limit (2 s after the
// last change with the default --settle of 1 s; the times are printed). Then vsftpd is
// stopped for 5 s while files change, and started again on the same port: the changes
// arrive after it returns. SIGTERM ends the watch with exit code 0.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "TestServers.h"
#include "TestUtil.h"
#include "WatchScenario.h"
#include "trust/KnownHosts.h"

using namespace ferry::test;

namespace {

constexpr qint64 kLimitMs = 2000;

} // namespace

class TestWatchCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsChanges_data();
    void followsChanges();
    void changesWhileServerIsDownArriveAfter();

private:
    struct Env
    {
        std::unique_ptr<Fixture> fx = std::make_unique<Fixture>();
        const ServerInfo *srv = nullptr;
        bool sftp = false;
        QTemporaryDir data;
        QTemporaryDir local;
        QString knownHosts;
        std::unique_ptr<QProcess> watch;
        QByteArray output;

        bool start(bool useSftp)
        {
            sftp = useSftp;
            if (!fx->isValid() || !data.isValid() || !local.isValid())
                return false;
            srv = sftp ? fx->startSshd() : fx->startVsftpd(VsftpdMode::Plain);
            if (!srv)
                return false;
            if (!sftp)
                return true;
            knownHosts = data.filePath(QStringLiteral("kh"));
            QFile pub(fx->sshHostKeyPath() + QStringLiteral(".pub"));
            return pub.open(QIODevice::ReadOnly) &&
                   ferry::trust::KnownHosts::add(knownHosts, srv->host, srv->port,
                                                 QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                       .ok();
        }
        QString url(quint16 port) const
        {
            if (sftp)
                return QStringLiteral("sftp://%1@%2:%3%4/w")
                    .arg(Fixture::user(), srv->host)
                    .arg(port)
                    .arg(fx->rootDir());
            return QStringLiteral("ftp://%1@127.0.0.1:%2/w").arg(Fixture::user()).arg(port);
        }
        QString remote() const { return fx->rootDir() + QStringLiteral("/w"); }
        QString file(const char *relative) const { return local.filePath(QString::fromUtf8(relative)); }
        bool startWatch(const QStringList &extra)
        {
            watch = std::make_unique<QProcess>();
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("FERRY_CONFIG_DIR"), data.path());
            e.insert(QStringLiteral("FERRY_DATA_DIR"), data.path());
            e.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
            watch->setProcessEnvironment(e);
            watch->setProcessChannelMode(QProcess::MergedChannels);
            QObject::connect(watch.get(), &QProcess::readyRead, watch.get(),
                             [this] { output += watch->readAll(); });
            QStringList args = {QStringLiteral("watch"), QStringLiteral("--delete"),
                                QStringLiteral("--retries"), QStringLiteral("20")};
            args += extra;
            if (sftp)
                args += {QStringLiteral("--known-hosts"), knownHosts, QStringLiteral("--identity"),
                         fx->userKeyPath()};
            args += {local.path(), url(srv->port)};
            watch->start(cliPath(), args);
            return watch->waitForStarted(10000);
        }
        // Waits until the server's tree equals the local one; the time it took, or -1.
        qint64 waitEqual(int timeoutMs) const { return waitTreesEqual(remote(), local.path(), timeoutMs); }
        ~Env()
        {
            if (watch && watch->state() != QProcess::NotRunning) {
                watch->kill();
                watch->waitForFinished(5000);
            }
        }
    };
    static QString why(const Env &env)
    {
        return QStringLiteral("ferry-cli said:\n%1\nlocal: %2\nremote: %3")
            .arg(QString::fromUtf8(env.output),
                 QStringList(treeOf(env.local.path()).keys()).join(QLatin1Char(' ')),
                 QStringList(treeOf(env.remote()).keys()).join(QLatin1Char(' ')));
    }
};

void TestWatchCli::followsChanges_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestWatchCli::followsChanges()
{
    QFETCH(bool, sftp);
    Env env;
    QVERIFY2(env.start(sftp), qPrintable(env.fx->lastError()));
    QVERIFY(seedWatchedTree(env.local.path()));
    QVERIFY(writeTreeFile(env.file("skip.tmp"), "excluded\n"));
    QVERIFY(env.startWatch({QStringLiteral("--exclude"), QStringLiteral("*.tmp")}));
    // The first sync (the remote folder is made).
    QVERIFY2(
        QTest::qWaitFor([&] { return QFileInfo::exists(env.remote() + QStringLiteral("/c.txt")); }, 30000),
        qPrintable(why(env)));
    QFile::remove(env.file("skip.tmp")); // excluded: never sent, so gone from the comparison
    QVERIFY2(env.waitEqual(10000) >= 0, qPrintable(why(env)));

    const QString failed = followWatchSteps(watchSteps(WatchSteps::EditsAndRemoves), env.local.path(),
                                            env.remote(), kLimitMs, [&env] { return why(env); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(!QFileInfo::exists(env.remote() + QStringLiteral("/skip.tmp")));
    // SIGTERM: stops cleanly.
    env.watch->terminate();
    QVERIFY(env.watch->waitForFinished(20000));
    QVERIFY2(env.watch->exitStatus() == QProcess::NormalExit && env.watch->exitCode() == 0,
             qPrintable(why(env)));
}

void TestWatchCli::changesWhileServerIsDownArriveAfter()
{
    Env env;
    QVERIFY2(env.start(false), qPrintable(env.fx->lastError()));
    QVERIFY(writeTreeFile(env.file("a.txt"), "alpha\n"));
    QVERIFY(env.startWatch({}));
    QVERIFY2(env.waitEqual(30000) >= 0, qPrintable(why(env)));
    const quint16 port = env.srv->port;
    env.fx->stop(env.srv);
    env.srv = nullptr;
    QElapsedTimer down;
    down.start();
    QVERIFY(changeWhileServerIsDown(env.local.path(), down));
    QVERIFY(treeOf(env.remote()) != treeOf(env.local.path()));
    VsftpdOptions options;
    options.port = port;
    env.srv = env.fx->startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(env.srv, qPrintable(env.fx->lastError()));
    const qint64 took = env.waitEqual(90000);
    QVERIFY2(took >= 0, qPrintable(why(env)));
    qInfo("after 5 s down, the server had every change %lld ms after it was back", took);
    env.watch->terminate();
    QVERIFY(env.watch->waitForFinished(20000));
    QVERIFY2(env.watch->exitStatus() == QProcess::NormalExit && env.watch->exitCode() == 0,
             qPrintable(why(env)));
}

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watchcli.moc"
