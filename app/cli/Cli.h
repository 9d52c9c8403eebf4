#pragma once
// ferry-cli's command dispatcher: parses the command line into a CliContext and runs one
// command on the calling (main) thread. Exit codes are the CLI's contract, see ExitCode.

#include <QCoreApplication>

namespace ferry::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitError = 2,
    ExitTrustRefused = 3,
    ExitAuthFailed = 4,
    ExitPartial = 5,
};

struct CliContext;

// One command: its name, a one-line synopsis for --help, and what runs it.
struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(CliContext &ctx);
    // What a usage error of this command prints after its message (subcommands and their
    // options); nullptr: a pointer to --help.
    const char *help = nullptr;
};

int run(QCoreApplication &app);

} // namespace ferry::cli
