#pragma once
// One entry of the persistent transfer queue: a file (or a folder still to be expanded)
// to download, upload or copy between two servers, with everything needed to run it
// again after a crash. A plain value type; TransferQueue stores it in queue.sqlite.

#include <QDateTime>
#include <QString>

#include "ItemOptions.h"

namespace ferry::transfer {

enum class Direction
{
    Download = 0,
    Upload = 1,
    Copy = 2
};

enum class ItemState
{
    Queued = 0,
    Running = 1,
    Paused = 2,
    Failed = 3,
    Done = 4,
    Skipped = 5,
    Cancelled = 6
};

// What to do when the target already exists.
enum class ExistsAction
{
    Ask = 0,
    Overwrite = 1,
    OverwriteIfNewer = 2, // the source's modification time is later than the target's
    OverwriteIfSizeDiffers = 3,
    Resume = 4, // continue from the target's size (when it is smaller)
    Rename = 5, // write "name (1).ext" instead
    Skip = 6,
};

struct QueueItem
{
    qint64 id = 0;
    qint64 parentId = 0;   // the folder item this one was expanded from; 0 for none
    bool isFolder = false; // a folder not yet expanded into its files
    Direction direction = Direction::Download;
    // The server: a site reference ("site:NAME") or a URL without a password
    // ("ftpes://user@host:21"). For Copy, the source server.
    QString site;
    QString remotePath;   // absolute; for Copy, the source path
    QString localPath;    // absolute; empty for Copy
    QString targetSite;   // Copy only: the destination server
    QString targetPath;   // Copy only: the destination path
    qint64 size = -1;     // -1 while unknown
    qint64 bytesDone = 0; // as last recorded; resuming checks the real partial size
    ItemState state = ItemState::Queued;
    int priority = 0;    // higher runs first
    qint64 position = 0; // order within a priority (lower first); set by add()
    int attempts = 0;    // runs that failed so far
    QString lastError;
    QDateTime created; // UTC, set by add()
    QDateTime updated; // UTC, set on every change
    ExistsAction existsAction = ExistsAction::Ask;
    // Non-secret settings and what runs recorded (ItemOptions.h). Never a password.
    ItemOptions options;
    QString checksum; // verification done: "size", or "SHA-256:<hex>" etc.

    bool isFinished() const
    {
        return state == ItemState::Done || state == ItemState::Skipped || state == ItemState::Cancelled;
    }
};

QString toString(Direction direction); // "get", "put", "copy"
QString toString(ItemState state);     // "queued", "running", ...
QString toString(ExistsAction action); // "ask", "overwrite", "newer", "size", "resume", "rename", "skip"
bool fromString(const QString &text, ExistsAction *action);

} // namespace ferry::transfer
