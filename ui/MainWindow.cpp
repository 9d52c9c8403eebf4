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
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include <ferry/Version.h>

#include "MainMenus.h"
#include "common/FileIcons.h"
#include "connect/QuickConnectBar.h"
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
      m_quickConnect((FileIcons::ensureTheme(), new QuickConnectBar(this))), m_local(new LocalPane(this)),
      m_remote(new RemotePane(this)), m_log(new LogModel(this)), m_logView(new QTreeView(this)),
      m_mainSplitter(new QSplitter(Qt::Vertical, this)),
      m_paneSplitter(new QSplitter(Qt::Horizontal, m_mainSplitter)),
      m_queuePanel(new QueuePanel(m_queue, this)), m_active(m_local)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    setAccessibleName(tr("Ferry"));

    m_paneSplitter->addWidget(m_local);
    m_paneSplitter->addWidget(m_remote);
    m_paneSplitter->setChildrenCollapsible(false);
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
    // FileZilla's order: the log above the panes, the queue below them.
    m_mainSplitter->addWidget(m_logView);
    m_mainSplitter->addWidget(m_paneSplitter);
    m_mainSplitter->addWidget(m_queuePanel);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    m_paneSplitter->setSizes({1, 1});

    if (services.settings) {
        m_settings = services.settings;
    } else {
        m_ownSettings = std::make_unique<settings::AppSettings>();
        m_settings = m_ownSettings.get();
    }
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

    m_paneMenus = new PaneMenus(m_local, m_remote, this);
    connect(m_paneMenus, &PaneMenus::logged, this,
            [this](const QString &text, bool error) { logStatus(text, error); });
    // The first section of each pane's menu: its transfers (FileZilla's Download / Upload
    // and Add to queue), to the other pane's folder.
    connect(m_paneMenus, &PaneMenus::aboutToShowMenu, this, [this](QMenu *menu, FilePane *pane) {
        const QList<PaneMenus::Item> items = m_paneMenus->selection(pane);
        const bool enabled = !items.isEmpty() && m_remote->session() != nullptr;
        QAction *now = nullptr;
        QAction *later = nullptr;
        if (pane == m_local) {
            QStringList paths;
            for (const PaneMenus::Item &item : items)
                paths.append(item.localPath);
            now = menu->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upload"), this,
                                  [this, paths] { uploadToRemote(paths, m_remote->currentPath(), true); });
            later = menu->addAction(tr("&Add files to queue"), this,
                                    [this, paths] { uploadToRemote(paths, m_remote->currentPath(), false); });
            now->setObjectName(QStringLiteral("upload"));
        } else {
            QList<transfer::RemoteSource> sources;
            for (const PaneMenus::Item &item : items)
                sources.append({item.remotePath.toString(), item.isDir, -1});
            now =
                menu->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Download"), this,
                                [this, sources] { downloadToLocal(sources, m_local->currentPath(), true); });
            later = menu->addAction(tr("&Add files to queue"), this, [this, sources] {
                downloadToLocal(sources, m_local->currentPath(), false);
            });
            now->setObjectName(QStringLiteral("download"));
        }
        later->setObjectName(QStringLiteral("addToQueue"));
        now->setEnabled(enabled);
        later->setEnabled(enabled);
    });
    MainMenus::WindowActions windowActions;
    windowActions.connect = m_connectAction;
    windowActions.reconnect = m_reconnectAction;
    windowActions.disconnect = m_disconnectAction;
    windowActions.refresh = m_refreshAction;
    windowActions.up = m_upAction;
    windowActions.goToPath = m_pathAction;
    m_menus = new MainMenus(this, windowActions, m_paneMenus, [this] { return activePane(); });
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
    retranslate();
    connect(m_settings, &settings::AppSettings::changed, this, &MainWindow::applySettings);
    applySettings();
    connect(m_menus->treeBesideAction(), &QAction::toggled, this,
            [this](bool beside) { setTreeBeside(beside); });
    connect(m_menus->messageLogAction(), &QAction::toggled, m_logView, &QWidget::setVisible);
    // Sites: the site manager (Ctrl+S, the toolbar's drop-down), Save as site, Recent, bookmarks.
    SiteActions::Hooks hooks;
    hooks.connectSite = [this](const sites::Site &site) {
        connectToSite(site, m_sites);
    };
    hooks.connectUrl = [this](const QString &url) {
        connectToUrl(url);
    };
    hooks.connectedSpec = [this]() -> std::optional<ConnectionSpec> {
        if (!m_remote->session())
            return std::nullopt;
        return m_remote->session()->spec();
    };
    hooks.connectedOptions = [this] {
        return m_remote->session() ? m_remote->session()->options() : remote::ConnectOptions();
    };
    hooks.connectedSite = [this]() -> std::optional<sites::Site> {
        return m_remote->session() ? m_site : std::nullopt;
    };
    hooks.siteChanged = [this](const sites::Site &site) {
        if (m_site && m_site->id == site.id)
            m_site = site;
    };
    hooks.remoteFolder = [this] {
        return m_remote->session() ? m_remote->currentPath().toString() : QString();
    };
    hooks.localFolder = [this] {
        return m_local->currentPath();
    };
    hooks.openBookmark = [this](const QString &remoteDir, const QString &localDir) {
        if (!localDir.isEmpty())
            m_local->openFolder(localDir);
        if (m_remote->session())
            m_remote->openFolder(RemotePath(remoteDir));
    };
    hooks.recent = [this] {
        return m_quickConnect->history();
    };
    hooks.log = [this](const QString &text, bool error) {
        logStatus(text, error);
    };
    m_siteActions = new SiteActions(this, services, std::move(hooks));
    connect(m_siteActions, &SiteActions::connectionSaved, this, [this](const sites::Site &site) {
        m_site = site; // bookmarks and Require TLS work on it from now on
        m_siteStore = m_sites;
    });
    if (auto *mainBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        mainBar->insertWidget(m_connectAction, m_siteActions->toolButton());
    QMenu *file = m_menus->file();
    file->insertAction(m_connectAction, m_siteActions->siteManagerAction());
    file->insertAction(m_menus->quitAction(), m_siteActions->saveAsSiteAction());
    file->insertMenu(m_menus->quitAction(), m_siteActions->recentMenu());
    file->insertSeparator(m_menus->quitAction());
    connect(m_menus->bookmarks(), &QMenu::aboutToShow, this,
            [this] { m_siteActions->fillBookmarks(m_menus->bookmarks()); });
    connect(file, &QMenu::aboutToShow, this,
            [this] { m_siteActions->saveAsSiteAction()->setEnabled(m_remote->session() != nullptr); });
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
    connect(m_requireTls, &QPushButton::clicked, this, &MainWindow::requireTls);

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
                m_log->append(entry, session->spec().password);
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
    connect(m_queue, &transfer::QueueService::itemsChanged, this, &MainWindow::refreshAfterUploads);
    m_remoteRefresh = new QTimer(this);
    m_remoteRefresh->setSingleShot(true);
    m_remoteRefresh->setInterval(500);
    connect(m_remoteRefresh, &QTimer::timeout, this, [this] {
        if (m_remote->session())
            m_remote->refresh();
    });
    connect(m_remote, &RemotePane::uploadRequested, this,
            [this](const QStringList &paths, const RemotePath &folder) { uploadToRemote(paths, folder); });
    connect(m_remote, &RemotePane::downloadRequested, this,
            [this](const QList<transfer::RemoteSource> &sources) {
                downloadToLocal(sources, m_local->currentPath());
            });
    connect(m_local, &LocalPane::uploadRequested, this, [this](const QStringList &paths) {
        if (m_remote->session())
            uploadToRemote(paths, m_remote->currentPath());
    });
    connect(m_local, &LocalPane::downloadRequested, this,
            [this](const RemoteDrag &drag, const QString &folder) { downloadToLocal(drag.sources, folder); });
    // Out to a file manager (X Direct Save): into the folder it named.
    connect(m_remote, &RemotePane::downloadToFolderRequested, this,
            [this](const QList<transfer::RemoteSource> &sources, const QString &folder) {
                downloadToLocal(sources, folder);
            });
    connect(m_remote, &RemotePane::dragMessage, this, [this](const QString &text, bool error) {
        logStatus(text, error);
        statusBar()->showMessage(text, 10000);
    });
    connect(m_remote, &RemotePane::folderFailed, this,
            [this](const RemotePath &, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (FilePane *pane : {static_cast<FilePane *>(m_local), static_cast<FilePane *>(m_remote)}) {
            if (now && pane->isAncestorOf(now))
                m_active = pane;
        }
    });
    for (FilePane *pane : {static_cast<FilePane *>(m_local), static_cast<FilePane *>(m_remote)}) {
        pane->fileList()->installEventFilter(this);
        pane->folderTree()->installEventFilter(this);
    }

    resize(defaultSize());
    m_local->openFolder(QDir::homePath());
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // ~QWidget still moves the focus while it deletes the panes, when this object is only a
    // QWidget any more: the focus tracking must not run then.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    if (m_session)
        m_manager->closeSession(m_session);
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
    connect(m_connectAction, &QAction::triggered, this,
            [this] { m_quickConnect->setFocus(Qt::ShortcutFocusReason); });

    m_reconnectAction = bar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Reconnect"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reconnectAction->setToolTip(tr("Connect again to the last server (Ctrl+R)"));
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        if (m_lastSpec)
            connectTo(*m_lastSpec);
    });

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
    m_local->setShowHidden(s.showHidden());
    m_remote->setShowHidden(s.showHidden());
    m_paneMenus->setConfirmations(s.confirmDelete(), s.confirmMove());
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
    if (m_paneMenus)
        m_paneMenus->retranslate();
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
    // The title, the status bar and the security label from the connection's state.
    if (Session *connected = m_remote->session()) {
        const ConnectionSpec &spec = connected->spec();
        const QString who = spec.user.isEmpty() ? spec.host : spec.user + QLatin1Char('@') + spec.host;
        setWindowTitle(tr("%1 – Ferry").arg(who));
        statusBar()->showMessage(tr("Connected to %1").arg(spec.toUrl()));
        showSecurity(&spec);
    } else {
        setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
        if (m_session && m_lastSpec)
            statusBar()->showMessage(tr("Connecting to %1 …").arg(m_lastSpec->toUrl()));
        else
            statusBar()->showMessage(tr("Not connected"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_settingsAction)
        retranslate();
    QMainWindow::changeEvent(event);
}

std::optional<transfer::QueueTarget> MainWindow::queueTarget()
{
    if (!m_remote->session())
        return std::nullopt;
    const ConnectionSpec &spec = m_remote->session()->spec();
    transfer::QueueTarget target{session::SiteRef::fromSpec(spec).display(), m_remote->session()->options(),
                                 m_settings->partFiles(), m_settings->preserveTimes()};
    if (spec.hasPassword)
        m_queueSites->remember(target.site, spec.password);
    return target;
}

void MainWindow::uploadToRemote(const QStringList &localPaths, const RemotePath &folder, bool start)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target)
        return;
    const QList<transfer::QueueItem> items = transfer::uploadItems(*target, localPaths, folder.toString());
    if (items.isEmpty())
        return;
    logStatus(tr("%n item(s) queued for upload to %1", nullptr, int(items.size())).arg(folder.toString()));
    m_queue->add(items, start);
}

