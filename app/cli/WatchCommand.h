#pragma once
// ferry-cli's `watch`: keeps a remote folder up to date with a local one. First a sync up
// (SyncCommand's code: the same plan, the same persistent queue); then every local change
// (new, changed, renamed files, new folders; removed ones with --delete; editors' saves
// by rename) is sent once the file has been quiet for --settle ms (core/edit/
// LocalChangeWatcher), by planning the local tree against what the server was last made
// to hold. A round that fails (the link is down) is tried again with a growing pause, and
// the queue's own retries; nothing is lost meanwhile. Runs until Ctrl-C or SIGTERM on the
// main thread's event loop. See docs/sync.md.

namespace ferry::cli {

struct CliContext;

extern const char kWatchHelp[];

int cmdWatch(CliContext &ctx);

} // namespace ferry::cli
