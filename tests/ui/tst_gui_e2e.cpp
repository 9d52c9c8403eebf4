// End to end: the real main window on an X display (run_under_xvfb.sh), the real engines,
// the fixture's real servers. Types into the quick-connect bar, connects to vsftpd with
// explicit TLS (answering the certificate dialog) and to sshd (answering the host-key
// dialog), opens a remote folder, sees its files; then moves files as a user does, with
// real mouse drags (xdotool, so the drags go through X and Qt's own drag and drop):
// a 64 MiB file onto the remote pane, a remote folder of 200 files onto the local pane,
// files from another X client (a file manager's text/uri-list), and a drop on a file
// that must do nothing; every file is checked by SHA-256 on the other side. Screenshots
// are saved as artefacts (FERRY_TEST_ARTEFACTS, else the current folder).
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "GuiDriving.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "connect/QuickConnectBar.h"
#include "dialogs/PermissionsDialog.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "panes/RemoteTreeModel.h"
#include "questions/CertificateDialog.h"
#include "questions/HostKeyDialog.h"
#include "questions/SecretDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "session/SessionManager.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"
#include "transfer/TransferQueue.h"

#include <csignal>

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;

using ferry::test::artefactPath;
using ferry::test::dragWithMouse;
using ferry::test::emptyPartOf;
using ferry::test::rowOnScreen;
using ferry::test::saveScreenshot;
using ferry::test::typeInto;
using ferry::test::waitFor;
using ferry::test::xdotool;

