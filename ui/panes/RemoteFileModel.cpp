#include "panes/RemoteFileModel.h"

#include <QApplication>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>

#include "common/FileIcons.h"
#include "common/Format.h"
#include "compare/CompareColors.h"
#include "panes/RemoteDragData.h"
#include "panes/TransferMime.h"
#include "util/BackgroundTask.h"

namespace ferry::ui {

using remote::DirEntry;
using remote::EntryType;

RemoteFileModel::RemoteFileModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &RemoteFileModel::insertNextBatch);
    m_folderIcon = FileIcons::folder();
    m_linkIcon = FileIcons::link();
    m_upIcon = FileIcons::up();
    // The MIME database and the icon theme are read on first use: here, not while a big
    // listing goes in.
    (void)FileIcons::forFileName(QStringLiteral("warm-up.txt"));
}

void RemoteFileModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (m_hasListing)
        setListing(remote::Listing(m_full));
}

void RemoteFileModel::setListing(const remote::Listing &listing)
{
    beginResetModel();
    m_full = listing;
    m_listing = listing;
    if (!m_showHidden) {
        const auto hidden = [](const remote::DirEntry &e) {
            return e.name.startsWith(QLatin1Char('.'));
        };
        if (std::any_of(listing.entries.cbegin(), listing.entries.cend(), hidden))
            m_listing.entries.removeIf(hidden);
    }
    if (m_hideIdentical && !m_marks.isEmpty() && listing.path == m_compareFolder) {
        m_listing.entries.removeIf([this](const remote::DirEntry &e) {
            return m_marks.value(e.name) == sync::FolderComparison::Mark::Identical;
        });
    }
    m_hasListing = true;
    m_hasUp = !listing.path.isRoot(); // the up row is there from the start
    m_order.clear();
    m_shown = 0;
    m_folders = m_files = 0;
    m_bytes = 0;
    endResetModel();
    Q_EMIT totalsChanged();
    startLoading();
}

QList<remote::DirEntry> RemoteFileModel::comparableEntries() const
{
    QList<remote::DirEntry> entries = m_full.entries;
    if (!m_showHidden)
        entries.removeIf([](const remote::DirEntry &e) { return e.name.startsWith(QLatin1Char('.')); });
    return entries;
}

void RemoteFileModel::setCompareMarks(const remote::RemotePath &folder,
                                      const QHash<QString, sync::FolderComparison::Mark> &marks,
                                      bool hideIdentical)
{
    if (folder == m_compareFolder && marks == m_marks && hideIdentical == m_hideIdentical)
        return;
    const auto identical = [](const QHash<QString, sync::FolderComparison::Mark> &m) {
        QStringList names;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (it.value() == sync::FolderComparison::Mark::Identical)
                names.append(it.key());
        }
        names.sort();
        return names;
    };
    // Rows come and go only when what is hidden changes.
    const bool wasHiding = m_hideIdentical && !m_marks.isEmpty() && m_full.path == m_compareFolder;
    const bool hides = hideIdentical && !marks.isEmpty() && m_full.path == folder;
    const bool refilter = wasHiding != hides || (hides && identical(marks) != identical(m_marks));
    m_compareFolder = folder;
    m_marks = marks;
    m_hideIdentical = hideIdentical;
    if (refilter && m_hasListing) {
        setListing(remote::Listing(m_full));
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, FileColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, kCompareMarkRole});
}

sync::FolderComparison::Mark RemoteFileModel::markOf(const remote::DirEntry &entry) const
{
    if (m_marks.isEmpty() || m_listing.path != m_compareFolder)
        return sync::FolderComparison::Mark::None;
    return m_marks.value(entry.name, sync::FolderComparison::Mark::None);
}

void RemoteFileModel::clear()
{
    ++m_generation;
    m_batchTimer.stop();
    beginResetModel();
    m_listing = {};
    m_full = {};
    m_hasListing = false;
    m_hasUp = false;
    m_order.clear();
    m_shown = 0;
    m_folders = m_files = 0;
    m_bytes = 0;
    endResetModel();
    setLoading(false);
    Q_EMIT totalsChanged();
}

void RemoteFileModel::startLoading()
{
    m_batchTimer.stop();
    setLoading(true);
    startSort(true);
}

void RemoteFileModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RemoteFileModel::startSort(bool forLoading)
{
    const quint64 generation = ++m_generation;
    if (m_listing.entries.size() <= kSyncSortLimit) {
        applySortedOrder(sortedOrder(m_listing.entries, m_sortColumn, m_sortOrder), forLoading);
        return;
    }
    setLoading(true);
    // The pool thread gets its own (implicitly shared) copy of the entries; a sort still
    // running when a newer one starts finishes on its own, and its result is dropped.
    util::runInBackground(
        this,
        [entries = m_listing.entries, column = m_sortColumn, order = m_sortOrder] {
            return sortedOrder(entries, column, order);
        },
        [this, generation, forLoading](QList<int> order) {
            if (generation == m_generation)
                applySortedOrder(order, forLoading);
        });
}

