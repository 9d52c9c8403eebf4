#pragma once
// What ferry-cli parsed from its command line: the command, its positional arguments and
// every option, global or per-command (CliOptions has the table and the rules). Lives on
// the main thread.

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

#include "base/Result.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "transfer/QueueItem.h"

namespace ferry::cli {

struct CliContext
{
    QString command;        // "ls", "get", "sites", ...
    QStringList positional; // the rest, options removed
    QStringList rawArgs;    // every option as "--name" [value], for commands with options of their own

    // Per-command switches shared by several commands.
    bool json = false;                // --json
    bool recursive = false;           // -r / --recursive
    bool resume = false;              // --resume
    bool followLinks = false;         // --follow-links: uploads follow links to files outside the folder
    bool verbose = false;             // --verbose: the protocol conversation on standard error
    bool passwordStdin = false;       // --password-stdin
    bool masterPasswordStdin = false; // --master-password-stdin
    QString site;                     // --site NAME
    int parallel = 1;                 // --parallel N
    bool parallelSet = false;         // --parallel given, or the settings file's connections per site
    bool help = false;                // -h / --help
    bool version = false;             // -v / --version
    QString configDir;                // --config-dir DIR
    QString dataDir;                  // --data-dir DIR

    // Defaults for what the command line leaves out: the settings file's (settings.ini in
    // the config folder, the window's Settings dialog) where it has them, else built in.
    // Precedence: command-line flag > settings file > built-in default.
    int retries = 5;                                                     // queue run --retries
    qint64 downloadLimit = 0;                                            // queue run --limit-rate
    qint64 uploadLimit = 0;                                              // queue run --limit-rate
    transfer::ExistsAction downloadExists = transfer::ExistsAction::Ask; // queue run --exists
    transfer::ExistsAction uploadExists = transfer::ExistsAction::Ask;   // queue run --exists
    bool partFiles = true;                                               // queue add --no-part
    bool preserveTimes = true;                                           // queue add --no-preserve-time

    remote::ConnectOptions connect; // --active/--passive, --ca-file, --trust-fingerprint, --accept-new,
                                    // --identity, --known-hosts, --hostkey, --timeout

    QTextStream out{stdout};
    QTextStream err{stderr};

    // The connection a remote command should use, from a URL or from --site NAME plus a
    // path. The password comes from the URL, FERRY_PASSWORD, --password-stdin, or the
    // site's stored credentials. A Local error when neither is usable.
    remote::Result<remote::ConnectionSpec> target(const QString &urlOrPath);
    // The password this command line gave (--password-stdin, read once; FERRY_PASSWORD).
    std::optional<QString> givenPassword();

    // Set by the sites module: turns --site NAME and a path into a connection, with the
    // site's own options merged into connect.
    std::function<remote::Result<remote::ConnectionSpec>(CliContext &, const QString &name,
                                                         const QString &path)>
        resolveSite;

    QString readStdinLine(); // one line from standard input, without the newline
private:
    QString m_stdinPassword;
    bool m_stdinPasswordRead = false;
};

} // namespace ferry::cli
