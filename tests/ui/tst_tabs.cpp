// The window's tabs offscreen against the test engine: Ctrl+T / Ctrl+W / Ctrl+Tab /
// Ctrl+Shift+Tab through real key events, titles and connected marks, each tab's panes
// and sessions independent of the others', a second connection opening its own tab, the
// log's lines naming their server, switching tabs by hovering a drag over a title, and
// the open tabs saved and restored through AppSettings.
#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include "FakeFileSystem.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "connect/QuickConnectBar.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "session/SessionManager.h"
#include "sites/SiteStore.h"
#include "tabs/ConnectionTab.h"
#include "tabs/ConnectionTabBar.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::session::Session;
using ferry::test::FakeStats;

namespace {
QStringList remoteNames(RemotePane *pane)
{
    const RemoteFileModel *model = pane->fileModel();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

// Every row of the queue panel (all its tabs): direction, remote and server columns.
QStringList queueRows(const MainWindow &window)
{
    QStringList rows;
    QueueModel *model = window.queuePanel()->model();
    for (auto category :
         {QueueModel::Category::Queued, QueueModel::Category::Failed, QueueModel::Category::Done}) {
        const QAbstractItemModel *tab = model->tab(category);
        for (int row = 0; row < tab->rowCount(); ++row)
            rows << QStringList{tab->index(row, QueueModel::DirectionColumn).data().toString(),
                                tab->index(row, QueueModel::RemoteColumn).data().toString(),
                                tab->index(row, QueueModel::ServerColumn).data().toString()}
                        .join(QStringLiteral(" | "));
    }
    return rows;
}

// Drops data on the view's viewport at pos through the view's own drag events.
bool dropOn(QAbstractItemView *view, const QMimeData *data, QPoint pos)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

bool logContains(const MainWindow &window, const QString &text)
{
    const LogModel *log = window.logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, LogModel::TextColumn).data().toString().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newCloseAndCycleWithTheKeys();
    void titlesMarksAndASecondConnection();
    void panesAndSessionsAreIndependent();
    void hoveringADragOverATitleSwitches();
    void dropFromAnotherTabQueuesAServerCopy();
    void tabsRestoredAtTheNextStart();

private:
    void quickConnect(MainWindow &window, const QString &host);

    ferry::test::ScopedSettings m_settings;
    std::shared_ptr<FakeStats> m_stats = std::make_shared<FakeStats>();
};

void TestTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTabs::quickConnect(MainWindow &window, const QString &host)
{
    QuickConnectBar *bar = window.quickConnectBar();
    bar->hostEdit()->clear();
    QTest::keyClicks(bar->hostEdit(), host);
    bar->userEdit()->setText(QStringLiteral("alice"));
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
}

void TestTabs::newCloseAndCycleWithTheKeys()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTabWidget *tabs = window.tabWidget();
    QCOMPARE(tabs->count(), 1);
    QVERIFY(!tabs->tabBar()->isVisible()); // FileZilla's: no bar for a single tab

