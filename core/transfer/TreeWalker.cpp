#include "TreeWalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include "LocalFile.h"
#include "remote/RemoteFileSystem.h"
#include "util/PlatformFile.h"

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

QString joined(const QString &relative, const QString &name)
{
    return relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
}

// A folder's names (not "." and ".."), sorted; an error when it cannot be read.
Result<QStringList> localNames(const QString &path)
{
    QStringList names;
    if (const int err = util::platform::listFolder(path, &names); err != 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot read the folder %1: %2"),
                              path, err);
    std::sort(names.begin(), names.end());
    return names;
}

bool fatal(const Error &error, const RemoteFileSystem *fs)
{
    return error.kind() == ErrorKind::Cancelled || (fs && !fs->isConnected());
}

} // namespace

TreeWalker TreeWalker::overRemote(RemoteFileSystem &fs, const RemotePath &root, const WalkOptions &options,
                                  const std::optional<RemotePath> &start)
{
    TreeWalker w;
    w.m_fs = &fs;
    w.m_options = options;
    w.m_remoteRoot = root;
    WalkFolder first;
    first.remotePath = start.value_or(root);
    const QString rootText = root.isRoot() ? QString() : root.toString();
    const QString startText = first.remotePath.toString();
    if (startText.startsWith(rootText + QLatin1Char('/')))
        first.relativePath = startText.mid(rootText.size() + 1);
    w.m_pending.push_back(first);
    return w;
}

TreeWalker TreeWalker::overLocal(const QString &root, const WalkOptions &options, const QString &start)
{
    TreeWalker w;
    w.m_options = options;
    w.m_localRoot = root;
    WalkFolder first;
    first.localPath = start.isEmpty() ? root : start;
    const QString relative = QDir(root).relativeFilePath(first.localPath);
    if (relative != QLatin1String(".") && !relative.startsWith(QLatin1String("..")))
        first.relativePath = relative;
    w.m_pending.push_back(first);
    return w;
}

bool TreeWalker::openFolder(const WalkFolder &folder, WalkBatch &batch)
{
    batch = WalkBatch();
    batch.folder = folder;
    if (m_options.enterFolder) {
        if (Status st = m_options.enterFolder(folder); !st) {
            if (fatal(st.error(), m_fs)) {
                m_error = st.error();
                return false;
            }
            batch.error = st.error();
            return true;
        }
    }
    m_index = 0;
    m_unsafeNames.clear();
    m_remoteList.clear();
    m_localNames.clear();
    if (m_fs) {
        auto listing =
            m_options.listFolder ? m_options.listFolder(folder.remotePath) : m_fs->list(folder.remotePath);
        if (!listing) {
            if (fatal(listing.error(), m_fs)) {
                m_error = listing.error();
                return false;
            }
            batch.error = listing.error();
            return true;
        }
        auto names = std::make_shared<QSet<QString>>();
        for (const DirEntry &e : std::as_const(listing->entries))
            names->insert(e.name);
        for (const QString &bad : std::as_const(listing->skippedNames))
            names->insert(bad);
        m_names = std::move(names);
        m_unsafeNames = std::move(listing->skippedNames);
        m_remoteList = std::move(listing->entries);
    } else {
        auto names = localNames(folder.localPath);
        if (!names) {
            batch.error = names.error();
            return true;
        }
        m_localNames = std::move(*names);
        m_names.reset();
    }
    m_current = folder;
    m_currentFirst = true;
    return true;
}

