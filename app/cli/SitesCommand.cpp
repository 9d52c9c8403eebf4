#include "SitesCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

#include "Cli.h"
#include "CliContext.h"
#include "CliReport.h"
#include "RemoteCommands.h"
#include "TerminalText.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/FileZillaExporter.h"
#include "sites/FileZillaImporter.h"
#include "sites/PasswordMover.h"
#include "sites/SiteStore.h"
#include "sites/SshConfigImporter.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "util/Platform.h"

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::SitesCommand").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::SitesCommand)
};
} // namespace

using remote::ConnectionSpec;
using remote::Error;
using remote::ErrorKind;
using remote::Protocol;
using remote::Result;
using remote::Status;
using sites::CredentialBackend;
using sites::CredentialStore;
using sites::CredentialStoreChooser;
using sites::ImportedSites;
using sites::LogonType;
using sites::Site;
using sites::SiteStore;

namespace {} // namespace

const char kSitesHelp[] = QT_TRANSLATE_NOOP(
    "ferry::cli::Help",
    "\nUsage: ferry-cli sites SUBCOMMAND ...\n"
    "  list [--json]                      the saved sites (never their passwords)\n"
    "  add NAME URL [options]             save a site; a password comes from the URL,\n"
    "                                     --password-stdin or FERRY_PASSWORD\n"
    "      --folder A/B  --logon anonymous|normal|ask|interactive|keyfile|agent\n"
    "      --key-file FILE  --active|--passive  --charset auto|utf-8|NAME\n"
    "      --timezone-offset MINUTES  --max-connections N  --local-dir DIR\n"
    "      --remote-dir /DIR  --comment TEXT  --tls-if-available (ftp://)\n"
    "  remove NAME                        delete a site and its stored password\n"
    "  import-filezilla FILE [--folder A/B]   FileZilla's sitemanager.xml\n"
    "  import-ssh-config [FILE] [--folder A/B] OpenSSH hosts (default ~/.ssh/config)\n"
    "  export-filezilla FILE [--with-passwords]\n"
    "  backend [auto|keyring|vault|none]  show or choose where passwords are kept\n"
    "                                     (the stored passwords stay where they are)\n"
    "  passwords move --to keyring|vault|none\n"
    "                                     move every stored password there and keep them\n"
    "                                     there from now on (none: forget them)\n"
    "  passwords master                   give the vault a new master password (the new one\n"
    "                                     from FERRY_NEW_MASTER_PASSWORD, the second line of\n"
    "                                     standard input, or a prompt)\n"
    "NAME is a site's name, or Folder/Sub/name when names repeat. The vault's master password\n"
    "comes from FERRY_MASTER_PASSWORD, --master-password-stdin (the first line of standard\n"
    "input), or a prompt on a terminal.\n");

