#pragma once
// What a drag between the panes carries. Local files travel as text/uri-list (file://
// URLs, as every file manager sends them); remote entries as kRemoteEntriesMime, a JSON
// object naming the queue's site, the folder and the entries. GUI thread.

#include <QByteArray>
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

// The remote entries of folder as kRemoteEntriesMime's bytes (unsafe names left out);
// RemoteDragData carries them in a drag.
QByteArray remoteEntriesJson(const QString &site, const remote::RemotePath &folder,
                             const QList<remote::DirEntry> &entries);
// The remote entries a drag carries; empty when none (or not ours). The last answer is
// kept, so a drag's many position checks decode its entries once.
RemoteDrag remoteEntriesOf(const QMimeData *data);
// Whether the entries of drag may be moved (renamed on the server) into folder of the
// server site names: a drag from that server, not onto the folder they are in already,
// not onto one of the dragged folders or anything below one.
bool canMoveInto(const RemoteDrag &drag, const QString &site, const remote::RemotePath &folder);
// The local files and folders a drag carries (file:// URLs that exist).
QStringList localPathsOf(const QMimeData *data);

} // namespace ferry::ui