bool TreeWalker::next(WalkBatch &batch)
{
    if (m_error)
        return false;
    while (!m_current) {
        if (m_pending.empty())
            return false;
        if (m_options.cancel.isCancelled()) {
            m_error =
                Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::transfer", "cancelled"));
            return false;
        }
        const WalkFolder folder = m_pending.front();
        m_pending.pop_front();
        if (!openFolder(folder, batch))
            return false;
        if (batch.error)
            return true;
    }
    batch = WalkBatch();
    batch.folder = *m_current;
    batch.firstOfFolder = m_currentFirst;
    batch.folderNames = m_names;
    m_currentFirst = false;
    const qsizetype total = m_fs ? m_unsafeNames.size() + m_remoteList.size() : m_localNames.size();
    const int limit = qMax(1, m_options.batchSize);
    while (m_index < total && batch.entries.size() < limit) {
        if (m_options.cancel.isCancelled()) {
            m_error =
                Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::transfer", "cancelled"));
            return false;
        }
        const qsizetype i = m_index++;
        WalkEntry entry;
        if (m_fs) {
            if (i < m_unsafeNames.size()) {
                entry.name = m_unsafeNames.at(i);
                entry.relativePath = joined(m_current->relativePath, entry.name);
                entry.kind = WalkEntry::Kind::Skipped;
                entry.why = WalkEntry::Why::UnsafeName;
                entry.reason = QCoreApplication::translate("ferry::transfer", "not a safe file name");
            } else if (!classifyRemote(m_remoteList.at(i - m_unsafeNames.size()), entry)) {
                return false;
            }
        } else {
            classifyLocal(m_localNames.at(i), entry);
        }
        if (entry.kind == WalkEntry::Kind::Folder && m_options.recursive) {
            WalkFolder sub;
            sub.relativePath = entry.relativePath;
            sub.localPath = entry.localPath;
            sub.remotePath = entry.remotePath;
            m_pending.push_back(sub);
        }
        batch.entries.append(std::move(entry));
    }
    if (m_index >= total) {
        m_current.reset();
        m_remoteList.clear();
        m_localNames.clear();
        m_unsafeNames.clear();
    }
    return true;
}

bool TreeWalker::remoteLinkInside(const RemotePath &folder, const QString &target) const
{
    if (target.isEmpty())
        return false;
    const RemotePath resolved = folder.resolved(target);
    if (m_remoteRoot.isRoot() || resolved == m_remoteRoot)
        return true;
    return resolved.toString().startsWith(m_remoteRoot.toString() + QLatin1Char('/'));
}

