// labels: unit
// timeout: 300
// The Scheduler on the test engine (tests/support/FakeFileSystem): parallel limits per
// host, retry backoff, priority and order, pause and resume, folder expansion, a failing
// host backing off without holding up another, a new connect timeout reaching sites
// resolved already, and a queue.sqlite written in the format
// of before the typed item options, resumed. Downloads are checked by their SHA-256.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "FakeFileSystem.h"
#include "Sanitizers.h"
#include "TestUtil.h"
#include "session/SessionManager.h"
#include "transfer/LocalFile.h"
#include "transfer/Scheduler.h"
#include "transfer/TransferQueue.h"

using namespace ferry::transfer;
using ferry::remote::ConnectionSpec;
using ferry::remote::Result;
using ferry::test::FakeFileSystem;
using ferry::test::sha256OfFile;

namespace {

Scheduler::SiteResolver urlResolver()
{
    return [](const QString &site, const QJsonObject &) -> Result<Scheduler::SiteConnection> {
        auto spec = ConnectionSpec::fromUrl(site);
        if (!spec)
            return spec.error();
        return Scheduler::SiteConnection{*spec, {}, 0};
    };
}

// A queue, a SessionManager on the test engine and a Scheduler, with short retry delays.
struct Rig
{
    explicit Rig(const ferry::test::FakeConfig &config, const QString &queuePath = QStringLiteral(":memory:"))
        : stats(std::make_shared<ferry::test::FakeStats>()), sessions(ferry::test::fakeMaker(config, stats))
    {
        opened = queue.open(queuePath).ok();
        scheduler = std::make_unique<Scheduler>(queue, sessions, urlResolver());
        scheduler->setDefaultExistsAction(ExistsAction::Overwrite);
        QObject::connect(scheduler.get(), &Scheduler::itemFinished,
                         [this](const QueueItem &item) { finished.append(item); });
    }
    ~Rig()
    {
        scheduler.reset(); // its connections end before the SessionManager
    }

    QueueItem download(const QString &host, const QString &remotePath, const QString &local,
                       bool folder = false, int priority = 0)
    {
        QueueItem item;
        item.direction = Direction::Download;
        item.isFolder = folder;
        item.site = QStringLiteral("ftp://alice@") + host;
        item.remotePath = remotePath;
        item.localPath = local;
        item.priority = priority;
        item.existsAction = ExistsAction::Overwrite;
        return item;
    }
    bool add(QList<QueueItem> &items) { return queue.add(items).ok(); }
    // Runs until idle (or stopped); false on timeout.
    bool runToIdle(int timeoutMs = 30000)
    {
        QSignalSpy idle(scheduler.get(), &Scheduler::idle);
        scheduler->start();
        return idle.wait(timeoutMs);
    }
    QueueItem stored(qint64 id) { return queue.item(id).value_or(QueueItem()); }

