// The panes' context menus offscreen (the window against the test engine): which
// actions are enabled for nothing selected, a file, a folder, "..", several rows, and
// a remote pane that is not connected; the transfer section comes first; Copy URL never
// carries the password; and local New folder / Rename (F2, in place) / Delete (Del,
// after the confirmation) driven through the real widgets, checked on disk. Remote
// operations are proved against real servers in tst_fileoperations and tst_gui_e2e.
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "FakeFileSystem.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "connect/QuickConnectBar.h"
#include "panes/LocalFileModel.h"
#include "panes/LocalPane.h"
#include "panes/LocalSortProxy.h"
#include "panes/PaneMenus.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "session/SessionManager.h"

using namespace ferry::ui;
using Op = PaneMenus::Op;

namespace {
struct Expect
{
    bool open, rename, remove, newFolder, permissions, copyUrl, refresh;
};

void selectRows(QTreeView *list, const QList<int> &rows)
{
    list->selectionModel()->clearSelection();
    for (int row : rows) {
        list->selectionModel()->select(list->model()->index(row, 0, list->rootIndex()),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString states(PaneMenus *menus, FilePane *pane)
{
    menus->updateActions(pane);
    QStringList out;
    for (Op op :
         {Op::Open, Op::Rename, Op::Delete, Op::NewFolder, Op::Permissions, Op::CopyUrl, Op::Refresh}) {
        QAction *action = menus->action(pane, op);
        out << (action ? (action->isEnabled() ? QStringLiteral("1") : QStringLiteral("0"))
                       : QStringLiteral("-"));
    }
    return out.join(QString());
}

int localRow(LocalPane *pane, const QString &name)
{
    QTreeView *list = pane->fileList();
    for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
        if (list->model()->index(row, 0, list->rootIndex()).data().toString() == name)
            return row;
    }
    return -1;
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
} // namespace

class TestPaneMenus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void remoteStates();
    void localStates();
    void transferSectionComesFirst();
    void copyUrlHasNoPassword();
    void deleteQuestionNamesWhatGoes();
    void localNewFolderRenameDelete();

private:
    void connectAndOpenDocs(MainWindow &window, const QString &password = {});

    ferry::test::ScopedSettings m_settings;
    std::shared_ptr<ferry::test::FakeStats> m_stats = std::make_shared<ferry::test::FakeStats>();
};

void TestPaneMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPaneMenus::connectAndOpenDocs(MainWindow &window, const QString &password)
{
    QuickConnectBar *bar = window.quickConnectBar();
    bar->hostEdit()->setText(QStringLiteral("ok.test"));
    bar->userEdit()->setText(QStringLiteral("alice"));
    bar->passwordEdit()->setText(password);
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.remotePane()->fileModel()->rowOf(QStringLiteral("docs")) >= 0, 10000);
    window.remotePane()->openFolder(ferry::remote::RemotePath(QStringLiteral("/docs")));
    QTRY_VERIFY_WITH_TIMEOUT(window.remotePane()->fileModel()->rowOf(QStringLiteral("a.txt")) >= 0, 10000);
    QTRY_VERIFY(!window.remotePane()->isBusy());
}

void TestPaneMenus::remoteStates()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    PaneMenus *menus = window.paneMenus();
    RemotePane *remote = window.remotePane();
    // Columns: open rename delete newFolder permissions copyUrl refresh ("-": not on this pane).
    QCOMPARE(states(menus, remote), QStringLiteral("-000000")); // not connected
    connectAndOpenDocs(window);
    QTreeView *list = remote->fileList();
    const RemoteFileModel *model = remote->fileModel();
    selectRows(list, {});
    QCOMPARE(states(menus, remote), QStringLiteral("-001011")); // nothing: the folder's actions
    selectRows(list, {model->rowOf(QStringLiteral("a.txt"))});
    QCOMPARE(states(menus, remote), QStringLiteral("-111111"));
    selectRows(list, {model->rowOf(QStringLiteral("sub"))});
    QCOMPARE(states(menus, remote), QStringLiteral("-111111"));
    selectRows(list, {0}); // ".."
    QVERIFY(model->isUpRow(0));
    QCOMPARE(states(menus, remote), QStringLiteral("-001011"));
    selectRows(list, {model->rowOf(QStringLiteral("a.txt")), model->rowOf(QStringLiteral("b.txt"))});
    QCOMPARE(states(menus, remote), QStringLiteral("-011111")); // no rename of two
    window.disconnectFromServer();
    QCOMPARE(states(menus, remote), QStringLiteral("-000000"));
}

void TestPaneMenus::localStates()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QFile file(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    LocalPane *local = window.localPane();
    PaneMenus *menus = window.paneMenus();
    QVERIFY(local->openFolder(dir.path()));
    QTRY_VERIFY(localRow(local, QStringLiteral("file.txt")) >= 0 &&
                localRow(local, QStringLiteral("..")) >= 0);
    // Columns: open rename delete newFolder permissions copyUrl refresh.
    selectRows(local->fileList(), {});
    QCOMPARE(states(menus, local), QStringLiteral("0001--1"));
    selectRows(local->fileList(), {localRow(local, QStringLiteral("file.txt"))});
    QCOMPARE(states(menus, local), QStringLiteral("1111--1"));
    selectRows(local->fileList(), {localRow(local, QStringLiteral("folder"))});
    QCOMPARE(states(menus, local), QStringLiteral("1111--1"));
    selectRows(local->fileList(), {localRow(local, QStringLiteral(".."))});
    QCOMPARE(states(menus, local), QStringLiteral("0001--1"));
}

