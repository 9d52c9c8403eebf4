// The site manager offscreen: create and edit a site (every field, read back from
// sites.json; the password in the credential store, never in the file), rename in place,
// move sites and folders by drag through the model's MIME path, duplicate (with the
// password), delete after the confirmation, filter by name or host, the fields shown per
// protocol and logon type, and a FileZilla sitemanager.xml imported through the dialog
// with its folders in the tree. Then the window: connect to a site with its stored
// password without being asked, Save current connection as site, Recent, bookmarks.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "FakeFileSystem.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "Sanitizers.h"
#include "UiTestSupport.h"
#include "panes/LocalPane.h"
#include "panes/PathBar.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/SecretDialog.h"
#include "session/QuestionRequest.h"
#include "sitemanager/SiteActions.h"
#include "sitemanager/SiteManagerDialog.h"
#include "sitemanager/SiteTreeModel.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/SiteStore.h"

using namespace ferry::ui;
using ferry::remote::Protocol;
using ferry::sites::Charset;
using ferry::sites::LogonType;
using ferry::sites::Site;
using ferry::sites::TransferMode;

namespace {

const QString kMaster = QStringLiteral("master-of-sites");

// The passwords go to a vault in the test's config folder (UiTestSupport.h).
struct Vault : ferry::test::AnsweredVault
{
    explicit Vault(ferry::test::TestServices &services) : AnsweredVault(services, kMaster) {}
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<QString> storedPassword(ferry::test::TestServices &services, const QUuid &id)
{
    std::optional<ferry::remote::Result<std::optional<QString>>> result;
    QObject context;
    services.credentials().password(id, &context,
                                    [&](ferry::remote::Result<std::optional<QString>> r) { result = r; });
    // The vault's key derivation and decryption are slow under ASan on a loaded machine.
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000 * ferry::test::kSanitizerTimeFactor) ||
        !result->ok())
        return QStringLiteral("<error>");
    return result->value();
}

QStringList shownNames(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names << index.data().toString();
        for (const QString &inner : shownNames(model, index))
            names << index.data().toString() + QLatin1Char('/') + inner;
    }
    return names;
}

} // namespace

class TestSiteManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_settings = std::make_unique<ferry::test::ScopedSettings>(); }
    void createAndEditEveryField();
    void renameInPlace();
    void moveByDrag();
    void duplicateAndDelete();
    void filterByNameOrHost();
    void fieldsPerProtocolAndLogon();
    void importFileZillaShowsFolders();
    void windowConnectsWithStoredPassword();
    void saveConnectionRecentAndBookmarks();
    void testConnectionLeavesTheWindowsSession();

private:
    std::unique_ptr<ferry::test::ScopedSettings> m_settings;
    std::shared_ptr<ferry::test::FakeStats> m_stats = std::make_shared<ferry::test::FakeStats>();
};

