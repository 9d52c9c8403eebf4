#pragma once
// Building the entries of a directory comparison (sync::FolderComparison) or a sync plan
// (sync::SyncPlanner) by hand, for table-driven tests: a file with its size and time, a
// LIST entry in the server's wall-clock time, a folder, something else (a device, a
// socket), and a tree of them. Times default to kBase, to the second.

#include <QDateTime>
#include <QList>

#include "sync/SyncPlanner.h"

namespace ferry::test::sync_entries {

inline const QDateTime kBase(QDate(2026, 3, 14), QTime(12, 30, 15, 250), Qt::UTC);

inline sync::SyncEntry file(const char *path, qint64 size, const QDateTime &utc = kBase,
                            remote::MtimePrecision precision = remote::MtimePrecision::Second)
{
    sync::SyncEntry e;
    e.relativePath = QString::fromUtf8(path);
    e.size = size;
    e.mtime = utc;
    e.precision = precision;
    return e;
}

// A server's LIST entry: its wall-clock time as printed, not UTC.
inline sync::SyncEntry listed(const char *path, qint64 size, const QDateTime &wallClock,
                              remote::MtimePrecision precision)
{
    sync::SyncEntry e = file(path, size, QDateTime(wallClock.date(), wallClock.time(), Qt::UTC), precision);
    e.mtimeUtc = false;
    return e;
}

inline sync::SyncEntry folder(const char *path)
{
    sync::SyncEntry e;
    e.relativePath = QString::fromUtf8(path);
    e.kind = sync::SyncEntry::Kind::Folder;
    return e;
}

inline sync::SyncEntry other(const char *path)
{
    sync::SyncEntry e;
    e.relativePath = QString::fromUtf8(path);
    e.kind = sync::SyncEntry::Kind::Other;
    return e;
}

inline sync::SyncTree tree(const QList<sync::SyncEntry> &entries)
{
    sync::SyncTree t;
    for (const sync::SyncEntry &e : entries)
        t.insert(e.relativePath, e);
    return t;
}

} // namespace ferry::test::sync_entries
