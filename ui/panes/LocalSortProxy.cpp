#include "panes/LocalSortProxy.h"

#include "common/Format.h"
#include "panes/LocalFileModel.h"

namespace ferry::ui {

LocalSortProxy::LocalSortProxy(LocalFileModel *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool LocalSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The result is inverted for a descending sort, so what must stay on top whatever the
    // order is expressed relative to it.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const bool upLeft = LocalFileModel::isUpEntry(left.siblingAtColumn(0));
    const bool upRight = LocalFileModel::isUpEntry(right.siblingAtColumn(0));
    if (upLeft != upRight)
        return ascending ? upLeft : upRight;
    const bool dirLeft = m_source->isDir(left);
    const bool dirRight = m_source->isDir(right);
    if (dirLeft != dirRight)
        return ascending ? dirLeft : dirRight;
    int c = 0;
    switch (left.column()) {
    case SizeColumn: {
        const qint64 a = m_source->size(left), b = m_source->size(right);
        c = a < b ? -1 : (a > b ? 1 : 0);
        break;
    }
    case ModifiedColumn: {
        const QDateTime a = m_source->lastModified(left), b = m_source->lastModified(right);
        c = a < b ? -1 : (b < a ? 1 : 0);
        break;
    }
    case NameColumn:
        break;
    default:
        c = left.data().toString().compare(right.data().toString(), Qt::CaseInsensitive);
        break;
    }
    if (c == 0) {
        const QString a = m_source->fileName(left), b = m_source->fileName(right);
        c = a.compare(b, Qt::CaseInsensitive);
        if (c == 0)
            c = a.compare(b, Qt::CaseSensitive);
    }
    return c < 0;
}

} // namespace ferry::ui