void TestSiteManager::createAndEditEveryField()
{
    ferry::test::TestServices services;
    Vault vault(services);
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    dialog.show();
    ferry::test::StallMeter stall;
    dialog.newSite();
    QVERIFY(dialog.editedSite().has_value());
    QCOMPARE(dialog.editedSite()->name, QStringLiteral("New site"));
    QTRY_VERIFY(dialog.passwordState()->text().contains(QLatin1String("No password")));

    dialog.protocolBox()->setCurrentIndex(dialog.protocolBox()->findData(int(Protocol::Ftp)));
    dialog.encryptionBox()->setCurrentIndex(2); // implicit TLS
    dialog.hostEdit()->setText(QStringLiteral("ftp.example.org"));
    dialog.portSpin()->setValue(990);
    dialog.logonBox()->setCurrentIndex(dialog.logonBox()->findData(int(LogonType::Normal)));
    dialog.userEdit()->setText(QStringLiteral("bob"));
    dialog.passwordEdit()->setText(QStringLiteral("pw-never-in-a-file"));
    dialog.commentsEdit()->setPlainText(QStringLiteral("first\nsecond"));
    dialog.localDirEdit()->setText(QStringLiteral("/tmp"));
    dialog.remoteDirEdit()->setText(QStringLiteral("/pub"));
    dialog.timeZoneSpin()->setValue(-90);
    dialog.transferModeButton(TransferMode::Active)->setChecked(true);
    dialog.maxConnectionsSpin()->setValue(3);
    dialog.charsetButton(Charset::Named)->setChecked(true);
    dialog.charsetNameEdit()->setText(QStringLiteral("ISO-8859-15"));
    QSignalSpy settled(&dialog, &SiteManagerDialog::passwordSettled);
    QVERIFY(dialog.saveCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    QTRY_VERIFY(dialog.passwordState()->text().contains(QLatin1String("A password is stored")));
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // never shown back
    QVERIFY(!dialog.passwordEdit()->placeholderText().isEmpty());
    QVERIFY2(stall.longest() < ferry::test::kStallLimitMs * 4, qPrintable(QString::number(stall.longest())));

    ferry::sites::SiteStore reread(services.configDir() + QStringLiteral("/sites.json"));
    QVERIFY(reread.reload().ok());
    QCOMPARE(reread.sites().size(), 1);
    const Site site = reread.sites().first();
    QCOMPARE(site.protocol, Protocol::Ftps);
    QCOMPARE(site.host, QStringLiteral("ftp.example.org"));
    QCOMPARE(site.port, quint16(990));
    QCOMPARE(site.user, QStringLiteral("bob"));
    QCOMPARE(site.logon, LogonType::Normal);
    QCOMPARE(site.comments, QStringLiteral("first\nsecond"));
    QCOMPARE(site.localDir, QStringLiteral("/tmp"));
    QCOMPARE(site.remoteDir, QStringLiteral("/pub"));
    QCOMPARE(site.timeZoneOffsetMinutes, -90);
    QCOMPARE(site.transferMode, TransferMode::Active);
    QCOMPARE(site.maxConnections, 3);
    QCOMPARE(site.charset, Charset::Named);
    QCOMPARE(site.charsetName, QStringLiteral("ISO-8859-15"));
    QCOMPARE(storedPassword(services, site.id), std::optional<QString>(QStringLiteral("pw-never-in-a-file")));
    QVERIFY(!fileBytes(reread.path()).contains("pw-never-in-a-file"));
    QCOMPARE(vault.asked, 1);

    // Forget.
    settled.clear();
    QTest::mouseClick(dialog.forgetPasswordButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    QVERIFY(dialog.passwordState()->text().contains(QLatin1String("No password")));
    QCOMPARE(storedPassword(services, site.id), std::optional<QString>());
    QCOMPARE(vault.asked, 1);
}

void TestSiteManager::renameInPlace()
{
    ferry::test::TestServices services;
    Site s;
    s.name = QStringLiteral("old name");
    s.host = QStringLiteral("h.example");
    s.folder = {QStringLiteral("F")};
    const auto added = services.siteStore().add(s);
    QVERIFY(added.ok());
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectSite(added->id));
    dialog.tree()->setFocus();
    QTest::keyClick(dialog.tree(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("new name"));
    QSignalSpy connectSpy(&dialog, &SiteManagerDialog::connectRequested);
    QTest::keyClick(editor, Qt::Key_Return);
    ferry::sites::SiteStore reread(services.siteStore().path());
    QTRY_VERIFY(reread.reload().ok() && reread.sites().first().name == QLatin1String("new name"));
    // The Return that ended the rename does not connect.
    QTest::qWait(100);
    QCOMPARE(connectSpy.count(), 0);
    QVERIFY(dialog.statusLabel()->text().isEmpty());
    // A folder renamed in place takes its sites along.
    QVERIFY(
        dialog.model()->rename(dialog.model()->indexOfFolder({QStringLiteral("F")}), QStringLiteral("G")));
    QVERIFY(reread.reload().ok());
    QCOMPARE(reread.sites().first().folder, QStringList{QStringLiteral("G")});
    // Return on a site in the tree connects to it.
    QVERIFY(dialog.selectSite(added->id));
    dialog.tree()->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() == dialog.tree());
    QTest::keyClick(dialog.tree(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(connectSpy.count(), 1, 30000);
    QCOMPARE(connectSpy.first().first().value<Site>().id, added->id);
}

void TestSiteManager::moveByDrag()
{
    ferry::test::TestServices services;
    Site s;
    s.name = QStringLiteral("web");
    s.host = QStringLiteral("w.example");
    const auto added = services.siteStore().add(s);
    QVERIFY(added.ok());
    QVERIFY(services.siteStore().addFolder({QStringLiteral("A")}).ok());
    QVERIFY(services.siteStore().addFolder({QStringLiteral("B")}).ok());
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    // Through the view's model (the filter proxy), as a drag in the tree goes.
    QAbstractItemModel *model = dialog.tree()->model();
    const auto shown = [&](const QModelIndex &source) {
        return dialog.proxy()->mapFromSource(source);
    };

    std::unique_ptr<QMimeData> mime(model->mimeData({shown(dialog.model()->indexOfSite(added->id))}));
    QVERIFY(mime);
    const QModelIndex folderA = shown(dialog.model()->indexOfFolder({QStringLiteral("A")}));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, folderA));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, folderA));
    ferry::sites::SiteStore reread(services.siteStore().path());
    QVERIFY(reread.reload().ok());
    QCOMPARE(reread.sites().first().folder, QStringList{QStringLiteral("A")});

    // Folder A (with the site) into B.
    mime.reset(model->mimeData({shown(dialog.model()->indexOfFolder({QStringLiteral("A")}))}));
    const QModelIndex folderB = shown(dialog.model()->indexOfFolder({QStringLiteral("B")}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, folderB));
    QVERIFY(reread.reload().ok());
    QCOMPARE(reread.sites().first().folder, (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QVERIFY(shownNames(model).contains(QStringLiteral("B/A/web")));
    // Not into itself, not onto a site.
    mime.reset(model->mimeData({shown(dialog.model()->indexOfFolder({QStringLiteral("B")}))}));
    QVERIFY(!model->canDropMimeData(
        mime.get(), Qt::MoveAction, -1, -1,
        shown(dialog.model()->indexOfFolder({QStringLiteral("B"), QStringLiteral("A")}))));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1,
                                    shown(dialog.model()->indexOfSite(added->id))));
    // Back to the top (the root).
    mime.reset(model->mimeData({shown(dialog.model()->indexOfSite(added->id))}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(reread.reload().ok());
    QVERIFY(reread.sites().first().folder.isEmpty());
}

void TestSiteManager::duplicateAndDelete()
{
    ferry::test::TestServices services;
    Vault vault(services);
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.newSite();
    dialog.hostEdit()->setText(QStringLiteral("dup.example"));
    dialog.passwordEdit()->setText(QStringLiteral("dup-pw"));
    QSignalSpy settled(&dialog, &SiteManagerDialog::passwordSettled);
    QVERIFY(dialog.saveCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    const QUuid original = dialog.editedSite()->id;

    settled.clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("duplicateSite")), Qt::LeftButton);
    QCOMPARE(services.siteStore().sites().size(), 2);
    QVERIFY(dialog.editedSite());
    QCOMPARE(dialog.editedSite()->name, QStringLiteral("Copy of New site"));
    QCOMPARE(dialog.editedSite()->host, QStringLiteral("dup.example"));
    const QUuid copy = dialog.editedSite()->id;
    QVERIFY(copy != original);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    QCOMPARE(storedPassword(services, copy), std::optional<QString>(QStringLiteral("dup-pw")));

    // Delete asks first; No keeps it, Yes removes it and its password.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deleteSite")), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    auto *ask = dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QTest::mouseClick(ask->button(QMessageBox::No), Qt::LeftButton);
    QCOMPARE(services.siteStore().sites().size(), 2);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QVERIFY(dialog.selectSite(copy));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deleteSite")), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    ask = dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    settled.clear();
    QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(services.siteStore().sites().size(), 1);
    QCOMPARE(services.siteStore().sites().first().id, original);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    QCOMPARE(storedPassword(services, copy), std::optional<QString>());
    QCOMPARE(storedPassword(services, original), std::optional<QString>(QStringLiteral("dup-pw")));
    QCOMPARE(vault.asked, 1);
}

