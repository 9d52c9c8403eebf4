// End to end: Transfer > Synchronize... on the real window on an X display
// (run_under_xvfb.sh) against the fixture's vsftpd and sshd. A local folder with a new
// file, a changed (larger) file, a new folder with a file in it, an identical file and a
// file the user unticks; the served folder with the changed file's old version, the
// identical file and a file only it has. Ctrl+Shift+S opens the dialog on the panes'
// folders; with "delete files only on the target" Compare lists the plan (a screenshot
// of the dialog), one row is unticked with a click on its box, Synchronize queues the rest through the
// window's queue (the queue panel shows them done). Then the served tree is checked by SHA-256: every ticked
// file arrived byte for byte, the unticked one did not, the identical one was not sent again (its time is
// unchanged) and the extra file is gone. A second dialog, downloading from sshd without "delete", makes the
// local folder equal too and keeps the file only it has.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <utime.h>

#include "GuiDriving.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "compare/CompareActions.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/HostKeyDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "synchronize/SyncDialog.h"
#include "synchronize/SyncPlanModel.h"
#include "tabs/ConnectionTab.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;
using ferry::test::ServerInfo;

namespace {

QString N(const char *name)
{
    return QString::fromUtf8(name);
}

bool setTime(const QString &path, qint64 secs)
{
    struct utimbuf times;
    times.actime = times.modtime = time_t(secs);
    return ::utime(QFile::encodeName(path).constData(), &times) == 0;
}

// Every file under root by relative path, with its SHA-256.
QMap<QString, QByteArray> hashes(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(root).relativeFilePath(path), ferry::test::sha256OfFile(path));
    }
    return out;
}

// The queue panel's Done rows naming name.
bool doneInQueue(const MainWindow &window, const QString &name)
{
    const QAbstractItemModel *tab = window.queuePanel()->model()->tab(QueueModel::Category::Done);
    for (int row = 0; row < tab->rowCount(); ++row) {
        if (tab->index(row, QueueModel::RemoteColumn).data().toString().endsWith(name))
            return true;
    }
    return false;
}

int planRow(SyncPlanModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SyncPlanModel::PathColumn).data().toString() == path)
            return row;
    }
    return -1;
}

} // namespace

class TestGuiSyncEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void uploadToVsftpd();
    void uploadToSshd();
    void downloadFromSshd();

private:
    void connectTab(const ServerInfo *server, Protocol protocol);
    void openRemote(const QString &name);
    // Ctrl+Shift+S; the dialog that opened.
    SyncDialog *openDialog();
    void compareIn(SyncDialog *dialog);
    void upload(const ServerInfo *server, Protocol protocol, const QString &name);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    QTemporaryDir m_queueDir;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiSyncEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    // A queue on disk, as the window's: the sync's copies are persistent items.
    m_services = std::make_unique<ferry::test::TestServices>(ferry::session::FileSystemMaker(),
                                                             m_queueDir.filePath(N("queue.sqlite")));
    m_window = std::make_unique<MainWindow>(m_services->services());
    QVERIFY(ferry::test::showActive(*m_window));
}

void TestGuiSyncEndToEnd::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<SyncDialog *>(w))
            w->close();
    }
    if (QTest::currentTestFailed()) {
        const LogModel *log = m_window->logModel();
        for (int row = std::max(0, log->rowCount() - 40); row < log->rowCount(); ++row)
            qInfo("log: %s", qPrintable(log->index(row, LogModel::TextColumn).data().toString()));
    }
    m_window->currentTab()->disconnectFromServer();
}

void TestGuiSyncEndToEnd::connectTab(const ServerInfo *server, Protocol protocol)
{
    ConnectionSpec spec;
    spec.protocol = protocol;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = server->port;
    spec.user = Fixture::user();
    spec.password = Fixture::password();
    spec.hasPassword = true;
    m_window->currentTab()->connectTo(spec);
    if (protocol == Protocol::Sftp) {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget()), 20000);
        qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget())->acceptOnceButton()->click();
    }
    RemotePane *pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->hasListing() && !pane->isBusy(), 20000);
}

