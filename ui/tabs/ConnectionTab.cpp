#include "ConnectionTab.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "archive/Archive.h"
#include "archive/ArchiveJobs.h"
#include "compare/FolderCompare.h"
#include "compare/SyncBrowsing.h"
#include "dialogs/CompressDialog.h"
#include "edit/EditSessions.h"
#include "edit/FolderWatch.h"
#include "panes/LocalPane.h"
#include "panes/PaneMenus.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"
#include "sync/SyncRun.h"
#include "synchronize/SyncDialog.h"
#include "transfer/QueueOptions.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

namespace ferry::ui {

using remote::ConnectionSpec;
using remote::RemotePath;
using remote::Result;
using session::ConnectJob;
using session::Session;

ConnectionTab::ConnectionTab(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_local(new LocalPane(this)), m_remote(new RemotePane(this)), m_active(m_local)
{
    setObjectName(QStringLiteral("connectionTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    // Shown while "Keep remote folder up to date" runs: what, how far, and Stop.
    m_keepStrip = new QWidget(this);
    m_keepStrip->setObjectName(QStringLiteral("keepUpToDateStrip"));
    auto *strip = new QHBoxLayout(m_keepStrip);
    strip->setContentsMargins(6, 2, 6, 2);
    m_keepLabel = new QLabel(m_keepStrip);
    m_keepLabel->setObjectName(QStringLiteral("keepUpToDateLabel"));
    m_keepLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepStop = new QPushButton(m_keepStrip);
    m_keepStop->setObjectName(QStringLiteral("keepUpToDateStop"));
    strip->addWidget(m_keepLabel, 1);
    strip->addWidget(m_keepStop);
    m_keepStrip->hide();
    layout->addWidget(m_keepStrip);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->addWidget(m_local);
    m_splitter->addWidget(m_remote);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1, 1});

    m_compare = new FolderCompare(m_local, m_remote, this);
    layout->addWidget(m_compare->legend()); // under the panes, shown while comparing

    m_paneMenus = new PaneMenus(m_local, m_remote, this);
    connect(m_paneMenus, &PaneMenus::logged, this, &ConnectionTab::logged);
    // View/Edit: F3 and F4 as in WinSCP and Total Commander, on the remote pane.
    m_viewAction = new QAction(this);
    m_viewAction->setObjectName(QStringLiteral("viewRemoteFile"));
    m_viewAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editRemoteFile"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F4));
    for (QAction *action : {m_viewAction, m_editAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_remote->addAction(action);
    }
    m_keepAction = new QAction(this);
    m_keepAction->setObjectName(QStringLiteral("keepRemoteUpToDate"));
    m_keepAction->setCheckable(true);
    m_keepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_keepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_keepAction);
    connect(m_keepAction, &QAction::triggered, this, [this](bool on) { setKeepUpToDate(on); });
    connect(m_keepStop, &QPushButton::clicked, this, [this] { setKeepUpToDate(false); });
    connect(m_viewAction, &QAction::triggered, this, [this] { viewOrEdit(false); });
    connect(m_editAction, &QAction::triggered, this, [this] { viewOrEdit(true); });
    retranslateEditActions();
    connect(m_paneMenus, &PaneMenus::aboutToShowMenu, this, &ConnectionTab::addTransferActions);

    m_remoteRefresh = new QTimer(this);
    m_remoteRefresh->setSingleShot(true);
    m_remoteRefresh->setInterval(500);
    connect(m_remoteRefresh, &QTimer::timeout, this, [this] {
        if (m_remote->session())
            m_remote->refresh();
    });
    connect(&m_context.queue, &transfer::QueueService::itemsChanged, this,
            &ConnectionTab::refreshAfterUploads);
    connect(&m_context.queue, &transfer::QueueService::itemsChanged, this, &ConnectionTab::extractDownloaded);
    connect(m_local, &LocalPane::extractRequested, this,
            [this](const ArchiveDrag &drag, const QString &folder) {
                QStringList members;
                for (const transfer::ArchiveSource &member : drag.members) {
                    if (member.member.isEmpty()) {
                        members.clear(); // the whole archive
                        break;
                    }
                    members.append(member.member);
                }
                extractArchive(drag.archive, members, folder);
            });
    connect(m_remote, &RemotePane::uploadRequested, this,
            [this](const QStringList &paths, const RemotePath &folder) { uploadToRemote(paths, folder); });
    connect(m_remote, &RemotePane::downloadRequested, this,
            [this](const QList<transfer::RemoteSource> &sources) {
                downloadToLocal(sources, m_local->currentPath());
            });
    connect(m_remote, &RemotePane::copyRequested, this, &ConnectionTab::serverCopyRequested);
    connect(m_remote, &RemotePane::archiveUploadRequested, this,
            [this](const ArchiveDrag &drag, const RemotePath &folder) { uploadFromArchive(drag, folder); });
    connect(m_local, &LocalPane::archiveUploadRequested, this, [this](const ArchiveDrag &drag) {
        if (m_remote->session())
            uploadFromArchive(drag, m_remote->currentPath());
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
        Q_EMIT logged(text, error);
        Q_EMIT statusMessage(text, 10000);
    });
    connect(m_remote, &RemotePane::folderFailed, this,
            [this](const RemotePath &, const QString &message) { Q_EMIT statusMessage(message, 10000); });
    // After the line above: its message (why synchronized browsing stopped) is the one shown.
    m_syncBrowsing = new SyncBrowsing(m_local, m_remote, this);
    connect(m_syncBrowsing, &SyncBrowsing::message, this, [this](const QString &text) {
        Q_EMIT logged(text, true);
        Q_EMIT statusMessage(text, 10000);
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
    m_status = tr("Not connected");
    applySettings();
    m_paneMenus->updateActions(m_remote);
}

ConnectionTab::~ConnectionTab()
{
    // ~QWidget still moves the focus while it deletes the panes, when this object is only a
    // QWidget any more: the focus tracking must not run then.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    if (m_session)
        m_context.sessions.closeSession(m_session);
}

bool ConnectionTab::isConnected() const
{
    return m_session && m_remote->session() == m_session;
}

QString ConnectionTab::title() const
{
    if (m_lookingUp && !m_session)
        return m_pendingTitle;
    if (const ConnectionSpec *spec = prefilledSpec())
        return spec->user.isEmpty() ? spec->host : spec->user + QLatin1Char('@') + spec->host;
    if (m_site && m_session)
        return m_site->name;
    if (!m_session)
        return tr("Not connected");
    const ConnectionSpec &spec = m_session->spec();
    return spec.user.isEmpty() ? spec.host : spec.user + QLatin1Char('@') + spec.host;
}

QString ConnectionTab::url() const
{
    if (!m_session && !prefilledSpec())
        return {};
    ConnectionSpec spec = m_session ? m_session->spec() : *prefilledSpec();
    spec.password.clear();
    spec.hasPassword = false;
    spec.path.clear();
    return spec.toUrl();
}

QString ConnectionTab::queueSite() const
{
    return m_session ? session::SiteRef::fromSpec(m_session->spec()).display() : QString();
}

bool ConnectionTab::eventFilter(QObject *watched, QEvent *event)
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
    return QWidget::eventFilter(watched, event);
}

void ConnectionTab::addTransferActions(QMenu *menu, FilePane *pane)
{
    // The first section of each pane's menu: its transfers (FileZilla's Download / Upload
    // and Add to queue), to the other pane's folder.
    const QList<PaneMenus::Item> items = m_paneMenus->selection(pane);
    const bool enabled = !items.isEmpty() && m_remote->session() != nullptr;
    QAction *now = nullptr;
    QAction *later = nullptr;
    if (pane == m_local && m_local->isInArchive()) {
        // From inside the archive: the members, streamed from it.
        ArchiveDrag drag{m_local->archivePath(), {}};
        for (const PaneMenus::Item &item : items) {
            if (item.isDir || !item.isLink)
                drag.members.append({item.archiveMember, item.isDir, item.isDir ? -1 : item.size});
        }
        now = menu->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upload"), this,
                              [this, drag] { uploadFromArchive(drag, m_remote->currentPath(), true); });
        later = menu->addAction(tr("&Add files to queue"), this,
                                [this, drag] { uploadFromArchive(drag, m_remote->currentPath(), false); });
        now->setObjectName(QStringLiteral("upload"));
    } else if (pane == m_local) {
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
        now = menu->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Download"), this,
                              [this, sources] { downloadToLocal(sources, m_local->currentPath(), true); });
        later = menu->addAction(tr("&Add files to queue"), this,
                                [this, sources] { downloadToLocal(sources, m_local->currentPath(), false); });
        now->setObjectName(QStringLiteral("download"));
    }
    later->setObjectName(QStringLiteral("addToQueue"));
    now->setEnabled(enabled);
    later->setEnabled(enabled);
    // Keep remote folder up to date: from both panes (the local folder to the remote one).
    QAction *keep = menu->addAction(m_keepAction->text(), m_keepAction, &QAction::trigger);
    keep->setObjectName(m_keepAction->objectName());
    keep->setCheckable(true);
    keep->setChecked(m_keepAction->isChecked());
    keep->setShortcut(m_keepAction->shortcut());
    keep->setEnabled(m_remote->session() != nullptr);
    if (pane == m_remote) {
        // The tab's F3/F4 actions stay enabled for the keys; the menu's own copies show
        // whether the selection can be viewed or edited.
        const bool oneFile = enabled && m_edits && items.size() == 1 && !items.first().isDir;
        for (QAction *shared : {m_viewAction, m_editAction}) {
            QAction *entry = menu->addAction(shared->text(), shared, &QAction::trigger);
            entry->setObjectName(shared->objectName());
            entry->setShortcut(shared->shortcut());
            entry->setToolTip(shared->toolTip());
            entry->setEnabled(oneFile);
        }
    }
    addArchiveActions(menu, pane);
}

void ConnectionTab::addArchiveActions(QMenu *menu, FilePane *pane)
{
    if (!m_archiveJobs)
        return;
    const QList<PaneMenus::Item> items = m_paneMenus->selection(pane);
    if (pane == m_remote) {
        // Download and extract: remote files that look like archives.
        QList<transfer::RemoteSource> archives;
        for (const PaneMenus::Item &item : items) {
            if (!item.isDir && archive::looksLikeArchive(item.name))
                archives.append({item.remotePath.toString(), false, -1});
        }
        if (archives.isEmpty() || archives.size() != items.size())
            return;
        QAction *get = menu->addAction(tr("Download and e&xtract"), this, [this, archives] {
            downloadAndExtract(archives, m_local->currentPath());
        });
        get->setObjectName(QStringLiteral("downloadAndExtract"));
        get->setEnabled(m_remote->session() != nullptr && !m_local->isInArchive());
        return;
    }
    menu->addSeparator();
    if (m_local->isInArchive()) {
        // Inside an archive: its selected members (all of it when none) out of it.
        QStringList members;
        for (const PaneMenus::Item &item : items)
            members.append(item.archiveMember);
        const QString archivePath = m_local->archivePath();
        QAction *here = menu->addAction(tr("Extract &here"), this, [this, archivePath, members] {
            extractArchive(archivePath, members, m_local->currentPath());
        });
        here->setObjectName(QStringLiteral("extractHere"));
        QAction *to = menu->addAction(tr("Extract &to…"), this,
                                      [this, archivePath, members] { askExtractTo(archivePath, members); });
        to->setObjectName(QStringLiteral("extractTo"));
        return;
    }
    QStringList paths;
    bool allArchives = !items.isEmpty();
    for (const PaneMenus::Item &item : items) {
        paths.append(item.localPath);
        allArchives = allArchives && !item.isDir && archive::looksLikeArchive(item.name);
    }
    QAction *compress = menu->addAction(tr("&Compress to…"), this, [this, paths] { askCompress(paths); });
    compress->setObjectName(QStringLiteral("compressTo"));
    compress->setEnabled(!paths.isEmpty());
    if (allArchives) {
        QAction *here = menu->addAction(tr("Extract &here"), this, [this, paths] {
            for (const QString &path : paths)
                extractArchive(path, {}, QFileInfo(path).absolutePath());
        });
        here->setObjectName(QStringLiteral("extractHere"));
        if (paths.size() == 1) {
            QAction *to = menu->addAction(tr("Extract &to…"), this,
                                          [this, path = paths.first()] { askExtractTo(path, {}); });
            to->setObjectName(QStringLiteral("extractTo"));
        }
    }
}

void ConnectionTab::askCompress(const QStringList &sources)
{
    if (!m_archiveJobs || sources.isEmpty())
        return;
    auto *dialog = new CompressDialog(sources, m_local->currentPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sources] {
        if (m_archiveJobs)
            m_archiveJobs->compress(dialog->archivePath(), dialog->format(), sources);
    });
    dialog->open();
}

