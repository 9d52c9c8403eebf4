// The system keyring through QtKeychain, against a real GNOME Keyring that
// with-keyring.sh starts in a private D-Bus session: the probe finds it, passwords
// stored come back (also through a second instance), removal works, and the chooser's
// "auto" settles on the keyring and remembers it. Run outside the wrapper, it fails.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "sites/CredentialStoreChooser.h"
#include "sites/KeychainCredentialStore.h"
#include "util/Paths.h"

using namespace ferry::sites;

class TestKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storesAndReadsBack();
    void chooserPicksKeyring();
    void noneMeansAskEveryTime();

private:
    QTemporaryDir m_dir;
};

void TestKeychainStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("FERRY_TEST_KEYRING"),
             "run through tests/core/sites/with-keyring.sh (ctest does), which starts a private keyring");
    QVERIFY(m_dir.isValid());
    ferry::util::Paths::setOverrides(m_dir.filePath(QStringLiteral("config")),
                                     m_dir.filePath(QStringLiteral("data")));
    const auto probe = KeychainCredentialStore::probe();
    QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message()));
}

void TestKeychainStore::storesAndReadsBack()
{
    const QUuid site = QUuid::createUuid();
    const QString secret = QStringLiteral("keyring-pw ✓ & <x>");
    {
        KeychainCredentialStore store;
        QVERIFY(!store.password(site)->has_value());
        const auto stored = store.setPassword(site, secret);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message()));
        QCOMPARE(store.password(site)->value(), secret);
        QVERIFY(store.setPassword(site, secret + QLatin1Char('2')).ok()); // overwrite
    }
    KeychainCredentialStore again;
    QCOMPARE(again.password(site)->value(), QString(secret + QLatin1Char('2')));
    QVERIFY(again.removePassword(site).ok());
    QVERIFY(!again.password(site)->has_value());
    QVERIFY(again.removePassword(site).ok()); // removing what is gone is fine

    // Nothing landed in Ferry's folders.
    for (const QString &dir : {ferry::util::Paths::configDir(), ferry::util::Paths::dataDir()}) {
        for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(secret.toUtf8()));
        }
    }
}

void TestKeychainStore::chooserPicksKeyring()
{
    CredentialStoreChooser chooser;
    QCOMPARE(chooser.configured().value(), CredentialBackend::Auto);
    auto store = chooser.open([](bool) -> ferry::remote::Result<QString> {
        return ferry::remote::Error(ferry::remote::ErrorKind::Auth,
                                    QStringLiteral("the vault must not be asked"));
    });
    QVERIFY(store.ok());
    QCOMPARE((*store)->backendName(), QStringLiteral("keyring"));
    QCOMPARE(chooser.resolved().value(), CredentialBackend::Keyring);

    const QUuid site = QUuid::createUuid();
    QVERIFY((*store)->setPassword(site, QStringLiteral("via chooser")).ok());
    QCOMPARE(KeychainCredentialStore().password(site)->value(), QStringLiteral("via chooser"));
    QVERIFY((*store)->removePassword(site).ok());
}

void TestKeychainStore::noneMeansAskEveryTime()
{
    CredentialStoreChooser chooser;
    QVERIFY(chooser.setConfigured(CredentialBackend::None).ok());
    auto store = chooser.open({});
    QVERIFY(store.ok());
    QCOMPARE((*store)->backendName(), QStringLiteral("none"));
    const QUuid site = QUuid::createUuid();
    QVERIFY(!(*store)->setPassword(site, QStringLiteral("x")).ok());
    QVERIFY(!(*store)->password(site)->has_value());
    QVERIFY(!KeychainCredentialStore().password(site)->has_value());
    QVERIFY(chooser.setConfigured(CredentialBackend::Auto).ok());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
