#include "sitemanager/SiteActions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidget>

#include "sitemanager/SiteManagerDialog.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"

namespace ferry::ui {

using remote::Protocol;
using sites::LogonType;
using sites::Site;

SiteActions::SiteActions(QWidget *window, const Services &services, Hooks hooks)
    : QObject(window), m_window(window), m_services(services), m_hooks(std::move(hooks))
{
    m_siteManager =
        new QAction(window->style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Site Manager…"), this);
    m_siteManager->setObjectName(QStringLiteral("siteManager"));
    m_siteManager->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_siteManager->setToolTip(tr("Open the site manager (Ctrl+S); the arrow lists the saved sites"));
    connect(m_siteManager, &QAction::triggered, this, [this] { openSiteManager(); });

    m_sitesMenu = new QMenu(tr("Sites"), window);
    m_sitesMenu->setObjectName(QStringLiteral("sitesMenu"));
    connect(m_sitesMenu, &QMenu::aboutToShow, this, &SiteActions::fillSitesMenu);
    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("siteManagerButton"));
    m_button->setAccessibleName(tr("Site Manager"));
    m_button->setDefaultAction(m_siteManager);
    m_button->setMenu(m_sitesMenu);
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_saveAsSite = new QAction(tr("Save current connection as site…"), this);
    m_saveAsSite->setObjectName(QStringLiteral("saveAsSite"));
    connect(m_saveAsSite, &QAction::triggered, this, &SiteActions::askNameAndSave);

    m_recent = new QMenu(tr("&Recent"), window);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &SiteActions::fillRecent);

    m_addBookmark = new QAction(tr("&Add bookmark"), this);
    m_addBookmark->setObjectName(QStringLiteral("addBookmark"));
    m_addBookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_addBookmark->setToolTip(tr("Bookmark the remote folder shown, with the local one (Ctrl+B)"));
    connect(m_addBookmark, &QAction::triggered, this, [this] {
        if (remote::Status added = addBookmark(); !added)
            m_hooks.log(added.error().message(), true);
    });
    retranslate();
    window->addAction(m_siteManager);
    window->addAction(m_addBookmark);
}

void SiteActions::retranslate()
{
    m_siteManager->setText(tr("&Site Manager…"));
    m_siteManager->setToolTip(tr("Open the site manager (Ctrl+S); the arrow lists the saved sites"));
    m_sitesMenu->setTitle(tr("Sites"));
    m_button->setAccessibleName(tr("Site Manager"));
    m_saveAsSite->setText(tr("Save current connection as site…"));
    m_recent->setTitle(tr("&Recent"));
    m_addBookmark->setText(tr("&Add bookmark"));
    m_addBookmark->setToolTip(tr("Bookmark the remote folder shown, with the local one (Ctrl+B)"));
}

