// labels: unit
// TransferQueue: queue.sqlite round-trips every field, keeps the run order (priority, then
// position) through add/expand/moveBefore, applies the user actions, survives a reopen
// (Running -> Queued), moves a broken database aside, leaves a newer one alone, loses no
// committed item when the writer is killed (SIGKILL) mid-stream, and never stores a password.
//
// The kill test runs this binary as the writer: with FERRY_TST_QUEUE_WRITER=<path> set,
// main() adds items to that queue forever, printing each committed id.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

#include "Sanitizers.h"
#include "transfer/TransferQueue.h"

using namespace ferry::transfer;
using ferry::remote::ErrorKind;

namespace {

const char kWriterEnv[] = "FERRY_TST_QUEUE_WRITER";

QueueItem file(const QString &name, int priority = 0)
{
    QueueItem item;
    item.site = QStringLiteral("site:Example");
    item.remotePath = QStringLiteral("/remote/") + name;
    item.localPath = QStringLiteral("/home/me/") + name;
    item.size = 1000;
    item.priority = priority;
    item.options.preserveTime = true;
    return item;
}

QueueItem folder(const QString &name, int priority = 0)
{
    QueueItem item = file(name, priority);
    item.isFolder = true;
    item.size = -1;
    return item;
}

qint64 addOne(TransferQueue &queue, QueueItem item)
{
    QList<QueueItem> items{std::move(item)};
    const auto status = queue.add(items);
    if (!status)
        qWarning() << status.error().toString();
    return status ? items.first().id : 0;
}

QList<qint64> ids(const QList<QueueItem> &items)
{
    QList<qint64> result;
    for (const QueueItem &item : items)
        result << item.id;
    return result;
}

QStringList names(const QList<QueueItem> &items)
{
    QStringList result;
    for (const QueueItem &item : items)
        result << item.remotePath.section(QLatin1Char('/'), -1);
    return result;
}

// Runs `sql` on its own connection and returns the first column of every row.
QStringList rawQuery(const QString &path, const QString &sql)
{
    QStringList rows;
    const QString name = QStringLiteral("tst.raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    rows << query.value(0).toString();
            } else {
                rows << QStringLiteral("ERROR: ") + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The writer of the kill test: one transaction per item (sometimes a batch), each id
// printed only after add() returned, i.e. after COMMIT.
int runWriter(const QString &path)
{
    TransferQueue queue;
    if (!queue.open(path)) {
        std::fprintf(stderr, "writer: cannot open %s\n", qPrintable(path));
        return 2;
    }
    for (qint64 n = 0;; ++n) {
        QList<QueueItem> items;
        const int batch = n % 10 == 0 ? 50 : 1;
        for (int i = 0; i < batch; ++i)
            items << file(QStringLiteral("w%1-%2.bin").arg(n).arg(i));
        if (!queue.add(items))
            return 3;
        for (const QueueItem &item : items)
            std::printf("%lld\n", static_cast<long long>(item.id));
        std::fflush(stdout);
        (void)queue.setProgress(items.first().id, n, 1000);
    }
}

} // namespace

class TestTransferQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enumNames_data();
    void enumNames();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void updateWritesEveryField();
    void recordRunKeepsWhatUsersChange();
    void runOrder();
    void nextRunnableSkipsRejected();
    void runnableTakesSeveral();
    void batchedWritesCommitTogether();
    void moveBefore();
    void setPriorityReorders();
    void expandPlacesChildrenWhereFolderStood();
    void expandRefusesNonFolders();
    void expandInParts();
    void expandHundredThousand();
    void userActions_data();
    void userActions();
    void unknownIdIsNotFound();
    void removeFolderRemovesDescendants();
    void clearDone();
    void stateAndProgress();
    void runningBecomesQueuedOnReopen();
    void inMemoryQueue();
    void brokenDatabaseMovedAside_data();
    void brokenDatabaseMovedAside();
    void newerSchemaLeftAlone();
    void killDuringWritesLosesNothingCommitted();
    void passwordNeverStored_data();
    void passwordNeverStored();
    void uniqueConnections();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestTransferQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTransferQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("queue.sqlite"));
}

void TestTransferQueue::cleanup()
{
    m_dir.reset();
}

void TestTransferQueue::enumNames_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("name");
    QTest::newRow("ask") << int(ExistsAction::Ask) << QStringLiteral("ask");
    QTest::newRow("overwrite") << int(ExistsAction::Overwrite) << QStringLiteral("overwrite");
    QTest::newRow("newer") << int(ExistsAction::OverwriteIfNewer) << QStringLiteral("newer");
    QTest::newRow("size") << int(ExistsAction::OverwriteIfSizeDiffers) << QStringLiteral("size");
    QTest::newRow("resume") << int(ExistsAction::Resume) << QStringLiteral("resume");
    QTest::newRow("rename") << int(ExistsAction::Rename) << QStringLiteral("rename");
    QTest::newRow("skip") << int(ExistsAction::Skip) << QStringLiteral("skip");
}

void TestTransferQueue::enumNames()
{
    QFETCH(int, action);
    QFETCH(QString, name);
    QCOMPARE(toString(ExistsAction(action)), name);
    ExistsAction parsed = ExistsAction::Ask;
    QVERIFY(fromString(name, &parsed));
    QCOMPARE(int(parsed), action);
    QVERIFY(fromString(name.toUpper(), &parsed));
    QVERIFY(!fromString(QStringLiteral("sometimes"), &parsed));
    QCOMPARE(int(parsed), action);

    QCOMPARE(toString(Direction::Download), QStringLiteral("get"));
    QCOMPARE(toString(Direction::Upload), QStringLiteral("put"));
    QCOMPARE(toString(Direction::Copy), QStringLiteral("copy"));
    QCOMPARE(toString(ItemState::Queued), QStringLiteral("queued"));
    QCOMPARE(toString(ItemState::Cancelled), QStringLiteral("cancelled"));
}

