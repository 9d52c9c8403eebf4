#pragma once
// Sorts the local file list as file managers do: ".." first, folders before files in
// either order, sizes by bytes, times by time, names case-insensitively. While the
// folders are compared, it colours the rows of the compared folder by their mark and,
// with "hide identical files", leaves the identical ones out. GUI thread.

#include <QHash>
#include <QSortFilterProxyModel>

#include "panes/TransferMime.h"
#include "sync/FolderComparison.h"

namespace ferry::ui {

class LocalFileModel;

class LocalSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LocalSortProxy(LocalFileModel *source, QObject *parent = nullptr);

    // Drag and drop: local files drag out as text/uri-list (copy only: nothing is ever
    // moved or deleted by a drag); remote entries dropped on a folder row, on "..", or
    // elsewhere in the list go into that folder, the parent, or the list's folder.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Where a drop on parent (an index of this proxy) goes; empty on a file.
    QString dropFolder(const QModelIndex &parent) const;

    // The folder comparison's marks for the entries of folder, by name (empty: no
    // comparison); hideIdentical leaves the Identical ones out of the list.
    void setCompareMarks(const QString &folder, const QHash<QString, sync::FolderComparison::Mark> &marks,
                         bool hideIdentical);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Remote entries were dropped to be downloaded into folder.
    void remoteEntriesDropped(const ferry::ui::RemoteDrag &drag, const QString &folder);
    // Members of an archive were dropped to be extracted into folder.
    void archiveMembersDropped(const ferry::ui::ArchiveDrag &drag, const QString &folder);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    sync::FolderComparison::Mark markOf(const QModelIndex &sourceIndex) const;

    LocalFileModel *m_source;
    QString m_compareFolder;
    QHash<QString, sync::FolderComparison::Mark> m_marks;
    bool m_hideIdentical = false;
};

} // namespace ferry::ui
