#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include <ferry/Version.h>

#include "MainMenus.h"
#include "archive/ArchiveJobs.h"
#include "common/FileIcons.h"
#include "compare/CompareActions.h"
#include "connect/QuickConnectBar.h"
#include "edit/EditFiles.h"
#include "edit/EditSessions.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/PaneMenus.h"
#include "panes/RemotePane.h"
#include "questions/FileExistsDialog.h"
#include "questions/QuestionDialogs.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "session/QuestionRequest.h"
#include "session/SessionManager.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"
#include "sitemanager/SiteActions.h"
#include "sitemanager/SiteManagerDialog.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"
#include "sync/SyncRunRecord.h"
#include "sync/SyncRunResumer.h"
#include "tabs/ConnectionTab.h"
#include "tabs/ConnectionTabBar.h"
#include "tabs/ConnectionTabs.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

namespace ferry::ui {

using remote::ConnectionSpec;
using remote::RemotePath;
using remote::Result;
using session::ConnectJob;
using session::LogEntry;
using session::Session;

MainWindow::MainWindow(const Services &services, QWidget *parent)
    // The icon theme is chosen before the panes make their first icons.
    : QMainWindow(parent), m_manager(&services.sessions), m_queue(&services.queue),
      m_queueSites(&services.queueSites), m_sites(&services.siteStore), m_credentials(&services.credentials),
      m_quickConnect((FileIcons::ensureTheme(), new QuickConnectBar(this))), m_log(new LogModel(this)),
      m_logView(new QTreeView(this)), m_mainSplitter(new QSplitter(Qt::Vertical, this)),
      m_tabs(new ConnectionTabs(m_mainSplitter)), m_queuePanel(new QueuePanel(m_queue, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    setAccessibleName(tr("Ferry"));

    m_logView->setModel(m_log);
    m_logView->setObjectName(QStringLiteral("messageLog"));
    m_logView->setAccessibleName(tr("Message log"));
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setAlternatingRowColors(true);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->header()->resizeSection(LogModel::TimeColumn, 80);
    m_logView->header()->resizeSection(LogModel::KindColumn, 80);
    m_logView->header()->setStretchLastSection(true);
    // FileZilla's tab bar: above the panes, below the log; shown once there are two tabs.
    m_tabs->setAccessibleName(tr("Connections"));
    m_tabs->tabBar()->setAccessibleName(tr("Connection tabs"));
    // FileZilla's order: the log above the panes, the queue below them.
    m_mainSplitter->addWidget(m_logView);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_queuePanel);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    if (services.settings) {
        m_settings = services.settings;
    } else {
        m_ownSettings = std::make_unique<settings::AppSettings>();
        m_settings = m_ownSettings.get();
    }
    if (services.archiveJobs) {
        m_archiveJobs = services.archiveJobs;
    } else {
        m_ownArchiveJobs = std::make_unique<archive::ArchiveJobs>();
        m_archiveJobs = m_ownArchiveJobs.get();
    }
    m_queuePanel->setArchiveJobs(m_archiveJobs);
    connect(m_archiveJobs, &archive::ArchiveJobs::logged, this, &MainWindow::logStatus);
    // An encrypted member's password, asked as a server's is (SecretDialog).
    connect(m_archiveJobs, &archive::ArchiveJobs::questionAsked, this,
            [this](session::QuestionRequest *request) { openQuestionDialog(request, this); });
    m_appearance = new Appearance(this);

    buildActions();
    auto *connectBar = new QToolBar(tr("Quick connect"), this);
    connectBar->setObjectName(QStringLiteral("quickConnectToolBar"));
    connectBar->setMovable(false);
    connectBar->addWidget(m_quickConnect);
    addToolBarBreak();
    addToolBar(connectBar);
    statusBar()->showMessage(tr("Not connected"));
    // Whether the connection is encrypted, FileZilla-like: an icon and a word, no popup.
    m_securityIcon = new QLabel(this);
    m_security = new QLabel(this);
    m_security->setObjectName(QStringLiteral("securityLabel"));
    statusBar()->addPermanentWidget(m_securityIcon);
    statusBar()->addPermanentWidget(m_security);
    showSecurity(nullptr);

    MainMenus::WindowActions windowActions;
    windowActions.connect = m_connectAction;
    windowActions.reconnect = m_reconnectAction;
    windowActions.disconnect = m_disconnectAction;
    windowActions.refresh = m_refreshAction;
    windowActions.up = m_upAction;
    windowActions.goToPath = m_pathAction;
    m_menus = new MainMenus(
        this, windowActions, [this] { return paneMenus(); }, [this] { return activePane(); });
    m_menus->transfer()->addAction(m_processQueue);
    m_menus->transfer()->addAction(m_speedLimit);
    m_menus->transfer()->addSeparator();
    m_menus->transfer()->addAction(m_queuePanel->clearFinishedAction());
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    m_menus->edit()->addSeparator();
    m_menus->edit()->addAction(m_settingsAction);
    addAction(m_settingsAction);
    buildTabActions();
    retranslate();
    connect(m_settings, &settings::AppSettings::changed, this, &MainWindow::applySettings);
    applySettings();
    connect(m_menus->treeBesideAction(), &QAction::toggled, this,
            [this](bool beside) { setTreeBeside(beside); });
    connect(m_menus->messageLogAction(), &QAction::toggled, m_logView, &QWidget::setVisible);
    // Directory comparison and synchronized browsing (View menu, toolbar), per tab.
    m_compareActions = new CompareActions([this] { return currentTab(); }, this);
    m_compareActions->addTo(m_menus->view());
    if (auto *mainBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        // Icons only, as FileZilla's toolbar: with their names beside them the bar no longer
        // fits a 1,200-pixel window in Indonesian or German (tst_i18n_screens). The names
        // are in the tool tips and the View and Transfer menus.
        mainBar->addSeparator();
        for (QAction *action : {m_compareActions->compare(), m_compareActions->syncBrowsing(),
                                m_compareActions->synchronize()}) {
            mainBar->addAction(action);
            if (auto *button = qobject_cast<QToolButton *>(mainBar->widgetForAction(action)))
                button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    m_menus->transfer()->addSeparator();
    m_menus->transfer()->addAction(m_compareActions->synchronize());
    addAction(m_compareActions->compare());
    addAction(m_compareActions->syncBrowsing());
    addAction(m_compareActions->synchronize());
    connect(m_compareActions, &CompareActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Sites: the site manager (Ctrl+S, the toolbar's drop-down), Save as site, Recent, bookmarks.
    SiteActions::Hooks hooks;
    hooks.connectSite = [this](const sites::Site &site) {
        connectToSite(site, m_sites);
    };
    hooks.connectUrl = [this](const QString &url) {
        connectToUrl(url);
    };
    hooks.connectedSpec = [this]() -> std::optional<ConnectionSpec> {
        if (!remotePane()->session())
            return std::nullopt;
        return remotePane()->session()->spec();
    };
    hooks.connectedOptions = [this] {
        return remotePane()->session() ? remotePane()->session()->options() : remote::ConnectOptions();
    };
    hooks.connectedSite = [this]() -> std::optional<sites::Site> {
        return remotePane()->session() ? connectedSite() : std::nullopt;
    };
    hooks.siteChanged = [this](const sites::Site &site) {
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->siteEdited(site);
    };
    hooks.remoteFolder = [this] {
        return remotePane()->session() ? remotePane()->currentPath().toString() : QString();
    };
    hooks.localFolder = [this] {
        return localPane()->currentPath();
    };
    hooks.openBookmark = [this](const QString &remoteDir, const QString &localDir) {
        if (!localDir.isEmpty())
            localPane()->openFolder(localDir);
        if (remotePane()->session())
            remotePane()->openFolder(RemotePath(remoteDir));
    };
    hooks.recent = [this] {
        return m_quickConnect->history();
    };
    hooks.log = [this](const QString &text, bool error) {
        logStatus(text, error);
    };
    m_siteActions = new SiteActions(this, services, std::move(hooks));
    connect(m_siteActions, &SiteActions::connectionSaved, this,
            [this](const sites::Site &site) { currentTab()->setSite(site, m_sites); });
    if (auto *mainBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        mainBar->insertWidget(m_connectAction, m_siteActions->toolButton());
    QMenu *file = m_menus->file();
    file->insertAction(m_connectAction, m_siteActions->siteManagerAction());
    file->insertAction(m_menus->quitAction(), m_siteActions->saveAsSiteAction());
    file->insertMenu(m_menus->quitAction(), m_siteActions->recentMenu());
    file->insertSeparator(m_menus->quitAction());
    file->insertAction(m_siteActions->siteManagerAction(), m_newTabAction);
    file->insertAction(m_siteActions->siteManagerAction(), m_closeTabAction);
    file->insertSeparator(m_siteActions->siteManagerAction());
    connect(m_menus->bookmarks(), &QMenu::aboutToShow, this,
            [this] { m_siteActions->fillBookmarks(m_menus->bookmarks()); });
    connect(file, &QMenu::aboutToShow, this,
            [this] { m_siteActions->saveAsSiteAction()->setEnabled(remotePane()->session() != nullptr); });
    m_downgrade = new QWidget(this);
    m_downgrade->setObjectName(QStringLiteral("downgradeWarning"));
    auto *downgradeRow = new QHBoxLayout(m_downgrade);
    downgradeRow->setContentsMargins(0, 0, 0, 0);
    m_downgradeText = new QLabel(tr("Not encrypted: not protected against a downgrade"), m_downgrade);
    m_downgradeText->setToolTip(tr("This site uses \"FTP, TLS if available\" and the server answered without "
                                   "TLS, so the password and files travel in plain text. Someone on the "
                                   "network can also make a TLS server look like this."));
    m_downgradeText->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold"));
    m_requireTls = new QPushButton(tr("Require TLS"), m_downgrade);
    m_requireTls->setObjectName(QStringLiteral("requireTlsButton"));
    m_requireTls->setToolTip(tr("Change this site to explicit FTP over TLS (FTPES) and connect again"));
    downgradeRow->addWidget(m_downgradeText);
    downgradeRow->addWidget(m_requireTls);
    statusBar()->addPermanentWidget(m_downgrade);
    m_downgrade->hide();
    connect(m_requireTls, &QPushButton::clicked, this, [this] { currentTab()->requireTls(); });

    connect(m_quickConnect, &QuickConnectBar::connectRequested, this, &MainWindow::connectTo);
    connect(m_quickConnect, &QuickConnectBar::invalidInput, this,
            [this](const QString &message) { logStatus(message, true); });
    connect(m_manager, &session::SessionManager::questionAsked, this,
            [this](session::QuestionRequest *request) {
                // What the user answers for browsing holds for this site's transfers too: a
                // certificate or key accepted once, a password typed (in memory, this run only).
                const QString site = session::SiteRef::fromSpec(request->connection()).display();
                const auto state = request->state();
                const session::QuestionRequest::Kind kind = request->kind();
                const QString certificate = request->certificate().sha256Fingerprint;
                const QString hostKey = request->hostKey().sha256Fingerprint;
                const bool reusable = request->isReusableSecret();
                connect(request, &session::QuestionRequest::closed, this, [=, this] {
                    if (state->decision() == remote::TrustDecision::AcceptOnce) {
                        if (kind == session::QuestionRequest::Kind::Certificate)
                            m_queueSites->trustForThisRun(site, certificate, QString());
                        else if (kind == session::QuestionRequest::Kind::HostKey)
                            m_queueSites->trustForThisRun(site, QString(), hostKey);
                    }
                    if (reusable && state->secretGiven())
                        m_queueSites->remember(site, state->secret());
                });
                openQuestionDialog(request, this);
            });
    connect(m_manager, &session::SessionManager::logged, this,
            [this](Session *session, const LogEntry &entry) {
                QScrollBar *bar = m_logView->verticalScrollBar();
                const bool atEnd = bar->value() == bar->maximum();
                // Several tabs write here: each line says which server it is about.
                LogEntry shown = entry;
                shown.text = tr("[%1] %2").arg(session->site().display(), entry.text);
                m_log->append(shown, session->spec().password);
                if (atEnd)
                    m_logView->scrollToBottom();
            });
    connect(m_queue, &transfer::QueueService::questionAsked, this,
            [this](session::QuestionRequest *request) { openQuestionDialog(request, this); });
    // The vault's master password, asked once per run for the window and the queue alike.
    connect(m_credentials, &sites::CredentialService::questionAsked, this,
            [this](session::QuestionRequest *request) { openQuestionDialog(request, this); });
    connect(m_queue, &transfer::QueueService::logged, this,
            [this](const QString &site, const LogEntry &entry) {
                QScrollBar *bar = m_logView->verticalScrollBar();
                const bool atEnd = bar->value() == bar->maximum();
                LogEntry shown = entry;
                if (!site.isEmpty()) // the queue's connections: say which server
                    shown.text = tr("[%1] %2").arg(site, entry.text);
                m_log->append(shown);
                if (atEnd)
                    m_logView->scrollToBottom();
            });
    connect(m_queue, &transfer::QueueService::opened, this, &MainWindow::queueOpened);
    m_editFiles = new EditFiles(*m_queue, *m_settings, this);
    connect(m_editFiles, &EditFiles::logged, this, &MainWindow::logStatus);
    // Synchronize runs that a crash or a quit left before their deletes: they wait for
    // their copies again (the queue's items arrive after this constructor).
    auto *syncResumer = new sync::SyncRunResumer(
        *m_queue, *m_manager,
        [sites = m_queueSites](const QString &site, const QJsonObject &connect) {
            return sites->resolve(site, connect);
        },
        sync::SyncRunRecord::defaultFolder(), this);
    connect(syncResumer, &sync::SyncRunResumer::logged, this, &MainWindow::logStatus);
    syncResumer->resume();
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->setEditSessions(m_editFiles->sessions());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showCurrentTab(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    resize(defaultSize());
    newTab();
    restoreSettings();
    if (m_settings->restoreTabs())
        restoreTabs();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The tabs close their connections (and stop following the focus) before the window
    // is only a QWidget any more.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
}

ConnectionTab *MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab *>(m_tabs->currentWidget());
}

ConnectionTab *MainWindow::tab(int index) const
{
    return qobject_cast<ConnectionTab *>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

LocalPane *MainWindow::localPane() const
{
    return currentTab()->localPane();
}

RemotePane *MainWindow::remotePane() const
{
    return currentTab()->remotePane();
}

session::Session *MainWindow::currentSession() const
{
    return currentTab()->session();
}

PaneMenus *MainWindow::paneMenus() const
{
    return currentTab()->paneMenus();
}

const std::optional<sites::Site> &MainWindow::connectedSite() const
{
    return currentTab()->connectedSite();
}

ConnectionTab *MainWindow::newTab()
{
    auto *tab = new ConnectionTab(
        ConnectionTab::Context{*m_manager, *m_queue, *m_queueSites, *m_credentials, *m_settings}, m_tabs);
    tab->setTreeBeside(m_menus->treeBesideAction()->isChecked());
    if (m_editFiles)
        tab->setEditSessions(m_editFiles->sessions());
    tab->setArchiveJobs(m_archiveJobs);
    {
        // The column widths, sort orders and splitters last saved.
        QSettings settings;
        tab->localPane()->restoreState(settings, QStringLiteral("LocalPane"));
        tab->remotePane()->restoreState(settings, QStringLiteral("RemotePane"));
        tab->paneSplitter()->restoreState(
            settings.value(QStringLiteral("MainWindow/paneSplitter")).toByteArray());
    }
    const QString home = tabCount() > 0 ? currentTab()->localPane()->currentPath() : QDir::homePath();
    tab->localPane()->openFolder(home.isEmpty() ? QDir::homePath() : home);
    connect(tab, &ConnectionTab::stateChanged, this, [this, tab] { showTabState(tab); });
    connect(tab, &ConnectionTab::statusMessage, this, [this, tab](const QString &text, int timeoutMs) {
        if (tab == currentTab())
            statusBar()->showMessage(text, timeoutMs);
    });
    connect(tab, &ConnectionTab::logged, this, [this, tab](const QString &text, bool error) {
        const QString site = tab->queueSite();
        logStatus(site.isEmpty() ? text : tr("[%1] %2").arg(site, text), error);
    });
    connect(tab, &ConnectionTab::connected, m_quickConnect, &QuickConnectBar::addToHistory);
    connect(tab, &ConnectionTab::serverCopyRequested, this,
            [this, tab](const RemoteDrag &drag, const RemotePath &folder) {
                copyBetweenTabs(drag, tab, folder);
            });
    const int index = m_tabs->addTab(tab, QString());
    showTabState(tab);
    m_tabs->setCurrentIndex(index);
    updateActions();
    return tab;
}

void MainWindow::closeTab(int index)
{
    ConnectionTab *closing = tab(index);
    if (!closing)
        return;
    // Files edited through this tab's connection and not uploaded yet: asked first; their
    // temporary copies go with the tab.
    if (m_editFiles && closing->session() &&
        !m_editFiles->sessions()->unsaved(closing->session()).isEmpty()) {
        const QPointer<ConnectionTab> guard(closing);
        m_editFiles->askBeforeClosing(closing->session(), [this, guard] {
            if (!guard)
                return;
            m_editFiles->sessions()->closeFor(guard->session());
            closeTab(m_tabs->indexOf(guard));
        });
        return;
    }
    if (m_editFiles && closing->session())
        m_editFiles->sessions()->closeFor(closing->session());
    if (tabCount() == 1) {
        closing->disconnectFromServer(); // the last tab stays, unconnected
        return;
    }
    m_tabs->removeTab(index);
    closing->deleteLater(); // its session closes with it
    closing->disconnectFromServer();
    showCurrentTab();
}

void MainWindow::copyBetweenTabs(const RemoteDrag &drag, ConnectionTab *target, const RemotePath &folder)
{
    ConnectionTab *source = nullptr;
    for (int i = 0; i < tabCount(); ++i) {
        if (paneOrigin(tab(i)->remotePane()) == drag.origin)
            source = tab(i);
    }
    // The source tab may have been closed or connected elsewhere while the drag went on.
    if (!source || !source->isConnected() || source->queueSite() != drag.site) {
        logStatus(
            tr("Nothing was copied: the tab the files came from is no longer connected to %1").arg(drag.site),
            true);
        return;
    }
    const std::optional<transfer::QueueTarget> from = source->queueTarget();
    const std::optional<transfer::QueueTarget> to = target->queueTarget();
    if (!from || !to)
        return;
    const QList<transfer::QueueItem> items =
        transfer::copyItems(*from, drag.sources, to->site, folder.toString());
    if (items.isEmpty())
        return;
    logStatus(
        tr("%n item(s) queued for a server-to-server copy from %1 to %2%3 (FXP where both servers allow "
           "it, else streamed through this computer)",
           nullptr, int(items.size()))
            .arg(from->site, to->site, folder.toString()));
    m_queue->add(items, true);
}

ConnectionTab *MainWindow::tabForConnection()
{
    ConnectionTab *current = currentTab();
    return current->isInUse() ? newTab() : current;
}

void MainWindow::showTabState(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    QString state;
    QIcon mark;
    QStyle *s = style();
    if (tab->isConnected()) {
        state = tr("connected");
        mark = QIcon::fromTheme(QStringLiteral("network-transmit-receive"),
                                s->standardIcon(QStyle::SP_DialogApplyButton));
    } else if (tab->isInUse()) {
        state = tr("connecting");
        mark = QIcon::fromTheme(QStringLiteral("network-idle"), s->standardIcon(QStyle::SP_BrowserReload));
    } else {
        state = tr("not connected");
        mark = QIcon::fromTheme(QStringLiteral("network-offline"),
                                s->standardIcon(QStyle::SP_DialogCancelButton));
    }
    m_tabs->setTabText(index, QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_tabs->setTabIcon(index, mark);
    m_tabs->setTabToolTip(index, tab->url().isEmpty() ? title : tab->url());
    m_tabs->tabBar()->setAccessibleTabName(index, tr("%1, %2").arg(title, state));
    if (tab == currentTab())
        showCurrentTab();
}

void MainWindow::showCurrentTab()
{
    ConnectionTab *tab = currentTab();
    if (!tab)
        return;
    if (const ConnectionSpec *spec = tab->connectedSpec()) {
        const QString who = spec->user.isEmpty() ? spec->host : spec->user + QLatin1Char('@') + spec->host;
        setWindowTitle(tr("%1 – Ferry").arg(who));
    } else {
        setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    }
    statusBar()->showMessage(tab->statusText());
    if (const ConnectionSpec *spec = tab->prefilledSpec())
        m_quickConnect->setSpec(*spec); // a restored URL: Connect opens it

    showSecurity(tab->connectedSpec());
    showDowngradeWarning(tab->isDowngraded());
    updateActions();
    if (m_compareActions)
        m_compareActions->update();
}

void MainWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Main"));

    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *s = style();

    m_connectAction = bar->addAction(s->standardIcon(QStyle::SP_DriveNetIcon), tr("Connect"));
    m_connectAction->setToolTip(tr("Go to the quick-connect bar"));
    // An icon only: the quick-connect bar's own Connect button is right below it, and the
    // bar must fit a 1,200-pixel window in German too (tst_i18n_screens).
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_connectAction)))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_connectAction, &QAction::triggered, this,
            [this] { m_quickConnect->setFocus(Qt::ShortcutFocusReason); });

    m_reconnectAction = bar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Reconnect"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reconnectAction->setToolTip(tr("Connect again to the last server (Ctrl+R)"));
    connect(m_reconnectAction, &QAction::triggered, this, [this] { currentTab()->reconnect(); });

    m_disconnectAction = bar->addAction(s->standardIcon(QStyle::SP_DialogCloseButton), tr("Disconnect"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_disconnectAction->setToolTip(tr("Close the connection (Ctrl+D)"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromServer);
    bar->addSeparator();

    m_upAction = bar->addAction(s->standardIcon(QStyle::SP_FileDialogToParent), tr("Up"));
    m_upAction->setToolTip(tr("Parent folder of the active pane (Backspace)"));
    connect(m_upAction, &QAction::triggered, this, [this] { activePane()->goUp(); });

    m_refreshAction = bar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Reload the active pane's folder (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] { activePane()->refresh(); });

    m_pathAction = new QAction(tr("Go to path"), this);
    m_pathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_pathAction, &QAction::triggered, this, [this] { activePane()->focusPathBar(); });
    addAction(m_pathAction);

    bar->addSeparator();
    buildQueueActions(bar);

    for (QAction *action : bar->actions()) {
        if (action->objectName().isEmpty())
            action->setObjectName(action->text());
    }
}

void MainWindow::buildTabActions()
{
    QStyle *s = style();
    m_newTabAction = new QAction(
        QIcon::fromTheme(QStringLiteral("tab-new"), s->standardIcon(QStyle::SP_FileDialogNewFolder)),
        QString(), this);
    m_newTabAction->setObjectName(QStringLiteral("newTab"));
    m_newTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTabAction, &QAction::triggered, this, [this] { newTab(); });
    m_closeTabAction = new QAction(
        QIcon::fromTheme(QStringLiteral("tab-close"), s->standardIcon(QStyle::SP_DialogCloseButton)),
        QString(), this);
    m_closeTabAction->setObjectName(QStringLiteral("closeTab"));
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    m_nextTabAction = new QAction(this);
    m_nextTabAction->setObjectName(QStringLiteral("nextTab"));
    m_nextTabAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTabAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    m_previousTabAction = new QAction(this);
    m_previousTabAction->setObjectName(QStringLiteral("previousTab"));
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                       QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    for (QAction *action : {m_newTabAction, m_closeTabAction, m_nextTabAction, m_previousTabAction})
        addAction(action);
    if (auto *mainBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        mainBar->insertAction(m_connectAction, m_newTabAction);
}

void MainWindow::buildQueueActions(QToolBar *bar)
{
    QStyle *s = style();
    m_processQueue = bar->addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Process queue"));
    m_processQueue->setObjectName(QStringLiteral("processQueue"));
    m_processQueue->setCheckable(true);
    m_processQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P)); // FileZilla's
    m_processQueue->setToolTip(
        tr("Run the transfer queue (Ctrl+P); off: running transfers stop and stay queued"));
    connect(m_processQueue, &QAction::triggered, this, [this](bool on) {
        if (on)
            m_queue->start();
        else
            m_queue->stop();
    });
    connect(m_queue, &transfer::QueueService::activeChanged, m_processQueue, &QAction::setChecked);

    m_speedLimit = bar->addAction(s->standardIcon(QStyle::SP_ArrowDown), tr("Speed limit"));
    m_speedLimit->setObjectName(QStringLiteral("speedLimit"));
    m_speedLimit->setCheckable(true);
    m_speedLimit->setToolTip(tr("Limit the transfer speed to the limits in this button's menu"));
    auto *menu = new QMenu(this);
    // The limits and the toggle are the settings' (Settings > Transfers shows the same).
    const auto addLimit = [this, menu](const QString &label, const QString &name, bool download) {
        auto *box = new QSpinBox(menu);
        box->setObjectName(name);
        box->setAccessibleName(label);
        box->setRange(1, 10 * 1024 * 1024);
        box->setSuffix(tr(" KiB/s"));
        box->setPrefix(label + QLatin1Char(' '));
        const auto show = [this, box, download] {
            const QSignalBlocker block(box);
            box->setValue(download ? m_settings->downloadLimitKiB() : m_settings->uploadLimitKiB());
        };
        show();
        connect(m_settings, &settings::AppSettings::changed, box, show);
        connect(box, &QSpinBox::valueChanged, this, [this, download](int value) {
            if (download)
                m_settings->setDownloadLimitKiB(value);
            else
                m_settings->setUploadLimitKiB(value);
        });
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(box);
        menu->addAction(action);
    };
    addLimit(tr("Download:"), QStringLiteral("downloadLimit"), true);
    addLimit(tr("Upload:"), QStringLiteral("uploadLimit"), false);
    m_speedLimit->setMenu(menu);
    m_speedLimit->setChecked(m_settings->speedLimitOn());
    connect(m_speedLimit, &QAction::toggled, this, [this](bool on) { m_settings->setSpeedLimitOn(on); });
}

void MainWindow::applySettings()
{
    const settings::AppSettings &s = *m_settings;
    m_queue->applySettings(s.queueSettings());
    m_queueSites->setTimeout(s.connectTimeoutSeconds());
    {
        const QSignalBlocker block(m_speedLimit);
        m_speedLimit->setChecked(s.speedLimitOn());
    }
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->applySettings();
    m_appearance->applyTheme(s.theme());
    m_appearance->applyLanguage(s.language());
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(*m_settings, this);
        m_settingsDialog->setPasswordServices(m_credentials, m_sites);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_settingsDialog->load();
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

// Every text the window sets itself, again in the current language (the constructor set
// them once; on a language change this sets them again). The panes, the queue panel, the
// quick-connect bar and the dialogs retranslate themselves on the same LanguageChange.
void MainWindow::retranslate()
{
    setAccessibleName(tr("Ferry"));
    m_settingsAction->setText(tr("&Settings..."));
    m_settingsAction->setToolTip(tr("Connections, transfers, confirmations, language and theme (Ctrl+,)"));
    m_menus->retranslate();
    if (m_compareActions)
        m_compareActions->retranslate();
    if (m_siteActions)
        m_siteActions->retranslate();
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->setWindowTitle(tr("Main"));
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("quickConnectToolBar")))
        bar->setWindowTitle(tr("Quick connect"));
    m_connectAction->setText(tr("Connect"));
    m_connectAction->setToolTip(tr("Go to the quick-connect bar"));
    m_reconnectAction->setText(tr("Reconnect"));
    m_reconnectAction->setToolTip(tr("Connect again to the last server (Ctrl+R)"));
    m_disconnectAction->setText(tr("Disconnect"));
    m_disconnectAction->setToolTip(tr("Close the connection (Ctrl+D)"));
    m_upAction->setText(tr("Up"));
    m_upAction->setToolTip(tr("Parent folder of the active pane (Backspace)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Reload the active pane's folder (F5)"));
    m_pathAction->setText(tr("Go to path"));
    m_processQueue->setText(tr("Process queue"));
    m_processQueue->setToolTip(
        tr("Run the transfer queue (Ctrl+P); off: running transfers stop and stay queued"));
    m_speedLimit->setText(tr("Speed limit"));
    m_speedLimit->setToolTip(tr("Limit the transfer speed to the limits in this button's menu"));
    if (QMenu *limits = m_speedLimit->menu()) {
        for (const auto &[name, label] :
             {std::pair{"downloadLimit", tr("Download:")}, std::pair{"uploadLimit", tr("Upload:")}}) {
            if (auto *box = limits->findChild<QSpinBox *>(QLatin1String(name))) {
                box->setAccessibleName(label);
                box->setPrefix(label + QLatin1Char(' '));
                box->setSuffix(tr(" KiB/s"));
            }
        }
    }
    m_logView->setAccessibleName(tr("Message log"));
    m_log->retranslate();
    if (m_downgradeText && m_requireTls) {
        m_downgradeText->setText(tr("Not encrypted: not protected against a downgrade"));
        m_downgradeText->setToolTip(
            tr("This site uses \"FTP, TLS if available\" and the server answered without "
               "TLS, so the password and files travel in plain text. Someone on the "
               "network can also make a TLS server look like this."));
        m_requireTls->setText(tr("Require TLS"));
        m_requireTls->setToolTip(tr("Change this site to explicit FTP over TLS (FTPES) and connect again"));
    }
    m_newTabAction->setText(tr("New &tab"));
    m_newTabAction->setToolTip(tr("Open a new tab for another connection (Ctrl+T)"));
    m_closeTabAction->setText(tr("&Close tab"));
    m_closeTabAction->setToolTip(tr("Close the current tab and its connection (Ctrl+W)"));
    m_nextTabAction->setText(tr("Next tab"));
    m_previousTabAction->setText(tr("Previous tab"));
    m_tabs->setAccessibleName(tr("Connections"));
    m_tabs->tabBar()->setAccessibleName(tr("Connection tabs"));
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->retranslate();
    showCurrentTab(); // the title, the status bar and the security label
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_settingsAction)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::uploadToRemote(const QStringList &localPaths, const RemotePath &folder, bool start)
{
    currentTab()->uploadToRemote(localPaths, folder, start);
}

void MainWindow::downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                                 bool start)
{
    currentTab()->downloadToLocal(sources, folder, start);
}

void MainWindow::queueOpened(const QString &error, const QString &recovery, int unfinished)
{
    if (!error.isEmpty()) {
        logStatus(tr("The transfer queue could not be opened: %1").arg(error), true);
        return;
    }
    if (!recovery.isEmpty())
        logStatus(recovery, true);
    if (unfinished == 0)
        return;
    // FileZilla asks the same: the queue survived a crash or a quit; go on now?
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Unfinished transfers"),
        tr("%n transfer(s) from the last session are not finished. Resume them now?", nullptr, unfinished),
        QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(QStringLiteral("resumeQueueQuestion"));
    ask->setInformativeText(tr("Otherwise they stay in the queue until you choose Process queue."));
    ask->setDefaultButton(QMessageBox::Yes);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            m_queue->start();
    });
    ask->open();
}

