// ferry-cli's `sites` command end to end, run as a separate process with its own config
// and data folders: add/list/remove, FileZilla import and export (round trip through a
// second config), OpenSSH config import, the vault's master password (environment,
// standard input, wrong, missing), "don't save passwords", concurrent CLI edits, and that
// no password (nor its base64) appears in any output or in any file under the config and
// data folders. The keyring is kept out (no D-Bus session), so passwords go to the vault.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "sites/VaultCredentialStore.h"

#include <memory>
#include <vector>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSitesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addListRemove();
    void importExportRoundTrip();
    void importsSshConfig();
    void passwordsNeverOnDiskOrInOutput();
    void wrongMasterPasswordChangesNothing();
    void masterPasswordFromStdin();
    void dontSavePasswords();
    void movePasswords();
    void changeMasterPassword();
    void concurrentAddsLoseNothing();
    void storedPasswordLogsInToVsftpd();

private:
    QProcessEnvironment environment(const QString &configDir) const;
    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &configDir = {},
            const QStringList &unset = {}, const QHash<QString, QString> &extra = {});
    QJsonArray listJson(const QString &configDir = {});
    // Every byte of every file under the config and data folders, and of every output.
    QList<QPair<QString, QByteArray>> everything() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_data;
    QByteArray m_outputs; // all stdout and stderr of this test's runs
};

void TestSitesCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(FERRY_CLI_PATH)), FERRY_CLI_PATH);
}

void TestSitesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("config"));
    m_data = m_dir->filePath(QStringLiteral("data"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("home")));
    QDir().mkpath(m_dir->filePath(QStringLiteral("run")));
    m_outputs.clear();
}