namespace {

QStringList remoteNames(const MainWindow &window)
{
    const RemoteFileModel *model = window.remotePane()->fileModel();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

void writeRandomFile(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    quint32 x = 2463534242u ^ quint32(size);
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        for (char &c : chunk) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        f.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    }
}

int doneCount(const MainWindow &window)
{
    return window.queuePanel()->model()->count(QueueModel::Category::Done);
}

QWidget *waitForModal()
{
    QWidget *found = nullptr;
    (void)QTest::qWaitFor([&found] { return (found = QApplication::activeModalWidget()) != nullptr; }, 10000);
    return found;
}

// A right click on the remote list (on row, or beside the rows when row < 0): the real
// context menu through Qt's event path; returns the open menu.
QMenu *openContextMenu(QTreeView *list, int row)
{
    if (row >= 0) // a row below the visible ones would be missed: bring it into view first
        list->scrollTo(list->model()->index(row, 0));
    const QPoint pos = row >= 0 ? list->visualRect(list->model()->index(row, 0)).center()
                                : QPoint(list->viewport()->width() / 2, list->viewport()->height() - 5);
    if (row >= 0) {
        list->setCurrentIndex(list->model()->index(row, 0));
        list->selectionModel()->select(list->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QTest::mouseClick(list->viewport(), Qt::RightButton, {}, pos);
    // What the window system's right click turns into (QTest's synthetic press does not).
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(list->viewport(), &event);
    QMenu *menu = nullptr;
    (void)QTest::qWaitFor(
        [&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; },
        5000);
    return menu;
}

bool clickMenuEntry(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName && action->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}

// The second X client that plays a file manager's folder (xds_target): started at x, y
// on the screen, showing folder; mode "xds" speaks X Direct Save, "uri" does not.
class DropTarget
{
public:
    bool start(const QString &folder, const QString &mode)
    {
        m_process.start(QStringLiteral(FERRY_XDS_TARGET),
                        {QString::number(kX), QString::number(kY), folder, mode});
        if (!m_process.waitForStarted(5000))
            return false;
        if (!QTest::qWaitFor([this] { return said().contains("ready"); }, 10000))
            return false;
        QTest::qWait(800); // mapped and placed
        return true;
    }
    ~DropTarget()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QByteArray said()
    {
        m_said += m_process.readAllStandardOutput();
        return m_said;
    }
    // The middle of its window, on the screen.
    static QPoint centre() { return QPoint(kX + 110, kY + 80); }

private:
    static constexpr int kX = 40, kY = 600;
    QProcess m_process;
    QByteArray m_said;
};

QPoint treeNodeOnScreen(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    return tree->viewport()->mapToGlobal(tree->visualRect(index).center());
}

bool logContains(const MainWindow &window, const QString &text)
{
    const QAbstractItemModel *log = window.logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, 2).data().toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestGuiEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void ftpesWithCertificateDialog();
    void dragLocalFileToRemote();
    void dropOnAFileDoesNothing();
    void dragRemoteFolderToLocal();
    void dropFromAnotherProgram();
    void downloadFromTheContextMenu();
    void dragToFileManager();
    void dragToTargetWithoutDirectSave();
    void moveByDragOnTheServer();
    void sftpWithHostKeyDialog();
    void dragLocalFileToRemoteSftp();
    void dragToFileManagerSftp();
    void moveByDragOnTheServerSftp();
    void killDuringDownloadResumes();

private:
    void uploadByDrag(const QString &shotName);
    void dragOutToFileManager(const QString &tag);
    void moveByDrag(const QString &tag);
    QString openServedFolder(const QString &relative);
    QString openEmptyRemoteFolder(const QString &name);
    QTemporaryDir m_local;
    QTemporaryDir m_desktop; // the folders the drop targets show (kept out of m_local's listing)
    void fileOperationsFromTheContextMenu(const QString &tag);
    bool giveTree(const QString &path);
    void fillQuickConnect(Protocol protocol, quint16 port);
    void openRemoteFolderAndCheck(const QString &shotName);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    const QString folder = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("hello-ferry.txt"), QStringLiteral("second-file.bin")}) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(name.size() * 1000, 'f'));
    }
    // 200 files for a folder download, each with its own bytes.
    const QString many = QDir(folder).filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(many));
    for (int i = 0; i < 200; ++i) {
        QFile f(QDir(many).filePath(QStringLiteral("f%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(i).repeated(100 + i * 37));
    }
    QVERIFY(m_fx.giveToTestUser(folder));
    QVERIFY(m_local.isValid());
    QVERIFY(m_desktop.isValid());
    writeRandomFile(m_local.filePath(QStringLiteral("big64.bin")), 64 * 1024 * 1024);
    writeRandomFile(m_local.filePath(QStringLiteral("from-outside.bin")), 3 * 1024 * 1024 + 17);
    QVERIFY(QDir().mkpath(m_local.filePath(QStringLiteral("downloads"))));
    m_services = std::make_unique<ferry::test::TestServices>();
    m_window = std::make_unique<MainWindow>(m_services->services());
    m_window->resize(1240, 760);
    m_window->move(20, 20);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiEndToEnd::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    // The message log tells why.
    const QAbstractItemModel *log = m_window->logModel();
    for (int row = std::max(0, log->rowCount() - 40); row < log->rowCount(); ++row)
        qInfo("log: %s", qPrintable(log->index(row, 2).data().toString()));
}

void TestGuiEndToEnd::fillQuickConnect(Protocol protocol, quint16 port)
{
    ferry::test::fillQuickConnect(*m_window, protocol, port);
}

void TestGuiEndToEnd::openRemoteFolderAndCheck(const QString &shotName)
{
    QTRY_VERIFY_WITH_TIMEOUT(remoteNames(*m_window).contains(QStringLiteral("e2e-folder")), 20000);
    QTreeView *list = m_window->remotePane()->fileList();
    const int row = m_window->remotePane()->fileModel()->rowOf(QStringLiteral("e2e-folder"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(remoteNames(*m_window).contains(QStringLiteral("hello-ferry.txt")), 20000);
    QVERIFY(remoteNames(*m_window).contains(QStringLiteral("second-file.bin")));
    QVERIFY(m_window->remotePane()->currentPath().toString().endsWith(QLatin1String("/e2e-folder")));
    QTRY_VERIFY(!m_window->remotePane()->isBusy());
    QTest::qWait(300); // let the window repaint before the screenshot
    QVERIFY(saveScreenshot(shotName));
}

void TestGuiEndToEnd::ftpesWithCertificateDialog()
{
    const auto *srv = m_fx.startVsftpd(ferry::test::VsftpdMode::ExplicitTls);
    QVERIFY2(srv, qPrintable(m_fx.lastError()));
    fillQuickConnect(Protocol::Ftpes, srv->port);
    // The fixture's CA is not trusted: the engine asks, and a real dialog answers.
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CertificateDialog *>(QApplication::activeModalWidget()), 20000);
    auto *dialog = qobject_cast<CertificateDialog *>(QApplication::activeModalWidget());
    QTest::qWait(300);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-certificate-dialog.png")));
    QTest::mouseClick(dialog->trustOnceButton(), Qt::LeftButton);
    openRemoteFolderAndCheck(QStringLiteral("gui-e2e-ftpes.png"));
    fileOperationsFromTheContextMenu(QStringLiteral("ftpes"));
}

void TestGuiEndToEnd::sftpWithHostKeyDialog()
{
    const auto *srv = m_fx.startSshd();
    QVERIFY2(srv, qPrintable(m_fx.lastError()));
    fillQuickConnect(Protocol::Sftp, srv->port);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget()), 20000);
    auto *dialog = qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget());
    QVERIFY(!dialog->confirmBox()); // a first visit: unknown, not changed
    QTest::qWait(300);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-hostkey-dialog.png")));
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    openRemoteFolderAndCheck(QStringLiteral("gui-e2e-sftp.png"));
    fileOperationsFromTheContextMenu(QStringLiteral("sftp"));
}

bool TestGuiEndToEnd::giveTree(const QString &path)
{
    if (!m_fx.giveToTestUser(path))
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!m_fx.giveToTestUser(it.next()))
            return false;
    }
    return true;
}

