#include "AppSettings.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

#include "util/Paths.h"

namespace ferry::settings {

using transfer::ExistsAction;

const QString AppSettings::kConnectionsPerSite = QStringLiteral("Connection/connectionsPerSite");
const QString AppSettings::kConnectTimeout = QStringLiteral("Connection/timeoutSeconds");
const QString AppSettings::kIdleTimeout = QStringLiteral("Connection/idleTimeoutSeconds");
const QString AppSettings::kRetries = QStringLiteral("Connection/retries");
const QString AppSettings::kFirstRetryDelay = QStringLiteral("Connection/firstRetryDelaySeconds");
const QString AppSettings::kMaxRetryDelay = QStringLiteral("Connection/maxRetryDelaySeconds");
const QString AppSettings::kDownloadLimit = QStringLiteral("Transfer/downloadLimitKiB");
const QString AppSettings::kUploadLimit = QStringLiteral("Transfer/uploadLimitKiB");
const QString AppSettings::kSpeedLimitOn = QStringLiteral("Transfer/speedLimitOn");
const QString AppSettings::kDownloadExistsAction = QStringLiteral("Transfer/downloadExistsAction");
const QString AppSettings::kUploadExistsAction = QStringLiteral("Transfer/uploadExistsAction");
const QString AppSettings::kPartFiles = QStringLiteral("Transfer/partFiles");
const QString AppSettings::kPreserveTimes = QStringLiteral("Transfer/preserveTimes");
const QString AppSettings::kShowHidden = QStringLiteral("Interface/showHidden");
const QString AppSettings::kConfirmDelete = QStringLiteral("Interface/confirmDelete");
const QString AppSettings::kConfirmOverwrite = QStringLiteral("Interface/confirmOverwrite");
const QString AppSettings::kConfirmMove = QStringLiteral("Interface/confirmMove");
const QString AppSettings::kLanguage = QStringLiteral("Interface/language");
const QString AppSettings::kTheme = QStringLiteral("Interface/theme");
const QString AppSettings::kRestoreTabs = QStringLiteral("Interface/restoreTabs");
const QString AppSettings::kOpenTabs = QStringLiteral("Session/openTabs");
const QString AppSettings::kEditors = QStringLiteral("Edit/editors");

namespace {

const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> table{
        {AppSettings::kConnectionsPerSite, 2},
        {AppSettings::kConnectTimeout, remote::ConnectOptions().timeoutSeconds},
        {AppSettings::kIdleTimeout, 120},
        {AppSettings::kRetries, 4},
        {AppSettings::kFirstRetryDelay, 2},
        {AppSettings::kMaxRetryDelay, 60},
        {AppSettings::kDownloadLimit, 1024},
        {AppSettings::kUploadLimit, 1024},
        {AppSettings::kSpeedLimitOn, false},
        {AppSettings::kDownloadExistsAction, QStringLiteral("ask")},
        {AppSettings::kUploadExistsAction, QStringLiteral("ask")},
        {AppSettings::kPartFiles, true},
        {AppSettings::kPreserveTimes, true},
        {AppSettings::kShowHidden, false},
        {AppSettings::kConfirmDelete, true},
        {AppSettings::kConfirmOverwrite, true},
        {AppSettings::kConfirmMove, true},
        {AppSettings::kLanguage, QStringLiteral("system")},
        {AppSettings::kTheme, QStringLiteral("system")},
        {AppSettings::kRestoreTabs, true},
    };
    return table;
}

constexpr int kMaxLimitKiB = 10 * 1024 * 1024;

} // namespace

AppSettings::AppSettings(QObject *parent)
    : AppSettings(util::Paths::configFile(QStringLiteral("settings.ini")),
                  util::Paths::configFile(QStringLiteral("ferry.conf")), parent)
{}