namespace {

// The sites command's own options, left in rawArgs by the dispatcher: "--name value"
// (the dispatcher consumed the value as an option value) or "--name=value".
std::optional<QString> optionValue(const CliContext &ctx, const char *name)
{
    const QString option = QLatin1String(name);
    for (qsizetype i = 0; i < ctx.rawArgs.size(); ++i) {
        const QString &a = ctx.rawArgs.at(i);
        if (a == option && i + 1 < ctx.rawArgs.size())
            return ctx.rawArgs.at(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return std::nullopt;
}

using MasterPassword = sites::VaultCredentialStore::MasterPasswordProvider;

// A line read from the terminal without echo.
QString promptHidden(CliContext &ctx, const QString &text)
{
    ctx.err << text << Qt::flush;
    QString line;
    {
        const util::platform::EchoOff quiet;
        line = ctx.readStdinLine();
    }
    ctx.err << '\n' << Qt::flush;
    return line;
}

// The vault's master password: the environment, the first line of standard input, or a
// prompt without echo on a terminal. Asked once per run, and only if the vault is used.
MasterPassword masterPasswordProvider(CliContext &ctx)
{
    auto cached = std::make_shared<std::optional<QString>>();
    return [&ctx, cached](bool creating) -> Result<QString> {
        if (cached->has_value())
            return **cached;
        if (qEnvironmentVariableIsSet("FERRY_MASTER_PASSWORD")) {
            *cached = qEnvironmentVariable("FERRY_MASTER_PASSWORD");
        } else if (ctx.masterPasswordStdin) {
            *cached = ctx.readStdinLine();
        } else if (util::platform::stdinIsTerminal()) {
            const auto prompt = [&ctx](const QString &text) {
                return promptHidden(ctx, text);
            };
            const QString first = prompt(creating ? Text::tr("New master password for the password vault: ")
                                                  : Text::tr("Master password for the password vault: "));
            if (creating && prompt(Text::tr("Repeat the master password: ")) != first)
                return Error(ErrorKind::Auth, Text::tr("the master passwords do not match"));
            *cached = first;
        } else {
            return Error(ErrorKind::Auth, Text::tr("the password vault needs its master password: set "
                                                   "FERRY_MASTER_PASSWORD or pass --master-password-stdin"));
        }
        return **cached;
    };
}

// With --master-password-stdin, the master password is the first line of standard input
// and a --password-stdin password the next, whichever is needed first.
void readMasterPasswordFirst(CliContext &ctx, const MasterPassword &master)
{
    if (ctx.masterPasswordStdin)
        (void)master(false);
}

Result<std::unique_ptr<CredentialStore>> openCredentials(const MasterPassword &master)
{
    return CredentialStoreChooser().open(master);
}

// A password given for `sites add`: in the URL, on standard input, or in FERRY_PASSWORD.
std::optional<QString> givenPassword(CliContext &ctx, const ConnectionSpec &spec)
{
    if (spec.hasPassword)
        return spec.password;
    if (ctx.passwordStdin)
        return ctx.readStdinLine();
    if (qEnvironmentVariableIsSet("FERRY_PASSWORD"))
        return qEnvironmentVariable("FERRY_PASSWORD");
    return std::nullopt;
}

QStringList folderFrom(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// --folder for imports: the imported tree goes below it.
void placeBelow(ImportedSites &imported, const QStringList &folder)
{
    for (sites::ImportedSite &s : imported.sites)
        s.site.folder = folder + s.site.folder;
}

int list(CliContext &ctx, const SiteStore &store)
{
    if (ctx.json) {
        QJsonArray array;
        for (const Site &site : store.sites()) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), site.name);
            o.insert(QStringLiteral("folder"), site.folderPath());
            o.insert(QStringLiteral("protocol"), ConnectionSpec::scheme(site.protocol));
            o.insert(QStringLiteral("host"), site.host);
            o.insert(QStringLiteral("port"), site.connectionSpec().effectivePort());
            o.insert(QStringLiteral("user"), site.user);
            o.insert(QStringLiteral("logon"), Site::logonName(site.logon));
            o.insert(QStringLiteral("id"), site.id.toString(QUuid::WithoutBraces));
            array.append(o);
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Site &site : store.sites()) {
        const QString user = site.logon == LogonType::Anonymous || site.user.isEmpty()
                                 ? QString()
                                 : QString(site.user + QLatin1Char('@'));
        ctx.out << QStringLiteral("%1  %2://%3%4:%5  (%6)\n")
                       .arg(site.fullPath(), ConnectionSpec::scheme(site.protocol), user, site.host)
                       .arg(site.connectionSpec().effectivePort())
                       .arg(Site::logonName(site.logon));
    }
    return ExitOk;
}

// Fills a site from `sites add` options; a usage message when one is wrong.
QString applyAddOptions(CliContext &ctx, Site &site)
{
    if (auto folder = optionValue(ctx, "--folder"))
        site.folder = folderFrom(*folder);
    if (auto keyFile = optionValue(ctx, "--key-file")) {
        site.keyFile = QFileInfo(*keyFile).absoluteFilePath();
        site.logon = LogonType::KeyFile;
    }
    if (auto logon = optionValue(ctx, "--logon")) {
        if (!Site::logonFromName(*logon, &site.logon))
            return Text::tr("--logon: unknown logon type '%1'").arg(*logon);
    }
    if (hasFlag(ctx, QStringLiteral("--active")))
        site.transferMode = sites::TransferMode::Active;
    else if (hasFlag(ctx, QStringLiteral("--passive")))
        site.transferMode = sites::TransferMode::Passive;
    site.tlsIfAvailable = hasFlag(ctx, QStringLiteral("--tls-if-available"));
    if (auto charset = optionValue(ctx, "--charset")) {
        if (charset->compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
            site.charset = sites::Charset::Auto;
        } else if (charset->compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ||
                   charset->compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0) {
            site.charset = sites::Charset::Utf8;
        } else {
            site.charset = sites::Charset::Named;
            site.charsetName = *charset;
        }
    }
    bool ok = true;
    if (auto offset = optionValue(ctx, "--timezone-offset")) {
        site.timeZoneOffsetMinutes = offset->toInt(&ok);
        if (!ok || qAbs(site.timeZoneOffsetMinutes) > 24 * 60)
            return Text::tr("--timezone-offset takes minutes, -1440 to 1440");
    }
    if (auto max = optionValue(ctx, "--max-connections")) {
        site.maxConnections = max->toInt(&ok);
        if (!ok || site.maxConnections < 0 || site.maxConnections > 10)
            return Text::tr("--max-connections takes a number from 0 (the default) to 10");
    }
    if (auto local = optionValue(ctx, "--local-dir"))
        site.localDir = QFileInfo(*local).absoluteFilePath();
    if (auto remoteDir = optionValue(ctx, "--remote-dir"))
        site.remoteDir = *remoteDir;
    if (!site.remoteDir.isEmpty() && !site.remoteDir.startsWith(QLatin1Char('/')))
        return Text::tr("the default remote folder must be absolute (ftp://host//dir or --remote-dir /dir)");
    if (auto comment = optionValue(ctx, "--comment"))
        site.comments = *comment;
    if (site.logon == LogonType::KeyFile && (site.protocol != Protocol::Sftp || site.keyFile.isEmpty()))
        return Text::tr("a key file logon needs sftp:// and --key-file FILE");
    return {};
}

int add(CliContext &ctx, SiteStore &store, const MasterPassword &master)
{
    if (ctx.positional.size() != 3)
        return usageError(ctx, Text::tr("sites add takes NAME and URL"));
    Result<ConnectionSpec> spec = ConnectionSpec::fromUrl(ctx.positional.at(2));
    if (!spec)
        return fail(ctx, spec.error());
    Site site;
    site.id = QUuid::createUuid();
    site.name = ctx.positional.at(1);
    if (site.name.contains(QLatin1Char('/')))
        return usageError(ctx, Text::tr("a site name cannot contain '/'; use --folder for folders"));
    site.protocol = spec->protocol;
    site.host = spec->host;
    site.port = spec->port;
    site.user = spec->user;
    site.remoteDir = spec->path.startsWith(QLatin1Char('/')) ? spec->path : QString();
    if (!spec->path.isEmpty() && site.remoteDir.isEmpty())
        return usageError(ctx, Text::tr("the default remote folder must be absolute (ftp://host//dir or "
                                        "--remote-dir /dir)"));
    const std::optional<QString> password = givenPassword(ctx, *spec);
    if (site.protocol == Protocol::Sftp)
        site.logon = password ? LogonType::Normal : LogonType::Agent;
    else if (site.user.isEmpty() || site.user == QLatin1String("anonymous"))
        site.logon = LogonType::Anonymous;
    else
        site.logon = password ? LogonType::Normal : LogonType::Ask;
    if (const QString problem = applyAddOptions(ctx, site); !problem.isEmpty())
        return usageError(ctx, problem);

    // The password goes in first, under the new id, so a site never points at a password
    // that failed to be stored.
    QString storedIn;
    std::unique_ptr<CredentialStore> credentials;
    if (password && !site.storesPassword()) {
        ctx.err << Text::tr("ferry-cli: the %1 logon keeps no password; it was not saved")
                       .arg(Site::logonName(site.logon))
                << '\n';
    } else if (password) {
        Result<std::unique_ptr<CredentialStore>> opened = openCredentials(master);
        if (!opened)
            return fail(ctx, opened.error());
        credentials = std::move(*opened);
        if (Status saved = credentials->setPassword(site.id, *password); !saved) {
            if (credentials->backendName() != QLatin1String("none"))
                return fail(ctx, saved.error());
            ctx.err << "ferry-cli: " << saved.error().message() << '\n';
            site.logon = LogonType::Ask;
        } else {
            storedIn = credentials->backendName();
        }
    }
    Result<Site> added = store.add(site);
    if (!added) {
        if (credentials && !storedIn.isEmpty())
            (void)credentials->removePassword(site.id);
        return fail(ctx, added.error());
    }
    ctx.out << (storedIn.isEmpty() ? Text::tr("added %1").arg(site.fullPath())
                                   : Text::tr("added %1 (password in the %2)").arg(site.fullPath(), storedIn))
            << '\n';
    return ExitOk;
}

int remove(CliContext &ctx, SiteStore &store, const MasterPassword &master)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("sites remove takes NAME"));
    Result<Site> site = store.find(ctx.positional.at(1));
    if (!site)
        return fail(ctx, site.error());
    if (Status removed = store.remove(site->id); !removed)
        return fail(ctx, removed.error());
    if (site->storesPassword()) {
        Result<std::unique_ptr<CredentialStore>> credentials = openCredentials(master);
        const Status forgotten =
            credentials ? (*credentials)->removePassword(site->id) : Status(credentials.error());
        if (!forgotten)
            ctx.err << Text::tr("ferry-cli: the site is removed, but its stored password could not be: %1")
                           .arg(forgotten.error().message())
                    << '\n';
    }
    ctx.out << Text::tr("removed %1").arg(site->fullPath()) << '\n';
    return ExitOk;
}

