#include "panes/InlineRename.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QTimer>

namespace ferry::ui {

InlineRename::InlineRename(QAbstractItemView *view, const QString &name)
    : QLineEdit(view->viewport()), m_view(view), m_original(name)
{
    setObjectName(QStringLiteral("inlineRename"));
    setAccessibleName(tr("New name"));
    setText(name);
    setFrame(true);
    // "report.final.pdf": "report.final" selected, as file managers do; folders whole.
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    setSelection(0, dot > 0 ? dot : int(name.size()));
}

InlineRename *InlineRename::start(QAbstractItemView *view, const QModelIndex &index, const QString &name)
{
    auto *editor = new InlineRename(view, name);
    QRect rect = view->visualRect(index.siblingAtColumn(0));
    rect.setWidth(std::max(rect.width(), 160));
    rect.setHeight(std::max(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
    return editor;
}

void InlineRename::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void InlineRename::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A context menu or a dialog of our own taking the focus is not leaving.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void InlineRename::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    const QString name = text().trimmed();
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
    if (commit && !name.isEmpty() && name != m_original)
        Q_EMIT committed(m_original, name);
    deleteLater();
}

} // namespace ferry::ui
