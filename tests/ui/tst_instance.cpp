// One window per user and config folder (util::InstanceChannel): the real `ferry`
// program, started with a URL while a window listens on its config folder's channel,
// hands the URL over and ends; the window opens it (in the free tab, then in a new one).
// Bad requests on the channel are refused, and a socket file left by a dead instance
// does not stop the next one from listening. macOS's way, a QFileOpenEvent for a link,
// reaches the window's openRequest through ui/common/FileOpenFilter (sent here by hand).
#include <QFileOpenEvent>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "FakeFileSystem.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/FileOpenFilter.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "tabs/ConnectionTab.h"
#include "util/InstanceChannel.h"

using ferry::test::FakeStats;
using ferry::ui::MainWindow;
using ferry::util::InstanceChannel;

namespace {
QStringList remoteNames(ferry::ui::RemotePane *pane)
{
    const ferry::ui::RemoteFileModel *model = pane->fileModel();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}
} // namespace

class TestInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondFerryHandsItsUrlToTheRunningWindow();
    void badRequestsAreRefused();
    void staleSocketFileIsReplaced();
    void namesDifferByConfigFolder();
    void fileOpenEventsReachTheWindow();

private:
    // Runs the real ferry with args and config as its config folder; its exit code, or
    // -1 when it did not end within timeoutMs (the event loop runs meanwhile).
    int runFerry(const QStringList &args, const QString &config, int timeoutMs = 20000);

    ferry::test::ScopedSettings m_settings;
    std::shared_ptr<FakeStats> m_stats = std::make_shared<FakeStats>();
};

int TestInstance::runFerry(const QStringList &args, const QString &config, int timeoutMs)
{
    QProcess ferry;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_CONFIG_DIR"), config);
    env.insert(QStringLiteral("FERRY_DATA_DIR"), config + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    ferry.setProcessEnvironment(env);
    ferry.setProcessChannelMode(QProcess::ForwardedChannels);
    QSignalSpy finished(&ferry, &QProcess::finished);
    ferry.start(QStringLiteral(FERRY_GUI_PATH), args);
    if (!ferry.waitForStarted(10000))
        return -2;
    // Not waitForFinished(): the window in this process must answer meanwhile.
    if (!finished.wait(timeoutMs)) {
        ferry.kill();
        ferry.waitForFinished();
        return -1;
    }
    return ferry.exitStatus() == QProcess::NormalExit ? ferry.exitCode() : -3;
}

void TestInstance::secondFerryHandsItsUrlToTheRunningWindow()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstanceChannel channel;
    QVERIFY2(channel.listen(InstanceChannel::serverName(config.path())), qPrintable(channel.errorString()));
    connect(&channel, &InstanceChannel::requested, &window, &MainWindow::openRequest);
    QSignalSpy requested(&channel, &InstanceChannel::requested);

    // A link the desktop opens with `ferry %u`: into the window's free tab.
    QCOMPARE(runFerry({QStringLiteral("ftpes://alice@plain.test/")}, config.path()), 0);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("url"), QStringLiteral("ftpes://alice@plain.test/")}));
    QTRY_VERIFY(remoteNames(window.remotePane()).contains(QStringLiteral("docs")));
    QCOMPARE(window.tabWidget()->count(), 1);
    QCOMPARE(window.tabWidget()->tabText(0), QStringLiteral("alice@plain.test"));

    // A second link while that tab is connected: a new tab, made current.
    QCOMPARE(runFerry({QStringLiteral("ftpes://bob@tls.test/")}, config.path()), 0);
    QTRY_COMPARE(window.tabWidget()->count(), 2);
    QCOMPARE(window.tabWidget()->currentIndex(), 1);
    QTRY_VERIFY(remoteNames(window.remotePane()).contains(QStringLiteral("docs")));
    QCOMPARE(window.tabWidget()->tabText(1), QStringLiteral("bob@tls.test"));

    // Without a URL the running window is only shown; a site that does not exist is
    // reported in the running window, and the second process still ends.
    QCOMPARE(runFerry({}, config.path()), 0);
    QCOMPARE(requested.last().at(0).toStringList(), QStringList());
    QCOMPARE(runFerry({QStringLiteral("--site"), QStringLiteral("No such site")}, config.path()), 0);
    QCOMPARE(requested.last().at(0).toStringList(),
             QStringList({QStringLiteral("site"), QStringLiteral("No such site")}));
    QCOMPARE(window.tabWidget()->count(), 2);
}