void MainWindow::downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                                 bool start)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target || folder.isEmpty())
        return;
    const QList<transfer::QueueItem> items = transfer::downloadItems(*target, sources, folder);
    if (items.isEmpty())
        return;
    logStatus(tr("%n item(s) queued for download to %1", nullptr, int(items.size())).arg(folder));
    m_queue->add(items, start);
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

void MainWindow::refreshAfterUploads(const QList<transfer::QueueItem> &items)
{
    if (!m_remote->session() || m_remoteRefresh->isActive())
        return;
    const QString shown = m_remote->currentPath().toString();
    const QString site = m_remote->session()->site().display();
    for (const transfer::QueueItem &item : items) {
        if (item.direction == transfer::Direction::Upload && item.state == transfer::ItemState::Done &&
            item.site == site && RemotePath(item.remotePath).parent().toString() == shown) {
            m_remoteRefresh->start(); // one listing for a burst of files
            return;
        }
    }
}

FilePane *MainWindow::activePane() const
{
    return m_active;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Tab and Shift+Tab in a pane's list or tree jump to the other pane's file list.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            FilePane *from = m_local->isAncestorOf(static_cast<QWidget *>(watched))
                                 ? static_cast<FilePane *>(m_local)
                                 : static_cast<FilePane *>(m_remote);
            FilePane *to =
                from == m_local ? static_cast<FilePane *>(m_remote) : static_cast<FilePane *>(m_local);
            if (to->isEnabled()) {
                to->fileList()->setFocus(Qt::TabFocusReason);
                if (!to->fileList()->currentIndex().isValid() &&
                    to->fileList()->model()->rowCount(to->fileList()->rootIndex()) > 0)
                    to->fileList()->setCurrentIndex(
                        to->fileList()->model()->index(0, 0, to->fileList()->rootIndex()));
                m_active = to;
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::connectTo(const ConnectionSpec &spec)
{
    ++m_siteConnects; // a site still waiting for its password is not connected after this
    m_site.reset();
    m_siteStore = nullptr;
    connectWith(spec, {});
}

void MainWindow::connectToSite(const sites::Site &site, sites::SiteStore *store)
{
    remote::ConnectOptions options;
    site.applyTo(options);
    ConnectionSpec spec = site.connectionSpec();
    if (!site.remoteDir.isEmpty())
        spec.path = site.remoteDir;
    if (!site.localDir.isEmpty())
        m_local->openFolder(site.localDir);
    const int attempt = ++m_siteConnects;
    const auto go = [this, site, store, spec, options, attempt](const std::optional<QString> &password) {
        if (attempt != m_siteConnects)
            return; // another connection was asked for meanwhile
        ConnectionSpec withPassword = spec;
        if (password) {
            withPassword.password = *password;
            withPassword.hasPassword = true;
        }
        m_site = site;
        m_siteStore = store;
        connectWith(withPassword, options);
    };
    if (!site.storesPassword()) {
        go(std::nullopt);
        return;
    }
    statusBar()->showMessage(tr("Looking up the password of %1 …").arg(site.name));
    m_credentials->password(site.id, this,
                            [this, go, name = site.name](Result<std::optional<QString>> password) {
                                if (!password && password.error().kind() != remote::ErrorKind::Cancelled)
                                    logStatus(tr("The stored password of %1 could not be read: %2")
                                                  .arg(name, password.error().message()),
                                              true);
                                // Without it the server's password question is asked, as for any connection.
                                go(password ? *password : std::nullopt);
                            });
}

void MainWindow::connectWith(const ConnectionSpec &spec, const remote::ConnectOptions &given)
{
    remote::ConnectOptions options = given;
    if (options.timeoutSeconds == remote::ConnectOptions().timeoutSeconds)
        options.timeoutSeconds = m_settings->connectTimeoutSeconds(); // Settings > Connection
    showDowngradeWarning(false);
    if (m_session) {
        m_remote->setSession(nullptr);
        m_manager->closeSession(m_session);
        m_session = nullptr;
    }
    Session *session = m_manager->openSession(spec, options);
    m_session = session;
    m_lastSpec = spec;
    // The title names a site only once connected to it.
    setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    showSecurity(nullptr);
    statusBar()->showMessage(tr("Connecting to %1 …").arg(spec.toUrl()));
    updateActions();
    ConnectJob *job = session->connectToServer();
    connect(job, &ConnectJob::finished, this, [this, session, spec](const Result<RemotePath> &home) {
        if (m_session != session)
            return; // replaced meanwhile
        if (!home.ok()) {
            if (home.error().kind() != remote::ErrorKind::Cancelled)
                statusBar()->showMessage(tr("Could not connect: %1").arg(home.error().message()));
            m_manager->closeSession(session);
            m_session = nullptr;
            updateActions();
            return;
        }
        const QString who = spec.user.isEmpty() ? spec.host : spec.user + QLatin1Char('@') + spec.host;
        setWindowTitle(tr("%1 – Ferry").arg(who));
        statusBar()->showMessage(tr("Connected to %1").arg(spec.toUrl()));
        showSecurity(&spec);
        m_quickConnect->addToHistory(spec);
        m_remote->setSession(session, spec.resolvedPath(home.value()));
        updateActions();
        // An "FTP, TLS if available" site that ended up in plain text: said next to the
        // connection, with the one-click way to require TLS from now on.
        if (spec.protocol == remote::Protocol::Ftp && session->options().tlsIfAvailable &&
            !session->isEncrypted()) {
            logStatus(tr("%1 is connected WITHOUT encryption: the server did not accept TLS, and this site "
                         "allows that (\"TLS if available\"), so it is not protected against a downgrade.")
                          .arg(m_site ? m_site->name : spec.host),
                      true);
            showDowngradeWarning(true);
        }
    });
}

void MainWindow::showDowngradeWarning(bool show)
{
    m_downgrade->setVisible(show);
    // Only a stored site can be changed.
    m_requireTls->setVisible(show && m_site && m_siteStore);
}

void MainWindow::requireTls()
{
    if (!m_site || !m_siteStore)
        return;
    // The stored site as it is now (another window or ferry-cli may have changed it).
    if (auto st = m_siteStore->reload(); !st) {
        logStatus(tr("Could not change the site: %1").arg(st.error().message()), true);
        return;
    }
    std::optional<sites::Site> site = m_siteStore->byId(m_site->id);
    if (!site) {
        logStatus(tr("Could not change the site: \"%1\" is no longer stored").arg(m_site->name), true);
        return;
    }
    site->protocol = remote::Protocol::Ftpes;
    site->tlsIfAvailable = false;
    if (auto st = m_siteStore->update(*site); !st) {
        logStatus(tr("Could not change the site: %1").arg(st.error().message()), true);
        return;
    }
    logStatus(
        tr("The site \"%1\" now requires TLS (explicit FTP over TLS); connecting again").arg(site->name));
    connectToSite(*site, m_siteStore);
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

void MainWindow::disconnectFromServer()
{
    showDowngradeWarning(false);
    if (!m_session)
        return;
    m_remote->setSession(nullptr);
    m_manager->closeSession(m_session);
    m_session = nullptr;
    setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    statusBar()->showMessage(tr("Disconnected"));
    showSecurity(nullptr);
    updateActions();
}

void MainWindow::updateActions()
{
    m_disconnectAction->setEnabled(m_session != nullptr);
    m_reconnectAction->setEnabled(m_lastSpec.has_value());
    if (m_paneMenus)
        m_paneMenus->updateActions(m_remote);
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
    m_local->setTreeBeside(beside);
    m_remote->setTreeBeside(beside);
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
    settings.setValue(QStringLiteral("paneSplitter"), m_paneSplitter->saveState());
    settings.setValue(QStringLiteral("logHeader"), m_logView->header()->saveState());
    settings.setValue(QStringLiteral("treeBeside"), m_menus->treeBesideAction()->isChecked());
    settings.setValue(QStringLiteral("messageLog"), m_menus->messageLogAction()->isChecked());
    settings.endGroup();
    m_local->saveState(settings, QStringLiteral("LocalPane"));
    m_remote->saveState(settings, QStringLiteral("RemotePane"));
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
    m_paneSplitter->restoreState(settings.value(QStringLiteral("paneSplitter")).toByteArray());
    m_logView->header()->restoreState(settings.value(QStringLiteral("logHeader")).toByteArray());
    // Before the panes' own state: each layout keeps its own splitter sizes.
    m_menus->treeBesideAction()->setChecked(settings.value(QStringLiteral("treeBeside"), false).toBool());
    m_menus->messageLogAction()->setChecked(settings.value(QStringLiteral("messageLog"), true).toBool());
    settings.endGroup();
    m_local->restoreState(settings, QStringLiteral("LocalPane"));
    m_remote->restoreState(settings, QStringLiteral("RemotePane"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ferry::ui