FilePane *MainWindow::activePane() const
{
    return currentTab()->activePane();
}

void MainWindow::connectTo(const ConnectionSpec &spec)
{
    tabForConnection()->connectTo(spec);
}

void MainWindow::connectToSite(const sites::Site &site, sites::SiteStore *store)
{
    tabForConnection()->connectToSite(site, store);
}

void MainWindow::showDowngradeWarning(bool show)
{
    m_downgrade->setVisible(show);
    // Only a stored site can be changed.
    m_requireTls->setVisible(show && connectedSite() && currentTab()->siteStore());
}

bool MainWindow::connectToUrl(const QString &url)
{
    const auto spec = ConnectionSpec::fromUrl(url);
    if (!spec.ok()) {
        logStatus(spec.error().message(), true);
        statusBar()->showMessage(spec.error().message());
        return false;
    }
    m_quickConnect->setSpec(spec.value());
    connectTo(spec.value());
    return true;
}

bool MainWindow::openRequest(const QStringList &request)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (request.size() != 2)
        return request.isEmpty();
    if (request.at(0) == QLatin1String("url"))
        return connectToUrl(request.at(1));
    if (request.at(0) != QLatin1String("site"))
        return false;
    const auto loaded = m_sites->reload();
    const auto site =
        loaded.ok() ? m_sites->find(request.at(1)) : remote::Result<sites::Site>(loaded.error());
    if (!site.ok()) {
        logStatus(site.error().message(), true);
        statusBar()->showMessage(site.error().message());
        return false;
    }
    connectToSite(site.value(), m_sites);
    return true;
}