QProcessEnvironment TestSitesCli::environment(const QString &configDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_CONFIG_DIR"), configDir.isEmpty() ? m_config : configDir);
    env.insert(QStringLiteral("FERRY_DATA_DIR"), m_data);
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("FERRY_MASTER_PASSWORD"), QStringLiteral("master-of-tests"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    return env;
}

Run TestSitesCli::cli(const QStringList &args, const QByteArray &input, const QString &configDir,
                      const QStringList &unset, const QHash<QString, QString> &extra)
{
    QProcessEnvironment env = environment(configDir);
    for (const QString &name : unset)
        env.remove(name);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FERRY_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    Run run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    m_outputs += run.out + run.err;
    return run;
}

QJsonArray TestSitesCli::listJson(const QString &configDir)
{
    const Run run =
        cli({QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")}, {}, configDir);
    if (run.exitCode != 0)
        qWarning("sites list failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QList<QPair<QString, QByteArray>> TestSitesCli::everything() const
{
    QList<QPair<QString, QByteArray>> all{{QStringLiteral("(outputs)"), m_outputs}};
    for (const QString &root : {m_config, m_data}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all.append({f.fileName(), f.readAll()});
        }
    }
    return all;
}

void TestSitesCli::addListRemove()
{
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("acme"),
                 QStringLiteral("ftpes://deploy@ftp.acme.example:2121//srv/www"), QStringLiteral("--folder"),
                 QStringLiteral("Clients/Acme"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--active"), QStringLiteral("--comment"), QStringLiteral("main & only")},
                "pw-for-acme\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("password in the vault"));
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("anon"),
             QStringLiteral("ftp://mirror.example")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("acme"),
             QStringLiteral("sftp://x"), QStringLiteral("--folder"), QStringLiteral("Clients/Acme")});
    QCOMPARE(r.exitCode, 2); // exists
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("bad"),
             QStringLiteral("gopher://x")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("ftp://x"),
             QStringLiteral("--logon"), QStringLiteral("sometimes")});
    QCOMPARE(r.exitCode, 1);

    const QJsonArray sites = listJson();
    QCOMPARE(sites.size(), 2);
    const QJsonObject acme = sites.at(0).toObject();
    QCOMPARE(acme.value(QStringLiteral("name")).toString(), QStringLiteral("acme"));
    QCOMPARE(acme.value(QStringLiteral("folder")).toString(), QStringLiteral("Clients/Acme"));
    QCOMPARE(acme.value(QStringLiteral("protocol")).toString(), QStringLiteral("ftpes"));
    QCOMPARE(acme.value(QStringLiteral("host")).toString(), QStringLiteral("ftp.acme.example"));
    QCOMPARE(acme.value(QStringLiteral("port")).toInt(), 2121);
    QCOMPARE(acme.value(QStringLiteral("user")).toString(), QStringLiteral("deploy"));
    QCOMPARE(acme.value(QStringLiteral("logon")).toString(), QStringLiteral("normal"));
    const QJsonObject anon = sites.at(1).toObject();
    QCOMPARE(anon.value(QStringLiteral("folder")).toString(), QString());
    QCOMPARE(anon.value(QStringLiteral("logon")).toString(), QStringLiteral("anonymous"));
    QCOMPARE(anon.value(QStringLiteral("port")).toInt(), 21);

    r = cli({QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Clients/Acme/acme  ftpes://deploy@ftp.acme.example:2121  (normal)"),
             r.out.constData());

    r = cli({QStringLiteral("sites"), QStringLiteral("remove"), QStringLiteral("Clients/Acme/acme")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("remove"), QStringLiteral("acme")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(listJson().size(), 1);
    for (const auto &[name, bytes] : everything())
        QVERIFY2(!bytes.contains("pw-for-acme"), qPrintable(name));
}

void TestSitesCli::importExportRoundTrip()
{
    Run r = cli({QStringLiteral("sites"), QStringLiteral("import-filezilla"),
                 QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported 8 site(s), 3 password(s) in the vault"), r.out.constData());
    QVERIFY(r.err.contains("warning:"));
    // Importing again replaces rather than duplicates.
    r = cli({QStringLiteral("sites"), QStringLiteral("import-filezilla"),
             QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray first = listJson();
    QCOMPARE(first.size(), 8);

    const QString exported = m_dir->filePath(QStringLiteral("export.xml"));
    r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"), exported});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("<Pass"));

    const QString second = m_dir->filePath(QStringLiteral("config2"));
    r = cli({QStringLiteral("sites"), QStringLiteral("import-filezilla"), exported}, {}, second);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonArray again = listJson(second);
    QCOMPARE(again.size(), first.size());
    const auto withoutIds = [](const QJsonArray &array) {
        QStringList rows;
        for (const QJsonValue &v : array) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("id"));
            rows.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
        rows.sort();
        return rows;
    };
    QCOMPARE(withoutIds(again), withoutIds(first));

    // With passwords when asked: the second config gets them too.
    const QString withPasswords = m_dir->filePath(QStringLiteral("with-passwords.xml"));
    r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"), withPasswords,
             QStringLiteral("--with-passwords")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("with 3 password(s)"));
    QFile secret(withPasswords);
    QVERIFY(secret.open(QIODevice::ReadOnly));
    QVERIFY(secret.readAll().contains(QByteArray("plain-old-pw").toBase64()));
    QCOMPARE(secret.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestSitesCli::importsSshConfig()
{
    const QString config = m_dir->filePath(QStringLiteral("ssh_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host box\n  HostName 127.0.0.1\n  Port 2200\n  User me\n  IdentityFile ~/.ssh/id_box\n"
               "Host *.wild\n  User nobody\nHost plain\n");
    file.close();
    Run r = cli({QStringLiteral("sites"), QStringLiteral("import-ssh-config"), config,
                 QStringLiteral("--folder"), QStringLiteral("SSH")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray sites = listJson();
    QCOMPARE(sites.size(), 2);
    const QJsonObject box = sites.at(0).toObject();
    QCOMPARE(box.value(QStringLiteral("folder")).toString(), QStringLiteral("SSH"));
    QCOMPARE(box.value(QStringLiteral("protocol")).toString(), QStringLiteral("sftp"));
    QCOMPARE(box.value(QStringLiteral("port")).toInt(), 2200);
    QCOMPARE(box.value(QStringLiteral("logon")).toString(), QStringLiteral("keyfile"));
    QCOMPARE(sites.at(1).toObject().value(QStringLiteral("logon")).toString(), QStringLiteral("agent"));
    // The default file is ~/.ssh/config.
    r = cli({QStringLiteral("sites"), QStringLiteral("import-ssh-config")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(".ssh/config"));
}

void TestSitesCli::passwordsNeverOnDiskOrInOutput()
{
    const QStringList secrets = {QStringLiteral("Url-Secret-7781"), QStringLiteral("Stdin-Secret-9923"),
                                 QStringLiteral("Env-Secret-4410"), QStringLiteral("pa55 w&rd<é>"),
                                 QStringLiteral("日本語-pässwörd"), QStringLiteral("plain-old-pw")};
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("url"),
                 QStringLiteral("ftp://u:Url-Secret-7781@h.example/")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("stdin"),
             QStringLiteral("sftp://u@h.example"), QStringLiteral("--password-stdin")},
            "Stdin-Secret-9923\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("env"),
             QStringLiteral("ftps://u@h.example")},
            {}, {}, {}, {{QStringLiteral("FERRY_PASSWORD"), QStringLiteral("Env-Secret-4410")}});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("import-filezilla"),
             QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(listJson().size(), 11);
    r = cli({QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"),
             m_dir->filePath(QStringLiteral("x.xml"))});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("sites"), QStringLiteral("backend")});
    QCOMPARE(r.out, QByteArray("auto (vault)\n"));
    QVERIFY(QFile::exists(m_config + QStringLiteral("/vault.bin")));

    const QList<QPair<QString, QByteArray>> all = everything();
    QVERIFY(all.size() >= 4); // outputs, sites.json, credentials.json, vault.bin
    for (const QString &secret : secrets) {
        const QByteArray utf8 = secret.toUtf8();
        for (const auto &[name, bytes] : all) {
            QVERIFY2(!bytes.contains(utf8), qPrintable(name + QStringLiteral(" holds ") + secret));
            QVERIFY2(!bytes.contains(utf8.toBase64()),
                     qPrintable(name + QStringLiteral(" holds base64 of ") + secret));
            // base64 of the password inside longer text starts at any of three alignments
            for (int shift = 1; shift < 3; ++shift) {
                const QByteArray shifted = QByteArray(shift, 'x') + utf8;
                const QByteArray core = shifted.toBase64().mid(4, 8);
                QVERIFY2(!bytes.contains(core),
                         qPrintable(name + QStringLiteral(" holds shifted base64 of ") + secret));
            }
        }
    }
}

void TestSitesCli::wrongMasterPasswordChangesNothing()
{
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("s"),
                 QStringLiteral("ftp://u:pw1@h/")});
    QCOMPARE(r.exitCode, 0);
    QFile vault(m_config + QStringLiteral("/vault.bin"));
    QVERIFY(vault.open(QIODevice::ReadOnly));
    const QByteArray before = vault.readAll();
    vault.close();

    const QHash<QString, QString> wrong{{QStringLiteral("FERRY_MASTER_PASSWORD"), QStringLiteral("not-it")}};
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("t"),
             QStringLiteral("ftp://u:pw2@h/")},
            {}, {}, {}, wrong);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("wrong master password"), r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"),
             m_dir->filePath(QStringLiteral("e.xml")), QStringLiteral("--with-passwords")},
            {}, {}, {}, wrong);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(listJson().size(), 1); // the refused site was not added
    QVERIFY(vault.open(QIODevice::ReadOnly));
    QCOMPARE(vault.readAll(), before);
    QCOMPARE(QDir(m_config).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size(), 0);

    // Without any source of the master password: a clear message, exit 4.
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("t"),
             QStringLiteral("ftp://u:pw2@h/")},
            {}, {}, {QStringLiteral("FERRY_MASTER_PASSWORD")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("FERRY_MASTER_PASSWORD") && r.err.contains("--master-password-stdin"),
             r.err.constData());
}

