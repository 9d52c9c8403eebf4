#include "QueueCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

#include <cstdio>

#include "Cli.h"
#include "CliContext.h"
#include "CliInteraction.h"
#include "CliReport.h"
#include "RemoteCommands.h"
#include "SitesCommand.h"
#include "TerminalText.h"
#include "archive/Archive.h"
#include "session/QuestionRequest.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "transfer/QueueOptions.h"
#include "transfer/QueueRequests.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"
#include "transfer/RateLimiter.h"
#include "transfer/Scheduler.h"
#include "transfer/TransferQueue.h"
#include "util/Platform.h"

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::QueueCommand").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::QueueCommand)
};
// Whether Ctrl-C or SIGTERM stopped a runQueueFile of this process (queueRunInterrupted).
bool g_queueRunInterrupted = false;
} // namespace

const char kQueueHelp[] = QT_TRANSLATE_NOOP(
    "ferry::cli::Help", "usage: ferry-cli queue add get URL LOCAL | add put LOCAL URL | add copy URL URL\n"
                        "                       (LOCAL may be ARCHIVE!/member/path)\n"
                        "                       [--exists ACTION] [--priority N] [--no-part] [--temp-upload] "
                        "[--no-preserve-time]\n"
                        "       ferry-cli queue list [--json]\n"
                        "       ferry-cli queue run [--parallel N] [--limit-rate RATE] [--limit-each RATE] "
                        "[--exists ACTION] "
                        "[--retries N] [--list-connections N]\n"
                        "       ferry-cli queue pause|resume|retry|remove ID | priority ID N | move ID "
                        "BEFORE_ID|end | clear "
                        "--done\n"
                        "ACTION: ask, overwrite, newer, size, resume, rename, skip; RATE: bytes per second,\n"
                        "optional K, M or G suffix (1024-based), e.g. 40M\n");

using namespace ferry::remote;
using namespace ferry::transfer;
using ferry::session::Session;

