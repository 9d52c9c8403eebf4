#include "SyncCommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <optional>

#include "Cli.h"
#include "CliContext.h"
#include "CliReport.h"
#include "QueueCommand.h"
#include "RemoteCommands.h"
#include "TerminalText.h"
#include "remote/RemoteFileSystem.h"
#include "session/ConnectJob.h"
#include "session/Connection.h"
#include "session/ConnectionWorker.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "session/SiteRef.h"
#include "sync/RemoteTreeLister.h"
#include "sync/SyncApply.h"
#include "sync/SyncPlanner.h"
#include "sync/SyncPlanning.h"
#include "sync/TreeListing.h"
#include "transfer/TransferQueue.h"
#include "util/Paths.h"

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::SyncCommand").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::SyncCommand)
};
} // namespace

const char kSyncHelp[] = QT_TRANSLATE_NOOP(
    "ferry::cli::Help",
    "usage: ferry-cli sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]\n"
    "                      [--exclude GLOB]... [--json] [--parallel N] [--list-connections N] LOCAL URL\n"
    "Makes the target (URL for up, the default; LOCAL for down) match the source.\n");

using namespace ferry::remote;
using namespace ferry::sync;
using session::Connection;
using session::ConnectionWorker;
using session::Session;

namespace {

// The partial files of the queue's copies: never part of either tree.
const QStringList kPartialGlobs = {QStringLiteral(".*.ferry-part*"), QStringLiteral("*.filepart")};
// Transfers at once when neither --parallel nor the settings file says more.
constexpr int kDefaultTransfers = 4;

// Runs work on a transfer connection of the session and waits for it (the event loop
// keeps the other connections and questions going).
template <typename T>
Result<T> onConnection(Session &session, std::function<Result<T>(RemoteFileSystem &)> work)
{
    Connection *connection = session.acquireTransferConnection();
    if (!connection)
        return Error(ErrorKind::Local, Text::tr("no free connection"));
    std::optional<Result<T>> out;
    QEventLoop loop;
    connection->run<T>(
        CancelToken(),
        [work = std::move(work)](ConnectionWorker &worker) -> Result<T> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            return work(**fs);
        },
        [&out, &loop](const Result<T> &result) {
            out.emplace(result);
            loop.quit();
        });
    if (!out)
        loop.exec();
    session.releaseTransferConnection(connection);
    return *out;
}

Status asStatus(const Result<int> &result)
{
    if (!result)
        return result.error();
    return {};
}

// This sync's own persistent queue: one per direction, local folder and remote folder.
QString syncQueuePath(SyncDirection direction, const QString &localRoot, const QString &site,
                      const RemotePath &root)
{
    const QString key =
        QStringLiteral("%1\n%2\n%3\n%4")
            .arg(direction == SyncDirection::Up ? QStringLiteral("up") : QStringLiteral("down"), localRoot,
                 site, root.toString());
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return util::Paths::dataFile(QStringLiteral("sync-%1.sqlite").arg(QString::fromLatin1(hash)));
}

// The items to add: the plan's, except those an earlier run left unfinished (queued,
// running when it was killed, paused), which stay and resume. Whatever else the queue
// holds is removed: the new plan is what this sync is.
Result<QList<transfer::QueueItem>> reconcileQueue(const QString &path,
                                                  const QList<transfer::QueueItem> &planned, int *resumed)
{
    transfer::TransferQueue queue;
    if (auto st = queue.open(path); !st)
        return st.error();
    QSet<QString> kept;
    const auto key = [](const transfer::QueueItem &item) {
        return QStringLiteral("%1\n%2\n%3").arg(int(item.direction)).arg(item.localPath, item.remotePath);
    };
    QSet<QString> wanted;
    for (const transfer::QueueItem &item : planned)
        wanted.insert(key(item));
    for (const transfer::QueueItem &item : queue.items()) {
        const bool unfinished = item.state == transfer::ItemState::Queued ||
                                item.state == transfer::ItemState::Running ||
                                item.state == transfer::ItemState::Paused;
        if (unfinished && !item.isFolder && wanted.contains(key(item)) && !kept.contains(key(item))) {
            kept.insert(key(item));
            if (item.state == transfer::ItemState::Paused)
                (void)queue.resume(item.id);
            continue;
        }
        if (auto st = queue.remove(item.id); !st)
            return st.error();
    }
    *resumed = int(kept.size());
    QList<transfer::QueueItem> adding;
    for (const transfer::QueueItem &item : planned) {
        if (!kept.contains(key(item)))
            adding.append(item);
    }
    return adding;
}

