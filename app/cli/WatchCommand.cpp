#include "WatchCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include "Cli.h"
#include "CliContext.h"
#include "CliReport.h"
#include "QueueCommand.h"
#include "SyncCommand.h"
#include "TerminalText.h"
#include "edit/FolderWatch.h"
#include "edit/LocalChangeWatcher.h"
#include "session/SessionManager.h"
#include "sync/TreeListing.h"
#include "util/Platform.h"

namespace ferry::cli {

const char kWatchHelp[] = QT_TRANSLATE_NOOP(
    "ferry::cli::Help",
    "usage: ferry-cli watch [--delete] [--exclude GLOB]... [--settle MS] [--parallel N]\n"
    "                       [--list-connections N] LOCAL URL\n"
    "Syncs LOCAL up to URL, then sends every local change once the file has been quiet for\n"
    "--settle milliseconds (default 1000), until Ctrl-C. --delete also removes on the server\n"
    "what was removed (or renamed away) locally.\n");

using namespace ferry::remote;
using namespace ferry::sync;

namespace {

// This file's messages, translated (context "ferry::cli::WatchCommand").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::WatchCommand)
};

const QStringList kPartialGlobs = {QStringLiteral(".*.ferry-part*"), QStringLiteral("*.filepart")};
constexpr int kDefaultSettleMs = 1000;
constexpr int kFirstRetryMs = 2000;
constexpr int kMaxRetryMs = 60000;

// One watch: the tree as the server was last made to hold it, and the rounds that bring
// the server up to the local tree.
class Watch
{
public:
    Watch(CliContext &ctx, SyncConnection &c, const QString &localRoot, const SyncOptions &options,
          int settleMs)
        : m_ctx(ctx), m_c(c), m_localRoot(localRoot), m_options(options)
    {
        m_watcher.setDebounce(settleMs);
        const SyncExcludes excludes = options.excludes;
        m_watcher.watchTree(localRoot, [excludes](const QString &relative) {
            QString path = relative;
            if (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            return excludes.excludes(path);
        });
        const auto soon = [this] {
            requestRound();
        };
        QObject::connect(&m_watcher, &edit::LocalChangeWatcher::fileChanged, &m_watcher, soon);
        QObject::connect(&m_watcher, &edit::LocalChangeWatcher::fileRemoved, &m_watcher, soon);
        QObject::connect(&m_watcher, &edit::LocalChangeWatcher::folderAdded, &m_watcher, soon);
        QObject::connect(&m_watcher, &edit::LocalChangeWatcher::folderRemoved, &m_watcher, soon);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_watcher, [this] { round(); });
    }

    // The first sync: the server's tree listed and planned against.
    int start()
    {
        auto listed = listRemoteTree(m_ctx, m_c, m_options.excludes);
        if (!listed)
            return fail(m_ctx, listed.error());
        m_known = std::move(*listed);
        round();
        return m_stopped ? ExitPartial : ExitOk;
    }

    void requestRound()
    {
        if (m_running) {
            m_again = true;
            return;
        }
        if (!m_retrying)
            m_timer.start(0);
    }

    void stop() { m_stopped = true; }
    // Quit when a run of the queue was stopped by Ctrl-C (its own handler caught it).
    void setLoop(QEventLoop *loop) { m_loop = loop; }
    bool stopped() const { return m_stopped; }

private:
    void round()
    {
        if (m_stopped)
            return;
        m_running = true;
        m_again = false;
        const bool ok = runRound();
        m_running = false;
        if (m_stopped) {
            if (m_loop)
                m_loop->quit();
            return;
        }
        if (!ok) {
            m_retrying = true;
            m_ctx.err << "ferry-cli: watch: " << Text::tr("trying again in %1 s").arg(m_retryMs / 1000)
                      << '\n';
            m_ctx.err.flush();
            m_timer.start(m_retryMs);
            m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
            return;
        }
        m_retrying = false;
        m_retryMs = kFirstRetryMs;
        if (m_again)
            m_timer.start(0);
    }

