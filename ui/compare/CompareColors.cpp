#include "compare/CompareColors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>

namespace ferry::ui {

using Mark = sync::FolderComparison::Mark;

QColor compareBackground(Mark mark)
{
    // A dark palette (light text on a dark base) gets dark tints of the same hues.
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (mark) {
    case Mark::OnlyHere:
        return dark ? QColor(0x6b, 0x62, 0x1c) : QColor(0xff, 0xf5, 0xa0);
    case Mark::Differs:
        return dark ? QColor(0x74, 0x2a, 0x2a) : QColor(0xff, 0xb4, 0xb4);
    case Mark::Newer:
        return dark ? QColor(0x25, 0x5e, 0x2c) : QColor(0xb4, 0xf0, 0xb4);
    case Mark::None:
    case Mark::Identical:
    case Mark::Older:
        break;
    }
    return {};
}

QString compareMarkText(Mark mark)
{
    switch (mark) {
    case Mark::OnlyHere:
        return QCoreApplication::translate("ferry::ui::FolderCompare", "Only on this side");
    case Mark::Differs:
        return QCoreApplication::translate("ferry::ui::FolderCompare", "Size differs");
    case Mark::Newer:
        return QCoreApplication::translate("ferry::ui::FolderCompare", "Newer on this side");
    case Mark::Older:
        return QCoreApplication::translate("ferry::ui::FolderCompare", "Newer on the other side");
    case Mark::Identical:
        return QCoreApplication::translate("ferry::ui::FolderCompare", "Identical");
    case Mark::None:
        break;
    }
    return {};
}

} // namespace ferry::ui