// In the remote pane's e2e-folder: new folder, new file, rename (F2), permissions and a
// recursive delete (Del), each through the real context menu, keys and dialogs, each
// checked on the server's disk (the fixture's served folder).
void TestGuiEndToEnd::fileOperationsFromTheContextMenu(const QString &tag)
{
    RemotePane *pane = m_window->remotePane();
    QTreeView *list = pane->fileList();
    const QString disk = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    list->setFocus();

    // New folder, from a right click beside the rows.
    QMenu *menu = openContextMenu(list, -1);
    QVERIFY(menu);
    QTest::qWait(200);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-%1-context-menu.png").arg(tag)));
    QVERIFY(clickMenuEntry(menu, QStringLiteral("newFolder")));
    auto *ask = qobject_cast<QInputDialog *>(waitForModal());
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("folder-") + tag);
    QTest::keyClick(ask, Qt::Key_Return);
    // The first operation opens a transfer connection of the pool; the certificate or host
    // key accepted once for browsing holds for it (the session remembers): no question.
    QWidget *trust = nullptr;
    (void)QTest::qWaitFor(
        [&trust] {
            QWidget *w = QApplication::activeModalWidget();
            trust = (qobject_cast<CertificateDialog *>(w) || qobject_cast<HostKeyDialog *>(w)) ? w : nullptr;
            return trust != nullptr;
        },
        1500);
    QVERIFY2(!trust, "asked again about what was accepted once in this session");
    const QString folder = QDir(disk).filePath(QStringLiteral("folder-") + tag);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(folder).isDir(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("folder-") + tag) >= 0,
                             20000); // listed again

    // New (empty) file.
    menu = openContextMenu(list, -1);
    QVERIFY(menu);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("newFile")));
    ask = qobject_cast<QInputDialog *>(waitForModal());
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("empty-%1.txt").arg(tag));
    QTest::keyClick(ask, Qt::Key_Return);
    const QString empty = QDir(disk).filePath(QStringLiteral("empty-%1.txt").arg(tag));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(empty).isFile(), 20000);
    QCOMPARE(QFileInfo(empty).size(), qint64(0));

    // Rename in place: F2, a new name, Enter.
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("empty-%1.txt").arg(tag)) >= 0, 20000);
    QTRY_VERIFY(!pane->isBusy());
    const int row = pane->fileModel()->rowOf(QStringLiteral("empty-%1.txt").arg(tag));
    m_window->activateWindow(); // F2 and Del belong to the focused list; a dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->viewport()->findChild<QLineEdit *>(QStringLiteral("inlineRename"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("renamed-%1.txt").arg(tag));
    QTest::keyClick(editor, Qt::Key_Return);
    const QString renamed = QDir(disk).filePath(QStringLiteral("renamed-%1.txt").arg(tag));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(renamed).isFile(), 20000);
    QVERIFY(!QFileInfo::exists(empty));

    // Permissions: 600 typed into the dialog.
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("renamed-%1.txt").arg(tag)) >= 0, 20000);
    QTRY_VERIFY(!pane->isBusy());
    menu = openContextMenu(list, pane->fileModel()->rowOf(QStringLiteral("renamed-%1.txt").arg(tag)));
    QVERIFY(menu);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("permissions")));
    auto *perms = qobject_cast<PermissionsDialog *>(waitForModal());
    QVERIFY(perms);
    perms->octalEdit()->setFocus();
    perms->octalEdit()->selectAll();
    QTest::keyClicks(perms->octalEdit(), QStringLiteral("600"));
    QTest::qWait(100);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-%1-permissions.png").arg(tag)));
    QTest::mouseClick(perms->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const QFile::Permissions ugo = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                   QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::WriteOther | QFile::ExeOther;
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(renamed).permissions() & ugo,
                              QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner), 20000);

    // Delete a folder recursively: Del, the confirmation, Yes.
    const QString tree = QDir(disk).filePath(QStringLiteral("tree-") + tag);
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/a/b")));
    for (const QString &file :
         {QStringLiteral("/x.txt"), QStringLiteral("/a/y.txt"), QStringLiteral("/a/b/z.txt")}) {
        QFile f(tree + file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("data");
    }
    QVERIFY(giveTree(tree));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 20000); // the listing after chmod has ended
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("tree-") + tag) >= 0, 20000);
    QTRY_VERIFY(!pane->isBusy());
    list->setCurrentIndex(list->model()->index(pane->fileModel()->rowOf(QStringLiteral("tree-") + tag), 0));
    QTest::keyClick(list, Qt::Key_Delete);
    auto *confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("tree-") + tag), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(tree), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("tree-") + tag) < 0,
                             20000); // listed again
    // Browsing stayed on its own connection: the deletes ran on a transfer connection.
    QVERIFY(m_window->currentSession()->connectionCount() >= 2);
}

// Opens a new, empty folder below e2e-folder in the remote pane, so that a drop lands in
// free space whatever the other steps left there; returns its path on disk.
QString TestGuiEndToEnd::openEmptyRemoteFolder(const QString &name)
{
    const QString onDisk = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/") + name);
    if (!QDir().mkpath(onDisk) || !m_fx.giveToTestUser(onDisk))
        return {};
    m_window->remotePane()->openFolder(RemotePath(onDisk));
    if (!QTest::qWaitFor(
            [this, &onDisk] {
                return m_window->remotePane()->currentPath().toString() == onDisk &&
                       !m_window->remotePane()->isBusy();
            },
            20000))
        return {};
    QTest::qWait(200);
    return onDisk;
}

