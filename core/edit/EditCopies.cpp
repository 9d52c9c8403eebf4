#include "EditCopies.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#include "transfer/QueueOptions.h"

namespace ferry::edit {

QJsonObject EditCopy::toJson() const
{
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("run"), run},
                       {QStringLiteral("site"), site},
                       {QStringLiteral("connect"), connect},
                       {QStringLiteral("remotePath"), remotePath.toString()},
                       {QStringLiteral("localPath"), localPath},
                       {QStringLiteral("sha256"), downloadedSha256}};
}

std::optional<EditCopy> EditCopy::fromJson(const QJsonObject &json, const QString &manifest)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    EditCopy c;
    c.manifest = manifest;
    c.run = json.value(QStringLiteral("run")).toString();
    c.site = json.value(QStringLiteral("site")).toString();
    c.connect = json.value(QStringLiteral("connect")).toObject();
    const QString remote = json.value(QStringLiteral("remotePath")).toString();
    c.localPath = json.value(QStringLiteral("localPath")).toString();
    c.downloadedSha256 = json.value(QStringLiteral("sha256")).toString();
    // The copy must be the one this manifest stands beside: nothing else is ever removed.
    if (c.run.isEmpty() || !remote.startsWith(QLatin1Char('/')) ||
        EditCopies::manifestFor(c.localPath) != QFileInfo(manifest).absoluteFilePath())
        return std::nullopt;
    c.remotePath = remote::RemotePath(remote);
    return c;
}

bool EditCopy::save() const
{
    QSaveFile file(manifest);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return file.commit();
}

transfer::QueueTarget EditCopy::target() const
{
    transfer::QueueTarget t;
    t.site = site;
    t.options = transfer::connectOptionsFromJson(connect);
    return t;
}

QString EditCopies::manifestFor(const QString &localPath)
{
    return QFileInfo(QFileInfo(localPath).absolutePath()).absoluteFilePath() + QStringLiteral(".json");
}

QString EditCopies::lockFor(const QString &tempRoot, const QString &run)
{
    return QDir(tempRoot).filePath(run + QStringLiteral(".lock"));
}

bool EditCopies::runAlive(const QString &tempRoot, const QString &run)
{
    QLockFile lock(lockFor(tempRoot, run));
    // Taken: nobody holds it (the run is gone, or never locked). QLockFile sees a lock
    // whose process is dead as stale and takes it over.
    if (lock.tryLock(0)) {
        lock.unlock(); // removes the file
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QString EditCopies::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

EditCopies::Found EditCopies::findLeft(const QString &tempRoot)
{
    Found found;
    QHash<QString, bool> alive; // by run
    QDirIterator sites(tempRoot, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    while (sites.hasNext()) {
        const QString siteFolder = sites.next();
        const QDir dir(siteFolder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const QString manifest = dir.absoluteFilePath(name);
            QFile file(manifest);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            std::optional<EditCopy> copy =
                EditCopy::fromJson(QJsonDocument::fromJson(file.readAll()).object(), manifest);
            file.close();
            if (!copy)
                continue;
            if (!alive.contains(copy->run))
                alive.insert(copy->run, runAlive(tempRoot, copy->run));
            if (alive.value(copy->run))
                continue;
            const QFileInfo info(copy->localPath);
            const bool unchanged = !info.exists() || copy->downloadedSha256.isEmpty() ||
                                   sha256(copy->localPath) == copy->downloadedSha256;
            if (unchanged) {
                discard(*copy);
                ++found.removed;
                continue;
            }
            copy->modified = info.lastModified().toUTC();
            found.changed.append(*copy);
        }
        QDir().rmdir(siteFolder); // when empty now
    }
    return found;
}

void EditCopies::discard(const EditCopy &copy)
{
    const QString folder = QFileInfo(copy.localPath).absolutePath();
    QDir(folder).removeRecursively();
    QFile::remove(copy.manifest);
    QDir().rmdir(QFileInfo(folder).absolutePath()); // the site's folder, when empty now
}

} // namespace ferry::edit