    std::shared_ptr<ferry::test::FakeStats> stats;
    TransferQueue queue;
    ferry::session::SessionManager sessions;
    std::unique_ptr<Scheduler> scheduler;
    QList<QueueItem> finished;
    bool opened = false;
};

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void parallelTransfersStayWithinEachHostsLimit();
    void retryBacksOffDoublingPerFailure();
    void runsByPriorityThenOrder();
    void pausedItemResumesFromItsPartialFile();
    void removedItemTakesItsSegmentRecord();
    void folderIsExpandedAndItsFilesDownloaded();
    void bigFolderRunsItsFirstFilesWhileTheRestGoesIn();
    void folderCutShortGetsOnlyItsMissingEntries();
    void failingHostBacksOffWithoutBlockingAnother();
    void queueWrittenInTheOldFormatOpensAndResumes();
    void connectTimeoutReachesResolvedSites();

private:
    QString local(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

// Six large files on each of two hosts, two connections per site: each host has at most
// two reads at a time and uses both; a full host does not hold up the other (the first
// four reads are two of each, though all of a.test's files are queued first); every file
// arrives whole.
void TestScheduler::parallelTransfersStayWithinEachHostsLimit()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 6;
    config.readChunkDelayMs = 20;
    Rig rig(config);
    QVERIFY(rig.opened);
    rig.scheduler->setConnectionsPerSite(2);
    QList<QueueItem> items;
    for (const QString &host : {QStringLiteral("a.test"), QStringLiteral("b.test")}) {
        for (int i = 1; i <= 6; ++i) {
            const QString name = QStringLiteral("large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
            items << rig.download(host, QStringLiteral("/large/") + name,
                                  local(host + QLatin1Char('-') + name));
        }
    }
    QVERIFY(rig.add(items));
    QVERIFY(rig.runToIdle());
    QCOMPARE(rig.stats->mostReading(QStringLiteral("a.test")), 2);
    QCOMPARE(rig.stats->mostReading(QStringLiteral("b.test")), 2);
    const QList<ferry::test::FakeStats::Read> reads = rig.stats->readsSoFar();
    QCOMPARE(reads.size(), 12);
    QStringList firstHosts;
    for (int i = 0; i < 4; ++i)
        firstHosts << reads.at(i).what.section(QLatin1Char(':'), 0, 0);
    firstHosts.sort();
    QCOMPARE(firstHosts, (QStringList{QStringLiteral("a.test"), QStringLiteral("a.test"),
                                      QStringLiteral("b.test"), QStringLiteral("b.test")}));
    for (const QueueItem &item : std::as_const(items)) {
        QCOMPARE(int(rig.stored(item.id).state), int(ItemState::Done));
        QCOMPARE(sha256OfFile(item.localPath), ferry::test::sha256OfBytes(FakeFileSystem::contentOf(
                                                   item.remotePath, FakeFileSystem::kLargeFileSize)));
    }
}

// A file whose reads always fail: tried maxAttempts times, each retry after the host's
// backoff, which doubles (200 ms, 400 ms), then Failed with the error.
void TestScheduler::retryBacksOffDoublingPerFailure()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 1;
    Rig rig(config);
    QVERIFY(rig.opened);
    rig.scheduler->setRetryPolicy(3, 200, 10000);
    QList<QueueItem> items{rig.download(QStringLiteral("flaky.test"), QStringLiteral("/large/large01.bin"),
                                        local(QStringLiteral("flaky.bin")))};
    QVERIFY(rig.add(items));
    QVERIFY(rig.runToIdle());
    const QueueItem item = rig.stored(items.first().id);
    QCOMPARE(int(item.state), int(ItemState::Failed));
    QCOMPARE(item.attempts, 3);
    QVERIFY2(item.lastError.contains(QStringLiteral("Connection reset")), qPrintable(item.lastError));
    const QList<ferry::test::FakeStats::Read> reads = rig.stats->readsSoFar();
    QCOMPARE(reads.size(), 3);
    const qint64 firstWait = reads.at(1).atMs - reads.at(0).atMs;
    const qint64 secondWait = reads.at(2).atMs - reads.at(1).atMs;
    qInfo("waits between attempts: %lld ms, %lld ms", firstWait, secondWait);
    QVERIFY2(firstWait >= 190, qPrintable(QString::number(firstWait)));
    QVERIFY2(secondWait >= 390, qPrintable(QString::number(secondWait)));
    QVERIFY2(secondWait < 5000, qPrintable(QString::number(secondWait)));
}

// One connection: the higher priority runs first, then the queue's order, which
// moveBefore() changes.
void TestScheduler::runsByPriorityThenOrder()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 5;
    Rig rig(config);
    QVERIFY(rig.opened);
    rig.scheduler->setConnectionsPerSite(1);
    QList<QueueItem> items;
    const int priorities[] = {0, 0, 5, 0, 9};
    for (int i = 1; i <= 5; ++i) {
        const QString name = QStringLiteral("large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        items << rig.download(QStringLiteral("order.test"), QStringLiteral("/large/") + name, local(name),
                              false, priorities[i - 1]);
    }
    QVERIFY(rig.add(items));
    QVERIFY(rig.queue.moveBefore(items.at(3).id, items.at(0).id)); // 4 before 1 (both priority 0)
    QVERIFY(rig.runToIdle());
    QStringList order;
    for (const auto &read : rig.stats->readsSoFar())
        order << read.what.section(QLatin1Char('/'), -1);
    QCOMPARE(order, (QStringList{QStringLiteral("large05.bin"), QStringLiteral("large03.bin"),
                                 QStringLiteral("large04.bin"), QStringLiteral("large01.bin"),
                                 QStringLiteral("large02.bin")}));
}