void RemoteFileModel::applySortedOrder(const QList<int> &order, bool forLoading)
{
    if (forLoading || m_shown < m_order.size()) {
        // Nothing (or only part) shown yet: start the rows over in the new order.
        if (m_shown > 0) {
            beginResetModel();
            m_shown = 0;
            m_folders = m_files = 0;
            m_bytes = 0;
            m_order = order;
            endResetModel();
            Q_EMIT totalsChanged();
        } else {
            m_order = order;
        }
        insertNextBatch();
        return;
    }
    // Everything shown: one layout change, persistent indexes (selection) follow their entries.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOfEntry(order.size());
    for (int i = 0; i < order.size(); ++i)
        newRowOfEntry[order[i]] = i;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        if (isUpRow(index.row())) {
            after.append(index);
            continue;
        }
        const int entry = m_order.at(index.row() - upOffset());
        after.append(createIndex(newRowOfEntry.at(entry) + upOffset(), index.column()));
    }
    m_order = order;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    setLoading(false);
}

void RemoteFileModel::insertNextBatch()
{
    const int total = int(m_order.size());
    const int count = std::min(kBatchSize, total - m_shown);
    if (count > 0) {
        const int first = m_shown + upOffset();
        beginInsertRows({}, first, first + count - 1);
        for (int i = m_shown; i < m_shown + count; ++i) {
            const DirEntry &entry = m_listing.entries.at(m_order.at(i));
            if (entry.isDir()) {
                ++m_folders;
            } else {
                ++m_files;
                m_bytes += entry.size.value_or(0);
            }
        }
        m_shown += count;
        endInsertRows();
        Q_EMIT totalsChanged();
    }
    if (m_shown < total)
        m_batchTimer.start();
    else
        setLoading(false);
}

const DirEntry *RemoteFileModel::entryAt(int row) const
{
    if (row < upOffset() || row >= rowCount())
        return nullptr;
    return &m_listing.entries.at(m_order.at(row - upOffset()));
}

int RemoteFileModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_shown; ++i) {
        if (m_listing.entries.at(m_order.at(i)).name == name)
            return i + upOffset();
    }
    return -1;
}

int RemoteFileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return upOffset() + m_shown;
}

int RemoteFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FileColumnCount;
}

QVariant RemoteFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isUpRow(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QStringLiteral("..") : QVariant();
        case Qt::DecorationRole:
            return index.column() == NameColumn ? m_upIcon : QVariant();
        case Qt::ToolTipRole:
            return tr("Parent folder");
        case IsUpRole:
        case IsDirRole:
            return true;
        case SizeBytesRole:
            return QVariant();
        case kCompareMarkRole:
            return int(sync::FolderComparison::Mark::None);
        }
        return {};
    }
    const DirEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    if (role == kCompareMarkRole)
        return int(markOf(*entry));
    if (role == Qt::BackgroundRole) {
        const QColor color = compareBackground(markOf(*entry));
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !m_marks.isEmpty()) {
        const QString text = compareMarkText(markOf(*entry));
        if (!text.isEmpty())
            return entry->linkTarget.isEmpty()
                       ? text
                       : tr("%1 → %2").arg(entry->name, entry->linkTarget) + QLatin1Char('\n') + text;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry->name;
        case SizeColumn:
            return entry->isDir() || !entry->size ? QString() : humanSize(*entry->size);
        case TypeColumn:
            return typeText(*entry);
        case ModifiedColumn:
            return modifiedText(*entry);
        case PermissionsColumn:
            return entry->permissions.isEmpty() && entry->mode ? DirEntry::permissionsFromMode(*entry->mode)
                                                               : entry->permissions;
        case OwnerColumn:
            return ownerText(entry->owner, entry->group);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (entry->isDir())
            return m_folderIcon;
        return entry->type == EntryType::Link ? m_linkIcon : FileIcons::forFileName(entry->name);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !entry->linkTarget.isEmpty())
            return tr("%1 → %2").arg(entry->name, entry->linkTarget);
        if (index.column() == SizeColumn && entry->size)
            return tr("%1 bytes").arg(*entry->size);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SizeBytesRole:
        return entry->size ? QVariant(*entry->size) : QVariant();
    case IsDirRole:
        return entry->isDir();
    case IsUpRole:
        return false;
    }
    return {};
}

QVariant RemoteFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fileColumnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RemoteFileModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= FileColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_hasListing || m_listing.entries.isEmpty())
        return;
    m_batchTimer.stop();
    startSort(m_shown < m_order.size());
}

