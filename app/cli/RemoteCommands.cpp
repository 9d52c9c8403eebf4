#include "RemoteCommands.h"

#include "CliReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <csignal>
#include <memory>
#include <utility>
#include <vector>

#include "Cli.h"
#include "CliContext.h"
#include "CliInteraction.h"
#include "QueueCommand.h"
#include "SyncCommand.h"
#include "TerminalText.h"
#include "archive/Archive.h"
#include "session/FileSystemFactory.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "sync/RemoteTreeLister.h"
#include "sync/TreeRemoval.h"
#include "transfer/FileCopy.h"
#include "transfer/TreeWalker.h"

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::RemoteCommands").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::RemoteCommands)
};
} // namespace

using namespace ferry::remote;

namespace {

// Ctrl-C cancels the running operation cleanly (ABOR, the partial file kept for --resume).
CancelToken g_cancel;

void onInterrupt(int)
{
    g_cancel.cancel();
}

struct Connection
{
    ConnectionSpec spec;
    std::unique_ptr<CliInteraction> interaction;
    std::unique_ptr<RemoteFileSystem> fs;
    RemotePath path; // the URL's path, resolved against the login folder

    ~Connection()
    {
        if (fs)
            fs->disconnect();
    }
};

Result<std::unique_ptr<Connection>> open(CliContext &ctx, const QString &urlOrPath)
{
    auto spec = ctx.target(urlOrPath);
    if (!spec)
        return spec.error();
    // --parallel N is the connections per server for one file too (a segmented FTP
    // download's, a large SFTP file's extra sessions): the site's own limit is already
    // applied to it (resolveSite), else the site's limit alone decides.
    if (hasFlag(ctx, QStringLiteral("--parallel")))
        ctx.connect.maxConnections = ctx.parallel;
    auto conn = std::make_unique<Connection>();
    conn->spec = *spec;
    conn->interaction = std::make_unique<CliInteraction>(ctx.err);
    auto fs = session::createFileSystem(conn->spec, ctx.connect, conn->interaction.get());
    if (!fs)
        return fs.error();
    conn->fs = std::move(*fs);
    conn->fs->setCancelToken(g_cancel);
    {
        // -v: the whole log; otherwise warnings only (a connection that went on in plain
        // text after a refused AUTH TLS).
        QTextStream *err = &ctx.err;
        const bool verbose = ctx.verbose;
        conn->fs->setLogSink([err, verbose](LogKind kind, const QString &text) {
            if (!verbose && kind != LogKind::Warning)
                return;
            if (!verbose) {
                *err << Text::tr("ferry-cli: warning: %1").arg(terminalSafe(text)) << '\n';
                err->flush();
                return;
            }
            const char *tag = kind == LogKind::Command                             ? "> "
                              : kind == LogKind::Reply                             ? "< "
                              : kind == LogKind::Error || kind == LogKind::Warning ? "! "
                                                                                   : "* ";
            *err << tag << terminalSafe(text) << '\n';
            err->flush();
        });
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    if (auto st = conn->fs->connect(); !st)
        return st.error();
    conn->path = conn->spec.resolvedPath(conn->fs->homePath());
    return conn;
}

// A progress bar on standard error, only when it is a terminal, at most 10 times a second.
class Progress
{
public:
    explicit Progress(CliContext &ctx) : m_ctx(ctx), m_enabled(CliInteraction::stderrIsTerminal()) {}
    ~Progress() { end(); }

    void start(const QString &name)
    {
        end();
        m_name = terminalSafe(name);
        m_clock.start();
        m_last = -1000;
        m_startBytes = -1;
        m_active = true;
    }

    void update(qint64 done, qint64 total)
    {
        if (!m_enabled || !m_active)
            return;
        if (m_startBytes < 0)
            m_startBytes = done;
        const qint64 now = m_clock.elapsed();
        if (now - m_last < 100 && done != total)
            return;
        m_last = now;
        const double secs = qMax<qint64>(1, now) / 1000.0;
        const double rate = double(done - m_startBytes) / secs;
        QString line = m_name.right(40).leftJustified(40);
        if (total > 0)
            line += QStringLiteral(" %1%").arg(int(done * 100 / total), 3);
        line += QStringLiteral(" %1 %2/s").arg(humanSize(done), humanSize(qint64(rate)));
        if (total > 0 && rate > 0 && done < total)
            line += QLatin1Char(' ') + Text::tr("ETA %1 s").arg(qint64(double(total - done) / rate));
        m_ctx.err << '\r' << line.leftJustified(79) << Qt::flush;
    }

    void end()
    {
        if (m_enabled && m_active)
            m_ctx.err << '\n' << Qt::flush;
        m_active = false;
    }

    // Something else is written to the terminal (a question): the bar's line ends first,
    // and is drawn again on the next update.
    void interrupt()
    {
        if (m_enabled && m_active && m_last >= 0)
            m_ctx.err << '\n' << Qt::flush;
        m_last = -1000;
    }

private:
    CliContext &m_ctx;
    bool m_enabled;
    bool m_active = false;
    QString m_name;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_startBytes = -1;
};

transfer::CopyOptions copyOptions(const CliContext &ctx)
{
    transfer::CopyOptions o;
    o.resume = ctx.resume;
    return o;
}

// Counts what a recursive command did, for the exit code.
struct Tally
{
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int exitCode() const { return (failed || skipped) ? int(ExitPartial) : int(ExitOk); }
    QString summary() const
    {
        return Text::tr("files copied: %1, failed: %2, skipped: %3").arg(done).arg(failed).arg(skipped);
    }
};

void warn(CliContext &ctx, const QString &text)
{
    ctx.err << Text::tr("ferry-cli: warning: %1").arg(terminalSafe(text)) << '\n';
    ctx.err.flush();
}

// One upload of a tree's (a file's or an archive member's), counted: a failure is warned
// about and the tree goes on, unless it was cancelled or the connection is gone.
template <typename T>
Status countUpload(CliContext &ctx, const RemoteFileSystem &fs, const QString &name, const Result<T> &r,
                   Tally &tally)
{
    if (!r) {
        if (r.error().kind() == ErrorKind::Cancelled || !fs.isConnected())
            return r.error();
        warn(ctx, QStringLiteral("%1: %2").arg(name, r.error().toString()));
        ++tally.failed;
    } else {
        ++tally.done;
    }
    return {};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const DirEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("type"), DirEntry::typeName(e.type));
    o.insert(QStringLiteral("size"), e.size ? QJsonValue(double(*e.size)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("mtime"), orNull(e.mtimeIso()));
    o.insert(QStringLiteral("permissions"), orNull(e.permissions));
    o.insert(QStringLiteral("owner"), orNull(e.owner));
    o.insert(QStringLiteral("group"), orNull(e.group));
    o.insert(QStringLiteral("target"),
             e.type == EntryType::Link ? orNull(e.linkTarget) : QJsonValue(QJsonValue::Null));
    return o;
}

QString lsLine(const DirEntry &e)
{
    // Every field but size and time comes from the server as it chose: escaped.
    QString perms = terminalSafe(e.permissions);
    if (perms.isEmpty())
        perms = QStringLiteral("?");
    const QChar typeChar = e.type == EntryType::Dir    ? QLatin1Char('d')
                           : e.type == EntryType::Link ? QLatin1Char('l')
                                                       : QLatin1Char('-');
    if (perms.size() == 9)
        perms.prepend(typeChar);
    QString when =
        e.mtime.isValid() ? e.mtime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
    QString line = QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(perms, -11)
                       .arg(e.owner.isEmpty() ? QStringLiteral("-") : terminalSafe(e.owner), -8)
                       .arg(e.group.isEmpty() ? QStringLiteral("-") : terminalSafe(e.group), -8)
                       .arg(e.size ? QString::number(*e.size) : QStringLiteral("-"), 14)
                       .arg(when, -16)
                       .arg(terminalSafe(e.name));
    if (e.type == EntryType::Link && !e.linkTarget.isEmpty())
        line += QStringLiteral(" -> ") + terminalSafe(e.linkTarget);
    return line;
}

// What the walk left out, reported as the CLI always has: a warning, and counted as
// skipped unless it was a link to a folder (never followed, a note only).
void reportLeftOut(CliContext &ctx, const transfer::WalkEntry &entry, const QString &where,
                   const QString &shown, Tally &tally)
{
    using Why = transfer::WalkEntry::Why;
    switch (entry.why) {
    case Why::UnsafeName:
        warn(ctx, Text::tr("skipped '%1' in %2: %3").arg(entry.name, where, entry.reason));
        break;
    case Why::LinkToFolder:
        warn(ctx, QStringLiteral("%1: %2").arg(shown, entry.reason));
        return; // not counted: a link to a folder is never followed, by design
    case Why::LinkOutside:
        warn(ctx, Text::tr("skipped %1: %2 (--follow-links follows it)").arg(shown, entry.reason));
        break;
    case Why::LinkNowhere:
        warn(ctx, Text::tr("skipped the link %1: %2").arg(shown, entry.reason));
        break;
    default:
        warn(ctx, Text::tr("skipped %1: %2").arg(shown, entry.reason));
        break;
    }
    ++tally.skipped;
}

// get -r: the remote tree listed ahead over --list-connections connections of a session
// of its own (sync's RemoteTreeLister, several folders at once), its listings kept for
// the walk; nothing when one connection lists (the walk lists as it goes). A listing that
// fails here is listed again by the walk, which reports it as before; a server that lets
// no second connection in (a limit of one per address) is walked as before, with a line.
std::optional<int> listTreeAhead(CliContext &ctx, const QString &url, SyncConnection &c,
                                 std::unique_ptr<sync::RemoteTreeLister> &lister)
{
    if (optionValue(ctx, QStringLiteral("--list-connections")) == QLatin1String("1"))
        return std::nullopt; // no session of its own for one connection
    std::optional<remote::Error> refused;
    if (auto code = openSyncConnection(ctx, url, sync::SyncDirection::Down, c, &refused)) {
        if (!refused || refused->kind() == remote::ErrorKind::Cancelled)
            return refused ? fail(ctx, *refused) : code;
        ctx.err << Text::tr("ferry-cli: warning: no second connection for listing ahead (%1); "
                            "listing each folder as the download reaches it\n")
                       .arg(terminalSafe(refused->message()));
        c = SyncConnection();
        return std::nullopt;
    }
    if (c.listings <= 1)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    lister = std::make_unique<sync::RemoteTreeLister>(*c.session, c.root, sync::SyncExcludes(), c.listings);
    lister->setKeepListings(true);
    QEventLoop loop;
    QObject::connect(lister.get(), &sync::RemoteTreeLister::finished, &loop, &QEventLoop::quit);
    lister->start();
    if (!lister->isFinished())
        loop.exec();
    if (ctx.verbose)
        ctx.err << Text::tr("ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms\n")
                       .arg(lister->listings())
                       .arg(lister->peakParallel())
                       .arg(clock.elapsed());
    return std::nullopt;
}

Status downloadTree(CliContext &ctx, RemoteFileSystem &fs, const RemotePath &remoteRoot,
                    const QString &localRoot, Progress &progress, Tally &tally,
                    sync::RemoteTreeLister *listedAhead = nullptr)
{
    const auto localOf = [&localRoot](const QString &relative) {
        return relative.isEmpty() ? localRoot : localRoot + QLatin1Char('/') + relative;
    };
    transfer::WalkOptions options;
    options.followLinks = ctx.followLinks;
    options.cancel = g_cancel;
    options.enterFolder = [&localOf](const transfer::WalkFolder &folder) -> Status {
        const QString local = localOf(folder.relativePath);
        if (!QDir().mkpath(local))
            return Error(ErrorKind::Local, Text::tr("cannot create the folder %1").arg(local));
        return {};
    };
    if (listedAhead)
        options.listFolder = [listedAhead, &fs](const RemotePath &folder) -> Result<Listing> {
            if (std::optional<Listing> kept = listedAhead->takeListing(folder))
                return std::move(*kept);
            return fs.list(folder);
        };
    auto walker = transfer::TreeWalker::overRemote(fs, remoteRoot, options);
    transfer::WalkBatch batch;
    while (walker.next(batch)) {
        if (batch.error) {
            warn(ctx, batch.error->toString());
            ++tally.failed;
            continue;
        }
        for (const transfer::WalkEntry &entry : std::as_const(batch.entries)) {
            if (entry.kind == transfer::WalkEntry::Kind::Skipped ||
                entry.kind == transfer::WalkEntry::Kind::NotFollowed) {
                reportLeftOut(ctx, entry, batch.folder.remotePath.toString(),
                              entry.why == transfer::WalkEntry::Why::UnsafeName ? entry.name
                                                                                : entry.remotePath.toString(),
                              tally);
                continue;
            }
            if (entry.kind != transfer::WalkEntry::Kind::File)
                continue; // a folder: the walk enters it (making it here) in its turn
            const QString local = localOf(entry.relativePath);
            progress.start(entry.remotePath.toString());
            transfer::CopyOptions copy = copyOptions(ctx);
            // Partial files are named so that none lands on a file of this listing.
            copy.partPath = transfer::partialPathAvoiding(local, *batch.folderNames);
            auto r = transfer::downloadFile(
                fs, entry.remotePath, local, copy, [&progress](qint64 d, qint64 t) { progress.update(d, t); },
                &entry.info);
            progress.end();
            if (!r) {
                if (r.error().kind() == ErrorKind::Cancelled)
                    return r.error();
                warn(ctx, QStringLiteral("%1: %2").arg(entry.remotePath.toString(), r.error().toString()));
                ++tally.failed;
                if (!fs.isConnected())
                    return r.error();
            } else {
                ++tally.done;
            }
        }
    }
    if (walker.error())
        return *walker.error();
    return {};
}

// Sends `files` (then empties it): all at once where the engine pipelines many files
// (SFTP), else one by one.
Status uploadFiles(CliContext &ctx, RemoteFileSystem &fs, QList<RemoteFileSystem::UploadItem> &files,
                   const QString &shown, Progress &progress, Tally &tally)
{
    const QList<RemoteFileSystem::UploadItem> batch = std::exchange(files, {});
    if (batch.isEmpty())
        return {};
    if (fs.uploadsManyAtOnce() && !ctx.resume) {
        progress.start(shown);
        const Status st =
            fs.uploadFiles(batch, true, [&progress](qint64 d, qint64 t) { progress.update(d, t); });
        progress.end();
        if (st) {
            tally.done += int(batch.size());
            return {};
        }
        if (st.error().kind() == ErrorKind::Cancelled || !fs.isConnected())
            return st;
        warn(ctx, Text::tr("%1; sending the files one by one").arg(st.error().toString()));
    }
    for (const auto &item : batch) {
        progress.start(item.localPath);
        auto r = transfer::uploadFile(fs, item.localPath, item.remotePath, copyOptions(ctx),
                                      [&progress](qint64 d, qint64 t) { progress.update(d, t); });
        progress.end();
        if (auto st = countUpload(ctx, fs, item.localPath, r, tally); !st)
            return st;
    }
    return {};
}

Status uploadTree(CliContext &ctx, RemoteFileSystem &fs, const QString &localRoot,
                  const RemotePath &remoteRoot, Progress &progress, Tally &tally)
{
    // The walk makes each folder on the server as it enters it; the files gathered meanwhile
    // (their folders made already) go up in groups of up to kGroup, all at once where the
    // protocol can pipeline them (SFTP).
    constexpr qsizetype kGroup = 1000;
    const auto remoteOf = [&remoteRoot](const QString &relative) {
        return relative.isEmpty() ? remoteRoot : remoteRoot.resolved(relative);
    };
    transfer::WalkOptions options;
    options.followLinks = ctx.followLinks;
    options.cancel = g_cancel;
    options.batchSize = int(kGroup);
    options.enterFolder = [&fs, &remoteOf](const transfer::WalkFolder &folder) -> Status {
        if (auto st = fs.makeDir(remoteOf(folder.relativePath));
            !st && st.error().kind() != ErrorKind::Exists)
            return st;
        return {};
    };
    auto walker = transfer::TreeWalker::overLocal(localRoot, options);
    transfer::WalkBatch batch;
    QList<RemoteFileSystem::UploadItem> files;
    while (walker.next(batch)) {
        if (batch.error) {
            warn(ctx, batch.error->toString());
            ++tally.failed;
            continue;
        }
        for (const transfer::WalkEntry &entry : std::as_const(batch.entries)) {
            if (entry.kind == transfer::WalkEntry::Kind::Skipped ||
                entry.kind == transfer::WalkEntry::Kind::NotFollowed) {
                if (entry.why == transfer::WalkEntry::Why::UnsafeName) {
                    warn(ctx, Text::tr("skipped %1: %2").arg(entry.localPath, entry.reason));
                    ++tally.skipped;
                } else {
                    reportLeftOut(ctx, entry, batch.folder.localPath, entry.localPath, tally);
                }
                continue;
            }
            if (entry.kind == transfer::WalkEntry::Kind::File)
                files.append({entry.localPath, remoteOf(entry.relativePath)});
        }
        if (files.size() >= kGroup) {
            if (auto st = uploadFiles(ctx, fs, files, localRoot, progress, tally); !st)
                return st;
        }
    }
    if (walker.error())
        return *walker.error();
    return uploadFiles(ctx, fs, files, localRoot, progress, tally);
}

Status removeTree(RemoteFileSystem &fs, const RemotePath &root)
{
    auto listing = fs.list(root);
    if (!listing)
        return listing.error();
    if (!listing->skippedNames.isEmpty())
        return Error(ErrorKind::Protocol,
                     Text::tr("%1 holds entries with unsafe names (%2); not removing it")
                         .arg(root.toString(), listing->skippedNames.join(QStringLiteral(", "))));
    for (const DirEntry &e : std::as_const(listing->entries)) {
        const RemotePath child = root.child(e.name);
        const Status st = e.type == EntryType::Dir ? removeTree(fs, child) : fs.removeFile(child);
        if (!st)
            return st;
    }
    return fs.removeDir(root);
}

// An encrypted member's password, asked on the terminal without echo (declined when
// standard input is no terminal); a wrong one is asked again, three times at most.
archive::PasswordAsker terminalPasswordAsker(CliContext &ctx, const QString &archiveName,
                                             Progress *progress = nullptr)
{
    return
        [&ctx, archiveName, progress](const QString &member, const QString &error) -> std::optional<QString> {
            if (progress)
                progress->interrupt();
            CliInteraction interaction(ctx.err);
            SecretPrompt prompt;
            prompt.title = error.isEmpty() ? QCoreApplication::translate("ferry::cli::RemoteCommands",
                                                                         "%1 is encrypted (in %2).")
                                                 .arg(member, archiveName)
                                           : error;
            prompt.prompt =
                QCoreApplication::translate("ferry::cli::RemoteCommands", "Password for %1:").arg(member);
            QString answer;
            if (!interaction.askSecret(prompt, &answer))
                return std::nullopt;
            return answer;
        };
}

// A member of an archive as an upload source, opened at an offset: decompressed on the
// reader's own thread while the bytes before go out, and sent from the buffer it was
// decompressed into.
transfer::StreamSource memberSource(const QString &archivePath, const archive::ArchiveEntry &entry,
                                    const archive::PasswordAsker &password)
{
    transfer::StreamSource source;
    source.name = archive::joinMemberPath(archivePath, entry.path);
    source.size = entry.size;
    source.mtime = entry.mtime;
    source.open = [archivePath, member = entry.path,
                   password](qint64 offset) -> Result<transfer::StreamSource::Reader> {
        auto reader = archive::openMember(archivePath, member, offset, g_cancel, true, password);
        if (!reader)
            return reader.error();
        std::shared_ptr<archive::MemberReader> shared(std::move(reader.value()));
        return transfer::StreamSource::Reader(
            [shared](char *data, qint64 size) { return shared->read(data, size); },
            [shared](qint64 size) { return shared->borrow(size); });
    };
    return source;
}

// put -r ARCHIVE!/folder: one pass over the archive, each file member sent while it is
// decompressed (one decompression for the whole folder, not one per file); folders made
// as the members name them.
Status uploadArchiveTree(CliContext &ctx, RemoteFileSystem &fs, const archive::MemberPath &source,
                         const RemotePath &remoteRoot, Progress &progress, Tally &tally)
{
    if (auto st = fs.makeDir(remoteRoot); !st && st.error().kind() != ErrorKind::Exists)
        return st;
    const QString prefix = source.member.isEmpty() ? QString() : source.member + QLatin1Char('/');
    QSet<QString> made;
    const auto ensureFolder = [&fs, &made, &remoteRoot](const QString &relative) -> Status {
        QString sofar;
        for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            sofar = sofar.isEmpty() ? part : sofar + QLatin1Char('/') + part;
            if (made.contains(sofar))
                continue;
            if (auto st = fs.makeDir(remoteRoot.resolved(sofar));
                !st && st.error().kind() != ErrorKind::Exists)
                return st;
            made.insert(sofar);
        }
        return {};
    };
    const auto wanted = [&prefix](const archive::ArchiveEntry &entry) {
        return prefix.isEmpty() || entry.path.startsWith(prefix) || !entry.safe;
    };
    const auto visit = [&](const archive::ArchiveEntry &entry, archive::MemberReader *data) -> Status {
        if (!entry.safe) {
            warn(ctx, Text::tr("skipped %1: not a safe path").arg(entry.path));
            ++tally.skipped;
            return {};
        }
        const QString relative = entry.path.mid(prefix.size());
        if (relative.isEmpty())
            return {};
        const QStringList parts = relative.split(QLatin1Char('/'));
        for (const QString &part : parts) {
            if (!RemotePath::isSafeName(part)) {
                warn(ctx, Text::tr("skipped %1: not a safe file name").arg(entry.path));
                ++tally.skipped;
                return {};
            }
        }
        if (entry.type == archive::EntryType::Folder)
            return ensureFolder(relative);
        if (entry.type != archive::EntryType::File || !data) {
            warn(ctx, Text::tr("skipped %1: a link or special file inside an archive is not uploaded")
                          .arg(entry.path));
            ++tally.skipped;
            return {};
        }
        if (parts.size() > 1) {
            if (auto st = ensureFolder(QStringList(parts.mid(0, parts.size() - 1)).join(QLatin1Char('/')));
                !st)
                return st;
        }
        transfer::StreamSource member;
        member.name = archive::joinMemberPath(source.archive, entry.path);
        member.size = entry.size;
        member.mtime = entry.mtime;
        member.open = [data](qint64 offset) -> Result<transfer::StreamSource::Reader> {
            std::vector<char> scratch(256 * 1024);
            for (qint64 left = offset; left > 0;) { // --resume: the bytes there already
                auto got = data->read(scratch.data(), std::min<qint64>(left, qint64(scratch.size())));
                if (!got)
                    return got.error();
                if (*got == 0)
                    break;
                left -= *got;
            }
            return transfer::StreamSource::Reader(
                [data](char *out, qint64 size) { return data->read(out, size); });
        };
        progress.start(member.name);
        auto r = transfer::uploadStream(fs, member, remoteRoot.resolved(relative), copyOptions(ctx),
                                        [&progress](qint64 d, qint64 t) { progress.update(d, t); });
        progress.end();
        return countUpload(ctx, fs, member.name, r, tally);
    };
    return archive::forEachMember(
        source.archive, wanted, visit, g_cancel,
        terminalPasswordAsker(ctx, QFileInfo(source.archive).fileName(), &progress));
}

// put ARCHIVE!/member URL: the member streamed from the archive, never extracted.
int putFromArchive(CliContext &ctx, const archive::MemberPath &source)
{
    auto entry = archive::findMember(source.archive, source.member, g_cancel);
    if (!entry)
        return fail(ctx, entry.error());
    const bool folder = entry->isFolder();
    if (folder && !ctx.recursive)
        return fail(
            ctx, Error(ErrorKind::Local, Text::tr("%1 is a folder: use -r")
                                             .arg(archive::joinMemberPath(source.archive, source.member))));
    if (!folder && entry->type != archive::EntryType::File)
        return fail(
            ctx, Error(ErrorKind::Local, Text::tr("%1 is not a file in the archive")
                                             .arg(archive::joinMemberPath(source.archive, source.member))));
    // The archive's top level goes up under the archive's name without its ending.
    const QString name = source.member.isEmpty()
                             ? archive::withoutArchiveSuffix(QFileInfo(source.archive).fileName())
                             : entry->name();
    if (!RemotePath::isSafeName(name))
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 has no usable file name").arg(name)));
    auto conn = open(ctx, ctx.positional.at(1));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    RemotePath remote = (*conn)->path;
    bool intoFolder = (*conn)->spec.trailingSlash || remote.isRoot();
    if (!intoFolder) {
        auto existing = fs.stat(remote);
        intoFolder = existing && existing->isDir();
    }
    if (intoFolder)
        remote = remote.child(name);
    Progress progress(ctx);
    if (folder) {
        Tally tally;
        if (auto st = uploadArchiveTree(ctx, fs, source, remote, progress, tally); !st)
            return fail(ctx, st.error());
        if (tally.exitCode() != ExitOk)
            ctx.err << "ferry-cli: " << tally.summary() << '\n';
        return tally.exitCode();
    }
    const transfer::StreamSource member = memberSource(
        source.archive, *entry, terminalPasswordAsker(ctx, QFileInfo(source.archive).fileName(), &progress));
    progress.start(member.name);
    auto r = transfer::uploadStream(fs, member, remote, copyOptions(ctx),
                                    [&progress](qint64 d, qint64 t) { progress.update(d, t); });
    progress.end();
    if (!r)
        return fail(ctx, r.error());
    return ExitOk;
}

// get --extract URL FOLDER: the archive downloaded beside its target (".NAME.ferry-download",
// resumable with --resume), extracted into FOLDER, then removed.
int getAndExtract(CliContext &ctx)
{
    const QString folder = QFileInfo(ctx.positional.at(1)).absoluteFilePath();
    auto conn = open(ctx, ctx.positional.at(0));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    const RemotePath remote = (*conn)->path;
    auto entry = fs.stat(remote);
    if (!entry)
        return fail(ctx, entry.error());
    if (entry->isDir())
        return fail(
            ctx, Error(ErrorKind::Local, Text::tr("%1 is a folder, not an archive").arg(remote.toString())));
    if (!QDir().mkpath(folder))
        return fail(ctx, Error(ErrorKind::Local, Text::tr("cannot create the folder %1").arg(folder)));
    const QString download =
        QDir(folder).filePath(QLatin1Char('.') + remote.name() + QStringLiteral(".ferry-download"));
    Progress progress(ctx);
    progress.start(remote.name());
    auto got = transfer::downloadFile(
        fs, remote, download, copyOptions(ctx), [&progress](qint64 d, qint64 t) { progress.update(d, t); },
        &*entry);
    progress.end();
    if (!got)
        return fail(ctx, got.error());
    conn->reset(); // the connection is not needed while extracting
    archive::ExtractOptions options;
    options.cancel = g_cancel;
    // An encrypted member: its password asked on the terminal, without echo.
    options.password = terminalPasswordAsker(ctx, remote.name(), &progress);
    options.progress = [&progress](qint64 d, qint64 t) {
        progress.update(d, t);
    };
    progress.start(Text::tr("extracting %1").arg(remote.name()));
    auto extracted = archive::extractArchive(download, folder, options);
    progress.end();
    if (!extracted) {
        ctx.err << "ferry-cli: "
                << Text::tr("the downloaded archive is kept as %1").arg(terminalSafe(download)) << '\n';
        return fail(ctx, extracted.error());
    }
    QFile::remove(download);
    for (const archive::SkippedMember &skipped : std::as_const(extracted->skipped))
        warn(ctx, Text::tr("skipped %1: %2").arg(skipped.path, skipped.reason));
    if (ctx.verbose || !extracted->skipped.isEmpty())
        ctx.err << "ferry-cli: "
                << Text::tr("extracted: %1 files, %2 folders, %3 links; skipped: %4")
                       .arg(extracted->files)
                       .arg(extracted->folders)
                       .arg(extracted->links)
                       .arg(extracted->skipped.size())
                << '\n';
    return extracted->skipped.isEmpty() ? int(ExitOk) : int(ExitPartial);
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.kind()) {
    case ErrorKind::Auth:
        return ExitAuthFailed;
    case ErrorKind::HostKey:
    case ErrorKind::Tls:
        return ExitTrustRefused;
    default:
        return ExitError;
    }
}