void MainWindow::disconnectFromServer()
{
    currentTab()->disconnectFromServer();
}

void MainWindow::updateActions()
{
    ConnectionTab *tab = currentTab();
    if (!tab)
        return;
    m_disconnectAction->setEnabled(tab->session() != nullptr);
    m_reconnectAction->setEnabled(tab->lastSpec().has_value());
    tab->paneMenus()->updateActions(tab->remotePane());
    m_closeTabAction->setEnabled(tabCount() > 1 || tab->isInUse());
}

void MainWindow::showSecurity(const ConnectionSpec *spec)
{
    m_security->setVisible(spec != nullptr);
    m_securityIcon->setVisible(spec != nullptr);
    if (!spec)
        return;
    QStyle *s = style();
    const int size = s->pixelMetric(QStyle::PM_SmallIconSize);
    QString text;
    QString tip;
    QIcon icon;
    switch (spec->protocol) {
    case remote::Protocol::Ftp:
        text = tr("Not encrypted");
        tip = tr("Plain FTP: the password and the files cross the network readable by anyone on the way. "
                 "FTPES, FTPS or SFTP encrypt them.");
        icon =
            QIcon::fromTheme(QStringLiteral("security-low"), s->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case remote::Protocol::Ftpes:
    case remote::Protocol::Ftps:
        text = tr("Encrypted (TLS)");
        tip = tr("The connection and the transfers are encrypted with TLS.");
        icon =
            QIcon::fromTheme(QStringLiteral("security-high"), s->standardIcon(QStyle::SP_DialogApplyButton));
        break;
    case remote::Protocol::Sftp:
        text = tr("Encrypted (SSH)");
        tip = tr("The connection and the transfers are encrypted by SSH.");
        icon =
            QIcon::fromTheme(QStringLiteral("security-high"), s->standardIcon(QStyle::SP_DialogApplyButton));
        break;
    }
    m_securityIcon->setPixmap(icon.pixmap(size, size));
    m_security->setText(text);
    m_security->setToolTip(tip);
    m_securityIcon->setToolTip(tip);
    m_security->setAccessibleName(text);
}

QSize MainWindow::defaultSize() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize wanted(1400, 900);
    const QSize least = minimumSizeHint();
    const int width = std::max(least.width(), std::min(wanted.width(), available.width() * 95 / 100));
    const int height = std::max(least.height(), std::min(wanted.height(), available.height() * 92 / 100));
    return QSize(std::min(width, available.width()), std::min(height, available.height()));
}

