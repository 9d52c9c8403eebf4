#include "ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include "QueueModel.h"

namespace ferry::ui {

namespace {
constexpr int kSegmentStripHeight = 3; // px, each segment's bar
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 4) + kSegmentStripHeight + 1);
    return size;
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const int percent = index.data(QueueModel::PercentRole).toInt();
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selection) first, then the bar inside it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QWidget *widget = background.widget ? const_cast<QWidget *>(background.widget) : nullptr;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // A file moving in segments: a thin bar per segment under the main bar, each where
    // its range lies in the file, filled as far as it has come (as download managers show).
    const QVariantList segments = index.data(QueueModel::SegmentsRole).toList();
    const bool segmented = segments.size() >= 6 && option.rect.height() >= 14;
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, segmented ? -2 - kSegmentStripHeight - 1 : -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.text = QStringLiteral("%1%").arg(percent);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    if (!segmented)
        return;
    const QRect strip(option.rect.left() + 2, option.rect.bottom() - 1 - kSegmentStripHeight,
                      option.rect.width() - 4, kSegmentStripHeight);
    const QColor empty = option.palette.color(QPalette::Mid);
    const QColor filled = option.palette.color(QPalette::Highlight);
    painter->save();
    for (qsizetype i = 0; i + 2 < segments.size(); i += 3) {
        const double start = segments.at(i).toDouble(), end = segments.at(i + 1).toDouble(),
                     next = segments.at(i + 2).toDouble();
        const int left = strip.left() + int(start * strip.width());
        const int right = strip.left() + int(end * strip.width()) - (i + 3 < segments.size() ? 2 : 0);
        if (right <= left)
            continue;
        painter->fillRect(QRect(left, strip.top(), right - left, strip.height()), empty);
        const int reached = left + int((next - start) / qMax(1e-12, end - start) * (right - left));
        if (reached > left)
            painter->fillRect(QRect(left, strip.top(), qMin(reached, right) - left, strip.height()), filled);
    }
    painter->restore();
}

} // namespace ferry::ui
