// End to end: the real main window on an X display (run_under_xvfb.sh), the real engines,
// the fixture's real servers. Types into the quick-connect bar, connects to vsftpd with
// explicit TLS (answering the certificate dialog) and to sshd (answering the host-key
// dialog), opens a remote folder, sees its files, and saves screenshots as artefacts
// (FERRY_TEST_ARTEFACTS, else the current folder).
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "dialogs/PermissionsDialog.h"
#include "questions/CertificateDialog.h"
#include "questions/HostKeyDialog.h"
#include "MainWindow.h"
#include "log/LogModel.h"
#include "connect/QuickConnectBar.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "TestServers.h"
#include "UiTestSupport.h"
#include "session/SessionManager.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;

namespace {

QString artefactPath(const QString &name)
{
    QString dir = qEnvironmentVariable("FERRY_TEST_ARTEFACTS");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

bool saveScreenshot(const QString &name)
{
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = artefactPath(name);
    qInfo("screenshot: %s", qPrintable(path));
    return !shot.isNull() && shot.save(path);
}

QStringList remoteNames(const MainWindow &window)
{
    const RemoteFileModel *model = window.remotePane()->fileModel();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
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
    (void)QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }, 5000);
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

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestGuiEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void ftpesWithCertificateDialog();
    void sftpWithHostKeyDialog();

private:
    void fileOperationsFromTheContextMenu(const QString &tag);
    bool giveTree(const QString &path);
    void fillQuickConnect(Protocol protocol, quint16 port);
    void openRemoteFolderAndCheck(const QString &shotName);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    std::unique_ptr<ferry::session::SessionManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    const QString folder = QDir(m_fx.rootDir()).filePath(QStringLiteral("e2e-folder"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("hello-ferry.txt"), QStringLiteral("second-file.bin")}) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(name.size() * 1000, 'f'));
    }
    QVERIFY(m_fx.giveToTestUser(folder));
    m_manager = std::make_unique<ferry::session::SessionManager>();
    m_window = std::make_unique<MainWindow>(m_manager.get());
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
    QuickConnectBar *bar = m_window->quickConnectBar();
    QComboBox *box = bar->protocolBox();
    box->setFocus();
    // Choose the protocol with the keyboard, as a user would.
    while (box->currentData().toInt() != int(protocol)) {
        const int before = box->currentIndex();
        QTest::keyClick(box, box->currentIndex() < box->findData(int(protocol)) ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(box->currentIndex() != before);
    }
    typeInto(bar->hostEdit(), QStringLiteral("127.0.0.1"));
    typeInto(bar->userEdit(), Fixture::user());
    typeInto(bar->passwordEdit(), Fixture::password());
    typeInto(bar->portEdit(), QString::number(port));
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
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
    // The first operation opens a transfer connection of the pool, which asks about the
    // certificate / host key again ("once" was for the browsing connection).
    QWidget *trust = nullptr;
    (void)QTest::qWaitFor([&trust] {
        QWidget *w = QApplication::activeModalWidget();
        trust = (qobject_cast<CertificateDialog *>(w) || qobject_cast<HostKeyDialog *>(w)) ? w : nullptr;
        return trust != nullptr;
    }, 5000);
    if (auto *cert = qobject_cast<CertificateDialog *>(trust))
        QTest::mouseClick(cert->trustOnceButton(), Qt::LeftButton);
    else if (auto *key = qobject_cast<HostKeyDialog *>(trust))
        QTest::mouseClick(key->acceptOnceButton(), Qt::LeftButton);
    const QString folder = QDir(disk).filePath(QStringLiteral("folder-") + tag);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(folder).isDir(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("folder-") + tag) >= 0, 20000); // listed again

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
    const QFile::Permissions ugo = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(renamed).permissions() & ugo, QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner),
                              20000);

    // Delete a folder recursively: Del, the confirmation, Yes.
    const QString tree = QDir(disk).filePath(QStringLiteral("tree-") + tag);
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/a/b")));
    for (const QString &file : {QStringLiteral("/x.txt"), QStringLiteral("/a/y.txt"), QStringLiteral("/a/b/z.txt")}) {
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
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("tree-") + tag) < 0, 20000); // listed again
    // Browsing stayed on its own connection: the deletes ran on a transfer connection.
    QVERIFY(m_window->currentSession()->connectionCount() >= 2);
}

QTEST_MAIN(TestGuiEndToEnd)
#include "tst_gui_e2e.moc"
