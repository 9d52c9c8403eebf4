#pragma once
// Ferry's main window, laid out as FileZilla's: toolbar and quick-connect bar, the
// message log, the local pane (left) and the remote pane (right), and the transfer queue
// at the bottom. Talks to servers only through the services it is given (browsing
// through the SessionManager, transfers through the QueueService) and answers their
// questions with dialogs; never waits on the network. Remembers its geometry, splitters,
// column widths and sort orders.
// GUI thread.

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

#include "Services.h"
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
class QTreeView;

namespace ferry::session {
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

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
struct RemoteDrag;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The services must outlive the window.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    QuickConnectBar *quickConnectBar() const { return m_quickConnect; }
    LocalPane *localPane() const { return m_local; }
    RemotePane *remotePane() const { return m_remote; }
    QTreeView *logView() const { return m_logView; }
    LogModel *logModel() const { return m_log; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    QAction *processQueueAction() const { return m_processQueue; }
    QAction *speedLimitAction() const { return m_speedLimit; }
    session::Session *currentSession() const { return m_session; }
    // The pane that had the focus last (F5, Ctrl+L act on it).
    FilePane *activePane() const;
    // The panes' context menus and file operations (aboutToShowMenu() for transfer actions).
    PaneMenus *paneMenus() const { return m_paneMenus; }
    // The menu bar's menus (Transfer is for the queue's actions).
    MainMenus *menus() const { return m_menus; }
    // The site manager, its toolbar drop-down, Save as site, Recent and the bookmarks.
    SiteActions *siteActions() const { return m_siteActions; }
    // The saved site the remote pane shows, if any.
    const std::optional<sites::Site> &connectedSite() const { return m_site; }
    // The status bar's "Not encrypted" / "Encrypted (TLS)" / "Encrypted (SSH)" label.
    QLabel *securityLabel() const { return m_security; }
    // The size the window opens at without saved geometry: fits the screen's available
    // area, no narrower than the controls need.
    QSize defaultSize() const;

    // Closes any current connection and connects the remote pane to spec.
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
    void disconnectFromServer();

    // Transfers between the panes, through the queue (start: run them at once; otherwise
    // they wait for Process queue). Need a connection; nothing happens without one.
    void uploadToRemote(const QStringList &localPaths, const remote::RemotePath &folder, bool start = true);
    void downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                         bool start = true);

    void saveSettings() const;
    settings::AppSettings &appSettings() const { return *m_settings; }
    // Edit > Settings (Ctrl+,): the dialog, opened once and raised again.
    SettingsDialog *openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void restoreSettings();
    void logStatus(const QString &text, bool error = false);
    void updateActions();
    void buildQueueActions(QToolBar *bar);
    // Applies every setting where it acts: the queue, the panes, the look, the language.
    void applySettings();
    void retranslate();
    // The queue's name and settings for the server the remote pane shows; its password
    // is handed to the queue (in memory) so transfers log in without asking again.
    std::optional<transfer::QueueTarget> queueTarget();
    void queueOpened(const QString &error, const QString &recovery, int unfinished);
    void refreshAfterUploads(const QList<transfer::QueueItem> &items);
    void showSecurity(const remote::ConnectionSpec *spec);
    void setTreeBeside(bool beside);
    void connectWith(const remote::ConnectionSpec &spec, const remote::ConnectOptions &given);
    void showDowngradeWarning(bool show);
    void requireTls();

    session::SessionManager *m_manager;
    transfer::QueueService *m_queue;
    transfer::QueueSites *m_queueSites;
    std::unique_ptr<settings::AppSettings> m_ownSettings; // when Services had none
    settings::AppSettings *m_settings = nullptr;
    Appearance *m_appearance = nullptr;
    QAction *m_settingsAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    sites::SiteStore *m_sites;               // the saved sites (Services::siteStore)
    sites::CredentialService *m_credentials; // their passwords, off this thread
    QPointer<session::Session> m_session;
    QuickConnectBar *m_quickConnect;
    LocalPane *m_local;
    RemotePane *m_remote;
    LogModel *m_log;
    QTreeView *m_logView;
    QSplitter *m_mainSplitter;
    QSplitter *m_paneSplitter;
    QueuePanel *m_queuePanel;
    QAction *m_processQueue = nullptr;
    QAction *m_speedLimit = nullptr;
    QTimer *m_remoteRefresh = nullptr; // coalesces refreshes after uploads land
    FilePane *m_active;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_pathAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    PaneMenus *m_paneMenus = nullptr;
    SiteActions *m_siteActions = nullptr;
    int m_siteConnects = 0; // the latest connectToSite waiting for its password
    MainMenus *m_menus = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_securityIcon = nullptr;
    std::optional<remote::ConnectionSpec> m_lastSpec; // for Reconnect
    std::optional<sites::Site> m_site;                // the connected stored site, if any
    sites::SiteStore *m_siteStore = nullptr;
    QWidget *m_downgrade = nullptr;
    QLabel *m_downgradeText = nullptr;
    QPushButton *m_requireTls = nullptr;
};

} // namespace ferry::ui
