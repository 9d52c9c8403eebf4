#include "FolderComparison.h"

#include <QFileInfo>

#include "util/FileTime.h"

namespace ferry::sync {

SyncEntry FolderComparison::remoteEntry(const remote::DirEntry &entry)
{
    SyncEntry e;
    e.relativePath = entry.name;
    if (entry.isDir()) {
        e.kind = SyncEntry::Kind::Folder;
        return e;
    }
    e.size = entry.size.value_or(-1);
    e.mtime = entry.mtime;
    e.precision = entry.mtime.isValid() ? entry.mtimePrecision : remote::MtimePrecision::None;
    e.mtimeUtc = entry.mtimeUtc;
    return e;
}

SyncEntry FolderComparison::localEntry(const QFileInfo &info)
{
    SyncEntry e;
    e.relativePath = info.fileName();
    if (info.isDir()) {
        e.kind = SyncEntry::Kind::Folder;
        return e;
    }
    e.size = info.size();
    e.mtime = util::modificationTimeUtc(info);
    e.precision = e.mtime.isValid() ? remote::MtimePrecision::Millisecond : remote::MtimePrecision::None;
    e.mtimeUtc = true;
    return e;
}

FolderComparison::Result FolderComparison::compare(const QList<SyncEntry> &left,
                                                   const QList<SyncEntry> &right, const Options &options)
{
    QHash<QString, const SyncEntry *> rightByName;
    rightByName.reserve(right.size());
    for (const SyncEntry &e : right)
        rightByName.insert(e.relativePath, &e);

    Result result;
    result.left.reserve(left.size());
    result.right.reserve(right.size());
    for (const SyncEntry &l : left) {
        const SyncEntry *r = rightByName.value(l.relativePath);
        if (!r) {
            result.left.insert(l.relativePath, Mark::OnlyHere);
            continue;
        }
        Mark mine = Mark::Identical;
        Mark theirs = Mark::Identical;
        const bool lDir = l.kind == SyncEntry::Kind::Folder;
        const bool rDir = r->kind == SyncEntry::Kind::Folder;
        if (lDir != rDir) {
            mine = theirs = Mark::Differs;
        } else if (!lDir) {
            if (l.size >= 0 && r->size >= 0 && l.size != r->size) {
                mine = theirs = Mark::Differs;
            } else if (options.mode == Mode::Time) {
                // 2 (a time unknown) leaves the size alone to decide, as the planner does.
                const int c = SyncPlanner::compareTimes(l, *r, options.serverTimeZoneOffsetMinutes);
                if (c == 1) {
                    mine = Mark::Newer;
                    theirs = Mark::Older;
                } else if (c == -1) {
                    mine = Mark::Older;
                    theirs = Mark::Newer;
                }
            }
        }
        result.left.insert(l.relativePath, mine);
        result.right.insert(r->relativePath, theirs);
    }
    for (const SyncEntry &r : right) {
        if (!result.right.contains(r.relativePath))
            result.right.insert(r.relativePath, Mark::OnlyHere);
    }
    return result;
}

} // namespace ferry::sync