static void compareItems(const QueueItem &a, const QueueItem &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.parentId, b.parentId);
    QCOMPARE(a.isFolder, b.isFolder);
    QCOMPARE(int(a.direction), int(b.direction));
    QCOMPARE(a.site, b.site);
    QCOMPARE(a.remotePath, b.remotePath);
    QCOMPARE(a.localPath, b.localPath);
    QCOMPARE(a.targetSite, b.targetSite);
    QCOMPARE(a.targetPath, b.targetPath);
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.bytesDone, b.bytesDone);
    QCOMPARE(int(a.state), int(b.state));
    QCOMPARE(a.priority, b.priority);
    QCOMPARE(a.position, b.position);
    QCOMPARE(a.attempts, b.attempts);
    QCOMPARE(a.lastError, b.lastError);
    QCOMPARE(a.created.toMSecsSinceEpoch(), b.created.toMSecsSinceEpoch());
    QCOMPARE(a.created.timeSpec(), Qt::UTC);
    QCOMPARE(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
    QCOMPARE(int(a.existsAction), int(b.existsAction));
    QVERIFY(a.options == b.options);
    QCOMPARE(a.options.toJson(), b.options.toJson());
    QCOMPARE(a.checksum, b.checksum);
}

void TestTransferQueue::roundTripsEveryField_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("remotePath");
    QTest::addColumn<QString>("localPath");
    QTest::addColumn<int>("existsAction");
    QTest::addColumn<int>("state");
    QTest::newRow("download") << int(Direction::Download) << QStringLiteral("/pub/a.iso")
                              << QStringLiteral("/home/me/a.iso") << int(ExistsAction::Resume)
                              << int(ItemState::Failed);
    QTest::newRow("upload, unicode and quotes")
        << int(Direction::Upload) << QStringLiteral("/ünï cødé/it's \"x\"; DROP TABLE items;--.txt")
        << QStringLiteral("/home/me/日本語 ファイル.txt") << int(ExistsAction::OverwriteIfNewer)
        << int(ItemState::Paused);
    QTest::newRow("copy") << int(Direction::Copy) << QStringLiteral("/src/b.bin") << QString()
                          << int(ExistsAction::Rename) << int(ItemState::Skipped);
}

void TestTransferQueue::roundTripsEveryField()
{
    QFETCH(int, direction);
    QFETCH(QString, remotePath);
    QFETCH(QString, localPath);
    QFETCH(int, existsAction);
    QFETCH(int, state);

    QueueItem item;
    item.parentId = 0;
    item.isFolder = true;
    item.direction = Direction(direction);
    item.site = QStringLiteral("ftpes://bob@ftp.example.com:21");
    item.remotePath = remotePath;
    item.localPath = localPath;
    item.targetSite = direction == int(Direction::Copy) ? QStringLiteral("site:Mirror") : QString();
    item.targetPath = direction == int(Direction::Copy) ? QStringLiteral("/dst/b.bin") : QString();
    item.size = 5'000'000'000LL;
    item.bytesDone = 4'294'967'297LL;
    item.state = ItemState(state);
    item.priority = -7;
    item.attempts = 3;
    item.lastError = QStringLiteral("550 Permission denied\nsecond line");
    item.existsAction = ExistsAction(existsAction);
    item.options.preserveTime = true;
    item.options.usePartFile = false;
    item.options.connect = QJsonObject{{QStringLiteral("passive"), true},
                                       {QStringLiteral("charset"), QStringLiteral("utf8")},
                                       {QStringLiteral("list"), QJsonArray{1, 2.5, QStringLiteral("x")}}};
    item.checksum = QStringLiteral("SHA-256:") + QString(64, QLatin1Char('a'));

    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        QVERIFY(queue.isOpen());
        QCOMPARE(queue.path(), m_path);
        QVERIFY(queue.recoveryMessage().isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QList<QueueItem> items{item};
        QVERIFY(queue.add(items));
        item = items.first();
        QVERIFY(item.id > 0);
        QVERIFY(item.position > 0);
        QVERIFY(item.created.isValid());
        QVERIFY(item.created >= before.addMSecs(-1));
        QCOMPARE(item.updated, item.created);
        const auto stored = queue.item(item.id);
        QVERIFY(stored);
        compareItems(*stored, item);
        if (QTest::currentTestFailed())
            return;
    }
    // And from the file, by a new object.
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const QList<QueueItem> all = queue.items();
    QCOMPARE(all.size(), 1);
    compareItems(all.first(), item);
}

void TestTransferQueue::updateWritesEveryField()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 parent = addOne(queue, folder(QStringLiteral("p")));
    const qint64 id = addOne(queue, file(QStringLiteral("a")));
    QueueItem item = *queue.item(id);
    item.parentId = parent;
    item.isFolder = true;
    item.direction = Direction::Copy;
    item.site = QStringLiteral("site:Other");
    item.remotePath = QStringLiteral("/x");
    item.localPath = QString();
    item.targetSite = QStringLiteral("sftp://me@host");
    item.targetPath = QStringLiteral("/y");
    item.size = 42;
    item.bytesDone = 21;
    item.state = ItemState::Failed;
    item.priority = 3;
    item.position = 99;
    item.attempts = 2;
    item.lastError = QStringLiteral("boom");
    item.created = QDateTime(QDate(2020, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    item.existsAction = ExistsAction::Skip;
    item.options.tempUpload = true;
    item.checksum = QStringLiteral("size");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(queue.update(item));
    QVERIFY(item.updated >= before);
    compareItems(*queue.item(id), item);

    QueueItem ghost = item;
    ghost.id = 123456;
    const auto status = queue.update(ghost);
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), ErrorKind::NotFound);
}

