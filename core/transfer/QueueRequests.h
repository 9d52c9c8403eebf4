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

// Uploads of localPaths into remoteFolder (absolute). Paths that do not exist are left out.
QList<QueueItem> uploadItems(const QueueTarget &target, const QStringList &localPaths,
                             const QString &remoteFolder, ExistsAction exists = ExistsAction::Ask);
// Downloads of sources into localFolder.
QList<QueueItem> downloadItems(const QueueTarget &target, const QList<RemoteSource> &sources,
                               const QString &localFolder, ExistsAction exists = ExistsAction::Ask);

} // namespace ferry::transfer
