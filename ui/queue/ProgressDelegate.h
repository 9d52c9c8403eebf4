#pragma once
// Draws the queue's progress column as a progress bar with the percentage in it.
// GUI thread.

#include <QStyledItemDelegate>

namespace ferry::ui {

class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ferry::ui