void TestInstance::badRequestsAreRefused()
{
    QTemporaryDir config;
    InstanceChannel channel;
    const QString name = InstanceChannel::serverName(config.path());
    QVERIFY(channel.listen(name));
    QSignalSpy requested(&channel, &InstanceChannel::requested);

    const auto send = [&name](const QByteArray &bytes) {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(5000))
            return QByteArray("not connected");
        socket.write(bytes);
        socket.flush();
        QByteArray reply;
        // The server answers or closes; the event loop runs meanwhile.
        const bool ended = QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return reply.endsWith('\n') || socket.state() != QLocalSocket::ConnectedState;
            },
            5000);
        reply += socket.readAll();
        return ended ? reply : QByteArray("no answer and not closed");
    };
    QCOMPARE(send("not json\n"), QByteArray());
    QCOMPARE(send("{\"url\": \"ftp://x\"}\n"), QByteArray());
    QCOMPARE(send("[\"url\", 3]\n"), QByteArray());
    QCOMPARE(send(QByteArray(70 * 1024, 'x')), QByteArray()); // no line end within 64 KiB
    QCOMPARE(requested.count(), 0);
    QCOMPARE(send("[\"url\",\"sftp://host/path\"]\n"), QByteArray("ok\n"));
    QCOMPARE(requested.count(), 1);
}

void TestInstance::staleSocketFileIsReplaced()
{
#ifdef Q_OS_UNIX
    QTemporaryDir config;
    const QString name = InstanceChannel::serverName(config.path());
    {
        // What a killed instance leaves: the socket file, with nobody listening.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    QVERIFY(!InstanceChannel::handOff(name, {}, 1000));
    InstanceChannel channel;
    QVERIFY2(channel.listen(name), qPrintable(channel.errorString()));
    QVERIFY(QFileInfo(name).exists());
    QFile::remove(name);
#else
    QSKIP("socket files exist on Unix only");
#endif
}

void TestInstance::namesDifferByConfigFolder()
{
    const QString one = InstanceChannel::serverName(QStringLiteral("/home/a/.config/ferry"));
    QCOMPARE(InstanceChannel::serverName(QStringLiteral("/home/a/.config/ferry")), one);
    QVERIFY(InstanceChannel::serverName(QStringLiteral("/tmp/test-config")) != one);
    QVERIFY(one.size() < 100); // a Unix socket path has about 108 bytes
}

// A link opened while the application starts waits until the window is there, then opens
// as `ferry URL` would; later links open at once; a local file is not taken.
void TestInstance::fileOpenEventsReachTheWindow()
{
    ferry::ui::FileOpenFilter filter;
    qApp->installEventFilter(&filter);
    const QString early = QStringLiteral("ftpes://alice@plain.test/");
    const QString later = QStringLiteral("ftpes://bob@tls.test/");
    QFileOpenEvent first{QUrl(early)};
    QCoreApplication::sendEvent(qApp, &first);
    QCOMPARE(filter.pending(), QStringList{early});

    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QStringList> requests;
    filter.setTarget([&](const QStringList &request) {
        requests.append(request);
        return window.openRequest(request);
    });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0), (QStringList{QStringLiteral("url"), early}));
    QVERIFY(filter.pending().isEmpty());
    QTRY_VERIFY(remoteNames(window.remotePane()).contains(QStringLiteral("docs")));
    QFileOpenEvent second{QUrl(later)};
    QCoreApplication::sendEvent(qApp, &second);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1), (QStringList{QStringLiteral("url"), later}));
    QFileOpenEvent local{QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))};
    QCoreApplication::sendEvent(qApp, &local);
    QCOMPARE(requests.size(), 2);
    // The window opened both: the first in its free tab, the second in a new one.
    QTRY_COMPARE(window.tabWidget()->count(), 2);
    QCOMPARE(window.tabWidget()->tabText(0), QStringLiteral("alice@plain.test"));
    QCOMPARE(window.tabWidget()->tabText(1), QStringLiteral("bob@tls.test"));
}

QTEST_MAIN(TestInstance)
#include "tst_instance.moc"
