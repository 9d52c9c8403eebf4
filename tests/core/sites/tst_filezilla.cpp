// FileZilla's sitemanager.xml: a realistic file (nested folders, protocols 0/1/3/4/6 and
// an unsupported one, logon types 0-5, base64, plain and master-password-protected
// passwords, XML entities and non-ASCII names) imports field by field, and round-trips
// through the exporter, with passwords only when they are passed.
#include <QTest>

#include "sites/FileZillaExporter.h"
#include "sites/FileZillaFormat.h"
#include "sites/FileZillaImporter.h"

using namespace ferry::sites;
using ferry::remote::Protocol;

class TestFileZilla : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsRealisticFile();
    void roundTripsThroughExport();
    void exportsPasswordsOnlyWhenGiven();
    void safePaths_data();
    void safePaths();
    void rejectsNonFileZilla();

private:
    static ImportedSites load();
    static const ImportedSite *byName(const ImportedSites &sites, const QString &name);
};

ImportedSites TestFileZilla::load()
{
    auto imported = FileZillaImporter::importFile(QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml"));
    if (!imported)
        qFatal("import failed: %s", qPrintable(imported.error().message()));
    return imported.value();
}

const ImportedSite *TestFileZilla::byName(const ImportedSites &sites, const QString &name)
{
    for (const ImportedSite &s : sites.sites) {
        if (s.site.name == name)
            return &s;
    }
    return nullptr;
}

void TestFileZilla::importsRealisticFile()
{
    const ImportedSites imported = load();
    QCOMPARE(imported.sites.size(), 8);
    QCOMPARE(imported.warnings.size(), 3); // account, FileZilla master password, S3
    QVERIFY(imported.warnings.join(QLatin1Char('\n')).contains(QLatin1String("protocol 7")));

    const ImportedSite *top = byName(imported, QStringLiteral("Top & level"));
    QVERIFY(top);
    QVERIFY(top->site.folder.isEmpty());
    QCOMPARE(top->site.protocol, Protocol::Ftp);
    QVERIFY(top->site.tlsIfAvailable);
    QCOMPARE(top->site.port, quint16(0));
    QCOMPARE(top->site.user, QStringLiteral("alice"));
    QCOMPARE(top->site.logon, LogonType::Normal);
    QCOMPARE(top->password, std::optional<QString>(QStringLiteral("pa55 w&rd<é>")));

    const ImportedSite *prod = byName(imported, QStringLiteral("prod \"main\" site"));
    QVERIFY(prod);
    QCOMPARE(prod->site.folderPath(), QStringLiteral("Clients/Acme & Sons <EU>"));
    QCOMPARE(prod->site.protocol, Protocol::Sftp);
    QCOMPARE(prod->site.port, quint16(2222));
    QCOMPARE(prod->site.logon, LogonType::KeyFile);
    QCOMPARE(prod->site.keyFile, QStringLiteral("/home/me/.ssh/acme_ed25519"));
    QCOMPARE(prod->site.maxConnections, 2);
    QCOMPARE(prod->site.charset, Charset::Utf8);
    QCOMPARE(prod->site.comments, QStringLiteral("Line one\nLine two: <tag> & 'quotes'"));
    QCOMPARE(prod->site.localDir, QStringLiteral("/home/me/acme"));
    QCOMPARE(prod->site.remoteDir, QStringLiteral("/var/www/acme site"));
    QVERIFY(!prod->password);

    const ImportedSite *implicit = byName(imported, QStringLiteral("implicit ÜTF ✓"));
    QVERIFY(implicit);
    QCOMPARE(implicit->site.protocol, Protocol::Ftps);
    QCOMPARE(implicit->site.port, quint16(0));
    QCOMPARE(implicit->site.timeZoneOffsetMinutes, -90);
    QCOMPARE(implicit->site.transferMode, TransferMode::Active);
    QCOMPARE(implicit->site.charset, Charset::Named);
    QCOMPARE(implicit->site.charsetName, QStringLiteral("ISO-8859-15"));
    QCOMPARE(implicit->site.localDir, QStringLiteral("C:\\Users\\me\\Acme"));
    QCOMPARE(implicit->site.remoteDir, QStringLiteral("/"));
    QCOMPARE(implicit->password, std::optional<QString>(QStringLiteral("日本語-pässwörd")));

    const ImportedSite *ask = byName(imported, QStringLiteral("ask me"));
    QVERIFY(ask);
    QCOMPARE(ask->site.folder,
             QStringList({QStringLiteral("Clients"), QStringLiteral("Beta"), QStringLiteral("Deep")}));
    QCOMPARE(ask->site.protocol, Protocol::Ftpes);
    QCOMPARE(ask->site.port, quint16(2121));
    QCOMPARE(ask->site.logon, LogonType::Ask);
    QCOMPARE(ask->site.transferMode, TransferMode::Passive);
    QCOMPARE(ask->site.remoteDir, QStringLiteral("/home/bob/a b  c"));

    const ImportedSite *anon = byName(imported, QStringLiteral("legacy anon"));
    QVERIFY(anon);
    QCOMPARE(anon->site.protocol, Protocol::Ftp);
    QVERIFY(!anon->site.tlsIfAvailable);
    QCOMPARE(anon->site.logon, LogonType::Anonymous);

    const ImportedSite *otp = byName(imported, QStringLiteral("one-time codes"));
    QVERIFY(otp);
    QCOMPARE(otp->site.folderPath(), QStringLiteral("Clients/Beta"));
    QCOMPARE(otp->site.logon, LogonType::Interactive);
    QVERIFY(!otp->password); // only a normal logon keeps a password

    const ImportedSite *account = byName(imported, QStringLiteral("with account"));
    QVERIFY(account);
    QCOMPARE(account->site.logon, LogonType::Normal);
    QCOMPARE(account->password, std::optional<QString>(QStringLiteral("plain-old-pw")));

    const ImportedSite *locked = byName(imported, QStringLiteral("master-password protected"));
    QVERIFY(locked);
    QCOMPARE(locked->site.logon, LogonType::Ask);
    QVERIFY(!locked->password);

    QVERIFY(!byName(imported, QStringLiteral("bucket")));
}

void TestFileZilla::roundTripsThroughExport()
{
    const ImportedSites first = load();
    QList<Site> sites;
    QHash<QUuid, QString> passwords;
    for (const ImportedSite &s : first.sites) {
        Site site = s.site;
        site.id = QUuid::createUuid();
        if (s.password)
            passwords.insert(site.id, *s.password);
        sites.append(site);
    }
    const QByteArray xml = FileZillaExporter::toXml(sites, passwords);
    auto second = FileZillaImporter::importXml(xml);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message()));
    QVERIFY2(second->warnings.isEmpty(), qPrintable(second->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(second->sites.size(), first.sites.size());
    // The exporter writes a folder's sites before its sub-folders, so the order may
    // differ; each site must come back the same, with the same password.
    for (qsizetype i = 0; i < first.sites.size(); ++i) {
        const ImportedSite *again = byName(*second, sites.at(i).name);
        QVERIFY2(again, qPrintable(sites.at(i).fullPath()));
        Site site = again->site;
        site.id = sites.at(i).id;
        QCOMPARE(site.fullPath(), sites.at(i).fullPath());
        QVERIFY2(site == sites.at(i), qPrintable(sites.at(i).fullPath()));
        QCOMPARE(again->password, first.sites.at(i).password);
    }
    // Entities survive as text, not as markup.
    QVERIFY(xml.contains("Acme &amp; Sons &lt;EU&gt;"));
}

void TestFileZilla::exportsPasswordsOnlyWhenGiven()
{
    Site site;
    site.id = QUuid::createUuid();
    site.name = QStringLiteral("s");
    site.host = QStringLiteral("h");
    site.user = QStringLiteral("u");
    site.logon = LogonType::Normal;
    const QByteArray secret = "s3cr3t-Ü";
    QVERIFY(!FileZillaExporter::toXml({site}).contains("<Pass"));
    const QByteArray withPassword = FileZillaExporter::toXml({site}, {{site.id, QString::fromUtf8(secret)}});
    QVERIFY(withPassword.contains(QByteArray("<Pass encoding=\"base64\">" + secret.toBase64() + "</Pass>")));
}

void TestFileZilla::safePaths_data()
{
    QTest::addColumn<QString>("safe");
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("1 0") << QStringLiteral("/");
    QTest::newRow("two") << QStringLiteral("1 0 4 home 3 bob") << QStringLiteral("/home/bob");
    QTest::newRow("spaces") << QStringLiteral("1 0 5 a b c 1 x") << QStringLiteral("/a b c/x");
    QTest::newRow("digits") << QStringLiteral("1 0 2 12 10 0123456789") << QStringLiteral("/12/0123456789");
}

void TestFileZilla::safePaths()
{
    QFETCH(QString, safe);
    QFETCH(QString, path);
    QCOMPARE(FileZillaFormat::fromSafePath(safe), path);
    QCOMPARE(FileZillaFormat::toSafePath(path), safe);
    QCOMPARE(FileZillaFormat::fromSafePath(QStringLiteral("1 0 9 short")), QString());
    QCOMPARE(FileZillaFormat::fromSafePath(QStringLiteral("x")), QString());
}

void TestFileZilla::rejectsNonFileZilla()
{
    QVERIFY(!FileZillaImporter::importXml("<html><body/></html>").ok());
    QVERIFY(!FileZillaImporter::importXml("<FileZilla3><Servers><Server>").ok());
    QVERIFY(!FileZillaImporter::importFile(QStringLiteral("/nonexistent/sitemanager.xml")).ok());
}

QTEST_GUILESS_MAIN(TestFileZilla)
#include "tst_filezilla.moc"
