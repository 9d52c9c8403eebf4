#pragma once
// What a drag between the panes carries. Local files travel as text/uri-list (file://
// URLs, as every file manager sends them); remote entries as kRemoteEntriesMime, a JSON
// object naming the queue's site, the folder and the entries. GUI thread.

#include <QList>
#include <QString>
#include <QStringList>

#include "remote/DirEntry.h"
#include "remote/RemotePath.h"
#include "transfer/QueueRequests.h"

class QMimeData;

namespace ferry::ui {

inline const QString kRemoteEntriesMime = QStringLiteral("application/x-ferry-remote-entries");

struct RemoteDrag
{
    QString site; // the queue's name for the server (session::SiteRef::display)
    QList<transfer::RemoteSource> sources;
};

// The remote entries of folder as drag data.
QMimeData *remoteEntriesMimeData(const QString &site, const remote::RemotePath &folder,
                                 const QList<remote::DirEntry> &entries);
// The remote entries a drag carries; empty when none (or not ours).
RemoteDrag remoteEntriesOf(const QMimeData *data);
// The local files and folders a drag carries (file:// URLs that exist).
QStringList localPathsOf(const QMimeData *data);

} // namespace ferry::ui
