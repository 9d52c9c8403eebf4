#pragma once
// The settings and run records a queue item keeps (QueueItem::options), as typed fields.
// queue.sqlite stores them as one JSON object in the `options` column, under the keys
// named below, written only when they differ from the default; keys this version does not
// know are kept as read (`other`), so a queue written by another version loses nothing.
// Never a password: TransferQueue drops "password"/"passphrase" from `connect` and `other`.

#include <QJsonObject>
#include <QString>

namespace ferry::transfer {

// A download's partial file, recorded before its first byte is written, so a later run
// continues that file (by path and identity) and no other.
struct PartialCopy
{
    QString path;
    qint64 device = -1;
    qint64 inode = -1;
    bool isEmpty() const { return path.isEmpty(); }
    bool operator==(const PartialCopy &other) const = default;
};

struct ItemOptions
{
    // Chosen when queued.
    bool preserveTime = true; // "preserveTime": keep the source's modification time
    bool usePartFile = true;  // "usePartFile": download to ".NAME.ferry-part", then rename
    bool tempUpload = false;  // "tempUpload": upload to "NAME.filepart", then rename
    // "followLinks": a folder's expansion follows links to files outside the folder the
    // user chose; by default they are recorded as Skipped items with the reason (links to
    // folders: never followed). See TreeWalker.h for the rules.
    bool followLinks = false;
    QJsonObject connect; // "connect": ConnectOptions as JSON (QueueOptions.h)
    // "archiveMember": an upload whose source is a member of the archive at localPath:
    // "/" + its member path ("/" alone: the archive's top level, a folder). Empty: the
    // source is localPath itself. A resumed run reads the member again from the offset.
    QString archiveMember;

    // Set by a folder's expansion.
    bool expanded = false; // "expanded": listed as an entry of a folder (a link to a folder is skipped)
    // "unsafe": a Skipped item recorded instead of running it (a name that would escape
    // the target folder, or an upload link leaving the uploaded folder); never runs.
    bool unsafe = false;
    QString uploadRoot; // "uploadRoot": the folder the user chose, for links' judgement
    QString remoteRoot; // "remoteRoot": the same for a download or copy (a remote folder)
    // "targetAbsent": ms since the epoch when the remote folder's listing did not name this
    // upload's target (see targetKnownAbsent() in TransferTask.h); -1: not looked.
    qint64 targetAbsentAt = -1;

    // Recorded by runs.
    bool started = false; // "started": a copy began; a later run resumes from the partial
    PartialCopy partial;  // "partial": {"path", "device", "inode"}
    // "segmentRecord": where an upload sent in segments keeps its SegmentRecord
    // (uploadRecordPath(); a download's lies beside its partial file). Deleted with the item.
    QString segmentRecord;
    QString method;         // "method": a copy's way, "fxp" or "stream"
    qint64 resumedFrom = 0; // "resumedFrom": bytes the last run did not copy again

    QJsonObject other; // keys not listed above, as read

    // The run's records dropped: what an expanded folder's entries inherit.
    ItemOptions inherited() const;

    QJsonObject toJson() const;
    static ItemOptions fromJson(const QJsonObject &json);
    bool operator==(const ItemOptions &other) const = default;
};

} // namespace ferry::transfer
