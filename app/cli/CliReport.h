#pragma once
// How every ferry-cli command reports: an error (its exit code by kind), a usage error
// (exit 1, with the command's own help or a pointer to --help), and whether a flag was
// given among the command's own arguments. One of each for ls/get/put..., queue and sites.

#include <QString>
#include <QStringList>

#include "base/Error.h"

namespace ferry::cli {

struct CliContext;

// "ferry-cli: <error>" on stderr (terminal-safe, flushed); exitCodeFor(error).
int fail(CliContext &ctx, const remote::Error &error);
// "ferry-cli: <message>" on stderr, then the running command's help (Command::help: queue,
// sites), or "(see ferry-cli --help)" for a command without one; ExitUsage.
int usageError(CliContext &ctx, const QString &message);
// "--name" is among the command's own arguments (ctx.rawArgs).
bool hasFlag(const CliContext &ctx, const QString &name);
// The value of "--name VALUE" or "--name=VALUE" among the command's own arguments (the
// first; empty when absent).
QString optionValue(const CliContext &ctx, const QString &name);
// Every value of a repeated "--name VALUE" (--exclude).
QStringList optionValues(const CliContext &ctx, const QString &name);

} // namespace ferry::cli
