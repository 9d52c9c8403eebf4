#pragma once
// Ferry's main window: toolbar, quick-connect bar, the local pane (left) and the remote
// pane (right), and the message log at the bottom. Talks to servers only through the
// SessionManager's async API and answers its questions with dialogs; never waits on the
// network. Remembers its geometry, splitters, column widths and sort orders.
// GUI thread.

#include <QMainWindow>
#include <QPointer>

#include <optional>

#include "remote/ConnectionSpec.h"
#include "session/Session.h"
#include "sites/Site.h"

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace ferry::session {
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

class FilePane;
class LocalPane;
class LogModel;
class QuickConnectBar;
class RemotePane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // manager must outlive the window.
    explicit MainWindow(session::SessionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    QuickConnectBar *quickConnectBar() const { return m_quickConnect; }
    LocalPane *localPane() const { return m_local; }
    RemotePane *remotePane() const { return m_remote; }
    QTreeView *logView() const { return m_logView; }
    LogModel *logModel() const { return m_log; }
    session::Session *currentSession() const { return m_session; }
    // The pane that had the focus last (F5, Ctrl+L act on it).
    FilePane *activePane() const;

    // Closes any current connection and connects the remote pane to spec.
    void connectTo(const remote::ConnectionSpec &spec);
    // "ferry URL": fills the quick-connect bar and connects; false when not a URL.
    bool connectToUrl(const QString &url);
    // Connects to a stored site with its settings. store (which must outlive the window)
    // is where "Require TLS" changes the site; may be nullptr.
    void connectToSite(const sites::Site &site, sites::SiteStore *store);
    // Shown in the status bar while an "FTP, TLS if available" site is connected in plain
    // text: "not protected against a downgrade", with the "Require TLS" button.
    QWidget *downgradeWarning() const { return m_downgrade; }
    QPushButton *requireTlsButton() const { return m_requireTls; }
    void disconnectFromServer();

    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void restoreSettings();
    void logStatus(const QString &text, bool error = false);
    void updateActions();
    void connectWith(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options);
    void showDowngradeWarning(bool show);
    void requireTls();

    session::SessionManager *m_manager;
    QPointer<session::Session> m_session;
    QuickConnectBar *m_quickConnect;
    LocalPane *m_local;
    RemotePane *m_remote;
    LogModel *m_log;
    QTreeView *m_logView;
    QSplitter *m_mainSplitter;
    QSplitter *m_paneSplitter;
    FilePane *m_active;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_pathAction = nullptr;
    std::optional<sites::Site> m_site; // the connected stored site, if any
    sites::SiteStore *m_siteStore = nullptr;
    QWidget *m_downgrade = nullptr;
    QLabel *m_downgradeText = nullptr;
    QPushButton *m_requireTls = nullptr;
};

} // namespace ferry::ui
