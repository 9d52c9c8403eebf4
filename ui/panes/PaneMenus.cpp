#include "panes/PaneMenus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QUrl>

#include "archive/ArchiveEntry.h"
#include "dialogs/PermissionsDialog.h"
#include "panes/ArchiveFolderModel.h"
#include "panes/InlineRename.h"
#include "panes/LocalFileModel.h"
#include "panes/LocalPane.h"
#include "panes/LocalSortProxy.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "session/Session.h"
#include "sync/TreeRemoval.h"

namespace ferry::ui {

using remote::RemotePath;
using remote::Result;
using session::FileOperation;
using session::OperationJob;

PaneMenus::PaneMenus(LocalPane *local, RemotePane *remote, QWidget *dialogParent)
    : QObject(dialogParent), m_local(local), m_remote(remote), m_dialogParent(dialogParent)
{
    m_localActions = makeActions(local);
    m_remoteActions = makeActions(remote);
    for (FilePane *pane : {static_cast<FilePane *>(local), static_cast<FilePane *>(remote)}) {
        QTreeView *list = pane->fileList();
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this, [this, pane, list](const QPoint &pos) {
            // A click beside the rows is about the folder, not the selection.
            if (!list->indexAt(pos).isValid())
                list->selectionModel()->clearSelection();
            QMenu *menu = buildMenu(pane, list);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(list->viewport()->mapToGlobal(pos));
        });
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, pane] { updateActions(pane); });
        // The local pane inside an archive: another model, another selection model.
        connect(pane, &FilePane::listModelChanged, this, [this, pane, list] {
            connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    [this, pane] { updateActions(pane); });
            updateActions(pane);
        });
        updateActions(pane);
    }
    connect(remote, &RemotePane::moveRequested, this, &PaneMenus::confirmMove);
}

