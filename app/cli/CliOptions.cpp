#include "CliOptions.h"

#include <QCoreApplication>

#include <QFile>

#include <algorithm>
#include <climits>
#include <iterator>
#include <vector>

#include "CliContext.h"

namespace ferry::cli {

namespace {

// The command line's messages, in the user's language.
QString cliText(const char *text)
{
    return QCoreApplication::translate("ferry::cli::Cli", text);
}

// The option's value as a number from min to max, or what it should have been.
QString number(const QString &value, int min, int max, int *out, const char *expected)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return QCoreApplication::translate("ferry::cli::Cli", "expected %1, not '%2'")
            .arg(cliText(expected), value);
    *out = n;
    return {};
}

QString addExistingFile(const QString &path, QStringList *files)
{
    if (!QFile::exists(path))
        return QCoreApplication::translate("ferry::cli::Cli", "no such file %1").arg(path);
    files->append(path);
    return {};
}

// One row per option; keep --help's order. A command's own options (apply = nullptr)
// are read by that command from CliContext::rawArgs. A new option is one row (and, when
// it sets something, its field in CliContext).
using C = CliContext;
using V = const QString &;
// clang-format off
const OptionSpec kOptions[] = {
    {"--help", "-h", false, [](C &c, V) { c.help = true; return QString(); }},
    {"--version", "-v", false, [](C &c, V) { c.version = true; return QString(); }},
    {"--site", nullptr, true, [](C &c, V v) { c.site = v; return QString(); }},
    {"--password-stdin", nullptr, false, [](C &c, V) { c.passwordStdin = true; return QString(); }},
    {"--recursive", "-r", false, [](C &c, V) { c.recursive = true; return QString(); }},
    {"--resume", nullptr, false, [](C &c, V) { c.resume = true; return QString(); }},
    {"--follow-links", nullptr, false, [](C &c, V) { c.followLinks = true; return QString(); }},
    {"--json", nullptr, false, [](C &c, V) { c.json = true; return QString(); }},
    {"--active", nullptr, false, [](C &c, V) { c.connect.activeMode = true; return QString(); }},
    {"--passive", nullptr, false, [](C &c, V) { c.connect.activeMode = false; return QString(); }},
    {"--ca-file", nullptr, true, [](C &c, V v) { return addExistingFile(v, &c.connect.caFiles); }},
    {"--trust-fingerprint", nullptr, true,
     [](C &c, V v) { c.connect.trustedCertFingerprints.append(v); return QString(); }},
    {"--accept-new", nullptr, false,
     [](C &c, V) { c.connect.acceptNewCertificate = c.connect.acceptNewHostKey = true; return QString(); }},
    {"--identity", nullptr, true, [](C &c, V v) { c.connect.identityFiles.append(v); return QString(); }},
    {"--known-hosts", nullptr, true, [](C &c, V v) { c.connect.knownHostsFile = v; return QString(); }},
    {"--hostkey", nullptr, true, [](C &c, V v) { c.connect.pinnedHostKeys.append(v); return QString(); }},
    {"--timeout", nullptr, true,
     [](C &c, V v) { return number(v, 1, INT_MAX, &c.connect.timeoutSeconds, QT_TRANSLATE_NOOP("ferry::cli::Cli", "a number of seconds")); }},
    {"--verbose", nullptr, false, [](C &c, V) { c.verbose = true; return QString(); }},
    {"--charset", nullptr, true, [](C &c, V v) { c.connect.charset = v; return QString(); }},
    {"--parallel", nullptr, true,
     [](C &c, V v) { return number(v, 1, 10, &c.parallel, QT_TRANSLATE_NOOP("ferry::cli::Cli", "a number from 1 to 10")); }},
    {"--config-dir", nullptr, true, [](C &c, V v) { c.configDir = v; return QString(); }},
    {"--data-dir", nullptr, true, [](C &c, V v) { c.dataDir = v; return QString(); }},
    {"--master-password-stdin", nullptr, false,
     [](C &c, V) { c.masterPasswordStdin = true; return QString(); }},
    // queue add / queue run, get/put --parallel
    {"--limit-rate", nullptr, true, nullptr},
    {"--limit-each", nullptr, true, nullptr},
    {"--exists", nullptr, true, nullptr},
    {"--priority", nullptr, true, nullptr},
    {"--retries", nullptr, true, nullptr},
    {"--no-part", nullptr, false, nullptr},
    {"--temp-upload", nullptr, false, nullptr},
    {"--no-preserve-time", nullptr, false, nullptr},
    {"--done", nullptr, false, nullptr},
    // get --extract
    {"--extract", nullptr, false, nullptr},
    // sync
    {"--dry-run", nullptr, false, nullptr},
    {"--delete", nullptr, false, nullptr},
    {"--direction", nullptr, true, nullptr},
    {"--compare", nullptr, true, nullptr},
    {"--exclude", nullptr, true, nullptr},
    {"--list-connections", nullptr, true, nullptr},
    // watch
    {"--settle", nullptr, true, nullptr},
    // sites add / import / export
    {"--folder", nullptr, true, nullptr},
    {"--logon", nullptr, true, nullptr},
    {"--key-file", nullptr, true, nullptr},
    {"--timezone-offset", nullptr, true, nullptr},
    {"--max-connections", nullptr, true, nullptr},
    {"--local-dir", nullptr, true, nullptr},
    {"--remote-dir", nullptr, true, nullptr},
    {"--comment", nullptr, true, nullptr},
    {"--tls-if-available", nullptr, false, nullptr},
    {"--with-passwords", nullptr, false, nullptr},
    // sites passwords
    {"--to", nullptr, true, nullptr},
};
// clang-format on

const OptionSpec *find(const QString &name, std::span<const OptionSpec> table)
{
    for (const OptionSpec &o : table) {
        if (name == QLatin1String(o.name) || (o.alias && name == QLatin1String(o.alias)))
            return &o;
    }
    return nullptr;
}

// "-5" is a number (queue priority ID -5), not an option.
bool isNegativeNumber(const QString &arg)
{
    return arg.size() > 1 && arg.at(0) == QLatin1Char('-') && arg.at(1).isDigit();
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                {above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

std::span<const OptionSpec> optionTable()
{
    return {std::begin(kOptions), std::end(kOptions)};
}

QString closestOption(const QString &unknown, std::span<const OptionSpec> table)
{
    QString best;
    int bestDistance = 3; // at most two letters off
    int prefixed = 0;
    QString prefixedName;
    for (const OptionSpec &o : table) {
        const QString name = QLatin1String(o.name);
        if (unknown.size() > 3 && name.startsWith(unknown)) {
            ++prefixed;
            prefixedName = name;
        }
        const int d = editDistance(unknown, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    if (best.isEmpty() && prefixed == 1)
        return prefixedName;
    return best;
}

ParsedCommandLine parseCommandLine(const QStringList &args, std::span<const OptionSpec> table)
{
    ParsedCommandLine out;
    bool sawCommand = false;
    bool onlyPositional = false; // after "--"
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!onlyPositional && a == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (onlyPositional || a.size() < 2 || !a.startsWith(QLatin1Char('-')) || isNegativeNumber(a)) {
            if (!sawCommand) {
                out.command = a;
                sawCommand = true;
            } else {
                out.positional.append(a);
            }
            continue;
        }
        QString name = a;
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); a.startsWith(QLatin1String("--")) && eq > 2) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        const OptionSpec *spec = find(name, table);
        if (!spec) {
            const QString hint = closestOption(name, table);
            out.error =
                hint.isEmpty()
                    ? QCoreApplication::translate("ferry::cli::Cli", "unknown option %1").arg(name)
                    : QCoreApplication::translate("ferry::cli::Cli", "unknown option %1 (did you mean %2?)")
                          .arg(name, hint);
            return out;
        }
        if (!spec->takesValue && inlineValue) {
            out.error = QCoreApplication::translate("ferry::cli::Cli",
                                                    "%1 is a switch and takes no value (remove '=%2')")
                            .arg(name, value);
            return out;
        }
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size()) {
                out.error = QCoreApplication::translate("ferry::cli::Cli", "%1 needs a value").arg(name);
                return out;
            }
            value = args.at(++i);
        }
        out.options.append({spec, value, sawCommand});
    }
    return out;
}

} // namespace ferry::cli
