// The site manager end to end under Xvfb, against the fixture's vsftpd (explicit FTPS):
// in one window process a site is made in the site manager with its password (Test
// connection accepts the certificate for good and lists the login folder); the window
// closes; a second process connects from the toolbar's site drop-down and logs in
// without any password question. With the keyring (inside with-keyring.sh's private
// GNOME Keyring) the password is in the keyring (secret-tool lookup) and in no file under
// the config and data folders; with the vault the master password is asked once in each
// run (made in the first, asked once in the second, not again for a second connect).
// The site manager's screenshot is saved as an artefact (FERRY_TEST_ARTEFACTS).
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/CertificateDialog.h"
#include "questions/SecretDialog.h"
#include "session/SessionManager.h"
#include "sitemanager/SiteActions.h"
#include "sitemanager/SiteManagerDialog.h"
#include "sites/CredentialService.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/SiteStore.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

using namespace ferry::ui;
using ferry::test::Fixture;

using ferry::test::artefactPath;
using ferry::test::typeInto;
using ferry::test::waitFor;

namespace {

const QString kMaster = QStringLiteral("e2e-master-pw");

// The window's services, as app/ferry_main.cpp builds them.
struct Services
{
    ferry::session::SessionManager sessions;
    ferry::sites::SiteStore siteStore;
    ferry::sites::CredentialService credentials;
    std::shared_ptr<ferry::transfer::QueueSites> queueSites =
        std::make_shared<ferry::transfer::QueueSites>(ferry::remote::ConnectOptions(), credentials.opener());
    ferry::transfer::QueueService queue{ferry::transfer::QueueSites::resolver(queueSites)};
    Services() { queue.open(QStringLiteral(":memory:")); }
    ferry::ui::Services get() { return {sessions, queue, *queueSites, siteStore, credentials}; }
};

// Answers the master-password question (counted) and, where allowed, accepts the
// certificate for good; any other question is a failure.
struct Answerer
{
    int masterAsked = 0;
    bool unexpected = false;
    bool acceptCertificate = false;
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *secret = qobject_cast<SecretDialog *>(modal)) {
            if (!secret->windowTitle().contains(QLatin1String("vault"))) {
                unexpected = true; // the server's password: the stored one was not used
                secret->reject();
                return;
            }
            ++masterAsked;
            QTest::keyClicks(secret->answerEdit(), kMaster);
            QTest::keyClick(secret->answerEdit(), Qt::Key_Return);
        } else if (auto *certificate = qobject_cast<CertificateDialog *>(modal)) {
            if (!acceptCertificate) {
                unexpected = true;
                certificate->reject();
                return;
            }
            QTest::mouseClick(certificate->trustAlwaysButton(), Qt::LeftButton);
        }
    }
};

int createSite()
{
    Services services;
    MainWindow window(services.get());
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 10;
    // The toolbar's Site Manager button (its main part; the arrow is the drop-down).
    QTest::mouseClick(window.siteActions()->toolButton(), Qt::LeftButton, {}, QPoint(8, 8));
    SiteManagerDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window.siteActions()->siteManager()) && dialog->isVisible(); },
                 10000))
        return 11;
    if (!QTest::qWaitForWindowExposed(dialog))
        return 15;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newSite")), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fixture vsftpd"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    typeInto(dialog->hostEdit(), QStringLiteral("127.0.0.1"));
    dialog->portSpin()->setValue(qEnvironmentVariableIntValue("FERRY_E2E_PORT"));
    typeInto(dialog->userEdit(), Fixture::user());
    typeInto(dialog->passwordEdit(), Fixture::password());
    dialog->commentsEdit()->setPlainText(QStringLiteral("The test fixture's vsftpd, explicit FTP over TLS"));
    Answerer answerer;
    answerer.acceptCertificate = true;
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    if (!waitFor(
            [&] {
                answerer.poll();
                return dialog->testResult()->text().startsWith(QLatin1String("Connected")) &&
                       dialog->passwordState()->text().contains(QLatin1String("A password is stored"));
            },
            60000)) {
        qWarning("test result: %s; password: %s", qPrintable(dialog->testResult()->text()),
                 qPrintable(dialog->passwordState()->text()));
        return 12;
    }
    if (answerer.unexpected)
        return 13;
    QTest::qWait(300);
    if (!dialog->grab().save(artefactPath(QStringLiteral("gui-site-manager.png"))))
        return 14;
    QApplication::primaryScreen()->grabWindow(0).save(
        artefactPath(QStringLiteral("gui-site-manager-screen.png")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeSiteManager")), Qt::LeftButton);
    window.close();
    printf("created; master asked %d\n", answerer.masterAsked);
    fflush(stdout);
    return 0;
}

// Opens the toolbar button's drop-down and clicks the site in it, as a hand would.
bool connectFromDropDown(MainWindow &window)
{
    QToolButton *button = window.siteActions()->toolButton();
    QMenu *menu = window.siteActions()->sitesMenu();
    bool clicked = false;
    QTimer::singleShot(500, menu, [&] {
        QAction *entry = menu->findChild<QAction *>(QStringLiteral("site:fixture vsftpd"));
        if (!entry) {
            menu->close();
            return;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
        clicked = true;
    });
    button->showMenu(); // its own loop until the click
    return clicked;
}

int connectToSite()
{
    Services services;
    MainWindow window(services.get());
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 20;
    Answerer answerer;
    for (int round = 0; round < 2; ++round) {
        if (!connectFromDropDown(window))
            return 21;
        const bool listed = waitFor(
            [&] {
                answerer.poll();
                return answerer.unexpected ||
                       (window.remotePane()->session() && window.remotePane()->fileModel()->rowCount() > 0);
            },
            60000);
        if (answerer.unexpected)
            return 22;
        if (!listed)
            return 23;
        window.disconnectFromServer();
    }
    // What another program sees in the keyring: the password, under the site's id.
    QString inKeyring;
    if (qEnvironmentVariableIsSet("FERRY_TEST_KEYRING")) {
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("ferry"),
                      QStringLiteral("user"),
                      ferry::sites::CredentialStore::keyFor(services.siteStore.sites().first().id)});
        if (!lookup.waitForFinished(10000))
            return 24;
        inKeyring = QString::fromUtf8(lookup.readAllStandardOutput()).trimmed();
    }
    printf("connected; master asked %d; keyring '%s'\n", answerer.masterAsked, qPrintable(inKeyring));
    fflush(stdout);
    return 0;
}

} // namespace

class TestGuiSitesEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyring();
    void vault();

private:
    // Runs this program's create and connect modes (through with-keyring.sh when asked)
    // and returns their output.
    QString runBoth(bool withKeyring);
    void checkNoFileHoldsThePassword();

    Fixture m_fx;
    const ferry::test::ServerInfo *m_srv = nullptr;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestGuiSitesEndToEnd::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run this test under run_under_xvfb.sh");
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    m_srv = m_fx.startVsftpd(ferry::test::VsftpdMode::ExplicitTls);
    QVERIFY2(m_srv, qPrintable(m_fx.lastError()));
}

QString TestGuiSitesEndToEnd::runBoth(bool withKeyring)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_CONFIG_DIR"), m_config->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("FERRY_DATA_DIR"), m_config->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("FERRY_E2E_PORT"), QString::number(m_srv->port));
    env.insert(QStringLiteral("FERRY_E2E_DISPLAY"),
               qEnvironmentVariable("DISPLAY")); // with-keyring.sh unsets it
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString self = QCoreApplication::applicationFilePath();
    const QString script = QStringLiteral("FERRY_SITES_E2E=create \"$0\" && FERRY_SITES_E2E=connect \"$0\"");
    if (withKeyring)
        child.start(QStringLiteral(FERRY_WITH_KEYRING),
                    {QStringLiteral("sh"), QStringLiteral("-c"), script, self});
    else
        child.start(QStringLiteral("sh"), {QStringLiteral("-c"), script, self});
    if (!child.waitForStarted(5000))
        return QStringLiteral("<did not start>");
    waitFor([&] { return child.state() == QProcess::NotRunning; }, 240000);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished();
        return out + QStringLiteral("<timeout>");
    }
    return out + QStringLiteral("exit %1").arg(child.exitCode());
}

void TestGuiSitesEndToEnd::checkNoFileHoldsThePassword()
{
    const QByteArray password = Fixture::password().toUtf8();
    int files = 0;
    QDirIterator it(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password) && !bytes.contains(password.toBase64()), qPrintable(path));
        ++files;
    }
    QVERIFY(files >= 2); // sites.json, credentials.json at least
    qInfo("%d files under the config and data folders, none holds the password", files);
}

void TestGuiSitesEndToEnd::keyring()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_config->filePath(QStringLiteral("config"))));
    QVERIFY(
        ferry::sites::CredentialStoreChooser(m_config->filePath(QStringLiteral("config/credentials.json")))
            .setConfigured(ferry::sites::CredentialBackend::Keyring));
    const QString out = runBoth(true);
    qInfo("%s", qPrintable(out));
    QVERIFY2(out.endsWith(QLatin1String("exit 0")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("created; master asked 0")));
    QVERIFY2(out.contains(QStringLiteral("connected; master asked 0; keyring '%1'").arg(Fixture::password())),
             qPrintable(out));
    checkNoFileHoldsThePassword();
}

void TestGuiSitesEndToEnd::vault()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_config->filePath(QStringLiteral("config"))));
    QVERIFY(
        ferry::sites::CredentialStoreChooser(m_config->filePath(QStringLiteral("config/credentials.json")))
            .setConfigured(ferry::sites::CredentialBackend::Vault));
    const QString out = runBoth(false);
    qInfo("%s", qPrintable(out));
    QVERIFY2(out.endsWith(QLatin1String("exit 0")), qPrintable(out));
    // Made with the master password in the first run; asked once in the second, for two
    // connections.
    QVERIFY(out.contains(QLatin1String("created; master asked 1")));
    QVERIFY(out.contains(QLatin1String("connected; master asked 1;")));
    QVERIFY(QFile::exists(m_config->filePath(QStringLiteral("config/vault.bin"))));
    checkNoFileHoldsThePassword();
}

int main(int argc, char *argv[])
{
    const QString mode = qEnvironmentVariable("FERRY_SITES_E2E");
    if (!mode.isEmpty()) {
        if (qEnvironmentVariableIsSet("FERRY_E2E_DISPLAY"))
            qputenv("DISPLAY", qgetenv("FERRY_E2E_DISPLAY"));
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("ferry"));
        QApplication::setOrganizationName(QStringLiteral("ferry"));
        return mode == QLatin1String("create") ? createSite() : connectToSite();
    }
    QApplication app(argc, argv);
    TestGuiSitesEndToEnd test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_sites_e2e.moc"
