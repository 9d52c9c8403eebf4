#pragma once
// The local file list: QFileSystemModel (which reads folders on its own gatherer thread)
// with two more columns, permissions and owner/group, so both panes show the same six.
// Shows ".." as the up entry. GUI thread.

#include <QFileSystemModel>

#include "panes/LocalIconProvider.h"

namespace ferry::ui {

class LocalFileModel : public QFileSystemModel
{
    Q_OBJECT
public:
    explicit LocalFileModel(QObject *parent = nullptr);

    static bool isUpEntry(const QModelIndex &index) { return index.data().toString() == QLatin1String(".."); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
};

} // namespace ferry::ui
