#include "CliReport.h"

#include "Cli.h"
#include "CliContext.h"
#include "RemoteCommands.h"
#include "TerminalText.h"

namespace ferry::cli {

int fail(CliContext &ctx, const remote::Error &error)
{
    ctx.err << "ferry-cli: " << terminalSafe(error.toString(), Newlines::Keep) << '\n';
    ctx.err.flush();
    return exitCodeFor(error);
}

int usageError(CliContext &ctx, const QString &message, const QString &help)
{
    ctx.err << "ferry-cli: " << message << '\n';
    if (help.isEmpty())
        ctx.err << "(see ferry-cli --help)\n";
    else
        ctx.err << help;
    return ExitUsage;
}

bool hasFlag(const CliContext &ctx, const QString &name)
{
    return ctx.rawArgs.contains(name);
}

} // namespace ferry::cli
