#pragma once
// The window's tab bar. Files dragged over a tab's title (from a pane, another tab or
// another program) switch to that tab after kHoverSwitchMs, as browsers and FileZilla do,
// so the drop can finish on its panes; a drop on the bar itself does nothing.
// GUI thread.

#include <QTabBar>

class QTimer;

namespace ferry::ui {

class ConnectionTabBar : public QTabBar
{
    Q_OBJECT
public:
    static constexpr int kHoverSwitchMs = 500;

    explicit ConnectionTabBar(QWidget *parent = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void hover(const QPoint &pos);

    QTimer *m_switch;
    int m_hovered = -1; // the tab the drag is over
};

} // namespace ferry::ui
