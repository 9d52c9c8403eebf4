#pragma once
// The remote folder tree: "/" and the folders seen so far (no row before the first
// listing, so a pane that is not connected shows nothing). A folder's children are known
// once it has been listed (setListing); expanding one that has not been asks for it
// through folderNeeded, which the pane answers with a list job. Folders whose names start
// with a dot are left out unless setShowHidden(true), as in the list. GUI thread.

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

#include "panes/TransferMime.h"
#include "remote/DirEntry.h"
#include "transfer/QueueRequests.h"

namespace ferry::ui {

class RemoteTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit RemoteTreeModel(QObject *parent = nullptr);
    ~RemoteTreeModel() override;

    // Records the folders of a listing as the children of its path (creating the path's
    // nodes as needed; removing children that are gone).
    void setListing(const remote::Listing &listing);
    void clear();
    // Hidden folders (".name") shown or not; applies to the folders listed so far at once.
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }
    QModelIndex indexOf(const remote::RemotePath &path) const;
    remote::RemotePath pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drops: this server's entries (kRemoteEntriesMime naming site) dropped on a folder
    // move there (moveRequested), as in the list; never into the folder they are in,
    // onto themselves or below a dragged folder.
    void setDragSite(const QString &site) { m_site = site; }
    // As RemoteFileModel::setDragOrigin: another tab's entries are copied (copyRequested).
    void setDragOrigin(const QString &origin) { m_origin = origin; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void folderNeeded(const ferry::remote::RemotePath &path);
    void copyRequested(const ferry::ui::RemoteDrag &drag, const ferry::remote::RemotePath &folder);
    void moveRequested(const QList<ferry::transfer::RemoteSource> &sources,
                       const ferry::remote::RemotePath &folder);

private:
    struct Node
    {
        QString name;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children; // sorted by name, case-insensitively
        QStringList folders;                         // every folder its last listing named, hidden ones too
        bool listed = false;
        bool requested = false;
        int row() const;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(Node *node) const;
    Node *ensureNode(const remote::RemotePath &path);
    static bool nameLess(const QString &a, const QString &b);
    // Makes node's children the folders of its last listing that are shown.
    void applyFolders(Node *node, const remote::RemotePath &path);
    void reapply(Node *node, const remote::RemotePath &path);

    std::unique_ptr<Node> m_root; // "/", the only top-level row once a listing arrived
    bool m_hasRoot = false;       // no row at all while not connected
    QString m_site;
    QString m_origin;
    QIcon m_folderIcon;
    bool m_showHidden = false;
};

} // namespace ferry::ui
