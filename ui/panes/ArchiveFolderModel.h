#pragma once
// One folder inside an archive, for the local pane's file list while it shows an archive
// like a folder: the archive's listing (an archive::ArchiveTree, read once on a worker
// thread by the pane and shared) and which folder of it is shown. The same six columns
// as the local list, ".." first (the parent folder, or out of the archive at its top),
// folders before files. Read-only: nothing can be renamed or dropped here; rows drag out
// as kArchiveMembersMime (uploads to the remote pane, extraction into a local folder).
// GUI thread.

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>

#include "archive/ArchiveTree.h"
#include "remote/DirEntry.h"

namespace ferry::ui {

class ArchiveFolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ArchiveFolderModel(QObject *parent = nullptr);

    // Shows folder ("" for the top level) of the archive at archivePath listed as tree.
    void setFolder(const QString &archivePath, std::shared_ptr<const archive::ArchiveTree> tree,
                   const QString &folder);
    void clear();
    const QString &archivePath() const { return m_archive; }
    const QString &folder() const { return m_folder; }
    const std::shared_ptr<const archive::ArchiveTree> &tree() const { return m_tree; }

    bool isUpRow(int row) const { return row == 0 && m_tree; }
    // The member of a row; nullptr for ".." or no row.
    const archive::ArchiveEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;

private:
    struct Row
    {
        const archive::ArchiveEntry *member;
        remote::DirEntry shown; // for the formatting the remote list uses too
    };
    void order();

    QString m_archive;
    QString m_folder;
    std::shared_ptr<const archive::ArchiveTree> m_tree;
    QList<Row> m_rows; // without ".."
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QIcon m_folderIcon;
    QIcon m_linkIcon;
    QIcon m_upIcon;
};

} // namespace ferry::ui
