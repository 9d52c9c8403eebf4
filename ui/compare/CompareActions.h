#pragma once
// The window's actions for comparing the current tab's two panes (FileZilla's View menu):
// Directory comparison (Ctrl+O, also on the toolbar), Compare file size / Compare
// modification time (one of the two), Hide identical files, and Synchronized browsing
// (Ctrl+Y, also on the toolbar); and Transfer > Synchronize... They act on the current tab's FolderCompare
// and SyncBrowsing and show its state when the current tab changes (update()). GUI thread.

#include <QObject>

#include <functional>

#include "common/Retranslator.h"

class QAction;
class QActionGroup;
class QMenu;

namespace ferry::ui {

class ConnectionTab;

class CompareActions : public QObject
{
    Q_OBJECT
public:
    CompareActions(std::function<ConnectionTab *()> currentTab, QObject *parent);

    QAction *compare() const { return m_compare; }
    QAction *compareSize() const { return m_compareSize; }
    QAction *compareTime() const { return m_compareTime; }
    QAction *hideIdentical() const { return m_hideIdentical; }
    QAction *syncBrowsing() const { return m_syncBrowsing; }
    // Transfer > Synchronize... (Ctrl+Shift+S, also on the toolbar): the current tab's dialog.
    QAction *synchronize() const { return m_synchronize; }
    // Appends them to the View menu.
    void addTo(QMenu *menu);

    // Shows the current tab's state (after a tab switch, a connection, a disconnection).
    void update();
    void retranslate();

Q_SIGNALS:
    // A message for the status bar (e.g. synchronized browsing needs a connection).
    void statusMessage(const QString &text);

private:
    void watch(ConnectionTab *tab);

    std::function<ConnectionTab *()> m_currentTab;
    QAction *m_compare;
    QAction *m_compareSize;
    QAction *m_compareTime;
    QAction *m_hideIdentical;
    QAction *m_syncBrowsing;
    QAction *m_synchronize;
    QActionGroup *m_modes;
    bool m_updating = false;
    Retranslator m_tr{staticMetaObject.className()};
};

} // namespace ferry::ui