struct Parsed
{
    SyncOptions options;
    bool dryRun = false;
    QString localRoot;
    QString url;
};

std::optional<int> parse(CliContext &ctx, Parsed &p)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("sync takes a local folder and a URL"));
    p.localRoot = QDir::cleanPath(QFileInfo(ctx.positional.at(0)).absoluteFilePath());
    p.url = ctx.positional.at(1);
    p.dryRun = hasFlag(ctx, QStringLiteral("--dry-run"));
    p.options.deleteExtra = hasFlag(ctx, QStringLiteral("--delete"));
    const QString direction = optionValue(ctx, QStringLiteral("--direction"));
    if (direction.isEmpty() || direction == QLatin1String("up"))
        p.options.direction = SyncDirection::Up;
    else if (direction == QLatin1String("down"))
        p.options.direction = SyncDirection::Down;
    else
        return usageError(ctx, Text::tr("--direction takes up or down, not '%1'").arg(direction));
    const QString compare = optionValue(ctx, QStringLiteral("--compare"));
    if (compare.isEmpty() || compare == QLatin1String("size,time"))
        p.options.compare = SyncCompare::SizeTime;
    else if (compare == QLatin1String("checksum"))
        p.options.compare = SyncCompare::Checksum;
    else
        return usageError(ctx, Text::tr("--compare takes size,time or checksum, not '%1'").arg(compare));
    p.options.excludes = SyncExcludes(optionValues(ctx, QStringLiteral("--exclude")) + kPartialGlobs);
    const QFileInfo local(p.localRoot);
    if (p.options.direction == SyncDirection::Up && !local.isDir())
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 is not a folder").arg(p.localRoot)));
    if (local.exists() && !local.isDir())
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 is not a folder").arg(p.localRoot)));
    return std::nullopt;
}

} // namespace