QList<int> RemoteFileModel::sortedOrder(const QList<DirEntry> &entries, int column, Qt::SortOrder order)
{
    QList<int> out(entries.size());
    for (int i = 0; i < out.size(); ++i)
        out[i] = i;
    const bool ascending = order == Qt::AscendingOrder;
    const auto compareValues = [column](const DirEntry &a, const DirEntry &b) -> int {
        switch (column) {
        case SizeColumn: {
            const qint64 x = a.size.value_or(-1), y = b.size.value_or(-1);
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        case TypeColumn: {
            if (a.type != b.type)
                return int(a.type) < int(b.type) ? -1 : 1;
            const auto suffix = [](const QString &name) {
                const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
                return dot <= 0 ? QStringView() : QStringView(name).mid(dot + 1);
            };
            return suffix(a.name).compare(suffix(b.name), Qt::CaseInsensitive);
        }
        case ModifiedColumn:
            return a.mtime < b.mtime ? -1 : (b.mtime < a.mtime ? 1 : 0);
        case PermissionsColumn:
            return a.permissions.compare(b.permissions);
        case OwnerColumn: {
            const int c = a.owner.compare(b.owner, Qt::CaseInsensitive);
            return c ? c : a.group.compare(b.group, Qt::CaseInsensitive);
        }
        }
        return 0;
    };
    std::sort(out.begin(), out.end(), [&entries, &compareValues, ascending](int left, int right) {
        const DirEntry &a = entries.at(left);
        const DirEntry &b = entries.at(right);
        const bool dirA = a.isDir(), dirB = b.isDir();
        if (dirA != dirB)
            return dirA; // folders first, in either order
        int c = compareValues(a, b);
        if (c == 0)
            c = a.name.compare(b.name, Qt::CaseInsensitive);
        if (c == 0)
            c = a.name.compare(b.name, Qt::CaseSensitive);
        if (c == 0)
            return left < right;
        return ascending ? c < 0 : c > 0;
    });
    return out;
}

Qt::ItemFlags RemoteFileModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // the empty space below the rows
    if (isUpRow(index.row()))
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled;
    if (const remote::DirEntry *entry = entryAt(index.row()); entry && entry->isDir())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList RemoteFileModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), kRemoteEntriesMime, kArchiveMembersMime};
}

QMimeData *RemoteFileModel::mimeData(const QModelIndexList &indexes) const
{
    QList<remote::DirEntry> entries;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        if (const remote::DirEntry *entry = entryAt(index.row()))
            entries.append(*entry);
    }
    if (entries.isEmpty())
        return nullptr;
    auto *data = new RemoteDragData(m_site, m_listing.path, entries, m_origin);
    // A drop on the desktop asks the data long after this call; the model answers it.
    auto *self = const_cast<RemoteFileModel *>(this);
    connect(data, &RemoteDragData::directSaveRequested, self, &RemoteFileModel::directSaveRequested);
    connect(data, &RemoteDragData::message, self, &RemoteFileModel::dragMessage);
    data->offerDirectSave();
    return data;
}

Qt::DropActions RemoteFileModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RemoteFileModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

std::optional<remote::RemotePath> RemoteFileModel::dropFolder(const QModelIndex &parent) const
{
    if (!m_hasListing)
        return std::nullopt;
    if (!parent.isValid())
        return m_listing.path;
    if (isUpRow(parent.row()))
        return m_listing.path.parent();
    const remote::DirEntry *entry = entryAt(parent.row());
    if (entry && entry->isDir() && remote::RemotePath::isSafeName(entry->name))
        return m_listing.path.child(entry->name);
    return std::nullopt;
}

bool RemoteFileModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    // Between two rows (Qt's view makes a drop on a row that takes none, a file, into
    // one between rows): no folder is meant, so nothing happens.
    if (row >= 0 || !data)
        return false;
    const std::optional<remote::RemotePath> folder = dropFolder(parent);
    if (!folder)
        return false;
    // Remote entries of another tab: a server-to-server copy; of this pane: a move into
    // another folder (not a transfer).
    if (data->hasFormat(kRemoteEntriesMime)) {
        const RemoteDrag drag = remoteEntriesOf(data);
        return isFromAnotherPane(drag, m_origin) ? canCopyInto(drag, m_site, *folder)
                                                 : canMoveInto(drag, m_site, *folder);
    }
    if (data->hasFormat(kArchiveMembersMime))
        return !archiveMembersOf(data).members.isEmpty();
    return data->hasUrls() && !localPathsOf(data).isEmpty();
}

bool RemoteFileModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (const RemoteDrag drag = remoteEntriesOf(data); isFromAnotherPane(drag, m_origin))
        Q_EMIT copyRequested(drag, *dropFolder(parent));
    else if (data->hasFormat(kRemoteEntriesMime))
        Q_EMIT moveRequested(drag.sources, *dropFolder(parent));
    else if (data->hasFormat(kArchiveMembersMime))
        Q_EMIT archiveMembersDropped(archiveMembersOf(data), *dropFolder(parent));
    else
        Q_EMIT localFilesDropped(localPathsOf(data), *dropFolder(parent));
    return true;
}

} // namespace ferry::ui
