#include "Commands.h"

#include <iterator>

#include "SitesCommand.h"

namespace ferry::cli {

namespace {
// Each row: name, synopsis for --help, function. Keep the order of --help.
const Command kCommands[] = {
    {"version", "version                       print the version", [](CliContext &) { return int(ExitOk); }},
    {"sites", "sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend\n"
              "                                        saved sites; 'ferry-cli sites' for details", cmdSites},
};
} // namespace

std::span<const Command> commands()
{
    return {std::begin(kCommands), std::end(kCommands)};
}

} // namespace ferry::cli