void TestSiteManager::filterByNameOrHost()
{
    ferry::test::TestServices services;
    for (const auto &[name, host, folder] :
         {std::tuple{QStringLiteral("alpha"), QStringLiteral("a.example"), QStringList{QStringLiteral("X")}},
          std::tuple{QStringLiteral("beta"), QStringLiteral("files.example.org"),
                     QStringList{QStringLiteral("X")}},
          std::tuple{QStringLiteral("gamma"), QStringLiteral("g.example"), QStringList()}}) {
        Site s;
        s.name = name;
        s.host = host;
        s.folder = folder;
        QVERIFY(services.siteStore().add(s).ok());
    }
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    QCOMPARE(shownNames(dialog.tree()->model()),
             (QStringList{QStringLiteral("X"), QStringLiteral("X/alpha"), QStringLiteral("X/beta"),
                          QStringLiteral("gamma")}));
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("FILES")); // by host, any case
    QCOMPARE(shownNames(dialog.tree()->model()),
             (QStringList{QStringLiteral("X"), QStringLiteral("X/beta")}));
    dialog.filterEdit()->clear();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("gam")); // by name, as typed
    QCOMPARE(shownNames(dialog.tree()->model()), QStringList{QStringLiteral("gamma")});
    dialog.filterEdit()->clear();
    QCOMPARE(shownNames(dialog.tree()->model()).size(), 4);
}

