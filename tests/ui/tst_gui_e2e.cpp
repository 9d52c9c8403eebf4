// End to end: the real main window on an X display (run_under_xvfb.sh), the real engines,
// the fixture's real servers. Types into the quick-connect bar, connects to vsftpd with
// explicit TLS (answering the certificate dialog) and to sshd (answering the host-key
// dialog), opens a remote folder, sees its files, and saves screenshots as artefacts
// (FERRY_TEST_ARTEFACTS, else the current folder).
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "questions/CertificateDialog.h"
#include "questions/HostKeyDialog.h"
#include "MainWindow.h"
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
    void ftpesWithCertificateDialog();
    void sftpWithHostKeyDialog();

private:
    void fillQuickConnect(Protocol protocol, quint16 port);
    void openRemoteFolderAndCheck(const QString &shotName);

    ferry::test::ScopedSettings m_settings;
    Fixture m_fx;
    std::unique_ptr<ferry::test::TestServices> m_services;
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
    m_services = std::make_unique<ferry::test::TestServices>();
    m_window = std::make_unique<MainWindow>(m_services->services());
    m_window->resize(1240, 760);
    m_window->move(20, 20);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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
}

QTEST_MAIN(TestGuiEndToEnd)
#include "tst_gui_e2e.moc"
