// OpenSSH client configs as SFTP sites: one site per concrete alias, ssh's
// first-value-wins across Host blocks (wildcards and negations included), Include,
// "key=value" and quoted syntax, %-tokens and ~, Match blocks left out with a warning.
#include <QTemporaryDir>
#include <QTest>

#include "sites/SshConfigImporter.h"

using namespace ferry::sites;

class TestSshConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsHosts();
    void followsIncludes();
    void readsFile();
    void proxyMessagesMatchTheEngine();

private:
    static const Site *byName(const ImportedSites &sites, const QString &name)
    {
        for (const ImportedSite &s : sites.sites) {
            if (s.site.name == name)
                return &s.site;
        }
        return nullptr;
    }
};

void TestSshConfig::importsHosts()
{
    const QString config = QStringLiteral("# a comment\n"
                                          "Host web web-alias\n"
                                          "    HostName web.example.com\n"
                                          "    User deploy\n"
                                          "    Port 2222\n"
                                          "    IdentityFile ~/.ssh/web_%h_%r\n"
                                          "\n"
                                          "Host db\n"
                                          "  HostName=db.internal\n"
                                          "  ProxyJump bastion\n"
                                          "Host *.example.org !skip.example.org plain.example.org\n"
                                          "  User org-user\n"
                                          "Host \"quoted\"\n"
                                          "  IdentityFile \"/keys/with space\"\n"
                                          "Match host db exec \"true\"\n"
                                          "  User from-match\n"
                                          "Host *\n"
                                          "  User everyone\n"
                                          "  Port 22\n"
                                          "  IdentityFile ~/.ssh/id_default\n"
                                          "Host web\n"
                                          "  User too-late\n");
    const ImportedSites imported =
        SshConfigImporter::importText(config, QStringLiteral("/nowhere"), QStringLiteral("/home/me"));

    QStringList names;
    for (const ImportedSite &s : imported.sites)
        names.append(s.site.name);
    QCOMPARE(names, QStringList({QStringLiteral("web"), QStringLiteral("web-alias"), QStringLiteral("db"),
                                 QStringLiteral("plain.example.org"), QStringLiteral("quoted")}));

    const Site *web = byName(imported, QStringLiteral("web"));
    QCOMPARE(web->protocol, ferry::remote::Protocol::Sftp);
    QCOMPARE(web->host, QStringLiteral("web.example.com"));
    QCOMPARE(web->user, QStringLiteral("deploy"));
    QCOMPARE(web->port, quint16(2222));
    QCOMPARE(web->logon, LogonType::KeyFile);
    QCOMPARE(web->keyFile, QStringLiteral("/home/me/.ssh/web_web.example.com_deploy"));
    QCOMPARE(byName(imported, QStringLiteral("web-alias"))->host, QStringLiteral("web.example.com"));

    const Site *db = byName(imported, QStringLiteral("db"));
    QCOMPARE(db->host, QStringLiteral("db.internal"));
    QCOMPARE(db->user, QStringLiteral("everyone")); // Match is not evaluated
    QCOMPARE(db->port, quint16(0));
    QCOMPARE(db->keyFile, QStringLiteral("/home/me/.ssh/id_default"));

    QCOMPARE(byName(imported, QStringLiteral("plain.example.org"))->user, QStringLiteral("org-user"));
    QCOMPARE(byName(imported, QStringLiteral("plain.example.org"))->host,
             QStringLiteral("plain.example.org"));
    QCOMPARE(byName(imported, QStringLiteral("quoted"))->keyFile, QStringLiteral("/keys/with space"));

    const QString warnings = imported.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("Match")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("db: ProxyJump bastion is not followed")), qPrintable(warnings));
}

