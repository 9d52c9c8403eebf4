#pragma once
// The window's tab widget: its pages are ConnectionTabs, its bar a ConnectionTabBar
// (drag-hover switches tabs). Looks as FileZilla's: document mode, closable, movable, the
// bar shown once there are two tabs. GUI thread.

#include <QTabWidget>

namespace ferry::ui {

class ConnectionTabBar;

class ConnectionTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit ConnectionTabs(QWidget *parent = nullptr);
    ConnectionTabBar *connectionTabBar() const { return m_bar; }

private:
    ConnectionTabBar *m_bar;
};

} // namespace ferry::ui
