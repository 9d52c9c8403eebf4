#include "panes/LocalPane.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>
#include <QTreeView>

#include "archive/Archive.h"
#include "panes/ArchiveFolderModel.h"
#include "panes/LocalFileModel.h"
#include "panes/LocalSortProxy.h"
#include "panes/PathBar.h"
#include "util/BackgroundTask.h"

namespace ferry::ui {

LocalPane::LocalPane(QWidget *parent)
    : FilePane(tr("Local"), parent), m_treeModel(new QFileSystemModel(this)),
      m_files(new LocalFileModel(this)), m_proxy(new LocalSortProxy(m_files, this)),
      m_archiveModel(new ArchiveFolderModel(this))
{
    setObjectName(QStringLiteral("localPane"));
    m_treeModel->setFilter(QDir::AllDirs | QDir::NoDotAndDotDot | QDir::Drives);
    m_treeModel->setReadOnly(true);
    m_treeModel->setIconProvider(LocalIconProvider::shared());
    m_treeModel->setRootPath(QDir::rootPath());
    setModels(m_treeModel, m_proxy);
    for (int column = 1; column < m_treeModel->columnCount(); ++column)
        folderTree()->hideColumn(column);

    connect(m_files, &QFileSystemModel::directoryLoaded, this, [this] { scheduleStatus(); });
    connect(m_proxy, &LocalSortProxy::remoteEntriesDropped, this, &LocalPane::downloadRequested);
    connect(m_proxy, &LocalSortProxy::archiveMembersDropped, this, &LocalPane::extractRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { scheduleStatus(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { scheduleStatus(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { scheduleStatus(); });
}

LocalPane::~LocalPane()
{
    m_listingCancel.cancel(); // a listing still being read stops at its next header
}

void LocalPane::retranslate()
{
    setPaneName(tr("Local"));
    if (isInArchive())
        setBadge(tr("Read-only"), readOnlyMessage());
    FilePane::retranslate();
}

QString LocalPane::readOnlyMessage() const
{
    return tr("%1 is an archive, shown read-only: files cannot be renamed, deleted or added here")
        .arg(QFileInfo(m_archive).fileName());
}

bool LocalPane::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable()) {
        showMessage(tr("Cannot open %1: not a readable folder").arg(path));
        return false;
    }
    m_error.clear();
    leaveArchive();
    m_path = QDir::cleanPath(info.absoluteFilePath());
    const QModelIndex sourceRoot = m_files->setRootPath(m_path);
    fileList()->setRootIndex(m_proxy->mapFromSource(sourceRoot));
    fileList()->selectionModel()->clear();
    const QModelIndex treeIndex = m_treeModel->index(m_path);
    // Only the path down to the folder is opened (from "/"), nothing beside it.
    for (QModelIndex up = treeIndex.parent(); up.isValid(); up = up.parent())
        folderTree()->expand(up);
    showTreeRow(treeIndex);
    pathBar()->setPath(QDir::toNativeSeparators(m_path));
    scheduleStatus();
    Q_EMIT folderChanged(m_path);
    return true;
}

void LocalPane::leaveArchive()
{
    if (m_archive.isEmpty())
        return;
    m_listingCancel.cancel();
    ++m_listingGeneration; // a listing still on its way is not shown
    m_archive.clear();
    m_archiveFolder.clear();
    m_tree.reset(); // read again when opened again: it may have changed meanwhile
    m_treeKey.clear();
    m_archiveModel->clear();
    setListModel(m_proxy);
    setBadge(QString(), QString());
    setBusy(false);
}

void LocalPane::openArchive(const QString &archivePath, const QString &folder)
{
    const QFileInfo info(archivePath);
    if (!info.isFile() || !info.isReadable()) {
        showMessage(tr("Cannot open %1: not a readable file").arg(archivePath));
        return;
    }
    const QString archive = QDir::cleanPath(info.absoluteFilePath());
    const QString key = archive + QLatin1Char('\n') + QString::number(info.size()) + QLatin1Char('\n') +
                        QString::number(info.lastModified().toMSecsSinceEpoch());
    m_error.clear();
    if (m_archive != archive) {
        leaveArchive();
        m_path = info.absolutePath();
        const QModelIndex treeIndex = m_treeModel->index(m_path);
        for (QModelIndex up = treeIndex.parent(); up.isValid(); up = up.parent())
            folderTree()->expand(up);
        showTreeRow(treeIndex);
        m_archive = archive;
        m_archiveModel->clear();
        setListModel(m_archiveModel);
        setBadge(tr("Read-only"), readOnlyMessage());
    }
    if (m_tree && m_treeKey == key) {
        showArchiveFolder(folder);
        return;
    }
    // Read once, on a worker thread: a big compressed archive takes seconds.
    m_tree.reset();
    m_treeKey = key;
    m_archiveFolder = folder;
    m_listingCancel.cancel();
    m_listingCancel = remote::CancelToken();
    const quint64 generation = ++m_listingGeneration;
    pathBar()->setPath(
        QDir::toNativeSeparators(folder.isEmpty() ? archive : archive + QLatin1Char('/') + folder));
    setBusy(true);
    showMessage(tr("Reading %1 …").arg(info.fileName()));
    using Listed = std::shared_ptr<remote::Result<archive::ArchiveTree>>;
    util::runInBackground(
        this,
        [archive, cancel = m_listingCancel]() -> Listed {
            return std::make_shared<remote::Result<archive::ArchiveTree>>(
                archive::listArchive(archive, cancel));
        },
        [this, generation, archive, folder](Listed listed) {
            archiveListed(generation, archive, folder, listed);
        });
}

void LocalPane::archiveListed(quint64 generation, const QString &archivePath, const QString &folder,
                              const std::shared_ptr<remote::Result<archive::ArchiveTree>> &result)
{
    if (generation != m_listingGeneration || archivePath != m_archive)
        return; // left meanwhile, or another listing asked for
    setBusy(false);
    if (!result->ok()) {
        // As Dolphin does: the folder the archive is in stays, the reason in the status line.
        const QString message =
            tr("Cannot open %1: %2").arg(QFileInfo(archivePath).fileName(), result->error().message());
        openFolder(m_path);
        m_error = message;
        showMessage(message);
        Q_EMIT archiveLoaded(false, message);
        return;
    }
    m_tree = std::make_shared<const archive::ArchiveTree>(std::move(result->value()));
    showArchiveFolder(folder);
    Q_EMIT archiveLoaded(true, QString());
}

void LocalPane::showArchiveFolder(const QString &folder)
{
    QString shown = folder;
    const archive::ArchiveEntry *entry = shown.isEmpty() ? nullptr : m_tree->find(shown);
    if (!shown.isEmpty() && (!entry || !entry->isFolder())) {
        showMessage(tr("%1 has no folder %2").arg(QFileInfo(m_archive).fileName(), folder));
        shown = m_archiveModel->tree() ? m_archiveFolder : QString();
    }
    m_archiveFolder = shown;
    m_archiveModel->setFolder(m_archive, m_tree, shown);
    fileList()->setRootIndex({});
    fileList()->selectionModel()->clear();
    pathBar()->setPath(
        QDir::toNativeSeparators(shown.isEmpty() ? m_archive : m_archive + QLatin1Char('/') + shown));
    updateStatus(); // the rows are all there: no folder loading to wait for
    Q_EMIT folderChanged(m_path);
}

void LocalPane::goUp()
{
    if (isInArchive()) {
        if (m_archiveFolder.isEmpty() || !m_tree) {
            const QString archive = m_archive;
            openFolder(m_path);
            // The archive left is the current row, as a file manager does after "..".
            const QModelIndex row = m_proxy->mapFromSource(m_files->index(archive));
            if (row.isValid())
                fileList()->setCurrentIndex(row);
            return;
        }
        const qsizetype slash = m_archiveFolder.lastIndexOf(QLatin1Char('/'));
        showArchiveFolder(slash < 0 ? QString() : m_archiveFolder.left(slash));
        return;
    }
    QDir dir(m_path);
    if (dir.cdUp())
        openFolder(dir.absolutePath());
}

void LocalPane::refresh()
{
    if (isInArchive()) {
        m_treeKey.clear(); // read the archive again
        openArchive(m_archive, m_archiveFolder);
        return;
    }
    // QFileSystemModel watches folders; re-rooting also rereads one that changed unseen.
    const QString path = m_path;
    m_files->setRootPath(QString());
    openFolder(path);
}

void LocalPane::activateListRow(const QModelIndex &index)
{
    if (isInArchive()) {
        if (m_archiveModel->isUpRow(index.row())) {
            goUp();
            return;
        }
        const archive::ArchiveEntry *entry = m_archiveModel->entryAt(index.row());
        if (!entry)
            return;
        if (entry->isFolder())
            showArchiveFolder(entry->path);
        else if (entry->type == archive::EntryType::File)
            Q_EMIT archiveUploadRequested({m_archive, {{entry->path, false, entry->size}}});
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(index.siblingAtColumn(0));
    if (LocalFileModel::isUpEntry(source)) {
        goUp();
        return;
    }
    if (m_files->isDir(source))
        openFolder(m_files->filePath(source));
    else if (archive::looksLikeArchive(m_files->fileName(source)))
        openArchive(m_files->filePath(source)); // like a folder, as Dolphin and Ark do
    else                                        // FileZilla's default: a file goes to the other pane's folder
        Q_EMIT uploadRequested({m_files->filePath(source)});
}

void LocalPane::activateTreeRow(const QModelIndex &index)
{
    const QString path = m_treeModel->filePath(index);
    if (!path.isEmpty() && (QDir::cleanPath(path) != m_path || isInArchive()))
        openFolder(path);
}

void LocalPane::openTypedPath(const QString &path)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    // A path into an archive ("/home/u/a.zip/docs") opens the archive there.
    if (!QFileInfo(expanded).isDir()) {
        if (const auto inside = archive::splitFolderPath(QDir::fromNativeSeparators(expanded));
            inside && (!inside->member.isEmpty() || archive::looksLikeArchive(inside->archive))) {
            openArchive(inside->archive, inside->member);
            return;
        }
    }
    if (!openFolder(expanded))
        pathBar()->setEditText(pathBar()->itemText(0));
}

void LocalPane::scheduleStatus()
{
    if (m_statusPending)
        return;
    m_statusPending = true;
    QTimer::singleShot(0, this, [this] {
        m_statusPending = false;
        updateStatus();
    });
}

void LocalPane::updateStatus()
{
    if (!m_error.isEmpty()) {
        showMessage(m_error);
        return;
    }
    if (isInArchive()) {
        if (!m_archiveModel->tree())
            return; // "Reading …" stays
        Totals all;
        Totals selected;
        int count = 0;
        const auto add = [](Totals &totals, const archive::ArchiveEntry *entry) {
            if (entry->isFolder()) {
                ++totals.folders;
            } else {
                ++totals.files;
                totals.bytes += std::max<qint64>(entry->size, 0);
            }
        };
        for (int row = 0; row < m_archiveModel->rowCount(); ++row) {
            if (const archive::ArchiveEntry *entry = m_archiveModel->entryAt(row))
                add(all, entry);
        }
        for (const QModelIndex &index : fileList()->selectionModel()->selectedRows()) {
            if (const archive::ArchiveEntry *entry = m_archiveModel->entryAt(index.row())) {
                add(selected, entry);
                ++count;
            }
        }
        showTotals(all, selected, count);
        return;
    }
    const QModelIndex root = fileList()->rootIndex();
    Totals all;
    const int rows = m_proxy->rowCount(root);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0, root));
        if (LocalFileModel::isUpEntry(source))
            continue;
        if (m_files->isDir(source)) {
            ++all.folders;
        } else {
            ++all.files;
            all.bytes += m_files->size(source);
        }
    }
    Totals selected;
    int count = 0;
    const QModelIndexList rowsSelected = fileList()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rowsSelected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (LocalFileModel::isUpEntry(source))
            continue;
        ++count;
        if (m_files->isDir(source)) {
            ++selected.folders;
        } else {
            ++selected.files;
            selected.bytes += m_files->size(source);
        }
    }
    showTotals(all, selected, count);
}

void LocalPane::setShowHidden(bool show)
{
    for (QFileSystemModel *model : {static_cast<QFileSystemModel *>(m_files), m_treeModel}) {
        const QDir::Filters filters = model->filter();
        const QDir::Filters wanted = show ? (filters | QDir::Hidden) : (filters & ~QDir::Hidden);
        if (wanted != filters)
            model->setFilter(wanted);
    }
}

} // namespace ferry::ui
