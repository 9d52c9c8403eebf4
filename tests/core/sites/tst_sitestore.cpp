// SiteStore: sites.json round-trips every field, lookups by name and by folder path,
// schema versions (a newer or unreadable file is never overwritten), atomic 0600 writes,
// and concurrent editors (threads with their own store, as the GUI and CLI are) lose no edit.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

#include "sites/SiteStore.h"
#include "util/Paths.h"

using namespace ferry::sites;
using ferry::remote::ErrorKind;
using ferry::remote::Protocol;

class TestSiteStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTripsEveryField();
    void findsByNameAndPath();
    void addRefusesDuplicates();
    void mergeReplacesSamePlace();
    void leavesNewerSchemaAlone();
    void leavesBrokenFileAlone();
    void concurrentEditorsLoseNothing();
    void mergesIntoConnectOptions();
    void migratesSchema1AndKeepsBookmarks();
    void foldersKeptMovedAndRemoved();

private:
    static Site sample(const QString &name, const QStringList &folder = {});
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Site TestSiteStore::sample(const QString &name, const QStringList &folder)
{
    Site s;
    s.name = name;
    s.folder = folder;
    s.protocol = Protocol::Ftpes;
    s.host = QStringLiteral("ftp.example.com");
    s.user = QStringLiteral("bob");
    return s;
}

void TestSiteStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSiteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ferry::util::Paths::setOverrides(m_dir->filePath(QStringLiteral("config")),
                                     m_dir->filePath(QStringLiteral("data")));
    m_path = ferry::util::Paths::configFile(QStringLiteral("sites.json"));
}

void TestSiteStore::roundTripsEveryField()
{
    Site s = sample(QStringLiteral("Full & \"odd\" <name> ✓"),
                    {QStringLiteral("Clients"), QStringLiteral("Acme")});
    s.protocol = Protocol::Sftp;
    s.port = 2222;
    s.logon = LogonType::KeyFile;
    s.keyFile = QStringLiteral("/keys/id");
    s.transferMode = TransferMode::Active;
    s.charset = Charset::Named;
    s.charsetName = QStringLiteral("KOI8-R");
    s.timeZoneOffsetMinutes = -330;
    s.maxConnections = 3;
    s.localDir = QStringLiteral("/home/me");
    s.remoteDir = QStringLiteral("/srv/www");
    s.comments = QStringLiteral("two\nlines");
    s.bookmarks = {{QStringLiteral("logs"), QStringLiteral("/var/log"), QStringLiteral("/tmp/logs")},
                   {QString(), QStringLiteral("/srv/www/img"), QString()}};
    SiteStore store;
    QCOMPARE(store.path(), m_path);
    auto added = store.add(s);
    QVERIFY(added.ok());
    QVERIFY(!added->id.isNull());

    SiteStore again;
    QVERIFY(again.reload().ok());
    QCOMPARE(again.sites().size(), 1);
    QVERIFY(again.sites().first() == *added);
    QCOMPARE(again.sites().first().folderPath(), QStringLiteral("Clients/Acme"));

    QFile file(m_path);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), SiteStore::kSchemaVersion);
    const QJsonObject stored = root.value(QStringLiteral("sites")).toArray().first().toObject();
    QVERIFY(!stored.contains(QStringLiteral("password")));
    QVERIFY(!stored.contains(QStringLiteral("pass")));
}

