// End to end: uploads from inside an archive, on an X display (run_under_xvfb.sh) against
// the fixture's vsftpd. The local pane opens a tar.zst made at test time like a folder;
// a real mouse drag (xdotool, through Qt's own drag and drop) of a file member and of a
// folder member onto the remote list queues uploads that name the members
// (ItemOptions::archiveMember), streamed from the archive: the server's files have the
// SHA-256 of the originals. A screenshot of the window inside the archive is saved
// (FERRY_TEST_ARTEFACTS).
// An encrypted member (a zip made with `zip -e -P`) dragged the same way asks for the
// archive's password in the window's password dialog (SecretDialog, the queue's Secret
// question): a wrong answer is asked again with "Wrong password" and writes nothing on the
// server, the right one uploads the member byte-identical; Cancel fails the item with
// nothing written; neither password is in the log panel or the queue's database. A folder
// of encrypted members, uploaded two at a time, asks once.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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
#include "archive/Archive.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/SecretDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;
using ferry::test::ServerInfo;

using ferry::test::namesIn;

namespace {
const QString kPassword = QStringLiteral("Opensesame-4711");
const QString kWrong = QStringLiteral("wrong-password-42");

// The password dialog on the screen, or null.
SecretDialog *shownSecretDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<SecretDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Every label's text in a dialog, one a line.
QString labelsOf(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

// The cells of the queue's row whose local side ends with `suffix`, in a tab, joined by
// " | "; empty when there is none.
QString queueRow(const QAbstractItemModel *tab, const QString &suffix)
{
    for (int row = 0; row < tab->rowCount(); ++row) {
        if (!tab->index(row, QueueModel::LocalColumn).data().toString().endsWith(suffix))
            continue;
        QStringList cells;
        for (int column = 0; column < QueueModel::ColumnCount; ++column)
            cells << tab->index(row, column).data().toString();
        return cells.join(QStringLiteral(" | "));
    }
    return {};
}
// Opens an archive's folder in the window's local pane, like a double-click; false when
// its listing did not load.
bool openArchiveIn(MainWindow &window, const QString &archive, const QString &folder = {})
{
    LocalPane *local = window.localPane();
    QSignalSpy loaded(local, &LocalPane::archiveLoaded);
    local->openArchive(archive, folder);
    if (!loaded.wait(20000) || !loaded.first().value(0).toBool())
        return false;
    QTest::qWait(300); // painted
    return true;
}

// Drags the local list's row `name` onto the empty part of the remote list with the mouse
// (through X: Qt's real drag and drop); false when there is no such row or xdotool failed.
bool dragToRemote(MainWindow &window, const QString &name)
{
    const QPoint start = ferry::test::rowOnScreen(window.localPane()->fileList(), name);
    return !start.isNull() &&
           ferry::test::dragWithMouse(start, ferry::test::emptyPartOf(window.remotePane()->fileList()));
}

// `zip -r -e`: `entries` of `folder` into `archive`, encrypted with zip's own ZipCrypto
// under kPassword.
bool zipEncrypted(const QString &folder, const QString &archive, const QStringList &entries)
{
    QProcess zip;
    zip.setWorkingDirectory(folder);
    zip.start(QStringLiteral("zip"),
              QStringList{QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-e"),
                          QStringLiteral("-P"), kPassword, archive} +
                  entries);
    return zip.waitForFinished(60000) && zip.exitCode() == 0;
}

// Zips secret.bin and other.bin of `folder` into `archive` with zip's own encryption
// (`zip -e`: ZipCrypto) under kPassword. ZipCrypto checks a password against one byte of
// a member's random header, so one archive in 256 takes kWrong for secret.bin's and
// fails only at the data's CRC, without asking again: such an archive is made anew, so
// the test's wrong answer is always refused at once.
bool makeEncryptedZip(const QString &folder, const QString &archive)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString probe = archive + QStringLiteral(".probe%1.zip").arg(attempt);
        if (!zipEncrypted(folder, probe, {QStringLiteral("secret.bin"), QStringLiteral("other.bin")}))
            return false;
        int asked = 0;
        const auto opened = ferry::archive::openMember(
            probe, QStringLiteral("secret.bin"), 0, {}, true, // its first bytes read (decrypted) at once
            [&asked](const QString &, const QString &) -> std::optional<QString> {
                return asked++ == 0 ? std::optional<QString>(kWrong) : std::nullopt;
            });
        if (!opened && asked == 2) // refused, asked again, declined
            return QFile::rename(probe, archive);
        QFile::remove(probe);
    }
    return false;
}
} // namespace

class TestGuiArchiveEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dragFromArchiveUploads();
    void dragEncryptedMemberAsksPassword();
    void encryptedFolderAsksOnce();

private:
    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    QTemporaryDir m_local;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiArchiveEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    QVERIFY(m_local.isValid());
    // The queue on disk, so the test can read what it keeps (never a password).
    m_services = std::make_unique<ferry::test::TestServices>(
        ferry::session::FileSystemMaker(), m_local.filePath(QStringLiteral("queue.sqlite")));
    m_window = std::make_unique<MainWindow>(m_services->services());
    QVERIFY(ferry::test::showActive(*m_window));
}

void TestGuiArchiveEndToEnd::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    const QAbstractItemModel *log = m_window->logModel();
    for (int row = std::max(0, log->rowCount() - 60); row < log->rowCount(); ++row)
        qInfo("log: %s", qPrintable(log->index(row, LogModel::TextColumn).data().toString()));
    QueueModel *model = m_window->queuePanel()->model();
    for (auto category :
         {QueueModel::Category::Queued, QueueModel::Category::Failed, QueueModel::Category::Done}) {
        const QAbstractItemModel *tab = model->tab(category);
        for (int row = 0; row < tab->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < QueueModel::ColumnCount; ++column)
                cells << tab->index(row, column).data().toString();
            qInfo("queue: %s", qPrintable(cells.join(QStringLiteral(" | "))));
        }
    }
}

void TestGuiArchiveEndToEnd::dragFromArchiveUploads()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    // The archive: release/app.bin (3 MiB + 5) and release/docs/{a.txt,b.txt}.
    QDir src(m_local.path());
    QVERIFY(src.mkpath(QStringLiteral("release/docs")));
    QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("release/app.bin")), 3 * 1024 * 1024 + 5,
                                         23));
    QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("release/docs/a.txt")), 70001, 24));
    QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("release/docs/b.txt")), 13, 25));
    const QString archive = src.filePath(QStringLiteral("release.tar.zst"));
    QVERIFY(ferry::archive::createArchive(archive, ferry::archive::ArchiveFormat::TarZst,
                                          {src.filePath(QStringLiteral("release"))}));
    const QString into = QDir(m_fx.rootDir()).filePath(QStringLiteral("from-archive"));
    QVERIFY(QDir().mkpath(into) && m_fx.giveToTestUser(into));

    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    RemotePane *remote = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(remote->fileModel()->hasListing() && !remote->isBusy(), 20000);
    remote->openFolder(remote->currentPath().child(QStringLiteral("from-archive")));
    QTRY_VERIFY_WITH_TIMEOUT(
        remote->currentPath().toString().endsWith(QLatin1String("from-archive")) && !remote->isBusy(), 20000);

    QVERIFY(openArchiveIn(*m_window, archive, QStringLiteral("release")));

    // A file member: dragged onto the remote list.
    QVERIFY(dragToRemote(*m_window, QStringLiteral("app.bin")));
    const QString arrived = QDir(into).filePath(QStringLiteral("app.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(ferry::test::sha256OfFile(arrived) ==
                                 ferry::test::sha256OfFile(src.filePath(QStringLiteral("release/app.bin"))),
                             60000);

    // A folder member: expanded by the queue from the archive's listing.
    QVERIFY(dragToRemote(*m_window, QStringLiteral("docs")));
    for (const char *file : {"docs/a.txt", "docs/b.txt"}) {
        QTRY_VERIFY_WITH_TIMEOUT(
            ferry::test::sha256OfFile(QDir(into).filePath(QLatin1String(file))) ==
                ferry::test::sha256OfFile(src.filePath(QStringLiteral("release/") + QLatin1String(file))),
            60000);
    }
    remote->refresh(); // a folder's files land below the folder shown: no listing of it by itself
    QTRY_VERIFY_WITH_TIMEOUT(namesIn(remote).contains(QStringLiteral("docs")), 20000);
    // The queue shows where they came from: the archive's member.
    QueueModel *queue = m_window->queuePanel()->model();
    const QAbstractItemModel *done = queue->tab(QueueModel::Category::Done);
    bool named = false;
    for (int row = 0; row < done->rowCount(); ++row)
        named = named || done->index(row, QueueModel::LocalColumn)
                             .data()
                             .toString()
                             .endsWith(QLatin1String("release.tar.zst!/release/app.bin"));
    QVERIFY(named);
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-archive-upload.png")));
}