PaneMenus::Actions PaneMenus::makeActions(FilePane *pane)
{
    const bool remote = isRemote(pane);
    QTreeView *list = pane->fileList();
    Actions a;
    const auto make = [this, list](const char *text, const QString &name, const QKeySequence &key,
                                   auto slot) {
        auto *action = new QAction(list);
        m_tr.bind(action, &QAction::setText, text);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            // Only while the list has the focus: Del in a text field edits the text.
            action->setShortcutContext(Qt::WidgetShortcut);
            list->addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    if (!remote)
        a.open = make(QT_TR_NOOP("&Open"), QStringLiteral("open"), {}, [this, pane] { openSelected(pane); });
    a.rename = make(QT_TR_NOOP("&Rename"), QStringLiteral("rename"), QKeySequence(Qt::Key_F2),
                    [this, pane] { renameCurrent(pane); });
    a.remove = make(QT_TR_NOOP("&Delete"), QStringLiteral("delete"), QKeySequence(QKeySequence::Delete),
                    [this, pane] { deleteSelected(pane); });
    a.newFolder = make(QT_TR_NOOP("Create &folder…"), QStringLiteral("newFolder"), {},
                       [this, pane] { askNewName(pane, true); });
    a.newFile = make(QT_TR_NOOP("Create new &file…"), QStringLiteral("newFile"), {},
                     [this, pane] { askNewName(pane, false); });
    if (remote) {
        a.permissions = make(QT_TR_NOOP("File &permissions…"), QStringLiteral("permissions"), {},
                             [this] { changePermissions(); });
        a.copyUrl = make(QT_TR_NOOP("&Copy URL(s) to clipboard"), QStringLiteral("copyUrl"), {},
                         [this] { copyUrls(); });
    }
    // F5 itself is the window's (it acts on the active pane); shown here for the menu.
    a.refresh = make(QT_TR_NOOP("Re&fresh"), QStringLiteral("refresh"), {}, [pane] { pane->refresh(); });
    a.refresh->setShortcut(QKeySequence(Qt::Key_F5));
    a.refresh->setShortcutContext(Qt::WidgetShortcut);
    return a;
}

void PaneMenus::retranslate()
{
    m_tr.retranslate();
}

const PaneMenus::Actions &PaneMenus::actionsOf(FilePane *pane) const
{
    return isRemote(pane) ? m_remoteActions : m_localActions;
}

bool PaneMenus::isRemote(FilePane *pane) const
{
    return pane == m_remote;
}

bool PaneMenus::remoteReady() const
{
    return m_remote->session() && m_remote->fileModel()->hasListing();
}

QAction *PaneMenus::action(FilePane *pane, Op op) const
{
    const Actions &a = actionsOf(pane);
    switch (op) {
    case Op::Open:
        return a.open;
    case Op::Rename:
        return a.rename;
    case Op::Delete:
        return a.remove;
    case Op::NewFolder:
        return a.newFolder;
    case Op::NewFile:
        return a.newFile;
    case Op::Permissions:
        return a.permissions;
    case Op::CopyUrl:
        return a.copyUrl;
    case Op::Refresh:
        return a.refresh;
    }
    return nullptr;
}

QList<PaneMenus::Item> PaneMenus::selection(FilePane *pane) const
{
    QList<Item> items;
    const QModelIndexList rows = pane->fileList()->selectionModel()->selectedRows();
    if (isRemote(pane)) {
        const RemoteFileModel *model = m_remote->fileModel();
        for (const QModelIndex &index : rows) {
            const remote::DirEntry *entry = model->entryAt(index.row());
            if (!entry || !RemotePath::isSafeName(entry->name))
                continue;
            Item item;
            item.name = entry->name;
            item.remotePath = model->path().child(entry->name);
            item.isDir = entry->type == remote::EntryType::Dir;
            item.isLink = entry->type == remote::EntryType::Link;
            item.mode = entry->mode.value_or(0);
            item.row = index.row();
            items.append(item);
        }
    } else if (m_local->isInArchive()) {
        const ArchiveFolderModel *model = m_local->archiveModel();
        for (const QModelIndex &index : rows) {
            const archive::ArchiveEntry *entry = model->entryAt(index.row());
            if (!entry)
                continue;
            Item item;
            item.name = entry->name();
            item.localPath = m_local->archivePath();
            item.archiveMember = entry->path;
            item.size = entry->size;
            item.isDir = entry->isFolder();
            item.isLink = !entry->isFolder() && entry->type != archive::EntryType::File;
            item.row = index.row();
            items.append(item);
        }
    } else {
        LocalSortProxy *proxy = m_local->sortProxy();
        LocalFileModel *model = m_local->fileModel();
        for (const QModelIndex &index : rows) {
            const QModelIndex source = proxy->mapToSource(index);
            if (LocalFileModel::isUpEntry(source))
                continue;
            const QFileInfo info = model->fileInfo(source);
            Item item;
            item.name = info.fileName();
            item.localPath = info.absoluteFilePath();
            item.isLink = info.isSymLink();
            item.isDir = info.isDir() && !info.isSymLink();
            item.row = index.row();
            items.append(item);
        }
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.row < b.row; });
    return items;
}

void PaneMenus::updateActions(FilePane *pane)
{
    const Actions &a = actionsOf(pane);
    const bool ready = !isRemote(pane) || remoteReady();
    const QList<Item> items = ready ? selection(pane) : QList<Item>();
    const int selected = int(items.size());
    // Inside an archive (read-only): only opening a folder of it.
    const bool writable = isRemote(pane) || !m_local->isInArchive();
    if (a.open)
        a.open->setEnabled(writable ? selected > 0 : selected == 1 && items.first().isDir);
    a.rename->setEnabled(writable && selected == 1);
    a.remove->setEnabled(writable && selected > 0);
    a.newFolder->setEnabled(writable && ready);
    a.newFile->setEnabled(writable && ready);
    const QString why = writable ? QString() : m_local->readOnlyMessage();
    for (QAction *action : {a.rename, a.remove, a.newFolder, a.newFile})
        action->setToolTip(why.isEmpty() ? action->text().remove(QLatin1Char('&')) : why);
    if (a.permissions)
        a.permissions->setEnabled(selected > 0);
    if (a.copyUrl)
        a.copyUrl->setEnabled(ready);
    a.refresh->setEnabled(ready);
}