// The scheduler writes a finished run over the item as it launched it: what the run
// decides lands, what a user changed meanwhile (priority, order) stays.
void TestTransferQueue::recordRunKeepsWhatUsersChange()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 id = addOne(queue, file(QStringLiteral("a")));
    const qint64 other = addOne(queue, file(QStringLiteral("b")));
    QueueItem launched = *queue.item(id);
    QVERIFY(queue.setState(id, ItemState::Running));
    // Meanwhile the user raises it and moves it behind the other item.
    QVERIFY(queue.setPriority(id, 7));
    QVERIFY(queue.moveBefore(id, 0));
    const QueueItem moved = *queue.item(id);
    QVERIFY(moved.position > queue.item(other)->position);

    QueueItem run = launched;
    run.state = ItemState::Done;
    run.size = 4096;
    run.bytesDone = 4096;
    run.attempts = 1;
    run.lastError = QStringLiteral("earlier failure");
    run.localPath = QStringLiteral("/tmp/renamed (1).bin");
    run.remotePath = QStringLiteral("/up/renamed (1).bin");
    run.existsAction = ExistsAction::Rename;
    run.options.resumedFrom = 100;
    run.options.connect = QJsonObject{{QStringLiteral("password"), QStringLiteral("RunSecret")}};
    run.checksum = QStringLiteral("size");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(queue.recordRun(run));
    QVERIFY(run.updated >= before);

    const QueueItem stored = *queue.item(id);
    QCOMPARE(int(stored.state), int(ItemState::Done));
    QCOMPARE(stored.size, 4096);
    QCOMPARE(stored.bytesDone, 4096);
    QCOMPARE(stored.attempts, 1);
    QCOMPARE(stored.lastError, run.lastError);
    QCOMPARE(stored.localPath, run.localPath);
    QCOMPARE(stored.remotePath, run.remotePath);
    QCOMPARE(int(stored.existsAction), int(ExistsAction::Rename));
    QCOMPARE(stored.options.resumedFrom, 100);
    QVERIFY(!stored.options.connect.contains(QStringLiteral("password")));
    QCOMPARE(stored.checksum, QStringLiteral("size"));
    QCOMPARE(stored.priority, 7);
    QCOMPARE(stored.position, moved.position);
    QCOMPARE(stored.created, launched.created);

    QueueItem ghost = run;
    ghost.id = 123456;
    const auto status = queue.recordRun(ghost);
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), ErrorKind::NotFound);
}

void TestTransferQueue::runOrder()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items{file(QStringLiteral("a"), 0), file(QStringLiteral("b"), 5),
                           file(QStringLiteral("c"), 0), file(QStringLiteral("d"), 5),
                           file(QStringLiteral("e"), -1)};
    QVERIFY(queue.add(items));
    QVERIFY(items[0].position < items[1].position);
    QCOMPARE(names(queue.items()), (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"),
                                                QStringLiteral("c"), QStringLiteral("e")}));
    // Added later with a high priority: runs before the earlier ones of lower priority.
    addOne(queue, file(QStringLiteral("f"), 5));
    QCOMPARE(names(queue.items()).mid(0, 4), (QStringList{QStringLiteral("b"), QStringLiteral("d"),
                                                          QStringLiteral("f"), QStringLiteral("a")}));

    QCOMPARE(queue.nextRunnable()->remotePath, QStringLiteral("/remote/b"));
    QVERIFY(queue.pause(items[1].id));
    QVERIFY(queue.setState(items[3].id, ItemState::Running));
    QCOMPARE(queue.nextRunnable()->remotePath, QStringLiteral("/remote/f"));
    QCOMPARE(queue.count(ItemState::Queued), 4);
    QCOMPARE(queue.count(ItemState::Paused), 1);
    QCOMPARE(queue.count(ItemState::Running), 1);
    QCOMPARE(queue.count(ItemState::Done), 0);
}

void TestTransferQueue::nextRunnableSkipsRejected()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items;
    for (int i = 0; i < 5; ++i) {
        QueueItem item = file(QStringLiteral("n%1").arg(i));
        item.site = i < 3 ? QStringLiteral("site:Busy") : QStringLiteral("site:Free");
        items << item;
    }
    QVERIFY(queue.add(items));
    int asked = 0;
    const auto next = queue.nextRunnable([&asked](const QueueItem &item) {
        ++asked;
        return item.site == QLatin1String("site:Free");
    });
    QVERIFY(next);
    QCOMPARE(next->id, items[3].id);
    QCOMPARE(asked, 4); // stopped at the first accepted one
    QVERIFY(!queue.nextRunnable([](const QueueItem &) { return false; }));
    // nextRunnable does not change the item.
    QCOMPARE(int(queue.item(items[3].id)->state), int(ItemState::Queued));
}

void TestTransferQueue::runnableTakesSeveral()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items;
    for (int i = 0; i < 8; ++i) {
        QueueItem item = file(QStringLiteral("r%1").arg(i));
        item.site = i == 5 ? QStringLiteral("site:Other") : QStringLiteral("site:A");
        items << item;
    }
    QVERIFY(queue.add(items));
    QVERIFY(queue.setState(items[2].id, ItemState::Running)); // not runnable: not walked
    using Pick = TransferQueue::Pick;
    // Skips r0, takes up to three, in run order.
    int walked = 0;
    QList<QueueItem> taken = queue.runnable(
        [&walked](const QueueItem &item) {
            ++walked;
            return item.remotePath.endsWith(QLatin1String("r0")) ? Pick::Skip : Pick::Take;
        },
        3);
    QCOMPARE(taken.size(), 3);
    QCOMPARE(taken[0].id, items[1].id);
    QCOMPARE(taken[1].id, items[3].id);
    QCOMPARE(taken[2].id, items[4].id);
    QCOMPARE(walked, 4); // stopped once three were taken
    // Stop ends the walk at the first item of another site: r5 and what follows stay.
    taken = queue.runnable(
        [](const QueueItem &item) { return item.site == QLatin1String("site:A") ? Pick::Take : Pick::Stop; },
        10);
    QCOMPARE(taken.size(), 4);
    QCOMPARE(taken.last().id, items[4].id);
    QVERIFY(queue.runnable([](const QueueItem &) { return Pick::Take; }, 0).isEmpty());
    // The walk changes nothing.
    QCOMPARE(queue.count(ItemState::Queued), 7);
}

