// labels: unit
// SyncRun (core/sync/SyncRun, what the window's Synchronize runs) on the test engine, a
// download with "delete": the folder is made first, the copy goes through the
// QueueService given (an item it reports done), and only then is the file only the
// target has deleted; when the copy fails, the run says so and nothing is deleted.
// A run killed between its copies and its deletes (or while copying) leaves a record;
// the next start (a new queue on the same database, SyncRunResumer) deletes once the
// copies are done, once only, and never when a copy failed.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeFileSystem.h"
#include "session/ConnectJob.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "sync/SyncRun.h"
#include "sync/SyncRunRecord.h"
#include "sync/SyncRunResumer.h"
#include "transfer/QueueService.h"

using namespace ferry::sync;
using namespace ferry::transfer;
using ferry::remote::ConnectionSpec;
using ferry::remote::RemotePath;
using ferry::remote::Result;
using ferry::test::FakeFileSystem;

class TestSyncRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QueueService::registerMetaTypes(); }
    void copiesThenDeletes_data();
    void copiesThenDeletes();
    void deletesSurviveACrash_data();
    void deletesSurviveACrash();
};

namespace {

Result<Scheduler::SiteConnection> resolveUrl(const QString &site, const QJsonObject &)
{
    auto spec = ConnectionSpec::fromUrl(site);
    if (!spec)
        return spec.error();
    return Scheduler::SiteConnection{*spec, {}, 0};
}

// mkdir docs, download docs/a.txt, delete extra.txt (only on the local target).
SyncRun::Request downloadWithDelete(const QString &localRoot, const QString &site)
{
    SyncRun::Request request;
    request.plan.options.direction = SyncDirection::Down;
    request.plan.options.deleteExtra = true;
    SyncAction mkdir;
    mkdir.kind = SyncAction::Kind::MakeDir;
    mkdir.reason = SyncAction::Reason::OnlySource;
    mkdir.relativePath = QStringLiteral("docs");
    mkdir.isDir = true;
    SyncAction copy;
    copy.kind = SyncAction::Kind::Download;
    copy.reason = SyncAction::Reason::OnlySource;
    copy.relativePath = QStringLiteral("docs/a.txt");
    copy.size = 10;
    SyncAction remove;
    remove.kind = SyncAction::Kind::Delete;
    remove.reason = SyncAction::Reason::OnlyTarget;
    remove.relativePath = QStringLiteral("extra.txt");
    request.plan.actions = {mkdir, copy, remove};
    request.localRoot = localRoot;
    request.remoteRoot = RemotePath(QStringLiteral("/"));
    request.site = site;
    return request;
}

} // namespace

void TestSyncRun::copiesThenDeletes_data()
{
    QTest::addColumn<bool>("readable");
    QTest::newRow("copy works: the extra file goes") << true;
    QTest::newRow("copy fails: nothing is deleted") << false;
}

void TestSyncRun::copiesThenDeletes()
{
    QFETCH(bool, readable);
    QTemporaryDir dir;
    const QString extra = dir.filePath(QStringLiteral("extra.txt"));
    {
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("only here\n");
    }
    ferry::test::FakeConfig config;
    config.readable = readable;
    auto stats = std::make_shared<ferry::test::FakeStats>();
    const Scheduler::SiteResolver resolver = [](const QString &site,
                                                const QJsonObject &) -> Result<Scheduler::SiteConnection> {
        auto spec = ConnectionSpec::fromUrl(site);
        if (!spec)
            return spec.error();
        return Scheduler::SiteConnection{*spec, {}, 0};
    };
    QueueService queue(resolver, ferry::test::fakeMaker(config, stats));
    QSignalSpy opened(&queue, &QueueService::opened);
    queue.open(QStringLiteral(":memory:"));
    QVERIFY(opened.wait(10000));
    QueueSettings settings;
    settings.maxAttempts = 1; // a failure is final at once
    queue.applySettings(settings);

    ferry::session::SessionManager sessions(ferry::test::fakeMaker(config, stats));
    const QString site = QStringLiteral("ftp://user@sync.test");
    const auto spec = ConnectionSpec::fromUrl(site);
    QVERIFY(spec.ok());
    ferry::session::Session *session = sessions.openOwnSession(spec.value());
    QSignalSpy connected(session->connectToServer(), &ferry::session::ConnectJob::finished);
    QVERIFY(connected.wait(10000));

    SyncRun::Request request;
    request.plan.options.direction = SyncDirection::Down;
    request.plan.options.deleteExtra = true;
    SyncAction mkdir;
    mkdir.kind = SyncAction::Kind::MakeDir;
    mkdir.reason = SyncAction::Reason::OnlySource;
    mkdir.relativePath = QStringLiteral("docs");
    mkdir.isDir = true;
    SyncAction copy;
    copy.kind = SyncAction::Kind::Download;
    copy.reason = SyncAction::Reason::OnlySource;
    copy.relativePath = QStringLiteral("docs/a.txt");
    copy.size = 10;
    SyncAction remove;
    remove.kind = SyncAction::Kind::Delete;
    remove.reason = SyncAction::Reason::OnlyTarget;
    remove.relativePath = QStringLiteral("extra.txt");
    request.plan.actions = {mkdir, copy, remove};
    request.localRoot = dir.path();
    request.remoteRoot = RemotePath(QStringLiteral("/"));
    request.site = site;

    // The delete must wait for the copy: the extra file is there whenever the item is
    // still unfinished.
    bool deletedEarly = false;
    connect(&queue, &QueueService::itemsChanged, this, [&](const QList<QueueItem> &items) {
        for (const QueueItem &item : items) {
            if (!item.isFinished() && item.state != ItemState::Failed && !QFile::exists(extra))
                deletedEarly = true;
        }
    });
    SyncRun run(*session, queue, request);
    QSignalSpy finished(&run, &SyncRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(!deletedEarly);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("docs"))).isDir()); // made before the copy
    QCOMPARE(run.copies(), 1);
    if (readable) {
        QVERIFY2(!run.error(), run.error() ? qPrintable(run.error()->message()) : "");
        QCOMPARE(run.copiesDone(), 1);
        QFile copied(dir.filePath(QStringLiteral("docs/a.txt")));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), FakeFileSystem::contentOf(QStringLiteral("/docs/a.txt"), 10));
        QVERIFY(!QFile::exists(extra));
    } else {
        QVERIFY(run.error().has_value());
        QVERIFY2(run.error()->message().contains(QStringLiteral("nothing was deleted")),
                 qPrintable(run.error()->message()));
        QCOMPARE(run.copiesFailed(), 1);
        QVERIFY(QFile::exists(extra));
    }
}