    QWidget *focus = window.localPane()->fileList();
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(tabs->tabBar()->isVisible());
    QVERIFY(window.localPane() != window.tab(0)->localPane());
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentIndex(), 2);

    // Ctrl+Tab goes right and round; Ctrl+Shift+Tab left and round.
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 2);

    // Ctrl+W closes the current tab; the last one stays.
    ConnectionTab *third = window.currentTab();
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QVERIFY(window.currentTab() != third);
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
    QTest::keyClick(window.localPane()->fileList(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
    QVERIFY(window.currentTab());

    // The menu and the toolbar hold the same actions.
    QVERIFY(window.newTabAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(window.closeTabAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_W));
}

void TestTabs::titlesMarksAndASecondConnection()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabWidget *tabs = window.tabWidget();
    QCOMPARE(tabs->tabText(0), QStringLiteral("Not connected"));
    QVERIFY(tabs->tabBar()->accessibleTabName(0).endsWith(QLatin1String(", not connected")));

    quickConnect(window, QStringLiteral("plain.test"));
    QTRY_VERIFY(remoteNames(window.remotePane()).contains(QStringLiteral("docs")));
    QCOMPARE(tabs->count(), 1); // an unconnected tab is used first
    QCOMPARE(tabs->tabText(0), QStringLiteral("alice@plain.test"));
    QCOMPARE(tabs->tabBar()->accessibleTabName(0), QStringLiteral("alice@plain.test, connected"));
    QVERIFY2(tabs->tabToolTip(0).startsWith(QLatin1String("ftpes://alice@plain.test")),
             qPrintable(tabs->tabToolTip(0)));
    QVERIFY(!tabs->tabIcon(0).isNull());
    const qint64 connectedIcon = tabs->tabIcon(0).cacheKey();

    // A second connection from the quick-connect bar opens its own tab; the first stays.
    Session *first = window.currentSession();
    quickConnect(window, QStringLiteral("tls.test"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QTRY_VERIFY(remoteNames(window.remotePane()).contains(QStringLiteral("docs")));
    QCOMPARE(tabs->tabText(1), QStringLiteral("alice@tls.test"));
    QCOMPARE(window.tab(0)->session(), first);
    QVERIFY(window.currentSession() != first);
    QVERIFY(window.windowTitle().startsWith(QLatin1String("alice@tls.test")));
    QCOMPARE(window.securityLabel()->text(), QStringLiteral("Encrypted (TLS)"));

    // Each log line of a browsing connection names its server.
    QVERIFY(logContains(window, QStringLiteral("[") + window.tab(0)->queueSite() + QStringLiteral("] ")));
    QVERIFY(logContains(window, QStringLiteral("[") + window.tab(1)->queueSite() + QStringLiteral("] ")));
    QVERIFY(window.tab(0)->queueSite() != window.tab(1)->queueSite());

    // Disconnect (Ctrl+D) marks the tab, and the window's title follows the current tab.
    QTest::keyClick(window.remotePane()->fileList(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Not connected"));
    QCOMPARE(tabs->tabBar()->accessibleTabName(1), QStringLiteral("Not connected, not connected"));
    QVERIFY(tabs->tabIcon(1).cacheKey() != connectedIcon);
    QVERIFY(!window.windowTitle().startsWith(QLatin1String("alice@")));
    tabs->setCurrentIndex(0);
    QVERIFY(window.windowTitle().startsWith(QLatin1String("alice@plain.test")));
    QVERIFY(window.statusBar()->currentMessage().startsWith(
        QLatin1String("Connected to ftpes://alice@plain.test")));
}

void TestTabs::panesAndSessionsAreIndependent()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quickConnect(window, QStringLiteral("plain.test"));
    ConnectionTab *one = window.currentTab();
    QTRY_VERIFY(remoteNames(one->remotePane()).contains(QStringLiteral("docs")));
    window.newTab();
    ConnectionTab *two = window.currentTab();
    QVERIFY(two != one);
    QVERIFY(!two->session());
    QCOMPARE(two->remotePane()->session(), nullptr);
    QCOMPARE(window.remotePane(), two->remotePane());
    quickConnect(window, QStringLiteral("plain.test"));
    QCOMPARE(window.tabCount(), 2); // the new tab was free
    QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("docs")));
    QVERIFY(one->session() != two->session());
    QCOMPARE(services.sessions().sessions().size(), 2);

    // Folders and local folders move per tab.
    two->remotePane()->openFolder(RemotePath(QStringLiteral("/pub")));
    QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("pub01.bin")));
    QCOMPARE(one->remotePane()->currentPath().toString(), QStringLiteral("/"));
    QTemporaryDir local;
    two->localPane()->openFolder(local.path());
    QVERIFY(one->localPane()->currentPath() != local.path());

    // Closing a tab ends its connection only.
    Session *kept = one->session();
    window.closeTab(window.tabWidget()->indexOf(two));
    QCOMPARE(window.tabCount(), 1);
    QCOMPARE(window.currentTab(), one);
    QCOMPARE(services.sessions().sessions().size(), 1);
    QCOMPARE(services.sessions().sessions().first(), kept);
    // The last tab is not closed: it is disconnected.
    window.closeTab(0);
    QCOMPARE(window.tabCount(), 1);
    QVERIFY(!window.currentSession());
    QCOMPARE(services.sessions().sessions().size(), 0);
}

