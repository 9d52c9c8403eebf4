#pragma once
// Renaming in place: a line editor laid over a file list's name cell, holding the name
// with its base part selected. Enter (or leaving the editor) commits a changed name,
// Escape cancels; either way the editor closes itself. GUI thread.

#include <QLineEdit>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace ferry::ui {

class InlineRename : public QLineEdit
{
    Q_OBJECT
public:
    // Opens the editor over index (its name column) in view.
    static InlineRename *start(QAbstractItemView *view, const QModelIndex &index, const QString &name);

    const QString &originalName() const { return m_original; }

Q_SIGNALS:
    // A different, non-empty name was entered.
    void committed(const QString &oldName, const QString &newName);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    InlineRename(QAbstractItemView *view, const QString &name);
    void finish(bool commit);

    QAbstractItemView *m_view;
    QString m_original;
    bool m_done = false;
};

} // namespace ferry::ui
