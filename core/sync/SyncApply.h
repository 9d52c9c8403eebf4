#pragma once
// Carries out a SyncPlan (SyncPlanner.h) on either side: the folders to make and what
// to delete happen here, the files go through the persistent queue as QueueItems (so a
// sync that is killed continues where it stopped, resuming a partial copy).
//
// Order: Phase::Before deletes what stands in the way of the source (type clashes) and
// makes the missing folders, parents first; then the queue copies the files; then
// Phase::After deletes what exists only on the target (planned only with deleteExtra).
// Every path is the target root plus a planned relative path, checked again here to be
// safe (no "..", no empty segment): nothing is written or deleted outside the root.
// Local deletes never follow a link (a link is removed, not what it points at).
//
// Local and remote calls block: the remote ones run on a connection's worker thread.

#include <QList>
#include <QString>

#include <functional>

#include "SyncPlanner.h"
#include "base/Result.h"
#include "remote/RemotePath.h"
#include "transfer/QueueItem.h"

namespace ferry::remote {
class RemoteFileSystem;
}

namespace ferry::sync {

class SyncApply
{
public:
    enum class Phase
    {
        Before, // type-clash deletes, then missing folders
        After   // deletes of what exists only on the target
    };
    // Hears each action as it is done.
    using Done = std::function<void(const SyncAction &)>;

    // The plan's actions of `phase` on the remote side (plans of direction Up).
    static remote::Status applyRemote(remote::RemoteFileSystem &fs, const SyncPlan &plan,
                                      const remote::RemotePath &root, Phase phase, const Done &done = {});
    // The same on the local side (plans of direction Down).
    static remote::Status applyLocal(const SyncPlan &plan, const QString &root, Phase phase,
                                     const Done &done = {});
    // The plan's uploads or downloads as queue items for `site` (a queue site string),
    // existsAction Overwrite (the plan has decided), with `options`.
    static QList<transfer::QueueItem> queueItems(const SyncPlan &plan, const QString &site,
                                                 const QString &localRoot,
                                                 const remote::RemotePath &remoteRoot,
                                                 const transfer::ItemOptions &options);
    // Whether an action belongs to phase.
    static bool inPhase(const SyncAction &action, Phase phase);
};

} // namespace ferry::sync
