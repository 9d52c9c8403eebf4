#include "panes/LocalPane.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>
#include <QTreeView>

#include "panes/LocalFileModel.h"
#include "panes/LocalSortProxy.h"
#include "panes/PathBar.h"

namespace ferry::ui {

LocalPane::LocalPane(QWidget *parent)
    : FilePane(tr("Local"), parent), m_treeModel(new QFileSystemModel(this)),
      m_files(new LocalFileModel(this)), m_proxy(new LocalSortProxy(m_files, this))
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
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { scheduleStatus(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { scheduleStatus(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { scheduleStatus(); });
}

void LocalPane::retranslate()
{
    setPaneName(tr("Local"));
    FilePane::retranslate();
}

bool LocalPane::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable()) {
        showMessage(tr("Cannot open %1: not a readable folder").arg(path));
        return false;
    }
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

void LocalPane::goUp()
{
    QDir dir(m_path);
    if (dir.cdUp())
        openFolder(dir.absolutePath());
}

void LocalPane::refresh()
{
    // QFileSystemModel watches folders; re-rooting also rereads one that changed unseen.
    const QString path = m_path;
    m_files->setRootPath(QString());
    openFolder(path);
}

void LocalPane::activateListRow(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index.siblingAtColumn(0));
    if (LocalFileModel::isUpEntry(source)) {
        goUp();
        return;
    }
    if (m_files->isDir(source))
        openFolder(m_files->filePath(source));
    else // FileZilla's default: a file goes to the other pane's folder
        Q_EMIT uploadRequested({m_files->filePath(source)});
}

void LocalPane::activateTreeRow(const QModelIndex &index)
{
    const QString path = m_treeModel->filePath(index);
    if (!path.isEmpty() && QDir::cleanPath(path) != m_path)
        openFolder(path);
}

void LocalPane::openTypedPath(const QString &path)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    if (!openFolder(expanded))
        pathBar()->setEditText(QDir::toNativeSeparators(m_path));
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