void TestSiteStore::findsByNameAndPath()
{
    SiteStore store;
    QVERIFY(store.add(sample(QStringLiteral("prod"), {QStringLiteral("A")})).ok());
    QVERIFY(store.add(sample(QStringLiteral("prod"), {QStringLiteral("B"), QStringLiteral("C")})).ok());
    QVERIFY(store.add(sample(QStringLiteral("solo"))).ok());
    QCOMPARE(store.find(QStringLiteral("solo"))->name, QStringLiteral("solo"));
    QCOMPARE(store.find(QStringLiteral("B/C/prod"))->folderPath(), QStringLiteral("B/C"));
    auto ambiguous = store.find(QStringLiteral("prod"));
    QVERIFY(!ambiguous.ok());
    QVERIFY(ambiguous.error().message().contains(QLatin1String("A/prod")));
    QCOMPARE(store.find(QStringLiteral("nope")).error().kind(), ErrorKind::NotFound);

    const Site solo = store.find(QStringLiteral("solo")).value();
    Site renamed = solo;
    renamed.name = QStringLiteral("renamed");
    QVERIFY(store.update(renamed).ok());
    QCOMPARE(store.byId(solo.id)->name, QStringLiteral("renamed"));
    QVERIFY(store.remove(solo.id).ok());
    QCOMPARE(store.remove(solo.id).error().kind(), ErrorKind::NotFound);
    QCOMPARE(store.sites().size(), 2);
}

void TestSiteStore::addRefusesDuplicates()
{
    SiteStore store;
    QVERIFY(store.add(sample(QStringLiteral("x"))).ok());
    QCOMPARE(store.add(sample(QStringLiteral("x"))).error().kind(), ErrorKind::Exists);
    QVERIFY(store.add(sample(QStringLiteral("x"), {QStringLiteral("elsewhere")})).ok());
}

void TestSiteStore::mergeReplacesSamePlace()
{
    SiteStore store;
    const Site first = store.add(sample(QStringLiteral("x"), {QStringLiteral("F")})).value();
    Site changed = sample(QStringLiteral("x"), {QStringLiteral("F")});
    changed.host = QStringLiteral("new.example.com");
    auto merged = store.merge({changed, sample(QStringLiteral("y"))});
    QVERIFY(merged.ok());
    QCOMPARE(merged->at(0).id, first.id);
    QVERIFY(!merged->at(1).id.isNull());
    QCOMPARE(store.sites().size(), 2);
    QCOMPARE(store.byId(first.id)->host, QStringLiteral("new.example.com"));
}

void TestSiteStore::leavesNewerSchemaAlone()
{
    const QByteArray newer = R"({"version": 99, "sites": [{"id": "6f1c5c7e-4a53-4c1b-9a43-3c7c2b0c9a11",
        "name": "future", "protocol": "sftp", "host": "h", "newField": true}]})";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(newer);
    file.close();
    SiteStore store;
    QVERIFY(store.reload().ok());
    QCOMPARE(store.sites().size(), 1);
    auto added = store.add(sample(QStringLiteral("x")));
    QVERIFY(!added.ok());
    QVERIFY(added.error().message().contains(QLatin1String("newer")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), newer);
}

