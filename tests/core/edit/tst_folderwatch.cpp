// labels: integration
// timeout: 300
// The window's "Keep remote folder up to date" core (core/edit/FolderWatch) against the
// fixture's vsftpd and sshd, through a real Session and QueueService as the window has
// them: the first sync, then created, changed in place, saved-by-rename, renamed and
// deleted files and a new folder reach the server (its tree equals the local one by
// SHA-256, each change within the limit); vsftpd stopped for 5 s while files change:
// they arrive after it is started again on the same port.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "TestUtil.h"
#include "WatchScenario.h"
#include "edit/FolderWatch.h"
#include "session/ConnectJob.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "session/SiteRef.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry;
using edit::FolderWatch;
using test::Fixture;
using test::treeOf;

namespace {

constexpr qint64 kLimitMs = 2000; // the limit: the settle time (1 s) plus the round

using test::writeTreeFile;

} // namespace

class TestFolderWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsChanges_data();
    void followsChanges();
    void serverDownForFiveSeconds();

private:
    struct Run
    {
        std::unique_ptr<Fixture> fx = std::make_unique<Fixture>();
        const test::ServerInfo *srv = nullptr;
        QTemporaryDir local;
        QTemporaryDir temp;
        remote::ConnectionSpec spec;
        remote::ConnectOptions options;
        std::unique_ptr<session::SessionManager> manager;
        session::Session *session = nullptr;
        std::shared_ptr<transfer::QueueSites> sites;
        std::unique_ptr<transfer::QueueService> queue;
        std::unique_ptr<FolderWatch> watch;
        QStringList log;
        QString remote() const { return fx->rootDir() + QStringLiteral("/kept"); }
        QString file(const char *relative) const { return local.filePath(QString::fromUtf8(relative)); }
        qint64 waitEqual(int timeoutMs) const
        {
            return test::waitTreesEqual(remote(), local.path(), timeoutMs);
        }
        QString why() const
        {
            return QStringLiteral("log:\n%1\nlocal: %2\nremote: %3")
                .arg(log.join(QLatin1Char('\n')),
                     QStringList(treeOf(local.path()).keys()).join(QLatin1Char(' ')),
                     QStringList(treeOf(remote()).keys()).join(QLatin1Char(' ')));
        }
    };
    bool setUp(Run &run, bool sftp);
    QTemporaryDir m_home;
};

void TestFolderWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                              m_home.filePath(QStringLiteral("data")));
    transfer::QueueService::registerMetaTypes();
}

bool TestFolderWatch::setUp(Run &run, bool sftp)
{
    if (!run.fx->isValid() || !run.local.isValid() || !run.temp.isValid())
        return false;
    run.srv = sftp ? run.fx->startSshd() : run.fx->startVsftpd(test::VsftpdMode::Plain);
    if (!run.srv)
        return false;
    run.options.useAgent = false;
    if (sftp) {
        run.options.knownHostsFile = run.temp.filePath(QStringLiteral("known_hosts"));
        QFile key(run.fx->sshHostKeyPath() + QStringLiteral(".pub"));
        if (!key.open(QIODevice::ReadOnly) ||
            !trust::KnownHosts::add(run.options.knownHostsFile, run.srv->host, run.srv->port,
                                    QByteArray::fromBase64(key.readAll().split(' ').value(1)))
                 .ok())
            return false;
    }
    run.spec.protocol = sftp ? remote::Protocol::Sftp : remote::Protocol::Ftp;
    run.spec.host = run.srv->host;
    run.spec.port = run.srv->port;
    run.spec.user = Fixture::user();
    run.spec.password = Fixture::password();
    run.spec.hasPassword = true;
    run.manager = std::make_unique<session::SessionManager>();
    run.session = run.manager->openOwnSession(run.spec, run.options);
    // Connected, as a tab is when its remote pane shows a folder.
    QSignalSpy connected(run.session->connectToServer(), &session::ConnectJob::finished);
    if (!connected.wait(20000))
        return false;
    run.sites = std::make_shared<transfer::QueueSites>(run.options, nullptr);
    run.queue = std::make_unique<transfer::QueueService>(transfer::QueueSites::resolver(run.sites));
    QSignalSpy opened(run.queue.get(), &transfer::QueueService::opened);
    run.queue->open(QStringLiteral(":memory:"));
    if (!opened.wait(10000))
        return false;
    transfer::QueueSettings settings;
    settings.maxAttempts = 30;
    settings.firstRetryDelayMs = 1000;
    settings.maxRetryDelayMs = 2000;
    run.queue->applySettings(settings);
    const transfer::QueueTarget target{session::SiteRef::fromSpec(run.spec).display(), run.options};
    run.sites->remember(target.site, run.spec.password);
    run.watch = std::make_unique<FolderWatch>(run.session, *run.queue, target, run.local.path(),
                                              remote::RemotePath(run.remote()), sync::SyncOptions());
    QObject::connect(run.watch.get(), &FolderWatch::logged, run.watch.get(),
                     [&run](const QString &text, bool) { run.log.append(text); });
    return true;
}