QMenu *PaneMenus::buildMenu(FilePane *pane, QWidget *parent)
{
    updateActions(pane);
    auto *menu = new QMenu(parent);
    menu->setObjectName(isRemote(pane) ? QStringLiteral("remoteContextMenu")
                                       : QStringLiteral("localContextMenu"));
    Q_EMIT aboutToShowMenu(menu, pane); // the transfer section
    if (!menu->isEmpty())
        menu->addSeparator();
    const Actions &a = actionsOf(pane);
    if (a.open) {
        menu->addAction(a.open);
        menu->addSeparator();
    }
    menu->addAction(a.newFolder);
    menu->addAction(a.newFile);
    menu->addAction(a.refresh);
    menu->addSeparator();
    menu->addAction(a.remove);
    menu->addAction(a.rename);
    if (a.copyUrl)
        menu->addAction(a.copyUrl);
    if (a.permissions)
        menu->addAction(a.permissions);
    return menu;
}

QString PaneMenus::deleteQuestion(const QList<Item> &items, bool remote)
{
    constexpr int kNamed = 5;
    QStringList lines;
    for (int i = 0; i < items.size() && i < kNamed; ++i) {
        lines << (items[i].isDir ? tr("%1 (a folder, with everything in it)").arg(items[i].name)
                                 : items[i].name);
    }
    if (items.size() > kNamed)
        lines << tr("… and %1 more").arg(items.size() - kNamed);
    const QString where = remote ? tr("from the server") : tr("from this computer");
    const QString head = items.size() == 1 ? tr("Delete 1 item %1?").arg(where)
                                           : tr("Delete %1 items %2?").arg(items.size()).arg(where);
    return head + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) +
           (remote ? QString() : tr("\n\nDeleted files do not go to the trash."));
}

bool PaneMenus::refuseInArchive(FilePane *pane)
{
    if (isRemote(pane) || !m_local->isInArchive())
        return false;
    Q_EMIT logged(m_local->readOnlyMessage(), true);
    return true;
}

void PaneMenus::openSelected(FilePane *pane)
{
    if (isRemote(pane))
        return;
    const QList<Item> items = selection(pane);
    if (m_local->isInArchive()) {
        if (items.size() == 1 && items.first().isDir)
            m_local->openArchive(m_local->archivePath(), items.first().archiveMember);
        return;
    }
    if (items.size() == 1 && QFileInfo(items.first().localPath).isDir()) {
        m_local->openFolder(items.first().localPath);
        return;
    }
    for (const Item &item : items) {
        if (QFileInfo(item.localPath).isDir())
            continue;
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(item.localPath)))
            Q_EMIT logged(tr("Opened %1").arg(item.localPath), false);
        else
            Q_EMIT logged(
                tr("Could not open %1: no program is set up for this kind of file").arg(item.localPath),
                true);
    }
}

void PaneMenus::renameCurrent(FilePane *pane)
{
    if (refuseInArchive(pane))
        return;
    updateActions(pane);
    if (!action(pane, Op::Rename)->isEnabled())
        return;
    const Item item = selection(pane).constFirst();
    QTreeView *list = pane->fileList();
    const QModelIndex index = list->model()->index(item.row, 0, list->rootIndex());
    list->scrollTo(index);
    InlineRename *editor = InlineRename::start(list, index, item.name);
    connect(editor, &InlineRename::committed, this,
            [this, pane](const QString &oldName, const QString &newName) { rename(pane, oldName, newName); });
}

