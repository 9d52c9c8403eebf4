// End to end under Xvfb (run_under_xvfb.sh): the real window, the fixture's vsftpd, a
// remote tree of 306 folders with a link to a folder outside it. A real mouse drag
// (xdotool) of the folder onto the local pane downloads it through the queue's folder
// expansion, which takes its listings from the tree listed ahead over several
// connections (the window's log says how many folders, how many at once): every file
// arrives byte-identical (SHA-256), the link is not followed. Then Del on the folder in
// the remote pane, Yes: the tree is listed ahead and deleted over several connections,
// the folder is gone on the server and what the link led to is untouched. Screenshots
// in test-artefacts/gui.
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
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
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "session/Session.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;

namespace {

constexpr int kTop = 4, kMid = 8, kLeaf = 9;
constexpr int kFolders = 1 + kTop + kTop * kMid + kTop * kMid * kLeaf; // 325

// relative path -> SHA-256 (files) or "dir"; links as "link".
QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = QDir(root).relativeFilePath(fi.filePath());
        out.insert(rel, fi.isSymLink() ? QByteArray("link")
                        : fi.isDir()   ? QByteArray("dir")
                                       : ferry::test::sha256OfFile(fi.filePath()));
    }
    return out;
}

// "listed N remote folders ahead, up to M at once" in the window's log: {N, M}.
std::pair<int, int> listedAhead(const MainWindow &window)
{
    static const QRegularExpression line(
        QStringLiteral("listed (\\d+) remote folders ahead, up to (\\d+) at once"));
    const QAbstractItemModel *log = window.logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        const QRegularExpressionMatch m = line.match(log->index(row, 2).data().toString());
        if (m.hasMatch())
            return {m.captured(1).toInt(), m.captured(2).toInt()};
    }
    return {-1, -1};
}

QWidget *waitForModal()
{
    QWidget *found = nullptr;
    (void)QTest::qWaitFor([&found] { return (found = QApplication::activeModalWidget()) != nullptr; }, 10000);
    return found;
}

} // namespace

class TestGuiRecursiveEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dragRemoteTreeToLocalListsAhead();
    void deleteRemoteTreeListsAhead();

private:
    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    QTemporaryDir m_local;
    QString m_served;
    QString m_outside;
    int m_files = 0;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiRecursiveEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    QVERIFY(m_local.isValid());
    m_served = QDir(m_fx.rootDir()).filePath(QStringLiteral("rec-tree"));
    m_outside = QDir(m_fx.rootDir()).filePath(QStringLiteral("rec-outside"));
    QVERIFY(QDir().mkpath(m_outside));
    QVERIFY(ferry::test::writeRandomFile(m_outside + QStringLiteral("/keep.dat"), 5000, 7));
    int seed = 1;
    for (int t = 0; t < kTop; ++t) {
        for (int m = 0; m < kMid; ++m) {
            for (int l = 0; l < kLeaf; ++l, ++seed, ++m_files) {
                const QString leaf = m_served + QStringLiteral("/t%1/m %2/l%3").arg(t).arg(m).arg(l);
                QVERIFY(QDir().mkpath(leaf));
                QVERIFY(ferry::test::writeRandomFile(leaf + QStringLiteral("/f.dat"), (seed * 977) % 5000,
                                                     quint32(seed)));
            }
        }
    }
    QVERIFY(QFile::link(m_outside, m_served + QStringLiteral("/t0/to-outside")));
    QVERIFY(m_fx.giveToTestUser(m_served));
    QVERIFY(m_fx.giveToTestUser(m_outside));
    QVERIFY(QDir().mkpath(m_local.filePath(QStringLiteral("downloads"))));
    m_services = std::make_unique<ferry::test::TestServices>();
    m_window = std::make_unique<MainWindow>(m_services->services());
    m_window->resize(1240, 760);
    m_window->move(20, 20);
    QVERIFY(ferry::test::showActive(*m_window));
    const auto *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    RemotePane *pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->hasListing() && !pane->isBusy(), 20000);
    pane->openFolder(RemotePath(m_fx.rootDir()));
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("rec-tree")) >= 0 && !pane->isBusy(),
                             20000);
}

void TestGuiRecursiveEndToEnd::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    const QAbstractItemModel *log = m_window->logModel();
    for (int row = std::max(0, log->rowCount() - 40); row < log->rowCount(); ++row)
        qInfo("log: %s", qPrintable(log->index(row, 2).data().toString()));
}

void TestGuiRecursiveEndToEnd::dragRemoteTreeToLocalListsAhead()
{
    const QString target = m_local.filePath(QStringLiteral("downloads"));
    QVERIFY(m_window->localPane()->openFolder(target));
    QTest::qWait(300);
    QPoint from;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(from = ferry::test::rowOnScreen(m_window->remotePane()->fileList(), QStringLiteral("rec-tree")))
             .isNull(),
        10000);
    QVERIFY(ferry::test::dragWithMouse(from, ferry::test::emptyPartOf(m_window->localPane()->fileList())));
    const auto doneFiles = [this] {
        return m_window->queuePanel()->model()->count(QueueModel::Category::Done);
    };
    QTRY_VERIFY_WITH_TIMEOUT(doneFiles() >= m_files, 300000);
    QCOMPARE(m_window->queuePanel()->model()->count(QueueModel::Category::Failed), 0);
    // The expansion's listings came from the tree listed ahead, several folders at once.
    QTRY_VERIFY_WITH_TIMEOUT(listedAhead(*m_window).first == kFolders, 20000);
    QVERIFY2(listedAhead(*m_window).second > 1, qPrintable(QString::number(listedAhead(*m_window).second)));

    QMap<QString, QByteArray> want = treeOf(m_served);
    want.remove(QStringLiteral("t0/to-outside"));
    QTRY_COMPARE_WITH_TIMEOUT(treeOf(QDir(target).filePath(QStringLiteral("rec-tree"))).size(), want.size(),
                              20000);
    QCOMPARE(treeOf(QDir(target).filePath(QStringLiteral("rec-tree"))), want);
    m_window->queuePanel()->tabs()->setCurrentIndex(QueuePanel::DoneTab);
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-recursive-download.png")));
}

void TestGuiRecursiveEndToEnd::deleteRemoteTreeListsAhead()
{
    const QMap<QString, QByteArray> outsideBefore = treeOf(m_outside);
    RemotePane *pane = m_window->remotePane();
    QTreeView *list = pane->fileList();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus();
    QTRY_VERIFY(!pane->isBusy());
    list->setCurrentIndex(list->model()->index(pane->fileModel()->rowOf(QStringLiteral("rec-tree")), 0));
    QTest::keyClick(list, Qt::Key_Delete);
    auto *confirm = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("rec-tree")), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(m_served), 120000);
    // Every file, the link and every folder, as the summary counts them.
    QTRY_VERIFY_WITH_TIMEOUT(
        ferry::test::logContains(*m_window,
                                 QStringLiteral("Deleted %1 files and folders").arg(m_files + 1 + kFolders)),
        20000);
    // Listed and deleted over several connections of the tab's session, not only the one
    // transfer connection a file operation runs on (browsing + 1).
    QVERIFY2(m_window->currentSession()->connectionCount() > 2,
             qPrintable(QString::number(m_window->currentSession()->connectionCount())));
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->rowOf(QStringLiteral("rec-tree")) < 0, 20000);
    QCOMPARE(treeOf(m_outside), outsideBefore);
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-recursive-delete.png")));
}

QTEST_MAIN(TestGuiRecursiveEndToEnd)
#include "tst_gui_recursive_e2e.moc"