// Paused while it runs: Paused with its partial file; resumed: continues from the
// partial file's size, and the file arrives whole.
void TestScheduler::pausedItemResumesFromItsPartialFile()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 1;
    config.readChunkDelayMs = 60;
    Rig rig(config);
    QVERIFY(rig.opened);
    QList<QueueItem> items{rig.download(QStringLiteral("pause.test"), QStringLiteral("/large/large01.bin"),
                                        local(QStringLiteral("paused.bin")))};
    QVERIFY(rig.add(items));
    const qint64 id = items.first().id;
    QSignalSpy progress(rig.scheduler.get(), &Scheduler::itemProgress);
    rig.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() >= 128 * 1024, 10000);
    rig.scheduler->pauseItem(id);
    QTRY_COMPARE_WITH_TIMEOUT(int(rig.stored(id).state), int(ItemState::Paused), 10000);
    const QueueItem paused = rig.stored(id);
    QVERIFY(paused.options.started);
    QVERIFY(!paused.options.partial.isEmpty());
    QVERIFY(QFileInfo::exists(paused.options.partial.path));
    const qint64 partialSize = QFileInfo(paused.options.partial.path).size();
    QVERIFY(partialSize > 0 && partialSize < FakeFileSystem::kLargeFileSize);

    QVERIFY(rig.queue.resume(id));
    rig.scheduler->poke();
    QTRY_COMPARE_WITH_TIMEOUT(int(rig.stored(id).state), int(ItemState::Done), 20000);
    const QueueItem done = rig.stored(id);
    QCOMPARE(done.options.resumedFrom, partialSize);
    QCOMPARE(sha256OfFile(done.localPath), ferry::test::sha256OfBytes(FakeFileSystem::contentOf(
                                               done.remotePath, FakeFileSystem::kLargeFileSize)));
}

// A running download removed (as QueueService::remove does: cancel, then the row): the
// segment record beside its partial file goes with the row, and again when the run has
// ended (an engine may write it up to its last chunk); the partial file stays.
void TestScheduler::removedItemTakesItsSegmentRecord()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 1;
    config.readChunkDelayMs = 60;
    Rig rig(config);
    QVERIFY(rig.opened);
    QList<QueueItem> items{rig.download(QStringLiteral("remove.test"), QStringLiteral("/large/large01.bin"),
                                        local(QStringLiteral("removed.bin")))};
    QVERIFY(rig.add(items));
    const qint64 id = items.first().id;
    QSignalSpy progress(rig.scheduler.get(), &Scheduler::itemProgress);
    QSignalSpy finished(rig.scheduler.get(), &Scheduler::itemFinished);
    rig.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() >= 128 * 1024, 10000);
    const QueueItem running = rig.stored(id);
    QVERIFY(running.options.started);
    QVERIFY(!running.options.partial.isEmpty());
    const QString record = ferry::remote::SegmentRecord::pathFor(running.options.partial.path);
    const auto writeRecord = [&record] {
        QFile f(record);
        return f.open(QIODevice::WriteOnly) && f.write("as an engine left it\n") > 0;
    };
    QVERIFY(writeRecord());

    rig.scheduler->cancelItem(id);
    QVERIFY(rig.queue.remove(id));
    QVERIFY2(!QFileInfo::exists(record), qPrintable(record));
    QVERIFY(writeRecord()); // the run, still going, writes it once more
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY2(!QFileInfo::exists(record), qPrintable(record));
    QVERIFY(QFileInfo::exists(running.options.partial.path));
}