// Adds imported sites (replacing same-named ones in the same folder) and stores their
// passwords; a site whose password cannot be stored becomes "ask for password".
int finishImport(CliContext &ctx, SiteStore &store, const MasterPassword &master, ImportedSites imported)
{
    if (auto folder = optionValue(ctx, "--folder"))
        placeBelow(imported, folderFrom(*folder));
    for (const QString &warning : std::as_const(imported.warnings))
        ctx.err << Text::tr("ferry-cli: warning: %1").arg(warning) << '\n';
    QList<Site> incoming;
    bool anyPassword = false;
    for (const sites::ImportedSite &s : std::as_const(imported.sites)) {
        incoming.append(s.site);
        anyPassword = anyPassword || s.password.has_value();
    }
    Result<QList<Site>> merged = store.merge(incoming);
    if (!merged)
        return fail(ctx, merged.error());

    int stored = 0;
    QList<Site> toAsk;
    QString backend;
    if (anyPassword) {
        Result<std::unique_ptr<CredentialStore>> credentials = openCredentials(master);
        if (!credentials)
            ctx.err << Text::tr("ferry-cli: passwords not imported: %1").arg(credentials.error().message())
                    << '\n';
        for (qsizetype i = 0; i < merged->size(); ++i) {
            const std::optional<QString> &password = imported.sites.at(i).password;
            if (!password)
                continue;
            Status saved = credentials ? (*credentials)->setPassword(merged->at(i).id, *password)
                                       : Status(credentials.error());
            if (saved) {
                ++stored;
                backend = (*credentials)->backendName();
            } else {
                Site ask = merged->at(i);
                ask.logon = LogonType::Ask;
                toAsk.append(ask);
            }
        }
    }
    for (const Site &site : std::as_const(toAsk)) {
        if (Status updated = store.update(site); !updated)
            return fail(ctx, updated.error());
    }
    // A list of counts, each a whole phrase with its own plural.
    QStringList parts{Text::tr("imported %n site(s)", nullptr, int(merged->size()))};
    if (stored > 0)
        parts << Text::tr("%n password(s) in the %1", nullptr, stored).arg(backend);
    if (!toAsk.isEmpty())
        parts << Text::tr("%n set to ask for the password", nullptr, int(toAsk.size()));
    ctx.out << parts.join(QStringLiteral(", ")) << '\n';
    return ExitOk;
}