int cmdLs(CliContext &ctx)
{
    if (ctx.positional.size() != 1 && !(ctx.positional.isEmpty() && !ctx.site.isEmpty()))
        return usageError(ctx, Text::tr("ls takes one URL"));
    auto conn = open(ctx, ctx.positional.value(0));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    const RemotePath path = (*conn)->path;
    QList<DirEntry> entries;
    auto listing = fs.list(path);
    if (listing) {
        entries = listing->entries;
        for (const QString &bad : std::as_const(listing->skippedNames))
            warn(ctx, Text::tr("skipped '%1': not a safe file name").arg(bad));
    } else if (listing.error().kind() == ErrorKind::NotFound) {
        auto entry = fs.stat(path); // a file, listed on its own
        if (!entry || entry->isDir())
            return fail(ctx, listing.error());
        entries.append(*entry);
    } else {
        return fail(ctx, listing.error());
    }
    if (ctx.json) {
        QJsonArray array;
        for (const DirEntry &e : std::as_const(entries))
            array.append(toJson(e));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const DirEntry &e : std::as_const(entries))
            ctx.out << lsLine(e) << '\n';
    }
    return ExitOk;
}

int cmdGet(CliContext &ctx)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("get takes a URL and a local path"));
    if (hasFlag(ctx, QStringLiteral("--extract")))
        return getAndExtract(ctx);
    const QString localArg = ctx.positional.at(1);
    // One file, likely (without -r): on a long link FTP logs its extra connections for a
    // segmented download in together with the first (called off if the file is small).
    if (!ctx.recursive)
        ctx.connect.likelyDownloadBytes = -1;
    auto conn = open(ctx, ctx.positional.at(0));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    const RemotePath remote = (*conn)->path;
    auto entry = fs.stat(remote);
    if (!entry)
        return fail(ctx, entry.error());
    Progress progress(ctx);
    const QFileInfo localInfo(localArg);
    if (entry->isDir()) {
        if (!ctx.recursive)
            return fail(ctx,
                        Error(ErrorKind::Local, Text::tr("%1 is a folder: use -r").arg(remote.toString())));
        const QString root = (localInfo.isDir() && !remote.isRoot())
                                 ? localInfo.filePath() + QLatin1Char('/') + remote.name()
                                 : localInfo.filePath();
        if (ctx.parallel > 1) {
            // Several connections: the scheduler the queue uses, with a queue kept in memory.
            const ConnectionSpec spec = (*conn)->spec;
            conn->reset();
            return runParallelTree(ctx, transfer::Direction::Download, spec, remote.toString(), root);
        }
        // The tree listed ahead, several folders at once (--list-connections).
        SyncConnection listing;
        std::unique_ptr<sync::RemoteTreeLister> lister;
        if (auto code = listTreeAhead(ctx, ctx.positional.at(0), listing, lister))
            return *code;
        Tally tally;
        if (auto st = downloadTree(ctx, fs, remote, root, progress, tally, lister.get()); !st)
            return fail(ctx, st.error());
        if (tally.exitCode() != ExitOk)
            ctx.err << "ferry-cli: " << tally.summary() << '\n';
        return tally.exitCode();
    }
    const QString local =
        localInfo.isDir() ? localInfo.filePath() + QLatin1Char('/') + remote.name() : localInfo.filePath();
    progress.start(remote.name());
    auto r = transfer::downloadFile(
        fs, remote, local, copyOptions(ctx), [&progress](qint64 d, qint64 t) { progress.update(d, t); },
        &*entry);
    progress.end();
    if (!r)
        return fail(ctx, r.error());
    return ExitOk;
}

