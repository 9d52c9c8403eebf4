#include "CliReport.h"

#include <QCoreApplication>

#include "Cli.h"
#include "CliContext.h"
#include "Commands.h"
#include "RemoteCommands.h"
#include "TerminalText.h"

namespace ferry::cli {

int fail(CliContext &ctx, const remote::Error &error)
{
    ctx.err << "ferry-cli: " << terminalSafe(error.toString(), Newlines::Keep) << '\n';
    ctx.err.flush();
    return exitCodeFor(error);
}

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err << "ferry-cli: " << message << '\n';
    const char *help = nullptr;
    for (const Command &c : commands()) {
        if (ctx.command == QLatin1String(c.name))
            help = c.help;
    }
    if (help)
        ctx.err << QCoreApplication::translate("ferry::cli::Help", help);
    else
        ctx.err << QCoreApplication::translate("ferry::cli::Help", "(see ferry-cli --help)\n");
    return ExitUsage;
}

bool hasFlag(const CliContext &ctx, const QString &name)
{
    return ctx.rawArgs.contains(name);
}

QString optionValue(const CliContext &ctx, const QString &name)
{
    for (qsizetype i = 0; i < ctx.rawArgs.size(); ++i) {
        const QString &a = ctx.rawArgs.at(i);
        if (a == name && i + 1 < ctx.rawArgs.size())
            return ctx.rawArgs.at(i + 1);
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
    }
    return {};
}

QStringList optionValues(const CliContext &ctx, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < ctx.rawArgs.size(); ++i) {
        if (ctx.rawArgs.at(i) == name)
            values.append(ctx.rawArgs.at(++i));
    }
    return values;
}

} // namespace ferry::cli