void TestGuiSyncEndToEnd::openRemote(const QString &name)
{
    RemotePane *pane = m_window->remotePane();
    const RemotePath path = pane->currentPath().child(name);
    pane->openFolder(path);
    QTRY_VERIFY_WITH_TIMEOUT(pane->currentPath() == path && !pane->isBusy(), 20000);
}

SyncDialog *TestGuiSyncEndToEnd::openDialog()
{
    // No window manager: the window is made active again after an earlier dialog.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_window->remotePane()->fileList()->setFocus();
    QTest::keyClick(m_window->remotePane()->fileList(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    SyncDialog *dialog = nullptr;
    ferry::test::waitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<SyncDialog *>(w); d && d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        },
        5000);
    return dialog;
}

void TestGuiSyncEndToEnd::compareIn(SyncDialog *dialog)
{
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPlanning(), 30000);
    QVERIFY2(dialog->planModel()->rowCount() > 0, qPrintable(dialog->statusLabel()->text()));
}

void TestGuiSyncEndToEnd::upload(const ServerInfo *server, Protocol protocol, const QString &name)
{
    QTemporaryDir localDir;
    const QString local = localDir.path();
    const QString served = QDir(m_fx.rootDir()).filePath(name);
    QVERIFY(QDir().mkpath(served));
    QVERIFY(QDir().mkpath(QDir(local).filePath(N("sub"))));
    QVERIFY(ferry::test::writeRandomFile(QDir(local).filePath(N("new.bin")), 300 * 1024 + 3, 1));
    QVERIFY(ferry::test::writeRandomFile(QDir(local).filePath(N("changed.bin")), 2 * 1024 * 1024 + 5, 2));
    QVERIFY(ferry::test::writeRandomFile(QDir(local).filePath(N("sub/inside.txt")), 1000, 3));
    QVERIFY(ferry::test::writeRandomFile(QDir(local).filePath(N("unticked.bin")), 4000, 4));
    QVERIFY(ferry::test::writeRandomFile(QDir(local).filePath(N("same.txt")), 777, 5));
    QVERIFY(ferry::test::writeRandomFile(QDir(served).filePath(N("changed.bin")), 1000, 6));
    QVERIFY(QFile::copy(QDir(local).filePath(N("same.txt")), QDir(served).filePath(N("same.txt"))));
    QVERIFY(ferry::test::writeRandomFile(QDir(served).filePath(N("extra.txt")), 50, 7));
    const qint64 sameTime = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 3600;
    QVERIFY(setTime(QDir(local).filePath(N("same.txt")), sameTime));
    QVERIFY(setTime(QDir(served).filePath(N("same.txt")), sameTime));
    QVERIFY(m_fx.giveToTestUser(served));

    m_window->localPane()->openFolder(local);
    connectTab(server, protocol);
    openRemote(name);

    SyncDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->localEdit()->text(), QDir::cleanPath(local));
    QCOMPARE(dialog->remoteEdit()->text(), m_window->remotePane()->currentPath().toString());
    QVERIFY(!dialog->synchronizeButton()->isEnabled());
    QTest::mouseClick(dialog->deleteBox(), Qt::LeftButton, {}, QPoint(8, dialog->deleteBox()->height() / 2));
    QVERIFY(dialog->deleteBox()->isChecked());
    compareIn(dialog);
    SyncPlanModel *model = dialog->planModel();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << ferry::sync::SyncPlan::describe(model->actionAt(row));
    rows.sort();
    QCOMPARE(rows,
             (QStringList{N("delete extra.txt (only-target)"), N("mkdir sub/ (only-source)"),
                          N("upload changed.bin (size differs)"), N("upload new.bin (only-source)"),
                          N("upload sub/inside.txt (only-source)"), N("upload unticked.bin (only-source)")}));
    QVERIFY(dialog->statusLabel()->text().contains(N("5 file(s) to upload")) ||
            dialog->statusLabel()->text().contains(N("file(s) to upload")));

    // Untick one file with a click on its box.
    const int row = planRow(model, N("unticked.bin"));
    QVERIFY(row >= 0);
    QTreeView *view = dialog->planView();
    const QModelIndex box = model->index(row, SyncPlanModel::ActionColumn);
    view->scrollTo(box);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(box);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect indicator =
        view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QVERIFY(indicator.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, indicator.center());
    QTRY_VERIFY(!model->isChecked(row));
    QTRY_VERIFY(dialog->statusLabel()->text().contains(N("1 unticked")));
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(N("sync-dialog-") + name + N(".png")));

    QTest::mouseClick(dialog->synchronizeButton(), Qt::LeftButton);
    // Through the window's queue: the panel lists the copies done.
    QTRY_VERIFY_WITH_TIMEOUT(doneInQueue(*m_window, N("new.bin")) &&
                                 doneInQueue(*m_window, N("changed.bin")) &&
                                 doneInQueue(*m_window, N("inside.txt")),
                             60000);
    QVERIFY(!doneInQueue(*m_window, N("unticked.bin")));
    // The deletes follow the copies.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QDir(served).filePath(N("extra.txt"))), 30000);

    const auto mine = hashes(local);
    const auto theirs = hashes(served);
    QCOMPARE(theirs.value(N("new.bin")), mine.value(N("new.bin")));
    QCOMPARE(theirs.value(N("changed.bin")), mine.value(N("changed.bin")));
    QCOMPARE(theirs.value(N("sub/inside.txt")), mine.value(N("sub/inside.txt")));
    QCOMPARE(theirs.value(N("same.txt")), mine.value(N("same.txt")));
    QVERIFY(!theirs.contains(N("unticked.bin")));
    QVERIFY(!theirs.contains(N("extra.txt")));
    QCOMPARE(theirs.size(), 4);
    // Not sent again: the identical file keeps its time.
    QCOMPARE(QFileInfo(QDir(served).filePath(N("same.txt"))).lastModified().toSecsSinceEpoch(), sameTime);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->remotePane()->fileModel()->rowOf(N("sub")) >= 0, 20000);
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(N("sync-done-") + name + N(".png")));
}

