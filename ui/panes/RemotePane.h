#pragma once
// The right pane: a server's folders through a Session's async API. Opening a folder is
// a ListJob on the session's browsing connection; the session caches listings, F5
// reloads; folders a file operation changed (Session::foldersChanged) are listed again.
// A busy indicator runs while a job is pending or rows are still going in. Without a
// session the list says "Not connected" and the tree is empty.
// GUI thread; never waits on the network.

#include <QPointer>

#include "panes/FilePane.h"
#include "panes/TransferMime.h"
#include "remote/RemotePath.h"
#include "session/ListJob.h"
#include "session/Session.h"
#include "transfer/QueueRequests.h"

namespace ferry::ui {

class RemoteFileModel;
class RemoteTreeModel;

class RemotePane : public FilePane
{
    Q_OBJECT
public:
    explicit RemotePane(QWidget *parent = nullptr);

    // Shows the session's folders, starting at start; nullptr clears the pane.
    void setSession(session::Session *session, const remote::RemotePath &start = remote::RemotePath());
    session::Session *session() const { return m_session; }
    const remote::RemotePath &currentPath() const { return m_path; }

    void openFolder(const remote::RemotePath &path, bool reload = false);
    void goUp() override;
    void refresh() override;

    RemoteFileModel *fileModel() const { return m_files; }
    void setShowHidden(bool show);
    RemoteTreeModel *treeModel() const { return m_tree; }

Q_SIGNALS:
    // A folder's listing arrived and is going into the list.
    void folderOpened(const ferry::remote::RemotePath &path);
    void folderFailed(const ferry::remote::RemotePath &path, const QString &message);
    // Transfers the user asked for here: local files dropped into folder, or a file
    // double-clicked (Enter) to be downloaded into the other pane's folder.
    void uploadRequested(const QStringList &localPaths, const ferry::remote::RemotePath &folder);
    void downloadRequested(const QList<ferry::transfer::RemoteSource> &sources);
    // Members of an archive dropped into folder: uploaded streamed from the archive.
    void archiveUploadRequested(const ferry::ui::ArchiveDrag &drag, const ferry::remote::RemotePath &folder);
    // Entries dragged out to a file manager that named folder (X Direct Save): download
    // them there.
    void downloadToFolderRequested(const QList<ferry::transfer::RemoteSource> &sources,
                                   const QString &folder);
    // This server's entries dropped on a folder of the list or the tree: move them there
    // (after a confirmation; PaneMenus asks and runs the renames).
    void moveRequested(const QList<ferry::transfer::RemoteSource> &sources,
                       const ferry::remote::RemotePath &folder);
    // Another remote pane's entries (another tab's) dropped on folder of this one: copy
    // them server to server.
    void copyRequested(const ferry::ui::RemoteDrag &drag, const ferry::remote::RemotePath &folder);
    // What became of a drag out to another program, for the log and the status bar.
    void dragMessage(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void activateListRow(const QModelIndex &index) override;
    void activateTreeRow(const QModelIndex &index) override;
    void openTypedPath(const QString &path) override;
    void updateStatus() override;
    void retranslate() override;

private:
    void listForTree(const remote::RemotePath &path);
    void updateBusy();

    QPointer<session::Session> m_session;
    QPointer<session::ListJob> m_pending;
    remote::RemotePath m_path;
    RemoteFileModel *m_files;
    RemoteTreeModel *m_tree;
    QLabel *m_notConnected;
};

} // namespace ferry::ui
