// RemoteFileModel and RemoteTreeModel: QAbstractItemModelTester on both, sorting as file
// managers sort, and a 100,000-entry listing going in without stalling the event loop.
#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "FakeFileSystem.h"
#include "common/Format.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemoteTreeModel.h"
#include "UiTestSupport.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::FakeFileSystem;

namespace {
Listing listingOf(const QString &path, int big = 100000)
{
    return FakeFileSystem::listingOf(RemotePath(path), big).value();
}

QStringList names(const RemoteFileModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, NameColumn).data().toString();
    return out;
}
} // namespace

class TestRemoteModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileModelPassesTester();
    void upEntryAndColumns();
    void sortsFoldersFirstAndSizesByBytes();
    void bigListingLoadsInBatchesWithoutStall();
    void bigListingResortKeepsSelection();
    void newListingDuringLoadWins();
    void treeModelPassesTester();
    void treeAsksForUnlistedFolders();
};

void TestRemoteModels::fileModelPassesTester()
{
    RemoteFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListing(listingOf(QStringLiteral("/")));
    model.setListing(listingOf(QStringLiteral("/docs")));
    model.sort(SizeColumn, Qt::DescendingOrder);
    model.sort(ModifiedColumn, Qt::AscendingOrder);
    model.setListing(listingOf(QStringLiteral("/empty")));
    model.clear();
    model.setListing(listingOf(QStringLiteral("/big"), 5000)); // above the synchronous limit
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 5001);
    model.sort(NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
}

