// The local pane showing an archive like a folder, in the real window offscreen: Enter
// on an archive opens it (its listing read off the GUI thread: the pane is busy and
// empty when openArchive returns), the path bar shows archive/inner/folder, the
// read-only badge, rename / delete / new folder refused, Backspace and ".." leave it, a
// path typed into the archive opens it there, a corrupt archive's message in the pane;
// then Compress to… and Extract here from the context menu through the queue panel's
// "Local operations", checked by SHA-256. Screenshots (FERRY_TEST_ARTEFACTS).
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "archive/Archive.h"
#include "common/Format.h"
#include "dialogs/CompressDialog.h"
#include "panes/ArchiveFolderModel.h"
#include "panes/LocalPane.h"
#include "panes/PaneMenus.h"
#include "panes/PathBar.h"
#include "queue/LocalJobsModel.h"
#include "queue/QueuePanel.h"

using namespace ferry::ui;
using Op = PaneMenus::Op;

namespace {
QStringList shownNames(const LocalPane *pane)
{
    QStringList out;
    QTreeView *list = pane->fileList();
    for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row)
        out << list->model()->index(row, 0, list->rootIndex()).data().toString();
    return out;
}

int rowOf(const LocalPane *pane, const QString &name)
{
    return int(shownNames(pane).indexOf(name));
}

void selectRow(const LocalPane *pane, const QString &name)
{
    QTreeView *list = pane->fileList();
    const QModelIndex index = list->model()->index(rowOf(pane, name), 0, list->rootIndex());
    list->setCurrentIndex(index);
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

template <typename T> T *waitForDialog()
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&found] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
                    found = t;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

// The window as it is drawn, into artefactPath(name).
bool saveWidget(QWidget *widget, const QString &name)
{
    const QString path = ferry::test::artefactPath(name);
    qInfo("screenshot: %s", qPrintable(path));
    return widget->grab().save(path);
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}
} // namespace

class TestArchivePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browseArchive();
    void corruptArchive();
    void compressAndExtractFromMenu();

private:
    ferry::test::ScopedSettings m_settings;
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestArchivePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QDir root(m_dir.path());
    QVERIFY(root.mkpath(QStringLiteral("src/site/inner/folder")));
    writeFile(root.filePath(QStringLiteral("src/site/top.txt")), "top\n");
    writeFile(root.filePath(QStringLiteral("src/site/inner/folder/file.txt")), QByteArray(5000, 'f'));
    writeFile(root.filePath(QStringLiteral("src/site/inner/b.bin")), QByteArray(70000, 'b'));
    m_archive = root.filePath(QStringLiteral("site.tar.zst"));
    QVERIFY(ferry::archive::createArchive(m_archive, ferry::archive::ArchiveFormat::TarZst,
                                          {root.filePath(QStringLiteral("src/site"))}));
    writeFile(root.filePath(QStringLiteral("broken.zip")),
              "PK\x03\x04 not a zip at all, only its first bytes");
}

