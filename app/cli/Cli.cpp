#include "Cli.h"

#include <QFile>
#include <QTextStream>

#include <ferry/Version.h>

#include <cstdio>
#include <span>

#include "CliContext.h"
#include "Commands.h"
#include "SitesCommand.h"
#include "util/Paths.h"

namespace ferry::cli {

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "Usage: ferry-cli [global options] COMMAND [options] ARGS...\n"
        "\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(c.synopsis));
    text += QStringLiteral(
        "\n"
        "URLs: ftp://, ftpes:// (explicit TLS), ftps:// (implicit TLS), sftp://\n"
        "  [user[:password]@]host[:port]/path; user, password and path are percent-decoded.\n"
        "  FTP paths are relative to the login folder (ftp://host//etc or ftp://host/%2Fetc for /etc);\n"
        "  SFTP paths are absolute, /~/ starts at the home folder. No user: anonymous (FTP).\n"
        "\n"
        "Options:\n"
        "  --site NAME            use a saved site instead of a URL's host part (a path may follow)\n"
        "  --password-stdin       read the password from the first line of standard input\n"
        "                         (also: FERRY_PASSWORD in the environment)\n"
        "  -r, --recursive        walk folders (get, put, rm)\n"
        "  --resume               continue a partial transfer from where it stopped\n"
        "  --follow-links         put -r, queue add put: upload links to files outside the folder\n"
        "                         (default: skipped with a warning, exit 5)\n"
        "  --json                 machine-readable output (ls, sites list, queue list)\n"
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
        "  --parallel N           get -r, put -r, queue run: connections per server (1-10)\n"
        "  --limit-rate RATE      queue run, get/put --parallel: bytes per second for downloads\n"
        "                         and for uploads; K, M, G are 1024-based (e.g. 40M)\n"
        "  --exists ACTION        queue add/run: when the target exists: ask, overwrite, newer,\n"
        "                         size, resume, rename, skip\n"
        "  --retries N            queue run: tries again after a dropped connection (default 5)\n"
        "  --config-dir DIR       config folder (also FERRY_CONFIG_DIR)\n"
        "  --data-dir DIR         data folder (also FERRY_DATA_DIR)\n"
        "  --master-password-stdin  read the vault's master password from standard input\n"
        "                         (also: FERRY_MASTER_PASSWORD)\n"
        "  -h, --help, --version\n"
        "\n"
        "Without a terminal, an untrusted certificate or unknown host key is refused (exit 3)\n"
        "with its fingerprint in the message; a changed host key is always refused.\n"
        "A progress bar is drawn on standard error when it is a terminal.\n"
        "\n"
        "Exit codes: 0 success, 1 usage error, 2 remote or local error, 3 trust refused,\n"
        "            4 authentication failed, 5 partly failed (recursive transfers, queue).\n");
    return text;
}

// Options that take a value.
bool takesValue(const QString &opt)
{
    static const QStringList withValue = {
        QStringLiteral("--site"), QStringLiteral("--ca-file"), QStringLiteral("--trust-fingerprint"),
        QStringLiteral("--identity"), QStringLiteral("--known-hosts"), QStringLiteral("--hostkey"),
        QStringLiteral("--timeout"), QStringLiteral("--config-dir"), QStringLiteral("--data-dir"),
        QStringLiteral("--parallel"), QStringLiteral("--limit-rate"),
        // queue
        QStringLiteral("--exists"), QStringLiteral("--priority"), QStringLiteral("--retries"), QStringLiteral("--limit-each"),
        // sites add / import
        QStringLiteral("--folder"), QStringLiteral("--logon"), QStringLiteral("--key-file"),
        QStringLiteral("--charset"), QStringLiteral("--timezone-offset"), QStringLiteral("--max-connections"),
        QStringLiteral("--local-dir"), QStringLiteral("--remote-dir"), QStringLiteral("--comment")};
    return withValue.contains(opt);
}

} // namespace

