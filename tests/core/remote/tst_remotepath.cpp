// RemotePath normalisation and safe names; Error's retry rules; DirEntry formatting.
#include <QTest>

#include "base/Error.h"
#include "remote/DirEntry.h"
#include "remote/RemotePath.h"

using namespace ferry::remote;

class TestRemotePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void safeNames_data();
    void safeNames();
    void parentAndChild();
    void retryRules();
    void mtimeIso();
    void permissionsFromMode();
};

void TestRemotePath::normalises_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << QString() << QStringLiteral("/");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("double slash") << QStringLiteral("//pub//x/") << QStringLiteral("/pub/x");
    QTest::newRow("dot") << QStringLiteral("/a/./b") << QStringLiteral("/a/b");
    QTest::newRow("dotdot") << QStringLiteral("/a/b/../c") << QStringLiteral("/a/c");
    QTest::newRow("above root") << QStringLiteral("/../../etc") << QStringLiteral("/etc");
    QTest::newRow("relative") << QStringLiteral("pub/file") << QStringLiteral("/pub/file");
    QTest::newRow("spaces kept") << QStringLiteral("/a  b/ c ") << QStringLiteral("/a  b/ c ");
}

void TestRemotePath::normalises()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(RemotePath(in).toString(), out);
}

void TestRemotePath::safeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("file.txt") << true;
    QTest::newRow("spaces") << QStringLiteral(" a b ") << true;
    QTest::newRow("dots inside") << QStringLiteral("..a") << true;
    QTest::newRow("unicode") << QStringLiteral("Ünïcødé 文件") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dotdot") << QStringLiteral("..") << false;
    QTest::newRow("traversal") << QStringLiteral("../x") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/x") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\x") << false;
    QTest::newRow("nul") << QString(QChar(0)) << false;
}

void TestRemotePath::safeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(RemotePath::isSafeName(name), safe);
}

void TestRemotePath::parentAndChild()
{
    const RemotePath p(QStringLiteral("/pub/dir"));
    QCOMPARE(p.name(), QStringLiteral("dir"));
    QCOMPARE(p.parent().toString(), QStringLiteral("/pub"));
    QCOMPARE(p.parent().parent().toString(), QStringLiteral("/"));
    QVERIFY(p.parent().parent().isRoot());
    QCOMPARE(p.parent().parent().parent().toString(), QStringLiteral("/"));
    QCOMPARE(p.child(QStringLiteral("f.txt")).toString(), QStringLiteral("/pub/dir/f.txt"));
    QCOMPARE(RemotePath().child(QStringLiteral("x")).toString(), QStringLiteral("/x"));
    QCOMPARE(p.resolved(QStringLiteral("../other")).toString(), QStringLiteral("/pub/other"));
    QCOMPARE(p.resolved(QStringLiteral("/abs")).toString(), QStringLiteral("/abs"));
}

void TestRemotePath::retryRules()
{
    QVERIFY(Error(ErrorKind::Network, QStringLiteral("reset")).retryable());
    QVERIFY(Error(ErrorKind::Timeout, QStringLiteral("slow")).retryable());
    QVERIFY(!Error(ErrorKind::Auth, QStringLiteral("no")).retryable());
    QVERIFY(!Error(ErrorKind::NotFound, QStringLiteral("no")).retryable());
    QVERIFY(!Error(ErrorKind::Permission, QStringLiteral("no")).setTransient(true).retryable());
    QVERIFY(!Error(ErrorKind::Protocol, QStringLiteral("550")).retryable());
    QVERIFY(Error(ErrorKind::Protocol, QStringLiteral("421")).setTransient(true).retryable());
    QCOMPARE(Error(ErrorKind::Protocol, QStringLiteral("Failed"), QStringLiteral("550 No")).toString(),
             QStringLiteral("Failed (server said: 550 No)"));
}

void TestRemotePath::mtimeIso()
{
    DirEntry e;
    QVERIFY(e.mtimeIso().isEmpty());
    e.mtime = QDateTime(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC);
    e.mtimePrecision = MtimePrecision::Second;
    e.mtimeUtc = true;
    QCOMPARE(e.mtimeIso(), QStringLiteral("2024-03-05T07:08:09Z"));
    e.mtimeUtc = false;
    QCOMPARE(e.mtimeIso(), QStringLiteral("2024-03-05T07:08:09"));
}

void TestRemotePath::permissionsFromMode()
{
    QCOMPARE(DirEntry::permissionsFromMode(0755), QStringLiteral("rwxr-xr-x"));
    QCOMPARE(DirEntry::permissionsFromMode(0640), QStringLiteral("rw-r-----"));
    QCOMPARE(DirEntry::permissionsFromMode(04755), QStringLiteral("rwsr-xr-x"));
    QCOMPARE(DirEntry::permissionsFromMode(01777), QStringLiteral("rwxrwxrwt"));
    QCOMPARE(DirEntry::permissionsFromMode(02644), QStringLiteral("rw-r-Sr--"));
}

QTEST_GUILESS_MAIN(TestRemotePath)
#include "tst_remotepath.moc"