void TestFolderWatch::followsChanges_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestFolderWatch::followsChanges()
{
    QFETCH(bool, sftp);
    Run run;
    QVERIFY2(setUp(run, sftp), qPrintable(run.fx->lastError()));
    QVERIFY(test::seedWatchedTree(run.local.path()));
    run.watch->start();
    QVERIFY2(run.waitEqual(30000) >= 0, qPrintable(run.why()));
    QTRY_COMPARE_WITH_TIMEOUT(run.watch->state(), FolderWatch::State::Idle, 10000);
    QCOMPARE(run.watch->uploads(), 4);

    const QString failed = test::followWatchSteps(test::watchSteps(test::WatchSteps::Edits), run.local.path(),
                                                  run.remote(), kLimitMs, [&run] { return run.why(); });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // Without deleteExtra (the window's default) a rename adds the new name and a delete
    // removes nothing on the server.
    QVERIFY(QFile::rename(run.file("c.txt"), run.file("d.txt")));
    QVERIFY(QFile::remove(run.file("sub/old.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(run.remote() + QStringLiteral("/d.txt")), 15000);
    QTest::qWait(1500);
    QVERIFY(QFileInfo::exists(run.remote() + QStringLiteral("/c.txt")));
    QVERIFY(QFileInfo::exists(run.remote() + QStringLiteral("/sub/old.txt")));
    run.watch->stop();
    QCOMPARE(run.watch->state(), FolderWatch::State::Stopped);
    QVERIFY(writeTreeFile(run.file("after-stop.txt"), "not sent\n"));
    QTest::qWait(2500);
    QVERIFY(!QFileInfo::exists(run.remote() + QStringLiteral("/after-stop.txt")));
}

void TestFolderWatch::serverDownForFiveSeconds()
{
    Run run;
    QVERIFY2(setUp(run, false), qPrintable(run.fx->lastError()));
    QVERIFY(writeTreeFile(run.file("a.txt"), "alpha\n"));
    run.watch->start();
    QVERIFY2(run.waitEqual(30000) >= 0, qPrintable(run.why()));
    QTRY_COMPARE_WITH_TIMEOUT(run.watch->state(), FolderWatch::State::Idle, 10000);
    const quint16 port = run.srv->port;
    run.fx->stop(run.srv);
    run.srv = nullptr;
    QElapsedTimer down;
    down.start();
    QVERIFY(test::changeWhileServerIsDown(run.local.path(), down));
    QVERIFY(treeOf(run.remote()) != treeOf(run.local.path()));
    test::VsftpdOptions options;
    options.port = port;
    run.srv = run.fx->startVsftpd(test::VsftpdMode::Plain, options);
    QVERIFY2(run.srv, qPrintable(run.fx->lastError()));
    const qint64 took = run.waitEqual(90000);
    QVERIFY2(took >= 0, qPrintable(run.why()));
    qInfo("after 5 s down, the server had every change %lld ms after it was back", took);
}

QTEST_GUILESS_MAIN(TestFolderWatch)
#include "tst_folderwatch.moc"
