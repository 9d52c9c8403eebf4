#include "sitemanager/SiteTreeModel.h"

#include <QApplication>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

#include <algorithm>
#include <functional>

#include "sites/SiteStore.h"

namespace ferry::ui {

using sites::Site;

struct SiteTreeModel::Node
{
    Node *parent = nullptr;
    bool folder = true;
    QString name;
    QStringList path; // a folder's full path
    Site site;        // a site's
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *child(const QString &folderName)
    {
        for (auto &c : children) {
            if (c->folder && c->name == folderName)
                return c.get();
        }
        auto made = std::make_unique<Node>();
        made->parent = this;
        made->name = folderName;
        made->path = path + QStringList{folderName};
        children.push_back(std::move(made));
        return children.back().get();
    }
    void sort()
    {
        std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
            if (a->folder != b->folder)
                return a->folder;
            return a->name.localeAwareCompare(b->name) < 0;
        });
        for (auto &c : children)
            c->sort();
    }
};

SiteTreeModel::SiteTreeModel(sites::SiteStore *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Node>())
{
    reload();
}

SiteTreeModel::~SiteTreeModel() = default;

void SiteTreeModel::reload()
{
    if (remote::Status loaded = m_store->reload(); !loaded)
        Q_EMIT failed(loaded.error().message());
    rebuild();
}

void SiteTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const QStringList &folder : m_store->folders()) {
        Node *node = m_root.get();
        for (const QString &part : folder)
            node = node->child(part);
    }
    for (const Site &site : m_store->sites()) {
        Node *node = m_root.get();
        for (const QString &part : site.folder)
            node = node->child(part);
        auto leaf = std::make_unique<Node>();
        leaf->parent = node;
        leaf->folder = false;
        leaf->name = site.name;
        leaf->site = site;
        node->children.push_back(std::move(leaf));
    }
    m_root->sort();
    endResetModel();
}

bool SiteTreeModel::check(const remote::Status &status)
{
    if (status)
        return true;
    Q_EMIT failed(status.error().message());
    reload(); // show what the store holds now
    return false;
}

SiteTreeModel::Node *SiteTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SiteTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

bool SiteTreeModel::isFolder(const QModelIndex &index) const
{
    return index.isValid() && nodeOf(index)->folder;
}

QStringList SiteTreeModel::folderPath(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node->folder ? node->path : node->site.folder;
}

std::optional<Site> SiteTreeModel::site(const QModelIndex &index) const
{
    if (!index.isValid() || nodeOf(index)->folder)
        return std::nullopt;
    return nodeOf(index)->site;
}

QModelIndex SiteTreeModel::indexOfSite(const QUuid &id) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &c : node->children) {
            if (!c->folder && c->site.id == id)
                return c.get();
            if (const Node *inner = find(c.get()))
                return inner;
        }
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

QModelIndex SiteTreeModel::indexOfFolder(const QStringList &path) const
{
    const Node *node = m_root.get();
    for (const QString &part : path) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&part](const auto &c) { return c->folder && c->name == part; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexOf(node);
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex SiteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SiteTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SiteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        return node->folder
                   ? QVariant()
                   : QVariant(node->site.connectionSpec().toUrl() +
                              (node->site.comments.isEmpty() ? QString()
                                                             : QLatin1Char('\n') + node->site.comments));
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(node->folder ? QStyle::SP_DirIcon
                                                                : QStyle::SP_DriveNetIcon);
    case SearchRole:
        return node->folder ? QString() : node->site.name + QLatin1Char(' ') + node->site.host;
    case IsFolderRole:
        return node->folder;
    default:
        return {};
    }
}

bool SiteTreeModel::rename(const QModelIndex &index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!index.isValid() || trimmed.isEmpty() || trimmed.contains(QLatin1Char('/'))) {
        Q_EMIT failed(tr("A name must not be empty or contain \"/\"."));
        return false;
    }
    Node *node = nodeOf(index);
    if (trimmed == node->name)
        return true;
    if (node->folder) {
        QStringList to = node->path;
        to.last() = trimmed;
        if (!check(m_store->moveFolder(node->path, to)))
            return false;
        rebuild();
        Q_EMIT changed({}, to);
        return true;
    }
    Site renamed = node->site;
    renamed.name = trimmed;
    for (const Site &other : m_store->sites()) {
        if (other.id != renamed.id && other.folder == renamed.folder && other.name == renamed.name) {
            Q_EMIT failed(tr("A site \"%1\" exists already in this folder.").arg(trimmed));
            return false;
        }
    }
    if (!check(m_store->update(renamed)))
        return false;
    rebuild();
    Q_EMIT changed(renamed.id, {});
    return true;
}

bool SiteTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    return rename(index, value.toString());
}

Qt::ItemFlags SiteTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (nodeOf(index)->folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList SiteTreeModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

// One line per item: "site\t<uuid>" or "folder\t<part>\t<part>...".
QMimeData *SiteTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.column() != 0)
            continue;
        const Node *node = nodeOf(index);
        lines.append(node->folder ? QStringLiteral("folder\t") + node->path.join(QLatin1Char('\t'))
                                  : QStringLiteral("site\t") + node->site.id.toString(QUuid::WithoutBraces));
    }
    if (lines.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kMimeType), lines.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool SiteTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QLatin1String(kMimeType)) || action != Qt::MoveAction)
        return false;
    if (parent.isValid() && !nodeOf(parent)->folder)
        return false;
    const QStringList target = nodeOf(parent)->path;
    for (const QString &line :
         QString::fromUtf8(data->data(QLatin1String(kMimeType))).split(QLatin1Char('\n'))) {
        QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.value(0) == QLatin1String("folder")) {
            parts.removeFirst();
            if (target.mid(0, parts.size()) == parts) // into itself
                return false;
        }
    }
    return true;
}

bool SiteTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList target = nodeOf(parent)->path;
    QUuid lastSite;
    QStringList lastFolder;
    for (const QString &line :
         QString::fromUtf8(data->data(QLatin1String(kMimeType))).split(QLatin1Char('\n'))) {
        QStringList parts = line.split(QLatin1Char('\t'));
        const QString kind = parts.takeFirst();
        if (kind == QLatin1String("site")) {
            std::optional<Site> site = m_store->byId(QUuid::fromString(parts.value(0)));
            if (!site || site->folder == target)
                continue;
            site->folder = target;
            for (const Site &other : m_store->sites()) {
                if (other.folder == target && other.name == site->name) {
                    Q_EMIT failed(tr("A site \"%1\" exists already in the folder \"%2\".")
                                      .arg(site->name, target.join(QLatin1Char('/'))));
                    return false;
                }
            }
            if (!check(m_store->update(*site)))
                return false;
            lastSite = site->id;
        } else if (kind == QLatin1String("folder") && !parts.isEmpty()) {
            const QStringList to = target + QStringList{parts.last()};
            if (to == parts)
                continue;
            if (!check(m_store->moveFolder(parts, to)))
                return false;
            lastFolder = to;
        }
    }
    rebuild();
    Q_EMIT changed(lastSite, lastFolder);
    // The rebuild moved the rows; the view's own removal after a move finds nothing
    // to remove (the model has no removeRows).
    return true;
}

} // namespace ferry::ui
