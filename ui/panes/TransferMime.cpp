#include "TransferMime.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace ferry::ui {

QMimeData *remoteEntriesMimeData(const QString &site, const remote::RemotePath &folder,
                                 const QList<remote::DirEntry> &entries)
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
    root.insert(QStringLiteral("entries"), list);
    auto *data = new QMimeData;
    data->setData(kRemoteEntriesMime, QJsonDocument(root).toJson(QJsonDocument::Compact));
    return data;
}

RemoteDrag remoteEntriesOf(const QMimeData *data)
{
    RemoteDrag drag;
    if (!data || !data->hasFormat(kRemoteEntriesMime))
        return drag;
    const QJsonObject root = QJsonDocument::fromJson(data->data(kRemoteEntriesMime)).object();
    drag.site = root.value(QStringLiteral("site")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        transfer::RemoteSource source;
        source.path = e.value(QStringLiteral("path")).toString();
        source.isFolder = e.value(QStringLiteral("folder")).toBool();
        source.size = qint64(e.value(QStringLiteral("size")).toDouble(-1));
        if (!source.path.isEmpty())
            drag.sources.append(source);
    }
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
