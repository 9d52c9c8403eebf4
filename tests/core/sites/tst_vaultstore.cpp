// The encrypted vault on its own: passwords come back across instances, the file holds
// neither the password nor its base64, a wrong master password is an Auth error that
// changes nothing, and a damaged vault (header, body, truncation) is reported, kept
// aside byte for byte and never overwritten. Also measures the default key derivation.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "sites/VaultCredentialStore.h"

using namespace ferry::sites;
using ferry::remote::Error;
using ferry::remote::ErrorKind;
using ferry::remote::Result;

namespace {
// Tests use a cheap derivation, except where the default is measured.
const VaultCredentialStore::Cost kCheap{1, 8 * 1024};

struct Provider
{
    QString password;
    int calls = 0;
    VaultCredentialStore::MasterPasswordProvider get()
    {
        return [this](bool) -> Result<QString> {
            ++calls;
            return password;
        };
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}
} // namespace

class TestVaultStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void storesAndReadsBack();
    void noPlaintextOnDisk();
    void wrongMasterPasswordChangesNothing();
    void damagedVaultIsKeptAside_data();
    void damagedVaultIsKeptAside();
    void missingVaultNeedsNoPassword();
    void changeMasterPassword();
    void defaultCostTiming();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const QUuid m_site = QUuid::createUuid();
};

void TestVaultStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVaultStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.bin"));
}

void TestVaultStore::storesAndReadsBack()
{
    Provider master{QStringLiteral("correct horse")};
    {
        VaultCredentialStore vault(master.get(), m_path);
        vault.setCostForNewVaults(kCheap);
        QVERIFY(vault.setPassword(m_site, QStringLiteral("site-pw-ü")).ok());
        const QUuid other = QUuid::createUuid();
        QVERIFY(vault.setPassword(other, QStringLiteral("other")).ok());
        QCOMPARE(vault.password(m_site)->value(), QStringLiteral("site-pw-ü"));
        QVERIFY(vault.removePassword(other).ok());
        QVERIFY(!vault.password(other)->has_value());
        QCOMPARE(master.calls, 1); // the key is derived once per instance
    }
    QFile file(m_path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    Provider again{QStringLiteral("correct horse")};
    VaultCredentialStore reopened(again.get(), m_path);
    auto password = reopened.password(m_site);
    QVERIFY(password.ok());
    QCOMPARE(password->value(), QStringLiteral("site-pw-ü"));
    QCOMPARE(again.calls, 1);
}

void TestVaultStore::noPlaintextOnDisk()
{
    Provider master{QStringLiteral("m")};
    VaultCredentialStore vault(master.get(), m_path);
    vault.setCostForNewVaults(kCheap);
    const QString secret = QStringLiteral("Plaintext-Canary-12345");
    QVERIFY(vault.setPassword(m_site, secret).ok());
    QVERIFY(vault.setPassword(QUuid::createUuid(), QStringLiteral("x")).ok()); // a rewrite too
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden)) {
        const QByteArray bytes = readAll(m_dir->filePath(name));
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(secret.toUtf8().toBase64()), qPrintable(name));
        QVERIFY2(!bytes.contains(m_site.toString(QUuid::WithoutBraces).toUtf8()), qPrintable(name));
    }
}

void TestVaultStore::wrongMasterPasswordChangesNothing()
{
    Provider right{QStringLiteral("right")};
    {
        VaultCredentialStore vault(right.get(), m_path);
        vault.setCostForNewVaults(kCheap);
        QVERIFY(vault.setPassword(m_site, QStringLiteral("kept")).ok());
    }
    const QByteArray before = readAll(m_path);

    Provider wrong{QStringLiteral("wrong")};
    VaultCredentialStore vault(wrong.get(), m_path);
    auto read = vault.password(m_site);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ErrorKind::Auth);
    QVERIFY(read.error().message().contains(QLatin1String("wrong master password")));
    const auto written = vault.setPassword(QUuid::createUuid(), QStringLiteral("new"));
    QCOMPARE(written.error().kind(), ErrorKind::Auth);
    QCOMPARE(vault.removePassword(m_site).error().kind(), ErrorKind::Auth);
    QCOMPARE(vault.unlock().error().kind(), ErrorKind::Auth);

    QCOMPARE(readAll(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1); // nothing moved aside

    VaultCredentialStore again(right.get(), m_path);
    QCOMPARE(again.password(m_site)->value(), QStringLiteral("kept"));
}

void TestVaultStore::damagedVaultIsKeptAside_data()
{
    QTest::addColumn<int>("offset"); // byte to flip; -1 truncates, -2 replaces with junk
    QTest::newRow("magic") << 0;
    QTest::newRow("salt") << 25;
    QTest::newRow("nonce") << 80;
    QTest::newRow("ciphertext") << 120;
    QTest::newRow("truncated") << -1;
    QTest::newRow("junk") << -2;
}

