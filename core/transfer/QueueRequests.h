#pragma once
// Turns what a user picked (local files and folders, or remote entries) into queue items
// for one server: the window's drops, double-clicks and menu actions all go through here,
// so that the rules for names, folders and options live in one place, beside the queue.
// Folders become folder items, expanded by the queue when their turn comes. Plain
// functions; nothing is stored.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "QueueItem.h"
#include "remote/ConnectOptions.h"

namespace ferry::transfer {

// The server side of a transfer: the queue's site name (a session::SiteRef's display())
// and the connection settings the items keep; how downloads are written and whether
// copies keep the source's modification time (ItemOptions; the window's settings).
struct QueueTarget
{
    QString site;
    remote::ConnectOptions options;
    bool usePartFile = true;
    bool preserveTime = true;
};

struct RemoteSource
{
    QString path; // absolute
    bool isFolder = false;
    qint64 size = -1;
};

// A member of an archive to upload: its path inside the archive ("" for the whole
// archive's content), as archive::ArchiveEntry::path has it.
struct ArchiveSource
{
    QString member;
    bool isFolder = false;
    qint64 size = -1;
};

// Uploads of members of the archive at archivePath into remoteFolder, streamed from the
// archive when each runs (ItemOptions::archiveMember); a folder member becomes a folder
// item the queue expands from the archive's listing (as `put -r ARCHIVE!/dir`), the
// archive's top level ("") goes up under the archive's name without its ending.
QList<QueueItem> archiveUploadItems(const QueueTarget &target, const QString &archivePath,
                                    const QList<ArchiveSource> &members, const QString &remoteFolder,
                                    ExistsAction exists = ExistsAction::Ask);
// Uploads of localPaths into remoteFolder (absolute). Paths that do not exist are left out.
QList<QueueItem> uploadItems(const QueueTarget &target, const QStringList &localPaths,
                             const QString &remoteFolder, ExistsAction exists = ExistsAction::Ask);
// Downloads of sources into localFolder.
QList<QueueItem> downloadItems(const QueueTarget &target, const QList<RemoteSource> &sources,
                               const QString &localFolder, ExistsAction exists = ExistsAction::Ask);
// Server-to-server copies of sources (on source.site, with source's settings) into
// targetFolder of targetSite (a queue site name; the folder absolute, or relative to the
// target's login folder, empty for that folder itself). When an item runs, the queue
// copies FXP where both FTP servers allow it and streams otherwise (ServerCopy);
// ItemOptions::method then says which. Each copy keeps its source's name.
QList<QueueItem> copyItems(const QueueTarget &source, const QList<RemoteSource> &sources,
                           const QString &targetSite, const QString &targetFolder,
                           ExistsAction exists = ExistsAction::Ask);
// One copy of from to targetPath on targetSite: the path the copy gets, not the folder
// it goes into (`ferry-cli queue add copy URL URL` without a trailing '/').
QueueItem copyItem(const QueueTarget &source, const RemoteSource &from, const QString &targetSite,
                   const QString &targetPath, ExistsAction exists = ExistsAction::Ask);

} // namespace ferry::transfer