int exportFileZilla(CliContext &ctx, const SiteStore &store, const MasterPassword &master)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("sites export-filezilla takes FILE"));
    QHash<QUuid, QString> passwords;
    if (hasFlag(ctx, QStringLiteral("--with-passwords"))) {
        Result<std::unique_ptr<CredentialStore>> credentials = openCredentials(master);
        if (!credentials)
            return fail(ctx, credentials.error());
        for (const Site &site : store.sites()) {
            if (!site.storesPassword())
                continue;
            Result<std::optional<QString>> password = (*credentials)->password(site.id);
            if (!password)
                return fail(ctx, password.error());
            if (password->has_value())
                passwords.insert(site.id, **password);
        }
    }
    if (Status written = sites::FileZillaExporter::exportFile(ctx.positional.at(1), store.sites(), passwords);
        !written)
        return fail(ctx, written.error());
    const int exported = int(store.sites().size());
    ctx.out << (passwords.isEmpty()
                    ? Text::tr("exported %n site(s) to %1", nullptr, exported).arg(ctx.positional.at(1))
                    : Text::tr("exported %n site(s) with %2 password(s) to %1", nullptr, exported)
                          .arg(ctx.positional.at(1))
                          .arg(passwords.size()))
            << '\n';
    return ExitOk;
}