// A folder item becomes its entries (the subfolder in turn), which take its place and
// all arrive.
void TestScheduler::folderIsExpandedAndItsFilesDownloaded()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    Rig rig(config);
    QVERIFY(rig.opened);
    QSignalSpy expanded(rig.scheduler.get(), &Scheduler::expanded);
    QList<QueueItem> items{rig.download(QStringLiteral("tree.test"), QStringLiteral("/docs"),
                                        local(QStringLiteral("docs")), true)};
    QVERIFY(rig.add(items));
    QVERIFY(rig.runToIdle());
    QCOMPARE(expanded.count(), 2); // /docs and /docs/sub
    const QList<QueueItem> all = rig.queue.items();
    QCOMPARE(all.size(), 6); // two folders, four files
    const QStringList files{QStringLiteral("/docs/a.txt"), QStringLiteral("/docs/b.txt"),
                            QStringLiteral("/docs/c.txt"), QStringLiteral("/docs/sub/deep.txt")};
    for (const QueueItem &item : all) {
        QCOMPARE(int(item.state), int(ItemState::Done));
        if (item.isFolder)
            continue;
        QVERIFY2(files.contains(item.remotePath), qPrintable(item.remotePath));
        QVERIFY(item.options.expanded);
        QCOMPARE(item.localPath, local(item.remotePath.mid(1)));
        QCOMPARE(QFileInfo(item.localPath).size(), item.size);
        QCOMPARE(sha256OfFile(item.localPath),
                 ferry::test::sha256OfBytes(FakeFileSystem::contentOf(item.remotePath, item.size)));
    }
}

// A folder of 20,000 entries: its first files start while the rest is still going into
// the queue (the walk hands its entries over in parts), and in the end every entry is in
// the queue once, after the folder's place.
void TestScheduler::bigFolderRunsItsFirstFilesWhileTheRestGoesIn()
{
    constexpr int kEntries = 20000;
    ferry::test::FakeConfig config;
    config.bigEntries = kEntries; // not readable: each file fails at once, which is a run all the same
    Rig rig(config);
    QVERIFY(rig.opened);
    QList<QueueItem> items{
        rig.download(QStringLiteral("big.test"), QStringLiteral("/big"), local(QStringLiteral("big")), true),
        rig.download(QStringLiteral("big.test"), QStringLiteral("/docs/a.txt"),
                     local(QStringLiteral("a.txt")))};
    QVERIFY(rig.add(items));
    const qint64 folderId = items.first().id;
    int parts = 0;
    QObject::connect(rig.scheduler.get(), &Scheduler::expanded, [&](const QueueItem &folder, const auto &) {
        if (folder.id == folderId)
            ++parts;
    });
    int partsAtFirstStart = -1;
    ItemState folderAtFirstStart = ItemState::Queued;
    QObject::connect(rig.scheduler.get(), &Scheduler::itemStarted, [&](const QueueItem &item) {
        if (partsAtFirstStart < 0 && item.parentId == folderId) {
            partsAtFirstStart = parts;
            folderAtFirstStart = rig.stored(folderId).state;
        }
    });
    QVERIFY(rig.runToIdle(120000 * ferry::test::kSanitizerTimeFactor));
    QVERIFY(partsAtFirstStart >= 1);
    QVERIFY2(folderAtFirstStart != ItemState::Done,
             "the first file started only once the whole folder was in");
    QVERIFY2(parts > 2, qPrintable(QString::number(parts)));
    QCOMPARE(int(rig.stored(folderId).state), int(ItemState::Done));
    const QList<QueueItem> all = rig.queue.items();
    QSet<QString> paths;
    qsizetype lastChild = -1;
    qsizetype after = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].parentId == folderId) {
            paths.insert(all[i].remotePath);
            lastChild = i;
        } else if (all[i].id == items.last().id) {
            after = i;
        }
    }
    QCOMPARE(paths.size(), kEntries);
    QCOMPARE(all.size(), kEntries + 2);
    QVERIFY(after > lastChild); // what followed the folder still follows its entries
}

