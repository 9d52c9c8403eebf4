// End to end: View/Edit in the real window on an X display (run_under_xvfb.sh) against
// the fixture's vsftpd. Settings > Editors names a scripted "editor" for .txt (it appends
// a line, as a user's save would); F4 on the remote file downloads it, the editor runs,
// Ferry asks "Upload it?" (a screenshot of the question is saved), the Upload button is
// clicked, and the server's file is the edited one byte for byte (SHA-256). A second save
// with "always" ticked is uploaded without asking again.
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "GuiDriving.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/EditQuestionDialog.h"
#include "tabs/ConnectionTab.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;
using ferry::test::logContains;
using ferry::test::namesIn;
using ferry::test::ServerInfo;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiEditEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void f4EditsAndUploads();
    void keepRemoteFolderUpToDate();
    void quittingWithAnEditNotUploadedAsks();

private:
    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    QTemporaryDir m_scripts;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiEditEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    m_services = std::make_unique<ferry::test::TestServices>();
    // The user's editor for .txt: appends a line each time it is started.
    const QString editor = m_scripts.filePath(QStringLiteral("editor.sh"));
    QFile script(editor);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf 'edited in Ferry\\n' >> \"$1\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_services->settings().setEditors({{QStringLiteral("txt"), editor}});
    m_window = std::make_unique<MainWindow>(m_services->services());
    QVERIFY(ferry::test::showActive(*m_window));
}

void TestGuiEditEndToEnd::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    const QAbstractItemModel *log = m_window->logModel();
    for (int row = std::max(0, log->rowCount() - 40); row < log->rowCount(); ++row)
        qInfo("log: %s", qPrintable(log->index(row, LogModel::TextColumn).data().toString()));
}

void TestGuiEditEndToEnd::f4EditsAndUploads()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    const QString folder = QDir(m_fx.rootDir()).filePath(QStringLiteral("edit-e2e"));
    QVERIFY(QDir().mkpath(folder) && m_fx.giveToTestUser(folder));
    const QString served = QDir(folder).filePath(QStringLiteral("notes.txt"));
    {
        QFile f(served);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first line on the server\n");
    }
    QVERIFY(m_fx.giveToTestUser(served));

    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    RemotePane *pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->hasListing() && !pane->isBusy(), 20000);
    pane->openFolder(pane->currentPath().child(QStringLiteral("edit-e2e")));
    QTRY_VERIFY_WITH_TIMEOUT(namesIn(pane).contains(QStringLiteral("notes.txt")) && !pane->isBusy(), 20000);

    // The file selected with the mouse, then F4.
    QTreeView *list = pane->fileList();
    const QPoint row = ferry::test::rowOnScreen(list, QStringLiteral("notes.txt"));
    QVERIFY(!row.isNull());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->viewport()->mapFromGlobal(row));
    QTRY_VERIFY(list->hasFocus() || (list->setFocus(), list->hasFocus()));
    QTest::keyClick(list, Qt::Key_F4);

    // The editor saved: Ferry asks.
    EditQuestionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = qobject_cast<EditQuestionDialog *>(QApplication::activeModalWidget())) != nullptr, 20000);
    QVERIFY(dialog->uploadButton());
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-edit-upload-question.png")));
    QCOMPARE(readAll(served), QByteArray("first line on the server\n")); // nothing uploaded unasked
    dialog->always()->setChecked(true);
    QTest::mouseClick(dialog->uploadButton(), Qt::LeftButton);
    const QByteArray once = "first line on the server\nedited in Ferry\n";
    QTRY_COMPARE_WITH_TIMEOUT(readAll(served), once, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(*m_window, QStringLiteral("Uploaded the edited file")), 10000);
    QCOMPARE(ferry::test::sha256OfFile(served), ferry::test::sha256OfBytes(once));

    // F4 again: the open copy is opened again (the editor appends once more) and, "always"
    // being ticked, uploaded without a question.
    // The question closed: the window and its list have the keys again.
    QApplication::setActiveWindow(m_window.get());
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F4);
    const QByteArray twice = once + "edited in Ferry\n";
    QTRY_COMPARE_WITH_TIMEOUT(readAll(served), twice, 20000);
    QVERIFY(!qobject_cast<EditQuestionDialog *>(QApplication::activeModalWidget()));
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-edit-uploaded.png")));
}