int backend(CliContext &ctx)
{
    CredentialStoreChooser chooser;
    if (ctx.positional.size() == 1) {
        Result<CredentialBackend> chosen = chooser.configured();
        if (!chosen)
            return fail(ctx, chosen.error());
        ctx.out << CredentialStoreChooser::backendName(*chosen);
        Result<CredentialBackend> resolved = chooser.resolved();
        if (*chosen == CredentialBackend::Auto && resolved && *resolved != CredentialBackend::Auto)
            ctx.out << " (" << CredentialStoreChooser::backendName(*resolved) << ")";
        ctx.out << '\n';
        return ExitOk;
    }
    CredentialBackend chosen = CredentialBackend::Auto;
    if (ctx.positional.size() != 2 || !CredentialStoreChooser::backendFromName(ctx.positional.at(1), &chosen))
        return usageError(ctx, Text::tr("sites backend takes auto, keyring, vault or none"));
    if (Status set = chooser.setConfigured(chosen); !set)
        return fail(ctx, set.error());
    ctx.out << Text::tr("passwords: %1").arg(CredentialStoreChooser::backendName(chosen)) << '\n';
    return ExitOk;
}

// `sites passwords move --to keyring|vault|none`: PasswordMover, as the window's settings.
int movePasswords(CliContext &ctx, const SiteStore &store, const MasterPassword &master)
{
    const std::optional<QString> to = optionValue(ctx, "--to");
    CredentialBackend target = CredentialBackend::Auto;
    if (ctx.positional.size() != 2 || !to || !CredentialStoreChooser::backendFromName(*to, &target) ||
        target == CredentialBackend::Auto)
        return usageError(ctx, Text::tr("sites passwords move takes --to keyring, vault or none"));
    CredentialStoreChooser chooser;
    const sites::PasswordMoveReport report = sites::PasswordMover::switchTo(
        target, sites::PasswordMover::entriesOf(store.sites()), chooser, master);
    for (const QString &failed : report.failed)
        ctx.err << Text::tr("ferry-cli: not moved: %1").arg(terminalSafe(failed, Newlines::Escape)) << '\n';
    for (const QString &kept : report.notForgotten)
        ctx.err << Text::tr("ferry-cli: moved, but a copy is left in the %1: %2")
                       .arg(report.from, terminalSafe(kept, Newlines::Escape))
                << '\n';
    if (!report.ok()) {
        ctx.err << "ferry-cli: " << terminalSafe(report.summary(), Newlines::Escape) << '\n';
        ctx.err.flush();
        return ExitError;
    }
    ctx.out << report.summary() << '\n';
    return ExitOk;
}