void ConnectionTab::askExtractTo(const QString &archivePath, const QStringList &members)
{
    auto *dialog = new QFileDialog(this, tr("Extract %1 to").arg(QFileInfo(archivePath).fileName()),
                                   m_local->currentPath());
    dialog->setObjectName(QStringLiteral("extractToDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this, archivePath, members](const QString &folder) {
        extractArchive(archivePath, members, folder);
    });
    dialog->open();
}

void ConnectionTab::extractArchive(const QString &archivePath, const QStringList &members,
                                   const QString &folder)
{
    if (!m_archiveJobs || folder.isEmpty())
        return;
    Q_EMIT logged(tr("Extracting %1 to %2").arg(archivePath, folder), false);
    m_archiveJobs->extract(archivePath, folder, members);
}

void ConnectionTab::downloadAndExtract(const QList<transfer::RemoteSource> &archives, const QString &folder)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target || !m_archiveJobs || folder.isEmpty() || m_local->isInArchive())
        return;
    QList<transfer::QueueItem> items = transfer::downloadItems(*target, archives, folder);
    for (transfer::QueueItem &item : items) {
        // Beside what it becomes, under a hidden name (ferry-cli get --extract's), and
        // replaced when an old one is there: a resumed download continues it.
        const QFileInfo local(item.localPath);
        item.localPath =
            local.dir().filePath(QLatin1Char('.') + local.fileName() + QStringLiteral(".ferry-download"));
        item.existsAction = transfer::ExistsAction::Resume;
        m_extractAfterDownload.insert(item.localPath, folder);
    }
    if (items.isEmpty())
        return;
    Q_EMIT logged(tr("%n archive(s) queued for download and extraction into %1", nullptr, int(items.size()))
                      .arg(folder),
                  false);
    m_context.queue.add(items, true);
}