void TestTransferQueue::batchedWritesCommitTogether()
{
    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        QList<QueueItem> items{file(QStringLiteral("b0")), file(QStringLiteral("b1")),
                               folder(QStringLiteral("bf"))};
        QVERIFY(queue.add(items));
        const QueueItem notFolder = items[0];
        const ferry::remote::Status batch = queue.batched([&] {
            QVERIFY(queue.setState(items[0].id, ItemState::Running));
            QueueItem done = items[1];
            done.state = ItemState::Done;
            done.bytesDone = 7;
            QVERIFY(queue.recordRun(done));
            // Writes that begin their own transaction nest in the batch's.
            QList<QueueItem> more{file(QStringLiteral("b2"))};
            QVERIFY(queue.add(more));
            QList<QueueItem> children{file(QStringLiteral("c0")), file(QStringLiteral("c1"))};
            QVERIFY(queue.expand(items[2].id, children));
            // One that fails fails alone; the batch goes on.
            QList<QueueItem> none{file(QStringLiteral("x"))};
            QVERIFY(!queue.expand(notFolder.id, none));
        });
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().toString()));
    }
    // A fresh open sees every write of the batch (committed), and nothing of what failed.
    TransferQueue again;
    QVERIFY(again.open(m_path));
    QStringList names;
    for (const QueueItem &item : again.items())
        names << item.remotePath.section(QLatin1Char('/'), -1) + QLatin1Char(':') +
                     QString::number(int(item.state));
    names.sort();
    // b0 was Running: open() makes it Queued (0) again; b1 Done (4); the folder Done.
    QCOMPARE(names, (QStringList{QStringLiteral("b0:0"), QStringLiteral("b1:4"), QStringLiteral("b2:0"),
                                 QStringLiteral("bf:4"), QStringLiteral("c0:0"), QStringLiteral("c1:0")}));
}

void TestTransferQueue::moveBefore()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items{file(QStringLiteral("a")), file(QStringLiteral("b")), file(QStringLiteral("c")),
                           file(QStringLiteral("d")), file(QStringLiteral("hi"), 9)};
    QVERIFY(queue.add(items));
    const qint64 a = items[0].id, b = items[1].id, c = items[2].id, d = items[3].id, hi = items[4].id;

    QVERIFY(queue.moveBefore(d, b));
    QCOMPARE(ids(queue.items()), (QList<qint64>{hi, a, d, b, c}));
    QVERIFY(queue.moveBefore(a, 0)); // to the end
    QCOMPARE(ids(queue.items()), (QList<qint64>{hi, d, b, c, a}));
    QVERIFY(queue.moveBefore(c, d)); // to the front of its priority
    QCOMPARE(ids(queue.items()), (QList<qint64>{hi, c, d, b, a}));
    QVERIFY(queue.moveBefore(b, b)); // no-op
    QCOMPARE(ids(queue.items()), (QList<qint64>{hi, c, d, b, a}));

    auto status = queue.moveBefore(a, hi); // another priority
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), ErrorKind::Local);
    status = queue.moveBefore(a, 999);
    QCOMPARE(status.error().kind(), ErrorKind::NotFound);
    status = queue.moveBefore(999, a);
    QCOMPARE(status.error().kind(), ErrorKind::NotFound);

    // Survives a reopen.
    TransferQueue again;
    QVERIFY(again.open(m_path));
    QCOMPARE(ids(again.items()), (QList<qint64>{hi, c, d, b, a}));
}

void TestTransferQueue::setPriorityReorders()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items{file(QStringLiteral("a")), file(QStringLiteral("b")), file(QStringLiteral("c"))};
    QVERIFY(queue.add(items));
    QVERIFY(queue.setPriority(items[2].id, 1));
    QCOMPARE(names(queue.items()),
             (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(queue.item(items[2].id)->priority, 1);
    QVERIFY(queue.setPriority(items[2].id, -1));
    QCOMPARE(names(queue.items()),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(queue.setPriority(4242, 1).error().kind(), ErrorKind::NotFound);
}

void TestTransferQueue::expandPlacesChildrenWhereFolderStood()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items{file(QStringLiteral("a"), 2), folder(QStringLiteral("F"), 2),
                           file(QStringLiteral("b"), 2), file(QStringLiteral("low"), 0)};
    QVERIFY(queue.add(items));
    const qint64 folderId = items[1].id;
    QVERIFY(queue.setState(folderId, ItemState::Running)); // as the scheduler lists it

    QList<QueueItem> children{file(QStringLiteral("c1")), folder(QStringLiteral("sub")),
                              file(QStringLiteral("c3"))};
    children[0].priority = 7; // ignored: children take the folder's priority
    QVERIFY(queue.expand(folderId, children));
    for (const QueueItem &child : children) {
        QVERIFY(child.id > 0);
        QCOMPARE(child.parentId, folderId);
        QCOMPARE(child.priority, 2);
        QVERIFY(child.created.isValid());
    }
    QCOMPARE(
        names(queue.items()),
        (QStringList{QStringLiteral("a"), QStringLiteral("F"), QStringLiteral("c1"), QStringLiteral("sub"),
                     QStringLiteral("c3"), QStringLiteral("b"), QStringLiteral("low")}));
    const QueueItem expanded = *queue.item(folderId);
    QCOMPARE(int(expanded.state), int(ItemState::Done));
    QVERIFY(expanded.isFolder);
    compareItems(*queue.item(children[1].id), children[1]);

    // Run order after the item before the folder is done: the folder's first child.
    QVERIFY(queue.setState(items[0].id, ItemState::Done));
    QCOMPARE(queue.nextRunnable()->id, children[0].id);

    // A nested expand lands inside the outer folder's contents.
    QList<QueueItem> grandchildren{file(QStringLiteral("g1")), file(QStringLiteral("g2"))};
    QVERIFY(queue.expand(children[1].id, grandchildren));
    QCOMPARE(names(queue.items()),
             (QStringList{QStringLiteral("a"), QStringLiteral("F"), QStringLiteral("c1"),
                          QStringLiteral("sub"), QStringLiteral("g1"), QStringLiteral("g2"),
                          QStringLiteral("c3"), QStringLiteral("b"), QStringLiteral("low")}));

    // An empty folder just becomes Done.
    const qint64 empty = addOne(queue, folder(QStringLiteral("E")));
    QList<QueueItem> none;
    QVERIFY(queue.expand(empty, none));
    QCOMPARE(int(queue.item(empty)->state), int(ItemState::Done));
}

// A big folder goes in parts: each part follows the parts before it, all before what
// followed the folder; the folder becomes Done with the last part only. childPaths()
// names what is stored (remote paths for a download).
void TestTransferQueue::expandInParts()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items{folder(QStringLiteral("F")), file(QStringLiteral("b"))};
    QVERIFY(queue.add(items));
    const qint64 folderId = items[0].id;
    QVERIFY(queue.setState(folderId, ItemState::Running));
    QList<QueueItem> first{file(QStringLiteral("c1")), file(QStringLiteral("c2"))};
    QVERIFY(queue.expand(folderId, first, false));
    QCOMPARE(int(queue.item(folderId)->state), int(ItemState::Running));
    QList<QueueItem> second{file(QStringLiteral("c3"))};
    QVERIFY(queue.expand(folderId, second, false));
    QList<QueueItem> last{file(QStringLiteral("c4")), file(QStringLiteral("c5"))};
    QVERIFY(queue.expand(folderId, last, true));
    QCOMPARE(int(queue.item(folderId)->state), int(ItemState::Done));
    QCOMPARE(
        names(queue.items()),
        (QStringList{QStringLiteral("F"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                     QStringLiteral("c4"), QStringLiteral("c5"), QStringLiteral("b")}));
    QSet<QString> paths;
    for (const QList<QueueItem> *part : {&first, &second, &last}) {
        for (const QueueItem &child : *part)
            paths.insert(child.remotePath);
    }
    QCOMPARE(queue.childPaths(folderId), paths);
    QVERIFY(queue.childPaths(items[1].id).isEmpty());
}

void TestTransferQueue::expandRefusesNonFolders()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 plain = addOne(queue, file(QStringLiteral("a")));
    const qint64 dir = addOne(queue, folder(QStringLiteral("F")));
    QList<QueueItem> children{file(QStringLiteral("c"))};
    QCOMPARE(queue.expand(plain, children).error().kind(), ErrorKind::Local);
    QCOMPARE(queue.expand(777, children).error().kind(), ErrorKind::NotFound);
    QVERIFY(queue.expand(dir, children));
    QList<QueueItem> again{file(QStringLiteral("c"))};
    QCOMPARE(queue.expand(dir, again).error().kind(), ErrorKind::Local); // expanded already
    QCOMPARE(queue.items().size(), 3);
}

