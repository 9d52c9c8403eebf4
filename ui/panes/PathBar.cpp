#include "panes/PathBar.h"

#include <QLineEdit>

namespace ferry::ui {

PathBar::PathBar(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxCount(kMaxHistory);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    lineEdit()->setClearButtonEnabled(false);
    // No inline completion from the history: Enter must open what was typed, not a
    // visited folder that happens to start with it.
    setCompleter(nullptr);
    connect(lineEdit(), &QLineEdit::returnPressed, this,
            [this] { Q_EMIT pathEntered(currentText().trimmed()); });
    connect(this, &QComboBox::activated, this, [this](int index) { Q_EMIT pathEntered(itemText(index)); });
}

void PathBar::setPath(const QString &path)
{
    const QSignalBlocker blocker(this);
    const int existing = findText(path, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (existing >= 0)
        removeItem(existing);
    insertItem(0, path);
    while (count() > kMaxHistory)
        removeItem(count() - 1);
    setCurrentIndex(0);
    setEditText(path);
}

QStringList PathBar::history() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << itemText(i);
    return out;
}

} // namespace ferry::ui