void ConnectionTab::extractDownloaded(const QList<transfer::QueueItem> &items)
{
    if (m_extractAfterDownload.isEmpty())
        return;
    for (const transfer::QueueItem &item : items) {
        if (item.direction != transfer::Direction::Download ||
            !m_extractAfterDownload.contains(item.localPath))
            continue;
        if (item.state == transfer::ItemState::Done) {
            const QString folder = m_extractAfterDownload.take(item.localPath);
            if (m_archiveJobs)
                m_archiveJobs->extract(item.localPath, folder, {}, true);
        } else if (item.state == transfer::ItemState::Cancelled ||
                   item.state == transfer::ItemState::Skipped) {
            m_extractAfterDownload.remove(item.localPath);
        }
    }
}

void ConnectionTab::retranslateEditActions()
{
    m_viewAction->setText(tr("&View"));
    m_viewAction->setToolTip(tr("Download the file and open it with its application (F3)"));
    m_editAction->setText(tr("&Edit"));
    m_editAction->setToolTip(
        tr("Download the file, open it in an editor and upload it when it is saved (F4)"));
    m_keepAction->setText(tr("&Keep remote folder up to date"));
    m_keepAction->setToolTip(tr("Upload every change made in the local pane's folder to the remote pane's "
                                "folder until stopped (Ctrl+U)"));
    m_keepStop->setText(tr("&Stop"));
    m_keepStop->setAccessibleName(tr("Stop keeping the remote folder up to date"));
    showKeepState();
}