namespace {

// The queue's site string for a URL: scheme://user@host:port, no password, no path.
struct Endpoint
{
    QString site;
    QString path;              // as given: relative to the login folder unless it starts with '/'
    bool folderMarked = false; // trailing '/'
};

Result<Endpoint> endpoint(CliContext &ctx, const QString &urlOrPath)
{
    Endpoint e;
    if (!ctx.site.isEmpty()) {
        e.site = session::SiteRef::saved(ctx.site).display();
        e.path = urlOrPath;
        e.folderMarked = urlOrPath.endsWith(QLatin1Char('/'));
        return e;
    }
    auto spec = ConnectionSpec::fromUrl(urlOrPath);
    if (!spec)
        return spec.error();
    if (spec->hasPassword)
        ctx.err << Text::tr(
            "ferry-cli: the password in the URL is not kept in the queue; give it when the queue "
            "runs\n  (FERRY_PASSWORD, --password-stdin) or save the site with 'ferry-cli sites add'\n");
    e.site = session::SiteRef::fromSpec(*spec).display();
    e.path = spec->path;
    e.folderMarked = spec->trailingSlash;
    return e;
}

QString baseName(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

QString joinPath(const QString &folder, const QString &name)
{
    if (folder.isEmpty())
        return name;
    return folder.endsWith(QLatin1Char('/')) ? QString(folder + name)
                                             : QString(folder + QLatin1Char('/') + name);
}

ItemOptions itemOptions(const CliContext &ctx)
{
    ItemOptions options;
    options.usePartFile = ctx.partFiles && !hasFlag(ctx, QStringLiteral("--no-part"));
    options.tempUpload = hasFlag(ctx, QStringLiteral("--temp-upload"));
    options.preserveTime = ctx.preserveTimes && !hasFlag(ctx, QStringLiteral("--no-preserve-time"));
    options.followLinks = ctx.followLinks;
    QJsonObject connect = connectOptionsToJson(ctx.connect);
    // Files named on the command line are kept by absolute path: the run may start elsewhere.
    for (const char *key : {"caFiles", "identityFiles"}) {
        QJsonArray absolute;
        for (const QJsonValue &v : connect.value(QLatin1String(key)).toArray())
            absolute.append(QFileInfo(v.toString()).absoluteFilePath());
        if (!absolute.isEmpty())
            connect.insert(QLatin1String(key), absolute);
    }
    if (connect.contains(QStringLiteral("knownHosts")))
        connect.insert(QStringLiteral("knownHosts"),
                       QFileInfo(ctx.connect.knownHostsFile).absoluteFilePath());
    options.connect = connect;
    return options;
}

Result<ExistsAction> existsOption(const CliContext &ctx, ExistsAction fallback)
{
    const QString text = optionValue(ctx, QStringLiteral("--exists"));
    if (text.isEmpty())
        return fallback;
    ExistsAction action;
    if (!fromString(text, &action))
        return Error(ErrorKind::Local,
                     Text::tr("--exists takes ask, overwrite, newer, size, resume, rename or skip, not '%1'")
                         .arg(text));
    return action;
}

Result<std::unique_ptr<TransferQueue>> openQueue(CliContext &ctx)
{
    auto queue = std::make_unique<TransferQueue>();
    if (auto st = queue->open(TransferQueue::defaultPath()); !st)
        return st.error();
    if (!queue->recoveryMessage().isEmpty())
        ctx.err << "ferry-cli: " << queue->recoveryMessage() << '\n';
    return queue;
}

QString describe(const QueueItem &item)
{
    switch (item.direction) {
    case Direction::Download:
        return QStringLiteral("%1%2 -> %3")
            .arg(item.site,
                 QString(QLatin1Char('/') + item.remotePath)
                     .replace(QStringLiteral("//"), QStringLiteral("/")),
                 item.localPath);
    case Direction::Upload:
        return QStringLiteral("%1 -> %2/%3")
            .arg(item.options.archiveMember.isEmpty()
                     ? item.localPath
                     : archive::joinMemberPath(item.localPath, item.options.archiveMember.mid(1)),
                 item.site,
                 item.remotePath.startsWith(QLatin1Char('/')) ? item.remotePath.mid(1) : item.remotePath);
    case Direction::Copy:
        return QStringLiteral("%1 %2 -> %3 %4")
            .arg(item.site, item.remotePath, item.targetSite, item.targetPath);
    }
    return {};
}

QJsonObject toJson(const QueueItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(item.id));
    if (item.parentId)
        o.insert(QStringLiteral("parent"), double(item.parentId));
    o.insert(QStringLiteral("direction"), toString(item.direction));
    o.insert(QStringLiteral("folder"), item.isFolder);
    o.insert(QStringLiteral("state"), toString(item.state));
    o.insert(QStringLiteral("site"), item.site);
    o.insert(QStringLiteral("remotePath"), item.remotePath);
    if (!item.localPath.isEmpty())
        o.insert(QStringLiteral("localPath"), item.localPath);
    if (!item.options.archiveMember.isEmpty())
        o.insert(QStringLiteral("archiveMember"), item.options.archiveMember.mid(1));
    if (item.direction == Direction::Copy) {
        o.insert(QStringLiteral("targetSite"), item.targetSite);
        o.insert(QStringLiteral("targetPath"), item.targetPath);
    }
    o.insert(QStringLiteral("size"), double(item.size));
    o.insert(QStringLiteral("bytesDone"), double(item.bytesDone));
    o.insert(QStringLiteral("priority"), item.priority);
    o.insert(QStringLiteral("attempts"), item.attempts);
    o.insert(QStringLiteral("exists"), toString(item.existsAction));
    if (!item.lastError.isEmpty())
        o.insert(QStringLiteral("error"), item.lastError);
    if (item.options.unsafe)
        o.insert(QStringLiteral("unsafe"), true); // skipped for safety: listed with the failures
    if (!item.checksum.isEmpty())
        o.insert(QStringLiteral("verified"), item.checksum);
    if (!item.options.method.isEmpty())
        o.insert(QStringLiteral("method"), item.options.method);
    if (item.options.resumedFrom > 0)
        o.insert(QStringLiteral("resumedFrom"), double(item.options.resumedFrom));
    o.insert(QStringLiteral("created"), item.created.toString(Qt::ISODate));
    o.insert(QStringLiteral("updated"), item.updated.toString(Qt::ISODate));
    return o;
}

int cmdAdd(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(ctx, Text::tr("queue add takes get URL LOCAL, put LOCAL URL or copy URL URL"));
    auto exists = existsOption(ctx, ExistsAction::Ask);
    if (!exists)
        return fail(ctx, exists.error());
    QueueItem item;
    item.existsAction = *exists;
    item.options = itemOptions(ctx);
    if (const QString p = optionValue(ctx, QStringLiteral("--priority")); !p.isEmpty()) {
        bool ok = false;
        item.priority = p.toInt(&ok);
        if (!ok)
            return usageError(ctx, Text::tr("--priority takes a number"));
    }
    const QString verb = args.at(0);
    if (verb == QLatin1String("get")) {
        auto from = endpoint(ctx, args.at(1));
        if (!from)
            return fail(ctx, from.error());
        item.direction = Direction::Download;
        item.site = from->site;
        item.remotePath = from->path;
        const QFileInfo local(args.at(2));
        const QString name = baseName(from->path);
        item.localPath = (local.isDir() || args.at(2).endsWith(QLatin1Char('/'))) && !name.isEmpty()
                             ? QDir(local.absoluteFilePath()).filePath(name)
                             : local.absoluteFilePath();
        item.isFolder = ctx.recursive || from->folderMarked;
    } else if (verb == QLatin1String("put") && !QFileInfo::exists(args.at(1)) &&
               archive::splitMemberPath(args.at(1))) {
        // ARCHIVE!/member: the item names the archive and the member; each run reads the
        // member from the archive again (from the offset, when resumed).
        const archive::MemberPath source = *archive::splitMemberPath(args.at(1));
        auto member = archive::findMember(source.archive, source.member);
        if (!member)
            return fail(ctx, member.error());
        if (!member->isFolder() && member->type != archive::EntryType::File)
            return fail(ctx,
                        Error(ErrorKind::Local, Text::tr("%1 is not a file in the archive").arg(args.at(1))));
        auto to = endpoint(ctx, args.at(2));
        if (!to)
            return fail(ctx, to.error());
        const QString name = source.member.isEmpty()
                                 ? archive::withoutArchiveSuffix(QFileInfo(source.archive).fileName())
                                 : member->name();
        item.direction = Direction::Upload;
        item.site = to->site;
        item.localPath = QFileInfo(source.archive).absoluteFilePath();
        item.options.archiveMember = QLatin1Char('/') + source.member;
        item.remotePath = to->folderMarked || to->path.isEmpty() ? joinPath(to->path, name) : to->path;
        item.isFolder = member->isFolder();
        item.size = item.isFolder ? -1 : member->size;
    } else if (verb == QLatin1String("put")) {
        const QFileInfo local(args.at(1));
        if (!local.exists())
            return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 does not exist").arg(args.at(1))));
        auto to = endpoint(ctx, args.at(2));
        if (!to)
            return fail(ctx, to.error());
        item.direction = Direction::Upload;
        item.site = to->site;
        item.localPath = local.absoluteFilePath();
        item.remotePath =
            to->folderMarked || to->path.isEmpty() ? joinPath(to->path, local.fileName()) : to->path;
        item.isFolder = local.isDir();
        item.size = local.isDir() ? -1 : local.size();
    } else if (verb == QLatin1String("copy")) {
        if (!ctx.site.isEmpty())
            return usageError(ctx, Text::tr("queue add copy takes two URLs (not --site)"));
        auto from = endpoint(ctx, args.at(1));
        if (!from)
            return fail(ctx, from.error());
        auto to = endpoint(ctx, args.at(2));
        if (!to)
            return fail(ctx, to.error());
        // The window's server-to-server drops make their items with the same functions.
        const RemoteSource source{from->path, ctx.recursive || from->folderMarked, -1};
        const QueueTarget fromSite{from->site, ctx.connect, item.options.usePartFile,
                                   item.options.preserveTime};
        QueueItem copy = to->folderMarked || to->path.isEmpty()
                             ? copyItems(fromSite, {source}, to->site, to->path, item.existsAction).first()
                             : copyItem(fromSite, source, to->site, to->path, item.existsAction);
        // The command line's options as for get and put (files named by absolute path).
        copy.options = item.options;
        copy.priority = item.priority;
        item = copy;
    } else {
        return usageError(ctx, Text::tr("queue add: '%1' is not get, put or copy").arg(verb));
    }
    auto queue = openQueue(ctx);
    if (!queue)
        return fail(ctx, queue.error());
    QList<QueueItem> items{item};
    if (auto st = (*queue)->add(items); !st)
        return fail(ctx, st.error());
    if (ctx.json)
        ctx.out << QJsonDocument(toJson(items.first())).toJson(QJsonDocument::Compact) << '\n';
    else
        ctx.out << items.first().id << '\n';
    return ExitOk;
}

int cmdList(CliContext &ctx)
{
    auto queue = openQueue(ctx);
    if (!queue)
        return fail(ctx, queue.error());
    const QList<QueueItem> items = (*queue)->items();
    if (ctx.json) {
        QJsonArray array;
        for (const QueueItem &item : items)
            array.append(toJson(item));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const QueueItem &item : items) {
        QString progress = item.isFolder ? QStringLiteral("folder") : humanSize(item.size);
        if (!item.isFolder && item.state != ItemState::Done && item.bytesDone > 0 && item.size > 0)
            progress = QStringLiteral("%1 of %2").arg(humanSize(item.bytesDone), humanSize(item.size));
        ctx.out << QStringLiteral("%1  %2 %3  %4  %5")
                       .arg(item.id, 5)
                       .arg(toString(item.state).leftJustified(9), toString(item.direction).leftJustified(4),
                            progress.leftJustified(18), describe(item));
        if (!item.lastError.isEmpty())
            ctx.out << "  (" << item.lastError << ')';
        ctx.out << '\n';
    }
    ctx.out << Text::tr("%1 queued, %2 running, %3 paused, %4 failed, %5 done\n")
                   .arg((*queue)->count(ItemState::Queued))
                   .arg((*queue)->count(ItemState::Running))
                   .arg((*queue)->count(ItemState::Paused))
                   .arg((*queue)->count(ItemState::Failed))
                   .arg((*queue)->count(ItemState::Done));
    return ExitOk;
}

void askExists(CliContext &ctx, FileExistsRequest *request);

// Answers a question the way the direct commands do, on the terminal, or refused (a
// certificate, host key or password) or skipped (an existing file) without one.
void answerQuestion(CliContext &ctx, session::QuestionRequest *request)
{
    CliInteraction interaction(ctx.err);
    switch (request->kind()) {
    case session::QuestionRequest::Kind::Certificate:
        request->answer(interaction.askCertificate(request->certificate()));
        break;
    case session::QuestionRequest::Kind::HostKey:
        request->answer(interaction.askHostKey(request->hostKey()));
        break;
    case session::QuestionRequest::Kind::Secret: {
        QString secret;
        if (interaction.askSecret(request->secretPrompt(), &secret))
            request->answer(secret);
        else
            request->cancel();
        break;
    }
    case session::QuestionRequest::Kind::FileExists:
        askExists(ctx, static_cast<FileExistsRequest *>(request));
        break;
    case session::QuestionRequest::Kind::EditedFile:
        request->cancel(); // the window's View/Edit asks it; never the command line
        break;
    }
}

void askExists(CliContext &ctx, FileExistsRequest *request)
{
    const ExistsQuestion &q = request->question();
    if (!CliInteraction::stdinIsTerminal()) {
        ctx.err << Text::tr("ferry-cli: %1 exists; skipped (choose with --exists ACTION)").arg(q.target)
                << '\n';
        request->cancel(); // unanswered: skipped, never overwritten
        return;
    }
    // The answer letters stay English in every language; the translation names them.
    ctx.err << Text::tr("%1 exists (%2, %3); the source has %4, %5.")
                   .arg(q.target, humanSize(q.targetSize), q.targetTime.toString(Qt::ISODate),
                        humanSize(q.sourceSize), q.sourceTime.toString(Qt::ISODate))
            << '\n'
            << Text::tr(
                   "  [o]verwrite, if [n]ewer, if [s]ize differs, [r]esume, re[n]ame as copy: [c], s[k]ip;\n"
                   "  capital letter: the same for all: ")
            << Qt::flush;
    const QString line = ctx.readStdinLine().trimmed();
    const bool all = !line.isEmpty() && line.at(0).isUpper();
    const QChar c = line.isEmpty() ? QLatin1Char('k') : line.at(0).toLower();
    ExistsAction action = ExistsAction::Skip;
    if (c == QLatin1Char('o'))
        action = ExistsAction::Overwrite;
    else if (c == QLatin1Char('n'))
        action = ExistsAction::OverwriteIfNewer;
    else if (c == QLatin1Char('s'))
        action = ExistsAction::OverwriteIfSizeDiffers;
    else if (c == QLatin1Char('r'))
        action = ExistsAction::Resume;
    else if (c == QLatin1Char('c'))
        action = ExistsAction::Rename;
    request->answer(action, all);
}

struct RunTotals
{
    int done = 0;
    int skipped = 0;
    int failed = 0;
    int unanswered = 0;
    int unsafe = 0; // skipped as unsafe names or links leaving the folder: exit 5
};

// Runs the queue at queuePath (after adding `adding`) through a QueueService until
// nothing runnable is left. passwordSite/passwordSpec: a server this command line already
// named, with the password it was given.
int runScheduler(CliContext &ctx, const QString &queuePath, const QList<QueueItem> &adding = {},
                 const QString &passwordSite = {}, const ConnectionSpec &passwordSpec = {})
{
    // --exists answers for both directions; without it, the settings file's answers.
    auto exists = existsOption(ctx, ExistsAction::Ask);
    if (!exists)
        return fail(ctx, exists.error());
    const bool existsGiven = !optionValue(ctx, QStringLiteral("--exists")).isEmpty();
    QueueSettings settings;
    settings.downloadLimit = ctx.downloadLimit;
    settings.uploadLimit = ctx.uploadLimit;
    if (const QString text = optionValue(ctx, QStringLiteral("--limit-rate")); !text.isEmpty()) {
        settings.downloadLimit = settings.uploadLimit = RateLimiter::parseRate(text);
        if (settings.downloadLimit < 0)
            return usageError(
                ctx, Text::tr("--limit-rate takes bytes per second, e.g. 500K or 40M, not '%1'").arg(text));
    }
    if (const QString text = optionValue(ctx, QStringLiteral("--limit-each")); !text.isEmpty()) {
        settings.itemLimit = RateLimiter::parseRate(text);
        if (settings.itemLimit < 0)
            return usageError(
                ctx, Text::tr("--limit-each takes bytes per second, e.g. 500K or 40M, not '%1'").arg(text));
    }
    int retries = ctx.retries;
    if (const QString text = optionValue(ctx, QStringLiteral("--retries")); !text.isEmpty()) {
        bool ok = false;
        retries = text.toInt(&ok);
        if (!ok || retries < 0 || retries > 100)
            return usageError(ctx, Text::tr("--retries takes a number from 0 to 100"));
    }
    // queue run: 2 when neither --parallel nor the settings file says (the window's
    // default); a large file's extra connections count against it.
    settings.connectionsPerSite = ctx.parallelSet ? ctx.parallel : QueueSettings().connectionsPerSite;
    // A remote folder's tree listed ahead over this many connections (1: each folder as
    // its turn comes); by default 10 for FTP, 2 for SFTP.
    if (const QString text = optionValue(ctx, QStringLiteral("--list-connections")); !text.isEmpty()) {
        bool ok = false;
        settings.listingConnections = text.toInt(&ok);
        if (!ok || settings.listingConnections < 1 || settings.listingConnections > 10)
            return usageError(ctx, Text::tr("--list-connections takes a number from 1 to 10"));
    }
    settings.maxAttempts = retries + 1;
    settings.defaultExists = existsGiven ? *exists : ctx.downloadExists;
    settings.defaultUploadExists = existsGiven ? *exists : ctx.uploadExists;

    // Saved sites' passwords come from the credential store, which may ask for the
    // vault's master password on the terminal: the queue thread resolves, this thread asks.
    QObject mainThread;
    const QueueSites::CredentialOpener open = credentialOpener(ctx);
    auto sites = std::make_shared<QueueSites>(ctx.connect, [&mainThread, open] {
        Result<std::unique_ptr<sites::CredentialStore>> opened = Error();
        QMetaObject::invokeMethod(
            &mainThread, [&] { opened = open(); }, Qt::BlockingQueuedConnection);
        return opened;
    });
    if (hasFlag(ctx, QStringLiteral("--active")) || hasFlag(ctx, QStringLiteral("--passive")))
        sites->setForcedActiveMode(ctx.connect.activeMode);
    sites->setGivenPassword(ctx.givenPassword());
    if (!passwordSite.isEmpty() && passwordSpec.hasPassword)
        sites->remember(passwordSite, passwordSpec.password);

    QueueService service(QueueSites::resolver(sites));
    service.applySettings(settings);

    RunTotals totals;
    QObject::connect(&service, &QueueService::questionAsked, &service,
                     [&ctx, &totals](session::QuestionRequest *request) {
                         if (request->kind() == session::QuestionRequest::Kind::FileExists &&
                             !CliInteraction::stdinIsTerminal())
                             ++totals.unanswered;
                         answerQuestion(ctx, request);
                     });
    QObject::connect(&service, &QueueService::logged, &service,
                     [&ctx](const QString &site, const session::LogEntry &entry) {
                         if (site.isEmpty())
                             ctx.err << "ferry-cli: " << terminalSafe(entry.text) << '\n';
                         else if (ctx.verbose)
                             ctx.err << "  " << terminalSafe(entry.text) << '\n';
                         else
                             return;
                         ctx.err.flush();
                     });
    // On a terminal, one status line: each running transfer with its percentage and
    // speed (the service reports about ten times a second; drawn at most five).
    struct Shown
    {
        QString name;
        qint64 done = 0;
        qint64 total = -1;
        double rate = 0;
    };
    QMap<qint64, Shown> shown;
    const bool drawProgress = CliInteraction::stderrIsTerminal();
    QTimer redraw;
    const auto clearLine = [&ctx, drawProgress] {
        if (drawProgress)
            ctx.err << '\r' << QString(79, QLatin1Char(' ')) << '\r' << Qt::flush;
    };
    QObject::connect(&service, &QueueService::itemsChanged, &service, [&](const QList<QueueItem> &items) {
        for (const QueueItem &item : items) {
            switch (item.state) {
            case ItemState::Running: {
                const QString path = item.direction == Direction::Upload ? item.localPath : item.remotePath;
                if (drawProgress && !item.isFolder)
                    shown.insert(item.id,
                                 Shown{terminalSafe(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)),
                                       item.bytesDone, item.size, 0});
                continue;
            }
            case ItemState::Done:
                ++totals.done;
                clearLine();
                if (ctx.verbose)
                    ctx.err << Text::tr("done %1 (%2, verified: %3)")
                                   .arg(describe(item), humanSize(item.size), item.checksum)
                            << '\n';
                break;
            case ItemState::Skipped:
                ++totals.skipped;
                clearLine();
                if (item.options.unsafe) {
                    ++totals.unsafe;
                    ctx.err << Text::tr("ferry-cli: warning: skipped %1: %2")
                                   .arg(terminalSafe(describe(item)), terminalSafe(item.lastError))
                            << '\n';
                } else if (ctx.verbose) {
                    ctx.err << Text::tr("skipped %1: %2")
                                   .arg(terminalSafe(describe(item)), terminalSafe(item.lastError))
                            << '\n';
                }
                break;
            case ItemState::Failed:
                ++totals.failed;
                clearLine();
                ctx.err << Text::tr("ferry-cli: failed %1: %2")
                               .arg(terminalSafe(describe(item)),
                                    terminalSafe(item.lastError, Newlines::Keep))
                        << '\n';
                break;
            default:
                break;
            }
            shown.remove(item.id);
            ctx.err.flush();
        }
    });
    if (drawProgress) {
        QObject::connect(&service, &QueueService::progress, &service,
                         [&shown](const QList<QueueProgress> &updates) {
                             for (const QueueProgress &p : updates) {
                                 auto it = shown.find(p.id);
                                 if (it != shown.end()) {
                                     it->done = p.done;
                                     it->total = p.total;
                                     it->rate = p.bytesPerSecond;
                                 }
                             }
                         });
        QObject::connect(&redraw, &QTimer::timeout, &service, [&ctx, &shown, &totals] {
            QStringList parts;
            for (const Shown &s : std::as_const(shown)) {
                QString part = s.name.right(24);
                if (s.total > 0)
                    part += QStringLiteral(" %1%").arg(int(s.done * 100 / s.total));
                part += QStringLiteral(" %1/s").arg(humanSize(qint64(s.rate)));
                parts << part;
            }
            const QString line =
                Text::tr("%1 done | %2").arg(totals.done).arg(parts.join(QStringLiteral(" | ")));
            ctx.err << '\r' << line.left(79).leftJustified(79) << Qt::flush;
        });
        redraw.start(200);
    }