SiteManagerDialog *SiteActions::openSiteManager()
{
    if (!m_dialog) {
        m_dialog = new SiteManagerDialog(&m_services.siteStore, &m_services.credentials, &m_services.sessions,
                                         m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SiteManagerDialog::connectRequested, this,
                [this](const Site &site) { m_hooks.connectSite(site); });
        // The connected site edited: the window keeps the new settings for Reconnect and bookmarks.
        connect(m_dialog, &QDialog::finished, this, [this] {
            if (const std::optional<Site> connected = m_hooks.connectedSite()) {
                if (const std::optional<Site> now = m_services.siteStore.byId(connected->id))
                    m_hooks.siteChanged(*now);
            }
        });
    }
    if (const std::optional<Site> connected = m_hooks.connectedSite())
        m_dialog->selectSite(connected->id);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SiteActions::fillSitesMenu()
{
    m_sitesMenu->clear();
    if (remote::Status loaded = m_services.siteStore.reload(); !loaded)
        m_hooks.log(loaded.error().message(), true);
    QHash<QString, QMenu *> submenus; // by folder path
    const auto menuFor = [this, &submenus](const QStringList &folder) {
        QMenu *menu = m_sitesMenu;
        for (qsizetype n = 1; n <= folder.size(); ++n) {
            const QString key = folder.mid(0, n).join(QLatin1Char('/'));
            QMenu *&sub = submenus[key];
            if (!sub) {
                sub = menu->addMenu(m_window->style()->standardIcon(QStyle::SP_DirIcon), folder.at(n - 1));
                sub->setObjectName(QStringLiteral("sitesFolder:") + key);
            }
            menu = sub;
        }
        return menu;
    };
    for (const QStringList &folder : m_services.siteStore.folders())
        menuFor(folder);
    QList<Site> sites = m_services.siteStore.sites();
    std::sort(sites.begin(), sites.end(),
              [](const Site &a, const Site &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Site &site : std::as_const(sites)) {
        QAction *action = menuFor(site.folder)->addAction(site.name);
        action->setObjectName(QStringLiteral("site:") + site.fullPath());
        action->setToolTip(site.connectionSpec().toUrl());
        connect(action, &QAction::triggered, this, [this, id = site.id] {
            if (const std::optional<Site> now = m_services.siteStore.byId(id))
                m_hooks.connectSite(*now);
        });
    }
    if (sites.isEmpty())
        m_sitesMenu->addAction(tr("No saved sites yet"))->setEnabled(false);
}

void SiteActions::fillRecent()
{
    m_recent->clear();
    const QStringList recent = m_hooks.recent();
    for (const QString &url : recent) {
        QAction *action = m_recent->addAction(url);
        connect(action, &QAction::triggered, this, [this, url] { m_hooks.connectUrl(url); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent connections"))->setEnabled(false);
}

void SiteActions::askNameAndSave()
{
    const std::optional<remote::ConnectionSpec> spec = m_hooks.connectedSpec();
    if (!spec) {
        m_hooks.log(tr("Connect first: there is no connection to save."), true);
        return;
    }
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("saveAsSiteDialog"));
    ask->setWindowTitle(tr("Save current connection as site"));
    ask->setLabelText(tr("Name of the new site:"));
    ask->setTextValue(spec->host);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        saveConnectionAsSite(name.trimmed(), [this](remote::Result<Site> saved) {
            if (saved)
                m_hooks.log(tr("Saved the connection as the site \"%1\".").arg(saved->fullPath()), false);
            else
                m_hooks.log(tr("The connection could not be saved: %1").arg(saved.error().message()), true);
        });
    });
    ask->open();
}

void SiteActions::saveConnectionAsSite(const QString &name, std::function<void(remote::Result<Site>)> done)
{
    const auto finish = [this, done](remote::Result<Site> result) {
        if (result)
            Q_EMIT connectionSaved(*result);
        if (done)
            done(result);
    };
    const std::optional<remote::ConnectionSpec> spec = m_hooks.connectedSpec();
    if (!spec) {
        finish(remote::Error(remote::ErrorKind::Local, tr("there is no connection to save")));
        return;
    }
    if (name.isEmpty() || name.contains(QLatin1Char('/'))) {
        finish(remote::Error(remote::ErrorKind::Local, tr("a site name must not be empty or contain \"/\"")));
        return;
    }
    const remote::ConnectOptions options = m_hooks.connectedOptions();
    Site site;
    site.name = name;
    site.protocol = spec->protocol;
    site.tlsIfAvailable = spec->protocol == Protocol::Ftp && options.tlsIfAvailable;
    site.host = spec->host;
    site.port = spec->port;
    site.user = spec->user;
    if (spec->hasPassword)
        site.logon = LogonType::Normal;
    else if (spec->protocol == Protocol::Sftp)
        site.logon = options.useAgent ? LogonType::Agent : LogonType::Ask;
    else
        site.logon = spec->user.isEmpty() || spec->user == QLatin1String("anonymous") ? LogonType::Anonymous
                                                                                      : LogonType::Ask;
    if (site.logon == LogonType::Anonymous)
        site.user.clear();
    site.localDir = m_hooks.localFolder();
    site.remoteDir = m_hooks.remoteFolder();
    remote::Result<Site> added = m_services.siteStore.add(site);
    if (!added || !spec->hasPassword) {
        finish(added);
        return;
    }
    m_services.credentials.setPassword(
        added->id, spec->password, this, [this, finish, saved = *added](remote::Status stored) mutable {
            if (!stored) {
                // Kept, but asking: no password lost to a file.
                saved.logon = LogonType::Ask;
                (void)m_services.siteStore.update(saved);
                finish(remote::Error(stored.error().kind(),
                                     tr("the site was saved, but its password could not be "
                                        "stored (%1); it will be asked for")
                                         .arg(stored.error().message())));
                return;
            }
            finish(saved);
        });
}

remote::Status SiteActions::addBookmark()
{
    const std::optional<Site> connected = m_hooks.connectedSite();
    const QString remote = m_hooks.remoteFolder();
    if (!connected || remote.isEmpty())
        return remote::Error(
            remote::ErrorKind::Local,
            tr("Bookmarks belong to saved sites: connect to one (or save this connection as a "
               "site) first."));
    if (remote::Status loaded = m_services.siteStore.reload(); !loaded)
        return loaded;
    std::optional<Site> site = m_services.siteStore.byId(connected->id);
    if (!site)
        return remote::Error(remote::ErrorKind::NotFound,
                             tr("The site \"%1\" is no longer stored.").arg(connected->name));
    const sites::Bookmark bookmark{QString(), remote, m_hooks.localFolder()};
    for (const sites::Bookmark &existing : std::as_const(site->bookmarks)) {
        if (existing.remoteDir == remote && existing.localDir == bookmark.localDir)
            return {};
    }
    site->bookmarks.append(bookmark);
    if (remote::Status saved = m_services.siteStore.update(*site); !saved)
        return saved;
    m_hooks.siteChanged(*site);
    m_hooks.log(tr("Bookmarked %1 for the site \"%2\".").arg(remote, site->name), false);
    return {};
}

void SiteActions::fillBookmarks(QMenu *menu)
{
    menu->clear();
    menu->addAction(m_addBookmark);
    menu->addSeparator();
    const std::optional<Site> connected = m_hooks.connectedSite();
    m_addBookmark->setEnabled(connected.has_value() && !m_hooks.remoteFolder().isEmpty());
    std::optional<Site> site;
    if (connected) {
        if (remote::Status loaded = m_services.siteStore.reload(); loaded)
            site = m_services.siteStore.byId(connected->id);
    }
    if (!site) {
        menu->addAction(tr("Connect to a saved site to use its bookmarks"))->setEnabled(false);
        return;
    }
    if (site->bookmarks.isEmpty())
        menu->addAction(tr("No bookmarks for \"%1\" yet").arg(site->name))->setEnabled(false);
    for (qsizetype i = 0; i < site->bookmarks.size(); ++i) {
        const sites::Bookmark bookmark = site->bookmarks.at(i);
        QAction *action = menu->addAction(bookmark.displayName());
        action->setObjectName(QStringLiteral("bookmark:") + bookmark.remoteDir);
        action->setToolTip(bookmark.localDir.isEmpty()
                               ? bookmark.remoteDir
                               : tr("%1 (local: %2)").arg(bookmark.remoteDir, bookmark.localDir));
        connect(action, &QAction::triggered, this,
                [this, bookmark] { m_hooks.openBookmark(bookmark.remoteDir, bookmark.localDir); });
    }
}

} // namespace ferry::ui
