#include "Commands.h"

#include <iterator>

#include "QueueCommand.h"
#include "RemoteCommands.h"
#include "SitesCommand.h"
#include "SyncCommand.h"

namespace ferry::cli {

namespace {
// Each row: name, synopsis for --help, function. Keep the order of --help.
const Command kCommands[] = {
    {"ls", "ls [--json] URL                       list a folder (or show one file)", cmdLs},
    {"get", "get [-r] [--resume] URL LOCAL         download a file or, with -r, a folder", cmdGet},
    {"put", "put [-r] [--resume] LOCAL URL         upload a file or, with -r, a folder", cmdPut},
    {"mkdir", "mkdir URL                             create a folder", cmdMkdir},
    {"rm", "rm [-r] URL                           delete a file or, with -r, a folder and its contents",
     cmdRm},
    {"mv",
     "mv URL NEWPATH                        rename or move (NEWPATH: a URL, an absolute path,\n"
     "                                        or a path relative to the source's folder)",
     cmdMv},
    {"chmod", "chmod MODE URL                        change permissions (octal MODE, e.g. 644)", cmdChmod},
    {"sync",
     "sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]\n"
     "     [--exclude GLOB]... [--json] LOCAL URL\n"
     "                                        make the target folder match the source (docs/sync.md)",
     cmdSync, kSyncHelp},
    {"queue",
     "queue add|list|run|pause|resume|retry|remove|priority|clear\n"
     "                                        the persistent transfer queue; 'ferry-cli queue' for details",
     cmdQueue, kQueueHelp},
    {"sites",
     "sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend\n"
     "                                        saved sites; 'ferry-cli sites' for details",
     cmdSites, kSitesHelp},
};
} // namespace

std::span<const Command> commands()
{
    return {std::begin(kCommands), std::end(kCommands)};
}

} // namespace ferry::cli
