#pragma once
// One tab of the main window (as Dolphin's tab page): a local pane and a remote pane side
// by side, the remote pane's connection (a Session of the window's shared SessionManager),
// the saved site it came from and the last connection asked for (Reconnect), and whether
// it is encrypted (the status bar's label, the downgrade warning). Transfers go through
// the window's one QueueService; the window's one log and status bar show what the tab
// reports through logged() and statusMessage(). Never waits on the network.
// GUI thread.

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

#include "panes/TransferMime.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "session/Session.h"
#include "sites/Site.h"
#include "transfer/QueueItem.h"
#include "transfer/QueueRequests.h"

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTimer;

namespace ferry::session {
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::transfer {
class QueueService;
class QueueSites;
} // namespace ferry::transfer

namespace ferry::settings {
class AppSettings;
} // namespace ferry::settings

namespace ferry::archive {
class ArchiveJobs;
} // namespace ferry::archive

namespace ferry::edit {
class EditSessions;
class FolderWatch;
} // namespace ferry::edit

namespace ferry::ui {

class FilePane;
class FolderCompare;
class LocalPane;
class PaneMenus;
class RemotePane;
class SyncBrowsing;
class SyncDialog;

class ConnectionTab : public QWidget
{
    Q_OBJECT
public:
    // What every tab works through; all outlive the tabs.
    struct Context
    {
        session::SessionManager &sessions;
        transfer::QueueService &queue;
        transfer::QueueSites &queueSites;
        sites::CredentialService &credentials;
        settings::AppSettings &settings;
    };

    explicit ConnectionTab(const Context &context, QWidget *parent = nullptr);
    ~ConnectionTab() override;

    LocalPane *localPane() const { return m_local; }
    RemotePane *remotePane() const { return m_remote; }
    PaneMenus *paneMenus() const { return m_paneMenus; }
    // The folder comparison of the two panes and synchronized browsing (View menu).
    FolderCompare *folderCompare() const { return m_compare; }
    SyncBrowsing *syncBrowsing() const { return m_syncBrowsing; }
    QSplitter *paneSplitter() const { return m_splitter; }
    // The pane that had the focus last.
    FilePane *activePane() const { return m_active; }
    // The connection (being made or made); nullptr when none.
    session::Session *session() const { return m_session; }
    // Connected, connecting, or looking up a saved site's password: a new connection
    // asked for from the quick-connect bar or the site manager goes to another tab.
    bool isInUse() const { return m_session || m_lookingUp; }
    // The connection is up (the remote pane shows it).
    bool isConnected() const;
    const std::optional<sites::Site> &connectedSite() const { return m_site; }
    sites::SiteStore *siteStore() const { return m_siteStore; }
    const std::optional<remote::ConnectionSpec> &lastSpec() const { return m_lastSpec; }
    // The established connection's spec (for the security label); nullptr when none.
    const remote::ConnectionSpec *connectedSpec() const { return m_connected ? &*m_connected : nullptr; }
    // An "FTP, TLS if available" site connected in plain text.
    bool isDowngraded() const { return m_downgraded; }
    // The status bar's text for this tab ("Connected to …").
    const QString &statusText() const { return m_status; }
    // The tab's title: the site's name, else user@host, else "Not connected".
    QString title() const;
    // The connection's URL (never with a password), empty when none.
    QString url() const;
    // The queue's name for this tab's server (session::SiteRef::display), empty when none.
    QString queueSite() const;

    // Closes any connection of this tab and connects its remote pane to spec.
    void connectTo(const remote::ConnectionSpec &spec);
    // A saved site with its settings and its stored password (read without blocking).
    void connectToSite(const sites::Site &site, sites::SiteStore *store);
    void reconnect();
    // A tab restored from a URL: titled and ready (Reconnect, the quick-connect bar's
    // Connect) but not connected, since no password is stored for it.
    void prefill(const remote::ConnectionSpec &spec);
    // The spec prefill() gave, until the tab connects; nullptr when none.
    const remote::ConnectionSpec *prefilledSpec() const
    {
        return m_prefilled && m_lastSpec ? &*m_lastSpec : nullptr;
    }
    void disconnectFromServer();
    // A "TLS if available" site in plain text: the site now requires TLS; connects again.
    void requireTls();
    // "Save current connection as site": this tab is that site from now on.
    void setSite(const sites::Site &site, sites::SiteStore *store);
    // A saved site was edited: the tab's copy follows.
    void siteEdited(const sites::Site &site);

    // Transfers through the queue (start: at once, else on Process queue).
    void uploadToRemote(const QStringList &localPaths, const remote::RemotePath &folder, bool start = true);
    void downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                         bool start = true);
    // Members of an archive uploaded into folder, each streamed from the archive when it
    // runs (folders expanded by the queue from the archive's listing).
    void uploadFromArchive(const ArchiveDrag &drag, const remote::RemotePath &folder, bool start = true);
    // The queue's name and settings for this tab's server; its password is handed to the
    // queue (in memory) so transfers log in without asking again. nullopt when unconnected.
    std::optional<transfer::QueueTarget> queueTarget();