std::optional<int> openSyncConnection(CliContext &ctx, const QString &url, SyncDirection direction,
                                      SyncConnection &c, std::optional<remote::Error> *connectFailure)
{
    auto spec = ctx.target(url);
    if (!spec)
        return fail(ctx, spec.error());
    c.spec = *spec;
    c.site = session::SiteRef::fromSpec(*spec).display();
    c.manager = std::make_unique<session::SessionManager>();
    QObject::connect(c.manager.get(), &session::SessionManager::questionAsked, c.manager.get(),
                     [&ctx](session::QuestionRequest *request) { answerCliQuestion(ctx, request); });
    QObject::connect(c.manager.get(), &session::SessionManager::logged, c.manager.get(),
                     [&ctx](Session *, const session::LogEntry &entry) {
                         if (ctx.verbose) {
                             ctx.err << "  " << terminalSafe(entry.text) << '\n';
                             ctx.err.flush();
                         }
                     });
    c.session = c.manager->openOwnSession(*spec, ctx.connect);
    // --parallel (or the settings file's connections per site) when given, else 4.
    const bool parallel = hasFlag(ctx, QStringLiteral("--parallel")) || ctx.parallel > 1;
    c.connections = parallel ? ctx.parallel : kDefaultTransfers;
    // The remote tree is listed over more connections than files are sent over: a
    // listing keeps a connection busy for a few round trips and costs the server little.
    const QString listings = optionValue(ctx, QStringLiteral("--list-connections"));
    if (!listings.isEmpty()) {
        bool ok = false;
        c.listings = listings.toInt(&ok);
        if (!ok || c.listings < 1 || c.listings > Session::kMaxTransferConnections)
            return usageError(ctx, Text::tr("--list-connections takes a number from 1 to 10"));
    } else {
        c.listings = RemoteTreeLister::defaultConnections(*c.session, parallel ? ctx.parallel : 0);
    }
    c.session->setTransferConnectionLimit(qMax(c.connections, c.listings));

    // The login folder, then the URL's folder.
    std::optional<Result<RemotePath>> home;
    {
        QEventLoop loop;
        session::ConnectJob *job = c.session->connectToServer();
        QObject::connect(job, &session::ConnectJob::finished, &loop,
                         [&home, &loop](const Result<RemotePath> &r) {
                             home.emplace(r);
                             loop.quit();
                         });
        if (!home)
            loop.exec();
    }
    if (!*home) {
        if (connectFailure) {
            *connectFailure = home->error();
            return ExitError;
        }
        return fail(ctx, home->error());
    }
    c.root = spec->resolvedPath(**home);

    // Whether the remote folder exists: up makes it when missing; down needs it.
    const RemotePath root = c.root;
    auto rootEntry = onConnection<DirEntry>(
        *c.session, [root](RemoteFileSystem &fs) -> Result<DirEntry> { return fs.stat(root); });
    c.remoteMissing = false;
    if (!rootEntry) {
        if (rootEntry.error().kind() != ErrorKind::NotFound || direction != SyncDirection::Up)
            return fail(ctx, rootEntry.error());
        c.remoteMissing = true;
    } else if (!rootEntry->isDir()) {
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 is not a folder").arg(root.toString())));
    }
    return std::nullopt;
}

Result<SyncTree> listRemoteTree(CliContext &ctx, SyncConnection &c, const SyncExcludes &excludes)
{
    if (c.remoteMissing)
        return SyncTree();
    QElapsedTimer clock;
    clock.start();
    RemoteTreeLister lister(*c.session, c.root, excludes, c.listings);
    QEventLoop loop;
    QObject::connect(&lister, &RemoteTreeLister::finished, &loop, &QEventLoop::quit);
    lister.start();
    if (!lister.isFinished())
        loop.exec();
    if (lister.error())
        return *lister.error();
    if (ctx.verbose)
        ctx.err << Text::tr("ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms\n")
                       .arg(lister.listings())
                       .arg(lister.peakParallel())
                       .arg(clock.elapsed());
    return lister.tree();
}

int applySyncPlan(CliContext &ctx, SyncConnection &c, const SyncPlan &plan, const QString &localRoot)
{
    const bool up = plan.options.direction == SyncDirection::Up;
    const RemotePath root = c.root;
    // Before the files: the target folder itself, type clashes cleared, missing folders made.
    Status before;
    if (up) {
        const bool remoteMissing = c.remoteMissing;
        before = asStatus(
            onConnection<int>(*c.session, [remoteMissing, &plan, root](RemoteFileSystem &fs) -> Result<int> {
                if (remoteMissing) {
                    if (auto st = fs.makeDir(root); !st)
                        return st.error();
                }
                if (auto st = SyncApply::applyRemote(fs, plan, root, SyncApply::Phase::Before); !st)
                    return st.error();
                return 0;
            }));
        if (before)
            c.remoteMissing = false;
    } else {
        if (!QDir().mkpath(localRoot))
            return fail(ctx, Error(ErrorKind::Local, Text::tr("cannot make the folder %1").arg(localRoot)));
        before = SyncApply::applyLocal(plan, localRoot, SyncApply::Phase::Before);
    }
    if (!before)
        return fail(ctx, before.error());

    // The files, through this sync's persistent queue.
    transfer::ItemOptions itemOptions;
    itemOptions.preserveTime = ctx.preserveTimes;
    itemOptions.usePartFile = ctx.partFiles;
    const QList<transfer::QueueItem> planned =
        SyncApply::queueItems(plan, c.site, localRoot, root, itemOptions);
    const QString queuePath = syncQueuePath(plan.options.direction, localRoot, c.site, root);
    int resumed = 0;
    auto adding = reconcileQueue(queuePath, planned, &resumed);
    if (!adding)
        return fail(ctx, adding.error());
    if (resumed > 0)
        ctx.err
            << Text::tr("ferry-cli: sync: unfinished transfers of an earlier run continue: %1").arg(resumed)
            << '\n';
    int code = ExitOk;
    if (!planned.isEmpty()) {
        code = runQueueFile(ctx, queuePath, *adding, c.site, c.spec);
        if (code != ExitOk)
            return code; // what the target lacks stays: no deletes after a failed copy
    }
    {
        transfer::TransferQueue queue;
        if (queue.open(queuePath))
            (void)queue.clearDone();
    }

    // After the files: what exists only on the target (planned only with --delete).
    Status after =
        up ? asStatus(onConnection<int>(
                 *c.session,
                 [&plan, root](RemoteFileSystem &fs) -> Result<int> {
                     if (auto st = SyncApply::applyRemote(fs, plan, root, SyncApply::Phase::After); !st)
                         return st.error();
                     return 0;
                 }))
           : SyncApply::applyLocal(plan, localRoot, SyncApply::Phase::After);
    if (!after)
        return fail(ctx, after.error());
    return code;
}

