#include "Cli.h"

#include <QTextStream>

#include <ferry/Version.h>

namespace ferry::cli {

namespace {
QString usage()
{
    return QStringLiteral(
        "Usage: ferry-cli [--version] [--help] COMMAND [options] ...\n"
        "\n"
        "Exit codes: 0 success, 1 usage error, 2 remote or local error,\n"
        "            3 trust refused, 4 authentication failed, 5 partly failed.\n");
}
} // namespace

int run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "ferry-cli " << FERRY_VERSION << '\n';
        return ExitOk;
    }
    err << "ferry-cli: unknown command '" << args.first() << "'\n" << usage();
    return ExitUsage;
}

} // namespace ferry::cli
