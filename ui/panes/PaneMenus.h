#pragma once
// The file panes' context menus and the file operations behind them (not transfers):
// Open (local), Rename (F2, in place), Delete (Del, after a confirmation naming what
// goes; folders recursively), New folder, New file, File permissions (remote), Copy URL
// (remote, never with the password) and Refresh (F5). Remote operations run through
// Session::runOperation, on a transfer connection of the site's pool, never on the
// browsing one; local ones on the local disk. Every operation reports to the message
// log through logged(); a failure names the file and the server's reply.
//
// The first section of each menu is for transfers: aboutToShowMenu() is emitted with the
// empty menu before the actions here are added (after a separator), so the window can
// put Download / Upload / Add to queue there.
//
// The same actions (enabled for what is selected) serve the menu bar's Edit menu
// through action(). Questions (confirmation, names, permissions) are window-modal
// dialogs opened with open(), never a nested event loop. GUI thread.

#include <QList>
#include <QObject>
#include <QPointer>

#include "common/Retranslator.h"

#include "remote/RemotePath.h"
#include "session/FileOperation.h"
#include "transfer/QueueRequests.h"

class QAction;
class QMenu;
class QModelIndex;
class QWidget;

namespace ferry::ui {

class FilePane;
class LocalPane;
class RemotePane;

class PaneMenus : public QObject
{
    Q_OBJECT
public:
    // The actions' texts again in the current language (the window calls it on a
    // language change; the menus and questions are made in it each time).
    void retranslate();

    enum class Op
    {
        Open,
        Rename,
        Delete,
        NewFolder,
        NewFile,
        Permissions,
        CopyUrl,
        Refresh
    };

    // One selected row of a pane (".." is never one).
    struct Item
    {
        QString name;
        QString localPath;             // local pane (inside an archive: the archive)
        QString archiveMember;         // inside an archive: the member's path in it
        qint64 size = -1;              // inside an archive: a file's size
        remote::RemotePath remotePath; // remote pane
        bool isDir = false;            // a real folder (not a link to one)
        bool isLink = false;
        quint32 mode = 0; // permission bits when known (remote), else 0
        int row = -1;     // the row in the pane's file list
    };

    PaneMenus(LocalPane *local, RemotePane *remote, QWidget *dialogParent);

    // The pane's action for op; nullptr when the pane has none (Open on the remote pane,
    // Permissions and Copy URL on the local one). Enabled states follow updateActions().
    QAction *action(FilePane *pane, Op op) const;
    // Enables each of the pane's actions for what is selected now and whether the remote
    // pane is connected.
    void updateActions(FilePane *pane);
    // The context menu for pane as it stands (the caller owns and shows it).
    QMenu *buildMenu(FilePane *pane, QWidget *parent = nullptr);
    // What is selected in pane (never "..").
    QList<Item> selection(FilePane *pane) const;

    // The confirmation's text: "Delete 3 items from the server? a.txt, b (a folder, with
    // everything in it), …".
    static QString deleteQuestion(const QList<Item> &items, bool remote);
    // "Move 3 item(s) into /srv/b? a.txt, c (a folder, with everything in it), …".
    static QString moveQuestion(const QList<transfer::RemoteSource> &sources,
                                const remote::RemotePath &folder);
    // Asks (moveQuestion, No by default) and on Yes moves each source into folder on the
    // server (FileOperation::move: a rename that never replaces an entry of the same name),
    // logging each result; the session lists the changed folders again.
    void confirmMove(const QList<transfer::RemoteSource> &sources, const remote::RemotePath &folder);
    // Whether deleting and moving on the server by drag and drop ask first (Settings >
    // Interface; both by default). Without, they happen at once.
    void setConfirmations(bool deletes, bool moves)
    {
        m_confirmDelete = deletes;
        m_confirmMove = moves;
    }

Q_SIGNALS:
    // A context menu is being built: add transfer actions to the (still empty) menu.
    void aboutToShowMenu(QMenu *menu, ferry::ui::FilePane *pane);
    // A line for the message log.
    void logged(const QString &text, bool error);

private:
    bool m_confirmDelete = true;
    bool m_confirmMove = true;
    struct Actions
    {
        QAction *open = nullptr;
        QAction *rename = nullptr;
        QAction *remove = nullptr;
        QAction *newFolder = nullptr;
        QAction *newFile = nullptr;
        QAction *permissions = nullptr;
        QAction *copyUrl = nullptr;
        QAction *refresh = nullptr;
    };
    Actions makeActions(FilePane *pane);
    const Actions &actionsOf(FilePane *pane) const;
    bool isRemote(FilePane *pane) const;
    bool remoteReady() const;

    // Inside an archive (read-only): says so in the log and returns true.
    bool refuseInArchive(FilePane *pane);
    void openSelected(FilePane *pane);
    void renameCurrent(FilePane *pane);
    void deleteSelected(FilePane *pane);
    void askNewName(FilePane *pane, bool folder);
    void changePermissions();
    void copyUrls();

    void rename(FilePane *pane, const QString &oldName, const QString &newName);
    void create(FilePane *pane, const QString &name, bool folder);
    void deleteLocal(const QList<Item> &items);
    void runRemote(const session::FileOperation &operation);
    void moveRemote(const QList<transfer::RemoteSource> &sources, const remote::RemotePath &folder);

    LocalPane *m_local;
    RemotePane *m_remote;
    QPointer<QWidget> m_dialogParent;
    Actions m_localActions;
    Actions m_remoteActions;
    Retranslator m_tr{staticMetaObject.className()};
};

} // namespace ferry::ui
