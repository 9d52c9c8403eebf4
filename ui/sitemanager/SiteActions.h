#pragma once
// The window's way into the saved sites, kept beside the site manager so the window only
// wires it in: the Site Manager action (Ctrl+S) and the toolbar button whose drop-down
// lists every site (folders as submenus) for one-click connect; File > "Save current
// connection as site…" (the password to the credential store, never to sites.json);
// File > Recent (the quick-connect history: the last 10 connections, no passwords); the
// Bookmarks menu (the connected site's remote folders, each with its local folder) and
// "Add bookmark" (Ctrl+B, the current folders). GUI thread.

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

#include "Services.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "sites/Site.h"

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace ferry::ui {

class SiteManagerDialog;

class SiteActions : public QObject
{
    Q_OBJECT
public:
    // What the window tells and does for these actions.
    struct Hooks
    {
        std::function<void(const sites::Site &)> connectSite;
        std::function<void(const QString &url)> connectUrl;
        // The connection shown now (with its password) and its options; nullopt: none.
        std::function<std::optional<remote::ConnectionSpec>()> connectedSpec;
        std::function<remote::ConnectOptions()> connectedOptions;
        // The saved site the connection came from, if any.
        std::function<std::optional<sites::Site>()> connectedSite;
        std::function<void(const sites::Site &)> siteChanged; // the connected site was edited
        std::function<QString()> remoteFolder;                // shown now; empty when not connected
        std::function<QString()> localFolder;
        std::function<void(const QString &remote, const QString &local)> openBookmark;
        std::function<QStringList()> recent; // newest first, without passwords
        std::function<void(const QString &text, bool error)> log;
    };

    SiteActions(QWidget *window, const Services &services, Hooks hooks);

    // The actions' and menus' texts again in the current language (the window calls it on
    // a language change; the menus' entries are made in it each time they open).
    void retranslate();

    QAction *siteManagerAction() const { return m_siteManager; }
    // The toolbar button: click opens the site manager, its menu lists the sites.
    QToolButton *toolButton() const { return m_button; }
    QMenu *sitesMenu() const { return m_sitesMenu; }
    QAction *saveAsSiteAction() const { return m_saveAsSite; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *addBookmarkAction() const { return m_addBookmark; }
    // Fills the window's Bookmarks menu (call from its aboutToShow).
    void fillBookmarks(QMenu *menu);

    // The open site manager (opens one when none is).
    SiteManagerDialog *openSiteManager();
    SiteManagerDialog *siteManager() const { return m_dialog; }
    // Saves the connection shown as a site; its password to the credential store. done
    // gets the stored site or the error, once the password is stored too.
    void saveConnectionAsSite(const QString &name,
                              std::function<void(remote::Result<sites::Site>)> done = {});
    // Adds the current remote folder (with the local one) to the connected site.
    remote::Status addBookmark();

Q_SIGNALS:
    // A site was saved from the connection (tests wait for it).
    void connectionSaved(const ferry::sites::Site &site);

private:
    void fillSitesMenu();
    void fillRecent();
    void askNameAndSave();

    QWidget *m_window;
    Services m_services;
    Hooks m_hooks;
    QAction *m_siteManager;
    QToolButton *m_button;
    QMenu *m_sitesMenu;
    QAction *m_saveAsSite;
    QMenu *m_recent;
    QAction *m_addBookmark;
    QPointer<SiteManagerDialog> m_dialog;
};

} // namespace ferry::ui
