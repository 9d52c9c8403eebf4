#pragma once
// The one walk of a folder tree that every caller copying a folder uses: ferry-cli's
// `get -r`/`put -r` (all levels) and the queue's folder expansion (one level a turn,
// the folders among the entries becoming folder items). A remote tree is walked through
// a RemoteFileSystem, a local one through POSIX calls; both sides follow the same rules:
//
// - hidden entries are walked like any other;
// - a name that is not safe as a file name (RemotePath::isSafeName) is Skipped;
// - a link to a folder is never followed (a link to a parent would never end): NotFollowed;
// - a link to a file is followed when its target stays inside the root, the folder the
//   user picked (local: the canonical path; remote: the target the listing gave, resolved
//   against the link's folder, without the server's help: an unknown target counts as
//   outside); outside the root it is Skipped unless followLinks;
// - a link that leads nowhere (missing target, a loop) and anything neither a file nor a
//   folder (sockets, devices) are Skipped;
// - a folder that cannot be entered or listed is reported as its batch's error and the
//   walk goes on with the others; a cancel, or a remote connection that is lost, ends it.
//
// Memory is bounded: the walker holds one folder's listing and the paths of the folders
// still to list, never the tree, and yields entries in batches of at most batchSize.

#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/DirEntry.h"
#include "remote/RemotePath.h"

namespace ferry::remote {
class RemoteFileSystem;
}

namespace ferry::transfer {

struct WalkFolder
{
    QString relativePath;          // from the root, '/'-separated; empty for the root
    QString localPath;             // local walks: the folder's path
    remote::RemotePath remotePath; // remote walks: the folder's path
};

struct WalkEntry
{
    enum class Kind
    {
        File,
        Folder,
        Skipped,    // reported and left out (counts as skipped)
        NotFollowed // a link to a folder: left out, never followed
    };
    // Why an entry was Skipped or NotFollowed.
    enum class Why
    {
        None,
        UnsafeName,   // the name could land outside the target
        LinkOutside,  // a link to a file outside the root, without followLinks
        LinkNowhere,  // a link whose target is missing or loops
        LinkToFolder, // NotFollowed
        NotAFile      // neither a file nor a folder
    };

    Kind kind = Kind::File;
    Why why = Why::None;
    QString name;
    QString relativePath;          // from the root, '/'-separated
    QString localPath;             // local walks: the entry's path
    remote::RemotePath remotePath; // remote walks: the entry's path
    bool isLink = false;
    qint64 size = -1;      // files: the size (a followed link's target's); -1 when unknown
    remote::DirEntry info; // remote walks: the entry (a followed link: its target's, under the link's name)
    QString reason;        // Skipped, NotFollowed: the reason in words (for Why::LinkNowhere the error)
};

struct WalkBatch
{
    WalkFolder folder;
    bool firstOfFolder = true;
    // The folder could not be entered or listed: no entries; the walk goes on.
    std::optional<remote::Error> error;
    QList<WalkEntry> entries;
    // Remote walks: every name the folder's listing holds (a partial download's name is
    // chosen to land on none of them).
    std::shared_ptr<const QSet<QString>> folderNames;
};

struct WalkOptions
{
    bool recursive = true;    // false: the start folder's own entries only
    bool followLinks = false; // also follow links to files outside the root
    int batchSize = 1000;
    // Called before a folder is listed (a copy makes its target folder there); a failure
    // becomes the folder's error and its entries are not listed.
    std::function<remote::Status(const WalkFolder &)> enterFolder;
    // Remote walks: lists a folder in place of the RemoteFileSystem's list() (a listing
    // made already, several folders at once: RemoteTreeLister).
    std::function<remote::Result<remote::Listing>(const remote::RemotePath &)> listFolder;
    remote::CancelToken cancel;
};

class TreeWalker
{
public:
    // `root` is the folder the user picked (links are judged against it); `start`, where
    // the walk begins, is the root or a folder below it (the queue expands one level a
    // turn and keeps the root in its items); empty: the root.
    static TreeWalker overRemote(remote::RemoteFileSystem &fs, const remote::RemotePath &root,
                                 const WalkOptions &options,
                                 const std::optional<remote::RemotePath> &start = std::nullopt);
    static TreeWalker overLocal(const QString &root, const WalkOptions &options, const QString &start = {});

    // The next batch into `batch`; false when the walk is over, or when it stopped (see
    // error()).
    bool next(WalkBatch &batch);
    // Why the walk stopped early: cancelled, or the remote connection lost.
    const std::optional<remote::Error> &error() const { return m_error; }

private:
    TreeWalker() = default;
    bool openFolder(const WalkFolder &folder, WalkBatch &batch);
    bool classifyRemote(const remote::DirEntry &entry, WalkEntry &out);
    void classifyLocal(const QString &name, WalkEntry &out);
    bool remoteLinkInside(const remote::RemotePath &folder, const QString &target) const;

    remote::RemoteFileSystem *m_fs = nullptr; // null for a local walk
    WalkOptions m_options;
    remote::RemotePath m_remoteRoot;
    QString m_localRoot;
    std::deque<WalkFolder> m_pending;
    // The folder being yielded.
    std::optional<WalkFolder> m_current;
    bool m_currentFirst = true;
    QStringList m_unsafeNames;            // remote: names the listing left out
    QList<remote::DirEntry> m_remoteList; // remote: the listing's entries
    QStringList m_localNames;             // local: the folder's names, sorted
    qsizetype m_index = 0;
    std::shared_ptr<const QSet<QString>> m_names;
    std::optional<remote::Error> m_error;
};

} // namespace ferry::transfer