void TestSyncRun::deletesSurviveACrash_data()
{
    QTest::addColumn<QString>("killWhen");
    QTest::addColumn<bool>("readable");
    QTest::newRow("killed after the copies") << QStringLiteral("done") << true;
    QTest::newRow("killed while copying") << QStringLiteral("added") << true;
    QTest::newRow("a copy failed before the kill") << QStringLiteral("failed") << false;
}

void TestSyncRun::deletesSurviveACrash()
{
    QFETCH(QString, killWhen);
    QFETCH(bool, readable);
    QTemporaryDir dir;
    QTemporaryDir state; // the queue's database and the records
    const QString extra = dir.filePath(QStringLiteral("extra.txt"));
    {
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("only here\n");
    }
    const QString records = state.filePath(QStringLiteral("sync-runs"));
    const QString database = state.filePath(QStringLiteral("queue.sqlite"));
    const QString site = QStringLiteral("ftp://user@sync.test");
    ferry::test::FakeConfig config;
    config.readable = readable;
    auto stats = std::make_shared<ferry::test::FakeStats>();
    QueueSettings settings;
    settings.maxAttempts = 1;

    // The first run, killed: its SyncRun is gone before it could delete.
    {
        QueueService queue(resolveUrl, ferry::test::fakeMaker(config, stats));
        QSignalSpy opened(&queue, &QueueService::opened);
        queue.open(database);
        QVERIFY(opened.wait(10000));
        queue.applySettings(settings);
        ferry::session::SessionManager sessions(ferry::test::fakeMaker(config, stats));
        ferry::session::Session *session = sessions.openOwnSession(ConnectionSpec::fromUrl(site).value());
        SyncRun::Request request = downloadWithDelete(dir.path(), site);
        request.recordFolder = records;
        auto *run = new SyncRun(*session, queue, request);
        bool killed = false;
        const auto kill = [&] {
            if (killed)
                return;
            killed = true;
            delete run; // as a crash: nothing after this point happens
        };
        // Connected before the run's own: the run never hears of it.
        connect(&queue, &QueueService::itemsAdded, this, [&](const QList<QueueItem> &, qint64) {
            if (killWhen == QLatin1String("added"))
                kill();
        });
        connect(&queue, &QueueService::itemsChanged, this, [&](const QList<QueueItem> &items) {
            for (const QueueItem &item : items) {
                if ((item.state == ItemState::Done && killWhen == QLatin1String("done")) ||
                    (item.state == ItemState::Failed && killWhen == QLatin1String("failed")))
                    kill();
            }
        });
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(killed, 30000);
        QCOMPARE(SyncRunRecord::loadAll(records).size(), 1);
        QVERIFY(QFile::exists(extra));
    }

    // The next start: a new queue on the same database, and the resumer.
    QueueService queue(resolveUrl, ferry::test::fakeMaker(config, stats));
    queue.applySettings(settings);
    ferry::session::SessionManager sessions(ferry::test::fakeMaker(config, stats));
    SyncRunResumer resumer(queue, sessions, resolveUrl, records);
    QSignalSpy ended(&resumer, &SyncRunResumer::runFinished);
    QSignalSpy logged(&resumer, &SyncRunResumer::logged);
    QCOMPARE(resumer.resume(), 1);
    queue.open(database);
    queue.start();
    QVERIFY(ended.wait(30000));
    if (readable) {
        QVERIFY(!QFile::exists(extra)); // deleted, after the copy
        QFile copied(dir.filePath(QStringLiteral("docs/a.txt")));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), FakeFileSystem::contentOf(QStringLiteral("/docs/a.txt"), 10));
        QVERIFY(!logged.isEmpty() && !logged.last().at(1).toBool());
    } else {
        QVERIFY(QFile::exists(extra)); // a copy failed: nothing is deleted
        QVERIFY(logged.last().at(0).toString().contains(QStringLiteral("nothing was deleted")));
    }
    // Once only: the record is gone.
    QCOMPARE(SyncRunRecord::loadAll(records).size(), 0);
    SyncRunResumer again(queue, sessions, resolveUrl, records);
    QCOMPARE(again.resume(), 0);
}

QTEST_GUILESS_MAIN(TestSyncRun)
#include "tst_syncrun.moc"