void TestGuiEndToEnd::uploadByDrag(const QString &shotName)
{
    const QString name = QStringLiteral("big64.bin");
    const QString folder =
        openEmptyRemoteFolder(QStringLiteral("drops-") + shotName.section(QLatin1Char('.'), 0, 0));
    QVERIFY(!folder.isEmpty());
    const QString served = QDir(folder).filePath(name);
    LocalPane *local = m_window->localPane();
    QVERIFY(local->openFolder(m_local.path()));
    QTreeView *localList = local->fileList();
    QPoint from;
    QTRY_VERIFY_WITH_TIMEOUT(!(from = rowOnScreen(localList, name)).isNull(), 10000);
    const int doneBefore = doneCount(*m_window);
    // Mid-drag, the window as the user sees it (the drop target outlined).
    QTimer::singleShot(2200, this, [shotName] { saveScreenshot(QStringLiteral("drag-") + shotName); });
    QVERIFY(dragWithMouse(from, emptyPartOf(m_window->remotePane()->fileList())));
    // Queued at once, transferred on the queue's own connection, listed as done.
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 1 ||
                                 m_window->queuePanel()->model()->count(QueueModel::Category::Failed) > 0,
                             60000);
    if (doneCount(*m_window) != doneBefore + 1)
        saveScreenshot(QStringLiteral("failed-") + shotName);
    QCOMPARE(doneCount(*m_window), doneBefore + 1);
    QCOMPARE(ferry::test::sha256OfFile(served), ferry::test::sha256OfFile(m_local.filePath(name)));
    // The remote pane shows the folder the file landed in: it lists it again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(remoteNames(*m_window).contains(name), 10000);
    m_window->queuePanel()->tabs()->setCurrentIndex(QueuePanel::DoneTab);
    QTest::qWait(300);
    QVERIFY(saveScreenshot(shotName));
}

void TestGuiEndToEnd::dragLocalFileToRemote()
{
    uploadByDrag(QStringLiteral("gui-e2e-upload-ftpes.png"));
}

void TestGuiEndToEnd::dropOnAFileDoesNothing()
{
    // Dropping a file onto a remote file (not a folder) makes no sense: nothing is queued.
    QTreeView *localList = m_window->localPane()->fileList();
    const QPoint from = rowOnScreen(localList, QStringLiteral("from-outside.bin"));
    QVERIFY(!from.isNull());
    const QPoint onFile = rowOnScreen(m_window->remotePane()->fileList(), QStringLiteral("big64.bin"));
    QVERIFY(!onFile.isNull());
    QueueModel *queue = m_window->queuePanel()->model();
    const int rows = queue->shownRows();
    QVERIFY(dragWithMouse(from, onFile));
    QTest::qWait(1500);
    QCOMPARE(queue->shownRows(), rows);
    QVERIFY(!QFile::exists(
        QDir(m_window->remotePane()->currentPath().toString()).filePath(QStringLiteral("from-outside.bin"))));
}

void TestGuiEndToEnd::dragRemoteFolderToLocal()
{
    const QString target = m_local.filePath(QStringLiteral("downloads"));
    QVERIFY(m_window->localPane()->openFolder(target));
    QTest::qWait(300);
    const QString e2eFolder = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    m_window->remotePane()->openFolder(RemotePath(e2eFolder));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->remotePane()->currentPath().toString() == e2eFolder &&
                                 !m_window->remotePane()->isBusy(),
                             20000);
    QPoint from;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(from = rowOnScreen(m_window->remotePane()->fileList(), QStringLiteral("many"))).isNull(), 10000);
    const int doneBefore = doneCount(*m_window);
    QVERIFY(dragWithMouse(from, emptyPartOf(m_window->localPane()->fileList())));
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 200, 180000);
    const QDir served(QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/many")));
    const QDir got(QDir(target).filePath(QStringLiteral("many")));
    const QStringList names = served.entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 200);
    QCOMPARE(got.entryList(QDir::Files, QDir::Name), names); // and no partial file left
    for (const QString &name : names)
        QCOMPARE(ferry::test::sha256OfFile(got.filePath(name)),
                 ferry::test::sha256OfFile(served.filePath(name)));
    QCOMPARE(m_window->queuePanel()->model()->count(QueueModel::Category::Failed), 0);
    m_window->queuePanel()->tabs()->setCurrentIndex(QueuePanel::DoneTab);
    QTest::qWait(300);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-download-folder.png")));
}

void TestGuiEndToEnd::dropFromAnotherProgram()
{
    // Another X client (as a file manager) drags a file onto the remote pane.
    const QString file = m_local.filePath(QStringLiteral("from-outside.bin"));
    QProcess source;
    source.start(QStringLiteral(FERRY_DRAG_SOURCE), {QStringLiteral("1000"), QStringLiteral("40"), file});
    QVERIFY(source.waitForStarted(5000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += source.readAllStandardOutput()).contains("ready"), 10000);
    QTest::qWait(800); // mapped and placed
    const QString folder = openEmptyRemoteFolder(QStringLiteral("drops-outside"));
    QVERIFY(!folder.isEmpty());
    const int doneBefore = doneCount(*m_window);
    QVERIFY(dragWithMouse(QPoint(1060, 70), emptyPartOf(m_window->remotePane()->fileList())));
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 1, 60000);
    source.kill();
    source.waitForFinished();
    QCOMPARE(ferry::test::sha256OfFile(QDir(folder).filePath(QStringLiteral("from-outside.bin"))),
             ferry::test::sha256OfFile(file));
}

