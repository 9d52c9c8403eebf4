#pragma once
// ferry-cli's options and the parser of its command line. Every option is one row of
// optionTable(): its name, a short alias, whether it takes a value, and what it does to
// the CliContext (nothing for options a command reads itself, e.g. queue's --exists).
// Options may stand anywhere on the line; "--name value" and "--name=value" are the same;
// a switch refuses "=value"; an unknown option is an error with the closest known one as
// a hint; after "--" every argument is positional. Pure code on the main thread.

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace ferry::cli {

struct CliContext;

struct OptionSpec
{
    const char *name;  // "--resume"
    const char *alias; // "-r", or nullptr
    bool takesValue;
    // Applies the option to ctx (value empty for a switch): an error message for a bad
    // value, or empty. nullptr: a command reads it from CliContext::rawArgs.
    QString (*apply)(CliContext &ctx, const QString &value);
};

std::span<const OptionSpec> optionTable();

struct ParsedCommandLine
{
    struct Option
    {
        const OptionSpec *spec;
        QString value;
        bool afterCommand;
    };
    QString command;
    QStringList positional;
    QList<Option> options; // in the order given
    QString error;         // a usage error, the message; empty when the line is good
};

ParsedCommandLine parseCommandLine(const QStringList &args,
                                   std::span<const OptionSpec> table = optionTable());

// The known option closest to `unknown` (a typo, a missing letter), or empty.
QString closestOption(const QString &unknown, std::span<const OptionSpec> table = optionTable());

} // namespace ferry::cli
