#include "TransferTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <optional>

#include "FileCopy.h"
#include "ListedAhead.h"
#include "RateLimiter.h"
#include "ServerCopy.h"
#include "TreeWalker.h"
#include "Verify.h"
#include "archive/Archive.h"
#include "util/FileTime.h"

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

// An encrypted member's password for an upload, asked through the connection's worker as
// a Secret question (the window's password dialog, ferry-cli's prompt without echo). The
// answer lives in memory only: never in the queue's database or the log; a resumed upload
// asks again (unless this process still remembers the archive's password).
archive::PasswordAsker archivePasswordAsker(const QString &archivePath, Interaction *interaction)
{
    if (!interaction)
        return {};
    const QString name = QFileInfo(archivePath).fileName();
    return [interaction, name](const QString &member, const QString &error) -> std::optional<QString> {
        SecretPrompt prompt;
        prompt.title = QCoreApplication::translate("ferry::transfer", "Password for %1").arg(name);
        prompt.instruction =
            error.isEmpty()
                ? QCoreApplication::translate("ferry::transfer",
                                              "%1 is encrypted. Enter the archive's password to upload it.")
                      .arg(member)
                : error;
        prompt.prompt = QCoreApplication::translate("ferry::transfer", "Password:");
        prompt.sessionReuse = false; // the archive's, not the server's
        QString answer;
        if (!interaction->askSecret(prompt, &answer))
            return std::nullopt;
        return answer;
    };
}

RemotePath resolve(RemoteFileSystem &fs, const QString &path)
{
    if (path.startsWith(QLatin1Char('/')))
        return RemotePath(path);
    return fs.homePath().resolved(path);
}

// The progress callback every copy gets: records progress for the scheduler and pays
// the speed limits for each chunk.
ProgressFn meteredProgress(const TaskContext &context, std::shared_ptr<RateLimiter> own)
{
    auto last = std::make_shared<qint64>(-1);
    return [context, own, last](qint64 done, qint64 total) {
        if (context.progress) {
            context.progress->done.store(done);
            context.progress->total.store(total);
        }
        const qint64 delta = *last < 0 ? 0 : done - *last;
        *last = done;
        if (delta <= 0)
            return;
        const auto cancelled = [token = context.token] {
            return token.isCancelled();
        };
        if (context.directionLimit)
            context.directionLimit->consume(delta, cancelled);
        if (own)
            own->consume(delta, cancelled);
    };
}

struct TargetState
{
    bool exists = false;
    qint64 size = -1;
    QDateTime mtime; // UTC
};

TargetState localState(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {true, info.size(), util::modificationTimeUtc(info)};
}

Result<TargetState> remoteState(RemoteFileSystem &fs, const RemotePath &path)
{
    auto st = fs.stat(path);
    if (!st) {
        if (st.error().kind() == ErrorKind::NotFound)
            return TargetState{};
        return st.error();
    }
    if (st->isDir())
        return Error(ErrorKind::Exists,
                     QCoreApplication::translate("ferry::transfer", "%1 is a folder").arg(path.toString()));
    return TargetState{true, st->size.value_or(-1), st->mtime.isValid() ? st->mtime.toUTC() : QDateTime()};
}

// What the file-exists rule says for an existing target.
enum class Decision
{
    Copy,
    Resume,
    Skip,
    Rename,
    Ask
};

Decision decide(ExistsAction action, qint64 sourceSize, const QDateTime &sourceTime,
                const TargetState &target, QString *reason)
{
    switch (action) {
    case ExistsAction::Overwrite:
        return Decision::Copy;
    case ExistsAction::OverwriteIfNewer:
        if (sourceTime.isValid() && target.mtime.isValid() && sourceTime > target.mtime)
            return Decision::Copy;
        *reason = QCoreApplication::translate("ferry::transfer", "the target is as new as the source");
        return Decision::Skip;
    case ExistsAction::OverwriteIfSizeDiffers:
        if (sourceSize < 0 || target.size != sourceSize)
            return Decision::Copy;
        *reason = QCoreApplication::translate("ferry::transfer", "the target has the same size");
        return Decision::Skip;
    case ExistsAction::Resume:
        if (sourceSize >= 0 && target.size >= 0 && target.size < sourceSize)
            return Decision::Resume;
        if (sourceSize >= 0 && target.size == sourceSize) {
            *reason = QCoreApplication::translate("ferry::transfer", "the target is complete already");
            return Decision::Skip;
        }
        return Decision::Copy; // longer than the source: it cannot be a part of it
    case ExistsAction::Rename:
        return Decision::Rename;
    case ExistsAction::Skip:
        *reason = QCoreApplication::translate("ferry::transfer", "the target exists");
        return Decision::Skip;
    case ExistsAction::Ask:
        break;
    }
    return Decision::Ask;
}

