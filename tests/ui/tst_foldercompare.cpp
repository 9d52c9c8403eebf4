// labels: integration
// The folder comparison and synchronized browsing on the real window (offscreen) and its
// real models, against the fixture's vsftpd (LIST: times to the minute) and sshd (SFTP:
// to the second). One local folder and one served folder hold a file only on each side,
// a larger one, a newer one on each side, one in the same minute but another second,
// and a folder on both; each row of both lists is marked as expected (the role the
// lists answer and the colour), "hide identical files" leaves the identical rows out of
// both lists and brings them back, "compare file size" ignores the times, and a new file
// on either side is marked after the pane re-lists. Synchronized browsing follows both
// ways and switches itself off when the other side lacks the folder. A picture of the
// compared panes goes to FERRY_TEST_ARTEFACTS.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>
#include <utime.h>

#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "UiTestSupport.h"
#include "compare/CompareActions.h"
#include "compare/CompareColors.h"
#include "compare/FolderCompare.h"
#include "compare/SyncBrowsing.h"
#include "panes/LocalPane.h"
#include "panes/LocalSortProxy.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/HostKeyDialog.h"
#include "settings/Appearance.h"
#include "tabs/ConnectionTab.h"

using namespace ferry::remote;
using namespace ferry::ui;
using ferry::sync::FolderComparison;
using ferry::test::Fixture;
using ferry::test::ServerInfo;
using Mark = FolderComparison::Mark;

namespace {

QString N(const char *name)
{
    return QString::fromUtf8(name);
}

bool writeFile(const QString &path, qint64 size, const QDateTime &utc)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray(size, 'x'));
    f.close();
    struct utimbuf times;
    times.actime = times.modtime = time_t(utc.toSecsSinceEpoch());
    return ::utime(QFile::encodeName(path).constData(), &times) == 0;
}

// The mark of the row named name in the local list (-1: no such row).
int localMark(LocalPane *pane, const QString &name)
{
    const QAbstractItemModel *model = pane->fileList()->model();
    const QModelIndex root = pane->fileList()->rootIndex();
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex index = model->index(row, 0, root);
        if (index.data().toString() == name)
            return index.data(kCompareMarkRole).toInt();
    }
    return -1;
}

int remoteMark(RemotePane *pane, const QString &name)
{
    const RemoteFileModel *model = pane->fileModel();
    const int row = model->rowOf(name);
    return row < 0 ? -1 : model->index(row, 0).data(kCompareMarkRole).toInt();
}

QColor localColor(LocalPane *pane, const QString &name)
{
    const QAbstractItemModel *model = pane->fileList()->model();
    const QModelIndex root = pane->fileList()->rootIndex();
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex index = model->index(row, 0, root);
        if (index.data().toString() == name)
            return index.data(Qt::BackgroundRole).value<QColor>();
    }
    return {};
}

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor remoteColor(RemotePane *pane, const QString &name)
{
    const RemoteFileModel *model = pane->fileModel();
    const int row = model->rowOf(name);
    return row < 0 ? QColor() : model->index(row, 0).data(Qt::BackgroundRole).value<QColor>();
}

} // namespace

class TestFolderCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void marksAgainstVsftpdToTheMinute();
    void marksAgainstSshdToTheSecond();
    void synchronizedBrowsing();
    void coloursReadableInBothPalettes();

private:
    // The two folders: local in m_local, remote "name" in the served root.
    void makeTrees(const QString &name);
    void connectTab(const ServerInfo *server, Protocol protocol);
    void openRemote(const QString &path);
    // Waits until the comparison marks name on each side as expected (-1: no row).
    bool marked(const QString &name, int left, int right);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    std::unique_ptr<QTemporaryDir> m_local;
    QDateTime m_base; // a minute boundary, two days ago (LIST shows it as "Mon dd HH:MM")
    std::unique_ptr<ferry::test::TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestFolderCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 2 * 24 * 3600;
    m_base = QDateTime::fromSecsSinceEpoch(minute, Qt::UTC);
}