// A folder whose run a crash cut short (part of its entries stored, the folder not done):
// its next run adds only the entries still missing.
void TestScheduler::folderCutShortGetsOnlyItsMissingEntries()
{
    constexpr int kEntries = 3000;
    ferry::test::FakeConfig config;
    config.bigEntries = kEntries;
    Rig rig(config);
    QVERIFY(rig.opened);
    QList<QueueItem> items{
        rig.download(QStringLiteral("big.test"), QStringLiteral("/big"), local(QStringLiteral("big")), true)};
    QVERIFY(rig.add(items));
    const qint64 folderId = items.first().id;
    QList<QueueItem> stored;
    for (int i = 1; i <= 1000; ++i) {
        const QString name = QStringLiteral("file%1.dat").arg(i, 6, 10, QLatin1Char('0'));
        QueueItem entry = rig.download(QStringLiteral("big.test"), QStringLiteral("/big/") + name,
                                       local(QStringLiteral("big/") + name));
        entry.state = ItemState::Done; // as if copied before the crash
        entry.options.expanded = true;
        stored.append(entry);
    }
    QVERIFY(rig.queue.expand(folderId, stored, false).ok());
    QCOMPARE(int(rig.stored(folderId).state), int(ItemState::Queued));
    QCOMPARE(rig.queue.childPaths(folderId).size(), 1000);
    QVERIFY(rig.runToIdle(120000));
    QCOMPARE(int(rig.stored(folderId).state), int(ItemState::Done));
    const QList<QueueItem> all = rig.queue.items();
    QSet<QString> paths;
    int done = 0;
    for (const QueueItem &item : all) {
        if (item.parentId != folderId)
            continue;
        paths.insert(item.remotePath);
        done += item.state == ItemState::Done ? 1 : 0;
    }
    QCOMPARE(all.size(), kEntries + 1); // no entry twice
    QCOMPARE(paths.size(), kEntries);
    QCOMPARE(done, 1000); // those copied before were not run again
}

// A host whose reads fail backs off (1 s, then 1.5 s per failure); meanwhile the other
// host's files all run and finish, long before the failing one gives up.
void TestScheduler::failingHostBacksOffWithoutBlockingAnother()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 4;
    Rig rig(config);
    QVERIFY(rig.opened);
    // The times scale with sanitizer builds' slowdown (tests/support/Sanitizers.h).
    const int factor = ferry::test::kSanitizerTimeFactor;
    rig.scheduler->setRetryPolicy(2, 1000 * factor, 1500 * factor);
    QList<QueueItem> items;
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        items << rig.download(QStringLiteral("flaky.test"), QStringLiteral("/large/") + name,
                              local(QStringLiteral("flaky-") + name));
    }
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        items << rig.download(QStringLiteral("good.test"), QStringLiteral("/large/") + name,
                              local(QStringLiteral("good-") + name));
    }
    QVERIFY(rig.add(items));
    QElapsedTimer clock;
    clock.start();
    rig.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(items.begin() + 4, items.end(),
                    [&rig](const QueueItem &item) { return rig.stored(item.id).state == ItemState::Done; }),
        20000 * factor);
    const qint64 goodDone = clock.elapsed();
    // The failing host is still backing off: none of its items has used up its attempts.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(int(rig.stored(items.at(i).id).state), int(ItemState::Queued));
    QVERIFY2(goodDone < 3000 * factor, qPrintable(QString::number(goodDone)));
    for (int i = 4; i < 8; ++i)
        QCOMPARE(sha256OfFile(items.at(i).localPath),
                 ferry::test::sha256OfBytes(
                     FakeFileSystem::contentOf(items.at(i).remotePath, FakeFileSystem::kLargeFileSize)));
    QSignalSpy idle(rig.scheduler.get(), &Scheduler::idle);
    QVERIFY(idle.wait(30000 * factor));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(int(rig.stored(items.at(i).id).state), int(ItemState::Failed));
}