void TestTransferQueue::expandHundredThousand()
{
    constexpr int kChildren = 100'000;
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 before = addOne(queue, file(QStringLiteral("before")));
    const qint64 dir = addOne(queue, folder(QStringLiteral("tree")));
    const qint64 after = addOne(queue, file(QStringLiteral("after")));

    QList<QueueItem> children;
    children.reserve(kChildren);
    for (int i = 0; i < kChildren; ++i) {
        QueueItem child = file(QStringLiteral("d%1/f%2.dat").arg(i / 1000).arg(i));
        child.size = i;
        children << child;
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(queue.expand(dir, children));
    const qint64 elapsed = timer.elapsed();
    qInfo("expand of %d children: %lld ms", kChildren, static_cast<long long>(elapsed));
    // 30 s, multiplied in sanitizer builds (under TSan it took 36 s here).
    QVERIFY2(elapsed < 30'000 * ferry::test::kSanitizerTimeFactor, "expand took more than 30 s");

    QCOMPARE(queue.count(ItemState::Queued), kChildren + 2);
    const QList<QueueItem> all = queue.items();
    QCOMPARE(all.size(), kChildren + 3);
    QCOMPARE(all.first().id, before);
    QCOMPARE(all.at(1).id, dir);
    QCOMPARE(all.at(2).remotePath, QStringLiteral("/remote/d0/f0.dat"));
    QCOMPARE(all.at(kChildren + 1).remotePath, QStringLiteral("/remote/d99/f99999.dat"));
    QCOMPARE(all.last().id, after);
    for (int i = 0; i < kChildren; ++i) {
        if (all.at(i + 2).size != i)
            QFAIL(qPrintable(QStringLiteral("child %1 is out of order").arg(i)));
    }
    QVERIFY(queue.setState(before, ItemState::Done));
    QCOMPARE(queue.nextRunnable()->id, children.first().id);

    timer.restart();
    QVERIFY(queue.remove(dir));
    qInfo("remove of the folder and %d children: %lld ms", kChildren,
          static_cast<long long>(timer.elapsed()));
    QCOMPARE(ids(queue.items()), (QList<qint64>{before, after}));
}

void TestTransferQueue::userActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("to");

    const int queued = int(ItemState::Queued), running = int(ItemState::Running),
              paused = int(ItemState::Paused), failed = int(ItemState::Failed), done = int(ItemState::Done),
              skipped = int(ItemState::Skipped), cancelled = int(ItemState::Cancelled);
    QTest::newRow("pause queued") << QStringLiteral("pause") << queued << true << paused;
    QTest::newRow("pause running") << QStringLiteral("pause") << running << true << paused;
    QTest::newRow("pause paused") << QStringLiteral("pause") << paused << true << paused;
    QTest::newRow("pause done") << QStringLiteral("pause") << done << false << done;
    QTest::newRow("pause failed") << QStringLiteral("pause") << failed << false << failed;
    QTest::newRow("resume paused") << QStringLiteral("resume") << paused << true << queued;
    QTest::newRow("resume queued") << QStringLiteral("resume") << queued << true << queued;
    QTest::newRow("resume failed") << QStringLiteral("resume") << failed << false << failed;
    QTest::newRow("retry failed") << QStringLiteral("retry") << failed << true << queued;
    QTest::newRow("retry cancelled") << QStringLiteral("retry") << cancelled << true << queued;
    QTest::newRow("retry skipped") << QStringLiteral("retry") << skipped << true << queued;
    QTest::newRow("retry done") << QStringLiteral("retry") << done << false << done;
    QTest::newRow("retry running") << QStringLiteral("retry") << running << false << running;
}

void TestTransferQueue::userActions()
{
    QFETCH(QString, action);
    QFETCH(int, from);
    QFETCH(bool, ok);
    QFETCH(int, to);

    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QueueItem item = file(QStringLiteral("x"));
    item.state = ItemState(from);
    item.attempts = 3;
    item.lastError = QStringLiteral("timed out");
    const qint64 id = addOne(queue, item);
    QVERIFY(id > 0);

    ferry::remote::Status status;
    if (action == QLatin1String("pause"))
        status = queue.pause(id);
    else if (action == QLatin1String("resume"))
        status = queue.resume(id);
    else
        status = queue.retry(id);
    QCOMPARE(status.ok(), ok);
    if (!ok)
        QCOMPARE(status.error().kind(), ErrorKind::Local);
    const QueueItem stored = *queue.item(id);
    QCOMPARE(int(stored.state), to);
    const bool retried = action == QLatin1String("retry") && ok;
    QCOMPARE(stored.attempts, retried ? 0 : 3);
}

void TestTransferQueue::unknownIdIsNotFound()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    addOne(queue, file(QStringLiteral("a")));
    const qint64 ghost = 31337;
    QCOMPARE(queue.pause(ghost).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.resume(ghost).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.retry(ghost).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.remove(ghost).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.setPriority(ghost, 1).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.moveBefore(ghost, 0).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.setState(ghost, ItemState::Done).error().kind(), ErrorKind::NotFound);
    QCOMPARE(queue.setProgress(ghost, 1, 2).error().kind(), ErrorKind::NotFound);
    QVERIFY(!queue.item(ghost));
}

