#include "panes/RemotePane.h"

#include "transfer/QueueSites.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>

#include "panes/PathBar.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemoteTreeModel.h"
#include "session/Session.h"

namespace ferry::ui {

using remote::Listing;
using remote::RemotePath;
using remote::Result;
using session::ListJob;
using session::Session;

RemotePane::RemotePane(QWidget *parent)
    : FilePane(tr("Remote"), parent), m_files(new RemoteFileModel(this)), m_tree(new RemoteTreeModel(this))
{
    setObjectName(QStringLiteral("remotePane"));
    setModels(m_tree, m_files);
    connect(m_files, &RemoteFileModel::totalsChanged, this, [this] { updateStatus(); });
    connect(m_files, &RemoteFileModel::localFilesDropped, this, &RemotePane::uploadRequested);
    connect(m_files, &RemoteFileModel::archiveMembersDropped, this, &RemotePane::archiveUploadRequested);
    connect(m_files, &RemoteFileModel::moveRequested, this, &RemotePane::moveRequested);
    connect(m_tree, &RemoteTreeModel::moveRequested, this, &RemotePane::moveRequested);
    connect(m_files, &RemoteFileModel::copyRequested, this, &RemotePane::copyRequested);
    connect(m_tree, &RemoteTreeModel::copyRequested, this, &RemotePane::copyRequested);
    m_files->setDragOrigin(paneOrigin(this));
    m_tree->setDragOrigin(paneOrigin(this));
    connect(m_files, &RemoteFileModel::directSaveRequested, this, &RemotePane::downloadToFolderRequested);
    connect(m_files, &RemoteFileModel::dragMessage, this, &RemotePane::dragMessage);
    // The tree takes drops too (moves onto its folders); it starts no drags.
    folderTree()->setAcceptDrops(true);
    folderTree()->setDragDropMode(QAbstractItemView::DropOnly);
    folderTree()->setDropIndicatorShown(true);
    folderTree()->setDragDropOverwriteMode(true);
    folderTree()->setDefaultDropAction(Qt::CopyAction);
    connect(m_files, &RemoteFileModel::loadingChanged, this, [this] { updateBusy(); });
    connect(m_tree, &RemoteTreeModel::folderNeeded, this,
            [this](const RemotePath &path) { listForTree(path); });
    // Said in the middle of the empty list while there is no connection.
    m_notConnected = new QLabel(tr("Not connected"), fileList()->viewport());
    m_notConnected->setObjectName(QStringLiteral("notConnectedLabel"));
    m_notConnected->setAlignment(Qt::AlignCenter);
    m_notConnected->setEnabled(false);
    fileList()->viewport()->installEventFilter(this);
    setEnabled(false);
    showMessage(tr("Not connected"));
}

void RemotePane::retranslate()
{
    setPaneName(tr("Remote"));
    m_notConnected->setText(tr("Not connected"));
    if (!m_session)
        showMessage(tr("Not connected"));
    FilePane::retranslate();
}

bool RemotePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == fileList()->viewport() && event->type() == QEvent::Resize)
        m_notConnected->setGeometry(fileList()->viewport()->rect());
    return FilePane::eventFilter(watched, event);
}

void RemotePane::setSession(Session *session, const RemotePath &start)
{
    if (m_pending)
        m_pending->cancel();
    if (m_session)
        disconnect(m_session, &Session::foldersChanged, this, nullptr);
    m_session = session;
    m_files->setDragSite(session ? session->site().display() : QString());
    m_tree->setDragSite(session ? session->site().display() : QString());
    m_files->clear();
    m_tree->clear();
    m_path = RemotePath();
    setEnabled(session != nullptr);
    m_notConnected->setVisible(session == nullptr);
    if (session) {
        // An operation changed folders (cache dropped already): list the one shown again.
        connect(session, &Session::foldersChanged, this, [this](const QList<RemotePath> &folders) {
            if (m_files->hasListing() && folders.contains(m_path))
                openFolder(m_path);
            for (const RemotePath &folder : folders) {
                if (folder != m_path && m_tree->indexOf(folder).isValid())
                    listForTree(folder);
            }
        });
    }
    if (!session) {
        pathBar()->setEditText(QString());
        showMessage(tr("Not connected"));
        updateBusy();
        return;
    }
    openFolder(start);
}

