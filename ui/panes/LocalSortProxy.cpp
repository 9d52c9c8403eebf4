#include "panes/LocalSortProxy.h"

#include <QDir>
#include <QMimeData>

#include "common/Format.h"
#include "compare/CompareColors.h"
#include "panes/LocalFileModel.h"

namespace ferry::ui {

LocalSortProxy::LocalSortProxy(LocalFileModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool LocalSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The result is inverted for a descending sort, so what must stay on top whatever the
    // order is expressed relative to it.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const bool upLeft = LocalFileModel::isUpEntry(left.siblingAtColumn(0));
    const bool upRight = LocalFileModel::isUpEntry(right.siblingAtColumn(0));
    if (upLeft != upRight)
        return ascending ? upLeft : upRight;
    const bool dirLeft = m_source->isDir(left);
    const bool dirRight = m_source->isDir(right);
    if (dirLeft != dirRight)
        return ascending ? dirLeft : dirRight;
    int c = 0;
    switch (left.column()) {
    case SizeColumn: {
        const qint64 a = m_source->size(left), b = m_source->size(right);
        c = a < b ? -1 : (a > b ? 1 : 0);
        break;
    }
    case ModifiedColumn: {
        const QDateTime a = m_source->lastModified(left), b = m_source->lastModified(right);
        c = a < b ? -1 : (b < a ? 1 : 0);
        break;
    }
    case NameColumn:
        break;
    default:
        c = left.data().toString().compare(right.data().toString(), Qt::CaseInsensitive);
        break;
    }
    if (c == 0) {
        const QString a = m_source->fileName(left), b = m_source->fileName(right);
        c = a.compare(b, Qt::CaseInsensitive);
        if (c == 0)
            c = a.compare(b, Qt::CaseSensitive);
    }
    return c < 0;
}

void LocalSortProxy::setCompareMarks(const QString &folder,
                                     const QHash<QString, sync::FolderComparison::Mark> &marks,
                                     bool hideIdentical)
{
    if (folder == m_compareFolder && marks == m_marks && hideIdentical == m_hideIdentical)
        return;
    const bool refilter = hideIdentical != m_hideIdentical || (hideIdentical && marks != m_marks) ||
                          (hideIdentical && folder != m_compareFolder);
    m_compareFolder = folder;
    m_marks = marks;
    m_hideIdentical = hideIdentical;
    if (refilter)
        invalidateRowsFilter();
    const QModelIndex root = mapFromSource(m_source->index(folder));
    const int rows = rowCount(root);
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0, root), index(rows - 1, columnCount(root) - 1, root),
                           {Qt::BackgroundRole, Qt::ToolTipRole, kCompareMarkRole});
}

sync::FolderComparison::Mark LocalSortProxy::markOf(const QModelIndex &sourceIndex) const
{
    if (m_marks.isEmpty() || !sourceIndex.isValid())
        return sync::FolderComparison::Mark::None;
    const QModelIndex name = sourceIndex.siblingAtColumn(0);
    if (LocalFileModel::isUpEntry(name) || m_source->filePath(name.parent()) != m_compareFolder)
        return sync::FolderComparison::Mark::None;
    return m_marks.value(m_source->fileName(name), sync::FolderComparison::Mark::None);
}

QVariant LocalSortProxy::data(const QModelIndex &index, int role) const
{
    if (role == kCompareMarkRole)
        return int(markOf(mapToSource(index)));
    if (role == Qt::BackgroundRole && !m_marks.isEmpty()) {
        const QColor color = compareBackground(markOf(mapToSource(index)));
        if (color.isValid())
            return color;
    }
    if (role == Qt::ToolTipRole && !m_marks.isEmpty() && index.column() == NameColumn) {
        const QString text = compareMarkText(markOf(mapToSource(index)));
        if (!text.isEmpty())
            return text;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool LocalSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_hideIdentical || m_marks.isEmpty())
        return true;
    return markOf(m_source->index(sourceRow, 0, sourceParent)) != sync::FolderComparison::Mark::Identical;
}

Qt::ItemFlags LocalSortProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags =
        QSortFilterProxyModel::flags(index) & ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    const QModelIndex source = mapToSource(index);
    if (!index.isValid() || LocalFileModel::isUpEntry(source.siblingAtColumn(0)))
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled;
    if (m_source->isDir(source))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList LocalSortProxy::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), kRemoteEntriesMime, kArchiveMembersMime};
}

Qt::DropActions LocalSortProxy::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions LocalSortProxy::supportedDropActions() const
{
    return Qt::CopyAction;
}

QString LocalSortProxy::dropFolder(const QModelIndex &parent) const
{
    const QModelIndex source = mapToSource(parent.siblingAtColumn(0));
    if (!source.isValid())
        return m_source->rootPath();
    if (LocalFileModel::isUpEntry(source))
        return QDir::cleanPath(m_source->filePath(source.parent()) + QStringLiteral("/.."));
    return m_source->isDir(source) ? m_source->filePath(source) : QString();
}

bool LocalSortProxy::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                     const QModelIndex &parent) const
{
    // Between two rows (Qt's view makes a drop on a row that takes none, a file, into
    // one between rows): no folder is meant, so nothing happens.
    if (row >= 0)
        return false;
    // Remote entries only: local files dropped here would be a local copy, which is not
    // what this pane is for.
    // Members of an archive another local pane shows: extracted here.
    if (data && data->hasFormat(kArchiveMembersMime))
        return !archiveMembersOf(data).members.isEmpty() && !dropFolder(parent).isEmpty();
    return data && data->hasFormat(kRemoteEntriesMime) && !dropFolder(parent).isEmpty();
}

bool LocalSortProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(kArchiveMembersMime)) {
        Q_EMIT archiveMembersDropped(archiveMembersOf(data), dropFolder(parent));
        return true;
    }
    const RemoteDrag drag = remoteEntriesOf(data);
    if (drag.sources.isEmpty())
        return false;
    Q_EMIT remoteEntriesDropped(drag, dropFolder(parent));
    return true;
}

} // namespace ferry::ui
