// AppSettings: the built-in defaults, typed values written to the INI file and read back
// by a second instance, clamping, changed(key) once per real change, the queue settings
// made from them, and the migration of the window's old speed-limit keys.

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "settings/AppSettings.h"

using ferry::settings::AppSettings;
using ferry::transfer::ExistsAction;

// ExistsAction compared as numbers (transfer::toString, found by ADL, returns a QString).
#define COMPARE_ACTION(actual, expected) QCOMPARE(int(actual), int(expected))

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void writtenAndReadBack();
    void changedOncePerChange();
    void queueSettingsFollow();
    void oldKeysMigrated();
    void openTabsRoundTrip();
};

// The window's tabs at quit: on by default, written and read back in order with the
// current one, never a password (even one in a URL), and no changed() for this state.
void TestAppSettings::openTabsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings s(path, QString());
        QVERIFY(s.restoreTabs());
        int current = 7;
        QVERIFY(s.openTabs(&current).isEmpty());
        QCOMPARE(current, 0);
        QSignalSpy changed(&s, &AppSettings::changed);
        s.setOpenTabs({{QStringLiteral("5d0c6a4e-43b4-4a57-9b89-2d4f4b8c1f00"), QString(),
                        QStringLiteral("/www"), QStringLiteral("/home/a/site")},
                       {QString(), QStringLiteral("sftp://bob:s3cret-pw@files.example:2222"),
                        QStringLiteral("/data"), QStringLiteral("/tmp")},
                       {QString(), QString(), QString(), QStringLiteral("/home/a")}},
                      1);
        QCOMPARE(changed.size(), 0);
        s.setRestoreTabs(false);
        QCOMPARE(changed.size(), 1);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-pw"));
    AppSettings s(path, QString());
    QVERIFY(!s.restoreTabs());
    int current = -1;
    const QList<AppSettings::SavedTab> tabs = s.openTabs(&current);
    QCOMPARE(current, 1);
    QCOMPARE(tabs.size(), 3);
    QCOMPARE(tabs.at(0).siteId, QStringLiteral("5d0c6a4e-43b4-4a57-9b89-2d4f4b8c1f00"));
    QCOMPARE(tabs.at(0).remoteFolder, QStringLiteral("/www"));
    QCOMPARE(tabs.at(0).localFolder, QStringLiteral("/home/a/site"));
    QCOMPARE(tabs.at(1).url, QStringLiteral("sftp://bob@files.example:2222"));
    QCOMPARE(tabs.at(1).remoteFolder, QStringLiteral("/data"));
    QVERIFY(tabs.at(2).url.isEmpty() && tabs.at(2).siteId.isEmpty());
    QCOMPARE(tabs.at(2).localFolder, QStringLiteral("/home/a"));
}

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("settings.ini")), QString());
    QCOMPARE(s.connectionsPerSite(), 2);
    QCOMPARE(s.connectTimeoutSeconds(), 20);
    QCOMPARE(s.idleTimeoutSeconds(), 120);
    QCOMPARE(s.retries(), 4);
    QCOMPARE(s.firstRetryDelaySeconds(), 2);
    QCOMPARE(s.maxRetryDelaySeconds(), 60);
    QCOMPARE(s.downloadLimitKiB(), 1024);
    QCOMPARE(s.uploadLimitKiB(), 1024);
    QVERIFY(!s.speedLimitOn());
    COMPARE_ACTION(s.downloadExistsAction(), ExistsAction::Ask);
    COMPARE_ACTION(s.uploadExistsAction(), ExistsAction::Ask);
    QVERIFY(s.partFiles());
    QVERIFY(s.preserveTimes());
    QVERIFY(!s.showHidden());
    QVERIFY(s.confirmDelete() && s.confirmOverwrite() && s.confirmMove());
    QCOMPARE(s.language(), QStringLiteral("system"));
    QCOMPARE(s.theme(), QStringLiteral("system"));
    QVERIFY(!s.isSet(AppSettings::kRetries));
    // The queue's own defaults, so a first start behaves as before.
    const ferry::transfer::QueueSettings queue = s.queueSettings();
    const ferry::transfer::QueueSettings builtIn;
    QCOMPARE(queue.connectionsPerSite, builtIn.connectionsPerSite);
    QCOMPARE(queue.maxAttempts, builtIn.maxAttempts);
    QCOMPARE(queue.firstRetryDelayMs, builtIn.firstRetryDelayMs);
    QCOMPARE(queue.maxRetryDelayMs, builtIn.maxRetryDelayMs);
    QCOMPARE(queue.downloadLimit, qint64(0));
    QCOMPARE(queue.idleTimeoutSeconds, builtIn.idleTimeoutSeconds);
}