// A folder's entries go to the scheduler in parts while the rest is read: the first
// after kFirstHandOver entries, then every kLaterHandOver (see ProgressCell::addFound).
constexpr qsizetype kFirstHandOver = 500;
constexpr qsizetype kLaterHandOver = 5000;

Result<TaskOutcome> expandFolder(RemoteFileSystem &fs, RemoteFileSystem *target, const QueueItem &item,
                                 const TaskContext &context)
{
    const CancelToken &token = context.token;
    ProgressCell *cell = context.progress.get();
    TaskOutcome outcome;
    qsizetype handOverAt = kFirstHandOver;
    const auto handOver = [&outcome, &handOverAt, cell] {
        if (!cell || outcome.children.size() < handOverAt)
            return;
        cell->addFound(std::move(outcome.children));
        outcome.children = {};
        handOverAt = kLaterHandOver;
    };
    const auto child = [&item](const QString &name) {
        QueueItem c;
        c.direction = item.direction;
        c.site = item.site;
        c.targetSite = item.targetSite;
        c.priority = item.priority;
        c.existsAction = item.existsAction;
        c.options = item.options.inherited();
        Q_UNUSED(name);
        return c;
    };
    // What was left out, as a Skipped item with the reason: listed in the queue and
    // counted by `queue run` (exit 5), never run.
    const auto skipped = [&child, &outcome](const QString &name, const QString &remotePath,
                                            const QString &localPath, const QString &reason) {
        QueueItem c = child(name);
        c.state = ItemState::Skipped;
        c.lastError = reason;
        c.remotePath = remotePath;
        c.localPath = localPath;
        c.options.unsafe = true;
        outcome.children.push_back(std::move(c));
    };
    if (item.direction == Direction::Upload) {
        const QDir dir(item.localPath);
        if (item.options.archiveMember.isEmpty() && !dir.exists())
            return Error(
                ErrorKind::NotFound,
                QCoreApplication::translate("ferry::transfer", "%1: no such folder").arg(item.localPath));
        const RemotePath remote = resolve(fs, item.remotePath);
        // Which targets exist: none in a folder made just now; otherwise one listing
        // answers for every entry, instead of a stat per file when its turn comes.
        std::optional<QSet<QString>> existing;
        if (auto st = fs.stat(remote); !st || !st->isDir()) {
            if (auto made = fs.makeDir(remote); !made)
                return made.error();
            existing.emplace();
        } else if (auto listing = fs.list(remote)) {
            existing.emplace();
            for (const DirEntry &entry : std::as_const(listing->entries))
                existing->insert(entry.name.toCaseFolded());
            for (const QString &name : std::as_const(listing->skippedNames))
                existing->insert(name.toCaseFolded());
        } // a folder that cannot be listed: every file asks the server itself
        if (!item.options.archiveMember.isEmpty()) {
            // A folder inside an archive: its members one level down, each read from the
            // archive again when its turn comes (links inside archives are not uploaded).
            auto tree = archive::listArchive(item.localPath, token);
            if (!tree)
                return tree.error();
            const QString folder = item.options.archiveMember.mid(1);
            const qint64 lookedAt = QDateTime::currentMSecsSinceEpoch();
            for (const archive::ArchiveEntry *entry : tree->children(folder)) {
                const QString shown = archive::joinMemberPath(item.localPath, entry->path);
                if (!RemotePath::isSafeName(entry->name())) {
                    skipped(entry->name(), remote.toString() + QLatin1Char('/') + entry->name(), shown,
                            QCoreApplication::translate("ferry::transfer", "not a safe file name"));
                    continue;
                }
                if (entry->type != archive::EntryType::File && entry->type != archive::EntryType::Folder) {
                    skipped(
                        entry->name(), remote.child(entry->name()).toString(), shown,
                        QCoreApplication::translate(
                            "ferry::transfer", "a link or special file inside an archive is not uploaded"));
                    continue;
                }
                QueueItem c = child(entry->name());
                c.isFolder = entry->isFolder();
                c.localPath = item.localPath;
                c.options.archiveMember = QLatin1Char('/') + entry->path;
                c.remotePath = remote.child(entry->name()).toString();
                c.size = c.isFolder ? -1 : entry->size;
                if (existing && !c.isFolder && !entry->name().startsWith(QLatin1Char('.')) &&
                    !existing->contains(entry->name().toCaseFolded()))
                    c.options.targetAbsentAt = lookedAt;
                outcome.children.push_back(std::move(c));
            }
            return outcome;
        }
        // Links are judged against the folder the user chose, kept through every level.
        const QString uploadRoot =
            item.options.uploadRoot.isEmpty() ? item.localPath : item.options.uploadRoot;
        const qint64 lookedAt = QDateTime::currentMSecsSinceEpoch();
        WalkOptions walk;
        walk.recursive = false;
        walk.followLinks = item.options.followLinks;
        walk.cancel = token;
        TreeWalker walker = TreeWalker::overLocal(uploadRoot, walk, item.localPath);
        WalkBatch batch;
        while (walker.next(batch)) {
            if (batch.error)
                return *batch.error;
            for (const WalkEntry &entry : std::as_const(batch.entries)) {
                handOver();
                const QString localPath = QFileInfo(entry.localPath).absoluteFilePath();
                switch (entry.kind) {
                case WalkEntry::Kind::NotFollowed:
                    continue; // links to folders are not followed (a link to a parent would never end)
                case WalkEntry::Kind::Skipped:
                    if (entry.why == WalkEntry::Why::UnsafeName)
                        skipped(entry.name, remote.toString() + QLatin1Char('/') + entry.name, localPath,
                                entry.reason);
                    else
                        skipped(entry.name, remote.child(entry.name).toString(), localPath,
                                entry.why == WalkEntry::Why::LinkOutside
                                    ? QCoreApplication::translate("ferry::transfer",
                                                                  "%1 (follow links to upload it)")
                                          .arg(entry.reason)
                                    : entry.reason);
                    continue;
                case WalkEntry::Kind::File:
                case WalkEntry::Kind::Folder:
                    break;
                }
                QueueItem c = child(entry.name);
                c.options.uploadRoot = uploadRoot;
                c.isFolder = entry.kind == WalkEntry::Kind::Folder;
                c.localPath = localPath;
                c.remotePath = remote.child(entry.name).toString();
                c.size = c.isFolder ? -1 : entry.size;
                // Compared without case: on a server that ignores case, "A.txt" is "a.txt".
                // Dot files are left out: a LIST without -a may not show them.
                if (existing && !c.isFolder && !entry.name.startsWith(QLatin1Char('.')) &&
                    !existing->contains(entry.name.toCaseFolded()))
                    c.options.targetAbsentAt = lookedAt;
                outcome.children.push_back(std::move(c));
            }
        }
        if (walker.error())
            return *walker.error();
        return outcome;
    }
    const RemotePath from = resolve(fs, item.remotePath);
    // Links are judged against the folder the user chose, kept through every level.
    const RemotePath root = item.options.remoteRoot.isEmpty() ? from : resolve(fs, item.options.remoteRoot);
    WalkOptions walk;
    walk.recursive = false;
    walk.followLinks = item.options.followLinks;
    walk.cancel = token;
    if (const std::shared_ptr<ListedAhead> ahead = context.listedAhead) {
        // The listing made ahead, several folders at once; this folder's own listing when
        // it will not come (TreeWalker's rules apply to either alike).
        walk.listFolder = [ahead, &fs, token](const RemotePath &folder) -> Result<Listing> {
            if (std::optional<Listing> listed = ahead->take(folder, token))
                return std::move(*listed);
            return fs.list(folder);
        };
    }
    TreeWalker walker = TreeWalker::overRemote(fs, root, walk, from);
    WalkBatch batch;
    if (!walker.next(batch))
        return walker.error().value_or(Error(
            ErrorKind::Local, QCoreApplication::translate("ferry::transfer", "the folder was not listed")));
    if (batch.error)
        return *batch.error;
    RemotePath to;
    if (item.direction == Direction::Download) {
        if (!QDir().mkpath(item.localPath))
            return Error(ErrorKind::Local,
                         QCoreApplication::translate("ferry::transfer", "cannot create the folder %1")
                             .arg(item.localPath));
    } else {
        if (!target)
            return Error(ErrorKind::Local, QCoreApplication::translate("ferry::transfer",
                                                                       "no connection to the target server"));
        to = resolve(*target, item.targetPath);
        if (auto st = target->stat(to); !st || !st->isDir()) {
            if (auto made = target->makeDir(to); !made)
                return made.error();
        }
    }
    do {
        for (const WalkEntry &entry : std::as_const(batch.entries)) {
            handOver();
            switch (entry.kind) {
            case WalkEntry::Kind::NotFollowed:
                continue; // links to folders are not followed (a link to a parent would never end)
            case WalkEntry::Kind::Skipped:
                if (entry.why == WalkEntry::Why::UnsafeName) {
                    // Only the remote side is named: a local path built from it would be outside.
                    skipped(entry.name, from.toString() + QLatin1Char('/') + entry.name, QString(),
                            QCoreApplication::translate(
                                "ferry::transfer",
                                "'%1' is not a safe file name: it could land outside the target")
                                .arg(entry.name));
                } else {
                    skipped(
                        entry.name, entry.remotePath.toString(),
                        item.direction == Direction::Download ? QDir(item.localPath).filePath(entry.name)
                                                              : QString(),
                        entry.why == WalkEntry::Why::LinkOutside
                            ? QCoreApplication::translate("ferry::transfer", "%1 (follow links to copy it)")
                                  .arg(entry.reason)
                            : entry.reason);
                }
                continue;
            case WalkEntry::Kind::File:
            case WalkEntry::Kind::Folder:
                break;
            }
            QueueItem c = child(entry.name);
            c.options.expanded = true;
            c.options.remoteRoot = root.toString();
            c.isFolder = entry.kind == WalkEntry::Kind::Folder;
            c.remotePath = entry.remotePath.toString();
            c.size = c.isFolder ? -1 : entry.size;
            if (item.direction == Direction::Download)
                c.localPath = QDir(item.localPath).filePath(entry.name);
            else
                c.targetPath = to.child(entry.name).toString();
            outcome.children.push_back(std::move(c));
        }
    } while (walker.next(batch));
    if (walker.error())
        return *walker.error();
    return outcome;
}

} // namespace

