// End to end: the window's tabs on an X display (run_under_xvfb.sh) against the fixture's
// real servers. Tab 1 on vsftpd, tab 2 (Ctrl+T) on sshd: a real mouse drag (xdotool)
// from tab 1's remote list rests on tab 2's title, which switches to tab 2, and drops on
// its remote list; the file arrives on sshd byte for byte (SHA-256), streamed through
// Ferry, and the queue says "stream". Between two vsftpd tabs that allow FXP
// (promiscuous) the same drag copies "FXP": the servers' own logs show the target
// listening (PASV) on the address the source was told to send to (PORT). A screenshot
// with two tabs is saved as an artefact (FERRY_TEST_ARTEFACTS).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "GuiDriving.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "log/LogModel.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/HostKeyDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "tabs/ConnectionTab.h"
#include "tabs/ConnectionTabBar.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::test::Fixture;
using ferry::test::logContains;
using ferry::test::namesIn;
using ferry::test::ServerInfo;

namespace {

// The queue panel's direction column for the copy of name (all tabs of the panel).
QString copyDirection(const MainWindow &window, const QString &name)
{
    QueueModel *model = window.queuePanel()->model();
    for (auto category :
         {QueueModel::Category::Queued, QueueModel::Category::Failed, QueueModel::Category::Done}) {
        const QAbstractItemModel *tab = model->tab(category);
        for (int row = 0; row < tab->rowCount(); ++row) {
            if (tab->index(row, QueueModel::RemoteColumn).data().toString().contains(name))
                return tab->index(row, QueueModel::DirectionColumn).data().toString();
        }
    }
    return {};
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestGuiTabsEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dragBetweenTabsStreamsToSftp();
    void dragBetweenFtpTabsUsesFxp();

private:
    // A folder in the served root with a file of size bytes in it (when size >= 0).
    QString servedFolder(const QString &name, const QString &file = {}, qint64 size = -1);
    // Opens folder (in the login folder) in the current tab's remote pane; waits for shows.
    void openRemote(const QString &folder, const QString &shows);
    // Drags name from tab `from`'s remote list over tab `to`'s title (the hover switches)
    // onto the empty part of tab `to`'s remote list.
    void dragAcrossTabs(int from, int to, const QString &name);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTabsEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    m_services = std::make_unique<ferry::test::TestServices>();
    m_window = std::make_unique<MainWindow>(m_services->services());
    QVERIFY(ferry::test::showActive(*m_window));
}

void TestGuiTabsEndToEnd::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    // The log (without the keep-alives) and the queue tell why.
    const QAbstractItemModel *log = m_window->logModel();
    QStringList lines;
    for (int row = 0; row < log->rowCount(); ++row) {
        const QString text = log->index(row, LogModel::TextColumn).data().toString();
        if (!text.contains(QLatin1String("NOOP")))
            lines << text;
    }
    for (const QString &line : lines.mid(std::max<qsizetype>(0, lines.size() - 60)))
        qInfo("log: %s", qPrintable(line));
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

QString TestGuiTabsEndToEnd::servedFolder(const QString &name, const QString &file, qint64 size)
{
    const QString folder = QDir(m_fx.rootDir()).filePath(name);
    if (!QDir().mkpath(folder) || !m_fx.giveToTestUser(folder))
        return {};
    if (size >= 0) {
        const QString path = QDir(folder).filePath(file);
        if (!ferry::test::writeRandomFile(path, size, quint32(size)) || !m_fx.giveToTestUser(path))
            return {};
    }
    return folder;
}

void TestGuiTabsEndToEnd::openRemote(const QString &folder, const QString &shows)
{
    RemotePane *pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->hasListing() && !pane->isBusy(), 20000);
    pane->openFolder(pane->currentPath().child(folder)); // in the login folder (the served root)
    if (shows.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(pane->currentPath().toString().endsWith(folder) && !pane->isBusy(), 20000);
    else
        QTRY_VERIFY_WITH_TIMEOUT(namesIn(pane).contains(shows), 20000);
    QTRY_VERIFY(!pane->isBusy());
}

void TestGuiTabsEndToEnd::dragAcrossTabs(int from, int to, const QString &name)
{
    QTabWidget *tabs = m_window->tabWidget();
    tabs->setCurrentIndex(from);
    QTest::qWait(300); // painted
    QTreeView *source = m_window->tab(from)->remotePane()->fileList();
    const QPoint start = ferry::test::rowOnScreen(source, name);
    QVERIFY(!start.isNull());
    QTabBar *bar = tabs->tabBar();
    const QPoint title = bar->mapToGlobal(bar->tabRect(to).center());
    // The other tab's list is where the current one's is (a stacked page).
    const QPoint drop = ferry::test::emptyPartOf(source);
    QVERIFY(ferry::test::dragWithMouse(start, drop, {title}, ConnectionTabBar::kHoverSwitchMs * 2));
    QTRY_COMPARE(tabs->currentIndex(), to);
}

void TestGuiTabsEndToEnd::dragBetweenTabsStreamsToSftp()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    const ServerInfo *sshd = m_fx.startSshd();
    QVERIFY2(sshd, qPrintable(m_fx.lastError()));
    const QString from =
        servedFolder(QStringLiteral("tabs-from"), QStringLiteral("tabs-stream.bin"), 3 * 1024 * 1024 + 11);
    const QString into = servedFolder(QStringLiteral("tabs-into"));
    QVERIFY(!from.isEmpty() && !into.isEmpty());

    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, ftp->port);
    openRemote(QStringLiteral("tabs-from"), QStringLiteral("tabs-stream.bin"));
    QTest::keyClick(m_window->remotePane()->fileList(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 2);
    ferry::test::fillQuickConnect(*m_window, Protocol::Sftp, sshd->port);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget()), 20000);
    QTest::mouseClick(qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget())->acceptOnceButton(),
                      Qt::LeftButton);
    openRemote(QStringLiteral("tabs-into"), QString());
    QCOMPARE(m_window->tabCount(), 2);

    dragAcrossTabs(0, 1, QStringLiteral("tabs-stream.bin"));
    const QString arrived = QDir(into).filePath(QStringLiteral("tabs-stream.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(
        copyDirection(*m_window, QStringLiteral("tabs-stream.bin")) == QStringLiteral("⇄ stream"), 60000);
    QCOMPARE(ferry::test::sha256OfFile(arrived),
             ferry::test::sha256OfFile(QDir(from).filePath(QStringLiteral("tabs-stream.bin"))));
    QVERIFY(logContains(*m_window, QStringLiteral("streaming through this computer")));
    // The target tab lists the new file.
    QTRY_VERIFY_WITH_TIMEOUT(namesIn(m_window->remotePane()).contains(QStringLiteral("tabs-stream.bin")),
                             20000);
    QTest::qWait(300);
    QVERIFY(ferry::test::saveScreenshot(QStringLiteral("gui-tabs-two-tabs.png")));
}

