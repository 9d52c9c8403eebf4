#pragma once
// ferry-cli's `sync`: makes a remote folder match a local one (--direction up, the
// default) or the reverse (down) with core/sync's planner. The remote tree is listed over
// several connections at once; the plan is printed (--dry-run, --json) or carried out:
// folders made and type clashes cleared first, the files through a persistent queue of
// this sync's own (a killed sync resumes its partial copies when run again), then, with
// --delete, what exists only on the target removed. Runs on the main thread with an
// event loop while the connections work. See docs/sync.md.

#include <QString>

#include <memory>
#include <optional>

#include "base/Result.h"
#include "remote/ConnectionSpec.h"
#include "remote/RemotePath.h"
#include "sync/SyncPlanner.h"

namespace ferry::session {
class Session;
class SessionManager;
} // namespace ferry::session

namespace ferry::cli {

struct CliContext;

extern const char kSyncHelp[];

int cmdSync(CliContext &ctx);

// What sync and watch (WatchCommand) share: the server's session, logged in, and the
// remote folder (URL's path from the login folder).
struct SyncConnection
{
    std::unique_ptr<session::SessionManager> manager;
    session::Session *session = nullptr;
    remote::ConnectionSpec spec;
    remote::RemotePath root;
    bool remoteMissing = false; // made by the first applySyncPlan (up)
    QString site;               // the queue's name for the server
    int connections = 4;        // transfers at once (--parallel)
    int listings = 0;           // connections listing the remote tree (--list-connections)
};
// Connects and finds the remote folder; an exit code when that failed (reported). With
// connectFailure given, a failed connection is stored there instead of reported (the
// caller carries on without it); wrong options are still reported.
std::optional<int> openSyncConnection(CliContext &ctx, const QString &url, sync::SyncDirection direction,
                                      SyncConnection &c,
                                      std::optional<remote::Error> *connectFailure = nullptr);
// The remote tree under c.root, several folders listed at once (empty while missing).
remote::Result<sync::SyncTree> listRemoteTree(CliContext &ctx, SyncConnection &c,
                                              const sync::SyncExcludes &excludes);
// Carries out plan: type clashes and folders first, then the files through this sync's
// persistent queue (<data>/sync-<hash>.sqlite), then the deletes. An exit code.
int applySyncPlan(CliContext &ctx, SyncConnection &c, const sync::SyncPlan &plan, const QString &localRoot);
// "3 to upload, 1 folder(s) to make, 0 to delete, 12 left alone".
QString syncSummary(const sync::SyncPlan &plan);

} // namespace ferry::cli