void TestVaultStore::damagedVaultIsKeptAside()
{
    QFETCH(int, offset);
    Provider master{QStringLiteral("pw")};
    {
        VaultCredentialStore vault(master.get(), m_path);
        vault.setCostForNewVaults(kCheap);
        QVERIFY(vault.setPassword(m_site, QStringLiteral("before damage")).ok());
    }
    QByteArray bytes = readAll(m_path);
    QVERIFY(bytes.size() > 130);
    if (offset == -1)
        bytes.truncate(50);
    else if (offset == -2)
        bytes = QByteArray(200, 'x');
    else
        bytes[offset] = char(bytes.at(offset) ^ 0x5a);
    writeAll(m_path, bytes);

    VaultCredentialStore vault(master.get(), m_path);
    vault.setCostForNewVaults(kCheap);
    auto read = vault.password(m_site);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ErrorKind::Local);
    QVERIFY2(read.error().message().contains(QLatin1String("damaged")), qPrintable(read.error().message()));

    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("vault.bin.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(read.error().message().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), bytes);
    QVERIFY(!QFile::exists(m_path));

    // The next save starts a new vault and leaves the damaged one as it is.
    QVERIFY(vault.setPassword(m_site, QStringLiteral("after")).ok());
    QCOMPARE(vault.password(m_site)->value(), QStringLiteral("after"));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), bytes);
}

// A new master password: a wrong old one or an empty new one changes nothing; the right
// one re-encrypts every entry under a new salt, the old password no longer opens it, the
// instance goes on without asking, and nothing but the vault is left in the folder.
void TestVaultStore::changeMasterPassword()
{
    Provider first{QStringLiteral("first-master")};
    VaultCredentialStore vault(first.get(), m_path);
    vault.setCostForNewVaults(kCheap);
    const QUuid ids[] = {QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
    for (int i = 0; i < 3; ++i)
        QVERIFY(vault.setPassword(ids[i], QStringLiteral("pw-%1").arg(i)).ok());
    const QByteArray before = readAll(m_path);

    auto refused = vault.changeMasterPassword(QStringLiteral("not-it"), QStringLiteral("second-master"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::Auth);
    QVERIFY(refused.error().message().contains(QLatin1String("wrong master password")));
    QCOMPARE(readAll(m_path), before);
    QVERIFY(!vault.changeMasterPassword(QStringLiteral("first-master"), QString()).ok());
    QCOMPARE(readAll(m_path), before);

    QVERIFY(vault.changeMasterPassword(QStringLiteral("first-master"), QStringLiteral("second-master")).ok());
    QVERIFY(readAll(m_path) != before);
    QCOMPARE(readAll(m_path).mid(20, 16) == before.mid(20, 16), false); // a new salt
    const int calls = first.calls;
    QCOMPARE(vault.password(ids[1])->value(), QStringLiteral("pw-1")); // goes on with the new key
    QCOMPARE(first.calls, calls);
    QVERIFY(vault.setPassword(ids[2], QStringLiteral("pw-2b")).ok());

    Provider second{QStringLiteral("second-master")};
    VaultCredentialStore reopened(second.get(), m_path);
    QCOMPARE(reopened.password(ids[0])->value(), QStringLiteral("pw-0"));
    QCOMPARE(reopened.password(ids[2])->value(), QStringLiteral("pw-2b"));
    Provider old{QStringLiteral("first-master")};
    VaultCredentialStore stale(old.get(), m_path);
    QCOMPARE(stale.password(ids[0]).error().kind(), ErrorKind::Auth);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("vault.bin")});

    // No vault yet: nothing to change, nothing made.
    VaultCredentialStore none(first.get(), m_dir->filePath(QStringLiteral("absent.bin")));
    QCOMPARE(none.changeMasterPassword(QStringLiteral("a"), QStringLiteral("b")).error().kind(),
             ErrorKind::NotFound);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("absent.bin"))));
}

void TestVaultStore::missingVaultNeedsNoPassword()
{
    Provider master{QStringLiteral("pw")};
    VaultCredentialStore vault(master.get(), m_path);
    QVERIFY(!vault.password(m_site)->has_value());
    QVERIFY(vault.removePassword(m_site).ok());
    QCOMPARE(master.calls, 0);
    QVERIFY(!vault.exists());

    VaultCredentialStore refused(
        [](bool) -> Result<QString> { return Error(ErrorKind::Auth, QStringLiteral("no")); }, m_path);
    QCOMPARE(refused.setPassword(m_site, QStringLiteral("x")).error().kind(), ErrorKind::Auth);
    QVERIFY(!refused.exists());
    Provider empty{QString()};
    VaultCredentialStore emptyMaster(empty.get(), m_path);
    QCOMPARE(emptyMaster.setPassword(m_site, QStringLiteral("x")).error().kind(), ErrorKind::Auth);
}

void TestVaultStore::defaultCostTiming()
{
    Provider master{QStringLiteral("timing")};
    QElapsedTimer timer;
    timer.start();
    {
        VaultCredentialStore vault(master.get(), m_path);
        QVERIFY(vault.unlock().ok());
    }
    const qint64 create = timer.restart();
    VaultCredentialStore vault(master.get(), m_path);
    QVERIFY(vault.unlock().ok());
    const qint64 open = timer.elapsed();
    qInfo("Argon2id %u passes over %u KiB: create %lld ms, open %lld ms",
          VaultCredentialStore::defaultCost().opsLimit, VaultCredentialStore::defaultCost().memLimitKiB,
          create, open);
    QVERIFY(open < 10000);
}

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