void PaneMenus::rename(FilePane *pane, const QString &oldName, const QString &newName)
{
    if (!RemotePath::isSafeName(newName)) {
        Q_EMIT logged(tr("Cannot rename %1 to \"%2\": not a valid file name").arg(oldName, newName), true);
        return;
    }
    if (isRemote(pane)) {
        if (!remoteReady())
            return;
        const RemotePath folder = m_remote->currentPath();
        runRemote(FileOperation::rename(folder.child(oldName), folder.child(newName)));
        return;
    }
    QDir dir(m_local->currentPath());
    if (dir.exists(newName)) {
        Q_EMIT logged(tr("Could not rename %1 to %2: %2 exists already").arg(dir.filePath(oldName), newName),
                      true);
        return;
    }
    if (dir.rename(oldName, newName))
        Q_EMIT logged(tr("Renamed %1 to %2").arg(dir.filePath(oldName), dir.filePath(newName)), false);
    else
        Q_EMIT logged(tr("Could not rename %1 to %2").arg(dir.filePath(oldName), newName), true);
}

void PaneMenus::deleteSelected(FilePane *pane)
{
    if (refuseInArchive(pane))
        return;
    updateActions(pane);
    if (!action(pane, Op::Delete)->isEnabled())
        return;
    const QList<Item> items = selection(pane);
    const bool remote = isRemote(pane);
    const auto remove = [this, items, remote] {
        if (!remote) {
            deleteLocal(items);
            return;
        }
        if (!remoteReady())
            return;
        QList<FileOperation::Target> targets;
        for (const Item &item : items)
            targets.append({item.remotePath, item.isDir});
        runRemote(FileOperation::remove(targets));
    };
    if (!m_confirmDelete) {
        remove();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), deleteQuestion(items, remote),
                                QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [remove](int result) {
        if (result == QMessageBox::Yes)
            remove();
    });
    box->open();
}

