// labels: integration
// timeout: 180
// Settings reach a running queue without a restart (AppSettings -> QueueService::
// applySettings -> Scheduler), against the fixture's vsftpd: raising the connections per
// site while one slow download runs starts the next ones at once, and switching the speed
// limit off while a download crawls lets it finish at full speed. Every file is checked by
// SHA-256.

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "TestUtil.h"
#include "settings/AppSettings.h"
#include "transfer/QueueRequests.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

using namespace ferry::transfer;
using ferry::settings::AppSettings;
using ferry::test::Fixture;
using ferry::test::sha256OfFile;
using ferry::test::VsftpdMode;

namespace {
constexpr qint64 MiB = 1024 * 1024;
} // namespace

class TestLiveSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QueueService::registerMetaTypes(); }
    void connectionsPerSiteRaisedMidRun();
    void speedLimitSwitchedOffMidRun();

private:
    struct Run
    {
        std::unique_ptr<Fixture> fx = std::make_unique<Fixture>();
        const ferry::test::ServerInfo *srv = nullptr;
        QTemporaryDir local;
        QTemporaryDir config;
        std::unique_ptr<AppSettings> settings;
        std::shared_ptr<QueueSites> sites;
        std::unique_ptr<QueueService> service;
        QHash<qint64, ItemState> states;
        QHash<qint64, qint64> done;
        int running() const { return int(std::count(states.cbegin(), states.cend(), ItemState::Running)); }
    };
    // Starts vsftpd with `count` files of `size` bytes, and a queue service following
    // run.settings (applied on every changed()).
    bool setUp(Run &run, int count, qint64 size);
    void queueAll(Run &run, int count, qint64 size);
};

bool TestLiveSettings::setUp(Run &run, int count, qint64 size)
{
    if (!run.fx->isValid() || !run.local.isValid() || !run.config.isValid())
        return false;
    run.srv = run.fx->startVsftpd(VsftpdMode::Plain);
    if (!run.srv) {
        qWarning("%s", qPrintable(run.fx->lastError()));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        if (!ferry::test::writeRandomFile(run.fx->rootDir() + QStringLiteral("/f%1.bin").arg(i), size,
                                          quint32(7 + i)))
            return false;
    }
    run.fx->giveToTestUser(run.fx->rootDir());
    run.settings =
        std::make_unique<AppSettings>(run.config.filePath(QStringLiteral("settings.ini")), QString());
    run.sites = std::make_shared<QueueSites>(ferry::remote::ConnectOptions(), [] {
        return ferry::remote::Result<std::unique_ptr<ferry::sites::CredentialStore>>(
            ferry::remote::Error(ferry::remote::ErrorKind::Auth, QStringLiteral("no store in this test")));
    });
    run.service = std::make_unique<QueueService>(QueueSites::resolver(run.sites));
    QSignalSpy opened(run.service.get(), &QueueService::opened);
    run.service->open(QStringLiteral(":memory:"));
    if (!opened.wait(10000))
        return false;
    run.service->applySettings(run.settings->queueSettings());
    QObject::connect(run.settings.get(), &AppSettings::changed, run.service.get(),
                     [&run] { run.service->applySettings(run.settings->queueSettings()); });
    QObject::connect(run.service.get(), &QueueService::itemsChanged, run.service.get(),
                     [&run](const QList<QueueItem> &items) {
                         for (const QueueItem &item : items)
                             run.states.insert(item.id, item.state);
                     });
    QObject::connect(run.service.get(), &QueueService::progress, run.service.get(),
                     [&run](const QList<QueueProgress> &updates) {
                         for (const QueueProgress &p : updates)
                             run.done.insert(p.id, p.done);
                     });
    return true;
}

void TestLiveSettings::queueAll(Run &run, int count, qint64 size)
{
    const QString site =
        QStringLiteral("ftp://%1@%2:%3").arg(Fixture::user(), run.srv->host).arg(run.srv->port);
    run.sites->remember(site, Fixture::password());
    QueueTarget target{site, {}};
    QList<RemoteSource> sources;
    for (int i = 0; i < count; ++i)
        sources << RemoteSource{run.fx->rootDir() + QStringLiteral("/f%1.bin").arg(i), false, size};
    run.service->add(downloadItems(target, sources, run.local.path()), true);
}

void TestLiveSettings::connectionsPerSiteRaisedMidRun()
{
    Run run;
    const int count = 4;
    const qint64 size = 8 * MiB;
    QVERIFY(setUp(run, count, size));
    // One connection, 1 MiB/s: the first file alone takes about 8 s.
    run.settings->setConnectionsPerSite(1);
    run.settings->setDownloadLimitKiB(1024);
    run.settings->setSpeedLimitOn(true);
    queueAll(run, count, size);
    QTRY_COMPARE_WITH_TIMEOUT(run.running(), 1, 10000);
    QTest::qWait(1500);
    QCOMPARE(run.running(), 1);

    // Three connections now: the next two start at once, not when the first ends.
    QElapsedTimer raised;
    raised.start();
    run.settings->setConnectionsPerSite(3);
    QTRY_COMPARE_WITH_TIMEOUT(run.running(), 3, 3000);
    qInfo("3 running %lld ms after the setting changed", raised.elapsed());
    QCOMPARE(std::count(run.states.cbegin(), run.states.cend(), ItemState::Done), 0);

    run.settings->setSpeedLimitOn(false);
    QSignalSpy idle(run.service.get(), &QueueService::idle);
    QVERIFY(idle.wait(60000));
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("/f%1.bin").arg(i);
        QCOMPARE(sha256OfFile(run.local.path() + name), sha256OfFile(run.fx->rootDir() + name));
    }
}

void TestLiveSettings::speedLimitSwitchedOffMidRun()
{
    Run run;
    const qint64 size = 32 * MiB;
    QVERIFY(setUp(run, 1, size));
    // 256 KiB/s: 32 MiB would take two minutes.
    run.settings->setDownloadLimitKiB(256);
    run.settings->setSpeedLimitOn(true);
    queueAll(run, 1, size);
    QTRY_COMPARE_WITH_TIMEOUT(run.running(), 1, 10000);
    QTest::qWait(2000);
    const qint64 slow = run.done.value(run.done.isEmpty() ? 0 : run.done.cbegin().key());
    qInfo("limited: %lld bytes after 2 s", slow);
    QVERIFY2(slow < 2 * MiB, qPrintable(QString::number(slow)));

    QElapsedTimer off;
    off.start();
    QSignalSpy idle(run.service.get(), &QueueService::idle);
    run.settings->setSpeedLimitOn(false);
    QVERIFY(idle.wait(20000));
    qInfo("the remaining %lld bytes took %lld ms with the limit off", size - slow, off.elapsed());
    QVERIFY(off.elapsed() < 15000);
    QCOMPARE(sha256OfFile(run.local.path() + QStringLiteral("/f0.bin")),
             sha256OfFile(run.fx->rootDir() + QStringLiteral("/f0.bin")));
}

QTEST_GUILESS_MAIN(TestLiveSettings)
#include "tst_livesettings.moc"
