#include "TransferMime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace ferry::ui {

QString paneOrigin(const void *pane)
{
    return QStringLiteral("%1:%2").arg(QCoreApplication::applicationPid()).arg(quintptr(pane), 0, 16);
}

QByteArray remoteEntriesJson(const QString &site, const remote::RemotePath &folder,
                             const QList<remote::DirEntry> &entries, const QString &origin)
{
    QJsonArray list;
    for (const remote::DirEntry &entry : entries) {
        if (!remote::RemotePath::isSafeName(entry.name))
            continue;
        QJsonObject e;
        e.insert(QStringLiteral("path"), folder.child(entry.name).toString());
        e.insert(QStringLiteral("folder"), entry.isDir());
        e.insert(QStringLiteral("size"), double(entry.size.value_or(-1)));
        list.append(e);
    }
    QJsonObject root;
    root.insert(QStringLiteral("site"), site);
    if (!origin.isEmpty())
        root.insert(QStringLiteral("origin"), origin);
    root.insert(QStringLiteral("entries"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

RemoteDrag remoteEntriesOf(const QMimeData *data)
{
    RemoteDrag drag;
    if (!data || !data->hasFormat(kRemoteEntriesMime))
        return drag;
    const QByteArray bytes = data->data(kRemoteEntriesMime);
    // The same bytes as last time (the drag's own buffer, kept alive here): same entries.
    thread_local QByteArray lastBytes;
    thread_local RemoteDrag lastDrag;
    if (!bytes.isEmpty() && bytes.constData() == lastBytes.constData() && bytes.size() == lastBytes.size())
        return lastDrag;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    drag.site = root.value(QStringLiteral("site")).toString();
    drag.origin = root.value(QStringLiteral("origin")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        transfer::RemoteSource source;
        source.path = e.value(QStringLiteral("path")).toString();
        source.isFolder = e.value(QStringLiteral("folder")).toBool();
        source.size = qint64(e.value(QStringLiteral("size")).toDouble(-1));
        if (!source.path.isEmpty())
            drag.sources.append(source);
    }
    lastBytes = bytes;
    lastDrag = drag;
    return drag;
}

bool canMoveInto(const RemoteDrag &drag, const QString &site, const remote::RemotePath &folder)
{
    if (drag.sources.isEmpty() || site.isEmpty() || drag.site != site)
        return false;
    const QString target = folder.toString();
    for (const transfer::RemoteSource &source : drag.sources) {
        const remote::RemotePath path(source.path);
        if (path.isRoot() || path.parent() == folder)
            return false;
        const QString from = path.toString();
        if (target == from || target.startsWith(from + QLatin1Char('/')))
            return false;
    }
    return true;
}

bool isFromAnotherPane(const RemoteDrag &drag, const QString &origin)
{
    const QString process = QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':');
    return !origin.isEmpty() && !drag.origin.isEmpty() && drag.origin != origin &&
           drag.origin.startsWith(process);
}

bool canCopyInto(const RemoteDrag &drag, const QString &site, const remote::RemotePath &folder)
{
    if (drag.sources.isEmpty() || site.isEmpty() || drag.site.isEmpty())
        return false;
    if (drag.site != site)
        return true; // another server: any folder
    const QString target = folder.toString();
    for (const transfer::RemoteSource &source : drag.sources) {
        const remote::RemotePath path(source.path);
        if (path.isRoot() || path.parent() == folder)
            return false;
        const QString from = path.toString();
        if (target == from || target.startsWith(from + QLatin1Char('/')))
            return false;
    }
    return true;
}

QByteArray archiveMembersJson(const ArchiveDrag &drag)
{
    QJsonArray list;
    for (const transfer::ArchiveSource &member : drag.members) {
        QJsonObject e;
        e.insert(QStringLiteral("path"), member.member);
        e.insert(QStringLiteral("folder"), member.isFolder);
        e.insert(QStringLiteral("size"), double(member.size));
        list.append(e);
    }
    QJsonObject root;
    root.insert(QStringLiteral("archive"), drag.archive);
    root.insert(QStringLiteral("members"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ArchiveDrag archiveMembersOf(const QMimeData *data)
{
    ArchiveDrag drag;
    if (!data || !data->hasFormat(kArchiveMembersMime))
        return drag;
    const QJsonObject root = QJsonDocument::fromJson(data->data(kArchiveMembersMime)).object();
    drag.archive = root.value(QStringLiteral("archive")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("members")).toArray()) {
        const QJsonObject e = value.toObject();
        transfer::ArchiveSource member;
        member.member = e.value(QStringLiteral("path")).toString();
        member.isFolder = e.value(QStringLiteral("folder")).toBool();
        member.size = qint64(e.value(QStringLiteral("size")).toDouble(-1));
        drag.members.append(member);
    }
    if (drag.archive.isEmpty())
        drag.members.clear();
    return drag;
}

QStringList localPathsOf(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace ferry::ui