int cmdPut(CliContext &ctx)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("put takes a local path and a URL"));
    // ARCHIVE!/member: from inside an archive (a real file named so is taken as itself).
    if (!QFileInfo::exists(ctx.positional.at(0))) {
        if (auto member = archive::splitMemberPath(ctx.positional.at(0)))
            return putFromArchive(ctx, *member);
    }
    const QFileInfo local(ctx.positional.at(0));
    if (!local.exists())
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 does not exist").arg(local.filePath())));
    if (local.isDir() && !ctx.recursive)
        return fail(ctx, Error(ErrorKind::Local, Text::tr("%1 is a folder: use -r").arg(local.filePath())));
    if (!RemotePath::isSafeName(local.fileName()))
        return fail(ctx,
                    Error(ErrorKind::Local, Text::tr("%1 has no usable file name").arg(local.filePath())));
    auto conn = open(ctx, ctx.positional.at(1));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    RemotePath remote = (*conn)->path;
    // Into an existing folder (or one the URL marks with a trailing '/'), under the local name.
    bool intoFolder = (*conn)->spec.trailingSlash || remote.isRoot();
    if (!intoFolder) {
        auto existing = fs.stat(remote);
        intoFolder = existing && existing->isDir();
    }
    if (intoFolder)
        remote = remote.child(local.fileName());
    Progress progress(ctx);
    if (local.isDir() && ctx.parallel > 1) {
        const ConnectionSpec spec = (*conn)->spec;
        conn->reset();
        return runParallelTree(ctx, transfer::Direction::Upload, spec, remote.toString(), local.filePath());
    }
    if (local.isDir()) {
        Tally tally;
        if (auto st = uploadTree(ctx, fs, local.filePath(), remote, progress, tally); !st)
            return fail(ctx, st.error());
        if (tally.exitCode() != ExitOk)
            ctx.err << "ferry-cli: " << tally.summary() << '\n';
        return tally.exitCode();
    }
    progress.start(local.fileName());
    transfer::CopyOptions options = copyOptions(ctx);
    options.uploadSegmentsPath =
        transfer::uploadRecordPath((*conn)->spec.toUrl(), remote.toString(), local.absoluteFilePath());
    auto r = transfer::uploadFile(fs, local.filePath(), remote, options,
                                  [&progress](qint64 d, qint64 t) { progress.update(d, t); });
    progress.end();
    if (!r)
        return fail(ctx, r.error());
    return ExitOk;
}

