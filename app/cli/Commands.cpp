#include "Commands.h"

#include <iterator>

namespace ferry::cli {

namespace {
// Each row: name, synopsis for --help, function. Keep the order of --help.
const Command kCommands[] = {
    {"version", "version                       print the version", [](CliContext &) { return int(ExitOk); }},
};
} // namespace

std::span<const Command> commands()
{
    return {std::begin(kCommands), std::end(kCommands)};
}

} // namespace ferry::cli