void TestSiteManager::fieldsPerProtocolAndLogon()
{
    ferry::test::TestServices services;
    Site s;
    s.name = QStringLiteral("site");
    s.host = QStringLiteral("h.example");
    QVERIFY(services.siteStore().add(s).ok());
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto logons = [&] {
        QList<LogonType> out;
        for (int i = 0; i < dialog.logonBox()->count(); ++i)
            out << LogonType(dialog.logonBox()->itemData(i).toInt());
        return out;
    };
    const auto chooseLogon = [&](LogonType logon) {
        const int i = dialog.logonBox()->findData(int(logon));
        QVERIFY(i >= 0);
        dialog.logonBox()->setCurrentIndex(i);
    };
    // FTP: encryption, no key file, no agent; anonymous has neither user nor password.
    dialog.protocolBox()->setCurrentIndex(dialog.protocolBox()->findData(int(Protocol::Ftp)));
    QVERIFY(!logons().contains(LogonType::KeyFile) && !logons().contains(LogonType::Agent));
    QVERIFY(logons().contains(LogonType::Anonymous));
    chooseLogon(LogonType::Normal);
    QVERIFY(dialog.fieldShown(dialog.encryptionBox()));
    QVERIFY(dialog.fieldShown(dialog.passwordEdit()));
    QVERIFY(!dialog.fieldShown(dialog.keyFileEdit()));
    QVERIFY(dialog.fieldShown(dialog.transferModeButton(TransferMode::Passive)));
    chooseLogon(LogonType::Anonymous);
    QVERIFY(!dialog.fieldShown(dialog.passwordEdit()));
    QVERIFY(!dialog.fieldShown(dialog.userEdit()));
    chooseLogon(LogonType::Ask);
    QVERIFY(!dialog.fieldShown(dialog.passwordEdit()));
    QVERIFY(dialog.fieldShown(dialog.userEdit()));
    // SFTP: no encryption choice, no passive/active, key file only for that logon, no
    // password for the agent.
    dialog.protocolBox()->setCurrentIndex(dialog.protocolBox()->findData(int(Protocol::Sftp)));
    QVERIFY(!logons().contains(LogonType::Anonymous));
    QVERIFY(logons().contains(LogonType::KeyFile) && logons().contains(LogonType::Agent));
    QVERIFY(!dialog.fieldShown(dialog.encryptionBox()));
    QVERIFY(!dialog.fieldShown(dialog.transferModeButton(TransferMode::Passive)));
    chooseLogon(LogonType::Agent);
    QVERIFY(!dialog.fieldShown(dialog.passwordEdit()));
    QVERIFY(!dialog.fieldShown(dialog.keyFileEdit()));
    chooseLogon(LogonType::KeyFile);
    QVERIFY(dialog.fieldShown(dialog.keyFileEdit()));
    QVERIFY(!dialog.fieldShown(dialog.passwordEdit()));
    chooseLogon(LogonType::Normal);
    QVERIFY(dialog.fieldShown(dialog.passwordEdit()));
    // Saved as chosen.
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(services.siteStore().sites().first().protocol, Protocol::Sftp);
    // Every control has an accessible name.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QSpinBox *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTreeView *>(w)) {
            if (w->parentWidget() && (qobject_cast<QSpinBox *>(w->parentWidget()) ||
                                      qobject_cast<QLineEdit *>(w->parentWidget()) ||
                                      qobject_cast<QComboBox *>(w->parentWidget()) ||
                                      qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget())))
                continue; // inner parts of a control
            if (w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                            w->objectName())));
        }
    }
}

