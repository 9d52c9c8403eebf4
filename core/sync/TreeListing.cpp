#include "TreeListing.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "util/FileTime.h"

namespace ferry::sync {

using transfer::WalkEntry;

SyncEntry TreeListing::fromWalk(const WalkEntry &entry, bool local)
{
    SyncEntry e;
    e.relativePath = entry.relativePath;
    switch (entry.kind) {
    case WalkEntry::Kind::Folder:
        e.kind = SyncEntry::Kind::Folder;
        return e;
    case WalkEntry::Kind::Skipped:
    case WalkEntry::Kind::NotFollowed:
        e.kind = SyncEntry::Kind::Other;
        e.note = entry.reason;
        return e;
    case WalkEntry::Kind::File:
        break;
    }
    e.kind = SyncEntry::Kind::File;
    e.size = entry.size;
    if (local) {
        e.mtime = util::modificationTimeUtc(QFileInfo(entry.localPath));
        e.precision = remote::MtimePrecision::Millisecond;
        e.mtimeUtc = true;
    } else {
        e.mtime = entry.info.mtime;
        e.precision = entry.info.mtime.isValid() ? entry.info.mtimePrecision : remote::MtimePrecision::None;
        e.mtimeUtc = entry.info.mtimeUtc;
    }
    return e;
}

remote::Result<SyncTree> TreeListing::listLocal(const QString &root, const SyncExcludes &excludes,
                                                const remote::CancelToken &cancel)
{
    if (!QFileInfo(root).isDir())
        return remote::Error(remote::ErrorKind::Local,
                             QCoreApplication::translate("ferry::sync", "%1 is not a folder").arg(root));
    transfer::WalkOptions options;
    options.cancel = cancel;
    // Excluded folders are not entered.
    options.enterFolder = [&excludes](const transfer::WalkFolder &folder) -> remote::Status {
        if (excludes.excludes(folder.relativePath))
            return remote::Error(remote::ErrorKind::Local, QStringLiteral("excluded"));
        return {};
    };
    transfer::TreeWalker walker = transfer::TreeWalker::overLocal(root, options);
    SyncTree tree;
    transfer::WalkBatch batch;
    while (walker.next(batch)) {
        if (batch.error) {
            if (excludes.excludes(batch.folder.relativePath))
                continue;
            return *batch.error;
        }
        for (const WalkEntry &entry : std::as_const(batch.entries)) {
            if (!excludes.excludes(entry.relativePath))
                tree.insert(entry.relativePath, fromWalk(entry, true));
        }
    }
    if (walker.error())
        return *walker.error();
    return tree;
}

} // namespace ferry::sync
