#include "Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

namespace ferry::util {

namespace {
QString g_configDir;
QString g_dataDir;

QString ensure(const QString &dir)
{
    if (!QDir(dir).exists()) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return dir;
}

// <generic>/ferry, with the doubled folder of earlier versions moved into it once per
// process.
QString standardDir(QStandardPaths::StandardLocation generic)
{
    static QMutex mutex;
    static QSet<QString> migrated;
    const QString name = QStringLiteral("ferry");
    const QString dir = QStandardPaths::writableLocation(generic) + QLatin1Char('/') + name;
    QMutexLocker lock(&mutex);
    if (!migrated.contains(dir)) {
        migrated.insert(dir);
        ensure(dir);
        Paths::migrateFolder(dir + QLatin1Char('/') + name, dir);
    }
    return dir;
}
} // namespace

void Paths::setOverrides(const QString &configDir, const QString &dataDir)
{
    g_configDir = configDir.isEmpty() ? qEnvironmentVariable("FERRY_CONFIG_DIR") : configDir;
    g_dataDir = dataDir.isEmpty() ? qEnvironmentVariable("FERRY_DATA_DIR") : dataDir;
}

QString Paths::configDir()
{
    if (!g_configDir.isEmpty())
        return ensure(g_configDir);
    const QString env = qEnvironmentVariable("FERRY_CONFIG_DIR");
    return ensure(env.isEmpty() ? standardDir(QStandardPaths::GenericConfigLocation) : env);
}

QString Paths::dataDir()
{
    if (!g_dataDir.isEmpty())
        return ensure(g_dataDir);
    const QString env = qEnvironmentVariable("FERRY_DATA_DIR");
    return ensure(env.isEmpty() ? standardDir(QStandardPaths::GenericDataLocation) : env);
}

int Paths::migrateFolder(const QString &legacy, const QString &target)
{
    QDir from(legacy);
    if (!from.exists())
        return 0;
    ensure(target);
    int moved = 0;
    const QStringList names =
        from.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString destination = target + QLatin1Char('/') + name;
        if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
            continue;
        if (QDir().rename(from.filePath(name), destination))
            ++moved;
    }
    from.rmdir(legacy); // only when empty
    return moved;
}

} // namespace ferry::util
