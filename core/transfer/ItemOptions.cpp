#include "ItemOptions.h"

namespace ferry::transfer {

namespace {
// The keys, once: toJson() writes and fromJson() reads exactly these.
const QString kPreserveTime = QStringLiteral("preserveTime");
const QString kUsePartFile = QStringLiteral("usePartFile");
const QString kTempUpload = QStringLiteral("tempUpload");
const QString kFollowLinks = QStringLiteral("followLinks");
const QString kConnect = QStringLiteral("connect");
const QString kArchiveMember = QStringLiteral("archiveMember");
const QString kExpanded = QStringLiteral("expanded");
const QString kUnsafe = QStringLiteral("unsafe");
const QString kUploadRoot = QStringLiteral("uploadRoot");
const QString kRemoteRoot = QStringLiteral("remoteRoot");
const QString kTargetAbsent = QStringLiteral("targetAbsent");
const QString kStarted = QStringLiteral("started");
const QString kPartial = QStringLiteral("partial");
const QString kSegmentRecord = QStringLiteral("segmentRecord");
const QString kMethod = QStringLiteral("method");
const QString kResumedFrom = QStringLiteral("resumedFrom");
const QString kPath = QStringLiteral("path");
const QString kDevice = QStringLiteral("device");
const QString kInode = QStringLiteral("inode");

bool boolOf(const QJsonValue &value, bool fallback)
{
    return value.isBool() ? value.toBool() : fallback;
}

void putBool(QJsonObject &json, const QString &key, bool value, bool fallback)
{
    if (value != fallback)
        json.insert(key, value);
}
} // namespace

ItemOptions ItemOptions::inherited() const
{
    ItemOptions out = *this;
    out.started = false;
    out.partial = {};
    out.segmentRecord.clear();
    out.targetAbsentAt = -1;
    out.method.clear();
    out.resumedFrom = 0;
    return out;
}

QJsonObject ItemOptions::toJson() const
{
    QJsonObject json = other;
    putBool(json, kPreserveTime, preserveTime, true);
    putBool(json, kUsePartFile, usePartFile, true);
    putBool(json, kTempUpload, tempUpload, false);
    putBool(json, kFollowLinks, followLinks, false);
    if (!connect.isEmpty())
        json.insert(kConnect, connect);
    if (!archiveMember.isEmpty())
        json.insert(kArchiveMember, archiveMember);
    putBool(json, kExpanded, expanded, false);
    putBool(json, kUnsafe, unsafe, false);
    if (!uploadRoot.isEmpty())
        json.insert(kUploadRoot, uploadRoot);
    if (!remoteRoot.isEmpty())
        json.insert(kRemoteRoot, remoteRoot);
    if (targetAbsentAt >= 0)
        json.insert(kTargetAbsent, double(targetAbsentAt));
    putBool(json, kStarted, started, false);
    if (!partial.isEmpty())
        json.insert(kPartial, QJsonObject{{kPath, partial.path},
                                          {kDevice, double(partial.device)},
                                          {kInode, double(partial.inode)}});
    if (!segmentRecord.isEmpty())
        json.insert(kSegmentRecord, segmentRecord);
    if (!method.isEmpty())
        json.insert(kMethod, method);
    if (resumedFrom > 0)
        json.insert(kResumedFrom, double(resumedFrom));
    return json;
}

ItemOptions ItemOptions::fromJson(const QJsonObject &json)
{
    ItemOptions o;
    o.other = json;
    const auto take = [&o](const QString &key) {
        const QJsonValue value = o.other.value(key);
        o.other.remove(key);
        return value;
    };
    o.preserveTime = boolOf(take(kPreserveTime), true);
    o.usePartFile = boolOf(take(kUsePartFile), true);
    o.tempUpload = boolOf(take(kTempUpload), false);
    o.followLinks = boolOf(take(kFollowLinks), false);
    o.connect = take(kConnect).toObject();
    o.archiveMember = take(kArchiveMember).toString();
    o.expanded = boolOf(take(kExpanded), false);
    o.unsafe = boolOf(take(kUnsafe), false);
    o.uploadRoot = take(kUploadRoot).toString();
    o.remoteRoot = take(kRemoteRoot).toString();
    if (const QJsonValue at = take(kTargetAbsent); at.isDouble())
        o.targetAbsentAt = qint64(at.toDouble());
    o.started = boolOf(take(kStarted), false);
    if (const QJsonObject partial = take(kPartial).toObject(); !partial.value(kPath).toString().isEmpty())
        o.partial = {partial.value(kPath).toString(), qint64(partial.value(kDevice).toDouble(-1)),
                     qint64(partial.value(kInode).toDouble(-1))};
    o.segmentRecord = take(kSegmentRecord).toString();
    o.method = take(kMethod).toString();
    o.resumedFrom = qint64(take(kResumedFrom).toDouble(0));
    return o;
}

} // namespace ferry::transfer
