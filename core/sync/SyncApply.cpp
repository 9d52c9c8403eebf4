#include "SyncApply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "remote/RemoteFileSystem.h"
#include "session/FileOperation.h"

namespace ferry::sync {

using namespace ferry::remote;
using Kind = SyncAction::Kind;
using Reason = SyncAction::Reason;

namespace {

Error unsafe(const QString &path)
{
    return Error(
        ErrorKind::Local,
        QCoreApplication::translate("ferry::sync", "%1: not a safe relative path; nothing done").arg(path));
}

QString localPath(const QString &root, const QString &relative)
{
    return QDir::cleanPath(root) + QLatin1Char('/') + relative;
}

} // namespace

bool SyncApply::inPhase(const SyncAction &action, Phase phase)
{
    if (phase == Phase::After)
        return action.kind == Kind::Delete && action.reason == Reason::OnlyTarget;
    return action.kind == Kind::MakeDir ||
           (action.kind == Kind::Delete && action.reason != Reason::OnlyTarget);
}

Status SyncApply::applyRemote(RemoteFileSystem &fs, const SyncPlan &plan, const RemotePath &root, Phase phase,
                              const Done &done)
{
    for (const SyncAction &a : plan.actions) {
        if (!inPhase(a, phase))
            continue;
        if (!SyncPlanner::isSafeRelativePath(a.relativePath))
            return unsafe(a.relativePath);
        const RemotePath path = root.resolved(a.relativePath);
        if (a.kind == Kind::MakeDir) {
            if (Status st = fs.makeDir(path); !st)
                return st;
        } else {
            const auto removed = session::FileOperation::remove({{path, a.isDir}}).run(fs);
            if (!removed)
                return removed.error();
        }
        if (done)
            done(a);
    }
    return {};
}

Status SyncApply::applyLocal(const SyncPlan &plan, const QString &root, Phase phase, const Done &done)
{
    for (const SyncAction &a : plan.actions) {
        if (!inPhase(a, phase))
            continue;
        if (!SyncPlanner::isSafeRelativePath(a.relativePath))
            return unsafe(a.relativePath);
        const QString path = localPath(root, a.relativePath);
        if (a.kind == Kind::MakeDir) {
            if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
                return Error(
                    ErrorKind::Local,
                    QCoreApplication::translate("ferry::sync", "cannot make the folder %1").arg(path));
        } else {
            const QFileInfo info(path);
            // A link (to a folder too) is removed as a link; QDir::removeRecursively
            // removes the links under a folder without following them.
            const bool ok =
                (info.isDir() && !info.isSymLink()) ? QDir(path).removeRecursively() : QFile::remove(path);
            if (!ok && (info.exists() || info.isSymLink()))
                return Error(ErrorKind::Local,
                             QCoreApplication::translate("ferry::sync", "cannot delete %1").arg(path));
        }
        if (done)
            done(a);
    }
    return {};
}

QList<transfer::QueueItem> SyncApply::queueItems(const SyncPlan &plan, const QString &site,
                                                 const QString &localRoot, const RemotePath &remoteRoot,
                                                 const transfer::ItemOptions &options)
{
    QList<transfer::QueueItem> items;
    for (const SyncAction &a : plan.actions) {
        if ((a.kind != Kind::Upload && a.kind != Kind::Download) ||
            !SyncPlanner::isSafeRelativePath(a.relativePath))
            continue;
        transfer::QueueItem item;
        item.direction = a.kind == Kind::Upload ? transfer::Direction::Upload : transfer::Direction::Download;
        item.site = site;
        item.localPath = localPath(localRoot, a.relativePath);
        item.remotePath = remoteRoot.resolved(a.relativePath).toString();
        item.size = a.size;
        item.existsAction = transfer::ExistsAction::Overwrite;
        item.options = options;
        items.append(item);
    }
    return items;
}

} // namespace ferry::sync
