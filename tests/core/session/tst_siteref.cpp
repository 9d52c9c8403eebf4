// labels: unit
// SiteRef, the one identity of a site: made from a URL or "site:NAME" as the queue stores
// it, or from a ConnectionSpec; its key (cases and default ports agree), its display form
// (never a password) and its host for the per-host limits.

#include <QTest>

#include "session/SiteRef.h"

using ferry::remote::ConnectionSpec;
using ferry::session::SiteRef;

class TestSiteRef : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void fromSpec_data();
    void fromSpec();
    void spellingsOfOneServerShareTheKey();
};

void TestSiteRef::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("saved");

    QTest::newRow("url with user") << "ftpes://alice@Files.Example.com"
                                   << "ftpes://alice@Files.Example.com"
                                   << "ftpes://alice@files.example.com:21"
                                   << "files.example.com" << false;
    QTest::newRow("url without user") << "sftp://files.example.com"
                                      << "sftp://files.example.com"
                                      << "sftp://@files.example.com:22"
                                      << "files.example.com" << false;
    QTest::newRow("default port written") << "ftp://alice@h.test:21"
                                          << "ftp://alice@h.test:21"
                                          << "ftp://alice@h.test:21"
                                          << "h.test" << false;
    QTest::newRow("explicit port") << "ftps://alice@h.test:2990"
                                   << "ftps://alice@h.test:2990"
                                   << "ftps://alice@h.test:2990"
                                   << "h.test" << false;
    QTest::newRow("implicit ftps default") << "ftps://alice@h.test"
                                           << "ftps://alice@h.test"
                                           << "ftps://alice@h.test:990"
                                           << "h.test" << false;
    QTest::newRow("ipv6 host") << "sftp://bob@[::1]:2222"
                               << "sftp://bob@[::1]:2222"
                               << "sftp://bob@[::1]:2222"
                               << "::1" << false;
    QTest::newRow("ipv6 default port") << "ftp://bob@[2001:DB8::7]"
                                       << "ftp://bob@[2001:DB8::7]"
                                       << "ftp://bob@[2001:db8::7]:21"
                                       << "2001:db8::7" << false;
    QTest::newRow("saved site") << "site:Work"
                                << "site:Work"
                                << "site:Work"
                                << "" << true;
    QTest::newRow("saved site in a folder") << "site:Clients/ACME www"
                                            << "site:Clients/ACME www"
                                            << "site:Clients/ACME www"
                                            << "" << true;
    QTest::newRow("password dropped") << "sftp://bob:s3cret@h.test"
                                      << "sftp://bob@h.test"
                                      << "sftp://bob@h.test:22"
                                      << "h.test" << false;
    QTest::newRow("password without user") << "ftp://:s3cret@h.test"
                                           << "ftp://h.test"
                                           << "ftp://@h.test:21"
                                           << "h.test" << false;
    QTest::newRow("password, port and path") << "ftpes://bob:s3cret@h.test:2121/pub/"
                                             << "ftpes://bob@h.test:2121/pub/"
                                             << "ftpes://bob@h.test:2121"
                                             << "h.test" << false;
    QTest::newRow("password in a url QUrl refuses") << "ftp://bob:s3cret@h.test:99999"
                                                    << "ftp://bob@h.test:99999"
                                                    << "ftp://bob@h.test:99999"
                                                    << "h.test" << false;
    QTest::newRow("not a url") << "somewhere"
                               << "somewhere"
                               << "somewhere"
                               << "" << false;
}

void TestSiteRef::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    QFETCH(QString, key);
    QFETCH(QString, host);
    QFETCH(bool, saved);
    const SiteRef ref = SiteRef::parse(text);
    QCOMPARE(ref.display(), display);
    QCOMPARE(ref.key(), key);
    QCOMPARE(ref.host(), host);
    QCOMPARE(ref.isSaved(), saved);
    if (saved)
        QCOMPARE(ref.savedName(), text.mid(5));
    for (const QString &part : {ref.display(), ref.key(), ref.host()})
        QVERIFY2(!part.contains(QLatin1String("s3cret")), qPrintable(part));
    // What is stored is read back as the same site.
    QCOMPARE(SiteRef::parse(ref.display()), ref);
    QCOMPARE(SiteRef::parse(ref.display()).display(), ref.display());
}

void TestSiteRef::fromSpec_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("host");

    QTest::newRow("ftp, path and password") << "ftp://alice:s3cret@h.test/pub/dir/"
                                            << "ftp://alice@h.test"
                                            << "ftp://alice@h.test:21"
                                            << "h.test";
    QTest::newRow("ftp, default port") << "ftp://alice@h.test:21/"
                                       << "ftp://alice@h.test"
                                       << "ftp://alice@h.test:21"
                                       << "h.test";
    QTest::newRow("ftpes, explicit port") << "ftpes://alice@H.Test:2121"
                                          << "ftpes://alice@h.test:2121"
                                          << "ftpes://alice@h.test:2121"
                                          << "h.test";
    QTest::newRow("sftp home") << "sftp://bob:s3cret@h.test/~/backup/"
                               << "sftp://bob@h.test/~"
                               << "sftp://bob@h.test:22"
                               << "h.test";
    QTest::newRow("sftp ipv6") << "sftp://bob@[::1]:2222//etc"
                               << "sftp://bob@[::1]:2222/~"
                               << "sftp://bob@[::1]:2222"
                               << "::1";
    QTest::newRow("anonymous ftp") << "ftp://h.test"
                                   << "ftp://h.test"
                                   << "ftp://@h.test:21"
                                   << "h.test";
}

void TestSiteRef::fromSpec()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QFETCH(QString, key);
    QFETCH(QString, host);
    auto spec = ConnectionSpec::fromUrl(url);
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
    const SiteRef ref = SiteRef::fromSpec(*spec);
    QCOMPARE(ref.display(), display);
    QCOMPARE(ref.key(), key);
    QCOMPARE(ref.host(), host);
    QVERIFY(!ref.isSaved());
    for (const QString &part : {ref.display(), ref.key(), ref.host()})
        QVERIFY2(!part.contains(QLatin1String("s3cret")), qPrintable(part));
    // A queue item stores display(); the Scheduler reads it back as the same site and host.
    const SiteRef stored = SiteRef::parse(ref.display());
    QCOMPARE(stored.key(), ref.key());
    QCOMPARE(stored.host(), ref.host());
}

void TestSiteRef::spellingsOfOneServerShareTheKey()
{
    const SiteRef a = SiteRef::parse(QStringLiteral("ftp://alice@A.test"));
    QCOMPARE(a, SiteRef::parse(QStringLiteral("ftp://alice@a.test:21/")));
    QCOMPARE(a, SiteRef::parse(QStringLiteral("ftp://alice:pw@a.test")));
    QCOMPARE(a, SiteRef::fromSpec(ConnectionSpec::fromUrl(QStringLiteral("ftp://alice@a.test/x")).value()));
    QVERIFY(a != SiteRef::parse(QStringLiteral("ftp://bob@a.test")));
    QVERIFY(a != SiteRef::parse(QStringLiteral("ftpes://alice@a.test")));
    QVERIFY(a != SiteRef::parse(QStringLiteral("ftp://alice@a.test:2121")));
    QVERIFY(SiteRef::saved(QStringLiteral("a.test")) != SiteRef::parse(QStringLiteral("ftp://@a.test")));
    QCOMPARE(SiteRef::saved(QStringLiteral("Work")).display(), QStringLiteral("site:Work"));
    QVERIFY(SiteRef().isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteRef)
#include "tst_siteref.moc"