// `sites passwords master`: the vault under a new master password. The old one comes as
// always (see masterPasswordProvider); the new one from FERRY_NEW_MASTER_PASSWORD, the
// next line of standard input with --master-password-stdin, or a prompt (twice).
int changeMasterPassword(CliContext &ctx, const MasterPassword &master)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("sites passwords master takes no arguments"));
    sites::VaultCredentialStore vault(master);
    if (!vault.exists())
        return fail(ctx, Error(ErrorKind::NotFound,
                               Text::tr("there is no password vault at %1 yet").arg(vault.path())));
    Result<QString> old = master(false);
    if (!old)
        return fail(ctx, old.error());
    QString fresh;
    if (qEnvironmentVariableIsSet("FERRY_NEW_MASTER_PASSWORD")) {
        fresh = qEnvironmentVariable("FERRY_NEW_MASTER_PASSWORD");
    } else if (ctx.masterPasswordStdin) {
        fresh = ctx.readStdinLine();
    } else if (util::platform::stdinIsTerminal()) {
        fresh = promptHidden(ctx, Text::tr("New master password for the password vault: "));
        if (promptHidden(ctx, Text::tr("Repeat the new master password: ")) != fresh)
            return fail(ctx, Error(ErrorKind::Auth, Text::tr("the new master passwords do not match")));
    } else {
        return fail(ctx, Error(ErrorKind::Auth,
                               Text::tr("the new master password: set FERRY_NEW_MASTER_PASSWORD, or pass "
                                        "--master-password-stdin with the old one on the first line of "
                                        "standard input and the new one on the second")));
    }
    if (Status changed = vault.changeMasterPassword(*old, fresh); !changed)
        return fail(ctx, changed.error());
    ctx.out << Text::tr("the password vault %1 has a new master password").arg(vault.path()) << '\n';
    return ExitOk;
}

Result<ConnectionSpec> resolveSite(CliContext &ctx, const QString &name, const QString &path,
                                   const MasterPassword &master)
{
    readMasterPasswordFirst(ctx, master);
    SiteStore store;
    if (Status loaded = store.reload(); !loaded)
        return loaded.error();
    Result<Site> found = store.find(name);
    if (!found)
        return found.error();
    const Site &site = *found;
    ConnectionSpec spec = site.connectionSpec();
    QString where = path.isEmpty() ? site.remoteDir : path;
    if (site.protocol == Protocol::Sftp) {
        // As in sftp:// URLs: absolute, with "~" naming the home folder.
        if (where == QLatin1String("~"))
            where.clear();
        else if (where.startsWith(QLatin1String("~/")))
            where = where.mid(2);
        else if (!where.isEmpty() && !where.startsWith(QLatin1Char('/')))
            where.prepend(QLatin1Char('/'));
    }
    spec.path = where;
    spec.trailingSlash = where.endsWith(QLatin1Char('/'));

    // A password given on this command line wins over the stored one (and needs no vault).
    const bool givenHere = ctx.passwordStdin || qEnvironmentVariableIsSet("FERRY_PASSWORD");
    if (site.storesPassword() && !givenHere) {
        Result<std::unique_ptr<CredentialStore>> credentials = openCredentials(master);
        if (!credentials)
            return credentials.error();
        Result<std::optional<QString>> password = (*credentials)->password(site.id);
        if (!password)
            return password.error();
        if (password->has_value()) {
            spec.password = **password;
            spec.hasPassword = true;
        }
    }

    // The site's settings, except where this command line chose otherwise.
    const bool modeGiven =
        hasFlag(ctx, QStringLiteral("--active")) || hasFlag(ctx, QStringLiteral("--passive"));
    const bool activeMode = ctx.connect.activeMode;
    site.applyTo(ctx.connect);
    if (modeGiven)
        ctx.connect.activeMode = activeMode;
    if (site.maxConnections > 0 && ctx.parallel > site.maxConnections)
        ctx.parallel = site.maxConnections;
    return spec;
}

} // namespace