// Files dragged over a tab's title switch to it after ConnectionTabBar::kHoverSwitchMs,
// through the tab bar's own drag events (as QWidgetWindow delivers them).
void TestTabs::hoveringADragOverATitleSwitches()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newTab();
    window.newTab();
    QTabBar *bar = window.tabWidget()->tabBar();
    QVERIFY(qobject_cast<ConnectionTabBar *>(bar));
    QCOMPARE(bar->currentIndex(), 2);
    QTemporaryDir dir;
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(dir.path())});

    const QPoint over0 = bar->tabRect(0).center();
    QDragEnterEvent enter(over0, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bar, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(over0 + QPoint(1, 0), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bar, &move);
    QTest::qWait(ConnectionTabBar::kHoverSwitchMs / 2);
    QCOMPARE(bar->currentIndex(), 2); // not yet
    QTRY_COMPARE_WITH_TIMEOUT(bar->currentIndex(), 0, ConnectionTabBar::kHoverSwitchMs * 4);

    // Passing over a title and leaving before the time switches nothing.
    const QPoint over1 = bar->tabRect(1).center();
    QDragMoveEvent pass(over1, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bar, &pass);
    QDragLeaveEvent leave;
    QApplication::sendEvent(bar, &leave);
    QTest::qWait(ConnectionTabBar::kHoverSwitchMs * 2);
    QCOMPARE(bar->currentIndex(), 0);

    // Something that is not files (a text drag) is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent other(bar->tabRect(2).center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bar, &other);
    QVERIFY(!other.isAccepted());
    QTest::qWait(ConnectionTabBar::kHoverSwitchMs * 2);
    QCOMPARE(bar->currentIndex(), 0);
}

// Entries dragged from one tab's remote pane onto another tab's remote pane (its empty
// space, or one of its folders) are queued as server-to-server copies, made by the same
// core function as `ferry-cli queue add copy`; a drop onto the folder they are in on the
// same server is refused, and a drop inside one pane stays a move.
void TestTabs::dropFromAnotherTabQueuesAServerCopy()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.resize(1400, 1000); // room below the rows of the root folder
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quickConnect(window, QStringLiteral("plain.test"));
    ConnectionTab *one = window.currentTab();
    QTRY_VERIFY(remoteNames(one->remotePane()).contains(QStringLiteral("readme.txt")));
    QTRY_VERIFY(!one->remotePane()->isBusy());
    quickConnect(window, QStringLiteral("tls.test"));
    ConnectionTab *two = window.currentTab();
    QVERIFY(two != one);
    QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("docs")));
    QTRY_VERIFY(!two->remotePane()->isBusy());

    RemoteFileModel *from = one->remotePane()->fileModel();
    std::unique_ptr<QMimeData> data(
        from->mimeData({from->index(from->rowOf(QStringLiteral("readme.txt")), 0)}));
    QVERIFY(data);
    QTreeView *list = two->remotePane()->fileList();
    const QPoint empty(20, list->viewport()->height() - 4); // below the rows: the folder shown
    QVERIFY2(!list->indexAt(empty).isValid(),
             qPrintable(QStringLiteral("viewport %1 px high").arg(list->viewport()->height())));
    QVERIFY(dropOn(list, data.get(), empty));
    const QString site1 = one->queueSite();
    const QString site2 = two->queueSite();
    QTRY_COMPARE(queueRows(window).size(), 1);
    QCOMPARE(queueRows(window).first(),
             QStringLiteral("⇄ | /readme.txt → %1/readme.txt | %2 → %1").arg(site2, site1));
    QVERIFY(logContains(
        window, QStringLiteral("queued for a server-to-server copy from %1 to %2/").arg(site1, site2)));

    // Onto a folder row of the other tab: into that folder.
    const QModelIndex docs = two->remotePane()->fileModel()->index(
        two->remotePane()->fileModel()->rowOf(QStringLiteral("docs")), 0);
    QVERIFY(dropOn(list, data.get(), list->visualRect(docs).center()));
    QTRY_COMPARE(queueRows(window).size(), 2);
    QVERIFY(queueRows(window).contains(
        QStringLiteral("⇄ | /readme.txt → %1/docs/readme.txt | %2 → %1").arg(site2, site1)));

    // A third tab on the first tab's server, in the same folder: copying a file onto
    // itself is refused; into another folder it is a copy.
    window.newTab();
    ConnectionTab *three = window.currentTab();
    quickConnect(window, QStringLiteral("plain.test"));
    QTRY_VERIFY(remoteNames(three->remotePane()).contains(QStringLiteral("docs")));
    QTRY_VERIFY(!three->remotePane()->isBusy());
    RemoteFileModel *same = three->remotePane()->fileModel();
    QVERIFY(!same->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, QModelIndex()));
    QVERIFY(same->canDropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                  same->index(same->rowOf(QStringLiteral("docs")), 0)));
    // Within the first tab's own pane the same drag onto docs is a move, not a copy.
    QSignalSpy moves(one->remotePane(), &RemotePane::moveRequested);
    QSignalSpy copies(one->remotePane(), &RemotePane::copyRequested);
    QVERIFY(from->dropMimeData(data.get(), Qt::CopyAction, -1, -1,
                               from->index(from->rowOf(QStringLiteral("docs")), 0)));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(copies.size(), 0);
    QCOMPARE(queueRows(window).size(), 2);
}

