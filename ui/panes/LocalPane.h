#pragma once
// The left pane: the local disk, on QFileSystemModel (folders are read on its own
// thread). GUI thread.

#include "panes/FilePane.h"
#include "panes/LocalIconProvider.h"
#include "panes/TransferMime.h"

class QFileSystemModel;

namespace ferry::ui {

class LocalFileModel;
class LocalSortProxy;

class LocalPane : public FilePane
{
    Q_OBJECT
public:
    explicit LocalPane(QWidget *parent = nullptr);

    QString currentPath() const { return m_path; }
    // Shows a folder (made absolute and clean); false when it is not a readable folder.
    bool openFolder(const QString &path);
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

protected:
    void activateListRow(const QModelIndex &index) override;
    void activateTreeRow(const QModelIndex &index) override;
    void openTypedPath(const QString &path) override;
    void updateStatus() override;
    void retranslate() override;

private:
    void scheduleStatus();

    QFileSystemModel *m_treeModel;
    LocalFileModel *m_files;
    LocalSortProxy *m_proxy;
    QString m_path;
    bool m_statusPending = false;
};

} // namespace ferry::ui