void TestPaneMenus::transferSectionComesFirst()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    // The window fills the first section with the pane's transfers (disabled: not connected).
    std::unique_ptr<QMenu> menu(window.paneMenus()->buildMenu(window.localPane()));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.value(0)->objectName(), QStringLiteral("upload"));
    QCOMPARE(actions.value(1)->objectName(), QStringLiteral("addToQueue"));
    QVERIFY(!actions.value(0)->isEnabled());
    // Keep remote folder up to date (Ctrl+U) closes the section, disabled while unconnected.
    QCOMPARE(actions.value(2)->objectName(), QStringLiteral("keepRemoteUpToDate"));
    QCOMPARE(actions.value(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QVERIFY(!actions.value(2)->isEnabled());
    QVERIFY(actions.value(3)->isSeparator());
    std::unique_ptr<QMenu> remoteMenu(window.paneMenus()->buildMenu(window.remotePane()));
    const QList<QAction *> remoteActions = remoteMenu->actions();
    QCOMPARE(remoteActions.value(0)->objectName(), QStringLiteral("download"));
    // The remote pane's section also has View (F3) and Edit (F4).
    QCOMPARE(remoteActions.value(3)->objectName(), QStringLiteral("viewRemoteFile"));
    QCOMPARE(remoteActions.value(3)->shortcut(), QKeySequence(Qt::Key_F3));
    QCOMPARE(remoteActions.value(4)->objectName(), QStringLiteral("editRemoteFile"));
    QCOMPARE(remoteActions.value(4)->shortcut(), QKeySequence(Qt::Key_F4));
    QVERIFY(!remoteActions.value(4)->isEnabled()); // nothing selected, not connected
    QVERIFY(remoteActions.value(5)->isSeparator());
    QVERIFY(actions.contains(window.paneMenus()->action(window.localPane(), Op::Delete)));
    QVERIFY(actions.contains(window.paneMenus()->action(window.localPane(), Op::Rename)));
    // The keys are shown in the menu.
    QCOMPARE(window.paneMenus()->action(window.localPane(), Op::Rename)->shortcut(),
             QKeySequence(Qt::Key_F2));
    QCOMPARE(window.paneMenus()->action(window.localPane(), Op::Delete)->shortcut(),
             QKeySequence(QKeySequence::Delete));
}

void TestPaneMenus::copyUrlHasNoPassword()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    connectAndOpenDocs(window, QStringLiteral("s3cret-pw"));
    QTreeView *list = window.remotePane()->fileList();
    selectRows(list, {window.remotePane()->fileModel()->rowOf(QStringLiteral("a.txt"))});
    window.paneMenus()->action(window.remotePane(), Op::CopyUrl)->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("alice@ok.test")) &&
                 copied.endsWith(QStringLiteral("docs/a.txt")),
             qPrintable(copied));
    QVERIFY(!copied.contains(QStringLiteral("s3cret")));
}

void TestPaneMenus::deleteQuestionNamesWhatGoes()
{
    QList<PaneMenus::Item> items;
    for (int i = 0; i < 7; ++i) {
        PaneMenus::Item item;
        item.name = QStringLiteral("name%1").arg(i);
        item.isDir = i == 0;
        items.append(item);
    }
    const QString text = PaneMenus::deleteQuestion(items, true);
    QVERIFY2(text.contains(QStringLiteral("7 items")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("name0 (a folder, with everything in it)")));
    QVERIFY(text.contains(QStringLiteral("name4")));
    QVERIFY(!text.contains(QStringLiteral("name5")));
    QVERIFY(text.contains(QStringLiteral("2 more")));
}

void TestPaneMenus::localNewFolderRenameDelete()
{
    QTemporaryDir dir;
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // F2 and Del are the focused list's keys
    LocalPane *local = window.localPane();
    QVERIFY(local->openFolder(dir.path()));
    QTreeView *list = local->fileList();
    list->setFocus();

    // New folder: the menu's action, then the name dialog.
    window.paneMenus()->action(local, Op::NewFolder)->trigger();
    auto *ask = waitForDialog<QInputDialog>();
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("made here"));
    ask->accept();
    QTRY_VERIFY(QFileInfo(dir.filePath(QStringLiteral("made here"))).isDir());

    // Rename in place: F2 on the list, type, Enter.
    QTRY_VERIFY(localRow(local, QStringLiteral("made here")) >= 0);
    window.activateWindow(); // the dialog had it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    list->setCurrentIndex(
        list->model()->index(localRow(local, QStringLiteral("made here")), 0, list->rootIndex()));
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->viewport()->findChild<QLineEdit *>(QStringLiteral("inlineRename"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("made here"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(QFileInfo(dir.filePath(QStringLiteral("renamed"))).isDir());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("made here"))));

    // Delete: Del on the list, the confirmation names it, Yes.
    QFile inside(dir.filePath(QStringLiteral("renamed/inside.txt")));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.close();
    QTRY_VERIFY(localRow(local, QStringLiteral("renamed")) >= 0);
    list->setFocus();
    list->setCurrentIndex(
        list->model()->index(localRow(local, QStringLiteral("renamed")), 0, list->rootIndex()));
    QTest::keyClick(list, Qt::Key_Delete);
    auto *confirm = waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("renamed (a folder")), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("renamed"))));
}

QTEST_MAIN(TestPaneMenus)
#include "tst_panemenus.moc"