void TestGuiEndToEnd::downloadFromTheContextMenu()
{
    // Right click on a remote file, Download: it goes to the local pane's folder.
    const QString target = m_local.filePath(QStringLiteral("downloads"));
    QVERIFY(m_window->localPane()->openFolder(target));
    const QString e2eFolder = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    m_window->remotePane()->openFolder(RemotePath(e2eFolder));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->remotePane()->currentPath().toString() == e2eFolder &&
                                 !m_window->remotePane()->isBusy(),
                             20000);
    QTreeView *list = m_window->remotePane()->fileList();
    const int row = m_window->remotePane()->fileModel()->rowOf(QStringLiteral("hello-ferry.txt"));
    QVERIFY(row >= 0);
    const int doneBefore = doneCount(*m_window);
    list->scrollTo(list->model()->index(row, 0));
    QMenu *menu = openContextMenu(list, row);
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("download"));
    QVERIFY(clickMenuEntry(menu, QStringLiteral("download")));
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 1, 30000);
    QCOMPARE(ferry::test::sha256OfFile(QDir(target).filePath(QStringLiteral("hello-ferry.txt"))),
             ferry::test::sha256OfFile(
                 QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/hello-ferry.txt"))));
}

void TestGuiEndToEnd::dragLocalFileToRemoteSftp()
{
    uploadByDrag(QStringLiteral("gui-e2e-upload-sftp.png"));
}

void TestGuiEndToEnd::dragToFileManagerSftp()
{
    dragOutToFileManager(QStringLiteral("sftp"));
}

void TestGuiEndToEnd::moveByDragOnTheServerSftp()
{
    moveByDrag(QStringLiteral("sftp"));
}

// Opens e2e-folder/relative (made on the server's disk beforehand) in the remote pane;
// returns its path on disk.
QString TestGuiEndToEnd::openServedFolder(const QString &relative)
{
    const QString onDisk = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/") + relative);
    if (!giveTree(onDisk))
        return {};
    m_window->remotePane()->openFolder(RemotePath(onDisk), true);
    if (!QTest::qWaitFor(
            [this, &onDisk] {
                return m_window->remotePane()->currentPath().toString() == onDisk &&
                       !m_window->remotePane()->isBusy();
            },
            20000))
        return {};
    QTest::qWait(300);
    return onDisk;
}

void TestGuiEndToEnd::dragToFileManager()
{
    dragOutToFileManager(QStringLiteral("ftpes"));
}

// Out of the remote pane onto a file manager's folder (another X client speaking X Direct
// Save): a file, then a folder, arrive in the folder the target named, byte for byte.
void TestGuiEndToEnd::dragOutToFileManager(const QString &tag)
{
    const QString served = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/xds-") + tag);
    QVERIFY(QDir().mkpath(served + QStringLiteral("/tree/sub/deeper")));
    writeRandomFile(served + QStringLiteral("/one.bin"), 2 * 1024 * 1024 + 5);
    writeRandomFile(served + QStringLiteral("/tree/a.bin"), 300 * 1024 + 1);
    writeRandomFile(served + QStringLiteral("/tree/sub/b.bin"), 70 * 1024 + 3);
    writeRandomFile(served + QStringLiteral("/tree/sub/deeper/c.bin"), 999);
    QVERIFY(!openServedFolder(QStringLiteral("xds-") + tag).isEmpty());
    const QString desktop = m_desktop.filePath(QStringLiteral("desktop-") + tag);
    QVERIFY(QDir().mkpath(desktop));
    DropTarget target;
    QVERIFY(target.start(desktop, QStringLiteral("xds")));
    QTreeView *list = m_window->remotePane()->fileList();

    // A file.
    QPoint from;
    QTRY_VERIFY_WITH_TIMEOUT(!(from = rowOnScreen(list, QStringLiteral("one.bin"))).isNull(), 10000);
    int doneBefore = doneCount(*m_window);
    QTimer::singleShot(2200, this, [tag] {
        saveScreenshot(QStringLiteral("gui-e2e-drag-to-file-manager-%1.png").arg(tag));
    });
    QVERIFY(dragWithMouse(from, DropTarget::centre()));
    QTRY_VERIFY_WITH_TIMEOUT(target.said().contains("xds: "), 20000);
    QVERIFY2(target.said().contains("name: one.bin") && target.said().contains("xds: S"),
             target.said().constData());
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 1, 60000);
    QCOMPARE(ferry::test::sha256OfFile(QDir(desktop).filePath(QStringLiteral("one.bin"))),
             ferry::test::sha256OfFile(served + QStringLiteral("/one.bin")));

    // A folder, recursively.
    QTRY_VERIFY_WITH_TIMEOUT(!(from = rowOnScreen(list, QStringLiteral("tree"))).isNull(), 10000);
    doneBefore = doneCount(*m_window);
    QVERIFY(dragWithMouse(from, DropTarget::centre()));
    QTRY_VERIFY_WITH_TIMEOUT(target.said().count("xds: S") == 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(doneCount(*m_window) == doneBefore + 3, 60000);
    for (const QString &file : {QStringLiteral("/tree/a.bin"), QStringLiteral("/tree/sub/b.bin"),
                                QStringLiteral("/tree/sub/deeper/c.bin")})
        QCOMPARE(ferry::test::sha256OfFile(desktop + file), ferry::test::sha256OfFile(served + file));
    // Nothing written anywhere but the folder the target named.
    QStringList written;
    QDirIterator it(desktop, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        written << it.next().mid(desktop.size());
    written.sort();
    QCOMPARE(written,
             QStringList({QStringLiteral("/one.bin"), QStringLiteral("/tree/a.bin"),
                          QStringLiteral("/tree/sub/b.bin"), QStringLiteral("/tree/sub/deeper/c.bin")}));
    QCOMPARE(m_window->queuePanel()->model()->count(QueueModel::Category::Failed), 0);
}

// A drop target that names no folder (no X Direct Save: it asks for text/uri-list) gets
// nothing; nothing is downloaded and the log and the status bar say what to do.
void TestGuiEndToEnd::dragToTargetWithoutDirectSave()
{
    QVERIFY(!openServedFolder(QStringLiteral("xds-ftpes")).isEmpty());
    const QString desktop = m_desktop.filePath(QStringLiteral("no-xds"));
    QVERIFY(QDir().mkpath(desktop));
    DropTarget target;
    QVERIFY(target.start(desktop, QStringLiteral("uri")));
    QPoint from;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(from = rowOnScreen(m_window->remotePane()->fileList(), QStringLiteral("one.bin"))).isNull(), 10000);
    QueueModel *queue = m_window->queuePanel()->model();
    const int rows = queue->shownRows();
    QVERIFY(dragWithMouse(from, DropTarget::centre()));
    QTRY_VERIFY_WITH_TIMEOUT(target.said().contains("uri: "), 20000);
    QVERIFY2(target.said().contains("uri: 0"), target.said().constData());
    const QString message = QStringLiteral(
        "drop onto a file manager folder to download there; this target did not name a folder");
    QTRY_VERIFY_WITH_TIMEOUT(logContains(*m_window, message), 5000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(message),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::qWait(1500);
    QCOMPARE(queue->shownRows(), rows);
    QVERIFY(QDir(desktop).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestGuiEndToEnd::moveByDragOnTheServer()
{
    moveByDrag(QStringLiteral("ftpes"));
}

// Inside the remote pane: entries dropped on a folder (list or tree) move there on the
// server after the confirmation; drops that make no sense do nothing. Checked on the
// server's disk.
void TestGuiEndToEnd::moveByDrag(const QString &tag)
{
    const QString served = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder/moves-") + tag);
    QVERIFY(QDir().mkpath(served + QStringLiteral("/dest")));
    QVERIFY(QDir().mkpath(served + QStringLiteral("/sub/inner")));
    for (const QString &name :
         {QStringLiteral("/m1.bin"), QStringLiteral("/m2.bin"), QStringLiteral("/sub/inner/s.bin")})
        writeRandomFile(served + name, 40 * 1024 + name.size());
    const QByteArray m1 = ferry::test::sha256OfFile(served + QStringLiteral("/m1.bin"));
    const QByteArray m2 = ferry::test::sha256OfFile(served + QStringLiteral("/m2.bin"));
    QVERIFY(!openServedFolder(QStringLiteral("moves-") + tag).isEmpty());
    RemotePane *pane = m_window->remotePane();
    QTreeView *list = pane->fileList();
    const auto noQuestion = [] {
        return !QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr; }, 1500);
    };

    // Onto a file, onto the folder itself: nothing happens.
    QVERIFY(dragWithMouse(rowOnScreen(list, QStringLiteral("m1.bin")),
                          rowOnScreen(list, QStringLiteral("m2.bin"))));
    QVERIFY(noQuestion());
    QVERIFY(
        dragWithMouse(rowOnScreen(list, QStringLiteral("sub")), rowOnScreen(list, QStringLiteral("sub"))));
    QVERIFY(noQuestion());
    QVERIFY(QFileInfo::exists(served + QStringLiteral("/m1.bin")));
    QVERIFY(QFileInfo::exists(served + QStringLiteral("/sub/inner/s.bin")));

    // A file onto a folder row: the confirmation names it; Yes moves it on the server.
    QVERIFY(dragWithMouse(rowOnScreen(list, QStringLiteral("m1.bin")),
                          rowOnScreen(list, QStringLiteral("dest"))));
    auto *confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QCOMPARE(confirm->objectName(), QStringLiteral("moveConfirmation"));
    QVERIFY2(confirm->text().startsWith(QStringLiteral("Move 1 item(s) into %1/dest?").arg(served)),
             qPrintable(confirm->text()));
    QVERIFY2(confirm->text().contains(QStringLiteral("m1.bin")), qPrintable(confirm->text()));
    QTest::qWait(200);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-move-confirmation-%1.png").arg(tag)));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(served + QStringLiteral("/dest/m1.bin")), 20000);
    QVERIFY(!QFileInfo::exists(served + QStringLiteral("/m1.bin")));
    QCOMPARE(ferry::test::sha256OfFile(served + QStringLiteral("/dest/m1.bin")), m1);
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("m1.bin")) < 0, 20000); // listed again
    QTRY_VERIFY(!pane->isBusy());

    // No keeps everything where it is.
    QVERIFY(
        dragWithMouse(rowOnScreen(list, QStringLiteral("m2.bin")), rowOnScreen(list, QStringLiteral("sub"))));
    confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
    QTest::qWait(1000);
    QVERIFY(QFileInfo::exists(served + QStringLiteral("/m2.bin")));

    // Onto a folder of the tree: the folder "sub" and the file m2.bin into dest.
    const QModelIndex destNode = pane->treeModel()->indexOf(RemotePath(served + QStringLiteral("/dest")));
    QVERIFY(destNode.isValid());
    list->selectionModel()->clearSelection();
    for (const QString &name : {QStringLiteral("m2.bin"), QStringLiteral("sub")})
        list->selectionModel()->select(list->model()->index(pane->fileModel()->rowOf(name), 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(dragWithMouse(rowOnScreen(list, QStringLiteral("sub")),
                          treeNodeOnScreen(pane->folderTree(), destNode)));
    confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().startsWith(QStringLiteral("Move 2 item(s) into %1/dest?").arg(served)),
             qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(served + QStringLiteral("/dest/sub/inner/s.bin")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(served + QStringLiteral("/dest/m2.bin")), 20000);
    QCOMPARE(ferry::test::sha256OfFile(served + QStringLiteral("/dest/m2.bin")), m2);
    QVERIFY(!QFileInfo::exists(served + QStringLiteral("/sub")));
    // The summary follows the rename's reply through the session's thread and the queue of
    // operations: the file can be in place on disk a moment before it is logged.
    QElapsedTimer summaryClock;
    summaryClock.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        logContains(*m_window, QStringLiteral("Moved %1/m2.bin to %1/dest/m2.bin").arg(served)), 20000);
    qInfo("the move's summary logged %lld ms after the files were in place", summaryClock.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("sub")) < 0, 20000);

    // A name that exists in the folder already is not replaced: the log names it.
    writeRandomFile(served + QStringLiteral("/clash.bin"), 5000);
    writeRandomFile(served + QStringLiteral("/dest/clash.bin"), 7000);
    const QByteArray clash = ferry::test::sha256OfFile(served + QStringLiteral("/clash.bin"));
    const QByteArray kept = ferry::test::sha256OfFile(served + QStringLiteral("/dest/clash.bin"));
    QVERIFY(!openServedFolder(QStringLiteral("moves-") + tag).isEmpty());
    QVERIFY(dragWithMouse(rowOnScreen(list, QStringLiteral("clash.bin")),
                          rowOnScreen(list, QStringLiteral("dest"))));
    confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    const QString refused = QStringLiteral("%1/dest/clash.bin exists already").arg(served);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(*m_window, refused), 20000);
    QCOMPARE(ferry::test::sha256OfFile(served + QStringLiteral("/clash.bin")), clash);
    QCOMPARE(ferry::test::sha256OfFile(served + QStringLiteral("/dest/clash.bin")), kept);
}