bool TreeWalker::classifyRemote(const DirEntry &e, WalkEntry &out)
{
    out.name = e.name;
    out.relativePath = joined(m_current->relativePath, e.name);
    out.info = e;
    if (!RemotePath::isSafeName(e.name)) {
        out.kind = WalkEntry::Kind::Skipped;
        out.why = WalkEntry::Why::UnsafeName;
        out.reason = QCoreApplication::translate("ferry::transfer", "not a safe file name");
        return true;
    }
    out.remotePath = m_current->remotePath.child(e.name);
    out.isLink = e.type == EntryType::Link;
    if (out.isLink) {
        if (e.isDir()) {
            out.kind = WalkEntry::Kind::NotFollowed;
            out.why = WalkEntry::Why::LinkToFolder;
            out.reason = QCoreApplication::translate("ferry::transfer", "a link to a folder is not followed");
            return true;
        }
        // What the link leads to: the listing says so (SFTP), else a stat that follows it
        // (an engine's stat may answer for the link itself, with the target's type beside).
        DirEntry target = e;
        if (!e.linkTargetType) {
            auto stat = m_fs->stat(out.remotePath);
            if (!stat) {
                if (fatal(stat.error(), m_fs)) {
                    m_error = stat.error();
                    return false;
                }
                out.kind = WalkEntry::Kind::Skipped;
                out.why = WalkEntry::Why::LinkNowhere;
                out.reason = stat.error().toString();
                return true;
            }
            target = *stat;
        }
        const std::optional<EntryType> type =
            target.type == EntryType::Link ? target.linkTargetType : std::optional<EntryType>(target.type);
        if (!type) {
            out.kind = WalkEntry::Kind::Skipped;
            out.why = WalkEntry::Why::LinkNowhere;
            out.reason = QCoreApplication::translate("ferry::transfer",
                                                     "the link leads nowhere (a missing target or a loop)");
            return true;
        }
        if (*type == EntryType::Dir) {
            out.kind = WalkEntry::Kind::NotFollowed;
            out.why = WalkEntry::Why::LinkToFolder;
            out.reason = QCoreApplication::translate("ferry::transfer", "a link to a folder is not followed");
            return true;
        }
        if (*type != EntryType::File) {
            out.kind = WalkEntry::Kind::Skipped;
            out.why = WalkEntry::Why::NotAFile;
            out.reason = QCoreApplication::translate("ferry::transfer", "not a file or folder");
            return true;
        }
        const QString linkTarget = e.linkTarget.isEmpty() ? target.linkTarget : e.linkTarget;
        if (!m_options.followLinks && !remoteLinkInside(m_current->remotePath, linkTarget)) {
            out.kind = WalkEntry::Kind::Skipped;
            out.why = WalkEntry::Why::LinkOutside;
            out.reason =
                QCoreApplication::translate("ferry::transfer", "a link to a file outside %1 is not followed")
                    .arg(m_remoteRoot.toString());
            return true;
        }
        out.kind = WalkEntry::Kind::File;
        out.info = target;
        out.info.name = e.name;
        out.info.type = EntryType::File; // what is copied: the target's bytes
        out.size = target.size.value_or(-1);
        return true;
    }
    switch (e.type) {
    case EntryType::Dir:
        out.kind = WalkEntry::Kind::Folder;
        break;
    case EntryType::File:
        out.kind = WalkEntry::Kind::File;
        out.size = e.size.value_or(-1);
        break;
    default:
        out.kind = WalkEntry::Kind::Skipped;
        out.why = WalkEntry::Why::NotAFile;
        out.reason = QCoreApplication::translate("ferry::transfer", "not a file or folder");
        break;
    }
    return true;
}

void TreeWalker::classifyLocal(const QString &name, WalkEntry &out)
{
    out.name = name;
    out.relativePath = joined(m_current->relativePath, name);
    out.localPath = m_current->localPath + QLatin1Char('/') + name;
    if (!RemotePath::isSafeName(name)) {
        out.kind = WalkEntry::Kind::Skipped;
        out.why = WalkEntry::Why::UnsafeName;
        out.reason = QCoreApplication::translate("ferry::transfer", "the name cannot be sent");
        return;
    }
    const QFileInfo info(out.localPath);
    out.isLink = info.isSymLink();
    if (out.isLink) {
        if (info.isDir()) {
            out.kind = WalkEntry::Kind::NotFollowed;
            out.why = WalkEntry::Why::LinkToFolder;
            out.reason = QCoreApplication::translate("ferry::transfer", "a link to a folder is not followed");
            return;
        }
        if (!info.exists()) {
            out.kind = WalkEntry::Kind::Skipped;
            out.why = WalkEntry::Why::LinkNowhere;
            out.reason = QCoreApplication::translate("ferry::transfer",
                                                     "the link leads nowhere (a missing target or a loop)");
            return;
        }
        if (info.isFile() && !m_options.followLinks && !linkStaysInside(m_localRoot, out.localPath)) {
            out.kind = WalkEntry::Kind::Skipped;
            out.why = WalkEntry::Why::LinkOutside;
            out.reason =
                QCoreApplication::translate("ferry::transfer", "a link to a file outside %1 is not followed")
                    .arg(m_localRoot);
            return;
        }
    }
    if (info.isDir()) {
        out.kind = WalkEntry::Kind::Folder;
    } else if (info.isFile()) {
        out.kind = WalkEntry::Kind::File;
        out.size = info.size();
    } else {
        out.kind = WalkEntry::Kind::Skipped;
        out.why = WalkEntry::Why::NotAFile;
        out.reason = QCoreApplication::translate("ferry::transfer", "not a file or folder");
    }
}

} // namespace ferry::transfer