void TestFolderCompare::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    m_services = std::make_unique<ferry::test::TestServices>();
    m_window = std::make_unique<MainWindow>(m_services->services());
    m_window->resize(1240, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFolderCompare::cleanup()
{
    m_window.reset();
    m_services.reset();
}

void TestFolderCompare::makeTrees(const QString &name)
{
    const QString remote = QDir(m_fx.rootDir()).filePath(name);
    QVERIFY(QDir().mkpath(remote));
    QVERIFY(QDir().mkpath(QDir(remote).filePath(N("sub"))));
    QVERIFY(QDir().mkpath(QDir(remote).filePath(N("remote-only-dir"))));
    const QString local = m_local->path();
    QVERIFY(QDir().mkpath(QDir(local).filePath(N("sub"))));
    QVERIFY(QDir().mkpath(QDir(local).filePath(N("local-only-dir"))));
    const auto both = [&](const char *file, qint64 localSize, const QDateTime &localTime, qint64 remoteSize,
                          const QDateTime &remoteTime) {
        if (localSize >= 0)
            QVERIFY(writeFile(QDir(local).filePath(N(file)), localSize, localTime));
        if (remoteSize >= 0)
            QVERIFY(writeFile(QDir(remote).filePath(N(file)), remoteSize, remoteTime));
    };
    both("only-left.txt", 5, m_base, -1, {});
    both("only-right.txt", -1, {}, 7, m_base);
    both("larger.bin", 200, m_base, 100, m_base);
    both("newer-left.txt", 10, m_base.addSecs(7200), 10, m_base);
    both("newer-right.txt", 10, m_base, 10, m_base.addSecs(3 * 3600));
    // The same minute, 28 seconds apart: identical to the minute, not to the second.
    both("same-minute.txt", 10, m_base.addSecs(12), 10, m_base.addSecs(40));
    QVERIFY(m_fx.giveToTestUser(remote));
    m_window->localPane()->openFolder(local);
}

void TestFolderCompare::connectTab(const ServerInfo *server, Protocol protocol)
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
        HostKeyDialog *dialog = nullptr;
        QVERIFY(ferry::test::waitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *d = qobject_cast<HostKeyDialog *>(w); d && d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            },
            20000));
        dialog->acceptOnceButton()->click();
    }
    RemotePane *pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->fileModel()->hasListing() && !pane->isBusy(), 20000);
}

void TestFolderCompare::openRemote(const QString &path)
{
    RemotePane *pane = m_window->remotePane();
    pane->openFolder(RemotePath(path));
    QTRY_VERIFY_WITH_TIMEOUT(pane->currentPath().toString() == path && !pane->isBusy(), 20000);
}

bool TestFolderCompare::marked(const QString &name, int left, int right)
{
    const bool ok = ferry::test::waitFor(
        [&] {
            return localMark(m_window->localPane(), name) == left &&
                   remoteMark(m_window->remotePane(), name) == right;
        },
        10000);
    if (!ok)
        qWarning("%s: local %d (expected %d), remote %d (expected %d)", qPrintable(name),
                 localMark(m_window->localPane(), name), left, remoteMark(m_window->remotePane(), name),
                 right);
    return ok;
}

