#include "panes/LocalFileModel.h"

#include "common/FileIcons.h"
#include "common/Format.h"

namespace ferry::ui {

LocalFileModel::LocalFileModel(QObject *parent) : QFileSystemModel(parent)
{
    setFilter(QDir::AllEntries | QDir::AllDirs | QDir::NoDot | QDir::System);
    setReadOnly(true);
    setIconProvider(LocalIconProvider::shared());
}

int LocalFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : FileColumnCount;
}

QVariant LocalFileModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid() && index.column() == NameColumn && isUpEntry(index))
        return FileIcons::up(); // the remote pane's ".." icon
    if (index.isValid() && index.column() == SizeColumn && role == Qt::DisplayRole) {
        // The same units as the remote pane.
        if (isDir(index))
            return QString();
        return humanSize(size(index));
    }
    if (index.isValid() && index.column() == ModifiedColumn && role == Qt::DisplayRole) {
        // The same form as the remote pane, so the two sides compare at a glance.
        const QDateTime time = lastModified(index);
        return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    }
    if (!index.isValid() || index.column() < PermissionsColumn)
        return QFileSystemModel::data(index, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QFileInfo info = fileInfo(index.siblingAtColumn(0));
    if (index.column() == PermissionsColumn)
        return permissionsText(info.permissions());
    return ownerText(info.owner(), info.group());
}

QVariant LocalFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fileColumnTitle(section);
    return QFileSystemModel::headerData(section, orientation, role);
}

QModelIndex LocalFileModel::sibling(int row, int column, const QModelIndex &index) const
{
    // QFileSystemModel's own sibling() knows only its four columns.
    if (row == index.row() && column >= PermissionsColumn && column < FileColumnCount)
        return createIndex(row, column, index.internalPointer());
    return QFileSystemModel::sibling(row, column, index);
}

} // namespace ferry::ui