namespace {

void writeQueueSettings(const QString &configHome, bool limited)
{
    QSettings settings(QDir(configHome).filePath(QStringLiteral("ferry/ferry.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("Transfer/speedLimitOn"), limited);
    settings.setValue(QStringLiteral("Transfer/downloadLimitKiB"), 40 * 1024); // 1 GiB in about 25 s
}
} // namespace

void TestGuiEndToEnd::killDuringDownloadResumes()
{
    // A 1 GiB download started by a drag in a real window (a child process: this test
    // program in its child mode), killed with SIGKILL half-way; a new window finds the
    // item in the queue, asks to resume, and finishes from the partial file's real size.
    const auto *srv = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(m_fx.lastError()));
    const QString remoteDir = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    const QString served = QDir(remoteDir).filePath(QStringLiteral("huge.bin"));
    writeRandomFile(served, 1024LL * 1024 * 1024);
    QVERIFY(m_fx.giveToTestUser(served));
    QTemporaryDir xdg;
    const QString target = QDir(xdg.path()).filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    writeQueueSettings(QDir(xdg.path()).filePath(QStringLiteral("config")), true);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(xdg.path()).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(xdg.path()).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("FERRY_E2E_URL"),
               QStringLiteral("ftp://%1:%2@127.0.0.1:%3/e2e-folder/") // from the login folder
                   .arg(Fixture::user(), Fixture::password())
                   .arg(srv->port));
    env.insert(QStringLiteral("FERRY_E2E_LOCAL"), target);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    env.insert(QStringLiteral("FERRY_E2E_CHILD"), QStringLiteral("drag"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(5000));
    QByteArray said;
    const bool dragged = waitFor(
                             [&] {
                                 return (said += child.readAllStandardOutput()).contains("dragged") ||
                                        child.state() == QProcess::NotRunning;
                             },
                             60000) &&
                         said.contains("dragged");
    QVERIFY2(
        dragged,
        qPrintable(
            QStringLiteral("child: %1, exit code %2").arg(QString::fromUtf8(said)).arg(child.exitCode())));
    const auto partialBytes = [&target] {
        qint64 bytes = 0;
        for (const QFileInfo &f : QDir(target).entryInfoList(QDir::Files | QDir::Hidden))
            bytes += f.size();
        return bytes;
    };
    QVERIFY2(waitFor([&] { return partialBytes() > 200LL * 1024 * 1024; }, 60000),
             "the download did not get going");
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    const qint64 atKill = partialBytes();
    QVERIFY(atKill < 1024LL * 1024 * 1024);
    QVERIFY(saveScreenshot(QStringLiteral("gui-e2e-before-resume.png")));

    writeQueueSettings(QDir(xdg.path()).filePath(QStringLiteral("config")), false);
    QProcess again;
    env.insert(QStringLiteral("FERRY_E2E_CHILD"), QStringLiteral("resume"));
    again.setProcessEnvironment(env);
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    again.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(again.waitForStarted(5000));
    QVERIFY(waitFor([&] { return again.state() == QProcess::NotRunning; }, 180000));
    said = again.readAllStandardOutput();
    QVERIFY2(again.exitCode() == 0,
             qPrintable(QStringLiteral("second window: exit code %1").arg(again.exitCode())));
    QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("huge.bin")}); // no partial left
    QCOMPARE(ferry::test::sha256OfFile(QDir(target).filePath(QStringLiteral("huge.bin"))),
             ferry::test::sha256OfFile(served));
    QVERIFY2(QRegularExpression(QStringLiteral(R"("REST [1-9][0-9]*")"))
                 .match(Fixture::logTail(*srv, 1 << 20))
                 .hasMatch(),
             "the second window did not continue from the partial file");
    QFile::remove(served);
}

