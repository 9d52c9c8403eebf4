// URL parsing shared by the CLI and the quick-connect bar: schemes, ports, percent-decoding,
// FTP's login-relative paths and SFTP's absolute ones, and that the password never
// comes back in toUrl() unless asked.
#include <QTest>

#include "remote/ConnectionSpec.h"

using namespace ferry::remote;

class TestConnectionSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void resolvesPaths();
    void roundTrips_data();
    void roundTrips();
    void hidesPassword();
};

void TestConnectionSpec::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");

    QTest::newRow("anonymous") << "ftp://example.com" << int(Protocol::Ftp) << "example.com" << 21 << ""
                               << ""
                               << "";
    QTest::newRow("relative path") << "ftp://u:p@h/pub/a.txt" << int(Protocol::Ftp) << "h" << 21 << "u"
                                   << "p"
                                   << "pub/a.txt";
    QTest::newRow("double slash absolute") << "ftp://h//etc/passwd" << int(Protocol::Ftp) << "h" << 21 << ""
                                           << ""
                                           << "/etc/passwd";
    QTest::newRow("%2F absolute") << "ftp://h/%2Fetc" << int(Protocol::Ftp) << "h" << 21 << ""
                                  << ""
                                  << "/etc";
    QTest::newRow("explicit") << "ftpes://bob@h:2121/" << int(Protocol::Ftpes) << "h" << 2121 << "bob"
                              << ""
                              << "";
    QTest::newRow("implicit") << "ftps://h/x" << int(Protocol::Ftps) << "h" << 990 << ""
                              << ""
                              << "x";
    QTest::newRow("decoded user and password")
        << "ftp://us%40er:p%3Aa%2Fss%20w@h/" << int(Protocol::Ftp) << "h" << 21 << "us@er"
        << "p:a/ss w"
        << "";
    QTest::newRow("decoded path") << "ftp://h/a%20b/%C3%BC.txt" << int(Protocol::Ftp) << "h" << 21 << ""
                                  << "" << QStringLiteral("a b/\u00fc.txt");
    QTest::newRow("ipv6") << "ftp://[::1]:2121/x" << int(Protocol::Ftp) << "::1" << 2121 << ""
                          << ""
                          << "x";
    QTest::newRow("sftp absolute") << "sftp://u@h/srv/data" << int(Protocol::Sftp) << "h" << 22 << "u"
                                   << ""
                                   << "/srv/data";
    QTest::newRow("sftp home") << "sftp://u@h/~/docs/a" << int(Protocol::Sftp) << "h" << 22 << "u"
                               << ""
                               << "docs/a";
    QTest::newRow("sftp home only") << "sftp://u@h/~" << int(Protocol::Sftp) << "h" << 22 << "u"
                                    << ""
                                    << "";
    QTest::newRow("sftp no path") << "sftp://h" << int(Protocol::Sftp) << "h" << 22 << ""
                                  << ""
                                  << "";
    QTest::newRow("sftp slash is home") << "sftp://u@h/" << int(Protocol::Sftp) << "h" << 22 << "u"
                                        << ""
                                        << "";
    QTest::newRow("sftp root") << "sftp://u@h//" << int(Protocol::Sftp) << "h" << 22 << "u"
                               << ""
                               << "/";
    QTest::newRow("uppercase scheme") << "FTP://H/x" << int(Protocol::Ftp) << "h" << 21 << ""
                                      << ""
                                      << "x";
}

void TestConnectionSpec::parses()
{
    QFETCH(QString, url);
    QFETCH(int, protocol);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, path);
    const auto spec = ConnectionSpec::fromUrl(url);
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message()));
    QCOMPARE(int(spec->protocol), protocol);
    QCOMPARE(spec->host, host);
    QCOMPARE(int(spec->effectivePort()), port);
    QCOMPARE(spec->user, user);
    QCOMPARE(spec->password, password);
    QCOMPARE(spec->hasPassword, !password.isEmpty());
    QCOMPARE(spec->path, path);
}

void TestConnectionSpec::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << "example.com/x";
    QTest::newRow("http") << "http://example.com/";
    QTest::newRow("no host") << "ftp:///x";
    QTest::newRow("bad port") << "ftp://h:99999/";
    QTest::newRow("nul in path") << "ftp://h/a%00b";
    QTest::newRow("empty") << "";
}

void TestConnectionSpec::rejects()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::fromUrl(url);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind(), ErrorKind::Local);
    QVERIFY(!spec.error().message().isEmpty());
}

void TestConnectionSpec::resolvesPaths()
{
    const RemotePath home(QStringLiteral("/home/bob"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("ftp://h/a/b"))->resolvedPath(home).toString(),
             QStringLiteral("/home/bob/a/b"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("ftp://h//etc"))->resolvedPath(home).toString(),
             QStringLiteral("/etc"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("ftp://h/"))->resolvedPath(home).toString(),
             QStringLiteral("/home/bob"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("sftp://h/~/x"))->resolvedPath(home).toString(),
             QStringLiteral("/home/bob/x"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("sftp://h/x"))->resolvedPath(home).toString(),
             QStringLiteral("/x"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("sftp://h/"))->resolvedPath(home).toString(),
             QStringLiteral("/home/bob"));
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("sftp://h"))->resolvedPath(home).toString(),
             QStringLiteral("/home/bob"));
    // A relative path cannot climb out through "..": RemotePath normalises at "/".
    QCOMPARE(ConnectionSpec::fromUrl(QStringLiteral("ftp://h/../../../etc"))->resolvedPath(home).toString(),
             QStringLiteral("/etc"));
}

void TestConnectionSpec::roundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("relative") << "ftp://u@h/pub/a%20b.txt";
    QTest::newRow("absolute") << "ftp://h/%2Fetc/x";
    QTest::newRow("port") << "ftpes://u@h:2121/d/";
    QTest::newRow("sftp") << "sftp://u@h/srv/x";
    QTest::newRow("sftp home") << "sftp://u@h/~/x";
    QTest::newRow("ipv6") << "ftps://[::1]:9990/";
}

void TestConnectionSpec::roundTrips()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::fromUrl(url);
    QVERIFY(spec.ok());
    QCOMPARE(spec->toUrl(), url);
}

void TestConnectionSpec::hidesPassword()
{
    const auto spec = ConnectionSpec::fromUrl(QStringLiteral("ftp://u:s3cret@h/x"));
    QVERIFY(spec.ok());
    QVERIFY(!spec->toUrl().contains(QLatin1String("s3cret")));
    QVERIFY(spec->toUrl(true).contains(QLatin1String("s3cret")));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
