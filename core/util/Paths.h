#pragma once
// Where Ferry keeps its files. Config (sites.json, settings, known_hosts, trusted
// certificates) and data (queue.sqlite, logs) follow XDG through QStandardPaths, unless
// overridden by --config-dir/--data-dir (FERRY_CONFIG_DIR/FERRY_DATA_DIR), which tests
// use to point at temporary folders. Thread-safe after setup on the main thread.

#include <QString>

namespace ferry::util {

class Paths
{
public:
    // Called once at start-up by the GUI or CLI; empty strings keep the defaults.
    static void setOverrides(const QString &configDir, const QString &dataDir);
    // Created on first use (0700).
    static QString configDir();
    static QString dataDir();
    static QString configFile(const QString &name) { return configDir() + QLatin1Char('/') + name; }
    static QString dataFile(const QString &name) { return dataDir() + QLatin1Char('/') + name; }
};

} // namespace ferry::util