    QEventLoop loop;
    bool openFailed = false;
    QObject::connect(&service, &QueueService::opened, &loop,
                     [&ctx, &loop, &openFailed](const QString &error, const QString &recovery, int) {
                         if (!recovery.isEmpty())
                             ctx.err << "ferry-cli: " << recovery << '\n';
                         if (!error.isEmpty()) {
                             ctx.err << "ferry-cli: " << error << '\n';
                             openFailed = true;
                             loop.quit();
                         }
                     });
    QObject::connect(&service, &QueueService::idle, &loop, &QEventLoop::quit);
    QObject::connect(&service, &QueueService::stopped, &loop, &QEventLoop::quit);

    // Ctrl-C and SIGTERM stop cleanly: running items go back to the queue, resumable.
    util::InterruptWatcher interrupts;
    interrupts.start();
    QObject::connect(&interrupts, &util::InterruptWatcher::interrupted, &service, [&service, &ctx] {
        ctx.err << '\n' << Text::tr("ferry-cli: stopping; unfinished transfers stay queued") << '\n';
        service.stop();
    });
    service.open(queuePath);
    if (!adding.isEmpty())
        service.add(adding, false);
    service.start();
    loop.exec();
    redraw.stop();
    clearLine();
    const bool interrupted = interrupts.wasInterrupted();
    interrupts.stop();
    if (interrupted)
        g_queueRunInterrupted = true;
    if (openFailed)
        return ExitError;