void TestTransferQueue::removeFolderRemovesDescendants()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 keepA = addOne(queue, file(QStringLiteral("a")));
    const qint64 top = addOne(queue, folder(QStringLiteral("top")));
    const qint64 keepB = addOne(queue, file(QStringLiteral("b")));
    QList<QueueItem> children{file(QStringLiteral("c1")), folder(QStringLiteral("sub"))};
    QVERIFY(queue.expand(top, children));
    QList<QueueItem> grandchildren{file(QStringLiteral("g1")), file(QStringLiteral("g2"))};
    QVERIFY(queue.expand(children[1].id, grandchildren));
    QCOMPARE(queue.items().size(), 7);

    // A single child goes alone.
    QVERIFY(queue.remove(children[0].id));
    QCOMPARE(queue.items().size(), 6);
    QVERIFY(queue.remove(top));
    QCOMPARE(ids(queue.items()), (QList<qint64>{keepA, keepB}));
    QVERIFY(!queue.item(grandchildren[1].id));
    // Ids are never reused.
    QVERIFY(addOne(queue, file(QStringLiteral("new"))) > grandchildren[1].id);
}

void TestTransferQueue::clearDone()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    QList<QueueItem> items;
    const ItemState states[] = {ItemState::Queued,    ItemState::Running, ItemState::Paused,
                                ItemState::Failed,    ItemState::Done,    ItemState::Skipped,
                                ItemState::Cancelled, ItemState::Done};
    for (const ItemState state : states) {
        QueueItem item = file(toString(state));
        item.state = state;
        items << item;
    }
    QVERIFY(queue.add(items));
    // A done folder whose contents are still queued stays, so no child loses its parent;
    // one whose contents are all finished goes with them.
    const qint64 busy = addOne(queue, folder(QStringLiteral("busy")));
    QList<QueueItem> busyChildren{file(QStringLiteral("b1")), folder(QStringLiteral("bsub"))};
    QVERIFY(queue.expand(busy, busyChildren));
    QList<QueueItem> deep{file(QStringLiteral("deep"))};
    QVERIFY(queue.expand(busyChildren[1].id, deep)); // bsub Done, deep Queued
    QVERIFY(queue.setState(busyChildren[0].id, ItemState::Done));
    const qint64 finished = addOne(queue, folder(QStringLiteral("finished")));
    QList<QueueItem> finishedChildren{file(QStringLiteral("f1"))};
    QVERIFY(queue.expand(finished, finishedChildren));
    QVERIFY(queue.setState(finishedChildren[0].id, ItemState::Skipped));

    const auto removed = queue.clearDone();
    QVERIFY(removed);
    // done, skipped, done, b1, finished, f1
    QCOMPARE(removed.value(), 6);
    QCOMPARE(names(queue.items()),
             (QStringList{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("paused"),
                          QStringLiteral("failed"), QStringLiteral("cancelled"), QStringLiteral("busy"),
                          QStringLiteral("bsub"), QStringLiteral("deep")}));
    QCOMPARE(queue.clearDone().value(), 0);
    QVERIFY(queue.setState(deep[0].id, ItemState::Done));
    QCOMPARE(queue.clearDone().value(), 3); // deep, bsub, busy
}

void TestTransferQueue::stateAndProgress()
{
    TransferQueue queue;
    QVERIFY(queue.open(m_path));
    const qint64 id = addOne(queue, file(QStringLiteral("a")));
    const QDateTime created = queue.item(id)->created;
    QTest::qWait(5);
    QVERIFY(queue.setProgress(id, 512, 2048));
    QueueItem item = *queue.item(id);
    QCOMPARE(item.bytesDone, 512);
    QCOMPARE(item.size, 2048);
    QVERIFY(item.updated > created);
    QVERIFY(queue.setState(id, ItemState::Failed, QStringLiteral("421 Too many connections")));
    item = *queue.item(id);
    QCOMPARE(int(item.state), int(ItemState::Failed));
    QCOMPARE(item.lastError, QStringLiteral("421 Too many connections"));
    QCOMPARE(item.attempts, 0); // the scheduler counts attempts (update())
    QCOMPARE(queue.count(ItemState::Failed), 1);
    QVERIFY(queue.setState(id, ItemState::Queued));
    QVERIFY(queue.item(id)->lastError.isEmpty());
}