void ConnectionTab::setKeepUpToDate(bool on)
{
    if (!on) {
        if (m_folderWatch) {
            m_folderWatch->stop();
            m_folderWatch->deleteLater();
            m_folderWatch = nullptr;
        }
        m_keepAction->setChecked(false);
        showKeepState();
        return;
    }
    if (m_folderWatch)
        return;
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!m_session || !target || !isConnected()) {
        m_keepAction->setChecked(false);
        Q_EMIT statusMessage(tr("Connect first: the remote folder is kept up to date with the local one"),
                             5000);
        return;
    }
    sync::SyncOptions options;
    options.excludes = sync::SyncExcludes({QStringLiteral(".*.ferry-part*"), QStringLiteral("*.filepart")});
    m_folderWatch = new edit::FolderWatch(m_session, m_context.queue, *target, m_local->currentPath(),
                                          m_remote->currentPath(), options, this);
    connect(m_folderWatch, &edit::FolderWatch::logged, this, &ConnectionTab::logged);
    connect(m_folderWatch, &edit::FolderWatch::stateChanged, this, &ConnectionTab::showKeepState);
    m_keepAction->setChecked(true);
    m_folderWatch->start();
    showKeepState();
}

void ConnectionTab::showKeepState()
{
    if (!m_folderWatch) {
        m_keepStrip->hide();
        return;
    }
    QString state;
    switch (m_folderWatch->state()) {
    case edit::FolderWatch::State::Listing:
        state = tr("listing the server's folder …");
        break;
    case edit::FolderWatch::State::Idle:
        state = tr("up to date");
        break;
    case edit::FolderWatch::State::Working:
        state = tr("sending changes …");
        break;
    case edit::FolderWatch::State::Waiting:
        state = tr("the server cannot be reached; trying again soon");
        break;
    case edit::FolderWatch::State::Stopped:
        state = tr("stopped");
        break;
    }
    m_keepLabel->setText(
        tr("Keeping %1 up to date with %2: %3 (%n file(s) uploaded)", nullptr, m_folderWatch->uploads())
            .arg(m_folderWatch->remoteRoot().toString(), m_folderWatch->localRoot(), state));
    m_keepLabel->setAccessibleName(m_keepLabel->text());
    m_keepStrip->show();
}

