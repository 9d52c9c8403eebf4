// End to end: uploads from inside an archive, on an X display (run_under_xvfb.sh) against
// the fixture's vsftpd. The local pane opens a tar.zst made at test time like a folder;
// a real mouse drag (xdotool, through Qt's own drag and drop) of a file member and of a
// folder member onto the remote list queues uploads that name the members
// (ItemOptions::archiveMember), streamed from the archive: the server's files have the
// SHA-256 of the originals. A screenshot of the window inside the archive is saved
// (FERRY_TEST_ARTEFACTS).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
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
#include "archive/Archive.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;
using ferry::test::ServerInfo;

using ferry::test::namesIn;

class TestGuiArchiveEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dragFromArchiveUploads();

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
    m_services = std::make_unique<ferry::test::TestServices>();
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

    LocalPane *local = m_window->localPane();
    QSignalSpy loaded(local, &LocalPane::archiveLoaded);
    local->openArchive(archive, QStringLiteral("release"));
    QVERIFY(loaded.wait(20000));
    QTest::qWait(300); // painted
    QTreeView *list = local->fileList();

    // A file member: dragged onto the remote list.
    QPoint start = ferry::test::rowOnScreen(list, QStringLiteral("app.bin"));
    QVERIFY(!start.isNull());
    QVERIFY(ferry::test::dragWithMouse(start, ferry::test::emptyPartOf(remote->fileList())));
    const QString arrived = QDir(into).filePath(QStringLiteral("app.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(ferry::test::sha256OfFile(arrived) ==
                                 ferry::test::sha256OfFile(src.filePath(QStringLiteral("release/app.bin"))),
                             60000);

    // A folder member: expanded by the queue from the archive's listing.
    start = ferry::test::rowOnScreen(list, QStringLiteral("docs"));
    QVERIFY(!start.isNull());
    QVERIFY(ferry::test::dragWithMouse(start, ferry::test::emptyPartOf(remote->fileList())));
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

QTEST_MAIN(TestGuiArchiveEndToEnd)
#include "tst_gui_archive_e2e.moc"