// The open tabs (a saved site with its stored password, a URL, their folders) are saved
// at quit and come back at the next start: the site connects by itself (its password
// read by the credential service), the URL is filled in and waits for Connect. Nothing
// is restored when the setting is off.
void TestTabs::tabsRestoredAtTheNextStart()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    ferry::test::AnsweredVault vault(services, QStringLiteral("tabs-master"));
    ferry::sites::Site site;
    site.name = QStringLiteral("Docs server");
    site.protocol = Protocol::Ftpes;
    site.host = QStringLiteral("password.test");
    site.user = QStringLiteral("alice");
    site.logon = ferry::sites::LogonType::Normal;
    auto added = services.siteStore().add(site);
    QVERIFY(added.ok());
    site = added.value();
    bool stored = false;
    QObject context;
    services.credentials().setPassword(site.id, ferry::test::FakeFileSystem::kPassword, &context,
                                       [&](ferry::remote::Status st) { stored = st.ok(); });
    QTRY_VERIFY(stored);
    QTemporaryDir local;
    QVERIFY(services.settings().restoreTabs()); // on by default
    {
        MainWindow window(services.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectToSite(site, &services.siteStore());
        ConnectionTab *one = window.currentTab();
        QTRY_VERIFY(remoteNames(one->remotePane()).contains(QStringLiteral("docs")));
        one->remotePane()->openFolder(RemotePath(QStringLiteral("/docs")));
        QTRY_VERIFY(remoteNames(one->remotePane()).contains(QStringLiteral("a.txt")));
        quickConnect(window, QStringLiteral("plain.test"));
        ConnectionTab *two = window.currentTab();
        QVERIFY(two != one);
        QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("pub")));
        two->remotePane()->openFolder(RemotePath(QStringLiteral("/pub")));
        QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("pub01.bin")));
        two->localPane()->openFolder(local.path());
        window.close(); // saves
    }
    int current = -1;
    const QList<ferry::settings::AppSettings::SavedTab> saved = services.settings().openTabs(&current);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(current, 1);
    QCOMPARE(saved.at(0).siteId, site.id.toString(QUuid::WithoutBraces));
    QCOMPARE(saved.at(0).remoteFolder, QStringLiteral("/docs"));
    QCOMPARE(saved.at(1).siteId, QString());
    QVERIFY2(saved.at(1).url.startsWith(QLatin1String("ftpes://alice@plain.test")),
             qPrintable(saved.at(1).url));
    QCOMPARE(saved.at(1).remoteFolder, QStringLiteral("/pub"));
    QCOMPARE(saved.at(1).localFolder, local.path());
    {
        QFile file(services.settings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(ferry::test::FakeFileSystem::kPassword.toUtf8()));
    }

    {
        MainWindow again(services.services());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.tabCount(), 2);
        QCOMPARE(again.tabWidget()->currentIndex(), 1);
        ConnectionTab *one = again.tab(0);
        ConnectionTab *two = again.tab(1);
        // The site connects with its stored password, in its folder, with no question.
        QTRY_VERIFY_WITH_TIMEOUT(one->isConnected(), 20000);
        QTRY_VERIFY(remoteNames(one->remotePane()).contains(QStringLiteral("a.txt")));
        QCOMPARE(one->remotePane()->currentPath().toString(), QStringLiteral("/docs"));
        QCOMPARE(again.tabWidget()->tabText(0), QStringLiteral("Docs server"));
        // The URL waits, filled in.
        QVERIFY(!two->session());
        QCOMPARE(again.tabWidget()->tabText(1), QStringLiteral("alice@plain.test"));
        QVERIFY(again.tabWidget()->tabBar()->accessibleTabName(1).endsWith(QLatin1String("not connected")));
        QCOMPARE(again.quickConnectBar()->hostEdit()->text(), QStringLiteral("plain.test"));
        QCOMPARE(two->localPane()->currentPath(), local.path());
        QTest::mouseClick(again.quickConnectBar()->connectButton(), Qt::LeftButton);
        QCOMPARE(again.tabCount(), 2); // into the waiting tab
        QTRY_VERIFY(remoteNames(two->remotePane()).contains(QStringLiteral("pub01.bin")));
        services.settings().setRestoreTabs(false);
        again.close();
    }
    MainWindow plain(services.services());
    QCOMPARE(plain.tabCount(), 1);
    QVERIFY(!plain.currentTab()->isInUse());
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
