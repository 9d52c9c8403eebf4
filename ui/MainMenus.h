#pragma once
// The main window's menu bar: File, Edit, View, Transfer, Server, Bookmarks, Help, with
// FileZilla's shortcuts (F5 refresh, Ctrl+R reconnect, Ctrl+D disconnect, Ctrl+Q quit,
// F2 rename, Del delete). Built from the window's and the panes' actions; the Edit
// menu's file operations act on the pane that had the focus last. The menus are kept
// here so others can add to them (the Transfer menu is for the queue's actions).
// GUI thread.

#include <QObject>

#include <functional>

#include "common/Retranslator.h"

class QAction;
class QMainWindow;
class QMenu;

namespace ferry::ui {

class FilePane;
class PaneMenus;

class MainMenus : public QObject
{
    Q_OBJECT
public:
    // The window's own actions the menus hold (made by the window, with their shortcuts).
    struct WindowActions
    {
        QAction *connect = nullptr;
        QAction *reconnect = nullptr;
        QAction *disconnect = nullptr;
        QAction *refresh = nullptr;
        QAction *up = nullptr;
        QAction *goToPath = nullptr;
    };

    // paneMenus: the current tab's; activePane: its pane that had the focus last.
    MainMenus(QMainWindow *window, const WindowActions &actions, std::function<PaneMenus *()> paneMenus,
              std::function<FilePane *()> activePane);

    // The menus' titles and their own entries again in the current language.
    void retranslate();
    QMenu *file() const { return m_file; }
    QMenu *edit() const { return m_edit; }
    QMenu *view() const { return m_view; }
    QMenu *transfer() const { return m_transfer; }
    QMenu *server() const { return m_server; }
    QMenu *bookmarks() const { return m_bookmarks; }
    QMenu *help() const { return m_help; }

    QAction *quitAction() const { return m_quit; }
    // View: the folder trees to the left of the lists instead of above them (checkable).
    QAction *treeBesideAction() const { return m_treeBeside; }
    // View: the message log shown (checkable).
    QAction *messageLogAction() const { return m_messageLog; }

private:
    QMenu *m_file;
    QMenu *m_edit;
    QMenu *m_view;
    QMenu *m_transfer;
    QMenu *m_server;
    QMenu *m_bookmarks;
    QMenu *m_help;
    QAction *m_quit;
    QAction *m_treeBeside;
    QAction *m_messageLog;
    Retranslator m_tr{staticMetaObject.className()};
};

} // namespace ferry::ui
