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

#include <cstdio>
#include <memory>

#include "TestServers.h"
#include "TestUtil.h"
#include "trust/KnownHosts.h"

using namespace ferry::test;

namespace {

constexpr qint64 kLimitMs = 2000;

bool writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(mode) && f.write(data) == data.size();
}

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
        qint64 waitEqual(int timeoutMs)
        {
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < timeoutMs) {
                if (treeOf(remote()) == treeOf(local.path()))
                    return clock.elapsed();
                QTest::qWait(50);
            }
            return -1;
        }
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
    QVERIFY(writeFile(env.file("a.txt"), "alpha\n"));
    QVERIFY(writeFile(env.file("sub/b.conf"), "[b]\n"));
    QVERIFY(writeFile(env.file("sub/old.txt"), "to be deleted\n"));
    QVERIFY(writeFile(env.file("c.txt"), "to be renamed\n"));
    QVERIFY(writeFile(env.file("skip.tmp"), "excluded\n"));
    QVERIFY(env.startWatch({QStringLiteral("--exclude"), QStringLiteral("*.tmp")}));
    // The first sync (the remote folder is made).
    QVERIFY2(
        QTest::qWaitFor([&] { return QFileInfo::exists(env.remote() + QStringLiteral("/c.txt")); }, 30000),
        qPrintable(why(env)));
    QFile::remove(env.file("skip.tmp")); // excluded: never sent, so gone from the comparison
    qint64 took = env.waitEqual(10000);
    QVERIFY2(took >= 0, qPrintable(why(env)));

    struct Step
    {
        const char *what;
        std::function<void()> change;
    };
    const QList<Step> steps = {
        {"create",
         [&] {
             QVERIFY(writeFile(env.file("new.txt"), "new file\n"));
         }},
        {"change in place",
         [&] {
             QVERIFY(writeFile(env.file("a.txt"), "more alpha\n", QIODevice::Append));
         }},
        {"save by rename",
         [&] {
             QVERIFY(writeFile(env.file("sub/.b.conf.swp"), "[b]\nsaved=1\n"));
             QCOMPARE(std::rename(QFile::encodeName(env.file("sub/.b.conf.swp")).constData(),
                                  QFile::encodeName(env.file("sub/b.conf")).constData()),
                      0);
         }},
        {"rename",
         [&] {
             QVERIFY(QFile::rename(env.file("c.txt"), env.file("d.txt")));
         }},
        {"delete",
         [&] {
             QVERIFY(QFile::remove(env.file("sub/old.txt")));
         }},
        {"new folder",
         [&] {
             QVERIFY(writeFile(env.file("fresh/deep/e.bin"), QByteArray(300000, 'e')));
         }},
    };
    for (const Step &step : steps) {
        step.change();
        took = env.waitEqual(15000);
        QVERIFY2(took >= 0, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(step.what), why(env))));
        qInfo("%s: the server followed %lld ms after the change", step.what, took);
        QVERIFY2(took <= kLimitMs,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(QLatin1String(step.what)).arg(took)));
    }
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
    QVERIFY(writeFile(env.file("a.txt"), "alpha\n"));
    QVERIFY(env.startWatch({}));
    QVERIFY2(env.waitEqual(30000) >= 0, qPrintable(why(env)));
    const quint16 port = env.srv->port;
    env.fx->stop(env.srv);
    env.srv = nullptr;
    QElapsedTimer down;
    down.start();
    // Changes while the link is down.
    QVERIFY(writeFile(env.file("a.txt"), "changed while down\n", QIODevice::Append));
    QVERIFY(writeFile(env.file("b.txt"), "made while down\n"));
    QTest::qWait(1500);
    QVERIFY(writeFile(env.file("later/c.txt"), "made later while down\n"));
    QTest::qWait(int(qMax<qint64>(0, 5000 - down.elapsed())));
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
