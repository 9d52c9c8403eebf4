#pragma once
// Ferry's main window, laid out as FileZilla's: toolbar and quick-connect bar, the
// message log, the tabs (each a ConnectionTab: a local pane on the left, a remote pane on
// the right and its own connection), and the transfer queue at the bottom; the log and
// the queue are shared by all tabs. What acts on "the" connection (connect, reconnect,
// disconnect, refresh, transfers, bookmarks, the security label) acts on the current tab. Talks to servers
// only through the services it is given (browsing through the SessionManager, transfers through the
// QueueService) and answers their questions with dialogs; never waits on the network. Remembers its geometry,
// splitters, column widths and sort orders. GUI thread.

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

#include "Services.h"
#include "archive/ArchiveJobs.h"
#include "panes/TransferMime.h"
#include "remote/ConnectionSpec.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "sites/Site.h"
#include "transfer/QueueRequests.h"

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolBar;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ferry::session {
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

class CompareActions;
class ConnectionTab;
class EditFiles;
class FilePane;
class LocalPane;
class LogModel;
class QueuePanel;
class MainMenus;
class PaneMenus;
class Appearance;
class SettingsDialog;
class QuickConnectBar;
class RemotePane;
class SiteActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The services must outlive the window.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    QuickConnectBar *quickConnectBar() const { return m_quickConnect; }
    // The current tab's panes.
    LocalPane *localPane() const;
    RemotePane *remotePane() const;
    QTreeView *logView() const { return m_logView; }
    LogModel *logModel() const { return m_log; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    QAction *processQueueAction() const { return m_processQueue; }
    QAction *speedLimitAction() const { return m_speedLimit; }
    // The current tab's connection (being made or made); nullptr when none.
    session::Session *currentSession() const;
    // The current tab's pane that had the focus last (F5, Ctrl+L act on it).
    FilePane *activePane() const;
    // The current tab's context menus and file operations.
    PaneMenus *paneMenus() const;
    // The tabs: one ConnectionTab each; never empty.
    QTabWidget *tabWidget() const { return m_tabs; }
    ConnectionTab *currentTab() const;
    ConnectionTab *tab(int index) const;
    int tabCount() const;
    // File > New tab (Ctrl+T): an unconnected tab, made current.
    ConnectionTab *newTab();
    // File > Close tab (Ctrl+W): disconnects it; the last tab stays, unconnected.
    void closeTab(int index);
    QAction *newTabAction() const { return m_newTabAction; }
    QAction *closeTabAction() const { return m_closeTabAction; }
    // The menu bar's menus (Transfer is for the queue's actions).
    MainMenus *menus() const { return m_menus; }
    // The site manager, its toolbar drop-down, Save as site, Recent and the bookmarks.
    SiteActions *siteActions() const { return m_siteActions; }
    // View: directory comparison, hide identical files, synchronized browsing.
    CompareActions *compareActions() const { return m_compareActions; }
    // The saved site the current tab's remote pane shows, if any.
    const std::optional<sites::Site> &connectedSite() const;
    // The status bar's "Not encrypted" / "Encrypted (TLS)" / "Encrypted (SSH)" label.
    QLabel *securityLabel() const { return m_security; }
    // The size the window opens at without saved geometry: fits the screen's available
    // area, no narrower than the controls need.
    QSize defaultSize() const;

    // Connects the current tab to spec when it is unconnected, else a new tab (made current).
    void connectTo(const remote::ConnectionSpec &spec);
    // "ferry URL": fills the quick-connect bar and connects; false when not a URL.
    bool connectToUrl(const QString &url);
    // Connects to a stored site with its settings and its stored password (read from the
    // credential store without blocking; the vault's master password may be asked first).
    // store (which must outlive the window) is where "Require TLS" changes the site; may be
    // nullptr.
    void connectToSite(const sites::Site &site, sites::SiteStore *store);
    // Shown in the status bar while an "FTP, TLS if available" site is connected in plain
    // text: "not protected against a downgrade", with the "Require TLS" button.
    QWidget *downgradeWarning() const { return m_downgrade; }
    QPushButton *requireTlsButton() const { return m_requireTls; }
    // The current tab's connection.
    void disconnectFromServer();
    // A request from the command line or from a second `ferry` (util::InstanceChannel):
    // {} shows the window; {"url", URL} connects to URL; {"site", NAME} to the stored site
    // of that name (its path as in the site manager, or its name). The window is raised
    // either way. False, with the reason in the log and the status bar, when the URL or
    // the site is not valid.
    bool openRequest(const QStringList &request);

    // Transfers between the current tab's panes, through the queue (start: run them at once; otherwise
    // they wait for Process queue). Need a connection; nothing happens without one.
    void uploadToRemote(const QStringList &localPaths, const remote::RemotePath &folder, bool start = true);
    void downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                         bool start = true);

    void saveSettings() const;
    // The open tabs (sites or URLs without passwords, folders) into the settings, and
    // back at the next start when Settings > Interface says so (saved sites connect, with
    // their stored passwords read off the GUI thread; URLs are filled in and wait).
    void saveTabs() const;
    void restoreTabs();
    settings::AppSettings &appSettings() const { return *m_settings; }
    // Edit > Settings (Ctrl+,): the dialog, opened once and raised again.
    SettingsDialog *openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void restoreSettings();
    void logStatus(const QString &text, bool error = false);
    void updateActions();
    void buildQueueActions(QToolBar *bar);
    void buildTabActions();
    // The tab a new connection goes to: the current one when unconnected, else a new one.
    ConnectionTab *tabForConnection();
    // The tab's title, mark and tooltip; the window's title, status bar and actions when
    // it is the current one.
    void showTabState(ConnectionTab *tab);
    void showCurrentTab();
    // Entries of another tab's remote pane dropped on folder of target's: queued as
    // server-to-server copies (copyItems; FXP or streamed when they run).
    void copyBetweenTabs(const RemoteDrag &drag, ConnectionTab *target, const remote::RemotePath &folder);
    // Applies every setting where it acts: the queue, the panes, the look, the language.
    void applySettings();
    void retranslate();
    void queueOpened(const QString &error, const QString &recovery, int unfinished);
    void showSecurity(const remote::ConnectionSpec *spec);
    void setTreeBeside(bool beside);
    void showDowngradeWarning(bool show);

    session::SessionManager *m_manager;
    transfer::QueueService *m_queue;
    transfer::QueueSites *m_queueSites;
    std::unique_ptr<settings::AppSettings> m_ownSettings;   // when Services had none
    std::unique_ptr<archive::ArchiveJobs> m_ownArchiveJobs; // when Services had none
    archive::ArchiveJobs *m_archiveJobs = nullptr;
    settings::AppSettings *m_settings = nullptr;
    Appearance *m_appearance = nullptr;
    QAction *m_settingsAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    sites::SiteStore *m_sites;               // the saved sites (Services::siteStore)
    sites::CredentialService *m_credentials; // their passwords, off this thread
    QuickConnectBar *m_quickConnect;
    LogModel *m_log;
    QTreeView *m_logView;
    QSplitter *m_mainSplitter;
    QTabWidget *m_tabs;
    QueuePanel *m_queuePanel;
    QAction *m_processQueue = nullptr;
    QAction *m_speedLimit = nullptr;
    QAction *m_newTabAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_pathAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    SiteActions *m_siteActions = nullptr;
    CompareActions *m_compareActions = nullptr;
    EditFiles *m_editFiles = nullptr; // View/Edit's files, every tab's
    bool m_quitConfirmed = false;     // edited files not uploaded: the user said quit anyway
    MainMenus *m_menus = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_securityIcon = nullptr;
    QWidget *m_downgrade = nullptr;
    QLabel *m_downgradeText = nullptr;
    QPushButton *m_requireTls = nullptr;
};

} // namespace ferry::ui
