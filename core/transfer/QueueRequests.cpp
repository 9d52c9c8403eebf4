#include "QueueRequests.h"

#include <QDir>
#include <QFileInfo>

#include "QueueOptions.h"
#include "archive/Archive.h"

namespace ferry::transfer {

namespace {
QString joined(const QString &folder, const QString &name)
{
    return folder.endsWith(QLatin1Char('/')) ? QString(folder + name)
                                             : QString(folder + QLatin1Char('/') + name);
}

QString lastName(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QueueItem base(const QueueTarget &target, Direction direction, ExistsAction exists)
{
    QueueItem item;
    item.direction = direction;
    item.site = target.site;
    item.existsAction = exists;
    item.options.connect = connectOptionsToJson(target.options);
    item.options.usePartFile = target.usePartFile;
    item.options.preserveTime = target.preserveTime;
    return item;
}
} // namespace

QList<QueueItem> uploadItems(const QueueTarget &target, const QStringList &localPaths,
                             const QString &remoteFolder, ExistsAction exists)
{
    QList<QueueItem> items;
    for (const QString &path : localPaths) {
        const QFileInfo local(path);
        if (!local.exists() || local.fileName().isEmpty())
            continue;
        QueueItem item = base(target, Direction::Upload, exists);
        item.localPath = local.absoluteFilePath();
        item.remotePath = joined(remoteFolder, local.fileName());
        item.isFolder = local.isDir();
        item.size = item.isFolder ? -1 : local.size();
        items.append(item);
    }
    return items;
}

QList<QueueItem> archiveUploadItems(const QueueTarget &target, const QString &archivePath,
                                    const QList<ArchiveSource> &members, const QString &remoteFolder,
                                    ExistsAction exists)
{
    QList<QueueItem> items;
    const QFileInfo archive(archivePath);
    if (!archive.isFile())
        return items;
    for (const ArchiveSource &source : members) {
        bool safe = true;
        const QString member = archive::normaliseMemberPath(source.member, &safe);
        if (!safe)
            continue;
        const QString name = member.isEmpty() ? archive::withoutArchiveSuffix(archive.fileName())
                                              : member.mid(member.lastIndexOf(QLatin1Char('/')) + 1);
        if (name.isEmpty())
            continue;
        QueueItem item = base(target, Direction::Upload, exists);
        item.localPath = archive.absoluteFilePath();
        item.options.archiveMember = QLatin1Char('/') + member;
        item.remotePath = joined(remoteFolder, name);
        item.isFolder = member.isEmpty() || source.isFolder;
        item.size = item.isFolder ? -1 : source.size;
        items.append(item);
    }
    return items;
}

QList<QueueItem> downloadItems(const QueueTarget &target, const QList<RemoteSource> &sources,
                               const QString &localFolder, ExistsAction exists)
{
    QList<QueueItem> items;
    for (const RemoteSource &source : sources) {
        const QString name = lastName(source.path);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        QueueItem item = base(target, Direction::Download, exists);
        item.remotePath = source.path;
        item.localPath = QDir(localFolder).absoluteFilePath(name);
        item.isFolder = source.isFolder;
        item.size = source.isFolder ? -1 : source.size;
        items.append(item);
    }
    return items;
}

QueueItem copyItem(const QueueTarget &source, const RemoteSource &from, const QString &targetSite,
                   const QString &targetPath, ExistsAction exists)
{
    QueueItem item = base(source, Direction::Copy, exists);
    item.remotePath = from.path;
    item.targetSite = targetSite;
    item.targetPath = targetPath;
    item.isFolder = from.isFolder;
    item.size = from.isFolder ? -1 : from.size;
    return item;
}

QList<QueueItem> copyItems(const QueueTarget &source, const QList<RemoteSource> &sources,
                           const QString &targetSite, const QString &targetFolder, ExistsAction exists)
{
    QList<QueueItem> items;
    for (const RemoteSource &from : sources) {
        const QString name = lastName(from.path);
        // An empty folder is the target's login folder: the copy keeps a relative path.
        const QString to = targetFolder.isEmpty() ? name : joined(targetFolder, name);
        items.append(copyItem(source, from, targetSite, to, exists));
    }
    return items;
}

} // namespace ferry::transfer
