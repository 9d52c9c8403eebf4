#pragma once
// ferry-cli's `sync`: makes a remote folder match a local one (--direction up, the
// default) or the reverse (down) with core/sync's planner. The remote tree is listed over
// several connections at once; the plan is printed (--dry-run, --json) or carried out:
// folders made and type clashes cleared first, the files through a persistent queue of
// this sync's own (a killed sync resumes its partial copies when run again), then, with
// --delete, what exists only on the target removed. Runs on the main thread with an
// event loop while the connections work. See docs/sync.md.

namespace ferry::cli {

struct CliContext;

extern const char kSyncHelp[];

int cmdSync(CliContext &ctx);

} // namespace ferry::cli
