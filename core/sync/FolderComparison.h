#pragma once
// Compares two folders' entries by name, for the window's folder comparison (FileZilla's
// View > Directory comparison): for every name on either side, how that side's entry
// stands against the other side's. The rules are the sync planner's (SyncPlanner):
// sizes first, then times through SyncPlanner::compareTimes (in UTC, a LIST time read at
// the site's offset, both cut to the coarser precision: a server that gives minutes only
// is compared to the minute). A folder on both sides is identical (its contents are not
// compared); a file against a folder of the same name differs.
//
// Pure code, no I/O: any thread.

#include <QHash>
#include <QList>
#include <QString>

#include "SyncPlanner.h"
#include "remote/DirEntry.h"

class QFileInfo;

namespace ferry::sync {

class FolderComparison
{
public:
    // How an entry of one side stands against the other side's entry of the same name.
    enum class Mark
    {
        None,      // not compared (no comparison, or a name not listed)
        Identical, // the same name, kind and (as compared) size and time
        OnlyHere,  // the other side has no entry of this name
        Differs,   // another size, or a file against a folder
        Newer,     // the same size, this side's time is later
        Older      // the same size, the other side's time is later
    };
    enum class Mode
    {
        Size, // sizes only ("Compare file size")
        Time  // sizes, then times ("Compare modification time"; the sync's size,time)
    };
    struct Options
    {
        Mode mode = Mode::Time;
        int serverTimeZoneOffsetMinutes = 0; // the site's: server wall-clock minus UTC
    };
    struct Result
    {
        QHash<QString, Mark> left;  // by name, one per left entry
        QHash<QString, Mark> right; // by name, one per right entry
    };

    // The comparison's view of a listed entry and of a local file (relativePath: the name).
    static SyncEntry remoteEntry(const remote::DirEntry &entry);
    static SyncEntry localEntry(const QFileInfo &info);

    // left and right: one folder's entries each, relativePath the entry's name.
    static Result compare(const QList<SyncEntry> &left, const QList<SyncEntry> &right,
                          const Options &options);
};

} // namespace ferry::sync