int cmdSync(CliContext &ctx)
{
    Parsed p;
    if (const auto early = parse(ctx, p))
        return *early;
    p.options.serverTimeZoneOffsetMinutes = ctx.connect.serverTimeZoneOffsetMinutes;
    SyncConnection c;
    if (const auto failed = openSyncConnection(ctx, p.url, p.options.direction, c))
        return *failed;

    // The plan (core/sync/SyncPlanning, as the window's Synchronize dialog makes it): the
    // remote tree several listings at once, the local tree, checksums when asked.
    SyncPlanning::Request request;
    request.localRoot = p.localRoot;
    request.remoteRoot = c.root;
    request.options = p.options;
    request.connections = c.listings;
    SyncPlanning planning(*c.session, request);
    {
        QEventLoop loop;
        QObject::connect(&planning, &SyncPlanning::finished, &loop, &QEventLoop::quit);
        planning.start();
        if (!planning.isFinished())
            loop.exec();
    }
    if (planning.error())
        return fail(ctx, *planning.error());
    c.remoteMissing = planning.remoteMissing();
    if (ctx.verbose && !c.remoteMissing)
        ctx.err << Text::tr("ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms\n")
                       .arg(planning.remoteListings())
                       .arg(planning.peakParallel())
                       .arg(planning.remoteListingMs());
    const SyncPlan &plan = planning.plan();
    if (ctx.json) {
        ctx.out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        ctx.out.flush();
    } else if (p.dryRun) {
        for (const SyncAction &a : plan.actions) {
            if (a.changes())
                ctx.out << terminalSafe(SyncPlan::describe(a)) << '\n';
        }
        ctx.out.flush();
    }
    if (p.dryRun) {
        ctx.err << Text::tr("ferry-cli: dry run: %1").arg(syncSummary(plan)) << '\n';
        return ExitOk;
    }
    ctx.err << Text::tr("ferry-cli: sync: %1").arg(syncSummary(plan)) << '\n';
    ctx.err.flush();
    return applySyncPlan(ctx, c, plan, p.localRoot);
}

QString syncSummary(const SyncPlan &plan)
{
    const bool up = plan.options.direction == SyncDirection::Up;
    return (up ? Text::tr("%1 to upload, %2 folder(s) to make, %3 to delete, %4 left alone")
               : Text::tr("%1 to download, %2 folder(s) to make, %3 to delete, %4 left alone"))
        .arg(plan.count(up ? SyncAction::Kind::Upload : SyncAction::Kind::Download))
        .arg(plan.count(SyncAction::Kind::MakeDir))
        .arg(plan.count(SyncAction::Kind::Delete))
        .arg(plan.count(SyncAction::Kind::Skip));
}

} // namespace ferry::cli
