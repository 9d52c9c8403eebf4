#include "panes/ArchiveFolderModel.h"

#include <QHash>
#include <QMimeData>
#include <QSet>

#include <algorithm>

#include "common/FileIcons.h"
#include "common/Format.h"
#include "panes/TransferMime.h"

namespace ferry::ui {

namespace {
remote::DirEntry shownEntry(const archive::ArchiveEntry &member)
{
    remote::DirEntry e;
    e.name = member.name();
    switch (member.type) {
    case archive::EntryType::File:
    case archive::EntryType::HardLink:
        e.type = remote::EntryType::File;
        break;
    case archive::EntryType::Folder:
        e.type = remote::EntryType::Dir;
        break;
    case archive::EntryType::Symlink:
        e.type = remote::EntryType::Link;
        break;
    case archive::EntryType::Other:
        e.type = remote::EntryType::Other;
        break;
    }
    if (member.size >= 0 && !member.isFolder())
        e.size = member.size;
    e.mtime = member.mtime;
    e.mtimeUtc = true;
    e.mtimePrecision = member.mtime.isValid() ? remote::MtimePrecision::Second : remote::MtimePrecision::None;
    if (!member.implied)
        e.mode = member.permissions;
    e.linkTarget = member.linkTarget;
    return e;
}
} // namespace

ArchiveFolderModel::ArchiveFolderModel(QObject *parent)
    : QAbstractTableModel(parent), m_folderIcon(FileIcons::folder()), m_linkIcon(FileIcons::link()),
      m_upIcon(FileIcons::up())
{}

void ArchiveFolderModel::setFolder(const QString &archivePath,
                                   std::shared_ptr<const archive::ArchiveTree> tree, const QString &folder)
{
    beginResetModel();
    m_archive = archivePath;
    m_tree = std::move(tree);
    m_folder = folder;
    m_rows.clear();
    if (m_tree) {
        for (const archive::ArchiveEntry *member : m_tree->children(folder))
            m_rows.append({member, shownEntry(*member)});
    }
    order();
    endResetModel();
}

void ArchiveFolderModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_tree.reset();
    m_archive.clear();
    m_folder.clear();
    endResetModel();
}

const archive::ArchiveEntry *ArchiveFolderModel::entryAt(int row) const
{
    if (!m_tree || row < 1 || row > m_rows.size())
        return nullptr;
    return m_rows.at(row - 1).member;
}

int ArchiveFolderModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_tree)
        return 0;
    return int(m_rows.size()) + 1;
}

int ArchiveFolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FileColumnCount;
}

QVariant ArchiveFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (isUpRow(index.row())) {
        if (index.column() != NameColumn)
            return {};
        if (role == Qt::DisplayRole)
            return QStringLiteral("..");
        if (role == Qt::DecorationRole)
            return m_upIcon;
        if (role == Qt::ToolTipRole)
            return m_folder.isEmpty() ? tr("Leave the archive") : tr("Parent folder");
        return {};
    }
    const Row &row = m_rows.at(index.row() - 1);
    const remote::DirEntry &e = row.shown;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case SizeColumn:
            return e.size ? humanSize(*e.size) : QString();
        case TypeColumn:
            return typeText(e);
        case ModifiedColumn:
            return modifiedText(e);
        case PermissionsColumn:
            return e.mode ? remote::DirEntry::permissionsFromMode(*e.mode) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (e.isDir())
            return m_folderIcon;
        return e.type == remote::EntryType::Link ? m_linkIcon : FileIcons::forFileName(e.name);
    case Qt::ToolTipRole:
        if (row.member->encrypted)
            return tr("%1 (encrypted)").arg(e.name);
        if (e.type == remote::EntryType::Link)
            return tr("%1 → %2").arg(e.name, e.linkTarget);
        return e.name;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ArchiveFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fileColumnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ArchiveFolderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!isUpRow(index.row()))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

void ArchiveFolderModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<const archive::ArchiveEntry *> members;
    for (const QModelIndex &index : before)
        members.append(entryAt(index.row()));
    this->order();
    QHash<const archive::ArchiveEntry *, int> where;
    for (int i = 0; i < m_rows.size(); ++i)
        where.insert(m_rows.at(i).member, i + 1);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(members.at(i) ? index(where.value(members.at(i)), before.at(i).column()) : before.at(i));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArchiveFolderModel::order()
{
    // As the local pane sorts: folders first in either order, names case-insensitively.
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [column, descending](const Row &a, const Row &b) {
        if (a.shown.isDir() != b.shown.isDir())
            return a.shown.isDir();
        int c = 0;
        switch (column) {
        case SizeColumn:
            c = a.shown.size.value_or(-1) < b.shown.size.value_or(-1)
                    ? -1
                    : (a.shown.size.value_or(-1) > b.shown.size.value_or(-1) ? 1 : 0);
            break;
        case ModifiedColumn:
            c = a.shown.mtime < b.shown.mtime ? -1 : (b.shown.mtime < a.shown.mtime ? 1 : 0);
            break;
        case TypeColumn:
            c = typeText(a.shown).localeAwareCompare(typeText(b.shown));
            break;
        default:
            break;
        }
        if (c == 0)
            c = a.shown.name.compare(b.shown.name, Qt::CaseInsensitive);
        return descending ? c > 0 : c < 0;
    });
}

QStringList ArchiveFolderModel::mimeTypes() const
{
    return {kArchiveMembersMime};
}

QMimeData *ArchiveFolderModel::mimeData(const QModelIndexList &indexes) const
{
    ArchiveDrag drag;
    drag.archive = m_archive;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        const archive::ArchiveEntry *member = entryAt(index.row());
        if (!member || (member->type != archive::EntryType::File && !member->isFolder()))
            continue; // links and special files are not copied out of archives
        drag.members.append({member->path, member->isFolder(), member->isFolder() ? -1 : member->size});
    }
    if (drag.members.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kArchiveMembersMime, archiveMembersJson(drag));
    return data;
}

Qt::DropActions ArchiveFolderModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions ArchiveFolderModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool ArchiveFolderModel::canDropMimeData(const QMimeData *, Qt::DropAction, int, int,
                                         const QModelIndex &) const
{
    return false; // read-only
}

} // namespace ferry::ui