void MainWindow::setTreeBeside(bool beside)
{
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->setTreeBeside(beside);
}

void MainWindow::logStatus(const QString &text, bool error)
{
    m_log->append(LogEntry::make(error ? LogEntry::Kind::Error : LogEntry::Kind::Status, text));
    m_logView->scrollToBottom();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter3"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("paneSplitter"), currentTab()->paneSplitter()->saveState());
    settings.setValue(QStringLiteral("logHeader"), m_logView->header()->saveState());
    settings.setValue(QStringLiteral("treeBeside"), m_menus->treeBesideAction()->isChecked());
    settings.setValue(QStringLiteral("messageLog"), m_menus->messageLogAction()->isChecked());
    settings.endGroup();
    localPane()->saveState(settings, QStringLiteral("LocalPane"));
    remotePane()->saveState(settings, QStringLiteral("RemotePane"));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter3")).toByteArray())) {
        // First start: FileZilla's proportions, a short log, the panes, a queue that shows
        // about ten rows.
        const int height = this->height();
        m_mainSplitter->setSizes({height * 13 / 100, height * 57 / 100, height * 30 / 100});
    }
    currentTab()->paneSplitter()->restoreState(settings.value(QStringLiteral("paneSplitter")).toByteArray());
    m_logView->header()->restoreState(settings.value(QStringLiteral("logHeader")).toByteArray());
    // Before the panes' own state: each layout keeps its own splitter sizes.
    m_menus->treeBesideAction()->setChecked(settings.value(QStringLiteral("treeBeside"), false).toBool());
    m_menus->messageLogAction()->setChecked(settings.value(QStringLiteral("messageLog"), true).toBool());
    settings.endGroup();
    localPane()->restoreState(settings, QStringLiteral("LocalPane"));
    remotePane()->restoreState(settings, QStringLiteral("RemotePane"));
}

