#include "SyncRunRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

#include "util/Paths.h"

namespace ferry::sync {

using namespace ferry::remote;

namespace {
constexpr int kVersion = 1;
} // namespace

QJsonObject SyncRunRecord::toJson() const
{
    QJsonArray deleteList;
    for (const SyncAction &a : deletes)
        deleteList.append(
            QJsonObject{{QStringLiteral("path"), a.relativePath}, {QStringLiteral("folder"), a.isDir}});
    QJsonArray copyList;
    for (const Copy &c : copies)
        copyList.append(QJsonObject{{QStringLiteral("direction"), int(c.direction)},
                                    {QStringLiteral("local"), c.localPath},
                                    {QStringLiteral("remote"), c.remotePath},
                                    {QStringLiteral("item"), QString::number(c.itemId)}});
    return QJsonObject{{QStringLiteral("version"), kVersion},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("site"), site},
                       {QStringLiteral("connect"), connect},
                       {QStringLiteral("localRoot"), localRoot},
                       {QStringLiteral("remoteRoot"), remoteRoot.toString()},
                       {QStringLiteral("direction"),
                        direction == SyncDirection::Up ? QStringLiteral("up") : QStringLiteral("down")},
                       {QStringLiteral("deletes"), deleteList},
                       {QStringLiteral("copies"), copyList}};
}

std::optional<SyncRunRecord> SyncRunRecord::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    SyncRunRecord r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    r.site = json.value(QStringLiteral("site")).toString();
    r.connect = json.value(QStringLiteral("connect")).toObject();
    r.localRoot = json.value(QStringLiteral("localRoot")).toString();
    const QString remoteRoot = json.value(QStringLiteral("remoteRoot")).toString();
    const QString direction = json.value(QStringLiteral("direction")).toString();
    if (r.id.isEmpty() || r.site.isEmpty() || r.localRoot.isEmpty() ||
        !remoteRoot.startsWith(QLatin1Char('/')) ||
        (direction != QLatin1String("up") && direction != QLatin1String("down")))
        return std::nullopt;
    r.remoteRoot = RemotePath(remoteRoot);
    r.direction = direction == QLatin1String("up") ? SyncDirection::Up : SyncDirection::Down;
    for (const QJsonValue &v : json.value(QStringLiteral("deletes")).toArray()) {
        SyncAction a;
        a.kind = SyncAction::Kind::Delete;
        a.reason = SyncAction::Reason::OnlyTarget;
        a.relativePath = v.toObject().value(QStringLiteral("path")).toString();
        a.isDir = v.toObject().value(QStringLiteral("folder")).toBool();
        // SyncApply checks every path again; an unsafe one makes the record unusable.
        if (!SyncPlanner::isSafeRelativePath(a.relativePath))
            return std::nullopt;
        r.deletes.append(a);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("copies")).toArray()) {
        const QJsonObject o = v.toObject();
        Copy c;
        c.direction = transfer::Direction(o.value(QStringLiteral("direction")).toInt());
        c.localPath = o.value(QStringLiteral("local")).toString();
        c.remotePath = o.value(QStringLiteral("remote")).toString();
        c.itemId = o.value(QStringLiteral("item")).toString().toLongLong();
        r.copies.append(c);
    }
    return r;
}

SyncPlan SyncRunRecord::deletePlan() const
{
    SyncPlan plan;
    plan.options.direction = direction;
    plan.options.deleteExtra = true;
    plan.actions = deletes;
    return plan;
}

QString SyncRunRecord::defaultFolder()
{
    return util::Paths::dataFile(QStringLiteral("sync-runs"));
}

Status SyncRunRecord::save(const QString &folder)
{
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!created.isValid())
        created = QDateTime::currentDateTimeUtc();
    const auto failed = [&folder](const QString &why) {
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sync", "cannot keep the sync's deletes in %1: %2")
                         .arg(folder, why));
    };
    if (!QDir().mkpath(folder))
        return failed(QCoreApplication::translate("ferry::sync", "cannot make the folder"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(QDir(folder).filePath(id + QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

void SyncRunRecord::remove(const QString &folder, const QString &id)
{
    if (!id.isEmpty())
        QFile::remove(QDir(folder).filePath(id + QStringLiteral(".json")));
}

QList<SyncRunRecord> SyncRunRecord::loadAll(const QString &folder)
{
    QList<SyncRunRecord> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto record = fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (record && record->id + QStringLiteral(".json") == name)
            out.append(*record);
    }
    std::sort(out.begin(), out.end(),
              [](const SyncRunRecord &a, const SyncRunRecord &b) { return a.created < b.created; });
    return out;
}

} // namespace ferry::sync