    // Plans the local tree (files still changing left as they were) against m_known and
    // carries the plan out; false when it could not be (tried again later).
    bool runRound()
    {
        auto listed = TreeListing::listLocal(m_localRoot, m_options.excludes);
        if (!listed) {
            m_ctx.err << "ferry-cli: watch: " << terminalSafe(listed.error().message()) << '\n';
            return false;
        }
        SyncTree local = std::move(*listed);
        edit::holdBackPending(m_watcher, m_localRoot, m_known, local);
        const SyncPlan plan = SyncPlanner::plan(local, m_known, m_options);
        bool changes = false;
        for (const SyncAction &a : plan.actions) {
            if (a.changes()) {
                changes = true;
                m_ctx.out << terminalSafe(SyncPlan::describe(a)) << '\n';
            }
        }
        m_ctx.out.flush();
        if (!changes) {
            m_known = local;
            return true;
        }
        const int code = applySyncPlan(m_ctx, m_c, plan, m_localRoot);
        if (queueRunInterrupted())
            m_stopped = true;
        if (code != ExitOk)
            return false;
        m_known = local;
        return true;
    }

    CliContext &m_ctx;
    SyncConnection &m_c;
    QString m_localRoot;
    SyncOptions m_options;
    edit::LocalChangeWatcher m_watcher;
    QTimer m_timer;
    SyncTree m_known; // what the server holds, as far as this watch made it so
    bool m_running = false;
    bool m_again = false;
    bool m_retrying = false;
    bool m_stopped = false;
    int m_retryMs = kFirstRetryMs;
    QEventLoop *m_loop = nullptr;
};

} // namespace

int cmdWatch(CliContext &ctx)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("watch takes a local folder and a URL"));
    const QString localRoot = QDir::cleanPath(QFileInfo(ctx.positional.at(0)).absoluteFilePath());
    if (!QFileInfo(localRoot).isDir())
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 is not a folder").arg(localRoot)));
    int settleMs = kDefaultSettleMs;
    if (const QString text = optionValue(ctx, QStringLiteral("--settle")); !text.isEmpty()) {
        bool ok = false;
        settleMs = text.toInt(&ok);
        if (!ok || settleMs < 0 || settleMs > 600000)
            return usageError(ctx, Text::tr("--settle takes milliseconds from 0 to 600000"));
    }
    SyncOptions options;
    options.direction = SyncDirection::Up;
    options.compare = SyncCompare::SizeTime;
    options.deleteExtra = hasFlag(ctx, QStringLiteral("--delete"));
    options.excludes = SyncExcludes(optionValues(ctx, QStringLiteral("--exclude")) + kPartialGlobs);
    options.serverTimeZoneOffsetMinutes = ctx.connect.serverTimeZoneOffsetMinutes;

    SyncConnection c;
    if (const auto failed = openSyncConnection(ctx, ctx.positional.at(1), SyncDirection::Up, c))
        return *failed;

    // Ctrl-C and SIGTERM end the watch; a queue run it starts hears them first (its own
    // watcher nests inside this one) and the watch stops after it (queueRunInterrupted).
    util::InterruptWatcher interrupts;
    if (!interrupts.start())
        return fail(ctx, Error(ErrorKind::Local, Text::tr("cannot catch Ctrl-C")));
    Watch watch(ctx, c, localRoot, options, settleMs);
    QEventLoop loop;
    watch.setLoop(&loop);
    QObject::connect(&interrupts, &util::InterruptWatcher::interrupted, &loop, [&loop, &watch] {
        watch.stop();
        loop.quit();
    });
    ctx.err << "ferry-cli: " << Text::tr("watching %1 (Ctrl-C stops)").arg(terminalSafe(localRoot)) << '\n';
    ctx.err.flush();
    const int first = watch.start();
    if (first != ExitOk && first != ExitPartial)
        return first;
    if (!watch.stopped() && !interrupts.wasInterrupted())
        loop.exec();
    interrupts.stop();
    ctx.err << "ferry-cli: " << Text::tr("watch stopped") << '\n';
    return ExitOk;
}

} // namespace ferry::cli