int cmdSites(CliContext &ctx)
{
    if (ctx.positional.isEmpty()) {
        ctx.err << QCoreApplication::translate("ferry::cli::Help", kSitesHelp)
                       .mid(1); // without the blank line after a message
        return ExitUsage;
    }
    const QString sub = ctx.positional.first();
    if (sub == QLatin1String("backend"))
        return backend(ctx);

    SiteStore store;
    if (Status loaded = store.reload(); !loaded)
        return fail(ctx, loaded.error());
    const MasterPassword master = masterPasswordProvider(ctx);
    readMasterPasswordFirst(ctx, master);
    if (sub == QLatin1String("list"))
        return list(ctx, store);
    if (sub == QLatin1String("add"))
        return add(ctx, store, master);
    if (sub == QLatin1String("remove"))
        return remove(ctx, store, master);
    if (sub == QLatin1String("export-filezilla"))
        return exportFileZilla(ctx, store, master);
    if (sub == QLatin1String("passwords")) {
        if (ctx.positional.value(1) == QLatin1String("move"))
            return movePasswords(ctx, store, master);
        if (ctx.positional.value(1) == QLatin1String("master"))
            return changeMasterPassword(ctx, master);
        return usageError(ctx, Text::tr("sites passwords takes move --to keyring|vault|none, or master"));
    }
    if (sub == QLatin1String("import-filezilla")) {
        if (ctx.positional.size() != 2)
            return usageError(ctx, Text::tr("sites import-filezilla takes FILE"));
        Result<ImportedSites> imported = sites::FileZillaImporter::importFile(ctx.positional.at(1));
        if (!imported)
            return fail(ctx, imported.error());
        return finishImport(ctx, store, master, std::move(*imported));
    }
    if (sub == QLatin1String("import-ssh-config")) {
        if (ctx.positional.size() > 2)
            return usageError(ctx, Text::tr("sites import-ssh-config takes at most one FILE"));
        Result<ImportedSites> imported = sites::SshConfigImporter::importFile(ctx.positional.value(1));
        if (!imported)
            return fail(ctx, imported.error());
        return finishImport(ctx, store, master, std::move(*imported));
    }
    return usageError(ctx, Text::tr("unknown sites subcommand '%1'").arg(sub));
}

void installSiteResolver(CliContext &ctx)
{
    // One master password provider for the whole run, however many sites it resolves.
    auto master = std::make_shared<MasterPassword>();
    ctx.resolveSite = [master](CliContext &c, const QString &name, const QString &path) {
        if (!*master)
            *master = masterPasswordProvider(c);
        return resolveSite(c, name, path, *master);
    };
}

transfer::QueueSites::CredentialOpener credentialOpener(CliContext &ctx)
{
    return [&ctx] {
        const MasterPassword master = masterPasswordProvider(ctx);
        readMasterPasswordFirst(ctx, master);
        return openCredentials(master);
    };
}

} // namespace ferry::cli
