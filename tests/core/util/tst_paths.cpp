// util::Paths: the config and data folders are <XDG_CONFIG_HOME>/ferry and
// <XDG_DATA_HOME>/ferry (not ferry/ferry), and the files of a doubled folder that an
// earlier version wrote are moved up into them once.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "util/Paths.h"

using ferry::util::Paths;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void doubledFoldersMoveUpOnce();
    void migrateKeepsWhatIsThere();

private:
    QTemporaryDir m_home;
};

void TestPaths::initTestCase()
{
    QVERIFY(m_home.isValid());
    // As the GUI and the CLI name themselves.
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    qunsetenv("FERRY_CONFIG_DIR");
    qunsetenv("FERRY_DATA_DIR");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    Paths::setOverrides({}, {});
}

void TestPaths::doubledFoldersMoveUpOnce()
{
    const QString config = m_home.filePath(QStringLiteral("config/ferry"));
    const QString data = m_home.filePath(QStringLiteral("data/ferry"));
    // What an earlier version left: known_hosts and sites in config/ferry/ferry, the
    // queue in data/ferry/ferry; a file already in the right place wins.
    QVERIFY(writeFile(config + QStringLiteral("/ferry/known_hosts"), "old known hosts\n"));
    QVERIFY(writeFile(config + QStringLiteral("/ferry/sites.json"), "{\"old\":1}"));
    QVERIFY(writeFile(config + QStringLiteral("/sites.json"), "{\"new\":1}"));
    QVERIFY(writeFile(data + QStringLiteral("/ferry/queue.sqlite"), "queue"));

    QCOMPARE(Paths::configDir(), config);
    QCOMPARE(Paths::configFile(QStringLiteral("known_hosts")), config + QStringLiteral("/known_hosts"));
    QCOMPARE(readFile(config + QStringLiteral("/known_hosts")), QByteArray("old known hosts\n"));
    QVERIFY(!QFile::exists(config + QStringLiteral("/ferry/known_hosts")));
    QCOMPARE(readFile(config + QStringLiteral("/sites.json")), QByteArray("{\"new\":1}"));
    // The doubled folder still holds what could not move, so it stays.
    QCOMPARE(readFile(config + QStringLiteral("/ferry/sites.json")), QByteArray("{\"old\":1}"));

    QCOMPARE(Paths::dataDir(), data);
    QCOMPARE(readFile(data + QStringLiteral("/queue.sqlite")), QByteArray("queue"));
    QVERIFY(!QFileInfo::exists(data + QStringLiteral("/ferry"))); // emptied, removed

    // Once per process: a file appearing later in the doubled folder is not moved.
    QVERIFY(writeFile(data + QStringLiteral("/ferry/late.txt"), "late"));
    QCOMPARE(Paths::dataDir(), data);
    QVERIFY(QFile::exists(data + QStringLiteral("/ferry/late.txt")));
}

void TestPaths::migrateKeepsWhatIsThere()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/x")), "ax"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/sub/y")), "ay"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b/x")), "bx"));
    QCOMPARE(Paths::migrateFolder(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))), 1);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("b/x"))), QByteArray("bx"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("b/sub/y"))), QByteArray("ay"));
    QCOMPARE(Paths::migrateFolder(dir.filePath(QStringLiteral("missing")), dir.filePath(QStringLiteral("b"))),
             0);
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