void TestFolderCompare::marksAgainstVsftpdToTheMinute()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    makeTrees(N("cmp-ftp"));
    connectTab(ftp, Protocol::Ftp);
    const QString home = m_window->remotePane()->currentPath().toString();
    openRemote(RemotePath(home).child(N("cmp-ftp")).toString());

    CompareActions *actions = m_window->compareActions();
    QVERIFY(!actions->compare()->isChecked());
    QCOMPARE(actions->compare()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    // Off: nothing is marked.
    QCOMPARE(localMark(m_window->localPane(), N("only-left.txt")), int(Mark::None));
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(actions->compare()->isChecked());
    QVERIFY(m_window->currentTab()->folderCompare()->isEnabled());
    QVERIFY(m_window->currentTab()->folderCompare()->legend()->isVisible());

    const int none = -1;
    QVERIFY(marked(N("only-left.txt"), int(Mark::OnlyHere), none));
    QVERIFY(marked(N("only-right.txt"), none, int(Mark::OnlyHere)));
    QVERIFY(marked(N("larger.bin"), int(Mark::Differs), int(Mark::Differs)));
    QVERIFY(marked(N("newer-left.txt"), int(Mark::Newer), int(Mark::Older)));
    QVERIFY(marked(N("newer-right.txt"), int(Mark::Older), int(Mark::Newer)));
    // vsftpd's LIST gives minutes: 12 s and 40 s past the same minute are the same.
    QVERIFY(marked(N("same-minute.txt"), int(Mark::Identical), int(Mark::Identical)));
    QVERIFY(marked(N("sub"), int(Mark::Identical), int(Mark::Identical)));
    QCOMPARE(localMark(m_window->localPane(), N("..")), int(Mark::None));
    QCOMPARE(m_window->remotePane()->fileModel()->index(0, 0).data(kCompareMarkRole).toInt(),
             int(Mark::None));
    // The colours: FileZilla's yellow, red, green; none for identical and older.
    QCOMPARE(localColor(m_window->localPane(), N("only-left.txt")), compareBackground(Mark::OnlyHere));
    QCOMPARE(remoteColor(m_window->remotePane(), N("only-right.txt")), compareBackground(Mark::OnlyHere));
    QCOMPARE(remoteColor(m_window->remotePane(), N("larger.bin")), compareBackground(Mark::Differs));
    QCOMPARE(localColor(m_window->localPane(), N("newer-left.txt")), compareBackground(Mark::Newer));
    QVERIFY(!localColor(m_window->localPane(), N("same-minute.txt")).isValid());
    QVERIFY(!remoteColor(m_window->remotePane(), N("newer-left.txt")).isValid());
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(ferry::test::artefactPath(N("compare-panes-vsftpd.png"))));

    // Hide identical files: out of both lists, and back.
    actions->hideIdentical()->trigger();
    QVERIFY(marked(N("same-minute.txt"), none, none));
    QVERIFY(marked(N("sub"), none, none));
    QVERIFY(marked(N("larger.bin"), int(Mark::Differs), int(Mark::Differs)));
    QVERIFY(m_window->grab().save(ferry::test::artefactPath(N("compare-panes-hide-identical.png"))));
    actions->hideIdentical()->trigger();
    QVERIFY(marked(N("same-minute.txt"), int(Mark::Identical), int(Mark::Identical)));

    // Compare file size: the times no longer count.
    actions->compareSize()->trigger();
    QVERIFY(marked(N("newer-left.txt"), int(Mark::Identical), int(Mark::Identical)));
    QVERIFY(marked(N("larger.bin"), int(Mark::Differs), int(Mark::Differs)));
    actions->compareTime()->trigger();
    QVERIFY(marked(N("newer-left.txt"), int(Mark::Newer), int(Mark::Older)));

    // Either side re-listing: a new remote file after a refresh (F5), a new local file
    // as QFileSystemModel notices it.
    const QString served = QDir(m_fx.rootDir()).filePath(N("cmp-ftp"));
    QVERIFY(writeFile(QDir(served).filePath(N("late-remote.txt")), 3, m_base));
    QVERIFY(m_fx.giveToTestUser(QDir(served).filePath(N("late-remote.txt"))));
    m_window->remotePane()->refresh();
    QVERIFY(marked(N("late-remote.txt"), none, int(Mark::OnlyHere)));
    QVERIFY(writeFile(QDir(m_local->path()).filePath(N("late-local.txt")), 3, m_base));
    m_window->localPane()->refresh();
    QVERIFY(marked(N("late-local.txt"), int(Mark::OnlyHere), none));

    // Another local folder: compared against the same remote folder.
    m_window->localPane()->openFolder(QDir(m_local->path()).filePath(N("sub")));
    QVERIFY(marked(N("only-right.txt"), none, int(Mark::OnlyHere)));
    QVERIFY(marked(N("larger.bin"), none, int(Mark::OnlyHere)));

    // Off: no marks, no legend.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(!actions->compare()->isChecked());
    QVERIFY(marked(N("larger.bin"), none, int(Mark::None)));
    QVERIFY(!m_window->currentTab()->folderCompare()->legend()->isVisible());
}

