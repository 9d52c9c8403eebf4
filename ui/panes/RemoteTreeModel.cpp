#include "panes/RemoteTreeModel.h"

#include <QApplication>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>

#include "common/FileIcons.h"
#include "panes/TransferMime.h"

namespace ferry::ui {

using remote::RemotePath;

RemoteTreeModel::RemoteTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->name = QStringLiteral("/");
    m_folderIcon = FileIcons::folder();
}

RemoteTreeModel::~RemoteTreeModel() = default;

int RemoteTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

bool RemoteTreeModel::nameLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c ? c < 0 : a < b;
}

RemoteTreeModel::Node *RemoteTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex RemoteTreeModel::indexOfNode(Node *node) const
{
    if (!node)
        return {};
    return createIndex(node->row(), 0, node);
}

void RemoteTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->name = QStringLiteral("/");
    m_hasRoot = false;
    endResetModel();
}

RemoteTreeModel::Node *RemoteTreeModel::ensureNode(const RemotePath &path)
{
    Node *node = m_root.get();
    for (const QString &segment : path.segments()) {
        auto &kids = node->children;
        auto it = std::lower_bound(
            kids.begin(), kids.end(), segment,
            [](const std::unique_ptr<Node> &n, const QString &name) { return nameLess(n->name, name); });
        if (it != kids.end() && (*it)->name == segment) {
            node = it->get();
            continue;
        }
        const int row = int(it - kids.begin());
        beginInsertRows(indexOfNode(node), row, row);
        auto child = std::make_unique<Node>();
        child->name = segment;
        child->parent = node;
        Node *raw = child.get();
        kids.insert(kids.begin() + row, std::move(child));
        endInsertRows();
        node = raw;
    }
    return node;
}

void RemoteTreeModel::applyFolders(Node *node, const RemotePath &path)
{
    const QModelIndex parentIndex = indexOfNode(node);
    QSet<QString> folders;
    for (const QString &name : std::as_const(node->folders)) {
        if (m_showHidden || !name.startsWith(QLatin1Char('.')))
            folders.insert(name);
    }
    // Children that are gone.
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        if (!folders.contains(node->children[row]->name)) {
            beginRemoveRows(parentIndex, row, row);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
        }
    }
    // New children: all at once into an empty node, else one by one in place.
    QStringList names;
    for (const QString &name : std::as_const(folders)) {
        const bool known = std::any_of(node->children.begin(), node->children.end(),
                                       [&name](const auto &n) { return n->name == name; });
        if (!known)
            names.append(name);
    }
    std::sort(names.begin(), names.end(), nameLess);
    const bool wasEmpty = node->children.empty();
    if (wasEmpty && !names.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(names.size()) - 1);
        for (const QString &name : std::as_const(names)) {
            auto child = std::make_unique<Node>();
            child->name = name;
            child->parent = node;
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    } else {
        for (const QString &name : std::as_const(names))
            ensureNode(path.child(name));
    }
}

void RemoteTreeModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (m_hasRoot)
        reapply(m_root.get(), RemotePath());
}

// Node first, then its children as they are now (a folder shown again is unlisted: its
// own folders come when it is expanded).
void RemoteTreeModel::reapply(Node *node, const RemotePath &path)
{
    if (node->listed)
        applyFolders(node, path);
    for (size_t i = 0; i < node->children.size(); ++i) {
        Node *child = node->children[i].get();
        reapply(child, path.child(child->name));
    }
}

void RemoteTreeModel::setListing(const remote::Listing &listing)
{
    if (!m_hasRoot) { // the first listing of a connection shows "/"
        beginInsertRows({}, 0, 0);
        m_hasRoot = true;
        endInsertRows();
    }
    Node *node = ensureNode(listing.path);
    node->folders.clear();
    for (const remote::DirEntry &entry : listing.entries) {
        if (entry.isDir())
            node->folders.append(entry.name);
    }
    applyFolders(node, listing.path);
    const QModelIndex parentIndex = indexOfNode(node);
    const bool hadNoChildrenShown = !node->listed;
    node->listed = true;
    node->requested = false;
    if (hadNoChildrenShown)
        Q_EMIT dataChanged(parentIndex, parentIndex);
}

QModelIndex RemoteTreeModel::indexOf(const RemotePath &path) const
{
    if (!m_hasRoot)
        return {};
    Node *node = m_root.get();
    for (const QString &segment : path.segments()) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&segment](const auto &n) { return n->name == segment; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexOfNode(node);
}

RemotePath RemoteTreeModel::pathOf(const QModelIndex &index) const
{
    QStringList parts;
    for (Node *node = nodeOf(index); node && node->parent; node = node->parent)
        parts.prepend(node->name);
    return RemotePath(QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

QModelIndex RemoteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && m_hasRoot ? createIndex(0, 0, m_root.get()) : QModelIndex();
    if (parent.column() != 0)
        return {};
    Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[row].get());
}

QModelIndex RemoteTreeModel::parent(const QModelIndex &child) const
{
    Node *node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return indexOfNode(node->parent);
}

int RemoteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasRoot ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RemoteTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RemoteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::DecorationRole:
        return m_folderIcon;
    case Qt::ToolTipRole:
        return pathOf(index).toString();
    }
    return {};
}

bool RemoteTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasRoot;
    if (parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->listed || !node->children.empty();
}

bool RemoteTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 && !node->listed && !node->requested;
}

void RemoteTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!node || node->listed || node->requested)
        return;
    node->requested = true;
    Q_EMIT folderNeeded(pathOf(parent));
}

Qt::ItemFlags RemoteTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDropEnabled : flags;
}

QStringList RemoteTreeModel::mimeTypes() const
{
    return {kRemoteEntriesMime};
}

Qt::DropActions RemoteTreeModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool RemoteTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    // On a folder only (between two rows means no folder).
    if (row >= 0 || !parent.isValid() || !data || !data->hasFormat(kRemoteEntriesMime))
        return false;
    const RemoteDrag drag = remoteEntriesOf(data);
    return isFromAnotherPane(drag, m_origin) ? canCopyInto(drag, m_site, pathOf(parent))
                                             : canMoveInto(drag, m_site, pathOf(parent));
}

bool RemoteTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (const RemoteDrag drag = remoteEntriesOf(data); isFromAnotherPane(drag, m_origin))
        Q_EMIT copyRequested(drag, pathOf(parent));
    else
        Q_EMIT moveRequested(drag.sources, pathOf(parent));
    return true;
}

} // namespace ferry::ui