void TestGuiArchiveEndToEnd::dragEncryptedMemberAsksPassword()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        QFAIL("zip is not installed (scripts/setup-debian.sh)");
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    // The archive: secret.bin (700,000 random bytes) and other.bin, encrypted with zip's
    // own (ZipCrypto) password, as `zip -e` makes it; a second copy for the Cancel case
    // (the password that fit is remembered per archive for the run).
    QDir src(m_local.path());
    QVERIFY(src.mkpath(QStringLiteral("enc")));
    QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("enc/secret.bin")), 700000, 31));
    QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("enc/other.bin")), 4099, 32));
    const QString archive = src.filePath(QStringLiteral("locked.zip"));
    QVERIFY(makeEncryptedZip(src.filePath(QStringLiteral("enc")), archive));
    const QString declined = src.filePath(QStringLiteral("declined.zip"));
    QVERIFY(QFile::copy(archive, declined));
    const QString into = QDir(m_fx.rootDir()).filePath(QStringLiteral("from-locked"));
    QVERIFY(QDir().mkpath(into) && m_fx.giveToTestUser(into));

    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    RemotePane *remote = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(remote->fileModel()->hasListing() && !remote->isBusy(), 20000);
    remote->openFolder(RemotePath(into)); // vsftpd is not chrooted: the server's path is the fixture's
    QTRY_VERIFY_WITH_TIMEOUT(
        remote->currentPath().toString().endsWith(QLatin1String("from-locked")) && !remote->isBusy(), 20000);

    QVERIFY(openArchiveIn(*m_window, archive));
    QVERIFY(dragToRemote(*m_window, QStringLiteral("secret.bin")));

    // The window's password dialog: the archive in the title, the member in the text, a
    // masked field.
    QTRY_VERIFY_WITH_TIMEOUT(shownSecretDialog(), 30000);
    SecretDialog *dialog = shownSecretDialog();
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("locked.zip")), qPrintable(dialog->windowTitle()));
    QVERIFY2(labelsOf(dialog).contains(QStringLiteral("secret.bin")), qPrintable(labelsOf(dialog)));
    QCOMPARE(dialog->answerEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->answerEdit()->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->answerEdit()->hasFocus(), 10000);
    QTest::keyClicks(dialog->answerEdit(), kWrong);
    QTest::qWait(200);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-archive-password.png")));
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return);

    // Wrong: asked again, saying so (makeEncryptedZip saw to it that the check refuses it),
    // nothing on the server: the member is opened before the upload command goes out.
    const QString arrived = QDir(into).filePath(QStringLiteral("secret.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(shownSecretDialog() &&
                                 labelsOf(shownSecretDialog()).contains(QStringLiteral("Wrong password")),
                             30000);
    dialog = shownSecretDialog();
    QVERIFY(!QFileInfo::exists(arrived));
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-archive-password-wrong.png")));
    QTest::keyClicks(dialog->answerEdit(), kPassword);
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(ferry::test::sha256OfFile(arrived) ==
                                 ferry::test::sha256OfFile(src.filePath(QStringLiteral("enc/secret.bin"))),
                             60000);
    QueueModel *queue = m_window->queuePanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        !queueRow(queue->tab(QueueModel::Category::Done), QStringLiteral("locked.zip!/secret.bin")).isEmpty(),
        20000);

    // Declined: the item fails, saying why, with nothing written on the server.
    QVERIFY(openArchiveIn(*m_window, declined));
    QVERIFY(dragToRemote(*m_window, QStringLiteral("other.bin")));
    QTRY_VERIFY_WITH_TIMEOUT(shownSecretDialog(), 30000);
    dialog = shownSecretDialog();
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("declined.zip")));
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Escape);
    // (Not asked again: a declined question is no Stop that puts the item back.)
    QTRY_VERIFY_WITH_TIMEOUT(
        !queueRow(queue->tab(QueueModel::Category::Failed), QStringLiteral("declined.zip!/other.bin"))
             .isEmpty(),
        30000);
    const QString failed =
        queueRow(queue->tab(QueueModel::Category::Failed), QStringLiteral("declined.zip!/other.bin"));
    QVERIFY2(failed.contains(QStringLiteral("no password was given")), qPrintable(failed));
    QVERIFY(!shownSecretDialog());
    QVERIFY(!QFileInfo::exists(QDir(into).filePath(QStringLiteral("other.bin"))));

    // Neither password in the log panel nor in the queue's database (and its write-ahead log).
    const QAbstractItemModel *log = m_window->logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        for (int column = 0; column < log->columnCount(); ++column) {
            const QString text = log->index(row, column).data().toString();
            QVERIFY2(!text.contains(kPassword) && !text.contains(kWrong), qPrintable(text));
        }
    }
    QByteArray stored;
    for (const QString &name : src.entryList({QStringLiteral("queue.sqlite*")}, QDir::Files)) {
        QFile file(src.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        stored += file.readAll();
    }
    QVERIFY(stored.contains("locked.zip")); // the database is where the item was kept
    QVERIFY(!stored.contains(kPassword.toUtf8()));
    QVERIFY(!stored.contains(kWrong.toUtf8()));
}