QString renamedCandidate(const QString &name, int n)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0) // no extension, or a dot file like ".profile"
        return QStringLiteral("%1 (%2)").arg(name).arg(n);
    return QStringLiteral("%1 (%2)%3").arg(name.left(dot)).arg(n).arg(name.mid(dot));
}

PartialCopy ProgressCell::partial() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_partialPath.isEmpty())
        return {};
    return {m_partialPath, m_partialIdentity.device, m_partialIdentity.inode};
}

void removeSegmentRecords(const QueueItem &item)
{
    QStringList records;
    const QString tag = QString::number(item.id);
    switch (item.direction) {
    case Direction::Download:
        if (!item.options.partial.isEmpty())
            records << SegmentRecord::pathFor(item.options.partial.path);
        if (!item.localPath.isEmpty())
            records << SegmentRecord::pathFor(partialPath(item.localPath, tag));
        break;
    case Direction::Upload:
        if (!item.options.segmentRecord.isEmpty())
            records << item.options.segmentRecord;
        if (item.remotePath.startsWith(QLatin1Char('/')) && !item.localPath.isEmpty() &&
            item.options.archiveMember.isEmpty()) {
            records << uploadRecordPath(item.site, item.remotePath, item.localPath, tag);
            records << uploadRecordPath(item.site, item.remotePath + QStringLiteral(".filepart"),
                                        item.localPath, tag);
        }
        break;
    case Direction::Copy:
        break;
    }
    for (const QString &path : std::as_const(records)) {
        // Only a record: never another file a damaged queue might name.
        if (path.endsWith(QLatin1String(".segments")))
            QFile::remove(path);
    }
}