void RemotePane::openFolder(const RemotePath &path, bool reload)
{
    if (!m_session)
        return;
    if (m_pending)
        m_pending->cancel();
    ListJob *job =
        m_session->list(path, reload ? Session::CachePolicy::Reload : Session::CachePolicy::UseCache);
    m_pending = job;
    showMessage(tr("Loading %1 …").arg(path.toString()));
    connect(job, &ListJob::finished, this, [this, job](const Result<Listing> &result) {
        const bool current = m_pending == job;
        if (current)
            m_pending = nullptr;
        if (result.ok())
            m_tree->setListing(result.value());
        if (!current) {
            updateBusy();
            return;
        }
        if (!result.ok()) {
            updateBusy();
            if (result.error().kind() == remote::ErrorKind::Cancelled)
                return;
            showMessage(tr("Could not open %1: %2").arg(job->path().toString(), result.error().message()));
            pathBar()->setEditText(m_path.toString());
            Q_EMIT folderFailed(job->path(), result.error().message());
            return;
        }
        m_path = result->path;
        fileList()->selectionModel()->clear();
        m_files->setListing(result.value());
        pathBar()->setPath(m_path.toString());
        const QModelIndex treeIndex = m_tree->indexOf(m_path);
        folderTree()->expand(treeIndex);
        showTreeRow(treeIndex);
        fileList()->scrollToTop();
        updateBusy();
        updateStatus();
        Q_EMIT folderOpened(m_path);
    });
    updateBusy();
}

void RemotePane::listForTree(const RemotePath &path)
{
    if (!m_session)
        return;
    ListJob *job = m_session->list(path);
    connect(job, &ListJob::finished, this, [this](const Result<Listing> &result) {
        if (result.ok())
            m_tree->setListing(result.value());
    });
}

void RemotePane::goUp()
{
    if (m_session && !m_path.isRoot())
        openFolder(m_path.parent());
}

void RemotePane::refresh()
{
    openFolder(m_path, true);
}

void RemotePane::activateListRow(const QModelIndex &index)
{
    if (m_files->isUpRow(index.row())) {
        goUp();
        return;
    }
    const remote::DirEntry *entry = m_files->entryAt(index.row());
    if (!entry || !RemotePath::isSafeName(entry->name))
        return;
    if (entry->isDir())
        openFolder(m_files->path().child(entry->name));
    else // FileZilla's default: a file goes to the other pane's folder
        Q_EMIT downloadRequested({transfer::RemoteSource{m_files->path().child(entry->name).toString(), false,
                                                         entry->size.value_or(-1)}});
}

void RemotePane::activateTreeRow(const QModelIndex &index)
{
    const RemotePath path = m_tree->pathOf(index);
    if (path != m_path)
        openFolder(path);
}

void RemotePane::openTypedPath(const QString &path)
{
    if (path.isEmpty())
        return;
    openFolder(m_path.resolved(path));
}

void RemotePane::updateBusy()
{
    setBusy(m_pending != nullptr || m_files->isLoading());
}

void RemotePane::updateStatus()
{
    if (!m_files->hasListing())
        return;
    Totals all{m_files->shownFolders(), m_files->shownFiles(), m_files->shownBytes()};
    Totals selected;
    int count = 0;
    const QModelIndexList rows = fileList()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const remote::DirEntry *entry = m_files->entryAt(index.row());
        if (!entry)
            continue;
        ++count;
        if (entry->isDir()) {
            ++selected.folders;
        } else {
            ++selected.files;
            selected.bytes += entry->size.value_or(0);
        }
    }
    showTotals(all, selected, count);
}

void RemotePane::setShowHidden(bool show)
{
    m_files->setShowHidden(show);
    m_tree->setShowHidden(show);
}

} // namespace ferry::ui
