// RemoteFileModel and RemoteTreeModel: QAbstractItemModelTester on both, sorting as file
// managers sort, and a 100,000-entry listing going in without stalling the event loop.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <memory>

#include "FakeFileSystem.h"
#include "UiTestSupport.h"
#include "common/Format.h"
#include "panes/DirectSave.h"
#include "panes/PaneMenus.h"
#include "panes/RemoteDragData.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemoteTreeModel.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::FakeFileSystem;

namespace {
Listing listingOf(const QString &path, int big = 100000)
{
    return FakeFileSystem::listingOf(RemotePath(path), big).value();
}

DirEntry entry(const QString &name, EntryType type)
{
    DirEntry e;
    e.name = name;
    e.type = type;
    e.size = type == EntryType::File ? 10 : 0;
    return e;
}

// /srv/a: folders "x" (with "x/deep" below), "y", and the file "f.txt".
Listing moveListing()
{
    return Listing{RemotePath(QStringLiteral("/srv/a")),
                   {entry(QStringLiteral("x"), EntryType::Dir), entry(QStringLiteral("y"), EntryType::Dir),
                    entry(QStringLiteral("f.txt"), EntryType::File)},
                   {},
                   {}};
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
    void treeHidesHiddenFoldersAsTheListDoes();
    void fileModelDropsOfRemoteEntriesMove();
    void treeModelDropsOfRemoteEntriesMove();
    void moveQuestionNamesTheFirstFew();
    void dragOutOffersDirectSaveAndNothingElse();
    void directSaveFolderIsChecked();
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
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("big"), QStringLiteral("docs"), QStringLiteral("empty"),
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
    // A limit on the wait, not on the time it takes (the stall bound below is what is
    // asserted): scaled in sanitizer builds, where sorting 100,000 entries outlived 60 s.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000 * ferry::test::kSanitizerTimeFactor);
    const qint64 total = clock.elapsed();
    qInfo("100,000 entries: %lld ms in all, %d batches, longest event-loop stall %lld ms", total,
          int(inserted.count()), meter.longest());
    QCOMPARE(model.rowCount(), 100001);
    QVERIFY(inserted.count() >= 100000 / RemoteFileModel::kBatchSize);
    QCOMPARE(model.index(1, NameColumn).data().toString(), QStringLiteral("file000001.dat"));
    QCOMPARE(model.index(100000, NameColumn).data().toString(), QStringLiteral("file100000.dat"));
    QVERIFY2(meter.longest() < ferry::test::kStallLimitMs,
             qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
}

void TestRemoteModels::bigListingResortKeepsSelection()
{
    RemoteFileModel model;
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.show();
    model.setListing(listingOf(QStringLiteral("/big"), 50000));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000 * ferry::test::kSanitizerTimeFactor);
    const QPersistentModelIndex picked =
        model.index(model.rowOf(QStringLiteral("file000123.dat")), NameColumn);
    QVERIFY(picked.isValid());
    ferry::test::StallMeter meter;
    view.sortByColumn(SizeColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000 * ferry::test::kSanitizerTimeFactor);
    qInfo("re-sorting 50,000 entries: longest event-loop stall %lld ms", meter.longest());
    QVERIFY(picked.isValid());
    QCOMPARE(picked.data().toString(), QStringLiteral("file000123.dat"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 1; row < model.rowCount(); row += 997) {
        const qint64 size = model.index(row, 0).data(RemoteFileModel::SizeBytesRole).toLongLong();
        QVERIFY(size <= previous);
        previous = size;
    }
    QVERIFY2(meter.longest() < ferry::test::kStallLimitMs,
             qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
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

// "Show hidden files" off (the default): the tree leaves out ".git" as the list leaves out
// ".git" and ".profile"; switched on, both show it at once (and what was listed below it
// after), switched off, it goes again.
void TestRemoteModels::treeHidesHiddenFoldersAsTheListDoes()
{
    const Listing srv{
        RemotePath(QStringLiteral("/srv")),
        {entry(QStringLiteral(".git"), EntryType::Dir), entry(QStringLiteral("pub"), EntryType::Dir),
         entry(QStringLiteral(".profile"), EntryType::File), entry(QStringLiteral("a.txt"), EntryType::File)},
        {},
        {}};
    RemoteTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RemoteFileModel list;
    tree.setListing(srv);
    list.setListing(srv);
    QTRY_VERIFY(!list.isLoading());
    const auto treeNames = [&tree](const QString &path) {
        QStringList out;
        const QModelIndex parent = tree.indexOf(RemotePath(path));
        for (int row = 0; row < tree.rowCount(parent); ++row)
            out << tree.index(row, 0, parent).data().toString();
        return out;
    };
    QCOMPARE(treeNames(QStringLiteral("/srv")), QStringList{QStringLiteral("pub")});
    QVERIFY(!names(list).contains(QStringLiteral(".git")));

    tree.setShowHidden(true);
    list.setShowHidden(true);
    QTRY_VERIFY(!list.isLoading());
    QCOMPARE(treeNames(QStringLiteral("/srv")), (QStringList{QStringLiteral(".git"), QStringLiteral("pub")}));
    QVERIFY(names(list).contains(QStringLiteral(".git")));
    tree.setListing(Listing{
        RemotePath(QStringLiteral("/srv/.git")),
        {entry(QStringLiteral("objects"), EntryType::Dir), entry(QStringLiteral(".hooks"), EntryType::Dir)},
        {},
        {}});
    QCOMPARE(treeNames(QStringLiteral("/srv/.git")),
             (QStringList{QStringLiteral(".hooks"), QStringLiteral("objects")}));

    tree.setShowHidden(false);
    QCOMPARE(treeNames(QStringLiteral("/srv")), QStringList{QStringLiteral("pub")});
    QVERIFY(!tree.indexOf(RemotePath(QStringLiteral("/srv/.git"))).isValid());
}

// The list's drop decisions for this server's entries: a folder row (or "..") takes them,
// as a move; a file row, the folder they are in, a dragged folder itself, a folder below
// one, or another server's entries do not.
void TestRemoteModels::fileModelDropsOfRemoteEntriesMove()
{
    RemoteFileModel model;
    model.setDragSite(QStringLiteral("ftp://u@h:21"));
    model.setListing(moveListing());
    QTRY_VERIFY(!model.isLoading());
    const auto rowIndex = [&model](const QString &name) {
        return model.index(model.rowOf(name), 0);
    };
    QSignalSpy moves(&model, &RemoteFileModel::moveRequested);

    // f.txt and y dragged from /srv/a.
    std::unique_ptr<QMimeData> drag(
        model.mimeData({rowIndex(QStringLiteral("f.txt")), rowIndex(QStringLiteral("y"))}));
    QVERIFY(drag);
    QVERIFY(model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("x"))));
    QVERIFY(model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, model.index(0, 0))); // "..": /srv
    QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1,
                                   rowIndex(QStringLiteral("f.txt"))));                 // a file
    QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, QModelIndex())); // where they are
    QVERIFY(
        !model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("y")))); // itself
    QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, 2, 0, QModelIndex())); // between rows
    QVERIFY(!model.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("y"))));
    QCOMPARE(moves.count(), 0);

    QVERIFY(model.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("x"))));
    QCOMPARE(moves.count(), 1);
    const auto sources = moves.at(0).at(0).value<QList<ferry::transfer::RemoteSource>>();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(moves.at(0).at(1).value<RemotePath>(), RemotePath(QStringLiteral("/srv/a/x")));

    // The same entries seen from below a dragged folder: /srv/a/y/inner shows y's children.
    RemoteFileModel below;
    below.setDragSite(QStringLiteral("ftp://u@h:21"));
    below.setListing(Listing{
        RemotePath(QStringLiteral("/srv/a/y")), {entry(QStringLiteral("inner"), EntryType::Dir)}, {}, {}});
    QTRY_VERIFY(!below.isLoading());
    QVERIFY(!below.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1,
                                   below.index(below.rowOf(QStringLiteral("inner")), 0)));
    QVERIFY(!below.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, QModelIndex()));

    // Another server's entries (or a pane not connected) are no move.
    RemoteFileModel other;
    other.setDragSite(QStringLiteral("sftp://u@elsewhere:22"));
    other.setListing(moveListing());
    QTRY_VERIFY(!other.isLoading());
    QVERIFY(!other.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1,
                                   other.index(other.rowOf(QStringLiteral("x")), 0)));

    // Local files still upload as before.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("up.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QMimeData local;
    local.setUrls({QUrl::fromLocalFile(file.fileName())});
    QVERIFY(model.canDropMimeData(&local, Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("x"))));
    QVERIFY(model.canDropMimeData(&local, Qt::CopyAction, -1, -1, QModelIndex()));
    QVERIFY(!model.canDropMimeData(&local, Qt::CopyAction, -1, -1, rowIndex(QStringLiteral("f.txt"))));
}

