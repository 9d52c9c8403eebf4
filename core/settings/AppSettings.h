#pragma once
// The user's settings (the window's Settings dialog; ferry-cli reads the ones that apply
// to it), in one INI file in the config folder: <config>/settings.ini (util::Paths).
// Typed getters with built-in defaults and setters that write at once and emit
// changed(key) when the stored value changes, so whoever applies a setting (the window,
// the queue) follows it without a restart. Made once by app/ (or a test) and passed in;
// no singleton. Lives on the thread that made it (the GUI or CLI main thread).
//
// Migration: earlier versions kept the speed limits in the window's own QSettings file
// (<config>/ferry.conf, keys Transfer/speedLimitOn, Transfer/downloadLimitKiB,
// Transfer/uploadLimitKiB). The first start with this file copies them here (values
// already here win) and removes them there.

#include <QMap>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include "remote/ConnectOptions.h"
#include "transfer/QueueItem.h"
#include "transfer/QueueService.h"

namespace ferry::settings {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    // The keys (INI group/name), for changed() and isSet().
    static const QString kConnectionsPerSite;   // int 1..10, default 2
    static const QString kConnectTimeout;       // seconds 1..600, default 20
    static const QString kIdleTimeout;          // seconds 5..3600, default 120
    static const QString kRetries;              // 0..100, default 4 (5 attempts in all)
    static const QString kFirstRetryDelay;      // seconds 1..3600, default 2
    static const QString kMaxRetryDelay;        // seconds 1..3600, default 60
    static const QString kDownloadLimit;        // KiB/s 1..10485760, default 1024
    static const QString kUploadLimit;          // KiB/s, default 1024
    static const QString kSpeedLimitOn;         // bool, default false
    static const QString kDownloadExistsAction; // "ask", "overwrite", ... (transfer::toString)
    static const QString kUploadExistsAction;   // default "ask"
    static const QString kPartFiles;            // bool, default true
    static const QString kPreserveTimes;        // bool, default true
    static const QString kShowHidden;           // bool, default false
    static const QString kConfirmDelete;        // bool, default true
    static const QString kConfirmOverwrite;     // bool, default true
    static const QString kConfirmMove;          // bool, default true
    static const QString kLanguage;             // "system", "en", "id", "de"; default "system"
    static const QString kTheme;                // "system", "light", "dark"; default "system"
    static const QString kRestoreTabs;          // bool, default true
    static const QString kOpenTabs;             // the window's tabs at the last quit (JSON)
    static const QString kEditors;              // View/Edit: an editor command per extension (JSON)

    // One window tab as saved at quit: a saved site (its id) or a URL (never with a
    // password), the remote folder it showed and its local folder. An unconnected tab
    // keeps its local folder only.
    struct SavedTab
    {
        QString siteId;
        QString url;
        QString remoteFolder;
        QString localFolder;
        bool operator==(const SavedTab &other) const = default;
    };

    // <config>/settings.ini, migrating the legacy keys from <config>/ferry.conf.
    explicit AppSettings(QObject *parent = nullptr);
    // Any file; legacyPath: a QSettings INI file to migrate from (empty: none).
    AppSettings(const QString &path, const QString &legacyPath, QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const { return m_settings.fileName(); }
    // The file names this key (a value set by the user, not the built-in default).
    bool isSet(const QString &key) const { return m_settings.contains(key); }
    void sync() { m_settings.sync(); }

    int connectionsPerSite() const;
    void setConnectionsPerSite(int connections);
    int connectTimeoutSeconds() const;
    void setConnectTimeoutSeconds(int seconds);
    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds);
    int retries() const;
    void setRetries(int retries);
    int firstRetryDelaySeconds() const;
    void setFirstRetryDelaySeconds(int seconds);
    int maxRetryDelaySeconds() const;
    void setMaxRetryDelaySeconds(int seconds);

    int downloadLimitKiB() const;
    void setDownloadLimitKiB(int kib);
    int uploadLimitKiB() const;
    void setUploadLimitKiB(int kib);
    bool speedLimitOn() const;
    void setSpeedLimitOn(bool on);

    transfer::ExistsAction downloadExistsAction() const;
    void setDownloadExistsAction(transfer::ExistsAction action);
    transfer::ExistsAction uploadExistsAction() const;
    void setUploadExistsAction(transfer::ExistsAction action);

    bool partFiles() const;
    void setPartFiles(bool on);
    bool preserveTimes() const;
    void setPreserveTimes(bool on);
    bool showHidden() const;
    void setShowHidden(bool on);

    bool confirmDelete() const;
    void setConfirmDelete(bool on);
    bool confirmOverwrite() const;
    void setConfirmOverwrite(bool on);
    bool confirmMove() const;
    void setConfirmMove(bool on);

    QString language() const; // one of languages()
    void setLanguage(const QString &language);
    static QStringList languages(); // "system", "en", "id", "de"
    QString theme() const;          // one of themes()
    void setTheme(const QString &theme);
    static QStringList themes(); // "system", "light", "dark"
    // Whether the window reopens its tabs at the next start.
    bool restoreTabs() const;
    void setRestoreTabs(bool on);
    // The tabs open at the last quit and which was current. State rather than a setting:
    // writing them emits no changed(). A URL's password is dropped before it is written.
    QList<SavedTab> openTabs(int *current = nullptr) const;
    void setOpenTabs(const QList<SavedTab> &tabs, int current);
    // View/Edit's editors: a command line ("%f": the file) per file extension ("txt",
    // "tar.gz", "*" for any); an extension without one opens in the desktop's default.
    QMap<QString, QString> editors() const;
    void setEditors(const QMap<QString, QString> &editors);

    // What the queue runs with: connections, retries, the limits when switched on, the
    // file-exists answers ("Ask" becomes Overwrite when overwrites are not confirmed)
    // and the idle timeout.
    transfer::QueueSettings queueSettings() const;

Q_SIGNALS:
    // A setter stored a different value under key.
    void changed(const QString &key);

private:
    QVariant get(const QString &key) const;
    int getInt(const QString &key, int min, int max) const;
    void set(const QString &key, const QVariant &value);
    void migrate(const QString &legacyPath);

    QSettings m_settings;
};

} // namespace ferry::settings