    // Transfer > Synchronize...: the dialog for this tab's two folders (nullptr when not
    // connected); its plan runs through the window's queue (sync::SyncRun).
    SyncDialog *openSyncDialog();
    // View/Edit (F3 / F4 on the remote pane, and its context menu): the window's edited
    // files, shared by every tab. Without it the actions stay disabled.
    void setEditSessions(edit::EditSessions *edits);
    QAction *viewAction() const { return m_viewAction; }
    QAction *editAction() const { return m_editAction; }
    // The remote pane's one selected file, downloaded and opened (edit: and watched).
    void viewOrEdit(bool edit);

    // Extracting and compressing (the local pane's Compress to…, Extract here, Extract
    // to…, archive members dropped on a local folder, the remote pane's Download and
    // extract): the window's jobs, shown in the queue panel. Without, those actions are
    // not offered.
    void setArchiveJobs(archive::ArchiveJobs *jobs) { m_archiveJobs = jobs; }
    // Extract the archive (only members, when given) into folder.
    void extractArchive(const QString &archivePath, const QStringList &members, const QString &folder);
    // Downloads each remote archive into the local folder (".NAME.ferry-download", as
    // ferry-cli get --extract does), extracts it there once downloaded and deletes it.
    void downloadAndExtract(const QList<transfer::RemoteSource> &archives, const QString &folder);

    // "Keep remote folder up to date" (WinSCP's Ctrl+U): the local pane's folder is
    // watched and its changes uploaded to the remote pane's folder (edit::FolderWatch)
    // until stopped (the action again, the strip's Stop, a disconnect). While it runs a
    // strip below the panes says so.
    QAction *keepUpToDateAction() const { return m_keepAction; }
    void setKeepUpToDate(bool on);
    edit::FolderWatch *folderWatch() const { return m_folderWatch; }
    QWidget *keepUpToDateStrip() const { return m_keepStrip; }

    // Settings that act on the panes (hidden files, confirmations).
    void applySettings();
    void setTreeBeside(bool beside);
    // After QEvent::LanguageChange (called from MainWindow::retranslate()).
    void retranslate();

Q_SIGNALS:
    // The title, the connected mark, the security state or the downgrade changed.
    void stateChanged();
    // A status bar message for this tab (timeoutMs 0: stays until the next one).
    void statusMessage(const QString &text, int timeoutMs);
    // A line for the message log.
    void logged(const QString &text, bool error);
    // A connection came up (for the quick-connect bar's history).
    void connected(const remote::ConnectionSpec &spec);
    // Entries of another tab's remote pane dropped on folder of this tab's remote pane:
    // a server-to-server copy (the window knows the other tab).
    void serverCopyRequested(const ferry::ui::RemoteDrag &drag, const remote::RemotePath &folder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectWith(const remote::ConnectionSpec &spec, const remote::ConnectOptions &given);
    void setStatus(const QString &text, int timeoutMs = 0);
    void closeSession();
    void addTransferActions(QMenu *menu, FilePane *pane);
    void addArchiveActions(QMenu *menu, FilePane *pane);
    void askCompress(const QStringList &sources);
    void askExtractTo(const QString &archivePath, const QStringList &members);
    void extractDownloaded(const QList<transfer::QueueItem> &items);
    void retranslateEditActions();
    void showKeepState();
    void refreshAfterUploads(const QList<transfer::QueueItem> &items);

    Context m_context;
    QSplitter *m_splitter;
    LocalPane *m_local;
    RemotePane *m_remote;
    PaneMenus *m_paneMenus;
    FolderCompare *m_compare;
    SyncBrowsing *m_syncBrowsing;
    FilePane *m_active;
    QTimer *m_remoteRefresh; // coalesces refreshes after uploads land
    QPointer<session::Session> m_session;
    std::optional<remote::ConnectionSpec> m_lastSpec;  // for Reconnect
    std::optional<remote::ConnectionSpec> m_connected; // the established connection
    std::optional<sites::Site> m_site;                 // the connected stored site, if any
    sites::SiteStore *m_siteStore = nullptr;
    int m_siteConnects = 0; // the latest connectToSite waiting for its password
    bool m_lookingUp = false;
    QString m_pendingTitle; // the site whose password is being looked up
    bool m_downgraded = false;
    bool m_prefilled = false;
    QString m_status;
    QPointer<edit::EditSessions> m_edits;
    archive::ArchiveJobs *m_archiveJobs = nullptr;
    QHash<QString, QString> m_extractAfterDownload; // download's local path -> folder
    QAction *m_viewAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_keepAction = nullptr;
    edit::FolderWatch *m_folderWatch = nullptr;
    QWidget *m_keepStrip = nullptr;
    QLabel *m_keepLabel = nullptr;
    QPushButton *m_keepStop = nullptr;
};

} // namespace ferry::ui