void TestRemoteModels::treeModelDropsOfRemoteEntriesMove()
{
    RemoteTreeModel tree;
    tree.setDragSite(QStringLiteral("ftp://u@h:21"));
    tree.setListing(
        Listing{RemotePath(QStringLiteral("/")), {entry(QStringLiteral("srv"), EntryType::Dir)}, {}, {}});
    tree.setListing(
        Listing{RemotePath(QStringLiteral("/srv")), {entry(QStringLiteral("a"), EntryType::Dir)}, {}, {}});
    tree.setListing(moveListing());
    tree.setListing(Listing{
        RemotePath(QStringLiteral("/srv/a/x")), {entry(QStringLiteral("deep"), EntryType::Dir)}, {}, {}});
    QSignalSpy moves(&tree, &RemoteTreeModel::moveRequested);

    RemoteFileModel list;
    list.setDragSite(QStringLiteral("ftp://u@h:21"));
    list.setListing(moveListing());
    QTRY_VERIFY(!list.isLoading());
    std::unique_ptr<QMimeData> drag(list.mimeData({list.index(list.rowOf(QStringLiteral("x")), 0)}));
    QVERIFY(drag);
    const auto at = [&tree](const QString &path) {
        return tree.indexOf(RemotePath(path));
    };
    QVERIFY(at(QStringLiteral("/srv/a/x/deep")).isValid());
    QVERIFY(tree.flags(at(QStringLiteral("/srv"))) & Qt::ItemIsDropEnabled);
    QVERIFY(tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/srv/a/y"))));
    QVERIFY(tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/srv"))));
    QVERIFY(tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/"))));
    QVERIFY(!tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1,
                                  at(QStringLiteral("/srv/a")))); // where it is
    QVERIFY(
        !tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/srv/a/x")))); // itself
    QVERIFY(!tree.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1,
                                  at(QStringLiteral("/srv/a/x/deep")))); // below it
    QVERIFY(
        !tree.canDropMimeData(drag.get(), Qt::CopyAction, 0, 0, at(QStringLiteral("/srv")))); // between rows
    QVERIFY(!tree.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/srv/a/x/deep"))));
    QCOMPARE(moves.count(), 0);
    QVERIFY(tree.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, at(QStringLiteral("/srv/a/y"))));
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.at(0).at(1).value<RemotePath>(), RemotePath(QStringLiteral("/srv/a/y")));
    QMimeData local;
    local.setUrls({QUrl::fromLocalFile(QDir::tempPath())});
    QVERIFY(!tree.canDropMimeData(&local, Qt::CopyAction, -1, -1, at(QStringLiteral("/srv"))));
}

void TestRemoteModels::moveQuestionNamesTheFirstFew()
{
    QList<ferry::transfer::RemoteSource> sources;
    for (int i = 0; i < 7; ++i)
        sources.append({QStringLiteral("/srv/a/file%1.txt").arg(i), i == 0, 10});
    const QString text = PaneMenus::moveQuestion(sources, RemotePath(QStringLiteral("/srv/b")));
    QVERIFY2(text.startsWith(QStringLiteral("Move 7 item(s) into /srv/b?")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("file0.txt (a folder, with everything in it)")));
    QVERIFY(text.contains(QStringLiteral("file4.txt")));
    QVERIFY(!text.contains(QStringLiteral("file5.txt")));
    QVERIFY(text.contains(QStringLiteral("and 2 more")));
}

// Out of the window: the drag offers the entries, text/uri-list (so a file manager takes the
// drop) and, on X11 only, XdndDirectSave0. A target asking for anything but XDS gets nothing
// and the message says what to do. (Offscreen here: no XDS.)
void TestRemoteModels::dragOutOffersDirectSaveAndNothingElse()
{
    RemoteFileModel model;
    model.setDragSite(QStringLiteral("ftp://u@h:21"));
    model.setListing(moveListing());
    QTRY_VERIFY(!model.isLoading());
    QSignalSpy messages(&model, &RemoteFileModel::dragMessage);
    QSignalSpy saves(&model, &RemoteFileModel::directSaveRequested);
    std::unique_ptr<QMimeData> drag(model.mimeData({model.index(model.rowOf(QStringLiteral("f.txt")), 0)}));
    auto *data = qobject_cast<RemoteDragData *>(drag.get());
    QVERIFY(data);
    QCOMPARE(data->suggestedName(), QStringLiteral("f.txt"));
    QVERIFY(!DirectSave::available());
    QVERIFY(!data->hasFormat(QStringLiteral("XdndDirectSave0")));
    QVERIFY(data->hasFormat(QStringLiteral("text/uri-list")));
    QVERIFY(data->urls().isEmpty());
    QVERIFY(data->data(QStringLiteral("XdndDirectSave0")).isEmpty());
    QCOMPARE(messages.count(), 1); // once per drag, however often it is asked
    QCOMPARE(messages.at(0).at(0).toString(), RemoteDragData::noFolderMessage());
    QVERIFY(RemoteDragData::noFolderMessage().contains(
        QStringLiteral("drop onto a file manager folder to download there")));
    QCOMPARE(saves.count(), 0);
    QCOMPARE(remoteEntriesOf(data).sources.size(), 1);
    std::unique_ptr<QMimeData> two(model.mimeData({model.index(model.rowOf(QStringLiteral("f.txt")), 0),
                                                   model.index(model.rowOf(QStringLiteral("x")), 0)}));
    QCOMPARE(qobject_cast<RemoteDragData *>(two.get())->suggestedName(), QStringLiteral("a"));
}

// The URL an XDS target writes: only a local folder the user can write is taken.
void TestRemoteModels::directSaveFolderIsChecked()
{
    QTemporaryDir dir;
    const QString canonical = QDir(dir.path()).canonicalPath();
    const QByteArray inDir = QUrl::fromLocalFile(dir.filePath(QStringLiteral("f.txt"))).toEncoded();
    QString why;
    QCOMPARE(DirectSave::folderOf(inDir, &why), std::optional<QString>(canonical));
    QCOMPARE(DirectSave::folderOf("file://localhost" + dir.filePath(QStringLiteral("f.txt")).toUtf8(), &why),
             std::optional<QString>(canonical));
    QVERIFY(!DirectSave::folderOf("file://otherhost" + dir.filePath(QStringLiteral("f.txt")).toUtf8(), &why));
    QVERIFY2(why.contains(QStringLiteral("another computer")), qPrintable(why));
    QVERIFY(!DirectSave::folderOf("http://example.com/f.txt", &why));
    QVERIFY(!DirectSave::folderOf("", &why));
    QVERIFY(!DirectSave::folderOf(
        QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing/f.txt"))).toEncoded(), &why));
    QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
    QVERIFY(!DirectSave::folderOf(QUrl::fromLocalFile(dir.path() + QLatin1Char('/')).toEncoded(),
                                  &why)); // no file name
}

QTEST_MAIN(TestRemoteModels)
#include "tst_remotemodels.moc"