int cmdMkdir(CliContext &ctx)
{
    if (ctx.positional.size() != 1)
        return usageError(ctx, Text::tr("mkdir takes one URL"));
    auto conn = open(ctx, ctx.positional.at(0));
    if (!conn)
        return fail(ctx, conn.error());
    if (auto st = (*conn)->fs->makeDir((*conn)->path); !st)
        return fail(ctx, st.error());
    return ExitOk;
}

int cmdRm(CliContext &ctx)
{
    if (ctx.positional.size() != 1)
        return usageError(ctx, Text::tr("rm takes one URL"));
    auto conn = open(ctx, ctx.positional.at(0));
    if (!conn)
        return fail(ctx, conn.error());
    RemoteFileSystem &fs = *(*conn)->fs;
    const RemotePath path = (*conn)->path;
    if (path == fs.homePath() || path.isRoot())
        return fail(ctx,
                    Error(ErrorKind::Local,
                          Text::tr("refusing to remove %1, the login or root folder").arg(path.toString())));
    auto entry = fs.stat(path);
    if (!entry)
        return fail(ctx, entry.error());
    Status st;
    if (entry->type == EntryType::Dir) {
        if (!ctx.recursive)
            return fail(ctx,
                        Error(ErrorKind::Local, Text::tr("%1 is a folder: use -r").arg(path.toString())));
        // The tree listed ahead and deleted over several connections (sync::TreeRemoval),
        // unless --list-connections 1 or the server lets in no second connection.
        if (optionValue(ctx, QStringLiteral("--list-connections")) != QLatin1String("1")) {
            SyncConnection c;
            std::optional<remote::Error> refused;
            if (auto code =
                    openSyncConnection(ctx, ctx.positional.at(0), sync::SyncDirection::Down, c, &refused)) {
                if (!refused || refused->kind() == ErrorKind::Cancelled)
                    return refused ? fail(ctx, *refused) : *code;
            } else if (c.listings > 1) {
                QElapsedTimer clock;
                clock.start();
                sync::TreeRemoval removal(*c.session, {{c.root, true}}, c.listings);
                QEventLoop loop;
                QObject::connect(&removal, &sync::TreeRemoval::finished, &loop, &QEventLoop::quit);
                removal.start();
                if (!removal.isFinished())
                    loop.exec();
                if (ctx.verbose)
                    ctx.err << Text::tr("ferry-cli: listed %1 remote folders, up to %2 at once; removed %3 "
                                        "files and folders over up to %4 connections in %5 ms\n")
                                   .arg(removal.foldersListed())
                                   .arg(removal.peakListing())
                                   .arg(removal.removed())
                                   .arg(removal.peakDeleting())
                                   .arg(clock.elapsed());
                if (removal.error())
                    return fail(ctx, *removal.error());
                return ExitOk;
            }
        }
        st = removeTree(fs, path);
    } else {
        st = fs.removeFile(path);
    }
    return st ? int(ExitOk) : fail(ctx, st.error());
}