void TestFolderCompare::marksAgainstSshdToTheSecond()
{
    const ServerInfo *sshd = m_fx.startSshd();
    QVERIFY2(sshd, qPrintable(m_fx.lastError()));
    makeTrees(N("cmp-sftp"));
    connectTab(sshd, Protocol::Sftp);
    const QString home = m_window->remotePane()->currentPath().toString();
    openRemote(RemotePath(home).child(N("cmp-sftp")).toString());
    m_window->compareActions()->compare()->trigger();

    const int none = -1;
    QVERIFY(marked(N("only-left.txt"), int(Mark::OnlyHere), none));
    QVERIFY(marked(N("only-right.txt"), none, int(Mark::OnlyHere)));
    QVERIFY(marked(N("larger.bin"), int(Mark::Differs), int(Mark::Differs)));
    QVERIFY(marked(N("newer-left.txt"), int(Mark::Newer), int(Mark::Older)));
    QVERIFY(marked(N("newer-right.txt"), int(Mark::Older), int(Mark::Newer)));
    // SFTP gives seconds: 40 s is newer than 12 s.
    QVERIFY(marked(N("same-minute.txt"), int(Mark::Older), int(Mark::Newer)));
    QVERIFY(marked(N("sub"), int(Mark::Identical), int(Mark::Identical)));
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(ferry::test::artefactPath(N("compare-panes-sshd.png"))));

    // A folder bigger than FolderCompare::kSyncCompareLimit: compared on a pool thread.
    const QString bigLocal = QDir(m_local->path()).filePath(N("big"));
    const QString bigServed = QDir(m_fx.rootDir()).filePath(N("cmp-sftp/big"));
    QVERIFY(QDir().mkpath(bigLocal) && QDir().mkpath(bigServed));
    for (int i = 0; i < FolderCompare::kSyncCompareLimit + 100; ++i)
        QVERIFY(writeFile(QDir(bigLocal).filePath(QStringLiteral("f%1.txt").arg(i)), 1, m_base));
    QVERIFY(writeFile(QDir(bigServed).filePath(N("f7.txt")), 2, m_base));
    QVERIFY(writeFile(QDir(bigServed).filePath(N("f8.txt")), 1, m_base));
    QVERIFY(writeFile(QDir(bigServed).filePath(N("remote.txt")), 1, m_base));
    QVERIFY(m_fx.giveToTestUser(bigServed));
    m_window->localPane()->openFolder(bigLocal);
    openRemote(RemotePath(home).child(N("cmp-sftp")).child(N("big")).toString());
    QVERIFY(marked(N("f7.txt"), int(Mark::Differs), int(Mark::Differs)));
    QVERIFY(marked(N("f8.txt"), int(Mark::Identical), int(Mark::Identical)));
    QVERIFY(marked(N("remote.txt"), none, int(Mark::OnlyHere)));
    QVERIFY(marked(N("f4000.txt"), int(Mark::OnlyHere), none));
}

