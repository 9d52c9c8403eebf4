#pragma once
// One tab of the queue panel: the QueueModel's rows of one category (Queued, Failed,
// Done), in queue order. GUI thread.

#include <QSortFilterProxyModel>

#include "QueueModel.h"

namespace ferry::ui {

class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    QueueFilterModel(QueueModel::Category category, QObject *parent = nullptr);
    QueueModel::Category category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QueueModel::Category m_category;
};

} // namespace ferry::ui