void TestGuiEditEndToEnd::keepRemoteFolderUpToDate()
{
    // The window is connected (the test before): the remote pane shows a new folder, the
    // local pane a folder with a file; Ctrl+U keeps the one up to date with the other.
    const QString folder = QDir(m_fx.rootDir()).filePath(QStringLiteral("kept-e2e"));
    QVERIFY(QDir().mkpath(folder) && m_fx.giveToTestUser(folder));
    QTemporaryDir local;
    {
        QFile f(local.filePath(QStringLiteral("first.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("there before\n");
    }
    RemotePane *pane = m_window->remotePane();
    pane->openFolder(RemotePath(folder));
    QTRY_VERIFY_WITH_TIMEOUT(pane->currentPath().toString() == folder && !pane->isBusy(), 20000);
    ConnectionTab *tab = m_window->currentTab();
    tab->localPane()->openFolder(local.path());
    QTRY_COMPARE(tab->localPane()->currentPath(), local.path());
    QApplication::setActiveWindow(m_window.get());
    tab->localPane()->fileList()->setFocus();
    QTRY_VERIFY(tab->localPane()->fileList()->hasFocus());
    QTest::keyClick(tab->localPane()->fileList(), Qt::Key_U, Qt::ControlModifier);
    QTRY_VERIFY(tab->keepUpToDateStrip()->isVisible());
    QVERIFY(tab->keepUpToDateAction()->isChecked());
    const QString firstOnServer = QDir(folder).filePath(QStringLiteral("first.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(readAll(firstOnServer), QByteArray("there before\n"), 20000);
    // A file made now follows.
    {
        QFile f(local.filePath(QStringLiteral("made-later.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("made while kept up to date\n");
    }
    const QString laterOnServer = QDir(folder).filePath(QStringLiteral("made-later.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(readAll(laterOnServer), QByteArray("made while kept up to date\n"), 20000);
    QCOMPARE(ferry::test::sha256OfFile(laterOnServer),
             ferry::test::sha256OfFile(local.filePath(QStringLiteral("made-later.txt"))));
    QTest::qWait(500);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-keep-up-to-date.png")));
    // Stop: the strip goes, and nothing more is sent.
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("keepUpToDateStop")), Qt::LeftButton);
    QTRY_VERIFY(!tab->keepUpToDateStrip()->isVisible());
    QVERIFY(!tab->keepUpToDateAction()->isChecked());
    {
        QFile f(local.filePath(QStringLiteral("after-stop.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sent\n");
    }
    QTest::qWait(3000);
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("after-stop.txt"))));
}

void TestGuiEditEndToEnd::quittingWithAnEditNotUploadedAsks()
{
    const QString folder = QDir(m_fx.rootDir()).filePath(QStringLiteral("edit-e2e"));
    const QString served = QDir(folder).filePath(QStringLiteral("draft.txt"));
    {
        QFile f(served);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("draft\n");
    }
    QVERIFY(m_fx.giveToTestUser(served));
    RemotePane *pane = m_window->remotePane();
    pane->openFolder(RemotePath(folder));
    QTRY_VERIFY_WITH_TIMEOUT(pane->currentPath().toString() == folder && !pane->isBusy(), 20000);
    pane->refresh(); // listed earlier, without draft.txt
    QTRY_VERIFY_WITH_TIMEOUT(namesIn(pane).contains(QStringLiteral("draft.txt")) && !pane->isBusy(), 20000);
    QTreeView *list = pane->fileList();
    const QPoint row = ferry::test::rowOnScreen(list, QStringLiteral("draft.txt"));
    QVERIFY(!row.isNull());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->viewport()->mapFromGlobal(row));
    QApplication::setActiveWindow(m_window.get());
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F4);
    EditQuestionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = qobject_cast<EditQuestionDialog *>(QApplication::activeModalWidget())) != nullptr, 20000);
    // Don't upload: the edit stays only in the temporary copy.
    dialog->reject();
    QTRY_VERIFY(!qobject_cast<EditQuestionDialog *>(QApplication::activeModalWidget()));
    QCOMPARE(readAll(served), QByteArray("draft\n"));
    // Quitting now asks first; Cancel keeps the window.
    m_window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr, 5000);
    QCOMPARE(box->objectName(), QStringLiteral("editedFilesQuestion"));
    QVERIFY(box->text().contains(QStringLiteral("draft.txt")));
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-edit-quit-question.png")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_window->isVisible());
    QCOMPARE(readAll(served), QByteArray("draft\n"));
}

QTEST_MAIN(TestGuiEditEndToEnd)
#include "tst_gui_edit_e2e.moc"
