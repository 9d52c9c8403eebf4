#include "SyncPlanner.h"

#include <QJsonArray>

#include <QSet>
#include <algorithm>

#include "remote/RemotePath.h"

namespace ferry::sync {

using remote::MtimePrecision;

namespace {

qint64 granularityMs(MtimePrecision p)
{
    switch (p) {
    case MtimePrecision::Day:
        return 24LL * 3600 * 1000;
    case MtimePrecision::Minute:
        return 60LL * 1000;
    case MtimePrecision::Second:
        return 1000;
    case MtimePrecision::Millisecond:
    case MtimePrecision::None:
        break;
    }
    return 1;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The entry's time in milliseconds since the epoch (UTC).
qint64 utcMs(const SyncEntry &e, int offsetMinutes)
{
    if (e.mtimeUtc)
        return e.mtime.toMSecsSinceEpoch();
    // The server's wall-clock as printed, whatever zone the parser tagged it with.
    return QDateTime(e.mtime.date(), e.mtime.time(), Qt::OffsetFromUTC, offsetMinutes * 60)
        .toMSecsSinceEpoch();
}

bool under(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) &&
           path.at(folder.size()) == QLatin1Char('/');
}

} // namespace

QString SyncAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Upload:
        return QStringLiteral("upload");
    case Kind::Download:
        return QStringLiteral("download");
    case Kind::MakeDir:
        return QStringLiteral("mkdir");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QString SyncAction::reasonName(Reason why)
{
    switch (why) {
    case Reason::OnlySource:
        return QStringLiteral("only-source");
    case Reason::SizeDiffers:
        return QStringLiteral("size differs");
    case Reason::Newer:
        return QStringLiteral("newer");
    case Reason::ChecksumDiffers:
        return QStringLiteral("checksum differs");
    case Reason::TypeDiffers:
        return QStringLiteral("type differs");
    case Reason::OnlyTarget:
        return QStringLiteral("only-target");
    case Reason::Identical:
        return QStringLiteral("identical");
    case Reason::TargetNewer:
        return QStringLiteral("target newer");
    case Reason::NotAFile:
        break;
    }
    return QStringLiteral("not a file or folder");
}

int SyncPlan::count(SyncAction::Kind kind) const
{
    int n = 0;
    for (const SyncAction &a : actions)
        n += a.kind == kind ? 1 : 0;
    return n;
}

QString SyncPlan::describe(const SyncAction &action)
{
    QString path = action.relativePath;
    if (action.isDir)
        path += QLatin1Char('/');
    return QStringLiteral("%1 %2 (%3)")
        .arg(SyncAction::kindName(action.kind), path, SyncAction::reasonName(action.reason));
}

QJsonObject SyncPlan::toJson() const
{
    QJsonArray list;
    for (const SyncAction &a : actions) {
        QJsonObject o;
        o.insert(QStringLiteral("action"), SyncAction::kindName(a.kind));
        o.insert(QStringLiteral("path"), a.relativePath);
        o.insert(QStringLiteral("reason"), SyncAction::reasonName(a.reason));
        o.insert(QStringLiteral("folder"), a.isDir);
        if (a.size >= 0)
            o.insert(QStringLiteral("size"), double(a.size));
        list.append(o);
    }
    QJsonObject summary;
    for (const auto kind : {SyncAction::Kind::Upload, SyncAction::Kind::Download, SyncAction::Kind::MakeDir,
                            SyncAction::Kind::Delete, SyncAction::Kind::Skip})
        summary.insert(SyncAction::kindName(kind), count(kind));
    QJsonObject o;
    o.insert(QStringLiteral("direction"),
             options.direction == SyncDirection::Up ? QStringLiteral("up") : QStringLiteral("down"));
    o.insert(QStringLiteral("compare"), options.compare == SyncCompare::SizeTime
                                            ? QStringLiteral("size,time")
                                            : QStringLiteral("checksum"));
    o.insert(QStringLiteral("delete"), options.deleteExtra);
    o.insert(QStringLiteral("actions"), list);
    o.insert(QStringLiteral("summary"), summary);
    return o;
}

bool SyncPlanner::isSafeRelativePath(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return false;
    for (const QString &segment : relativePath.split(QLatin1Char('/'))) {
        if (!remote::RemotePath::isSafeName(segment))
            return false;
    }
    return true;
}

int SyncPlanner::compareTimes(const SyncEntry &a, const SyncEntry &b, int serverOffsetMinutes)
{
    if (!a.mtime.isValid() || !b.mtime.isValid() || a.precision == MtimePrecision::None ||
        b.precision == MtimePrecision::None)
        return 2;
    const qint64 g = qMax(granularityMs(a.precision), granularityMs(b.precision));
    // Days are the server's days: cut in its wall-clock frame.
    const qint64 shift = g >= 24LL * 3600 * 1000 ? qint64(serverOffsetMinutes) * 60 * 1000 : 0;
    const qint64 ka = floorDiv(utcMs(a, serverOffsetMinutes) + shift, g);
    const qint64 kb = floorDiv(utcMs(b, serverOffsetMinutes) + shift, g);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

SyncPlan SyncPlanner::plan(const SyncTree &source, const SyncTree &target, const SyncOptions &options)
{
    using Kind = SyncAction::Kind;
    using Reason = SyncAction::Reason;
    SyncPlan plan;
    plan.options = options;
    const Kind transfer = options.direction == SyncDirection::Up ? Kind::Upload : Kind::Download;

    // Every name of both sides, in path order (a folder before what is under it).
    QStringList paths = source.keys();
    for (auto it = target.keyBegin(); it != target.keyEnd(); ++it) {
        if (!source.contains(*it))
            paths.append(*it);
    }
    // Segment by segment, so that everything under a folder follows it without a gap
    // ("a", "a/x", "a b": plain order would put "a b" between "a" and "a/x").
    std::sort(paths.begin(), paths.end(), [](const QString &x, const QString &y) {
        return QString(x).replace(QLatin1Char('/'), QChar(1)) <
               QString(y).replace(QLatin1Char('/'), QChar(1));
    });

    QString deleted; // the last target folder planned for deletion: what is under it goes with it
    QString blocked; // the last folder that could not be made: nothing is planned under it
    for (const QString &path : std::as_const(paths)) {
        if (!isSafeRelativePath(path) || options.excludes.excludes(path))
            continue;
        if (!blocked.isEmpty() && under(path, blocked))
            continue;
        const auto s = source.constFind(path);
        const auto t = target.constFind(path);
        const bool hasS = s != source.cend();
        const bool hasT = t != target.cend() && !(!deleted.isEmpty() && under(path, deleted));

        SyncAction a;
        a.relativePath = path;
        if ((hasS && s->kind == SyncEntry::Kind::Other) || (hasT && t->kind == SyncEntry::Kind::Other)) {
            a.kind = Kind::Skip;
            a.reason = Reason::NotAFile;
            plan.actions.append(a);
            if (hasS && s->kind == SyncEntry::Kind::Folder)
                blocked = path; // nothing is made under a link on the target
            continue;
        }
        if (hasS && !hasT) {
            a.reason = Reason::OnlySource;
            a.isDir = s->kind == SyncEntry::Kind::Folder;
            a.kind = a.isDir ? Kind::MakeDir : transfer;
            a.size = a.isDir ? -1 : s->size;
            plan.actions.append(a);
            continue;
        }
        if (!hasS) {
            if (!hasT) // under a folder already planned for deletion
                continue;
            if (options.deleteExtra) {
                a.kind = Kind::Delete;
                a.reason = Reason::OnlyTarget;
                a.isDir = t->kind == SyncEntry::Kind::Folder;
                if (a.isDir)
                    deleted = path;
                plan.actions.append(a);
            }
            continue;
        }
        const bool sDir = s->kind == SyncEntry::Kind::Folder;
        const bool tDir = t->kind == SyncEntry::Kind::Folder;
        if (sDir != tDir) {
            a.reason = Reason::TypeDiffers;
            if (!options.deleteExtra) {
                a.kind = Kind::Skip;
                plan.actions.append(a);
                if (sDir)
                    blocked = path;
                continue;
            }
            a.kind = Kind::Delete;
            a.isDir = tDir;
            if (tDir)
                deleted = path;
            plan.actions.append(a);
            SyncAction put;
            put.relativePath = path;
            put.reason = Reason::TypeDiffers;
            put.isDir = sDir;
            put.kind = sDir ? Kind::MakeDir : transfer;
            put.size = sDir ? -1 : s->size;
            plan.actions.append(put);
            continue;
        }
        if (sDir)
            continue; // a folder on both sides: its entries decide
        a.size = s->size;
        if (s->size != t->size || s->size < 0) {
            a.kind = transfer;
            a.reason = Reason::SizeDiffers;
        } else if (options.compare == SyncCompare::Checksum) {
            const bool same = !s->checksum.isEmpty() && s->checksum == t->checksum;
            a.kind = same ? Kind::Skip : transfer;
            a.reason = same ? Reason::Identical : Reason::ChecksumDiffers;
        } else {
            const int c = compareTimes(*s, *t, options.serverTimeZoneOffsetMinutes);
            a.kind = c == 1 ? transfer : Kind::Skip;
            a.reason = c == 1 ? Reason::Newer : c == -1 ? Reason::TargetNewer : Reason::Identical;
        }
        plan.actions.append(a);
    }
    return plan;
}

} // namespace ferry::sync
