#pragma once
// ferry-cli's command dispatcher: parses the command line and runs one command on the
// calling (main) thread. Exit codes are the CLI's contract, see ExitCode.

#include <QCoreApplication>

namespace ferry::cli {

enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitError = 2,
    ExitTrustRefused = 3,
    ExitAuthFailed = 4,
    ExitPartial = 5,
};

int run(QCoreApplication &app);

} // namespace ferry::cli
