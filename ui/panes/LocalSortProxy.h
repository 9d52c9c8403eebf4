#pragma once
// Sorts the local file list as file managers do: ".." first, folders before files in
// either order, sizes by bytes, times by time, names case-insensitively. GUI thread.

#include <QSortFilterProxyModel>

#include "panes/TransferMime.h"

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

Q_SIGNALS:
    // Remote entries were dropped to be downloaded into folder.
    void remoteEntriesDropped(const ferry::ui::RemoteDrag &drag, const QString &folder);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LocalFileModel *m_source;
};

} // namespace ferry::ui