AppSettings::AppSettings(const QString &path, const QString &legacyPath, QObject *parent)
    : QObject(parent), m_settings(path, QSettings::IniFormat)
{
    if (!legacyPath.isEmpty())
        migrate(legacyPath);
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate(const QString &legacyPath)
{
    if (!QFileInfo::exists(legacyPath))
        return;
    QSettings legacy(legacyPath, QSettings::IniFormat);
    bool moved = false;
    for (const QString &key : {kSpeedLimitOn, kDownloadLimit, kUploadLimit}) {
        if (!legacy.contains(key))
            continue;
        if (!m_settings.contains(key))
            m_settings.setValue(key, legacy.value(key));
        legacy.remove(key);
        moved = true;
    }
    if (moved) {
        m_settings.sync();
        legacy.sync();
    }
}

QVariant AppSettings::get(const QString &key) const
{
    return m_settings.value(key, defaults().value(key));
}

int AppSettings::getInt(const QString &key, int min, int max) const
{
    bool ok = false;
    const int value = get(key).toInt(&ok);
    return ok ? std::clamp(value, min, max) : defaults().value(key).toInt();
}

void AppSettings::set(const QString &key, const QVariant &value)
{
    if (get(key) == value && m_settings.contains(key))
        return;
    const bool differs = get(key) != value;
    m_settings.setValue(key, value);
    m_settings.sync();
    if (differs)
        Q_EMIT changed(key);
}

int AppSettings::connectionsPerSite() const
{
    return getInt(kConnectionsPerSite, 1, 10);
}
void AppSettings::setConnectionsPerSite(int n)
{
    set(kConnectionsPerSite, std::clamp(n, 1, 10));
}
int AppSettings::connectTimeoutSeconds() const
{
    return getInt(kConnectTimeout, 1, 600);
}
void AppSettings::setConnectTimeoutSeconds(int s)
{
    set(kConnectTimeout, std::clamp(s, 1, 600));
}
int AppSettings::idleTimeoutSeconds() const
{
    return getInt(kIdleTimeout, 5, 3600);
}
void AppSettings::setIdleTimeoutSeconds(int s)
{
    set(kIdleTimeout, std::clamp(s, 5, 3600));
}
int AppSettings::retries() const
{
    return getInt(kRetries, 0, 100);
}
void AppSettings::setRetries(int n)
{
    set(kRetries, std::clamp(n, 0, 100));
}
int AppSettings::firstRetryDelaySeconds() const
{
    return getInt(kFirstRetryDelay, 1, 3600);
}
void AppSettings::setFirstRetryDelaySeconds(int s)
{
    set(kFirstRetryDelay, std::clamp(s, 1, 3600));
}
int AppSettings::maxRetryDelaySeconds() const
{
    return getInt(kMaxRetryDelay, 1, 3600);
}
void AppSettings::setMaxRetryDelaySeconds(int s)
{
    set(kMaxRetryDelay, std::clamp(s, 1, 3600));
}

int AppSettings::downloadLimitKiB() const
{
    return getInt(kDownloadLimit, 1, kMaxLimitKiB);
}
void AppSettings::setDownloadLimitKiB(int kib)
{
    set(kDownloadLimit, std::clamp(kib, 1, kMaxLimitKiB));
}
int AppSettings::uploadLimitKiB() const
{
    return getInt(kUploadLimit, 1, kMaxLimitKiB);
}
void AppSettings::setUploadLimitKiB(int kib)
{
    set(kUploadLimit, std::clamp(kib, 1, kMaxLimitKiB));
}
bool AppSettings::speedLimitOn() const
{
    return get(kSpeedLimitOn).toBool();
}
void AppSettings::setSpeedLimitOn(bool on)
{
    set(kSpeedLimitOn, on);
}

namespace {
ExistsAction actionOf(const QVariant &value)
{
    ExistsAction action = ExistsAction::Ask;
    if (!transfer::fromString(value.toString(), &action))
        return ExistsAction::Ask;
    return action;
}
} // namespace

ExistsAction AppSettings::downloadExistsAction() const
{
    return actionOf(get(kDownloadExistsAction));
}
void AppSettings::setDownloadExistsAction(ExistsAction a)
{
    set(kDownloadExistsAction, transfer::toString(a));
}
ExistsAction AppSettings::uploadExistsAction() const
{
    return actionOf(get(kUploadExistsAction));
}
void AppSettings::setUploadExistsAction(ExistsAction a)
{
    set(kUploadExistsAction, transfer::toString(a));
}

bool AppSettings::partFiles() const
{
    return get(kPartFiles).toBool();
}
void AppSettings::setPartFiles(bool on)
{
    set(kPartFiles, on);
}
bool AppSettings::preserveTimes() const
{
    return get(kPreserveTimes).toBool();
}
void AppSettings::setPreserveTimes(bool on)
{
    set(kPreserveTimes, on);
}
bool AppSettings::showHidden() const
{
    return get(kShowHidden).toBool();
}
void AppSettings::setShowHidden(bool on)
{
    set(kShowHidden, on);
}

bool AppSettings::confirmDelete() const
{
    return get(kConfirmDelete).toBool();
}
void AppSettings::setConfirmDelete(bool on)
{
    set(kConfirmDelete, on);
}
bool AppSettings::confirmOverwrite() const
{
    return get(kConfirmOverwrite).toBool();
}
void AppSettings::setConfirmOverwrite(bool on)
{
    set(kConfirmOverwrite, on);
}
bool AppSettings::confirmMove() const
{
    return get(kConfirmMove).toBool();
}
void AppSettings::setConfirmMove(bool on)
{
    set(kConfirmMove, on);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("de")};
}

