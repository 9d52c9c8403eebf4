#include "FileOperation.h"

namespace ferry::session {

using namespace ferry::remote;

namespace {

Error cancelled()
{
    return Error(ErrorKind::Cancelled, FileOperation::tr("Cancelled"));
}

QString names(const QList<FileOperation::Target> &targets)
{
    constexpr int kShown = 3;
    QStringList shown;
    for (int i = 0; i < targets.size() && i < kShown; ++i)
        shown << targets[i].path.name();
    QString text = shown.join(QStringLiteral(", "));
    if (targets.size() > kShown)
        text += FileOperation::tr(", and %1 more").arg(targets.size() - kShown);
    return text;
}
} // namespace

Error FileOperation::namedFor(const Error &error, const RemotePath &path)
{
    if (error.kind() == ErrorKind::Cancelled || error.message().contains(path.toString()))
        return error;
    Error named(error.kind(), QStringLiteral("%1: %2").arg(path.toString(), error.message()),
                error.serverReply());
    named.setTransient(error.retryable());
    return named;
}

FileOperation FileOperation::makeDir(const RemotePath &path)
{
    FileOperation op;
    op.m_kind = Kind::MakeDir;
    op.m_targets = {Target{path, true}};
    return op;
}

FileOperation FileOperation::makeFile(const RemotePath &path)
{
    FileOperation op;
    op.m_kind = Kind::MakeFile;
    op.m_targets = {Target{path, false}};
    return op;
}

FileOperation FileOperation::rename(const RemotePath &from, const RemotePath &to)
{
    FileOperation op;
    op.m_kind = Kind::Rename;
    op.m_targets = {Target{from, false}};
    op.m_to = to;
    return op;
}

FileOperation FileOperation::move(const RemotePath &from, const RemotePath &to)
{
    FileOperation op = rename(from, to);
    op.m_keepExisting = true;
    return op;
}

FileOperation FileOperation::remove(const QList<Target> &targets)
{
    FileOperation op;
    op.m_kind = Kind::Remove;
    op.m_targets = targets;
    return op;
}

FileOperation FileOperation::chmod(const QList<Target> &targets, quint32 mode, bool recursive, Scope scope)
{
    FileOperation op;
    op.m_kind = Kind::Chmod;
    op.m_targets = targets;
    op.m_mode = mode & 07777;
    op.m_recursive = recursive;
    op.m_scope = scope;
    return op;
}

QString FileOperation::description() const
{
    const QString first = m_targets.isEmpty() ? QString() : m_targets.first().path.toString();
    switch (m_kind) {
    case Kind::MakeDir:
        return tr("Creating the folder %1").arg(first);
    case Kind::MakeFile:
        return tr("Creating the empty file %1").arg(first);
    case Kind::Rename:
        return m_keepExisting ? tr("Moving %1 to %2").arg(first, m_to.toString())
                              : tr("Renaming %1 to %2").arg(first, m_to.toString());
    case Kind::Remove:
        return m_targets.size() == 1
                   ? tr("Deleting %1").arg(first)
                   : tr("Deleting %1 items (%2)").arg(m_targets.size()).arg(names(m_targets));
    case Kind::Chmod: {
        const QString mode = QStringLiteral("%1").arg(m_mode, 3, 8, QLatin1Char('0'));
        const QString what =
            m_targets.size() == 1 ? first : tr("%1 items (%2)").arg(m_targets.size()).arg(names(m_targets));
        if (!m_recursive)
            return tr("Setting the permissions of %1 to %2").arg(what, mode);
        const QString scope = m_scope == Scope::FilesOnly     ? tr("files only")
                              : m_scope == Scope::FoldersOnly ? tr("folders only")
                                                              : tr("files and folders");
        return tr("Setting the permissions of %1 to %2, recursively (%3)").arg(what, mode, scope);
    }
    }
    return {};
}

QString FileOperation::summary(int count) const
{
    const QString first = m_targets.isEmpty() ? QString() : m_targets.first().path.toString();
    switch (m_kind) {
    case Kind::MakeDir:
        return tr("Created the folder %1").arg(first);
    case Kind::MakeFile:
        return tr("Created the empty file %1").arg(first);
    case Kind::Rename:
        return m_keepExisting ? tr("Moved %1 to %2").arg(first, m_to.toString())
                              : tr("Renamed %1 to %2").arg(first, m_to.toString());
    case Kind::Remove:
        return count == 1 ? tr("Deleted 1 file or folder") : tr("Deleted %1 files and folders").arg(count);
    case Kind::Chmod:
        return count == 1 ? tr("Changed the permissions of 1 file or folder to %1")
                                .arg(m_mode, 3, 8, QLatin1Char('0'))
                          : tr("Changed the permissions of %1 files and folders to %2")
                                .arg(count)
                                .arg(m_mode, 3, 8, QLatin1Char('0'));
    }
    return {};
}

QList<RemotePath> FileOperation::affectedFolders() const
{
    QList<RemotePath> out;
    const auto add = [&out](const RemotePath &path) {
        if (!out.contains(path))
            out.append(path);
    };
    for (const Target &target : m_targets) {
        add(target.path.parent());
        if (m_kind == Kind::Chmod && m_recursive && target.isDir)
            add(target.path);
    }
    if (m_kind == Kind::Rename)
        add(m_to.parent());
    return out;
}

QList<RemotePath> FileOperation::goneFolders() const
{
    QList<RemotePath> out;
    if (m_kind == Kind::Remove || m_kind == Kind::Rename || (m_kind == Kind::Chmod && m_recursive)) {
        for (const Target &target : m_targets) {
            if (target.isDir || m_kind == Kind::Rename)
                out.append(target.path);
        }
    }
    return out;
}

bool FileOperation::chmodApplies(bool isDir) const
{
    if (!m_recursive || m_scope == Scope::All)
        return true;
    return isDir ? m_scope == Scope::FoldersOnly : m_scope == Scope::FilesOnly;
}

Result<int> FileOperation::run(RemoteFileSystem &fs,
                               const std::function<void(const RemotePath &)> &progress) const
{
    int count = 0;
    const auto done = [&](const RemotePath &path) {
        ++count;
        if (progress)
            progress(path);
    };
    if (m_targets.isEmpty())
        return 0;
    const RemotePath &first = m_targets.first().path;
    switch (m_kind) {
    case Kind::MakeDir:
        if (const Status s = fs.makeDir(first); !s)
            return FileOperation::namedFor(s.error(), first);
        done(first);
        return count;
    case Kind::MakeFile: {
        if (auto existing = fs.stat(first); existing.ok())
            return Error(ErrorKind::Exists, tr("%1 exists already").arg(first.toString()));
        else if (existing.error().kind() == ErrorKind::Cancelled)
            return existing.error();
        auto stream = fs.openWrite(first, 0);
        if (!stream)
            return FileOperation::namedFor(stream.error(), first);
        if (const Status s = stream.value()->finish(); !s)
            return FileOperation::namedFor(s.error(), first);
        done(first);
        return count;
    }
    case Kind::Rename:
        if (m_keepExisting) {
            if (auto existing = fs.stat(m_to); existing.ok())
                return Error(ErrorKind::Exists, tr("%1 exists already").arg(m_to.toString()));
            else if (existing.error().kind() == ErrorKind::Cancelled)
                return existing.error();
        }
        if (const Status s = fs.rename(first, m_to); !s)
            return FileOperation::namedFor(s.error(), first);
        done(m_to);
        return count;
    case Kind::Remove:
        for (const Target &target : m_targets) {
            if (const Status s = removeTree(fs, target, &count, progress); !s)
                return s.error();
        }
        return count;
    case Kind::Chmod:
        for (const Target &target : m_targets) {
            if (const Status s = chmodTree(fs, target, true, &count, progress); !s)
                return s.error();
        }
        return count;
    }
    return count;
}

Status FileOperation::removeTree(RemoteFileSystem &fs, const Target &target, int *count,
                                 const std::function<void(const RemotePath &)> &progress) const
{
    if (fs.cancelToken().isCancelled())
        return cancelled();
    if (target.isDir) {
        auto listing = fs.list(target.path);
        if (!listing)
            return FileOperation::namedFor(listing.error(), target.path);
        for (const DirEntry &entry : std::as_const(listing->entries)) {
            if (!RemotePath::isSafeName(entry.name))
                continue;
            // A link is removed as a link: what it points to stays.
            const Target child{target.path.child(entry.name), entry.type == EntryType::Dir};
            if (const Status s = removeTree(fs, child, count, progress); !s)
                return s;
        }
        if (!listing->skippedNames.isEmpty()) {
            return Error(ErrorKind::Protocol,
                         tr("%1 holds entries whose names cannot be used safely (%2); not deleted")
                             .arg(target.path.toString(), listing->skippedNames.join(QStringLiteral(", "))));
        }
        if (const Status s = fs.removeDir(target.path); !s)
            return FileOperation::namedFor(s.error(), target.path);
    } else if (const Status s = fs.removeFile(target.path); !s) {
        return FileOperation::namedFor(s.error(), target.path);
    }
    ++*count;
    if (progress)
        progress(target.path);
    return {};
}

Status FileOperation::chmodTree(RemoteFileSystem &fs, const Target &target, bool top, int *count,
                                const std::function<void(const RemotePath &)> &progress) const
{
    if (fs.cancelToken().isCancelled())
        return cancelled();
    if (chmodApplies(target.isDir) || (top && !m_recursive)) {
        if (const Status s = fs.chmod(target.path, m_mode); !s)
            return FileOperation::namedFor(s.error(), target.path);
        ++*count;
        if (progress)
            progress(target.path);
    }
    if (!m_recursive || !target.isDir)
        return {};
    auto listing = fs.list(target.path);
    if (!listing)
        return FileOperation::namedFor(listing.error(), target.path);
    for (const DirEntry &entry : std::as_const(listing->entries)) {
        if (!RemotePath::isSafeName(entry.name) || entry.type == EntryType::Link)
            continue; // links have no permissions of their own; never followed
        const Target child{target.path.child(entry.name), entry.type == EntryType::Dir};
        if (const Status s = chmodTree(fs, child, false, count, progress); !s)
            return s;
    }
    return {};
}

} // namespace ferry::session
