#include "Cli.h"

#include <QFile>
#include <QTextStream>

#include <ferry/Version.h>

#include <cstdio>
#include <span>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliReport.h"
#include "Commands.h"
#include "SitesCommand.h"
#include "settings/AppSettings.h"
#include "util/Paths.h"

namespace ferry::cli {

namespace {

// --help, translated paragraph by paragraph (context "ferry::cli::Help"; a translation keeps
// the column the option descriptions start in).
QString help(const char *text)
{
    return QCoreApplication::translate("ferry::cli::Help", text);
}

QString usage()
{
    QString text = help(QT_TRANSLATE_NOOP("ferry::cli::Help",
                                          "Usage: ferry-cli [global options] COMMAND [options] ARGS...\n"
                                          "\n"
                                          "Commands:\n"));
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n").arg(help(c.synopsis));
    text += QLatin1Char('\n');
    text += help(QT_TRANSLATE_NOOP(
        "ferry::cli::Help",
        "URLs: ftp://, ftpes:// (explicit TLS), ftps:// (implicit TLS), sftp://\n"
        "  [user[:password]@]host[:port]/path; user, password and path are percent-decoded.\n"
        "  FTP paths are relative to the login folder (ftp://host//etc or ftp://host/%2Fetc for /etc);\n"
        "  SFTP paths are absolute, /~/ starts at the home folder. No user: anonymous (FTP).\n"));
    text += QLatin1Char('\n');
    text += help(QT_TRANSLATE_NOOP(
        "ferry::cli::Help",
        "Options (anywhere on the line; --name VALUE or --name=VALUE; after -- every argument\n"
        "is a plain argument; an unknown option is an error):\n"
        "  --site NAME            use a saved site instead of a URL's host part (a path may follow)\n"
        "  --password-stdin       read the password from the first line of standard input\n"
        "                         (also: FERRY_PASSWORD in the environment)\n"
        "  -r, --recursive        walk folders (get, put, rm)\n"
        "  --resume               continue a partial transfer from where it stopped\n"
        "  --follow-links         put -r, queue add put: upload links to files outside the folder\n"
        "  --json                 machine-readable output (ls, sites list, queue list, sync's plan)\n"
        "  --active | --passive   FTP data connection mode (default: passive)\n"
        "  --ca-file FILE         trust the CA certificates in FILE for this run\n"
        "  --trust-fingerprint SHA256:...  trust the server certificate with this fingerprint\n"
        "  --accept-new           store an unknown certificate or host key (never a changed host key)\n"
        "  --identity FILE        SSH private key to try (repeatable)\n"
        "  --known-hosts FILE     extra OpenSSH known_hosts file\n"
        "  --hostkey SHA256:...   accept this SSH host key for this run\n"
        "  --timeout SECONDS      wait this long for the server (default 20)\n"
        "  --verbose              print the protocol conversation on standard error\n"
        "  --charset NAME         FTP file names in this character set (default: UTF-8;\n"
        "                         e.g. ISO-8859-1 for old servers)\n"
        "  --parallel N           get -r, put -r, queue run, sync: transfer connections per\n"
        "                         server (1-10; sync: default 4; the remote tree is listed\n"
        "                         over --list-connections)\n"
        "  --limit-rate RATE      queue run, get/put --parallel: bytes per second for downloads\n"
        "                         and for uploads; K, M, G are 1024-based (e.g. 40M)\n"
        "  --exists ACTION        queue add/run: when the target exists: ask, overwrite, newer,\n"
        "                         size, resume, rename, skip\n"
        "  --retries N            queue run: tries again after a dropped connection (default 5)\n"
        "  --config-dir DIR       config folder (also FERRY_CONFIG_DIR)\n"
        "  --data-dir DIR         data folder (also FERRY_DATA_DIR)\n"
        "  --master-password-stdin  read the vault's master password from standard input\n"
        "                         (also: FERRY_MASTER_PASSWORD)\n"
        "  -h, --help             this text; -v, --version: the version\n"));
    text += help(QT_TRANSLATE_NOOP(
        "ferry::cli::Help",
        "  --list-connections N   sync, watch, get -r, rm -r, queue run: connections that list\n"
        "                         the remote tree at once (1-10; default 10 for FTP and FTPS,\n"
        "                         2 for SFTP; 1: each folder when its turn comes)\n"));
    text += QLatin1Char('\n');
    text += help(QT_TRANSLATE_NOOP(
        "ferry::cli::Help",
        "Without a terminal, an untrusted certificate or unknown host key is refused (exit 3)\n"
        "with its fingerprint in the message; a changed host key is always refused.\n"
        "A progress bar is drawn on standard error when it is a terminal.\n"));
    text += QLatin1Char('\n');
    text += help(QT_TRANSLATE_NOOP(
        "ferry::cli::Help",
        "Exit codes: 0 success, 1 usage error, 2 remote or local error, 3 trust refused,\n"
        "            4 authentication failed, 5 partly failed (recursive transfers, queue).\n"));
    return text;
}

// The settings file's values for what the command line did not give (the file's keys
// only: a key the user never set keeps ferry-cli's own default).
void applySettingsFile(CliContext &ctx)
{
    using settings::AppSettings;
    const AppSettings file(util::Paths::configFile(QStringLiteral("settings.ini")), QString());
    if (!hasFlag(ctx, QStringLiteral("--parallel")) && file.isSet(AppSettings::kConnectionsPerSite))
        ctx.parallel = file.connectionsPerSite();
    ctx.parallelSet =
        hasFlag(ctx, QStringLiteral("--parallel")) || file.isSet(AppSettings::kConnectionsPerSite);
    if (!hasFlag(ctx, QStringLiteral("--timeout")) && file.isSet(AppSettings::kConnectTimeout))
        ctx.connect.timeoutSeconds = file.connectTimeoutSeconds();
    if (file.isSet(AppSettings::kRetries))
        ctx.retries = file.retries();
    if (file.speedLimitOn()) {
        ctx.downloadLimit = qint64(file.downloadLimitKiB()) * 1024;
        ctx.uploadLimit = qint64(file.uploadLimitKiB()) * 1024;
    }
    ctx.downloadExists = file.downloadExistsAction();
    ctx.uploadExists = file.uploadExistsAction();
    ctx.partFiles = file.partFiles();
    ctx.preserveTimes = file.preserveTimes();
}

} // namespace

int run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    CliContext ctx;
    const ParsedCommandLine line = parseCommandLine(app.arguments().mid(1));
    if (!line.error.isEmpty()) {
        ctx.err << "ferry-cli: " << line.error << '\n'
                << help(QT_TRANSLATE_NOOP("ferry::cli::Help", "(see ferry-cli --help)\n"));
        return ExitUsage;
    }
    for (const ParsedCommandLine::Option &option : line.options) {
        ctx.rawArgs.append(QLatin1String(option.spec->name));
        if (option.spec->takesValue)
            ctx.rawArgs.append(option.value);
        if (!option.spec->apply)
            continue;
        if (const QString problem = option.spec->apply(ctx, option.value); !problem.isEmpty()) {
            ctx.err << "ferry-cli: " << option.spec->name << ": " << problem << '\n';
            return ExitUsage;
        }
    }
    if (ctx.help) {
        ctx.out << usage();
        return ExitOk;
    }
    if (ctx.version) {
        ctx.out << "ferry-cli " << FERRY_VERSION << '\n' << "SPDX-License-Identifier: GPL-3.0-or-later\n";
        return ExitOk;
    }
    ctx.command = line.command;
    ctx.positional = line.positional;
    const bool sawCommand = !line.command.isEmpty();
    util::Paths::setOverrides(ctx.configDir, ctx.dataDir);
    applySettingsFile(ctx);
    installSiteResolver(ctx);

    if (!sawCommand) {
        ctx.err << usage();
        return ExitUsage;
    }
    for (const Command &c : commands()) {
        if (ctx.command == QLatin1String(c.name))
            return c.run(ctx);
    }
    ctx.err << "ferry-cli: "
            << QCoreApplication::translate("ferry::cli::Cli", "unknown command '%1'").arg(ctx.command) << '\n'
            << usage();
    return ExitUsage;
}

} // namespace ferry::cli
