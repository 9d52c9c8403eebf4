#pragma once
// What a drag between the panes carries. Local files travel as text/uri-list (file://
// URLs, as every file manager sends them); remote entries as kRemoteEntriesMime, a JSON
// object naming the queue's site, the remote pane they come from, the folder and the
// entries. GUI thread.

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
// Members of an archive the local pane shows as a folder: a JSON object naming the archive
// and the members (never text/uri-list: a file manager would take the whole archive).
inline const QString kArchiveMembersMime = QStringLiteral("application/x-ferry-archive-members");

struct RemoteDrag
{
    QString site; // the queue's name for the server (session::SiteRef::display)
    // The remote pane the drag started in (paneOrigin()); empty from older senders.
    QString origin;
    QList<transfer::RemoteSource> sources;
};

// A name for a remote pane that drags carry: this process and the pane.
QString paneOrigin(const void *pane);

// The remote entries of folder as kRemoteEntriesMime's bytes (unsafe names left out);
// RemoteDragData carries them in a drag.
QByteArray remoteEntriesJson(const QString &site, const remote::RemotePath &folder,
                             const QList<remote::DirEntry> &entries, const QString &origin = {});
// The remote entries a drag carries; empty when none (or not ours). The last answer is
// kept, so a drag's many position checks decode its entries once.
RemoteDrag remoteEntriesOf(const QMimeData *data);
// Whether the entries of drag may be moved (renamed on the server) into folder of the
// server site names: a drag from that server, not onto the folder they are in already,
// not onto one of the dragged folders or anything below one.
bool canMoveInto(const RemoteDrag &drag, const QString &site, const remote::RemotePath &folder);
// Whether drag comes from another remote pane of this process (another tab) than the one
// named origin: a drop there is a server-to-server copy, not a move.
bool isFromAnotherPane(const RemoteDrag &drag, const QString &origin);
// Whether the entries of drag, from another tab's remote pane, may be copied into folder
// of the server site names: never onto the folder they are in on the same server, nor
// into one of the dragged folders or anything below one.
bool canCopyInto(const RemoteDrag &drag, const QString &site, const remote::RemotePath &folder);
// Members dragged out of an archive: the archive file and each member's path inside it.
struct ArchiveDrag
{
    QString archive;
    QList<transfer::ArchiveSource> members;
};
QByteArray archiveMembersJson(const ArchiveDrag &drag);
// The archive members a drag carries; empty when none.
ArchiveDrag archiveMembersOf(const QMimeData *data);

// The local files and folders a drag carries (file:// URLs that exist).
QStringList localPathsOf(const QMimeData *data);

} // namespace ferry::ui