void TestSitesCli::masterPasswordFromStdin()
{
    const QStringList noEnv{QStringLiteral("FERRY_MASTER_PASSWORD")};
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("s"),
                 QStringLiteral("ftp://u@h/"), QStringLiteral("--master-password-stdin"),
                 QStringLiteral("--password-stdin")},
                "from-stdin-master\nthe-site-pw\n", {}, noEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = m_dir->filePath(QStringLiteral("e.xml"));
    r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"), out,
             QStringLiteral("--with-passwords"), QStringLiteral("--master-password-stdin")},
            "from-stdin-master\n", {}, noEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray("the-site-pw").toBase64()));
}

void TestSitesCli::dontSavePasswords()
{
    Run r = cli({QStringLiteral("sites"), QStringLiteral("backend"), QStringLiteral("none")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("s"),
             QStringLiteral("ftp://u:unsaved-pw@h/")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("not saved"), r.err.constData());
    QCOMPARE(listJson().first().toObject().value(QStringLiteral("logon")).toString(), QStringLiteral("ask"));
    r = cli({QStringLiteral("sites"), QStringLiteral("import-filezilla"),
             QStringLiteral(FERRY_SITES_DATA "/sitemanager.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("3 set to ask for the password"), r.out.constData());
    QVERIFY(!QFile::exists(m_config + QStringLiteral("/vault.bin")));
    for (const auto &[name, bytes] : everything())
        QVERIFY2(!bytes.contains("unsaved-pw"), qPrintable(name));
    r = cli({QStringLiteral("sites"), QStringLiteral("backend"), QStringLiteral("sometimes")});
    QCOMPARE(r.exitCode, 1);
}

// `sites passwords move`: a keyring that does not answer (no session bus here) moves
// nothing and leaves every password in the vault; --to none forgets them and says how
// many; a wrong --to is a usage error.
void TestSitesCli::movePasswords()
{
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("s%1").arg(i),
                           QStringLiteral("ftp://u:moving-pw-%1@h/").arg(i)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("nopw"),
                 QStringLiteral("sftp://u@h/"), QStringLiteral("--logon"), QStringLiteral("agent")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = m_dir->filePath(QStringLiteral("e.xml"));
    const QStringList exportArgs{QStringLiteral("sites"), QStringLiteral("export-filezilla"), out,
                                 QStringLiteral("--with-passwords")};
    const auto exported = [&] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };

    r = cli({QStringLiteral("sites"), QStringLiteral("passwords"), QStringLiteral("move"),
             QStringLiteral("--to"), QStringLiteral("keyring")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No password was moved") && r.err.contains("D-Bus"), r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("backend")});
    QVERIFY2(r.out.startsWith("auto (vault)"), r.out.constData());
    QCOMPARE(cli(exportArgs).exitCode, 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(exported().contains(QStringLiteral("moving-pw-%1").arg(i).toUtf8().toBase64()));

    r = cli({QStringLiteral("sites"), QStringLiteral("passwords"), QStringLiteral("move"),
             QStringLiteral("--to=none")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("3 stored password(s) forgotten."), r.out.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("backend")});
    QCOMPARE(r.out, QByteArray("none\n"));
    QCOMPARE(cli(exportArgs).exitCode, 0);
    QVERIFY(!exported().contains(QByteArray("moving-pw-0").toBase64()));
    {
        ferry::sites::VaultCredentialStore vault(
            [](bool) -> ferry::remote::Result<QString> { return QStringLiteral("master-of-tests"); },
            m_config + QStringLiteral("/vault.bin"));
        const QJsonArray listed = listJson();
        for (const QJsonValue &site : listed) {
            const QUuid id(site.toObject().value(QStringLiteral("id")).toString());
            QCOMPARE(vault.password(id).value(), std::optional<QString>());
        }
    }

    r = cli({QStringLiteral("sites"), QStringLiteral("passwords"), QStringLiteral("move"),
             QStringLiteral("--to"), QStringLiteral("auto")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("sites"), QStringLiteral("passwords"), QStringLiteral("shuffle")});
    QCOMPARE(r.exitCode, 1);
}

// `sites passwords master`: a wrong old master password changes nothing (exit 4); the new
// one comes from FERRY_NEW_MASTER_PASSWORD or the second line of standard input; and a
// change killed (SIGKILL) at twelve points over its run leaves a vault that opens with the
// old password or the new one, every password in it, nothing moved aside as damaged.
void TestSitesCli::changeMasterPassword()
{
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("s%1").arg(i),
                           QStringLiteral("ftp://u:kept-pw-%1@h/").arg(i)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QString vaultPath = m_config + QStringLiteral("/vault.bin");
    const QStringList change{QStringLiteral("sites"), QStringLiteral("passwords"), QStringLiteral("master")};
    const auto bytes = [&vaultPath] {
        QFile f(vaultPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QList<QUuid> ids;
    for (const QJsonValue &site : listJson())
        ids.append(QUuid(site.toObject().value(QStringLiteral("id")).toString()));
    QCOMPARE(ids.size(), 3);
    // Every password, read with this master password; false when it does not open the vault.
    const auto opensWith = [&](const QString &master) {
        ferry::sites::VaultCredentialStore vault(
            [master](bool) -> ferry::remote::Result<QString> { return master; }, vaultPath);
        QStringList found;
        for (const QUuid &id : ids) {
            auto pw = vault.password(id);
            if (!pw || !pw->has_value())
                return false;
            found.append(**pw);
        }
        found.sort();
        return found == QStringList{QStringLiteral("kept-pw-0"), QStringLiteral("kept-pw-1"),
                                    QStringLiteral("kept-pw-2")};
    };

    const QByteArray before = bytes();
    Run r = cli(change, {}, {}, {},
                {{QStringLiteral("FERRY_MASTER_PASSWORD"), QStringLiteral("not-it")},
                 {QStringLiteral("FERRY_NEW_MASTER_PASSWORD"), QStringLiteral("second")}});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("wrong master password"), r.err.constData());
    QCOMPARE(bytes(), before);

    r = cli(change, {}, {}, {}, {{QStringLiteral("FERRY_NEW_MASTER_PASSWORD"), QStringLiteral("second")}});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("has a new master password"), r.out.constData());
    QVERIFY(opensWith(QStringLiteral("second")));
    QVERIFY(!opensWith(QStringLiteral("master-of-tests")));

    r = cli(change + QStringList{QStringLiteral("--master-password-stdin")}, "second\nthird\n", {},
            {QStringLiteral("FERRY_MASTER_PASSWORD")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(opensWith(QStringLiteral("third")));

    // Killed midway, at points spread over one whole change's time.
    QElapsedTimer clock;
    clock.start();
    r = cli(change, {}, {}, {},
            {{QStringLiteral("FERRY_MASTER_PASSWORD"), QStringLiteral("third")},
             {QStringLiteral("FERRY_NEW_MASTER_PASSWORD"), QStringLiteral("fourth")}});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 whole = clock.elapsed();
    qInfo("one master password change through ferry-cli: %lld ms", whole);
    QString current = QStringLiteral("fourth");
    int changed = 0;
    for (int i = 0; i < 12; ++i) {
        const QString next = QStringLiteral("crash-%1").arg(i);
        QProcess p;
        QProcessEnvironment env = environment({});
        env.insert(QStringLiteral("FERRY_MASTER_PASSWORD"), current);
        env.insert(QStringLiteral("FERRY_NEW_MASTER_PASSWORD"), next);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_CLI_PATH), change);
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(int(whole * i / 10)); // up to 110 %: the last ones finish
        p.kill();
        p.waitForFinished(10000);
        if (opensWith(current))
            continue;
        QVERIFY2(opensWith(next),
                 qPrintable(QStringLiteral("killed after %1 ms: the vault opens with neither "
                                           "password")
                                .arg(whole * i / 10)));
        current = next;
        ++changed;
    }
    qInfo("%d of 12 killed changes had finished", changed);
    QCOMPARE(QDir(m_config).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size(), 0);
    // And the vault still takes a change after all that.
    r = cli(change, {}, {}, {},
            {{QStringLiteral("FERRY_MASTER_PASSWORD"), current},
             {QStringLiteral("FERRY_NEW_MASTER_PASSWORD"), QStringLiteral("last")}});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(opensWith(QStringLiteral("last")));
}

void TestSitesCli::concurrentAddsLoseNothing()
{
    constexpr int kProcesses = 8;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment({}));
        // Half of them store a password too, so the vault sees concurrent writers as well.
        const QString url = i % 2 ? QStringLiteral("sftp://h%1").arg(i)
                                  : QStringLiteral("ftp://u:concurrent-pw-%1@h%1/").arg(i);
        p->start(QStringLiteral(FERRY_CLI_PATH),
                 {QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("site%1").arg(i), url});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(listJson().size(), kProcesses);
    const QString exported = m_dir->filePath(QStringLiteral("all.xml"));
    const Run r = cli({QStringLiteral("sites"), QStringLiteral("export-filezilla"), exported,
                       QStringLiteral("--with-passwords")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    for (int i = 0; i < kProcesses; i += 2)
        QVERIFY(xml.contains(QStringLiteral("concurrent-pw-%1").arg(i).toUtf8().toBase64()));
}

void TestSitesCli::storedPasswordLogsInToVsftpd()
{
    ferry::test::Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ferry::test::ServerInfo *srv = fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QDir(fx.rootDir()).mkpath(QStringLiteral("pub/inner"));
    QFile marker(fx.rootDir() + QStringLiteral("/pub/marker-for-sites.txt"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("hello");
    marker.close();
    QVERIFY(fx.giveToTestUser(fx.rootDir() + QStringLiteral("/pub")));

    const QString url =
        QStringLiteral("ftp://%1@%2:%3/").arg(ferry::test::Fixture::user(), srv->host).arg(srv->port);
    const QByteArray password = ferry::test::Fixture::password().toUtf8();
    Run r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("fixture"), url,
                 QStringLiteral("--folder"), QStringLiteral("Test"), QStringLiteral("--password-stdin")},
                password + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The stored password logs in; a relative FTP path is below the login folder.
    r = cli(
        {QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("fixture"), QStringLiteral("pub")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("marker-for-sites.txt"), r.out.constData());
    QVERIFY2(r.out.contains("inner"), r.out.constData());
    r = cli({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--site"),
             QStringLiteral("Test/fixture"), fx.rootDir() + QStringLiteral("/pub")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("marker-for-sites.txt"), r.out.constData());

    // A wrong master password stops before connecting; a wrong stored password is an
    // authentication failure.
    r = cli(
        {QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("fixture"), QStringLiteral("pub")},
        {}, {}, {}, {{QStringLiteral("FERRY_MASTER_PASSWORD"), QStringLiteral("wrong")}});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("wrong master password"), r.err.constData());
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("badpw"), url,
             QStringLiteral("--password-stdin")},
            "not-the-password\n");
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("badpw")});
    QCOMPARE(r.exitCode, 4);
    r = cli({QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("nosuchsite")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("no site named"), r.err.constData());

    // "Ask for password": nothing stored, the password comes from FERRY_PASSWORD.
    r = cli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("asker"), url,
             QStringLiteral("--logon"), QStringLiteral("ask")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("asker"), QStringLiteral("pub")},
            {}, {}, {}, {{QStringLiteral("FERRY_PASSWORD"), ferry::test::Fixture::password()}});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    for (const auto &[name, bytes] : everything()) {
        QVERIFY2(!bytes.contains(password), qPrintable(name));
        QVERIFY2(!bytes.contains(password.toBase64()), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestSitesCli)
#include "tst_sites_cli.moc"