void ConnectionTab::setEditSessions(edit::EditSessions *edits)
{
    m_edits = edits;
}

void ConnectionTab::viewOrEdit(bool edit)
{
    if (!m_edits || !m_remote->session())
        return;
    const QList<PaneMenus::Item> items = m_paneMenus->selection(m_remote);
    if (items.size() != 1 || items.first().isDir) {
        Q_EMIT statusMessage(tr("Select one file to view or edit"), 5000);
        return;
    }
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target)
        return;
    m_edits->open(m_remote->session(), *target, items.first().remotePath,
                  edit ? edit::EditSessions::Mode::Edit : edit::EditSessions::Mode::View);
    Q_EMIT statusMessage(tr("Downloading %1 to open it …").arg(items.first().name), 5000);
}

void ConnectionTab::setStatus(const QString &text, int timeoutMs)
{
    if (timeoutMs == 0)
        m_status = text;
    Q_EMIT statusMessage(text, timeoutMs);
}

void ConnectionTab::connectTo(const ConnectionSpec &spec)
{
    ++m_siteConnects; // a site still waiting for its password is not connected after this
    m_lookingUp = false;
    m_site.reset();
    m_siteStore = nullptr;
    connectWith(spec, {});
}

void ConnectionTab::connectToSite(const sites::Site &site, sites::SiteStore *store)
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
        m_lookingUp = false;
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
    m_lookingUp = true;
    m_pendingTitle = site.name;
    setStatus(tr("Looking up the password of %1 …").arg(site.name));
    Q_EMIT stateChanged();
    m_context.credentials.password(
        site.id, this, [this, go, name = site.name](Result<std::optional<QString>> password) {
            if (!password && password.error().kind() != remote::ErrorKind::Cancelled)
                Q_EMIT logged(tr("The stored password of %1 could not be read: %2")
                                  .arg(name, password.error().message()),
                              true);
            // Without it the server's password question is asked, as for any connection.
            go(password ? *password : std::nullopt);
        });
}

