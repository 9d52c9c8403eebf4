#pragma once
// The saved sites as a tree for the site manager: folders (the SiteStore's, empty ones
// included) and sites, sorted by name, folders first. Names are edited in place (F2:
// setData renames the site or the folder); sites and folders move by drag and drop
// through the model's own MIME type (mimeData/dropMimeData), each move one SiteStore
// change, so ferry-cli and other windows see it at once. After every change the tree is
// rebuilt from the store (changed() says which item to select). Also offers SearchRole,
// "name host" of a site, for the filter box. GUI thread.

#include <QAbstractItemModel>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

#include "sites/Site.h"

namespace ferry::sites {
class SiteStore;
}

namespace ferry::ui {

class SiteTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        SearchRole = Qt::UserRole + 1, // a site's name and host; empty for folders
        IsFolderRole,
    };
    static constexpr const char *kMimeType = "application/x-ferry-site-tree";

    explicit SiteTreeModel(sites::SiteStore *store, QObject *parent = nullptr);
    ~SiteTreeModel() override;

    // Reads the store again and rebuilds the tree.
    void reload();

    bool isFolder(const QModelIndex &index) const;
    // A folder's full path; a site's folder; {} for the top.
    QStringList folderPath(const QModelIndex &index) const;
    std::optional<sites::Site> site(const QModelIndex &index) const;
    QModelIndex indexOfSite(const QUuid &id) const;
    QModelIndex indexOfFolder(const QStringList &path) const;

    // Renames a site or a folder (what setData does); false with failed() on an error.
    bool rename(const QModelIndex &index, const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    // A change the store refused (a name taken, the file locked), in words.
    void failed(const QString &message);
    // The tree was rebuilt after a change; select this (a site id or a folder path).
    void changed(const QUuid &site, const QStringList &folder);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void rebuild();
    bool check(const remote::Status &status);

    sites::SiteStore *m_store;
    std::unique_ptr<Node> m_root;
};

} // namespace ferry::ui