void TestSiteManager::importFileZillaShowsFolders()
{
    ferry::test::TestServices services;
    Vault vault(services);
    SiteManagerDialog dialog(&services.siteStore(), &services.credentials(), &services.sessions());
    dialog.show();
    QSignalSpy settled(&dialog, &SiteManagerDialog::passwordSettled);
    const QString summary = dialog.importFileZilla(QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml"));
    QVERIFY2(summary.startsWith(QLatin1String("Imported ")), qPrintable(summary));
    QCOMPARE(dialog.statusLabel()->text(), summary);
    const QStringList names = shownNames(dialog.tree()->model());
    QVERIFY2(names.contains(QStringLiteral("Clients/Acme & Sons <EU>/prod \"main\" site")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("Clients/Beta/Deep")));
    QVERIFY(names.contains(QStringLiteral("Top & level")));
    QVERIFY(summary.contains(QString::number(services.siteStore().sites().size())));
    // The file's passwords went to the vault, not to sites.json.
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
    const auto top = services.siteStore().find(QStringLiteral("Top & level"));
    QVERIFY(top.ok());
    QTRY_COMPARE_WITH_TIMEOUT(storedPassword(services, top->id),
                              std::optional<QString>(QStringLiteral("pa55 w&rd<é>")), 30000);
    QVERIFY(!fileBytes(services.siteStore().path()).contains("pa55"));
}

void TestSiteManager::windowConnectsWithStoredPassword()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    Vault vault(services);
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Made in the site manager, opened with Ctrl+S.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_S));
    QTRY_VERIFY(window.siteActions()->siteManager() && window.siteActions()->siteManager()->isVisible());
    SiteManagerDialog *dialog = window.siteActions()->siteManager();
    dialog->newSite();
    dialog->protocolBox()->setCurrentIndex(dialog->protocolBox()->findData(int(Protocol::Sftp)));
    dialog->hostEdit()->setText(QStringLiteral("password.test"));
    dialog->userEdit()->setText(QStringLiteral("alice"));
    dialog->passwordEdit()->setText(ferry::test::FakeFileSystem::kPassword);
    QVERIFY(dialog->saveCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordState()->text().contains(QLatin1String("A password is stored")),
                             30000);
    dialog->close();
    // The toolbar's drop-down lists it; one click connects without a password question.
    QMenu *menu = window.siteActions()->sitesMenu();
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction *entry = menu->findChild<QAction *>(QStringLiteral("site:New site"));
    QVERIFY(entry);
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.remotePane()->session() && window.remotePane()->isEnabled(), 30000);
    QTRY_VERIFY(window.remotePane()->pathBar()->path() == QLatin1String("/"));
    QVERIFY(!qobject_cast<SecretDialog *>(QApplication::activeModalWidget()));
    QVERIFY(window.connectedSite().has_value());
    QCOMPARE(vault.asked, 1);
}