// The child mode of this program: a real window with a real queue (in XDG_DATA_HOME),
// driven like the test drives its own. "drag": connect, drag huge.bin to the local pane,
// say "dragged", and keep running until killed. "resume": answer Yes to the resume
// question, and exit 0 once the download is done.
int childMain(int argc, char *argv[], const QString &mode)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setOrganizationName(QStringLiteral("ferry"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    ferry::session::SessionManager sessions;
    ferry::sites::SiteStore siteStore;
    ferry::sites::CredentialService credentials;
    auto sites = std::make_shared<ferry::transfer::QueueSites>(ConnectOptions(), credentials.opener());
    ferry::transfer::QueueService queue(ferry::transfer::QueueSites::resolver(sites));
    queue.open(ferry::transfer::TransferQueue::defaultPath());
    MainWindow window(Services{sessions, queue, *sites, siteStore, credentials});
    window.resize(1240, 760);
    window.move(20, 20);
    window.show();
    window.raise();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    if (mode == QLatin1String("drag")) {
        if (!window.connectToUrl(qEnvironmentVariable("FERRY_E2E_URL")))
            return 4;
        if (!window.localPane()->openFolder(qEnvironmentVariable("FERRY_E2E_LOCAL")))
            return 5;
        QPoint from;
        if (!waitFor(
                [&] {
                    return !(from = rowOnScreen(window.remotePane()->fileList(), QStringLiteral("huge.bin")))
                                .isNull();
                },
                30000)) {
            saveScreenshot(QStringLiteral("gui-e2e-child-failed.png"));
            return 6;
        }
        QTest::qWait(500);
        if (!dragWithMouse(from, emptyPartOf(window.localPane()->fileList())))
            return 7;
        printf("dragged\n");
        fflush(stdout);
        return QApplication::exec();
    }
    QMessageBox *question = nullptr;
    if (!waitFor(
            [&] {
                return (question = window.findChild<QMessageBox *>(QStringLiteral("resumeQueueQuestion"))) !=
                           nullptr &&
                       question->isVisible();
            },
            30000)) {
        saveScreenshot(QStringLiteral("gui-e2e-resume-failed.png"));
        return 8;
    }
    QTest::qWait(300);
    saveScreenshot(QStringLiteral("gui-e2e-resume-question.png"));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    // The password was typed in the quick-connect bar, never stored: the queue asks.
    SecretDialog *password = nullptr;
    if (!waitFor(
            [&] {
                return (password = qobject_cast<SecretDialog *>(QApplication::activeModalWidget())) !=
                       nullptr;
            },
            30000)) {
        saveScreenshot(QStringLiteral("gui-e2e-resume-failed.png"));
        return 10;
    }
    QTest::keyClicks(password->answerEdit(), Fixture::password());
    QTest::keyClick(password->answerEdit(), Qt::Key_Return);
    QTest::qWait(1500);
    saveScreenshot(QStringLiteral("gui-e2e-resumed.png"));
    if (!waitFor([&] { return doneCount(window) == 1; }, 150000)) {
        saveScreenshot(QStringLiteral("gui-e2e-resume-failed.png"));
        return 9;
    }
    printf("done\n");
    return 0;
}

int main(int argc, char *argv[])
{
    const QString child = qEnvironmentVariable("FERRY_E2E_CHILD");
    if (!child.isEmpty())
        return childMain(argc, argv, child);
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    TestGuiEndToEnd test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_e2e.moc"
