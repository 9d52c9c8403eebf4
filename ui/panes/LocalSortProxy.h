#pragma once
// Sorts the local file list as file managers do: ".." first, folders before files in
// either order, sizes by bytes, times by time, names case-insensitively. GUI thread.

#include <QSortFilterProxyModel>

namespace ferry::ui {

class LocalFileModel;

class LocalSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LocalSortProxy(LocalFileModel *source, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LocalFileModel *m_source;
};

} // namespace ferry::ui