QString AppSettings::language() const
{
    const QString value = get(kLanguage).toString();
    return languages().contains(value) ? value : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &language)
{
    if (languages().contains(language))
        set(kLanguage, language);
}

QStringList AppSettings::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString AppSettings::theme() const
{
    const QString value = get(kTheme).toString();
    return themes().contains(value) ? value : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    if (themes().contains(theme))
        set(kTheme, theme);
}

bool AppSettings::restoreTabs() const
{
    return get(kRestoreTabs).toBool();
}

void AppSettings::setRestoreTabs(bool on)
{
    set(kRestoreTabs, on);
}

QMap<QString, QString> AppSettings::editors() const
{
    QMap<QString, QString> editors;
    const QJsonObject root = QJsonDocument::fromJson(m_settings.value(kEditors).toByteArray()).object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.key().trimmed().isEmpty() && !it.value().toString().trimmed().isEmpty())
            editors.insert(it.key().trimmed(), it.value().toString().trimmed());
    }
    return editors;
}

void AppSettings::setEditors(const QMap<QString, QString> &editors)
{
    QJsonObject root;
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        if (!it.key().trimmed().isEmpty() && !it.value().trimmed().isEmpty())
            root.insert(it.key().trimmed(), it.value().trimmed());
    }
    set(kEditors, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QList<AppSettings::SavedTab> AppSettings::openTabs(int *current) const
{
    const QJsonObject root = QJsonDocument::fromJson(m_settings.value(kOpenTabs).toByteArray()).object();
    QList<SavedTab> tabs;
    for (const QJsonValue &value : root.value(QStringLiteral("tabs")).toArray()) {
        const QJsonObject o = value.toObject();
        tabs.append({o.value(QStringLiteral("site")).toString(), o.value(QStringLiteral("url")).toString(),
                     o.value(QStringLiteral("remote")).toString(),
                     o.value(QStringLiteral("local")).toString()});
    }
    if (current)
        *current =
            std::clamp(root.value(QStringLiteral("current")).toInt(), 0, std::max(0, int(tabs.size()) - 1));
    return tabs;
}

void AppSettings::setOpenTabs(const QList<SavedTab> &tabs, int current)
{
    QJsonArray list;
    for (const SavedTab &tab : tabs) {
        QJsonObject o;
        if (!tab.siteId.isEmpty())
            o.insert(QStringLiteral("site"), tab.siteId);
        if (!tab.url.isEmpty()) {
            QUrl url(tab.url);
            url.setPassword(QString()); // never a password in the file
            o.insert(QStringLiteral("url"), url.toString());
        }
        if (!tab.remoteFolder.isEmpty())
            o.insert(QStringLiteral("remote"), tab.remoteFolder);
        if (!tab.localFolder.isEmpty())
            o.insert(QStringLiteral("local"), tab.localFolder);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("tabs"), list);
    root.insert(QStringLiteral("current"), current);
    m_settings.setValue(kOpenTabs, QJsonDocument(root).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

transfer::QueueSettings AppSettings::queueSettings() const
{
    transfer::QueueSettings queue;
    queue.connectionsPerSite = connectionsPerSite();
    if (speedLimitOn()) {
        queue.downloadLimit = qint64(downloadLimitKiB()) * 1024;
        queue.uploadLimit = qint64(uploadLimitKiB()) * 1024;
    }
    queue.maxAttempts = retries() + 1;
    queue.firstRetryDelayMs = firstRetryDelaySeconds() * 1000;
    queue.maxRetryDelayMs = std::max(firstRetryDelaySeconds(), maxRetryDelaySeconds()) * 1000;
    const auto answer = [this](ExistsAction action) {
        return action == ExistsAction::Ask && !confirmOverwrite() ? ExistsAction::Overwrite : action;
    };
    queue.defaultExists = answer(downloadExistsAction());
    queue.defaultUploadExists = answer(uploadExistsAction());
    queue.idleTimeoutSeconds = idleTimeoutSeconds();
    queue.connectTimeoutSeconds = connectTimeoutSeconds(); // sites resolved already too
    return queue;
}

} // namespace ferry::settings