void ConnectionTab::closeSession()
{
    setKeepUpToDate(false);
    m_downgraded = false;
    m_connected.reset();
    m_syncBrowsing->setEnabled(false); // its remote folder is gone
    if (m_session) {
        m_remote->setSession(nullptr);
        m_context.sessions.closeSession(m_session);
        m_session = nullptr;
    }
}

void ConnectionTab::connectWith(const ConnectionSpec &spec, const remote::ConnectOptions &given)
{
    remote::ConnectOptions options = given;
    if (options.timeoutSeconds == remote::ConnectOptions().timeoutSeconds)
        options.timeoutSeconds = m_context.settings.connectTimeoutSeconds(); // Settings > Connection
    closeSession();
    m_prefilled = false;
    Session *session = m_context.sessions.openOwnSession(spec, options);
    m_session = session;
    m_lastSpec = spec;
    setStatus(tr("Connecting to %1 …").arg(spec.toUrl()));
    Q_EMIT stateChanged();
    ConnectJob *job = session->connectToServer();
    connect(job, &ConnectJob::finished, this, [this, session, spec](const Result<RemotePath> &home) {
        if (m_session != session)
            return; // replaced meanwhile
        if (!home.ok()) {
            if (home.error().kind() != remote::ErrorKind::Cancelled)
                setStatus(tr("Could not connect: %1").arg(home.error().message()));
            m_context.sessions.closeSession(session);
            m_session = nullptr;
            Q_EMIT stateChanged();
            return;
        }
        m_connected = spec;
        m_remote->setSession(session, spec.resolvedPath(home.value()));
        setStatus(tr("Connected to %1").arg(spec.toUrl()));
        Q_EMIT connected(spec);
        // An "FTP, TLS if available" site that ended up in plain text: said next to the
        // connection, with the one-click way to require TLS from now on.
        if (spec.protocol == remote::Protocol::Ftp && session->options().tlsIfAvailable &&
            !session->isEncrypted()) {
            Q_EMIT logged(tr("%1 is connected WITHOUT encryption: the server did not accept TLS, and this "
                             "site allows that (\"TLS if available\"), so it is not protected against a "
                             "downgrade.")
                              .arg(m_site ? m_site->name : spec.host),
                          true);
            m_downgraded = true;
        }
        Q_EMIT stateChanged();
    });
}

void ConnectionTab::prefill(const ConnectionSpec &spec)
{
    m_lastSpec = spec;
    m_prefilled = true;
    setStatus(tr("Not connected: Connect or Reconnect (Ctrl+R) opens %1").arg(url()));
    Q_EMIT stateChanged();
}

void ConnectionTab::reconnect()
{
    if (m_lastSpec)
        connectTo(*m_lastSpec);
}

void ConnectionTab::disconnectFromServer()
{
    ++m_siteConnects;
    m_lookingUp = false;
    m_prefilled = false;
    const bool had = m_session != nullptr;
    closeSession();
    if (had)
        setStatus(tr("Disconnected"));
    Q_EMIT stateChanged();
}

