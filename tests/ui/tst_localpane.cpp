// The local pane on a temporary folder: QAbstractItemModelTester on its model, the six
// columns, ".." and folders first, Enter / Backspace / the path bar, and the status line.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "common/Format.h"
#include "panes/LocalFileModel.h"
#include "panes/LocalPane.h"
#include "panes/LocalSortProxy.h"
#include "panes/PathBar.h"

using namespace ferry::ui;

namespace {
void makeFile(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(size, 'x'));
}

QStringList shownNames(const LocalPane &pane)
{
    QStringList out;
    QTreeView *list = pane.fileList();
    const QModelIndex root = list->rootIndex();
    for (int row = 0; row < list->model()->rowCount(root); ++row)
        out << list->model()->index(row, 0, root).data().toString();
    return out;
}
} // namespace

class TestLocalPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void columnsAndOrder();
    void keyboardNavigation();
    void pathBarAndHistory();
    void statusLine();
    void nameColumnStaysReadable();
    void treeKeepsCurrentFolderInView();

private:
    QTemporaryDir m_dir;
};

void TestLocalPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir d(m_dir.path());
    QVERIFY(d.mkpath(QStringLiteral("alpha/inner")));
    QVERIFY(d.mkpath(QStringLiteral("Beta")));
    makeFile(d.filePath(QStringLiteral("small.txt")), 10);
    makeFile(d.filePath(QStringLiteral("big.bin")), 200000);
    makeFile(d.filePath(QStringLiteral("medium.dat")), 3000);
    makeFile(d.filePath(QStringLiteral("alpha/in-alpha.txt")), 5);
}

void TestLocalPane::modelPassesTester()
{
    LocalFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex root = model.setRootPath(m_dir.path());
    QTRY_VERIFY(model.rowCount(root) >= 5);
    QCOMPARE(model.columnCount(root), int(FileColumnCount));
    LocalSortProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SizeColumn, Qt::DescendingOrder);
}

void TestLocalPane::columnsAndOrder()
{
    LocalPane pane;
    pane.show();
    QVERIFY(pane.openFolder(m_dir.path()));
    QTRY_COMPARE(shownNames(pane).size(), 6);
    // ".." first, then folders (case-insensitively), then files.
    QCOMPARE(shownNames(pane), (QStringList{QStringLiteral(".."), QStringLiteral("alpha"),
                                            QStringLiteral("Beta"), QStringLiteral("big.bin"),
                                            QStringLiteral("medium.dat"), QStringLiteral("small.txt")}));
    QTreeView *list = pane.fileList();
    list->sortByColumn(SizeColumn, Qt::AscendingOrder);
    QTRY_COMPARE(
        shownNames(pane).mid(3),
        (QStringList{QStringLiteral("small.txt"), QStringLiteral("medium.dat"), QStringLiteral("big.bin")}));
    list->sortByColumn(SizeColumn, Qt::DescendingOrder);
    QTRY_COMPARE(shownNames(pane).first(), QStringLiteral(".."));
    QCOMPARE(shownNames(pane).mid(3), (QStringList{QStringLiteral("big.bin"), QStringLiteral("medium.dat"),
                                                   QStringLiteral("small.txt")}));
    const QModelIndex root = list->rootIndex();
    const QModelIndex big = list->model()->index(3, 0, root);
    QCOMPARE(big.siblingAtColumn(SizeColumn).data().toString(), humanSize(200000));
    QCOMPARE(big.siblingAtColumn(PermissionsColumn).data().toString().size(), 9);
    QVERIFY(big.siblingAtColumn(OwnerColumn).data().toString().contains(QLatin1Char('/')));
    QCOMPARE(list->model()->headerData(PermissionsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Permissions"));
}

// The name column fills what the other columns leave, but a narrow pane scrolls sideways
// rather than cutting names short; once the user sizes it, it stays as sized.
void TestLocalPane::nameColumnStaysReadable()
{
    LocalPane pane;
    pane.resize(1000, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.openFolder(m_dir.path()));
    QTreeView *list = pane.fileList();
    QHeaderView *header = list->header();
    const int readable = list->fontMetrics().horizontalAdvance(QStringLiteral("a-longer-file-name.txt"));
    const auto columnsWidth = [header] {
        int width = 0;
        for (int column = 0; column < header->count(); ++column)
            width += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
        return width;
    };
    QTRY_COMPARE(columnsWidth(), list->viewport()->width()); // wide: the name fills the rest
    QVERIFY(header->sectionSize(NameColumn) > readable);
    pane.resize(420, 500);
    QTRY_VERIFY(list->viewport()->width() < 420);
    QTRY_VERIFY(header->sectionSize(NameColumn) >= readable); // narrow: still readable
    QVERIFY(columnsWidth() > list->viewport()->width());      // and the pane scrolls sideways
    for (int column = SizeColumn; column < header->count(); ++column) {
        const QString title = list->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > list->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    header->resizeSection(NameColumn, readable + 100); // by hand
    pane.resize(900, 500);
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(NameColumn), readable + 100);
}

// Opening a folder deep in a long tree shows its row, also while the rows above it load.
void TestLocalPane::treeKeepsCurrentFolderInView()
{
    QDir d(m_dir.path());
    for (int i = 0; i < 60; ++i)
        QVERIFY(d.mkpath(QStringLiteral("many/f%1").arg(i, 2, 10, QLatin1Char('0'))));
    const QString deep = d.filePath(QStringLiteral("many/f55"));
    LocalPane pane;
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.openFolder(deep));
    QTreeView *tree = pane.folderTree();
    const auto inView = [tree] {
        const QRect row = tree->visualRect(tree->currentIndex());
        return tree->currentIndex().isValid() && tree->viewport()->rect().contains(row.center());
    };
    QTRY_VERIFY(inView());
    QTest::qWait(300); // the siblings' rows go on loading
    QVERIFY(inView());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("f55"));
}