void TestTransferQueue::runningBecomesQueuedOnReopen()
{
    qint64 running = 0, paused = 0;
    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        running = addOne(queue, file(QStringLiteral("r")));
        paused = addOne(queue, file(QStringLiteral("p")));
        QVERIFY(queue.setState(running, ItemState::Running));
        QVERIFY(queue.setProgress(running, 300, 1000));
        QVERIFY(queue.pause(paused));
    }
    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        QVERIFY(queue.recoveryMessage().isEmpty());
        QCOMPARE(int(queue.item(running)->state), int(ItemState::Queued));
        QCOMPARE(queue.item(running)->bytesDone, 300);
        QCOMPARE(int(queue.item(paused)->state), int(ItemState::Paused));

        QVERIFY(queue.setState(running, ItemState::Running));
        QVERIFY(queue.requeueRunning());
        QCOMPARE(queue.count(ItemState::Running), 0);
    }
    // The file is in WAL mode with the current schema version, and the run-order query
    // walks the index instead of sorting.
    QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
    QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    const QStringList plan =
        rawQuery(m_path, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM items WHERE state = 0 "
                                        "ORDER BY priority DESC, position, id"));
    QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")),
             qPrintable(plan.join(QLatin1Char(' '))));
}

void TestTransferQueue::inMemoryQueue()
{
    TransferQueue queue;
    QVERIFY(queue.open(QStringLiteral(":memory:")));
    QVERIFY(queue.isOpen());
    const qint64 id = addOne(queue, file(QStringLiteral("m")));
    QVERIFY(id > 0);
    QCOMPARE(queue.items().size(), 1);
    QVERIFY(!QFile::exists(QStringLiteral(":memory:")));

    TransferQueue closed;
    QVERIFY(!closed.isOpen());
    QList<QueueItem> items{file(QStringLiteral("x"))};
    QCOMPARE(closed.add(items).error().kind(), ErrorKind::Local);
    QVERIFY(closed.items().isEmpty());
}

void TestTransferQueue::brokenDatabaseMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("SQLite header, garbage after") << QStringLiteral("header");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
    QTest::newRow("someone else's database") << QStringLiteral("foreign");
    QTest::newRow("schema 1 without the table") << QStringLiteral("notable");
}

void TestTransferQueue::brokenDatabaseMovedAside()
{
    QFETCH(QString, kind);
    QByteArray garbage(16384, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);

    if (kind == QLatin1String("garbage")) {
        QVERIFY(writeAll(m_path, garbage));
        QVERIFY(writeAll(m_path + QStringLiteral("-wal"), garbage.left(100)));
    } else if (kind == QLatin1String("header")) {
        QVERIFY(writeAll(m_path, QByteArray("SQLite format 3\0", 16) + garbage));
    } else if (kind == QLatin1String("pages")) {
        {
            TransferQueue queue;
            QVERIFY(queue.open(m_path));
            QList<QueueItem> items;
            for (int i = 0; i < 2000; ++i)
                items << file(QStringLiteral("file%1").arg(i));
            QVERIFY(queue.add(items));
        }
        QByteArray bytes = readAll(m_path);
        QVERIFY(bytes.size() > 4096 * 8);
        bytes.replace(4096, bytes.size() - 8192,
                      garbage.repeated(bytes.size() / garbage.size() + 1).left(bytes.size() - 8192));
        QVERIFY(writeAll(m_path, bytes));
    } else if (kind == QLatin1String("foreign")) {
        QCOMPARE(rawQuery(m_path, QStringLiteral("CREATE TABLE photos (id INTEGER)")), QStringList());
    } else if (kind == QLatin1String("notable")) {
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA user_version = 1")), QStringList());
    }
    const QByteArray original = readAll(m_path);
    QVERIFY(!original.isEmpty());

    TransferQueue queue;
    const auto status = queue.open(m_path);
    QVERIFY2(status, status ? "" : qPrintable(status.error().message()));
    QVERIFY(queue.isOpen());
    qInfo().noquote() << queue.recoveryMessage();
    QVERIFY(!queue.recoveryMessage().isEmpty());

    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("queue.sqlite.broken-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(QLatin1Char(' '))));
    const QString brokenName = aside.first();
    QVERIFY(QRegularExpression(QStringLiteral("^queue\\.sqlite\\.broken-\\d{8}T\\d{6}Z$"))
                .match(brokenName)
                .hasMatch());
    QVERIFY(queue.recoveryMessage().contains(m_dir->filePath(brokenName)));
    QCOMPARE(readAll(m_dir->filePath(brokenName)), original);
    if (kind == QLatin1String("garbage"))
        QVERIFY(aside.contains(brokenName + QStringLiteral("-wal")));

    // The fresh queue works.
    QVERIFY(queue.items().isEmpty());
    const qint64 id = addOne(queue, file(QStringLiteral("fresh")));
    QVERIFY(id > 0);
    QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA quick_check")), QStringList{QStringLiteral("ok")});

    // Opening again: nothing to recover.
    TransferQueue again;
    QVERIFY(again.open(m_path));
    QVERIFY(again.recoveryMessage().isEmpty());
    QCOMPARE(again.items().size(), 1);
}

void TestTransferQueue::newerSchemaLeftAlone()
{
    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        addOne(queue, file(QStringLiteral("from the future")));
    }
    QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA user_version = 7")), QStringList());
    const QByteArray original = readAll(m_path);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);

    TransferQueue queue;
    const auto status = queue.open(m_path);
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), ErrorKind::Local);
    QVERIFY2(status.error().message().contains(QLatin1String("newer Ferry")),
             qPrintable(status.error().message()));
    QVERIFY(!queue.isOpen());
    QVERIFY(queue.recoveryMessage().isEmpty());
    QList<QueueItem> items{file(QStringLiteral("x"))};
    QVERIFY(!queue.add(items));

    QCOMPARE(readAll(m_path), original);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
    QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("7")});
}

