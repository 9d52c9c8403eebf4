#pragma once
// A folder tree as the sync planner sees it (SyncTree), from the one walk every copy
// uses (transfer/TreeWalker) and its rules: links to folders are never followed, links
// to files leaving the tree and unsafe names are left out, both kept in the tree as
// SyncEntry::Kind::Other so that the plan never writes through them. The local side is
// walked here; the remote side, several folders at once, by RemoteTreeLister.

#include <QStringList>

#include "SyncPlanner.h"
#include "base/Result.h"
#include "transfer/TreeWalker.h"

namespace ferry::sync {

class TreeListing
{
public:
    // The planner's view of one walked entry; local: its time is read from the file.
    static SyncEntry fromWalk(const transfer::WalkEntry &entry, bool local);
    // Every entry under root, excluded ones (and what is under them) left out. A folder
    // that cannot be read fails the whole listing: a plan from half a tree would delete
    // or resend what it did not see.
    static remote::Result<SyncTree> listLocal(const QString &root, const SyncExcludes &excludes,
                                              const remote::CancelToken &cancel = {});
};

} // namespace ferry::sync