    if (interrupted)
        return ExitPartial;
    ctx.err << Text::tr("ferry-cli: %1 done, %2 skipped, %3 failed\n")
                   .arg(totals.done)
                   .arg(totals.skipped)
                   .arg(totals.failed);
    return (totals.failed > 0 || totals.unanswered > 0 || totals.unsafe > 0) ? ExitPartial : ExitOk;
}

Result<qint64> idArgument(CliContext &ctx, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.size() >= 2 ? args.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return Error(ErrorKind::Local,
                     Text::tr("queue %1 takes an item ID (see 'ferry-cli queue list')").arg(args.value(0)));
    Q_UNUSED(ctx);
    return id;
}

} // namespace

int runQueueFile(CliContext &ctx, const QString &queuePath, const QList<QueueItem> &adding,
                 const QString &passwordSite, const ConnectionSpec &passwordSpec)
{
    return runScheduler(ctx, queuePath, adding, passwordSite, passwordSpec);
}

bool queueRunInterrupted()
{
    return g_queueRunInterrupted;
}

void answerCliQuestion(CliContext &ctx, session::QuestionRequest *request)
{
    answerQuestion(ctx, request);
}

int runParallelTree(CliContext &ctx, Direction direction, const ConnectionSpec &spec, const QString &remote,
                    const QString &local)
{
    QueueItem item;
    item.direction = direction;
    item.isFolder = true;
    item.site = session::SiteRef::fromSpec(spec).display();
    item.remotePath = remote;
    item.localPath = QFileInfo(local).absoluteFilePath();
    item.existsAction = ctx.resume ? ExistsAction::Resume : ExistsAction::Overwrite;
    item.options.followLinks = ctx.followLinks;
    return runScheduler(ctx, QStringLiteral(":memory:"), {item}, item.site, spec);
}