void ConnectionTab::requireTls()
{
    if (!m_site || !m_siteStore)
        return;
    // The stored site as it is now (another window or ferry-cli may have changed it).
    if (auto st = m_siteStore->reload(); !st) {
        Q_EMIT logged(tr("Could not change the site: %1").arg(st.error().message()), true);
        return;
    }
    std::optional<sites::Site> site = m_siteStore->byId(m_site->id);
    if (!site) {
        Q_EMIT logged(tr("Could not change the site: \"%1\" is no longer stored").arg(m_site->name), true);
        return;
    }
    site->protocol = remote::Protocol::Ftpes;
    site->tlsIfAvailable = false;
    if (auto st = m_siteStore->update(*site); !st) {
        Q_EMIT logged(tr("Could not change the site: %1").arg(st.error().message()), true);
        return;
    }
    Q_EMIT logged(
        tr("The site \"%1\" now requires TLS (explicit FTP over TLS); connecting again").arg(site->name),
        false);
    connectToSite(*site, m_siteStore);
}

void ConnectionTab::setSite(const sites::Site &site, sites::SiteStore *store)
{
    m_site = site; // bookmarks and Require TLS work on it from now on
    m_siteStore = store;
    Q_EMIT stateChanged();
}

void ConnectionTab::siteEdited(const sites::Site &site)
{
    if (m_site && m_site->id == site.id) {
        m_site = site;
        Q_EMIT stateChanged();
    }
}

std::optional<transfer::QueueTarget> ConnectionTab::queueTarget()
{
    if (!m_remote->session())
        return std::nullopt;
    const ConnectionSpec &spec = m_remote->session()->spec();
    transfer::QueueTarget target{session::SiteRef::fromSpec(spec).display(), m_remote->session()->options(),
                                 m_context.settings.partFiles(), m_context.settings.preserveTimes()};
    if (spec.hasPassword)
        m_context.queueSites.remember(target.site, spec.password);
    return target;
}

void ConnectionTab::uploadToRemote(const QStringList &localPaths, const RemotePath &folder, bool start)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target)
        return;
    const QList<transfer::QueueItem> items = transfer::uploadItems(*target, localPaths, folder.toString());
    if (items.isEmpty())
        return;
    Q_EMIT logged(tr("%n item(s) queued for upload to %1", nullptr, int(items.size())).arg(folder.toString()),
                  false);
    m_context.queue.add(items, start);
}

void ConnectionTab::uploadFromArchive(const ArchiveDrag &drag, const RemotePath &folder, bool start)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target)
        return;
    const QList<transfer::QueueItem> items =
        transfer::archiveUploadItems(*target, drag.archive, drag.members, folder.toString());
    if (items.isEmpty())
        return;
    Q_EMIT logged(tr("%n item(s) from %1 queued for upload to %2", nullptr, int(items.size()))
                      .arg(QFileInfo(drag.archive).fileName(), folder.toString()),
                  false);
    m_context.queue.add(items, start);
}

void ConnectionTab::downloadToLocal(const QList<transfer::RemoteSource> &sources, const QString &folder,
                                    bool start)
{
    const std::optional<transfer::QueueTarget> target = queueTarget();
    if (!target || folder.isEmpty())
        return;
    if (m_local->isInArchive() && folder == m_local->currentPath()) {
        // The local pane shows an archive: nothing goes into it (nor beside it unasked).
        Q_EMIT statusMessage(m_local->readOnlyMessage(), 10000);
        Q_EMIT logged(m_local->readOnlyMessage(), true);
        return;
    }
    const QList<transfer::QueueItem> items = transfer::downloadItems(*target, sources, folder);
    if (items.isEmpty())
        return;
    Q_EMIT logged(tr("%n item(s) queued for download to %1", nullptr, int(items.size())).arg(folder), false);
    m_context.queue.add(items, start);
}

