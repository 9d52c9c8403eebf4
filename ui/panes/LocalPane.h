#pragma once
// The left pane: the local disk, on QFileSystemModel (folders are read on its own
// thread). An archive (zip, tar.*, 7z, iso, ... whatever core/archive reads) opens like a
// folder on Enter or a double-click: its listing is read once on a worker thread (the
// pane shows it is busy meanwhile), then the file list shows one folder of it through an
// ArchiveFolderModel, the path bar "/home/u/a.tar.zst/inner/folder", and a badge says it
// is read-only. Backspace, "..", the tree or the path bar leave it. GUI thread.

#include <memory>

#include "archive/ArchiveTree.h"
#include "base/CancelToken.h"
#include "base/Result.h"
#include "panes/FilePane.h"
#include "panes/LocalIconProvider.h"
#include "panes/TransferMime.h"

class QFileSystemModel;

namespace ferry::ui {

class ArchiveFolderModel;
class LocalFileModel;
class LocalSortProxy;

class LocalPane : public FilePane
{
    Q_OBJECT
public:
    explicit LocalPane(QWidget *parent = nullptr);
    ~LocalPane() override;

    // The folder shown; inside an archive, the folder the archive is in.
    QString currentPath() const { return m_path; }
    // Shows a folder (made absolute and clean); false when it is not a readable folder.
    bool openFolder(const QString &path);
    // Shows folder ("" for the top level) of the archive at archivePath like a folder;
    // the listing is read on a worker thread the first time (archiveLoaded() then), and
    // kept while the pane stays in that archive.
    void openArchive(const QString &archivePath, const QString &folder = {});
    // The list shows (or is loading) an archive.
    bool isInArchive() const { return !m_archive.isEmpty(); }
    // The archive shown and its folder ("" for the top level); empty outside one.
    const QString &archivePath() const { return m_archive; }
    const QString &archiveFolder() const { return m_archiveFolder; }
    ArchiveFolderModel *archiveModel() const { return m_archiveModel; }
    // "…is read-only": why renaming, deleting, new folders and drops are refused here.
    QString readOnlyMessage() const;
    void goUp() override;
    void refresh() override;

    LocalFileModel *fileModel() const { return m_files; }
    LocalSortProxy *sortProxy() const { return m_proxy; }
    QFileSystemModel *treeModel() const { return m_treeModel; }
    // Files and folders whose name starts with a dot (Settings > Interface).
    void setShowHidden(bool show);

Q_SIGNALS:
    void folderChanged(const QString &path);
    // Transfers the user asked for here: remote entries dropped into folder, or a file
    // double-clicked (Enter) to be uploaded into the other pane's folder.
    void downloadRequested(const ferry::ui::RemoteDrag &drag, const QString &folder);
    void uploadRequested(const QStringList &localPaths);
    // A file inside the archive shown was double-clicked (Enter): to be uploaded.
    void archiveUploadRequested(const ferry::ui::ArchiveDrag &drag);
    // Members of an archive (another local pane's) dropped into folder: to be extracted.
    void extractRequested(const ferry::ui::ArchiveDrag &drag, const QString &folder);
    // An archive's listing was read (ok) or could not be (message says why).
    void archiveLoaded(bool ok, const QString &message);

protected:
    void activateListRow(const QModelIndex &index) override;
    void activateTreeRow(const QModelIndex &index) override;
    void openTypedPath(const QString &path) override;
    void updateStatus() override;
    void retranslate() override;

private:
    void scheduleStatus();
    // Leaves the archive (if one is shown) for the plain file list.
    void leaveArchive();
    void showArchiveFolder(const QString &folder);
    void archiveListed(quint64 generation, const QString &archivePath, const QString &folder,
                       const std::shared_ptr<remote::Result<archive::ArchiveTree>> &result);

    QFileSystemModel *m_treeModel;
    LocalFileModel *m_files;
    LocalSortProxy *m_proxy;
    QString m_path;
    bool m_statusPending = false;

    ArchiveFolderModel *m_archiveModel;
    QString m_archive;                                  // the archive shown (absolute), empty outside one
    QString m_archiveFolder;                            // its folder shown
    std::shared_ptr<const archive::ArchiveTree> m_tree; // m_archive's listing, once read
    QString m_treeKey;                                  // which file (path, size, time) it is of
    remote::CancelToken m_listingCancel;
    quint64 m_listingGeneration = 0;
    QString m_error; // shown in the status line until the next folder is opened
};

} // namespace ferry::ui