int run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    CliContext ctx;
    QString configDir;
    QString dataDir;
    const QStringList args = app.arguments().mid(1);
    bool sawCommand = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (sawCommand)
            ctx.rawArgs.append(a);
        QString opt = a;
        QString value;
        bool hasInlineValue = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            opt = a.left(a.indexOf(QLatin1Char('=')));
            value = a.mid(a.indexOf(QLatin1Char('=')) + 1);
            hasInlineValue = true;
        }
        if (takesValue(opt) && !hasInlineValue) {
            if (i + 1 >= args.size()) {
                ctx.err << "ferry-cli: " << opt << " needs a value\n";
                return ExitUsage;
            }
            value = args.at(++i);
            if (sawCommand)
                ctx.rawArgs.append(value);
        }
        if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            ctx.out << usage();
            return ExitOk;
        } else if (opt == QLatin1String("--version") || opt == QLatin1String("-v")) {
            ctx.out << "ferry-cli " << FERRY_VERSION << '\n';
            return ExitOk;
        } else if (opt == QLatin1String("--json")) {
            ctx.json = true;
        } else if (opt == QLatin1String("-r") || opt == QLatin1String("--recursive")) {
            ctx.recursive = true;
        } else if (opt == QLatin1String("--resume")) {
            ctx.resume = true;
        } else if (opt == QLatin1String("--follow-links")) {
            ctx.followLinks = true;
        } else if (opt == QLatin1String("--verbose")) {
            ctx.verbose = true;
        } else if (opt == QLatin1String("--charset")) {
            ctx.connect.charset = value;
        } else if (opt == QLatin1String("--password-stdin")) {
            ctx.passwordStdin = true;
        } else if (opt == QLatin1String("--master-password-stdin")) {
            ctx.masterPasswordStdin = true;
        } else if (opt == QLatin1String("--active")) {
            ctx.connect.activeMode = true;
        } else if (opt == QLatin1String("--passive")) {
            ctx.connect.activeMode = false;
        } else if (opt == QLatin1String("--accept-new")) {
            ctx.connect.acceptNewCertificate = true;
            ctx.connect.acceptNewHostKey = true;
        } else if (opt == QLatin1String("--site")) {
            ctx.site = value;
        } else if (opt == QLatin1String("--ca-file")) {
            if (!QFile::exists(value)) {
                ctx.err << "ferry-cli: --ca-file: no such file " << value << '\n';
                return ExitUsage;
            }
            ctx.connect.caFiles.append(value);
        } else if (opt == QLatin1String("--trust-fingerprint")) {
            ctx.connect.trustedCertFingerprints.append(value);
        } else if (opt == QLatin1String("--identity")) {
            ctx.connect.identityFiles.append(value);
        } else if (opt == QLatin1String("--known-hosts")) {
            ctx.connect.knownHostsFile = value;
        } else if (opt == QLatin1String("--hostkey")) {
            ctx.connect.pinnedHostKeys.append(value);
        } else if (opt == QLatin1String("--timeout")) {
            bool ok = false;
            ctx.connect.timeoutSeconds = value.toInt(&ok);
            if (!ok || ctx.connect.timeoutSeconds <= 0) {
                ctx.err << "ferry-cli: --timeout takes a positive number of seconds\n";
                return ExitUsage;
            }
        } else if (opt == QLatin1String("--parallel")) {
            bool ok = false;
            ctx.parallel = value.toInt(&ok);
            if (!ok || ctx.parallel < 1 || ctx.parallel > 10) {
                ctx.err << "ferry-cli: --parallel takes a number from 1 to 10\n";
                return ExitUsage;
            }
        } else if (opt == QLatin1String("--config-dir")) {
            configDir = value;
        } else if (opt == QLatin1String("--data-dir")) {
            dataDir = value;
        } else if (opt == QLatin1String("--limit-rate") || opt == QLatin1String("--exists")
                   || opt == QLatin1String("--priority") || opt == QLatin1String("--retries")
                   || opt == QLatin1String("--limit-each")) {
            // Taken by the queue commands from rawArgs.
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1 && !sawCommand) {
            ctx.err << "ferry-cli: unknown option " << a << '\n';
            return ExitUsage;
        } else if (!sawCommand) {
            ctx.command = a;
            sawCommand = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            // Left in rawArgs for commands with options of their own.
        } else {
            ctx.positional.append(a);
        }
    }
    util::Paths::setOverrides(configDir, dataDir);
    installSiteResolver(ctx);

    if (!sawCommand) {
        ctx.err << usage();
        return ExitUsage;
    }
    for (const Command &c : commands()) {
        if (ctx.command == QLatin1String(c.name))
            return c.run(ctx);
    }
    ctx.err << "ferry-cli: unknown command '" << ctx.command << "'\n" << usage();
    return ExitUsage;
}

} // namespace ferry::cli