int cmdMv(CliContext &ctx)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("mv takes a URL and a new path"));
    auto conn = open(ctx, ctx.positional.at(0));
    if (!conn)
        return fail(ctx, conn.error());
    const RemotePath from = (*conn)->path;
    const QString dest = ctx.positional.at(1);
    RemotePath to;
    if (dest.contains(QLatin1String("://"))) {
        auto destSpec = ConnectionSpec::fromUrl(dest);
        if (!destSpec)
            return fail(ctx, destSpec.error());
        to = destSpec->resolvedPath((*conn)->fs->homePath());
    } else {
        // A plain path: absolute, or relative to the folder the source is in.
        to = from.parent().resolved(dest);
    }
    if (auto st = (*conn)->fs->rename(from, to); !st)
        return fail(ctx, st.error());
    return ExitOk;
}

int cmdChmod(CliContext &ctx)
{
    if (ctx.positional.size() != 2)
        return usageError(ctx, Text::tr("chmod takes an octal MODE and a URL"));
    bool ok = false;
    const uint mode = ctx.positional.at(0).toUInt(&ok, 8);
    if (!ok || mode > 07777)
        return usageError(ctx, Text::tr("MODE must be octal, like 644 or 0755"));
    auto conn = open(ctx, ctx.positional.at(1));
    if (!conn)
        return fail(ctx, conn.error());
    if (auto st = (*conn)->fs->chmod((*conn)->path, mode); !st)
        return fail(ctx, st.error());
    return ExitOk;
}

} // namespace ferry::cli