QString PaneMenus::moveQuestion(const QList<transfer::RemoteSource> &sources, const RemotePath &folder)
{
    constexpr int kNamed = 5;
    QStringList lines;
    for (int i = 0; i < sources.size() && i < kNamed; ++i) {
        const QString name = RemotePath(sources[i].path).name();
        lines << (sources[i].isFolder ? tr("%1 (a folder, with everything in it)").arg(name) : name);
    }
    if (sources.size() > kNamed)
        lines << tr("… and %1 more").arg(sources.size() - kNamed);
    return tr("Move %n item(s) into %1?", nullptr, int(sources.size())).arg(folder.toString()) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

void PaneMenus::confirmMove(const QList<transfer::RemoteSource> &sources, const RemotePath &folder)
{
    if (sources.isEmpty() || !remoteReady())
        return;
    if (!m_confirmMove) {
        moveRemote(sources, folder);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Move"), moveQuestion(sources, folder),
                                QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setObjectName(QStringLiteral("moveConfirmation"));
    box->setAccessibleName(tr("Move confirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, sources, folder](int result) {
        if (result == QMessageBox::Yes && remoteReady())
            moveRemote(sources, folder);
    });
    box->open();
}

void PaneMenus::moveRemote(const QList<transfer::RemoteSource> &sources, const RemotePath &folder)
{
    for (const transfer::RemoteSource &source : sources) {
        const RemotePath from(source.path);
        const QString name = from.name();
        if (!RemotePath::isSafeName(name))
            continue;
        runRemote(FileOperation::move(from, folder.child(name)));
    }
}

void PaneMenus::deleteLocal(const QList<Item> &items)
{
    for (const Item &item : items) {
        const bool ok = item.isDir ? QDir(item.localPath).removeRecursively() : QFile::remove(item.localPath);
        if (!ok) {
            Q_EMIT logged(tr("Could not delete %1: permission denied or in use").arg(item.localPath), true);
            return;
        }
        Q_EMIT logged(tr("Deleted %1").arg(item.localPath), false);
    }
}

void PaneMenus::askNewName(FilePane *pane, bool folder)
{
    if (refuseInArchive(pane))
        return;
    updateActions(pane);
    if (!action(pane, folder ? Op::NewFolder : Op::NewFile)->isEnabled())
        return;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(folder ? QStringLiteral("newFolderDialog") : QStringLiteral("newFileDialog"));
    dialog->setWindowTitle(folder ? tr("Create folder") : tr("Create new file"));
    const QString where = isRemote(pane) ? m_remote->currentPath().toString() : m_local->currentPath();
    dialog->setLabelText(folder ? tr("Name of the new folder in %1:").arg(where)
                                : tr("Name of the new empty file in %1:").arg(where));
    dialog->setTextValue(folder ? tr("New folder") : tr("New file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, pane, folder](const QString &name) { create(pane, name.trimmed(), folder); });
    dialog->open();
}

void PaneMenus::create(FilePane *pane, const QString &name, bool folder)
{
    if (!RemotePath::isSafeName(name)) {
        Q_EMIT logged(tr("Cannot create \"%1\": not a valid file name").arg(name), true);
        return;
    }
    if (isRemote(pane)) {
        if (!remoteReady())
            return;
        const RemotePath path = m_remote->currentPath().child(name);
        runRemote(folder ? FileOperation::makeDir(path) : FileOperation::makeFile(path));
        return;
    }
    const QString path = QDir(m_local->currentPath()).filePath(name);
    if (QFileInfo::exists(path)) {
        Q_EMIT logged(tr("Could not create %1: it exists already").arg(path), true);
        return;
    }
    bool ok = false;
    if (folder) {
        ok = QDir().mkdir(path);
    } else {
        QFile file(path);
        ok = file.open(QIODevice::NewOnly | QIODevice::WriteOnly);
    }
    if (ok)
        Q_EMIT logged(folder ? tr("Created the folder %1").arg(path)
                             : tr("Created the empty file %1").arg(path),
                      false);
    else
        Q_EMIT logged(tr("Could not create %1: permission denied").arg(path), true);
}

void PaneMenus::changePermissions()
{
    updateActions(m_remote);
    if (!m_remoteActions.permissions->isEnabled())
        return;
    const QList<Item> items = selection(m_remote);
    bool hasFolders = false;
    for (const Item &item : items)
        hasFolders = hasFolders || item.isDir;
    const QString what = items.size() == 1 ? items.first().name : tr("%1 items").arg(items.size());
    const quint32 mode = items.first().mode ? items.first().mode : (items.first().isDir ? 0755 : 0644);
    auto *dialog = new PermissionsDialog(what, mode, hasFolders, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items] {
        if (!remoteReady())
            return;
        QList<FileOperation::Target> targets;
        for (const Item &item : items)
            targets.append({item.remotePath, item.isDir});
        runRemote(FileOperation::chmod(targets, dialog->mode(), dialog->isRecursive(), dialog->scope()));
    });
    dialog->open();
}

void PaneMenus::copyUrls()
{
    session::Session *session = m_remote->session();
    if (!session)
        return;
    remote::ConnectionSpec spec = session->spec();
    spec.password.clear(); // never in a URL that leaves the program
    spec.hasPassword = false;
    QList<Item> items = selection(m_remote);
    QStringList urls;
    if (items.isEmpty()) {
        spec.path = m_remote->currentPath().toString();
        spec.trailingSlash = true;
        urls << spec.toUrl(false);
    }
    for (const Item &item : std::as_const(items)) {
        spec.path = item.remotePath.toString();
        spec.trailingSlash = item.isDir;
        urls << spec.toUrl(false);
    }
    QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    Q_EMIT logged(urls.size() == 1 ? tr("Copied the URL %1").arg(urls.first())
                                   : tr("Copied %1 URLs").arg(urls.size()),
                  false);
}

void PaneMenus::runRemote(const FileOperation &operation)
{
    session::Session *session = m_remote->session();
    if (!session)
        return;
    Q_EMIT logged(operation.description(), false);
    // A folder's delete lists its tree ahead and deletes over several connections.
    OperationJob *job = operation.kind() == FileOperation::Kind::Remove
                            ? sync::TreeRemoval::run(*session, operation)
                            : session->runOperation(operation);
    connect(job, &OperationJob::finished, this, [this, operation](const Result<int> &result) {
        if (result.ok())
            Q_EMIT logged(operation.summary(result.value()), false);
        else if (result.error().kind() != remote::ErrorKind::Cancelled)
            Q_EMIT logged(tr("%1 failed: %2").arg(operation.description(), result.error().toString()), true);
    });
}

} // namespace ferry::ui
