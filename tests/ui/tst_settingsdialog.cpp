// The Settings dialog (offscreen): every option written through the dialog's controls
// (Apply, OK) is in the settings file when read back; Cancel writes nothing; a change
// reaches a running queue at once (connections per site raised while one slow download
// runs: more start); switching the language loads a .qm (made by lrelease here) and
// retranslates the whole window; the dark theme is a real dark palette.
// With FERRY_SCREENSHOTS set (the tst_settingsdialog_screens test, under Xvfb), the
// dialog and the main window are saved in the light and the dark theme as artefacts
// (FERRY_TEST_ARTEFACTS).

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "FakeFileSystem.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "UiTestSupport.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "settings/Appearance.h"
#include "settings/MasterPasswordDialog.h"
#include "settings/PasswordsPage.h"
#include "settings/SettingsDialog.h"
#include "sitemanager/SiteActions.h"
#include "sitemanager/SiteManagerDialog.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/VaultCredentialStore.h"
#include "transfer/QueueService.h"

using ferry::settings::AppSettings;
using ferry::transfer::ExistsAction;
using ferry::transfer::ItemState;
using ferry::transfer::QueueItem;
using ferry::ui::Appearance;
using ferry::ui::MainWindow;
using ferry::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOptionWrittenAndReadBack();
    void cancelWritesNothing();
    void appliedToARunningQueue();
    void languageSwitchRetranslates();
    void darkTheme();
    void passwordsPage();
    void screenshots();

private:
    ferry::test::ScopedSettings m_scoped;
};

using ferry::test::artefactPath;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

void choose(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(box->findData(data));
}

} // namespace

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ferry::transfer::QueueService::registerMetaTypes();
}

void TestSettingsDialog::everyOptionWrittenAndReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(path, QString());
    SettingsDialog dialog(settings);
    dialog.show();
    // Every control has an accessible name.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QSpinBox *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QPushButton *>(w) || qobject_cast<QListWidget *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    const struct
    {
        const char *name;
        int value;
    } spins[] = {
        {"connectionsPerSite", 6}, {"connectTimeout", 33}, {"idleTimeout", 240},   {"retries", 9},
        {"firstRetryDelay", 4},    {"maxRetryDelay", 120}, {"downloadLimit", 700}, {"uploadLimit", 350}};
    for (const auto &s : spins)
        child<QSpinBox>(&dialog, s.name)->setValue(s.value);
    for (const char *name : {"speedLimitOn", "showHidden"})
        child<QCheckBox>(&dialog, name)->setChecked(true);
    for (const char *name :
         {"partFiles", "preserveTimes", "confirmDelete", "confirmOverwrite", "confirmMove"})
        child<QCheckBox>(&dialog, name)->setChecked(false);
    choose(child<QComboBox>(&dialog, "downloadExistsAction"), int(ExistsAction::OverwriteIfSizeDiffers));
    choose(child<QComboBox>(&dialog, "uploadExistsAction"), int(ExistsAction::Skip));
    choose(child<QComboBox>(&dialog, "theme"), QStringLiteral("light"));
    choose(child<QComboBox>(&dialog, "language"), QStringLiteral("en"));
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsApply"), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // Apply keeps it open

    QSettings file(path, QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("Connection/connectionsPerSite")).toInt(), 6);
    QCOMPARE(file.value(QStringLiteral("Connection/timeoutSeconds")).toInt(), 33);
    QCOMPARE(file.value(QStringLiteral("Connection/idleTimeoutSeconds")).toInt(), 240);
    QCOMPARE(file.value(QStringLiteral("Connection/retries")).toInt(), 9);
    QCOMPARE(file.value(QStringLiteral("Connection/firstRetryDelaySeconds")).toInt(), 4);
    QCOMPARE(file.value(QStringLiteral("Connection/maxRetryDelaySeconds")).toInt(), 120);
    QCOMPARE(file.value(QStringLiteral("Transfer/downloadLimitKiB")).toInt(), 700);
    QCOMPARE(file.value(QStringLiteral("Transfer/uploadLimitKiB")).toInt(), 350);
    QCOMPARE(file.value(QStringLiteral("Transfer/speedLimitOn")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("Transfer/partFiles")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("Transfer/preserveTimes")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("Transfer/downloadExistsAction")).toString(), QStringLiteral("size"));
    QCOMPARE(file.value(QStringLiteral("Transfer/uploadExistsAction")).toString(), QStringLiteral("skip"));
    QCOMPARE(file.value(QStringLiteral("Interface/showHidden")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("Interface/confirmDelete")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("Interface/confirmOverwrite")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("Interface/confirmMove")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("Interface/theme")).toString(), QStringLiteral("light"));
    QCOMPARE(file.value(QStringLiteral("Interface/language")).toString(), QStringLiteral("en"));

    // OK writes and closes; a new dialog shows the stored values.
    child<QSpinBox>(&dialog, "connectionsPerSite")->setValue(7);
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(AppSettings(path, QString()).connectionsPerSite(), 7);
    SettingsDialog again(settings);
    QCOMPARE(child<QSpinBox>(&again, "connectionsPerSite")->value(), 7);
    QCOMPARE(child<QComboBox>(&again, "uploadExistsAction")->currentData().toInt(), int(ExistsAction::Skip));
    QVERIFY(!child<QCheckBox>(&again, "confirmMove")->isChecked());
}

void TestSettingsDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")), QString());
    SettingsDialog dialog(settings);
    dialog.show();
    child<QSpinBox>(&dialog, "retries")->setValue(50);
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsCancel"), Qt::LeftButton);
    QCOMPARE(settings.retries(), 4);
    QVERIFY(!settings.isSet(AppSettings::kRetries));
}

void TestSettingsDialog::appliedToARunningQueue()
{
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 4;
    config.readChunkDelayMs = 400; // a file takes seconds
    auto stats = std::make_shared<ferry::test::FakeStats>();
    ferry::test::TestServices services(ferry::test::fakeMaker(config, stats));
    services.settings().setConnectionsPerSite(1);
    MainWindow window(services.services());
    window.show();

    QHash<qint64, ItemState> states;
    connect(&services.queue(), &ferry::transfer::QueueService::itemsChanged, this,
            [&states](const QList<QueueItem> &items) {
                for (const QueueItem &item : items)
                    states.insert(item.id, item.state);
            });
    const auto running = [&states] {
        return int(std::count(states.cbegin(), states.cend(), ItemState::Running));
    };
    QTemporaryDir local;
    QList<QueueItem> items;
    for (int i = 1; i <= 4; ++i) {
        QueueItem item;
        item.direction = ferry::transfer::Direction::Download;
        item.site = QStringLiteral("ftp://alice@slow.test");
        item.remotePath = QStringLiteral("/large/large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        item.localPath = local.filePath(QStringLiteral("large%1.bin").arg(i));
        items << item;
    }
    services.queue().add(items, true);
    QTRY_COMPARE_WITH_TIMEOUT(running(), 1, 10000);
    QTest::qWait(500);
    QCOMPARE(running(), 1);

    // Edit > Settings, three connections, Apply: the queue starts two more at once.
    QAction *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    SettingsDialog *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    child<QSpinBox>(dialog, "connectionsPerSite")->setValue(3);
    QTest::mouseClick(child<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(running(), 3, 3000);
    services.queue().stop();
    QTRY_COMPARE_WITH_TIMEOUT(running(), 0, 10000);
}

// Switching the language in the dialog retranslates every part of the open window without
// a restart (data/ferry_de.ts, compiled by lrelease when this test is built, has a string
// or two of each): the menus and a menu entry, a toolbar action, the status bar, a pane's
// header, context menu and "Not connected", the queue's tab, action and header, the log's header,
// the quick-connect bar, the site manager's title and tab, the Settings dialog's title,
// page names and a label, and the Passwords page; then back to English.
void TestSettingsDialog::languageSwitchRetranslates()
{
    QVERIFY(QFile::exists(QStringLiteral(FERRY_TEST_TRANSLATIONS "/ferry_de.qm")));
    qputenv("FERRY_TRANSLATIONS_DIR", FERRY_TEST_TRANSLATIONS);

    ferry::test::TestServices services;
    MainWindow window(services.services());
    window.show();
    window.siteActions()->siteManagerAction()->trigger();
    QDialog *siteManager = window.findChild<QDialog *>(QStringLiteral("siteManager"));
    QVERIFY(siteManager && siteManager->isVisible());
    SettingsDialog *dialog = window.openSettings();

    const auto label = [](QWidget *parent, QWidget *buddy) -> QString {
        for (QLabel *l : parent->findChildren<QLabel *>())
            if (l->buddy() == buddy)
                return l->text();
        return QStringLiteral("<no label>");
    };
    auto *queueTabs = window.findChild<QTabWidget *>(QStringLiteral("queueTabs"));
    auto *queueView = window.findChild<QTreeView *>(QStringLiteral("queuedView"));
    auto *logView = window.findChild<QTreeView *>(QStringLiteral("messageLog"));
    auto *quickHost =
        window.findChild<QWidget *>(QStringLiteral("quickConnectBar"))->findChildren<QLineEdit *>().at(0);
    auto *queuePanel = window.findChild<QWidget *>(QStringLiteral("queuePanel"));
    auto *siteHost = siteManager->findChild<QLineEdit *>(QStringLiteral("host"));
    auto *siteTabs = siteManager->findChild<QTabWidget *>(QStringLiteral("siteTabs"));
    QVERIFY(queueTabs && queueView && logView && quickHost && queuePanel && siteHost && siteTabs);
    const auto pauseText = [queuePanel] {
        for (QAction *a : queuePanel->findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Pause") || a->text() == QStringLiteral("&Anhalten"))
                return a->text();
        return QString();
    };
    const auto messageLogText = [&window] {
        return window.findChild<QAction *>(QStringLiteral("messageLogShown"))->text();
    };
    // What the test reads, in order: each is English first, German after the switch.
    const auto texts = [&]() -> QStringList {
        return {window.findChild<QMenu *>(QStringLiteral("editMenu"))->title(),
                messageLogText(),
                window.findChild<QAction *>(QStringLiteral("Refresh"))->text(),
                window.findChild<QAction *>(QStringLiteral("processQueue"))->text(),
                window.siteActions()->siteManagerAction()->text(),
                window.statusBar()->currentMessage(),
                window.localPane()->fileList()->model()->headerData(1, Qt::Horizontal).toString(),
                window.localPane()->fileList()->findChild<QAction *>(QStringLiteral("refresh"))->text(),
                window.findChild<QLabel *>(QStringLiteral("notConnectedLabel"))->text(),
                queueTabs->tabText(0),
                pauseText(),
                queueView->model()->headerData(1, Qt::Horizontal).toString(),
                logView->model()->headerData(2, Qt::Horizontal).toString(),
                label(window.findChild<QWidget *>(QStringLiteral("quickConnectBar")), quickHost),
                siteManager->windowTitle(),
                siteTabs->tabText(0),
                label(siteManager, siteHost),
                dialog->windowTitle(),
                child<QListWidget>(dialog, "settingsPages")->item(SettingsDialog::ThemePage)->text(),
                child<QListWidget>(dialog, "settingsPages")->item(SettingsDialog::PasswordsPage)->text(),
                label(dialog, child<QComboBox>(dialog, "theme")),
                child<QPushButton>(dialog, "movePasswords")->text()};
    };
    const QStringList english{QStringLiteral("&Edit"),          QStringLiteral("&Message log"),
                              QStringLiteral("Refresh"),        QStringLiteral("Process queue"),
                              QStringLiteral("&Site Manager…"), QStringLiteral("Not connected"),
                              QStringLiteral("Size"),           QStringLiteral("Re&fresh"),
                              QStringLiteral("Not connected"),  QStringLiteral("Queued files (0)"),
                              QStringLiteral("&Pause"),         QStringLiteral("Direction"),
                              QStringLiteral("Message"),        QStringLiteral("&Host:"),
                              QStringLiteral("Site Manager"),   QStringLiteral("&General"),
                              QStringLiteral("&Host:"),         QStringLiteral("Settings"),
                              QStringLiteral("Theme"),          QStringLiteral("Passwords"),
                              QStringLiteral("T&heme:"),        QStringLiteral("&Move passwords")};
    const QStringList german{QStringLiteral("&Bearbeiten"),     QStringLiteral("&Meldungsprotokoll"),
                             QStringLiteral("Aktualisieren"),   QStringLiteral("Warteschlange abarbeiten"),
                             QStringLiteral("&Servermanager…"), QStringLiteral("Nicht verbunden"),
                             QStringLiteral("Größe"),           QStringLiteral("A&ktualisieren"),
                             QStringLiteral("Nicht verbunden"), QStringLiteral("Wartende Dateien (0)"),
                             QStringLiteral("&Anhalten"),       QStringLiteral("Richtung"),
                             QStringLiteral("Meldung"),         QStringLiteral("&Server:"),
                             QStringLiteral("Servermanager"),   QStringLiteral("&Allgemein"),
                             QStringLiteral("&Server:"),        QStringLiteral("Einstellungen"),
                             QStringLiteral("Farbschema"),      QStringLiteral("Passwörter"),
                             QStringLiteral("&Farbschema:"),    QStringLiteral("Passwörter &verschieben")};
    QCOMPARE(texts(), english);

    choose(child<QComboBox>(dialog, "language"), QStringLiteral("de"));
    QTest::mouseClick(child<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(texts(), german);
    QCOMPARE(services.settings().language(), QStringLiteral("de"));

    // Back to English: the source strings again.
    choose(child<QComboBox>(dialog, "language"), QStringLiteral("en"));
    QTest::mouseClick(child<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
    QCOMPARE(texts(), english);
    qunsetenv("FERRY_TRANSLATIONS_DIR");
}

void TestSettingsDialog::darkTheme()
{
    ferry::test::TestServices services;
    MainWindow window(services.services());
    window.show();
    services.settings().setTheme(QStringLiteral("dark"));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
    // The panes and the queue take the application palette.
    QTRY_VERIFY(window.localPane()->fileList()->palette().color(QPalette::Base).lightness() < 80);
    services.settings().setTheme(QStringLiteral("light"));
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
    services.settings().setTheme(QStringLiteral("system"));
}

// Settings > Passwords: the page shows the store in use; a new master password (a wrong
// old one shown in the dialog, which stays open); a move to a keyring that does not answer
// says so and loses nothing; "don't save" asks, then forgets the three passwords and says
// how many.
void TestSettingsDialog::passwordsPage()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring here
    QTemporaryDir run;
    qputenv("XDG_RUNTIME_DIR", run.path().toUtf8());
    ferry::test::TestServices services;
    const QString vaultPath = services.configDir() + QStringLiteral("/vault.bin");
    const auto withMaster = [vaultPath](const QString &master) {
        auto vault = std::make_unique<ferry::sites::VaultCredentialStore>(
            [master](bool) -> ferry::remote::Result<QString> { return master; }, vaultPath);
        vault->setCostForNewVaults({1, 8 * 1024});
        return vault;
    };
    QList<QUuid> ids;
    for (int i = 0; i < 3; ++i) {
        ferry::sites::Site site;
        site.name = QStringLiteral("site%1").arg(i);
        site.protocol = ferry::remote::Protocol::Ftp;
        site.host = QStringLiteral("h%1.test").arg(i);
        site.user = QStringLiteral("u");
        site.logon = ferry::sites::LogonType::Normal;
        auto added = services.siteStore().add(site);
        QVERIFY(added.ok());
        ids << added->id;
        QVERIFY(withMaster(QStringLiteral("first"))->setPassword(added->id, QStringLiteral("pw%1").arg(i)));
    }
    ferry::sites::CredentialStoreChooser chooser(services.configDir() + QStringLiteral("/credentials.json"));
    QVERIFY(chooser.setConfigured(ferry::sites::CredentialBackend::Vault));
    int asked = 0;
    connect(&services.credentials(), &ferry::sites::CredentialService::questionAsked, this,
            [&asked](ferry::session::QuestionRequest *request) {
                ++asked;
                QTimer::singleShot(20, request, [request] { request->answer(QStringLiteral("first")); });
            });

    AppSettings settings(services.configDir() + QStringLiteral("/settings.ini"), QString());
    SettingsDialog dialog(settings);
    dialog.setPasswordServices(&services.credentials(), &services.siteStore());
    dialog.show();
    dialog.showPage(SettingsDialog::PasswordsPage);
    auto *where = child<QComboBox>(&dialog, "passwordBackend");
    auto *move = child<QPushButton>(&dialog, "movePasswords");
    auto *page = dialog.findChild<ferry::ui::PasswordsPage *>();
    QTRY_VERIFY_WITH_TIMEOUT(where->isEnabled(), 10000);
    QCOMPARE(where->currentData().toString(), QStringLiteral("vault"));
    QVERIFY(!move->isEnabled()); // already there

    // A new master password; the wrong old one first.
    QTest::mouseClick(child<QPushButton>(&dialog, "changeMasterPassword"), Qt::LeftButton);
    auto *master = dialog.findChild<ferry::ui::MasterPasswordDialog *>();
    QVERIFY(master && master->isVisible());
    child<QLineEdit>(master, "oldMasterPassword")->setText(QStringLiteral("not-it"));
    child<QLineEdit>(master, "newMasterPassword")->setText(QStringLiteral("second"));
    child<QLineEdit>(master, "repeatMasterPassword")->setText(QStringLiteral("second"));
    QTest::mouseClick(child<QPushButton>(master, "masterPasswordOk"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!master->error().isEmpty(), 20000);
    QVERIFY2(master->error().contains(QStringLiteral("wrong")), qPrintable(master->error()));
    QVERIFY(master->isVisible());
    QVERIFY(child<QLineEdit>(master, "oldMasterPassword")->text().isEmpty());
    child<QLineEdit>(master, "oldMasterPassword")->setText(QStringLiteral("first"));
    QTest::mouseClick(child<QPushButton>(master, "masterPasswordOk"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<ferry::ui::MasterPasswordDialog *>() == nullptr, 20000);
    QCOMPARE(page->status(), QStringLiteral("The vault's master password was changed."));
    QCOMPARE(withMaster(QStringLiteral("second"))->password(ids.at(1)).value(),
             std::optional<QString>(QStringLiteral("pw1")));

    // To the keyring, which does not answer: nothing moved, the vault keeps them all.
    choose(where, QStringLiteral("keyring"));
    QVERIFY(move->isEnabled());
    QTest::mouseClick(move, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(where->isEnabled(), 20000);
    QVERIFY2(page->status().startsWith(QStringLiteral("No password was moved")), qPrintable(page->status()));
    QCOMPARE(where->currentData().toString(), QStringLiteral("vault"));
    QCOMPARE(chooser.configured().value(), ferry::sites::CredentialBackend::Vault);

    // Don't save: asked first (Cancel keeps everything), then forgotten.
    choose(where, QStringLiteral("none"));
    const auto answerBox = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(100, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    };
    answerBox(QMessageBox::Cancel);
    QTest::mouseClick(move, Qt::LeftButton);
    QCOMPARE(chooser.configured().value(), ferry::sites::CredentialBackend::Vault);
    answerBox(QMessageBox::Yes);
    QTest::mouseClick(move, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->status().contains(QStringLiteral("forgotten")), 20000);
    QCOMPARE(page->status(), QStringLiteral("3 stored password(s) forgotten."));
    QCOMPARE(chooser.configured().value(), ferry::sites::CredentialBackend::None);
    for (const QUuid &id : ids)
        QCOMPARE(withMaster(QStringLiteral("second"))->password(id).value(), std::optional<QString>());
    QCOMPARE(asked, 0); // the master password was typed in the dialog, never asked again
}

// Under Xvfb (tst_settingsdialog_screens): the window (with log lines of every kind and
// running transfers' progress bars), the Settings dialog's pages and the site manager, in
// the light and the dark theme, saved as artefacts to be looked at.
void TestSettingsDialog::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FERRY_SCREENSHOTS"))
        return; // the offscreen run has no screen to grab; tst_settingsdialog_screens runs this
    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 4;
    config.readChunkDelayMs = 300; // the transfers run while the pictures are taken
    ferry::test::TestServices services(
        ferry::test::fakeMaker(config, std::make_shared<ferry::test::FakeStats>()));
    for (const char *name : {"Production web", "Backups"}) {
        ferry::sites::Site site;
        site.name = QLatin1String(name);
        site.folder = {QStringLiteral("Clients")};
        site.protocol = ferry::remote::Protocol::Ftpes;
        site.host = QStringLiteral("ftp.example.com");
        site.user = QStringLiteral("alice");
        site.logon = ferry::sites::LogonType::Normal;
        QVERIFY(services.siteStore().add(site).ok());
    }
    services.settings().setConnectionsPerSite(2);
    MainWindow window(services.services());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *log = qobject_cast<ferry::ui::LogModel *>(
        window.findChild<QTreeView *>(QStringLiteral("messageLog"))->model());
    QVERIFY(log);
    using Kind = ferry::session::LogEntry::Kind;
    log->append(
        ferry::session::LogEntry::make(Kind::Status, QStringLiteral("Connecting to ftp.example.com:21 …")));
    log->append(ferry::session::LogEntry::make(Kind::Command, QStringLiteral("USER alice")));
    log->append(
        ferry::session::LogEntry::make(Kind::Reply, QStringLiteral("331 Please specify the password.")));
    log->append(ferry::session::LogEntry::make(Kind::Warning,
                                               QStringLiteral("The server's clock is 3 minutes ahead")));
    log->append(ferry::session::LogEntry::make(Kind::Error, QStringLiteral("550 Permission denied.")));
    QTemporaryDir local;
    QList<QueueItem> items;
    for (int i = 1; i <= 4; ++i) {
        QueueItem item;
        item.direction = ferry::transfer::Direction::Download;
        item.site = QStringLiteral("ftp://alice@slow.test");
        item.remotePath = QStringLiteral("/large/large%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        item.localPath = local.filePath(QStringLiteral("large%1.bin").arg(i));
        items << item;
    }
    services.queue().add(items, true);
    QTest::qWait(1500); // two of them partly done

    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        services.settings().setTheme(theme);
        QTest::qWait(300);
        QVERIFY(window.grab().save(artefactPath(QStringLiteral("mainwindow-%1.png").arg(theme))));
        SettingsDialog *dialog = window.openSettings();
        for (const auto page :
             {SettingsDialog::ConnectionPage, SettingsDialog::InterfacePage, SettingsDialog::PasswordsPage}) {
            dialog->showPage(page);
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(
                artefactPath(QStringLiteral("settings-%1-%2.png").arg(theme).arg(int(page)))));
        }
        dialog->close();
        window.siteActions()->siteManagerAction()->trigger(); // made anew: it closes for good
        QDialog *siteManager = window.findChild<QDialog *>(QStringLiteral("siteManager"));
        QVERIFY(siteManager);
        QVERIFY(QTest::qWaitForWindowExposed(siteManager));
        // A site selected, so its fields show filled in.
        auto *tree = siteManager->findChild<QTreeView *>(QStringLiteral("siteTree"));
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                                 QStringLiteral("Production web"), 1, Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        tree->setCurrentIndex(found.first());
        QTest::qWait(300);
        QVERIFY(siteManager->grab().save(artefactPath(QStringLiteral("sitemanager-%1.png").arg(theme))));
        siteManager->close();
    }
    services.queue().stop();
    services.settings().setTheme(QStringLiteral("system"));
    qInfo("screenshots in %s", qPrintable(artefactPath(QString())));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