void TestGuiArchiveEndToEnd::encryptedFolderAsksOnce()
{
    // A folder of six encrypted members: the queue uploads two at a time, and both open
    // their member before any password is known. The window asks once (the second reader
    // waits for the first one's question and then tries its answer), as 7-Zip and
    // FileZilla ask once for one archive.
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    QDir src(m_local.path());
    QVERIFY(src.mkpath(QStringLiteral("many/set")));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(ferry::test::writeRandomFile(src.filePath(QStringLiteral("many/set/f%1.bin").arg(i)),
                                             300000 + i, 40 + i));
    }
    const QString archive = src.filePath(QStringLiteral("many.zip"));
    QVERIFY(zipEncrypted(src.filePath(QStringLiteral("many")), archive, {QStringLiteral("set")}));
    const QString into = QDir(m_fx.rootDir()).filePath(QStringLiteral("from-many"));
    QVERIFY(QDir().mkpath(into) && m_fx.giveToTestUser(into));

    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    RemotePane *remote = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(remote->fileModel()->hasListing() && !remote->isBusy(), 20000);
    remote->openFolder(RemotePath(into));
    QTRY_VERIFY_WITH_TIMEOUT(
        remote->currentPath().toString().endsWith(QLatin1String("from-many")) && !remote->isBusy(), 20000);
    QVERIFY(openArchiveIn(*m_window, archive));

    // Every password dialog that shows is counted and answered right, a while after it
    // showed (time for another reader to ask too, were it allowed to).
    int dialogs = 0;
    QList<QPointer<SecretDialog>> seen;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        SecretDialog *dialog = shownSecretDialog();
        if (!dialog || seen.contains(QPointer<SecretDialog>(dialog)))
            return;
        seen << dialog;
        ++dialogs;
        QTimer::singleShot(1500, dialog, [dialog] {
            QTest::keyClicks(dialog->answerEdit(), kPassword);
            QTest::keyClick(dialog->answerEdit(), Qt::Key_Return);
        });
    });
    answerer.start(100);
    QVERIFY(dragToRemote(*m_window, QStringLiteral("set")));
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("f%1.bin").arg(i);
        QTRY_VERIFY_WITH_TIMEOUT(
            ferry::test::sha256OfFile(QDir(into).filePath(QStringLiteral("set/") + name)) ==
                ferry::test::sha256OfFile(src.filePath(QStringLiteral("many/set/") + name)),
            60000);
    }
    QCOMPARE(dialogs, 1);
}

QTEST_MAIN(TestGuiArchiveEndToEnd)
#include "tst_gui_archive_e2e.moc"