void MainWindow::saveTabs() const
{
    QList<settings::AppSettings::SavedTab> saved;
    for (int i = 0; i < tabCount(); ++i) {
        const ConnectionTab *t = tab(i);
        settings::AppSettings::SavedTab s;
        s.localFolder = t->localPane()->currentPath();
        if (t->isConnected()) {
            if (t->connectedSite())
                s.siteId = t->connectedSite()->id.toString(QUuid::WithoutBraces);
            s.url = t->url();
            s.remoteFolder = t->remotePane()->currentPath().toString();
        } else if (const ConnectionSpec *spec = t->prefilledSpec()) {
            s.url = t->url();
            s.remoteFolder = spec->path;
        }
        saved.append(s);
    }
    m_settings->setOpenTabs(saved, m_tabs->currentIndex());
}

void MainWindow::restoreTabs()
{
    int current = 0;
    const QList<settings::AppSettings::SavedTab> saved = m_settings->openTabs(&current);
    if (saved.isEmpty())
        return;
    if (auto st = m_sites->reload(); !st)
        logStatus(tr("The saved sites could not be read: %1").arg(st.error().message()), true);
    for (int i = 0; i < saved.size(); ++i) {
        const settings::AppSettings::SavedTab &s = saved.at(i);
        ConnectionTab *t = i == 0 ? currentTab() : newTab();
        if (!s.localFolder.isEmpty())
            t->localPane()->openFolder(s.localFolder);
        if (!s.siteId.isEmpty()) {
            if (std::optional<sites::Site> site = m_sites->byId(QUuid(s.siteId))) {
                if (!s.remoteFolder.isEmpty())
                    site->remoteDir = s.remoteFolder;
                site->localDir = s.localFolder;
                t->connectToSite(*site, m_sites); // its password off the GUI thread
                continue;
            }
        }
        if (s.url.isEmpty())
            continue;
        auto spec = ConnectionSpec::fromUrl(s.url);
        if (!spec.ok()) {
            logStatus(tr("A saved tab could not be opened again: %1").arg(spec.error().message()), true);
            continue;
        }
        ConnectionSpec prefilled = spec.value();
        if (!s.remoteFolder.isEmpty())
            prefilled.path = s.remoteFolder;
        t->prefill(prefilled); // no password is kept: it waits for Connect
    }
    m_tabs->setCurrentIndex(current);
    showCurrentTab();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editFiles && !m_quitConfirmed && !m_editFiles->sessions()->unsaved().isEmpty()) {
        event->ignore();
        m_editFiles->askBeforeClosing(nullptr, [this] {
            m_quitConfirmed = true;
            close();
        });
        return;
    }
    saveSettings();
    if (m_settings->restoreTabs())
        saveTabs();
    else
        m_settings->setOpenTabs({}, 0);
    QMainWindow::closeEvent(event);
}

} // namespace ferry::ui
