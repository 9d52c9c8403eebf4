#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

#include <ferry/Version.h>

#include "LocalPane.h"
#include "LogModel.h"
#include "QuestionDialogs.h"
#include "QuickConnectBar.h"
#include "RemotePane.h"
#include "session/SessionManager.h"
#include "sites/SiteStore.h"

namespace ferry::ui {

using remote::ConnectionSpec;
using remote::RemotePath;
using remote::Result;
using session::ConnectJob;
using session::LogEntry;
using session::Session;

MainWindow::MainWindow(session::SessionManager *manager, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_quickConnect(new QuickConnectBar(this)), m_local(new LocalPane(this)),
      m_remote(new RemotePane(this)), m_log(new LogModel(this)), m_logView(new QTreeView(this)),
      m_mainSplitter(new QSplitter(Qt::Vertical, this)), m_paneSplitter(new QSplitter(Qt::Horizontal, m_mainSplitter)),
      m_active(m_local)
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
    m_mainSplitter->addWidget(m_paneSplitter);
    m_mainSplitter->addWidget(m_logView);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    m_paneSplitter->setSizes({1, 1});

    buildActions();
    auto *connectBar = new QToolBar(tr("Quick connect"), this);
    connectBar->setObjectName(QStringLiteral("quickConnectToolBar"));
    connectBar->setMovable(false);
    connectBar->addWidget(m_quickConnect);
    addToolBarBreak();
    addToolBar(connectBar);
    statusBar()->showMessage(tr("Not connected"));
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
    connect(m_quickConnect, &QuickConnectBar::invalidInput, this, [this](const QString &message) { logStatus(message, true); });
    connect(m_manager, &session::SessionManager::questionAsked, this,
            [this](session::QuestionRequest *request) { openQuestionDialog(request, this); });
    connect(m_manager, &session::SessionManager::logged, this, [this](Session *session, const LogEntry &entry) {
        QScrollBar *bar = m_logView->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_log->append(entry, session->spec().password);
        if (atEnd)
            m_logView->scrollToBottom();
    });
    connect(m_remote, &RemotePane::folderFailed, this, [this](const RemotePath &, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
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

    resize(1200, 760);
    m_local->openFolder(QDir::homePath());
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
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

    QAction *connectAction = bar->addAction(s->standardIcon(QStyle::SP_DriveNetIcon), tr("Connect"));
    connectAction->setToolTip(tr("Go to the quick-connect bar"));
    connect(connectAction, &QAction::triggered, this, [this] { m_quickConnect->setFocus(Qt::ShortcutFocusReason); });

    m_disconnectAction = bar->addAction(s->standardIcon(QStyle::SP_DialogCloseButton), tr("Disconnect"));
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

    for (QAction *action : bar->actions())
        action->setObjectName(action->text());
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
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            FilePane *from = m_local->isAncestorOf(static_cast<QWidget *>(watched)) ? static_cast<FilePane *>(m_local)
                                                                                     : static_cast<FilePane *>(m_remote);
            FilePane *to = from == m_local ? static_cast<FilePane *>(m_remote) : static_cast<FilePane *>(m_local);
            if (to->isEnabled()) {
                to->fileList()->setFocus(Qt::TabFocusReason);
                if (!to->fileList()->currentIndex().isValid() && to->fileList()->model()->rowCount(to->fileList()->rootIndex()) > 0)
                    to->fileList()->setCurrentIndex(to->fileList()->model()->index(0, 0, to->fileList()->rootIndex()));
                m_active = to;
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::connectTo(const ConnectionSpec &spec)
{
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
    m_site = site;
    m_siteStore = store;
    connectWith(spec, options);
}

void MainWindow::connectWith(const ConnectionSpec &spec, const remote::ConnectOptions &options)
{
    showDowngradeWarning(false);
    if (m_session) {
        m_remote->setSession(nullptr);
        m_manager->closeSession(m_session);
        m_session = nullptr;
    }
    Session *session = m_manager->openSession(spec, options);
    m_session = session;
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
    updateActions();
}

void MainWindow::updateActions()
{
    m_disconnectAction->setEnabled(m_session != nullptr);
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
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("paneSplitter"), m_paneSplitter->saveState());
    settings.setValue(QStringLiteral("logHeader"), m_logView->header()->saveState());
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
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_paneSplitter->restoreState(settings.value(QStringLiteral("paneSplitter")).toByteArray());
    m_logView->header()->restoreState(settings.value(QStringLiteral("logHeader")).toByteArray());
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
