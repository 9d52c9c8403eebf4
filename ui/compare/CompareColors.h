#pragma once
// How the folder comparison's marks look in both file lists (FileZilla's colours: only
// on one side yellow, another size red, newer green), in a light and a dark variant so
// the palette's own text stays readable on them; and the role the lists answer a row's
// mark under (tests and the legend read it). GUI thread.

#include <QColor>
#include <QString>

#include "sync/FolderComparison.h"

namespace ferry::ui {

// data(index, kCompareMarkRole): the row's FolderComparison::Mark as an int (None when
// the comparison is off or the row is "..").
constexpr int kCompareMarkRole = Qt::UserRole + 40;

// The background of a row with mark in the application's palette; invalid: none.
QColor compareBackground(sync::FolderComparison::Mark mark);
// What a mark means, for the legend and the rows' tool tips ("Only on this side").
QString compareMarkText(sync::FolderComparison::Mark mark);

} // namespace ferry::ui