void TestSiteManager::saveConnectionRecentAndBookmarks()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    Vault vault(services);
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectToUrl(QStringLiteral("sftp://carol:") + ferry::test::FakeFileSystem::kPassword +
                                QStringLiteral("@password.test/")));
    QTRY_VERIFY_WITH_TIMEOUT(window.remotePane()->session() && window.remotePane()->isEnabled(), 30000);
    QTRY_VERIFY(window.quickConnectBar() && !window.siteActions()->saveAsSiteAction()->text().isEmpty());

    // File > Save current connection as site…: name asked, password to the vault only.
    QSignalSpy saved(window.siteActions(), &SiteActions::connectionSaved);
    window.siteActions()->saveAsSiteAction()->trigger();
    QTRY_VERIFY(window.findChild<QInputDialog *>(QStringLiteral("saveAsSiteDialog")));
    auto *ask = window.findChild<QInputDialog *>(QStringLiteral("saveAsSiteDialog"));
    ask->setTextValue(QStringLiteral("carol's"));
    ask->accept();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 30000);
    const auto site = services.siteStore().find(QStringLiteral("carol's"));
    QVERIFY(site.ok());
    QCOMPARE(site->host, QStringLiteral("password.test"));
    QCOMPARE(site->user, QStringLiteral("carol"));
    QCOMPARE(site->protocol, Protocol::Sftp);
    QCOMPARE(site->logon, LogonType::Normal);
    QCOMPARE(storedPassword(services, site->id),
             std::optional<QString>(ferry::test::FakeFileSystem::kPassword));
    for (const QString &name : QDir(services.configDir()).entryList(QDir::Files)) {
        const QByteArray bytes = fileBytes(services.configDir() + QLatin1Char('/') + name);
        QVERIFY2(!bytes.contains(ferry::test::FakeFileSystem::kPassword.toUtf8()), qPrintable(name));
    }

    // File > Recent: the connection, without its password.
    QMenu *recent = window.siteActions()->recentMenu();
    QMetaObject::invokeMethod(recent, "aboutToShow");
    QStringList entries;
    for (QAction *a : recent->actions())
        entries << a->text();
    QVERIFY2(entries.size() >= 1 && entries.size() <= 10, qPrintable(entries.join(QLatin1Char('|'))));
    QVERIFY(entries.first().contains(QLatin1String("carol@password.test")));
    QVERIFY(!entries.join(QLatin1Char(' ')).contains(ferry::test::FakeFileSystem::kPassword));
    QVERIFY(window.menus()->file()->actions().contains(recent->menuAction()));

    // Ctrl+B bookmarks the folder shown (with the local one); the Bookmarks menu opens it.
    window.remotePane()->openFolder(ferry::remote::RemotePath(QStringLiteral("/docs")));
    QTRY_COMPARE(window.remotePane()->pathBar()->path(), QStringLiteral("/docs"));
    const QString local = window.localPane()->currentPath();
    QCOMPARE(window.siteActions()->addBookmarkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    window.siteActions()->addBookmarkAction()->trigger();
    QVERIFY(services.siteStore().reload().ok());
    const auto marked = services.siteStore().byId(site->id);
    QVERIFY(marked);
    QCOMPARE(marked->bookmarks.size(), 1);
    QCOMPARE(marked->bookmarks.first().remoteDir, QStringLiteral("/docs"));
    QCOMPARE(marked->bookmarks.first().localDir, local);
    window.remotePane()->openFolder(ferry::remote::RemotePath(QStringLiteral("/")));
    QTRY_COMPARE(window.remotePane()->pathBar()->path(), QStringLiteral("/"));
    QMenu *bookmarks = window.menus()->bookmarks();
    QMetaObject::invokeMethod(bookmarks, "aboutToShow");
    QAction *open = bookmarks->findChild<QAction *>(QStringLiteral("bookmark:/docs"));
    QVERIFY(open);
    open->trigger();
    QTRY_COMPARE(window.remotePane()->pathBar()->path(), QStringLiteral("/docs"));
}

// Test connection lists the site's folder and reports it in the dialog; when the window
// is connected to the same site the SessionManager hands out that session, which the test
// must leave open.
void TestSiteManager::testConnectionLeavesTheWindowsSession()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Site s;
    s.name = QStringLiteral("plain");
    s.protocol = Protocol::Sftp;
    s.host = QStringLiteral("files.test");
    s.user = QStringLiteral("alice");
    s.logon = LogonType::Agent;
    const auto added = services.siteStore().add(s);
    QVERIFY(added.ok());
    window.connectToSite(added.value(), &services.siteStore());
    QTRY_VERIFY_WITH_TIMEOUT(
        window.remotePane()->session() && window.remotePane()->fileModel()->rowCount() > 0, 30000);
    ferry::session::Session *shown = window.remotePane()->session();

    SiteManagerDialog *dialog = window.siteActions()->openSiteManager();
    QVERIFY(dialog->selectSite(added->id));
    QSignalSpy finished(dialog, &SiteManagerDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(dialog->testResult()->text().startsWith(QLatin1String("Connected and listed /")));
    QTest::qWait(200);
    QCOMPARE(window.remotePane()->session(), shown);
    QVERIFY(services.sessions().sessions().contains(shown));
    QVERIFY(shown->isConnected());
}

QTEST_MAIN(TestSiteManager)
#include "tst_sitemanager.moc"
