#pragma once
// ferry-cli's remote commands, for every protocol the engines speak: ls, get, put, mkdir,
// rm, mv, chmod. Each connects, does its work on the main thread through the synchronous
// RemoteFileSystem, and maps the outcome to the CLI's exit codes.

#include "base/Error.h"
#include "util/HumanSize.h"

#include <QString>

namespace ferry::cli {

struct CliContext;

int cmdLs(CliContext &ctx);
int cmdGet(CliContext &ctx);
int cmdPut(CliContext &ctx);
int cmdMkdir(CliContext &ctx);
int cmdRm(CliContext &ctx);
int cmdMv(CliContext &ctx);
int cmdChmod(CliContext &ctx);

// 4 for Auth, 3 for HostKey/Tls (trust refused), 2 otherwise.
int exitCodeFor(const remote::Error &error);

// "1.5 MiB": util::humanSize in the C locale, the same text on every system.
using util::humanSize;

} // namespace ferry::cli