int cmdQueue(CliContext &ctx)
{
    const QStringList args = ctx.positional;
    if (args.isEmpty())
        return usageError(ctx, Text::tr("queue needs a subcommand"));
    const QString sub = args.at(0);
    if (sub == QLatin1String("add"))
        return cmdAdd(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return cmdList(ctx);
    if (sub == QLatin1String("run")) {
        return runScheduler(ctx, TransferQueue::defaultPath());
    }
    if (sub == QLatin1String("clear")) {
        if (!hasFlag(ctx, QStringLiteral("--done")))
            return usageError(ctx, Text::tr("queue clear takes --done"));
        auto queue = openQueue(ctx);
        if (!queue)
            return fail(ctx, queue.error());
        auto removed = (*queue)->clearDone();
        if (!removed)
            return fail(ctx, removed.error());
        ctx.out << Text::tr("finished items removed: %1").arg(*removed) << '\n';
        return ExitOk;
    }
    const QStringList idCommands = {QStringLiteral("pause"),    QStringLiteral("resume"),
                                    QStringLiteral("retry"),    QStringLiteral("remove"),
                                    QStringLiteral("priority"), QStringLiteral("move")};
    if (!idCommands.contains(sub))
        return usageError(ctx, Text::tr("unknown queue subcommand '%1'").arg(sub));
    auto id = idArgument(ctx, args);
    if (!id)
        return usageError(ctx, id.error().message());
    auto queue = openQueue(ctx);
    if (!queue)
        return fail(ctx, queue.error());
    Status st;
    if (sub == QLatin1String("pause"))
        st = (*queue)->pause(*id);
    else if (sub == QLatin1String("resume"))
        st = (*queue)->resume(*id);
    else if (sub == QLatin1String("retry"))
        st = (*queue)->retry(*id);
    else if (sub == QLatin1String("remove"))
        st = (*queue)->remove(*id);
    else if (sub == QLatin1String("move")) {
        bool ok = args.value(2) == QLatin1String("end");
        const qint64 before = ok ? 0 : args.value(2).toLongLong(&ok);
        if (!ok)
            return usageError(ctx, Text::tr("queue move takes an ID and the ID to put it before (or 'end')"));
        st = (*queue)->moveBefore(*id, before);
    } else {
        bool ok = false;
        const int priority = args.value(2).toInt(&ok);
        if (!ok)
            return usageError(ctx, Text::tr("queue priority takes an ID and a number"));
        st = (*queue)->setPriority(*id, priority);
    }
    if (!st)
        return fail(ctx, st.error());
    return ExitOk;
}

} // namespace ferry::cli
