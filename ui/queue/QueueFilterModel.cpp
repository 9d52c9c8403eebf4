#include "QueueFilterModel.h"

namespace ferry::ui {

QueueFilterModel::QueueFilterModel(QueueModel::Category category, QObject *parent)
    : QSortFilterProxyModel(parent), m_category(category)
{
    setDynamicSortFilter(true); // a row whose state changes moves to its new tab
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(QueueModel::CategoryRole).toInt() == int(m_category);
}

} // namespace ferry::ui