void TestAppSettings::writtenAndReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings s(path, QString());
        s.setConnectionsPerSite(5);
        s.setConnectTimeoutSeconds(45);
        s.setIdleTimeoutSeconds(300);
        s.setRetries(7);
        s.setFirstRetryDelaySeconds(3);
        s.setMaxRetryDelaySeconds(90);
        s.setDownloadLimitKiB(300);
        s.setUploadLimitKiB(200);
        s.setSpeedLimitOn(true);
        s.setDownloadExistsAction(ExistsAction::OverwriteIfNewer);
        s.setUploadExistsAction(ExistsAction::Rename);
        s.setPartFiles(false);
        s.setPreserveTimes(false);
        s.setShowHidden(true);
        s.setConfirmDelete(false);
        s.setConfirmOverwrite(false);
        s.setConfirmMove(false);
        s.setLanguage(QStringLiteral("de"));
        s.setTheme(QStringLiteral("dark"));
        s.setTheme(QStringLiteral("purple")); // not a theme: ignored
        s.setConnectionsPerSite(5);
    }
    AppSettings s(path, QString());
    QCOMPARE(s.connectionsPerSite(), 5);
    QCOMPARE(s.connectTimeoutSeconds(), 45);
    QCOMPARE(s.idleTimeoutSeconds(), 300);
    QCOMPARE(s.retries(), 7);
    QCOMPARE(s.firstRetryDelaySeconds(), 3);
    QCOMPARE(s.maxRetryDelaySeconds(), 90);
    QCOMPARE(s.downloadLimitKiB(), 300);
    QCOMPARE(s.uploadLimitKiB(), 200);
    QVERIFY(s.speedLimitOn());
    COMPARE_ACTION(s.downloadExistsAction(), ExistsAction::OverwriteIfNewer);
    COMPARE_ACTION(s.uploadExistsAction(), ExistsAction::Rename);
    QVERIFY(!s.partFiles() && !s.preserveTimes());
    QVERIFY(s.showHidden());
    QVERIFY(!s.confirmDelete() && !s.confirmOverwrite() && !s.confirmMove());
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    // As an INI file anyone can read.
    QSettings raw(path, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("Connection/connectionsPerSite")).toInt(), 5);
    QCOMPARE(raw.value(QStringLiteral("Transfer/uploadExistsAction")).toString(), QStringLiteral("rename"));
    // Out of range: clamped.
    s.setConnectionsPerSite(99);
    QCOMPARE(s.connectionsPerSite(), 10);
    raw.setValue(QStringLiteral("Connection/connectionsPerSite"), QStringLiteral("lots"));
    raw.sync();
    QCOMPARE(AppSettings(path, QString()).connectionsPerSite(), 2);
}

void TestAppSettings::changedOncePerChange()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("settings.ini")), QString());
    QSignalSpy changed(&s, &AppSettings::changed);
    s.setConnectionsPerSite(3);
    s.setConnectionsPerSite(3);
    s.setSpeedLimitOn(false); // the default: stored, but nothing changed
    s.setTheme(QStringLiteral("light"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), AppSettings::kConnectionsPerSite);
    QCOMPARE(changed.at(1).at(0).toString(), AppSettings::kTheme);
    QVERIFY(s.isSet(AppSettings::kSpeedLimitOn));
}

void TestAppSettings::queueSettingsFollow()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("settings.ini")), QString());
    s.setConnectionsPerSite(4);
    s.setRetries(0);
    s.setFirstRetryDelaySeconds(10);
    s.setMaxRetryDelaySeconds(5); // below the first: the first wins
    s.setDownloadLimitKiB(100);
    s.setUploadLimitKiB(50);
    s.setUploadExistsAction(ExistsAction::Skip);
    s.setConnectTimeoutSeconds(45);
    QCOMPARE(s.queueSettings().downloadLimit, qint64(0)); // switched off
    s.setSpeedLimitOn(true);
    ferry::transfer::QueueSettings q = s.queueSettings();
    QCOMPARE(q.connectionsPerSite, 4);
    QCOMPARE(q.connectTimeoutSeconds, 45); // reaches the queue's sites resolved already
    QCOMPARE(q.maxAttempts, 1);
    QCOMPARE(q.firstRetryDelayMs, 10000);
    QCOMPARE(q.maxRetryDelayMs, 10000);
    QCOMPARE(q.downloadLimit, qint64(100 * 1024));
    QCOMPARE(q.uploadLimit, qint64(50 * 1024));
    COMPARE_ACTION(q.defaultExists, ExistsAction::Ask);
    COMPARE_ACTION(q.defaultUploadExists, ExistsAction::Skip);
    // Overwrites not confirmed: "ask" overwrites.
    s.setConfirmOverwrite(false);
    q = s.queueSettings();
    COMPARE_ACTION(q.defaultExists, ExistsAction::Overwrite);
    COMPARE_ACTION(q.defaultUploadExists, ExistsAction::Skip);
}

void TestAppSettings::oldKeysMigrated()
{
    QTemporaryDir dir;
    const QString legacyPath = dir.filePath(QStringLiteral("ferry.conf"));
    {
        QSettings legacy(legacyPath, QSettings::IniFormat);
        legacy.setValue(QStringLiteral("Transfer/speedLimitOn"), true);
        legacy.setValue(QStringLiteral("Transfer/downloadLimitKiB"), 640);
        legacy.setValue(QStringLiteral("Transfer/uploadLimitKiB"), 320);
        legacy.setValue(QStringLiteral("MainWindow/treeBeside"), true); // not a setting: stays
    }
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        // A value already in the new file wins over the old one.
        QSettings fresh(path, QSettings::IniFormat);
        fresh.setValue(QStringLiteral("Transfer/uploadLimitKiB"), 99);
    }
    AppSettings s(path, legacyPath);
    QVERIFY(s.speedLimitOn());
    QCOMPARE(s.downloadLimitKiB(), 640);
    QCOMPARE(s.uploadLimitKiB(), 99);
    QSettings legacy(legacyPath, QSettings::IniFormat);
    QVERIFY(!legacy.contains(QStringLiteral("Transfer/speedLimitOn")));
    QVERIFY(!legacy.contains(QStringLiteral("Transfer/downloadLimitKiB")));
    QVERIFY(legacy.value(QStringLiteral("MainWindow/treeBeside")).toBool());
    // A second start finds nothing more to move and keeps the values.
    AppSettings again(path, legacyPath);
    QCOMPARE(again.downloadLimitKiB(), 640);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