void TestRemoteModels::upEntryAndColumns()
{
    RemoteFileModel model;
    model.setListing(listingOf(QStringLiteral("/")));
    QCOMPARE(model.rowCount(), 6); // no ".." at the root
    model.setListing(listingOf(QStringLiteral("/docs")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, NameColumn).data().toString(), QStringLiteral(".."));
    QVERIFY(model.isUpRow(0));
    QCOMPARE(model.columnCount(), int(FileColumnCount));
    const int row = model.rowOf(QStringLiteral("b.txt"));
    QVERIFY(row > 0);
    QCOMPARE(model.index(row, SizeColumn).data().toString(), humanSize(2000));
    QCOMPARE(model.index(row, SizeColumn).data(RemoteFileModel::SizeBytesRole).toLongLong(), 2000);
    QCOMPARE(model.index(row, TypeColumn).data().toString(), QStringLiteral("TXT file"));
    QCOMPARE(model.index(row, PermissionsColumn).data().toString(), QStringLiteral("rw-r--r--"));
    QCOMPARE(model.index(row, OwnerColumn).data().toString(), QStringLiteral("ferry/users"));
    QVERIFY(!model.index(row, ModifiedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(OwnerColumn, Qt::Horizontal).toString(), QStringLiteral("Owner/Group"));
    QCOMPARE(model.shownFolders(), 1);
    QCOMPARE(model.shownFiles(), 3);
    QCOMPARE(model.shownBytes(), 2310);
}

void TestRemoteModels::sortsFoldersFirstAndSizesByBytes()
{
    RemoteFileModel model;
    model.setListing(listingOf(QStringLiteral("/")));
    QCOMPARE(names(model), (QStringList{QStringLiteral("big"), QStringLiteral("docs"), QStringLiteral("empty"),
                                        QStringLiteral("pub"), QStringLiteral("data.bin"), QStringLiteral("readme.txt")}));
    model.sort(SizeColumn, Qt::AscendingOrder);
    // 1,234 B before 5.0 MiB: by bytes, not by the text.
    QCOMPARE(names(model).mid(4), (QStringList{QStringLiteral("readme.txt"), QStringLiteral("data.bin")}));
    model.sort(SizeColumn, Qt::DescendingOrder);
    QCOMPARE(names(model).mid(4), (QStringList{QStringLiteral("data.bin"), QStringLiteral("readme.txt")}));
    QVERIFY(model.index(0, NameColumn).data(RemoteFileModel::IsDirRole).toBool()); // folders stay first
    model.setListing(listingOf(QStringLiteral("/docs")));
    QCOMPARE(model.index(0, NameColumn).data().toString(), QStringLiteral("..")); // whatever the order
}

void TestRemoteModels::bigListingLoadsInBatchesWithoutStall()
{
    RemoteFileModel model;
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.setSortingEnabled(true);
    view.setModel(&model);
    view.sortByColumn(NameColumn, Qt::AscendingOrder);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Listing big = listingOf(QStringLiteral("/big"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ferry::test::StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    model.setListing(big);
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    const qint64 total = clock.elapsed();
    qInfo("100,000 entries: %lld ms in all, %d batches, longest event-loop stall %lld ms", total,
          int(inserted.count()), meter.longest());
    QCOMPARE(model.rowCount(), 100001);
    QVERIFY(inserted.count() >= 100000 / RemoteFileModel::kBatchSize);
    QCOMPARE(model.index(1, NameColumn).data().toString(), QStringLiteral("file000001.dat"));
    QCOMPARE(model.index(100000, NameColumn).data().toString(), QStringLiteral("file100000.dat"));
    QVERIFY2(meter.longest() < 100, qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
}

void TestRemoteModels::bigListingResortKeepsSelection()
{
    RemoteFileModel model;
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.show();
    model.setListing(listingOf(QStringLiteral("/big"), 50000));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    const QPersistentModelIndex picked = model.index(model.rowOf(QStringLiteral("file000123.dat")), NameColumn);
    QVERIFY(picked.isValid());
    ferry::test::StallMeter meter;
    view.sortByColumn(SizeColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    qInfo("re-sorting 50,000 entries: longest event-loop stall %lld ms", meter.longest());
    QVERIFY(picked.isValid());
    QCOMPARE(picked.data().toString(), QStringLiteral("file000123.dat"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 1; row < model.rowCount(); row += 997) {
        const qint64 size = model.index(row, 0).data(RemoteFileModel::SizeBytesRole).toLongLong();
        QVERIFY(size <= previous);
        previous = size;
    }
    QVERIFY2(meter.longest() < 100, qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
}

void TestRemoteModels::newListingDuringLoadWins()
{
    RemoteFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListing(listingOf(QStringLiteral("/big"), 20000));
    QVERIFY(model.isLoading());
    model.setListing(listingOf(QStringLiteral("/docs")));
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(50); // a stale sort result must not land
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.path().toString(), QStringLiteral("/docs"));
}

void TestRemoteModels::treeModelPassesTester()
{
    RemoteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing before the first listing
    model.setListing(listingOf(QStringLiteral("/")));
    model.setListing(listingOf(QStringLiteral("/docs")));
    model.setListing(listingOf(QStringLiteral("/docs/sub")));
    Listing shrunk = listingOf(QStringLiteral("/"));
    shrunk.entries.removeIf([](const DirEntry &e) { return e.name == QLatin1String("pub"); });
    model.setListing(shrunk);
    QCOMPARE(model.rowCount(model.indexOf(RemotePath())), 3);
    const QModelIndex sub = model.indexOf(RemotePath(QStringLiteral("/docs/sub")));
    QVERIFY(sub.isValid());
    QCOMPARE(model.pathOf(sub).toString(), QStringLiteral("/docs/sub"));
    QVERIFY(!model.hasChildren(sub)); // listed, no folders in it
    model.clear();
    // Not connected (or disconnected): no leftover "/" row.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOf(RemotePath()).isValid());
    model.setListing(listingOf(QStringLiteral("/docs")));
    QCOMPARE(model.rowCount(), 1);
}

void TestRemoteModels::treeAsksForUnlistedFolders()
{
    RemoteTreeModel model;
    model.setListing(listingOf(QStringLiteral("/")));
    const QModelIndex pub = model.indexOf(RemotePath(QStringLiteral("/pub")));
    QVERIFY(model.hasChildren(pub));
    QVERIFY(model.canFetchMore(pub));
    QSignalSpy needed(&model, &RemoteTreeModel::folderNeeded);
    model.fetchMore(pub);
    model.fetchMore(pub); // asked once
    QCOMPARE(needed.count(), 1);
    QCOMPARE(needed.first().first().value<RemotePath>().toString(), QStringLiteral("/pub"));
    QVERIFY(!model.canFetchMore(pub));
}

QTEST_MAIN(TestRemoteModels)
#include "tst_remotemodels.moc"