void ConnectionTab::refreshAfterUploads(const QList<transfer::QueueItem> &items)
{
    if (!m_remote->session() || m_remoteRefresh->isActive())
        return;
    const QString shown = m_remote->currentPath().toString();
    const QString site = m_remote->session()->site().display();
    for (const transfer::QueueItem &item : items) {
        if (item.state != transfer::ItemState::Done)
            continue;
        const bool upload = item.direction == transfer::Direction::Upload && item.site == site &&
                            RemotePath(item.remotePath).parent().toString() == shown;
        const bool copy = item.direction == transfer::Direction::Copy && item.targetSite == site &&
                          RemotePath(item.targetPath).parent().toString() == shown;
        if (upload || copy) {
            m_remoteRefresh->start(); // one listing for a burst of files
            return;
        }
    }
}

void ConnectionTab::applySettings()
{
    const settings::AppSettings &s = m_context.settings;
    m_local->setShowHidden(s.showHidden());
    m_remote->setShowHidden(s.showHidden());
    m_paneMenus->setConfirmations(s.confirmDelete(), s.confirmMove());
}

void ConnectionTab::setTreeBeside(bool beside)
{
    m_local->setTreeBeside(beside);
    m_remote->setTreeBeside(beside);
}

void ConnectionTab::retranslate()
{
    // The status line from the connection's state, in the new language.
    if (const ConnectionSpec *spec = connectedSpec())
        m_status = tr("Connected to %1").arg(spec->toUrl());
    else if (isInUse() && m_lastSpec)
        m_status = tr("Connecting to %1 …").arg(m_lastSpec->toUrl());
    else
        m_status = tr("Not connected");
    retranslateEditActions();
    m_paneMenus->retranslate();
    m_compare->retranslate();
    Q_EMIT stateChanged(); // the title is made from tr() strings
}

SyncDialog *ConnectionTab::openSyncDialog()
{
    Session *session = m_remote->session();
    if (!session || !m_remote->fileModel()->hasListing())
        return nullptr;
    auto *dialog = new SyncDialog(*session, m_local->currentPath(), m_remote->currentPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &SyncDialog::runRequested, this,
        [this, session = QPointer<Session>(session)](const sync::SyncPlan &plan, const QString &localRoot,
                                                     const RemotePath &remoteRoot, bool remoteMissing) {
            const std::optional<transfer::QueueTarget> target = queueTarget();
            if (!session || !target || session != m_remote->session())
                return;
            sync::SyncRun::Request request;
            request.plan = plan;
            request.localRoot = localRoot;
            request.remoteRoot = remoteRoot;
            request.remoteMissing = remoteMissing;
            request.site = target->site;
            request.options.connect = transfer::connectOptionsToJson(target->options);
            request.options.usePartFile = target->usePartFile;
            request.options.preserveTime = target->preserveTime;
            request.recordFolder = sync::SyncRunRecord::defaultFolder(); // the deletes survive a crash
            auto *run = new sync::SyncRun(*session, m_context.queue, request, this);
            connect(run, &sync::SyncRun::finished, this, [this, run, session, remoteRoot] {
                run->deleteLater();
                if (run->error()) {
                    Q_EMIT logged(tr("Synchronize stopped: %1").arg(run->error()->message()), true);
                    Q_EMIT statusMessage(tr("Synchronize stopped: %1").arg(run->error()->message()), 10000);
                } else {
                    Q_EMIT logged(tr("Synchronized: %n file(s) copied", nullptr, run->copiesDone()), false);
                    Q_EMIT statusMessage(tr("Synchronized: %n file(s) copied", nullptr, run->copiesDone()),
                                         10000);
                }
                // Folders made and deleted beside the queue: both panes show them.
                if (session) {
                    session->invalidate(remoteRoot, true);
                    if (m_remote->session() == session)
                        m_remote->refresh();
                }
                m_local->refresh();
            });
            const int copies =
                plan.count(sync::SyncAction::Kind::Upload) + plan.count(sync::SyncAction::Kind::Download);
            Q_EMIT logged(tr("Synchronize %1 and %2: %n file(s) queued", nullptr, copies)
                              .arg(localRoot, remoteRoot.toString()),
                          false);
            run->start();
        });
    dialog->show();
    return dialog;
}

} // namespace ferry::ui