void TestFolderCompare::synchronizedBrowsing()
{
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    makeTrees(N("browse"));
    connectTab(ftp, Protocol::Ftp);
    const RemotePath base = RemotePath(m_window->remotePane()->currentPath()).child(N("browse"));
    openRemote(base.toString());
    LocalPane *local = m_window->localPane();
    RemotePane *remote = m_window->remotePane();
    const QString localBase = QDir::cleanPath(m_local->path());

    CompareActions *actions = m_window->compareActions();
    QCOMPARE(actions->syncBrowsing()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Y));
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(actions->syncBrowsing()->isChecked());
    QVERIFY(m_window->currentTab()->syncBrowsing()->isEnabled());

    // Local into sub: the remote pane follows; remote up: the local pane follows.
    local->openFolder(QDir(localBase).filePath(N("sub")));
    QTRY_COMPARE_WITH_TIMEOUT(remote->currentPath(), base.child(N("sub")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!remote->isBusy(), 20000);
    remote->goUp();
    QTRY_COMPARE_WITH_TIMEOUT(local->currentPath(), localBase, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!remote->isBusy(), 20000);
    QCOMPARE(remote->currentPath(), base);

    // A local folder the server lacks: switched off, and said so.
    local->openFolder(QDir(localBase).filePath(N("local-only-dir")));
    QTRY_VERIFY_WITH_TIMEOUT(!actions->syncBrowsing()->isChecked(), 20000);
    QVERIFY(!m_window->currentTab()->syncBrowsing()->isEnabled());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(N("Synchronized browsing is off")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!remote->isBusy(), 20000);
    QCOMPARE(remote->currentPath(), base); // the failed listing left it where it was

    // Again from the two base folders; a remote folder the local side lacks.
    local->openFolder(localBase);
    actions->syncBrowsing()->trigger();
    QVERIFY(actions->syncBrowsing()->isChecked());
    remote->openFolder(base.child(N("remote-only-dir")));
    QTRY_VERIFY_WITH_TIMEOUT(!actions->syncBrowsing()->isChecked(), 20000);
    QCOMPARE(local->currentPath(), localBase);
    QVERIFY(m_window->statusBar()->currentMessage().contains(N("local-only-dir")) ||
            m_window->statusBar()->currentMessage().contains(N("remote-only-dir")));

    // Pure mapping: up above the base goes up on the other side alike.
    QCOMPARE(SyncBrowsing::relative({N("a"), N("b")}, {N("a")}), QStringList{N("..")});
    QCOMPARE(*SyncBrowsing::apply({N("x"), N("y")}, {N(".."), N("z")}), (QStringList{N("x"), N("z")}));
    QVERIFY(!SyncBrowsing::apply({}, {N("..")}).has_value());

    // Without a connection it does not switch on.
    m_window->currentTab()->disconnectFromServer();
    actions->syncBrowsing()->trigger();
    QVERIFY(!actions->syncBrowsing()->isChecked());
}

// The palette's text stays readable on every mark's colour, light and dark (WCAG AA:
// 4.5:1); a picture of the compared panes in the dark palette.
void TestFolderCompare::coloursReadableInBothPalettes()
{
    const QPalette before = QApplication::palette();
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        QApplication::setPalette(palette);
        for (const Mark mark : {Mark::OnlyHere, Mark::Differs, Mark::Newer}) {
            const QColor background = compareBackground(mark);
            QVERIFY(background.isValid());
            const double ratio = contrast(background, palette.color(QPalette::Text));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(
                    QStringLiteral("mark %1 on %2: %3:1").arg(int(mark)).arg(background.name()).arg(ratio)));
        }
    }
    const ServerInfo *ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(m_fx.lastError()));
    makeTrees(N("cmp-dark"));
    connectTab(ftp, Protocol::Ftp);
    openRemote(RemotePath(m_window->remotePane()->currentPath()).child(N("cmp-dark")).toString());
    m_window->compareActions()->compare()->trigger();
    QVERIFY(marked(N("larger.bin"), int(Mark::Differs), int(Mark::Differs)));
    QApplication::setPalette(Appearance::darkPalette());
    // The legend's swatches follow the palette.
    auto *swatch = m_window->currentTab()->folderCompare()->legend()->findChild<QLabel *>();
    QVERIFY(swatch);
    QTRY_COMPARE(swatch->palette().color(QPalette::Window), compareBackground(Mark::OnlyHere));
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(ferry::test::artefactPath(N("compare-panes-dark.png"))));
    QApplication::setPalette(before);
}

QTEST_MAIN(TestFolderCompare)
#include "tst_foldercompare.moc"
