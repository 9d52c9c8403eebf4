#pragma once
// Draws the queue's progress column as a progress bar with the percentage in it, and,
// for a file moving in segments (QueueModel::SegmentsRole), a thin bar per segment under
// it, each where its range lies in the file and filled as far as it has come.
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
    // Room for the segments' bars under a bar of full height, in every row alike (so a
    // row does not grow when its file starts moving in segments).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ferry::ui
