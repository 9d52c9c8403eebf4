#pragma once
// Where Ferry keeps its files. Config (sites.json, settings, known_hosts, trusted
// certificates) and data (queue.sqlite, logs) follow XDG: <XDG_CONFIG_HOME>/ferry and
// <XDG_DATA_HOME>/ferry (~/.config/ferry/, ~/.local/share/ferry/), unless overridden by
// --config-dir/--data-dir (FERRY_CONFIG_DIR/FERRY_DATA_DIR), which tests use to point at
// temporary folders. Thread-safe after setup on the main thread.
//
// Earlier versions used QStandardPaths' AppConfigLocation/AppDataLocation with the
// organization and the application both "ferry", which doubled the folder
// (~/.config/ferry/ferry/). The first use of a folder moves the files of such a doubled
// folder up into it (files already there win) and removes the doubled folder when empty.

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

    // Moves every entry of legacy into target (created when missing) unless target has
    // one of that name already, then removes legacy if it is empty. Returns how many
    // entries were moved. A missing legacy folder moves nothing.
    static int migrateFolder(const QString &legacy, const QString &target);
};

} // namespace ferry::util