void TestGuiTabsEndToEnd::dragBetweenFtpTabsUsesFxp()
{
    ferry::test::VsftpdOptions options;
    options.promiscuous = true; // both servers accept the other's data connection
    const ServerInfo *a = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain, options);
    QVERIFY2(a, qPrintable(m_fx.lastError()));
    options.address = QStringLiteral("127.0.0.2"); // another host, as a second server is
    const ServerInfo *b = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain, options);
    QVERIFY2(b, qPrintable(m_fx.lastError()));
    const QString from =
        servedFolder(QStringLiteral("fxp-from"), QStringLiteral("tabs-fxp.bin"), 5 * 1024 * 1024 + 7);
    const QString into = servedFolder(QStringLiteral("fxp-into"));
    QVERIFY(!from.isEmpty() && !into.isEmpty());

    m_window->newTab();
    const int first = m_window->tabWidget()->currentIndex();
    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, a->port);
    openRemote(QStringLiteral("fxp-from"), QStringLiteral("tabs-fxp.bin"));
    m_window->newTab();
    const int second = m_window->tabWidget()->currentIndex();
    ferry::test::fillQuickConnect(*m_window, Protocol::Ftp, b->port, b->host);
    openRemote(QStringLiteral("fxp-into"), QString());

    dragAcrossTabs(first, second, QStringLiteral("tabs-fxp.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(
        copyDirection(*m_window, QStringLiteral("tabs-fxp.bin")) == QStringLiteral("⇄ FXP"), 60000);
    QCOMPARE(ferry::test::sha256OfFile(QDir(into).filePath(QStringLiteral("tabs-fxp.bin"))),
             ferry::test::sha256OfFile(QDir(from).filePath(QStringLiteral("tabs-fxp.bin"))));
    QVERIFY(logContains(*m_window, QStringLiteral("FXP (directly between the servers)")));
    // The servers' logs: the target listened (PASV) where the source sent (PORT).
    const QString targetLog = readAll(b->logPath);
    const QString sourceLog = readAll(a->logPath);
    // (Browsing lists through PASV too; only the copy sends a PORT to the source.)
    QString direct;
    auto listens = QRegularExpression(QStringLiteral("227 Entering Passive Mode \\((127,0,0,2,\\d+,\\d+)\\)"))
                       .globalMatch(targetLog);
    while (listens.hasNext() && direct.isEmpty()) {
        const QString address = listens.next().captured(1);
        if (sourceLog.contains(QStringLiteral("PORT ") + address))
            direct = address;
    }
    QVERIFY2(!direct.isEmpty(),
             qPrintable(sourceLog.right(2000) + QLatin1Char('\n') + targetLog.right(2000)));
    QVERIFY2(sourceLog.contains(QLatin1String("OK DOWNLOAD")) &&
                 targetLog.contains(QLatin1String("OK UPLOAD")),
             qPrintable(targetLog.right(2000)));
    qInfo("FXP: the source was told PORT %s, the target's PASV address", qPrintable(direct));
}

QTEST_MAIN(TestGuiTabsEndToEnd)
#include "tst_gui_tabs_e2e.moc"