void TestGuiSyncEndToEnd::uploadToVsftpd()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    upload(ftp, Protocol::Ftp, N("sync-ftp"));
}

void TestGuiSyncEndToEnd::uploadToSshd()
{
    const ServerInfo *sshd = m_fx.startSshd();
    QVERIFY2(sshd, qPrintable(m_fx.lastError()));
    upload(sshd, Protocol::Sftp, N("sync-sftp"));
}

void TestGuiSyncEndToEnd::downloadFromSshd()
{
    const ServerInfo *sshd = m_fx.startSshd();
    QVERIFY2(sshd, qPrintable(m_fx.lastError()));
    const QString served = QDir(m_fx.rootDir()).filePath(N("sync-down"));
    QVERIFY(QDir().mkpath(QDir(served).filePath(N("deep/er"))));
    QVERIFY(ferry::test::writeRandomFile(QDir(served).filePath(N("one.bin")), 1024 * 1024 + 1, 11));
    QVERIFY(ferry::test::writeRandomFile(QDir(served).filePath(N("deep/er/two.txt")), 10, 12));
    QVERIFY(m_fx.giveToTestUser(served));
    QTemporaryDir localDir;
    // Only here: without "delete" it stays.
    QVERIFY(ferry::test::writeRandomFile(QDir(localDir.path()).filePath(N("mine.txt")), 20, 13));
    m_window->localPane()->openFolder(localDir.path());
    connectTab(sshd, Protocol::Sftp);
    openRemote(N("sync-down"));

    SyncDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->directionBox()->setCurrentIndex(1); // download
    QVERIFY(!dialog->deleteBox()->isChecked());
    compareIn(dialog);
    for (int row = 0; row < dialog->planModel()->rowCount(); ++row)
        QVERIFY(dialog->planModel()->actionAt(row).kind != ferry::sync::SyncAction::Kind::Delete);
    QTest::mouseClick(dialog->synchronizeButton(), Qt::LeftButton);
    auto expected = hashes(served);
    expected.insert(N("mine.txt"), ferry::test::sha256OfFile(QDir(localDir.path()).filePath(N("mine.txt"))));
    QTRY_VERIFY_WITH_TIMEOUT(hashes(localDir.path()) == expected, 60000);
}

QTEST_MAIN(TestGuiSyncEndToEnd)
#include "tst_gui_sync_e2e.moc"