void TestLocalPane::keyboardNavigation()
{
    LocalPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.openFolder(m_dir.path()));
    QTRY_COMPARE(shownNames(pane).size(), 6);
    QTreeView *list = pane.fileList();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0, list->rootIndex())); // alpha
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(pane.currentPath(), QDir(m_dir.path()).filePath(QStringLiteral("alpha")));
    QTRY_VERIFY(shownNames(pane).contains(QStringLiteral("in-alpha.txt")));
    QTest::keyClick(list, Qt::Key_Backspace);
    QCOMPARE(pane.currentPath(), QDir::cleanPath(m_dir.path()));
    // ".." with Enter goes up too.
    QTRY_COMPARE(shownNames(pane).size(), 6);
    list->setCurrentIndex(list->model()->index(0, 0, list->rootIndex()));
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(pane.currentPath(), QFileInfo(m_dir.path()).absolutePath());
}

void TestLocalPane::pathBarAndHistory()
{
    LocalPane pane;
    pane.show();
    QVERIFY(pane.openFolder(m_dir.path()));
    pane.focusPathBar();
    QLineEdit *edit = pane.pathBar()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QDir(m_dir.path()).filePath(QStringLiteral("Beta")));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(pane.currentPath(), QDir(m_dir.path()).filePath(QStringLiteral("Beta")));
    const QStringList history = pane.pathBar()->history();
    QCOMPARE(history.first(), QDir::toNativeSeparators(pane.currentPath()));
    QVERIFY(history.contains(QDir::toNativeSeparators(QDir::cleanPath(m_dir.path()))));
    // A path that is not a folder leaves the pane where it was, with a message.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("/no/such/folder"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(pane.currentPath(), QDir(m_dir.path()).filePath(QStringLiteral("Beta")));
    QVERIFY(pane.statusLabel()->text().contains(QLatin1String("/no/such/folder")));
}

void TestLocalPane::statusLine()
{
    LocalPane pane;
    pane.show();
    QVERIFY(pane.openFolder(m_dir.path()));
    QTRY_VERIFY(pane.statusLabel()->text().contains(QLatin1String("2 folders")));
    QVERIFY(pane.statusLabel()->text().contains(QLatin1String("3 files")));
    QVERIFY(pane.statusLabel()->text().contains(humanSize(203010)));
    QTreeView *list = pane.fileList();
    list->selectAll();
    QTRY_VERIFY(pane.statusLabel()->text().contains(QLatin1String("selected: 5 items")));
    QVERIFY(!pane.accessibleName().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!pane.folderTree()->accessibleName().isEmpty());
    QVERIFY(!pane.pathBar()->accessibleName().isEmpty());
}

QTEST_MAIN(TestLocalPane)
#include "tst_localpane.moc"