bool targetKnownAbsent(const QueueItem &item, const QDateTime &now)
{
    const qint64 lookedAt = item.options.targetAbsentAt;
    if (lookedAt < 0 || item.direction != Direction::Upload || item.attempts > 0 || item.options.started)
        return false;
    const qint64 age = now.toMSecsSinceEpoch() - lookedAt;
    return age >= 0 && age <= kTargetAbsentMaxAgeMs;
}

Result<TaskOutcome> runTask(RemoteFileSystem &fs, RemoteFileSystem *target, const QueueItem &item,
                            const TaskContext &context)
{
    if (item.options.unsafe) {
        TaskOutcome never;
        never.state = ItemState::Skipped;
        never.skipReason = item.lastError.isEmpty()
                               ? QCoreApplication::translate("ferry::transfer", "not a safe file name")
                               : item.lastError;
        return never;
    }
    if (item.isFolder)
        return expandFolder(fs, target, item, context);
    if (item.direction == Direction::Copy && !target)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "no connection to the target server"));

    TaskOutcome outcome;
    // Where the copy goes, and what is there already.
    QString localPath = item.localPath;
    RemotePath remote = resolve(fs, item.remotePath);
    RemotePath copyTarget =
        item.direction == Direction::Copy ? resolve(*target, item.targetPath) : RemotePath();

    // The source's size and time, for the rules and the question.
    qint64 sourceSize = -1;
    QDateTime sourceTime;
    DirEntry sourceEntry;
    // An upload from inside an archive: the member, read again from the archive each run.
    const bool fromArchive = item.direction == Direction::Upload && !item.options.archiveMember.isEmpty();
    if (fromArchive) {
        auto member = archive::findMember(localPath, item.options.archiveMember.mid(1), context.token);
        if (!member)
            return member.error();
        if (member->isFolder())
            return expandFolder(fs, target, item, context);
        if (member->type != archive::EntryType::File)
            return Error(ErrorKind::Local,
                         QCoreApplication::translate("ferry::transfer", "%1 is not a file in the archive")
                             .arg(archive::joinMemberPath(localPath, member->path)));
        sourceSize = member->size;
        sourceTime = member->mtime;
    } else if (item.direction == Direction::Upload) {
        const QFileInfo info(localPath);
        if (!info.exists())
            return Error(ErrorKind::NotFound,
                         QCoreApplication::translate("ferry::transfer", "%1: no such file").arg(localPath));
        if (info.isDir()) // queued as a file, found to be a folder: expand it all the same
            return expandFolder(fs, target, item, context);
        sourceSize = info.size(); // the time is read below, only when a target exists
    } else {
        auto st = fs.stat(remote);
        if (!st)
            return st.error();
        if (st->isDir()) {
            if (item.options.expanded) {
                // Listed as a file or a link, found to be a folder: a link to a folder,
                // which recursive transfers do not follow.
                outcome.state = ItemState::Skipped;
                outcome.skipReason =
                    QCoreApplication::translate("ferry::transfer", "a link to a folder is not followed");
                return outcome;
            }
            return expandFolder(fs, target, item, context);
        }
        sourceEntry = *st;
        sourceSize = st->size.value_or(-1);
        sourceTime = st->mtime.isValid() ? st->mtime.toUTC() : QDateTime();
    }

    bool resume = item.options.started; // a run began before: continue from the real partial size
    const bool knownAbsent = targetKnownAbsent(item);
    if (!resume && !knownAbsent) {
        Result<TargetState> state = TargetState{};
        switch (item.direction) {
        case Direction::Download:
            state = localState(localPath);
            break;
        case Direction::Upload:
            state = remoteState(fs, remote);
            break;
        case Direction::Copy:
            state = remoteState(*target, copyTarget);
            break;
        }
        if (!state)
            return state.error();
        if (state->exists) {
            if (item.direction == Direction::Upload && !fromArchive)
                sourceTime = util::modificationTimeUtc(QFileInfo(localPath));
            QString reason;
            switch (decide(item.existsAction, sourceSize, sourceTime, *state, &reason)) {
            case Decision::Copy:
                break;
            case Decision::Resume:
                resume = true;
                break;
            case Decision::Skip:
                outcome.state = ItemState::Skipped;
                outcome.skipReason = reason;
                outcome.size = sourceSize;
                return outcome;
            case Decision::Ask:
                outcome.needsAnswer = true;
                outcome.question.source = item.direction == Direction::Upload ? localPath : remote.toString();
                outcome.question.target = item.direction == Direction::Download ? localPath
                                          : item.direction == Direction::Upload ? remote.toString()
                                                                                : copyTarget.toString();
                outcome.question.sourceSize = sourceSize;
                outcome.question.sourceTime = sourceTime;
                outcome.question.targetSize = state->size;
                outcome.question.targetTime = state->mtime;
                return outcome;
            case Decision::Rename:
                for (int n = 1;; ++n) {
                    if (n > 9999)
                        return Error(ErrorKind::Exists,
                                     QCoreApplication::translate("ferry::transfer", "no free name for %1")
                                         .arg(item.direction == Direction::Download ? item.localPath
                                              : item.direction == Direction::Upload ? item.remotePath
                                                                                    : item.targetPath));
                    if (item.direction == Direction::Download) {
                        const QFileInfo info(item.localPath);
                        const QString candidate = info.dir().filePath(renamedCandidate(info.fileName(), n));
                        if (!QFileInfo::exists(candidate) &&
                            !QFileInfo::exists(partialPath(candidate, QString::number(item.id)))) {
                            localPath = candidate;
                            outcome.newLocalPath = candidate;
                            break;
                        }
                    } else {
                        RemoteFileSystem &where = item.direction == Direction::Upload ? fs : *target;
                        const RemotePath base = item.direction == Direction::Upload ? remote : copyTarget;
                        const RemotePath candidate = base.parent().child(renamedCandidate(base.name(), n));
                        auto taken = remoteState(where, candidate);
                        if (!taken)
                            return taken.error();
                        if (!taken->exists) {
                            (item.direction == Direction::Upload ? remote : copyTarget) = candidate;
                            outcome.newRemotePath = candidate.toString();
                            break;
                        }
                    }
                }
                break;
            }
        }
    }

    std::shared_ptr<RateLimiter> own;
    if (context.itemRate > 0)
        own = std::make_shared<RateLimiter>(context.itemRate);
    const ProgressFn progress = meteredProgress(context, own);
    CopyOptions options;
    options.resume = resume;
    options.usePartFile = item.options.usePartFile;
    options.preserveTime = item.options.preserveTime;

    if (item.direction == Direction::Download && options.usePartFile) {
        // The partial file carries the item's id, and the item records which file it is:
        // a later run continues that file only, never one that merely has its name.
        const PartialCopy &recorded = item.options.partial;
        if (resume && !recorded.isEmpty() &&
            QFileInfo(recorded.path).absolutePath() == QFileInfo(localPath).absolutePath()) {
            options.partPath = recorded.path;
            options.partIdentity = {recorded.device, recorded.inode};
        } else {
            options.partPath = partialPath(localPath, QString::number(item.id));
        }
        options.replaceStalePart = false;
        if (context.progress) {
            options.partialChosen = [cell = context.progress](const QString &path,
                                                              const FileIdentity &identity) {
                cell->setPartial(path, identity);
            };
        }
    }
    if (context.progress) {
        options.segmentsProgress = [cell = context.progress](const std::vector<SegmentRecord::Segment> &s) {
            cell->setSegments(s);
        };
    }
    if (context.progress)
        context.progress->copying.store(true);
    Result<CopyResult> copied = CopyResult{};
    switch (item.direction) {
    case Direction::Download:
        copied = downloadFile(fs, remote, localPath, options, progress, &sourceEntry);
        break;
    case Direction::Upload: {
        // Straight to a target known to be absent: see targetAbsent. (Then the target was
        // not asked for above, so there is no rename and no resume.)
        options.targetAbsent = knownAbsent && !item.options.tempUpload;
        StreamSource member;
        if (fromArchive) {
            member.name = archive::joinMemberPath(localPath, item.options.archiveMember.mid(1));
            member.size = sourceSize;
            member.mtime = sourceTime;
            member.open = [archivePath = localPath, path = item.options.archiveMember.mid(1),
                           token = context.token, ask = archivePasswordAsker(localPath, context.interaction)](
                              qint64 offset) -> Result<StreamSource::Reader> {
                // Decompressed on the reader's own thread, ahead of the network, and sent
                // from the buffer it was decompressed into.
                auto reader = archive::openMember(archivePath, path, offset, token, true, ask);
                if (!reader) {
                    // The password question declined: the item fails, saying so. (As
                    // Cancelled it would read as the user's Stop, and go back to the queue
                    // to be asked again at once.)
                    if (reader.error().kind() == ErrorKind::Cancelled && !token.isCancelled())
                        return Error(ErrorKind::Local, reader.error().message());
                    return reader.error();
                }
                std::shared_ptr<archive::MemberReader> shared(std::move(reader.value()));
                return StreamSource::Reader(
                    [shared](char *data, qint64 size) { return shared->read(data, size); },
                    [shared](qint64 size) { return shared->borrow(size); });
            };
        }
        const auto send = [&](const RemotePath &to) {
            if (fromArchive)
                return uploadStream(fs, member, to, options, progress);
            // The record of its segments follows from the item (site, paths and id), as a
            // download's follows from its partial file; the item records it.
            options.uploadSegmentsPath =
                uploadRecordPath(item.site, to.toString(), localPath, QString::number(item.id));
            // A record made before records carried the item's id (an upload stopped before
            // this version): taken over, so its segments continue. Without it the upload
            // would resume from the server's size, and that file has holes.
            const QString untagged = uploadRecordPath(item.site, to.toString(), localPath, QString());
            if (!QFileInfo::exists(options.uploadSegmentsPath) && QFileInfo::exists(untagged))
                QFile::rename(untagged, options.uploadSegmentsPath);
            if (context.progress)
                context.progress->setSegmentRecord(options.uploadSegmentsPath);
            return uploadFile(fs, localPath, to, options, progress);
        };
        if (item.options.tempUpload) {
            // Upload under a temporary name, then rename over the target: readers of the
            // target never see a half-written file.
            const RemotePath temp = remote.parent().child(remote.name() + QStringLiteral(".filepart"));
            copied = send(temp);
            if (copied) {
                if (auto existing = fs.stat(remote); existing && !existing->isDir())
                    (void)fs.removeFile(remote);
                if (auto moved = fs.rename(temp, remote); !moved)
                    return moved.error();
            }
        } else {
            copied = send(remote);
        }
        break;
    }
    case Direction::Copy:
        copied = copyBetween(fs, remote, *target, copyTarget, options, progress, &outcome.method);
        break;
    }
    if (!copied)
        return copied.error();
    outcome.size = copied->size;
    outcome.resumedFrom = copied->resumedFrom;
    outcome.transferred = copied->transferred;

    // Sizes are checked by every copy; a checksum when the server computes one.
    RemoteFileSystem &remoteSide = item.direction == Direction::Copy ? *target : fs;
    const RemotePath remoteCopy = item.direction == Direction::Copy ? copyTarget : remote;
    outcome.checksum = QStringLiteral("size");
    // (Not for an archive member: the hash would be the archive's; its size was checked.)
    if (item.direction != Direction::Copy && !fromArchive && !remoteSide.checksumAlgorithms().isEmpty()) {
        auto verified = verifyFile(remoteSide, remoteCopy, localPath, copied->size);
        if (!verified)
            return verified.error();
        outcome.checksum = *verified;
    }
    return outcome;
}

} // namespace ferry::transfer