// queue.sqlite as an earlier Ferry wrote it (schema 1, the options as JSON with string
// keys): it opens, every key it wrote reads as its typed field, and the started download
// continues from its recorded partial file.
void TestScheduler::queueWrittenInTheOldFormatOpensAndResumes()
{
    const QString path = local(QStringLiteral("old-queue.sqlite"));
    const QString target = local(QStringLiteral("old.bin"));
    const QString remote = QStringLiteral("/large/large01.bin");
    const QString partial = local(QStringLiteral(".old.bin.ferry-part-1"));
    const qint64 partialSize = 200 * 1024;
    {
        QFile part(partial);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(FakeFileSystem::contentOf(remote, partialSize));
    }
    const FileIdentity identity = identityOf(partial);
    QVERIFY(identity.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER NOT NULL DEFAULT 0,"
            " is_folder INTEGER NOT NULL DEFAULT 0, direction INTEGER NOT NULL DEFAULT 0,"
            " site TEXT NOT NULL DEFAULT '', remote_path TEXT NOT NULL DEFAULT '',"
            " local_path TEXT NOT NULL DEFAULT '', target_site TEXT NOT NULL DEFAULT '',"
            " target_path TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT -1,"
            " bytes_done INTEGER NOT NULL DEFAULT 0, state INTEGER NOT NULL DEFAULT 0,"
            " priority INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', created INTEGER,"
            " updated INTEGER, exists_action INTEGER NOT NULL DEFAULT 0, options TEXT NOT NULL DEFAULT '{}',"
            " checksum TEXT NOT NULL DEFAULT '')")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE INDEX items_run_order ON items (state, priority DESC, position)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX items_parent ON items (parent_id)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        const QJsonObject options{
            {QStringLiteral("started"), true},
            {QStringLiteral("preserveTime"), false},
            {QStringLiteral("expanded"), true},
            {QStringLiteral("futureKey"), QStringLiteral("kept")},
            {QStringLiteral("connect"), QJsonObject{{QStringLiteral("timeout"), 40}}},
            {QStringLiteral("partial"), QJsonObject{{QStringLiteral("path"), partial},
                                                    {QStringLiteral("device"), double(identity.device)},
                                                    {QStringLiteral("inode"), double(identity.inode)}}}};
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO items (id, direction, site, remote_path, local_path, "
                                         "size, bytes_done, state, position,"
                                         " attempts, created, updated, exists_action, options) VALUES (1, 0, "
                                         "?, ?, ?, ?, ?, 1, 1, 1, 0, 0, 1, ?)")));
        q.addBindValue(QStringLiteral("ftp://alice@old.test"));
        q.addBindValue(remote);
        q.addBindValue(target);
        q.addBindValue(FakeFileSystem::kLargeFileSize);
        q.addBindValue(partialSize);
        q.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        // A finished upload with every other key the earlier format wrote.
        const QJsonObject others{{QStringLiteral("usePartFile"), false},
                                 {QStringLiteral("tempUpload"), true},
                                 {QStringLiteral("followLinks"), true},
                                 {QStringLiteral("unsafe"), true},
                                 {QStringLiteral("uploadRoot"), QStringLiteral("/home/alice/site")},
                                 {QStringLiteral("targetAbsent"), 1700000000000.0},
                                 {QStringLiteral("method"), QStringLiteral("stream")},
                                 {QStringLiteral("resumedFrom"), 4096.0}};
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO items (id, direction, site, remote_path, local_path, "
                                         "size, bytes_done, state, position,"
                                         " attempts, created, updated, exists_action, options) VALUES (2, 1, "
                                         "?, '/up.bin', ?, 10, 10, 4, 2, 1,"
                                         " 0, 0, 1, ?)")));
        q.addBindValue(QStringLiteral("ftp://alice@old.test"));
        q.addBindValue(local(QStringLiteral("up.bin")));
        q.addBindValue(QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 1;
    Rig rig(config, path);
    QVERIFY(rig.opened);
    QVERIFY(rig.queue.recoveryMessage().isEmpty());
    const QueueItem before = rig.stored(1);
    QCOMPARE(int(before.state), int(ItemState::Queued)); // left Running by the old process
    QVERIFY(before.options.started);
    QVERIFY(!before.options.preserveTime);
    QVERIFY(before.options.expanded);
    QCOMPARE(before.options.partial.path, partial);
    QCOMPARE(before.options.partial.inode, identity.inode);
    QCOMPARE(before.options.connect.value(QStringLiteral("timeout")).toInt(), 40);
    QCOMPARE(before.options.other.value(QStringLiteral("futureKey")).toString(), QStringLiteral("kept"));
    QCOMPARE(before.options.other.size(), 1);
    const QueueItem upload = rig.stored(2);
    QCOMPARE(int(upload.state), int(ItemState::Done));
    QVERIFY(!upload.options.usePartFile);
    QVERIFY(upload.options.tempUpload);
    QVERIFY(upload.options.followLinks);
    QVERIFY(upload.options.unsafe);
    QCOMPARE(upload.options.uploadRoot, QStringLiteral("/home/alice/site"));
    QCOMPARE(upload.options.targetAbsentAt, Q_INT64_C(1700000000000));
    QCOMPARE(upload.options.method, QStringLiteral("stream"));
    QCOMPARE(upload.options.resumedFrom, qint64(4096));
    QVERIFY(upload.options.preserveTime); // absent: the default
    QVERIFY(upload.options.other.isEmpty());

    QVERIFY(rig.runToIdle());
    const QueueItem done = rig.stored(1);
    QCOMPARE(int(done.state), int(ItemState::Done));
    QCOMPARE(done.options.resumedFrom, partialSize);
    QCOMPARE(sha256OfFile(target),
             ferry::test::sha256OfBytes(FakeFileSystem::contentOf(remote, FakeFileSystem::kLargeFileSize)));
    // Written back under the same keys, the unknown one kept.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT options FROM items WHERE id = 1")) && q.next());
        const QJsonObject written = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(written.value(QStringLiteral("started")).toBool(), true);
        QCOMPARE(written.value(QStringLiteral("preserveTime")).toBool(true), false);
        QCOMPARE(written.value(QStringLiteral("futureKey")).toString(), QStringLiteral("kept"));
        QCOMPARE(written.value(QStringLiteral("resumedFrom")).toDouble(), double(partialSize));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

// The settings' connect timeout changed while a site's first file runs: the next
// connection to that site (resolved before, with 30 s) waits 7 s, as a new site would;
// every file arrives whole.
void TestScheduler::connectTimeoutReachesResolvedSites()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 3;
    config.readChunkDelayMs = 40;
    auto stats = std::make_shared<ferry::test::FakeStats>();
    auto timeouts = std::make_shared<QList<int>>();
    auto mutex = std::make_shared<QMutex>();
    ferry::session::SessionManager sessions([inner = ferry::test::fakeMaker(config, stats), timeouts,
                                             mutex](const ConnectionSpec &spec,
                                                    const ferry::remote::ConnectOptions &options,
                                                    ferry::remote::Interaction *interaction) {
        {
            QMutexLocker lock(mutex.get());
            timeouts->append(options.timeoutSeconds);
        }
        return inner(spec, options, interaction);
    });
    TransferQueue queue;
    QVERIFY(queue.open(QStringLiteral(":memory:")));
    Scheduler scheduler(queue, sessions,
                        [](const QString &site, const QJsonObject &) -> Result<Scheduler::SiteConnection> {
                            auto spec = ConnectionSpec::fromUrl(site);
                            if (!spec)
                                return spec.error();
                            ferry::remote::ConnectOptions options;
                            options.timeoutSeconds = 30;
                            return Scheduler::SiteConnection{*spec, options, 0};
                        });
    scheduler.setDefaultExistsAction(ExistsAction::Overwrite);
    scheduler.setConnectionsPerSite(1);
    QList<QueueItem> items;
    for (int i = 1; i <= 3; ++i) {
        QueueItem item;
        item.direction = Direction::Download;
        item.site = QStringLiteral("ftp://alice@timeout.test");
        item.remotePath = QStringLiteral("/large/large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        item.localPath = local(QStringLiteral("timeout%1.bin").arg(i));
        item.existsAction = ExistsAction::Overwrite;
        items << item;
    }
    QVERIFY(queue.add(items));
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    const auto made = [&] {
        QMutexLocker lock(mutex.get());
        return timeouts->size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(made(), 1, 10000); // the first connection is open
    scheduler.setConnectTimeout(7);
    scheduler.setConnectionsPerSite(2); // the next file needs a second connection
    QVERIFY(idle.wait(60000));
    QMutexLocker lock(mutex.get());
    QVERIFY2(timeouts->size() >= 2, qPrintable(QString::number(timeouts->size())));
    QCOMPARE(timeouts->first(), 30);
    QCOMPARE(timeouts->last(), 7);
    lock.unlock();
    for (const QueueItem &item : std::as_const(items)) {
        QCOMPARE(int(queue.item(item.id)->state), int(ItemState::Done));
        QCOMPARE(sha256OfFile(item.localPath), ferry::test::sha256OfBytes(FakeFileSystem::contentOf(
                                                   item.remotePath, FakeFileSystem::kLargeFileSize)));
    }
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
