#pragma once
// The remote file list: one folder's Listing from the session, shown with an up entry
// ("..", except at "/") and sorted as the local pane sorts (folders first, sizes by
// bytes). Big listings never stall the GUI thread: the listing is sorted on a pool
// thread (Qt Concurrent), then rows go in kBatchSize at a time, one batch per event
// loop turn, in sorted order. Re-sorting a big listing is also done off-thread and
// applied as one layout change. GUI thread.

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <optional>

#include "panes/TransferMime.h"
#include "remote/DirEntry.h"
#include "sync/FolderComparison.h"
#include "transfer/QueueRequests.h"

namespace ferry::ui {

class RemoteFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SizeBytesRole = Qt::UserRole + 1,
        IsDirRole,
        IsUpRole
    };
    static constexpr int kBatchSize = 2000;
    // Up to this many entries are sorted on the GUI thread at once.
    static constexpr int kSyncSortLimit = 2000;

    explicit RemoteFileModel(QObject *parent = nullptr);

    void setListing(const remote::Listing &listing);
    // Entries whose name starts with a dot are left out unless shown (Settings > Interface);
    // changing it shows the current listing again.
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }
    void clear();
    const remote::RemotePath &path() const { return m_listing.path; }

    // The folder comparison: the listing's entries as the list shows them without the
    // comparison's own filter (hidden files left out unless shown), to compare; then the
    // marks for folder's entries by name (empty: no comparison), which colour the rows;
    // hideIdentical leaves the Identical ones out, as the hidden files are (the model
    // sorts and inserts rows itself, so the filter is here rather than in a proxy).
    QList<remote::DirEntry> comparableEntries() const;
    void setCompareMarks(const remote::RemotePath &folder,
                         const QHash<QString, sync::FolderComparison::Mark> &marks, bool hideIdentical);
    bool hasListing() const { return m_hasListing; }
    // Rows are still being added (or a sort is being computed).
    bool isLoading() const { return m_loading; }
    // Entries in the listing, and the folders / files / bytes among the rows shown.
    int entryCount() const { return int(m_listing.entries.size()); }
    int shownFolders() const { return m_folders; }
    int shownFiles() const { return m_files; }
    qint64 shownBytes() const { return m_bytes; }

    bool isUpRow(int row) const { return m_hasUp && row == 0; }
    // The entry shown in a row; nullptr for the up row.
    const remote::DirEntry *entryAt(int row) const;
    // The row showing the entry named name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Drag and drop: rows drag out as RemoteDragData naming site (the queue's name for
    // the server), which a file manager can save through X Direct Save
    // (directSaveRequested); local files (text/uri-list) dropped on a folder row, on "..",
    // or elsewhere in the list go into that folder, the parent, or the listing's folder;
    // this server's entries dropped on a folder row or ".." move there (moveRequested),
    // never into the folder they are in, onto themselves or below a dragged folder.
    void setDragSite(const QString &site) { m_site = site; }
    // The remote pane this model shows (paneOrigin()): drags carry it; entries of another
    // pane (another tab) dropped here are a server-to-server copy (copyRequested).
    void setDragOrigin(const QString &origin) { m_origin = origin; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Where a drop on parent goes; nullopt on a file (or without a listing).
    std::optional<remote::RemotePath> dropFolder(const QModelIndex &parent) const;

    // The display order of entries for a column and order; pure, safe on any thread.
    static QList<int> sortedOrder(const QList<remote::DirEntry> &entries, int column, Qt::SortOrder order);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Rows were added or the listing replaced: the totals changed.
    void totalsChanged();
    // Local files were dropped to be uploaded into folder.
    void localFilesDropped(const QStringList &paths, const ferry::remote::RemotePath &folder);
    // Members of an archive (the local pane showing it) were dropped to be uploaded into folder.
    void archiveMembersDropped(const ferry::ui::ArchiveDrag &drag, const ferry::remote::RemotePath &folder);
    // Entries of this server were dropped to be moved into folder.
    void copyRequested(const ferry::ui::RemoteDrag &drag, const ferry::remote::RemotePath &folder);
    void moveRequested(const QList<ferry::transfer::RemoteSource> &sources,
                       const ferry::remote::RemotePath &folder);
    // A file manager named folder (X Direct Save) for the dragged entries.
    void directSaveRequested(const QList<ferry::transfer::RemoteSource> &sources, const QString &folder);
    // What became of a drag out to another program, for the log and the status bar.
    void dragMessage(const QString &text, bool error);

private:
    void startLoading();
    void startSort(bool forLoading);
    void applySortedOrder(const QList<int> &order, bool forLoading);
    void insertNextBatch();
    void setLoading(bool loading);
    sync::FolderComparison::Mark markOf(const remote::DirEntry &entry) const;
    int upOffset() const { return m_hasUp ? 1 : 0; }

    remote::Listing m_listing;
    remote::Listing m_full; // as the server sent it, hidden entries included
    bool m_showHidden = false;
    remote::RemotePath m_compareFolder;
    QHash<QString, sync::FolderComparison::Mark> m_marks;
    bool m_hideIdentical = false;
    QList<int> m_order; // display position -> index in m_listing.entries
    int m_shown = 0;    // entries of m_order inserted as rows so far
    bool m_hasUp = false;
    bool m_hasListing = false;
    bool m_loading = false;
    int m_folders = 0;
    int m_files = 0;
    qint64 m_bytes = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0; // bumped on every new listing or sort request
    QTimer m_batchTimer;
    QString m_site;
    QString m_origin;
    QIcon m_folderIcon, m_linkIcon, m_upIcon;
};

} // namespace ferry::ui
