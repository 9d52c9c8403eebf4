#pragma once
// The table of ferry-cli's commands. Each command group lives in its own file pair
// (RemoteCommands, SitesCommand, QueueCommand, ...) and adds its rows in Commands.cpp.

#include <span>

#include "Cli.h"

namespace ferry::cli {

std::span<const Command> commands();

} // namespace ferry::cli