void TestSshConfig::followsIncludes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("conf.d"));
    QFile a(dir.filePath(QStringLiteral("conf.d/10-a.conf")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("Host inc-a\n  HostName a.example\n  User ua\n");
    a.close();
    QFile b(dir.filePath(QStringLiteral("conf.d/20-b.conf")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("Host inc-b\n  HostName b.example\n");
    b.close();
    const ImportedSites imported = SshConfigImporter::importText(
        QStringLiteral("Include conf.d/*.conf\nHost top\n  HostName top.example\nHost *\n  User fallback\n"),
        dir.path(), QStringLiteral("/home/me"));
    QCOMPARE(imported.sites.size(), 3);
    QCOMPARE(imported.sites.at(0).site.name, QStringLiteral("inc-a"));
    QCOMPARE(imported.sites.at(0).site.user, QStringLiteral("ua"));
    QCOMPARE(imported.sites.at(0).site.logon, LogonType::Agent);
    QCOMPARE(imported.sites.at(1).site.host, QStringLiteral("b.example"));
    QCOMPARE(imported.sites.at(1).site.user, QStringLiteral("fallback"));
    QCOMPARE(imported.sites.at(2).site.name, QStringLiteral("top"));

    // An Include that includes itself stops at the depth limit with a warning.
    QFile loop(dir.filePath(QStringLiteral("loop.conf")));
    QVERIFY(loop.open(QIODevice::WriteOnly));
    loop.write("Include loop.conf\nHost looped\n");
    loop.close();
    const ImportedSites looped = SshConfigImporter::importText(QStringLiteral("Include loop.conf\n"),
                                                               dir.path(), QStringLiteral("/home/me"));
    QCOMPARE(looped.sites.size(), 1);
    QVERIFY(!looped.warnings.isEmpty());
}

void TestSshConfig::readsFile()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host one\n  HostName 127.0.0.1\n  Port 2200\n");
    config.close();
    auto imported = SshConfigImporter::importFile(config.fileName());
    QVERIFY(imported.ok());
    QCOMPARE(imported->sites.size(), 1);
    QCOMPARE(imported->sites.first().site.port, quint16(2200));
    QVERIFY(!SshConfigImporter::importFile(dir.filePath(QStringLiteral("missing"))).ok());
}

// The engine (SshSession) lets libssh read ~/.ssh/config for the host name a site stores
// and follows a ProxyJump/ProxyCommand found for that name. The importer's message says
// which of its sites will go through a proxy and which will connect directly.
void TestSshConfig::proxyMessagesMatchTheEngine()
{
    const QString config = QStringLiteral("Host viajump\n"
                                          "  ProxyJump bastion\n"
                                          "Host db\n"
                                          "  HostName db.internal\n"
                                          "  ProxyJump bastion\n"
                                          "Host app\n"
                                          "  HostName app.corp.example\n"
                                          "  ProxyCommand ssh -W %h:%p gw\n"
                                          "Host *.corp.example\n"
                                          "  ProxyJump gw2\n"
                                          "Host direct\n"
                                          "  ProxyJump none\n");
    const ImportedSites imported =
        SshConfigImporter::importText(config, QStringLiteral("/nowhere"), QStringLiteral("/home/me"));
    QCOMPARE(imported.sites.size(), 4);
    const QStringList &w = imported.warnings;
    const auto warningFor = [&w](const QString &alias) {
        QStringList found;
        for (const QString &line : w) {
            if (line.startsWith(alias + QLatin1String(": ")))
                found.append(line);
        }
        return found;
    };
    // No HostName: the site's host is the alias, whose block libssh applies.
    QCOMPARE(warningFor(QStringLiteral("viajump")).size(), 1);
    QVERIFY2(warningFor(QStringLiteral("viajump"))
                 .first()
                 .startsWith(QLatin1String("viajump: ProxyJump bastion is followed")),
             qPrintable(w.join(QLatin1Char('\n'))));
    // HostName differs and only the alias has the proxy: connects directly, and says how to fix it.
    QCOMPARE(warningFor(QStringLiteral("db")).size(), 1);
    QVERIFY2(warningFor(QStringLiteral("db"))
                 .first()
                 .startsWith(QLatin1String("db: ProxyJump bastion is not followed")),
             qPrintable(w.join(QLatin1Char('\n'))));
    QVERIFY(warningFor(QStringLiteral("db")).first().contains(QLatin1String("connects directly")));
    // The host name has a proxy of its own: that one is what the engine runs.
    QCOMPARE(warningFor(QStringLiteral("app")).size(), 1);
    QVERIFY2(
        warningFor(QStringLiteral("app")).first().startsWith(QLatin1String("app: ProxyJump gw2 is followed")),
        qPrintable(w.join(QLatin1Char('\n'))));
    // "ProxyJump none" is no proxy.
    QVERIFY(warningFor(QStringLiteral("direct")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
