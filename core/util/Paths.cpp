#include "Paths.h"

#include <QDir>
#include <QFile>
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
    return ensure(env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : env);
}

QString Paths::dataDir()
{
    if (!g_dataDir.isEmpty())
        return ensure(g_dataDir);
    const QString env = qEnvironmentVariable("FERRY_DATA_DIR");
    return ensure(env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env);
}

} // namespace ferry::util
