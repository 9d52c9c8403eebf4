#include "ConnectionTabs.h"

#include "tabs/ConnectionTabBar.h"

namespace ferry::ui {

ConnectionTabs::ConnectionTabs(QWidget *parent) : QTabWidget(parent), m_bar(new ConnectionTabBar(this))
{
    setTabBar(m_bar);
    setObjectName(QStringLiteral("connectionTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setTabBarAutoHide(true);
    setElideMode(Qt::ElideRight);
}

} // namespace ferry::ui
