#include "ConnectionTabBar.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QTimer>

#include "panes/TransferMime.h"

namespace ferry::ui {

namespace {
bool carriesFiles(const QMimeData *data)
{
    return data && (data->hasFormat(kRemoteEntriesMime) || data->hasUrls());
}
} // namespace

ConnectionTabBar::ConnectionTabBar(QWidget *parent) : QTabBar(parent), m_switch(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionTabBar"));
    setAcceptDrops(true);
    m_switch->setSingleShot(true);
    m_switch->setInterval(kHoverSwitchMs);
    connect(m_switch, &QTimer::timeout, this, [this] {
        if (m_hovered >= 0 && m_hovered < count())
            setCurrentIndex(m_hovered);
    });
}

void ConnectionTabBar::hover(const QPoint &pos)
{
    const int index = tabAt(pos);
    if (index == m_hovered)
        return;
    m_hovered = index;
    m_switch->stop();
    if (index >= 0 && index != currentIndex())
        m_switch->start();
}

void ConnectionTabBar::dragEnterEvent(QDragEnterEvent *event)
{
    if (!carriesFiles(event->mimeData())) {
        event->ignore();
        return;
    }
    // Accepted so the moves arrive; the drop itself is refused (see dragMoveEvent).
    event->accept();
    m_hovered = -1;
    hover(event->position().toPoint());
}

void ConnectionTabBar::dragMoveEvent(QDragMoveEvent *event)
{
    hover(event->position().toPoint());
    // Keep receiving moves, but show that dropping here does nothing.
    event->ignore(QRect(event->position().toPoint(), QSize(1, 1)));
    event->setDropAction(Qt::IgnoreAction);
}

void ConnectionTabBar::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_switch->stop();
    m_hovered = -1;
    QTabBar::dragLeaveEvent(event);
}

void ConnectionTabBar::dropEvent(QDropEvent *event)
{
    m_switch->stop();
    m_hovered = -1;
    event->ignore();
}

} // namespace ferry::ui