void TestSiteStore::leavesBrokenFileAlone()
{
    const QByteArray broken = "{\"version\": 1, \"sites\": [ {";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    SiteStore store;
    QVERIFY(!store.reload().ok());
    QVERIFY(!store.add(sample(QStringLiteral("x"))).ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestSiteStore::concurrentEditorsLoseNothing()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 15;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([t] {
            SiteStore own; // each editor has its own view, as separate processes do
            for (int i = 0; i < kPerThread; ++i) {
                if (!own.add(sample(QStringLiteral("t%1-%2").arg(t).arg(i))).ok())
                    qWarning("add failed");
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    SiteStore store;
    QVERIFY(store.reload().ok());
    QCOMPARE(store.sites().size(), kThreads * kPerThread);
}

void TestSiteStore::mergesIntoConnectOptions()
{
    Site s = sample(QStringLiteral("x"));
    s.logon = LogonType::Anonymous;
    s.transferMode = TransferMode::Active;
    s.charset = Charset::Utf8;
    s.timeZoneOffsetMinutes = 120;
    ferry::remote::ConnectOptions options;
    s.applyTo(options);
    QVERIFY(options.activeMode);
    QCOMPARE(options.charset, QStringLiteral("UTF-8"));
    QCOMPARE(options.serverTimeZoneOffsetMinutes, 120);
    QVERIFY(s.connectionSpec().user.isEmpty()); // anonymous
    QCOMPARE(s.connectionSpec().effectivePort(), quint16(21));
    QVERIFY(!s.connectionSpec().hasPassword);

    Site key = sample(QStringLiteral("k"));
    key.protocol = Protocol::Sftp;
    key.logon = LogonType::KeyFile;
    key.keyFile = QStringLiteral("/k/id");
    ferry::remote::ConnectOptions sftp;
    sftp.identityFiles = {QStringLiteral("/other")};
    key.applyTo(sftp);
    QCOMPARE(sftp.identityFiles, QStringList({QStringLiteral("/k/id"), QStringLiteral("/other")}));
}

// A schema-1 file (before bookmarks and kept folders) reads as it was, and the first
// change writes schema 2 with the bookmark, everything else intact.
void TestSiteStore::migratesSchema1AndKeepsBookmarks()
{
    const QByteArray v1 = R"({"version": 1, "sites": [{"id": "6f1c5c7e-4a53-4c1b-9a43-3c7c2b0c9a11",
        "name": "old", "folder": ["Clients"], "protocol": "sftp", "host": "h.example", "port": 2222,
        "user": "me", "logon": "agent", "remoteDir": "/srv", "comments": "kept"}]})";
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(v1);
    }
    SiteStore store;
    QVERIFY(store.reload().ok());
    QCOMPARE(store.sites().size(), 1);
    Site site = store.sites().first();
    QVERIFY(site.bookmarks.isEmpty());
    QCOMPARE(store.folders(), QList<QStringList>{QStringList{QStringLiteral("Clients")}});
    site.bookmarks.append({QString(), QStringLiteral("/srv/www"), QStringLiteral("/home/me/www")});
    QVERIFY(store.update(site).ok());

    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
    const QJsonObject stored = root.value(QStringLiteral("sites")).toArray().first().toObject();
    QCOMPARE(stored.value(QStringLiteral("comments")).toString(), QStringLiteral("kept"));
    QCOMPARE(stored.value(QStringLiteral("port")).toInt(), 2222);
    SiteStore again;
    QVERIFY(again.reload().ok());
    QCOMPARE(again.sites().first().bookmarks.size(), 1);
    QCOMPARE(again.sites().first().bookmarks.first().localDir, QStringLiteral("/home/me/www"));
    QVERIFY(again.sites().first() == site);
}

void TestSiteStore::foldersKeptMovedAndRemoved()
{
    SiteStore store;
    QVERIFY(store.addFolder({QStringLiteral("Empty")}).ok());
    QCOMPARE(store.addFolder({QStringLiteral("Empty")}).error().kind(), ErrorKind::Exists);
    Site s;
    s.name = QStringLiteral("web");
    s.folder = {QStringLiteral("A"), QStringLiteral("B")};
    s.host = QStringLiteral("h");
    QVERIFY(store.add(s).ok());
    SiteStore again;
    QVERIFY(again.reload().ok());
    QCOMPARE(again.folders(), (QList<QStringList>{{QStringLiteral("A")},
                                                  {QStringLiteral("A"), QStringLiteral("B")},
                                                  {QStringLiteral("Empty")}}));
    // Moving A/B into Empty carries the site; moving a folder into itself is refused.
    QVERIFY(again
                .moveFolder({QStringLiteral("A"), QStringLiteral("B")},
                            {QStringLiteral("Empty"), QStringLiteral("B")})
                .ok());
    QCOMPARE(again.sites().first().folder, (QStringList{QStringLiteral("Empty"), QStringLiteral("B")}));
    QVERIFY(
        !again.moveFolder({QStringLiteral("Empty")}, {QStringLiteral("Empty"), QStringLiteral("X")}).ok());
    const auto removed = again.removeFolder({QStringLiteral("Empty")});
    QVERIFY(removed.ok());
    QCOMPARE(removed->size(), 1);
    QVERIFY(again.sites().isEmpty());
    QVERIFY(!again.folders().contains(QStringList{QStringLiteral("Empty")}));
}

QTEST_GUILESS_MAIN(TestSiteStore)
#include "tst_sitestore.moc"
