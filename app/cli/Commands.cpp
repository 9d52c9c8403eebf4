#include "Commands.h"

#include <QCoreApplication>

#include <iterator>

#include "QueueCommand.h"
#include "RemoteCommands.h"
#include "SitesCommand.h"
#include "SyncCommand.h"
#include "WatchCommand.h"

namespace ferry::cli {

namespace {
// Each row: name, synopsis for --help (translated when --help prints it), function. Keep
// the order of --help.
const Command kCommands[] = {
    {"ls",
     QT_TRANSLATE_NOOP("ferry::cli::Help",
                       "ls [--json] URL                       list a folder (or show one file)"),
     cmdLs},
    {"get",
     QT_TRANSLATE_NOOP(
         "ferry::cli::Help",
         "get [-r] [--resume] URL LOCAL         download a file or, with -r, a folder\n"
         "get --extract URL FOLDER              download an archive and extract it into FOLDER"),
     cmdGet},
    {"put",
     QT_TRANSLATE_NOOP(
         "ferry::cli::Help",
         "put [-r] [--resume] LOCAL URL         upload a file or, with -r, a folder;\n"
         "                                        LOCAL may be ARCHIVE!/member/path (docs/archives.md)"),
     cmdPut},
    {"mkdir", QT_TRANSLATE_NOOP("ferry::cli::Help", "mkdir URL                             create a folder"),
     cmdMkdir},
    {"rm",
     QT_TRANSLATE_NOOP(
         "ferry::cli::Help",
         "rm [-r] URL                           delete a file or, with -r, a folder and its contents"),
     cmdRm},
    {"mv",
     QT_TRANSLATE_NOOP(
         "ferry::cli::Help",
         "mv URL NEWPATH                        rename or move (NEWPATH: a URL, an absolute path,\n"
         "                                        or a path relative to the source's folder)"),
     cmdMv},
    {"chmod",
     QT_TRANSLATE_NOOP("ferry::cli::Help",
                       "chmod MODE URL                        change permissions (octal MODE, e.g. 644)"),
     cmdChmod},
    {"sync",
     "sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]\n"
     "     [--exclude GLOB]... [--json] LOCAL URL\n"
     "                                        make the target folder match the source (docs/sync.md)",
     cmdSync, kSyncHelp},
    {"watch",
     "watch [--delete] [--exclude GLOB]... [--settle MS] LOCAL URL\n"
     "                                        keep the remote folder up to date (docs/sync.md)",
     cmdWatch, kWatchHelp},
    {"queue",
     QT_TRANSLATE_NOOP("ferry::cli::Help", "queue add|list|run|pause|resume|retry|remove|priority|clear\n"
                                           "                                        the persistent transfer "
                                           "queue; 'ferry-cli queue' for details"),
     cmdQueue, kQueueHelp},
    {"sites",
     QT_TRANSLATE_NOOP("ferry::cli::Help",
                       "sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend\n"
                       "                                        saved sites; 'ferry-cli sites' for details"),
     cmdSites, kSitesHelp},
};
} // namespace

std::span<const Command> commands()
{
    return {std::begin(kCommands), std::end(kCommands)};
}

} // namespace ferry::cli