void TestTransferQueue::killDuringWritesLosesNothingCommitted()
{
    // Several rounds on one file: each writer continues the queue the last one left after
    // its SIGKILL, so recovery of an un-checkpointed WAL is exercised too.
    QList<qint64> committed;
    for (const int threshold : {300, 1100, 1900, 2600}) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kWriterEnv), m_path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted(10'000));

        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (output.count('\n') < threshold - committed.size() && timer.elapsed() < 30'000 &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        // SIGKILL, wherever it is: just after a flush the writer is inside its next
        // transaction; a random delay lands some kills between a COMMIT and its print.
        QThread::usleep(QRandomGenerator::global()->bounded(3000));
        writer.kill();
        QVERIFY(writer.waitForFinished(10'000));
        output += writer.readAllStandardOutput();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QVERIFY2(output.count('\n') > 0, writer.readAllStandardError().constData());

        // An id is printed only after its commit, and only whole lines count.
        for (const QByteArray &line : output.left(output.lastIndexOf('\n')).split('\n'))
            committed << line.toLongLong();

        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        QVERIFY2(queue.recoveryMessage().isEmpty(), qPrintable(queue.recoveryMessage()));
        QSet<qint64> present;
        for (const QueueItem &item : queue.items())
            present.insert(item.id);
        for (const qint64 id : std::as_const(committed))
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("committed id %1 is missing").arg(id)));
        QVERIFY(present.size() >= committed.size());
        qInfo("writer killed after %lld reported commits in all; %lld items in the queue",
              static_cast<long long>(committed.size()), static_cast<long long>(present.size()));
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA quick_check")), QStringList{QStringLiteral("ok")});
    }
}

void TestTransferQueue::passwordNeverStored_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("secret");
    QTest::newRow("sftp") << QStringLiteral("sftp://bob:Hunter2Secret@host.example:22")
                          << QStringLiteral("sftp://bob@host.example:22") << QStringLiteral("Hunter2Secret");
    QTest::newRow("ftpes with path") << QStringLiteral("ftpes://alice:Pa55wordXyz@ftp.example.com:21/pub")
                                     << QStringLiteral("ftpes://alice@ftp.example.com:21/pub")
                                     << QStringLiteral("Pa55wordXyz");
    QTest::newRow("encoded characters") << QStringLiteral("ftp://carol:s%40cr%3At-Word@h")
                                        << QStringLiteral("ftp://carol@h") << QStringLiteral("cr%3At-Word");
    QTest::newRow("raw @ in password") << QStringLiteral("ftp://dave:my@secret:Word@host")
                                       << QStringLiteral("ftp://dave@host") << QStringLiteral("secret:Word");
    QTest::newRow("empty user") << QStringLiteral("ftp://:OnlyPassw0rd@host") << QStringLiteral("ftp://host")
                                << QStringLiteral("OnlyPassw0rd");
    QTest::newRow("no password") << QStringLiteral("ftpes://bob@ftp.example.com:21")
                                 << QStringLiteral("ftpes://bob@ftp.example.com:21") << QString();
    QTest::newRow("site reference") << QStringLiteral("site:My:Server") << QStringLiteral("site:My:Server")
                                    << QString();
}

void TestTransferQueue::passwordNeverStored()
{
    QFETCH(QString, site);
    QFETCH(QString, stored);
    QFETCH(QString, secret);
    {
        TransferQueue queue;
        QVERIFY(queue.open(m_path));
        QueueItem item = file(QStringLiteral("a"));
        item.direction = Direction::Copy;
        item.site = site;
        item.targetSite = site;
        item.options.connect = QJsonObject{{QStringLiteral("password"), QStringLiteral("OptionSecret1")},
                                           {QStringLiteral("passive"), true}};
        QList<QueueItem> items{item};
        QVERIFY(queue.add(items));
        QCOMPARE(items.first().site, stored);
        const QueueItem read = *queue.item(items.first().id);
        QCOMPARE(read.site, stored);
        QCOMPARE(read.targetSite, stored);
        QVERIFY(!read.options.connect.contains(QStringLiteral("password")));
        QVERIFY(read.options.connect.value(QStringLiteral("passive")).toBool());

        // update() is held to the same rule.
        QueueItem again = read;
        again.site = site;
        QVERIFY(queue.update(again));
        QCOMPARE(queue.item(again.id)->site, stored);
        QList<QueueItem> children{file(QStringLiteral("c"))};
        children[0].site = site;
        const qint64 dir = addOne(queue, folder(QStringLiteral("F")));
        QVERIFY(queue.expand(dir, children));
        QCOMPARE(queue.item(children[0].id)->site, stored);
    }
    QByteArray raw;
    for (const QString &name : QDir(m_dir->path()).entryList({QStringLiteral("queue.sqlite*")}, QDir::Files))
        raw += readAll(m_dir->filePath(name));
    QVERIFY(raw.size() > 0);
    QVERIFY(!raw.contains("OptionSecret1"));
    if (!secret.isEmpty()) {
        QVERIFY(!raw.contains(secret.toUtf8()));
        QVERIFY(!raw.contains(QUrl::fromPercentEncoding(secret.toUtf8()).toUtf8()));
    }
}

void TestTransferQueue::uniqueConnections()
{
    // Two queues on one file (GUI and CLI), and on different files, side by side.
    TransferQueue a, b, c;
    QVERIFY(a.open(m_path));
    QVERIFY(b.open(m_path));
    QVERIFY(c.open(m_dir->filePath(QStringLiteral("other.sqlite"))));
    const qint64 id = addOne(a, file(QStringLiteral("shared")));
    QCOMPARE(b.item(id)->remotePath, QStringLiteral("/remote/shared"));
    QVERIFY(c.items().isEmpty());
    const QStringList before = QSqlDatabase::connectionNames();
    QVERIFY(a.open(m_path)); // reopening replaces the connection
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size());
    {
        TransferQueue d;
        QVERIFY(d.open(m_path));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterEnv))
        return runWriter(qEnvironmentVariable(kWriterEnv));
    TestTransferQueue test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transferqueue.moc"