void TestArchivePane::browseArchive()
{
    ferry::test::TestServices services;
    MainWindow window(services.services());
    window.resize(1100, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    LocalPane *local = window.localPane();
    PaneMenus *menus = window.paneMenus();
    QVERIFY(local->openFolder(m_dir.path()));
    QTRY_VERIFY(rowOf(local, QStringLiteral("site.tar.zst")) >= 0);
    QTreeView *list = local->fileList();
    list->setFocus();
    selectRow(local, QStringLiteral("site.tar.zst"));

    // Enter opens it; the listing is read on a worker thread: right after the key the
    // pane is busy and the list empty, then the rows arrive.
    QSignalSpy loaded(local, &LocalPane::archiveLoaded);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(local->isInArchive());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(local->isBusy());
    QCOMPARE(list->model(), local->archiveModel());
    QCOMPARE(local->archiveModel()->rowCount(), 0);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QVERIFY(!local->isBusy());
    QAbstractItemModelTester tester(local->archiveModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shownNames(local), (QStringList{QStringLiteral(".."), QStringLiteral("site")}));
    QCOMPARE(local->pathBar()->path(), QDir::toNativeSeparators(m_archive));
    QVERIFY(local->badge()->isVisible());
    QCOMPARE(local->badge()->text(), QStringLiteral("Read-only"));
    QVERIFY(local->badge()->toolTip().contains(QStringLiteral("read-only")));

    // Into a folder: folders first, sizes and types as the local list shows them.
    selectRow(local, QStringLiteral("site"));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(shownNames(local),
             (QStringList{QStringLiteral(".."), QStringLiteral("inner"), QStringLiteral("top.txt")}));
    selectRow(local, QStringLiteral("inner"));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(local->pathBar()->path(), QDir::toNativeSeparators(m_archive + QStringLiteral("/site/inner")));
    QCOMPARE(shownNames(local),
             (QStringList{QStringLiteral(".."), QStringLiteral("folder"), QStringLiteral("b.bin")}));
    const QModelIndex size = list->model()->index(rowOf(local, QStringLiteral("b.bin")), SizeColumn);
    QCOMPARE(size.data().toString(), humanSize(70000));
    QVERIFY(!list->model()
                 ->index(rowOf(local, QStringLiteral("b.bin")), PermissionsColumn)
                 .data()
                 .toString()
                 .isEmpty());
    QCOMPARE(local->statusLabel()->text(), QStringLiteral("1 folder, 1 file, %1").arg(humanSize(70000)));
    QVERIFY(saveWidget(&window, QStringLiteral("archive-pane.png")));

    // Read-only: rename, delete and new folder are disabled, their keys do nothing, and the
    // actions say why.
    selectRow(local, QStringLiteral("b.bin"));
    menus->updateActions(local);
    QVERIFY(!menus->action(local, Op::Rename)->isEnabled());
    QVERIFY(!menus->action(local, Op::Delete)->isEnabled());
    QVERIFY(!menus->action(local, Op::NewFolder)->isEnabled());
    QVERIFY(!menus->action(local, Op::NewFile)->isEnabled());
    QVERIFY(menus->action(local, Op::Delete)->toolTip().contains(QStringLiteral("read-only")));
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::keyClick(list, Qt::Key_F2);
    QTest::qWait(200);
    QVERIFY(!waitForDialog<QMessageBox>());
    QCOMPARE(shownNames(local).size(), 3);
    // Nothing dropped here either.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(m_archive)});
    QVERIFY(!list->model()->canDropMimeData(&files, Qt::CopyAction, -1, -1, {}));
    std::unique_ptr<QMenu> menu(menus->buildMenu(local));
    QVERIFY(menuAction(menu.get(), QStringLiteral("extractTo")));
    QVERIFY(!menuAction(menu.get(), QStringLiteral("compressTo")));

    // Backspace goes up inside the archive, then out of it, back to the archive's row.
    QTest::keyClick(list, Qt::Key_Backspace);
    QCOMPARE(local->pathBar()->path(), QDir::toNativeSeparators(m_archive + QStringLiteral("/site")));
    QTest::keyClick(list, Qt::Key_Backspace);
    QTest::keyClick(list, Qt::Key_Backspace);
    QVERIFY(!local->isInArchive());
    QVERIFY(!local->badge()->isVisible());
    QCOMPARE(local->pathBar()->path(), QDir::toNativeSeparators(m_dir.path()));
    QTRY_VERIFY(rowOf(local, QStringLiteral("site.tar.zst")) >= 0);
    menus->updateActions(local);
    selectRow(local, QStringLiteral("site.tar.zst"));
    menus->updateActions(local);
    QVERIFY(menus->action(local, Op::Rename)->isEnabled()); // outside again

    // A path typed into the archive opens it there.
    loaded.clear();
    local->pathBar()->lineEdit()->setText(m_archive + QStringLiteral("/site/inner/folder"));
    local->pathBar()->setFocus();
    QTest::keyClick(local->pathBar()->lineEdit(), Qt::Key_Return);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(shownNames(local), (QStringList{QStringLiteral(".."), QStringLiteral("file.txt")}));
    QCOMPARE(local->archiveFolder(), QStringLiteral("site/inner/folder"));
    // ".." leaves step by step too.
    list->setFocus();
    selectRow(local, QStringLiteral(".."));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(local->archiveFolder(), QStringLiteral("site/inner"));
    // The tree leaves the archive at once.
    local->openFolder(m_dir.path());
    QVERIFY(!local->isInArchive());
}

void TestArchivePane::corruptArchive()
{
    ferry::test::TestServices services;
    MainWindow window(services.services());
    window.show();
    LocalPane *local = window.localPane();
    QVERIFY(local->openFolder(m_dir.path()));
    QTRY_VERIFY(rowOf(local, QStringLiteral("broken.zip")) >= 0);
    QSignalSpy loaded(local, &LocalPane::archiveLoaded);
    selectRow(local, QStringLiteral("broken.zip"));
    local->fileList()->setFocus();
    QTest::keyClick(local->fileList(), Qt::Key_Return);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    // The folder stays, the reason in the status line (and it stays there).
    QVERIFY(!local->isInArchive());
    QCOMPARE(local->pathBar()->path(), QDir::toNativeSeparators(m_dir.path()));
    QTest::qWait(300);
    const QString status = local->statusLabel()->text();
    QVERIFY2(status.startsWith(QStringLiteral("Cannot open broken.zip: ")), qPrintable(status));
    QVERIFY(saveWidget(&window, QStringLiteral("archive-corrupt.png")));
}

void TestArchivePane::compressAndExtractFromMenu()
{
    ferry::test::TestServices services;
    MainWindow window(services.services());
    window.resize(1100, 700);
    window.show();
    LocalPane *local = window.localPane();
    PaneMenus *menus = window.paneMenus();
    const QString src = QDir(m_dir.path()).filePath(QStringLiteral("src"));
    QVERIFY(local->openFolder(src));
    QTRY_VERIFY(rowOf(local, QStringLiteral("site")) >= 0);
    selectRow(local, QStringLiteral("site"));

    // Compress to…: the dialog suggests "site.zip"; tar.xz is chosen.
    std::unique_ptr<QMenu> menu(menus->buildMenu(local));
    QAction *compress = menuAction(menu.get(), QStringLiteral("compressTo"));
    QVERIFY(compress && compress->isEnabled());
    QVERIFY(!menuAction(menu.get(), QStringLiteral("extractHere"))); // not an archive
    compress->trigger();
    auto *dialog = waitForDialog<CompressDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("site.zip"));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findText(QStringLiteral("tar.xz")));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("site.tar.xz"));
    dialog->accept();

    // The queue panel's Local operations tab shows it until it is done.
    QueuePanel *panel = window.queuePanel();
    QVERIFY(panel->localJobs());
    QTRY_COMPARE(panel->localJobs()->rowCount(), 1);
    QCOMPARE(panel->tabs()->currentWidget(), panel->localView());
    QTRY_VERIFY_WITH_TIMEOUT(panel->localJobs()->jobAt(0)->finished(), 30000);
    QCOMPARE(panel->localJobs()->jobAt(0)->state, ferry::archive::ArchiveJob::State::Done);
    const QString made = QDir(src).filePath(QStringLiteral("site.tar.xz"));
    QVERIFY(QFile::exists(made));

    // Extract here, in another folder: the same bytes come out.
    const QString out = QDir(m_dir.path()).filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::rename(made, QDir(out).filePath(QStringLiteral("site.tar.xz"))));
    QVERIFY(local->openFolder(out));
    QTRY_VERIFY(rowOf(local, QStringLiteral("site.tar.xz")) >= 0);
    selectRow(local, QStringLiteral("site.tar.xz"));
    menu.reset(menus->buildMenu(local));
    QAction *here = menuAction(menu.get(), QStringLiteral("extractHere"));
    QVERIFY(here && menuAction(menu.get(), QStringLiteral("extractTo")));
    here->trigger();
    QTRY_COMPARE(panel->localJobs()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(panel->localJobs()->jobAt(1)->finished(), 30000);
    QCOMPARE(panel->localJobs()->jobAt(1)->state, ferry::archive::ArchiveJob::State::Done);
    for (const char *file : {"site/top.txt", "site/inner/b.bin", "site/inner/folder/file.txt"}) {
        QCOMPARE(ferry::test::sha256OfFile(QDir(out).filePath(QLatin1String(file))),
                 ferry::test::sha256OfFile(QDir(src).filePath(QLatin1String(file))));
    }
    QVERIFY(saveWidget(&window, QStringLiteral("archive-jobs.png")));
}

QTEST_MAIN(TestArchivePane)
#include "tst_archivepane.moc"
