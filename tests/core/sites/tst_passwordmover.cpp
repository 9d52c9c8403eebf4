// Moving the stored passwords when "where passwords are kept" changes (PasswordMover, and
// CredentialService::movePasswords for the window): every password arrives in the new
// store and leaves the old one, the counts are right, the choice (credentials.json)
// follows, and a failing write, a failing switch or a refused keyring moves nothing and
// leaves every password where the choice still looks. The service does it on its worker
// while a 5 ms timer on the test's (GUI) thread proves the event loop never stalls, and
// the vault's master password is asked once. Built twice: FERRY_KEYRING_TEST moves
// between the vault and the private GNOME Keyring of with-keyring.sh, both ways.
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include "../../support/StallMeter.h"
#include "session/QuestionRequest.h"
#include "sites/CredentialService.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/PasswordMover.h"
#include "sites/VaultCredentialStore.h"
#include "util/Paths.h"

using namespace ferry::sites;
using ferry::remote::Error;
using ferry::remote::ErrorKind;
using ferry::remote::Result;
using ferry::remote::Status;
using ferry::session::QuestionRequest;
using ferry::test::kStallLimitMs;
using ferry::test::StallMeter;

namespace {

// A store in memory; writes of the sites in failWrites fail.
class MemoryStore final : public CredentialStore
{
public:
    explicit MemoryStore(QString name) : m_name(std::move(name)) {}
    QString backendName() const override { return m_name; }
    Result<std::optional<QString>> password(const QUuid &id) override
    {
        if (!entries.contains(id))
            return std::optional<QString>();
        return std::optional<QString>(entries.value(id));
    }
    Status setPassword(const QUuid &id, const QString &password) override
    {
        if (failWrites.contains(id))
            return Error(ErrorKind::Local, QStringLiteral("disk full"));
        entries.insert(id, password);
        return {};
    }
    Status removePassword(const QUuid &id) override
    {
        entries.remove(id);
        return {};
    }
    QHash<QUuid, QString> entries;
    QSet<QUuid> failWrites;

private:
    QString m_name;
};

QList<PasswordMover::Entry> makeSites(int n)
{
    QList<PasswordMover::Entry> sites;
    for (int i = 0; i < n; ++i)
        sites.append({QUuid::createUuid(), QStringLiteral("site-%1").arg(i)});
    return sites;
}

QString secretOf(int i)
{
    return QStringLiteral("secret-%1").arg(i);
}

PasswordMoveReport moveThroughService(CredentialService &service, CredentialBackend target,
                                      const QList<PasswordMover::Entry> &sites, qint64 *stall)
{
    QSignalSpy moved(&service, &CredentialService::passwordsMoved);
    StallMeter meter;
    service.movePasswords(target, sites);
    if (!moved.wait(120000))
        qWarning("no passwordsMoved within 120 s");
    *stall = meter.longest();
    return moved.isEmpty() ? PasswordMoveReport() : moved.first().first().value<PasswordMoveReport>();
}

qint64 stallLimit()
{
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("timing"); },
                               dir.filePath(QStringLiteral("timing.bin")));
    if (!vault.unlock())
        qFatal("cannot make a vault to time a key derivation");
    return std::max(kStallLimitMs, clock.elapsed() / 2);
}

#ifdef FERRY_KEYRING_TEST
// What another program sees in the keyring under a site's key (QtKeychain is used by the
// service's worker alone: it is not made for two threads).
QString inKeyring(const QUuid &id)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("ferry"),
                  QStringLiteral("user"), CredentialStore::keyFor(id)});
    if (!lookup.waitForFinished(10000))
        qWarning("secret-tool did not answer");
    return QString::fromUtf8(lookup.readAllStandardOutput()).trimmed();
}

// Stores the passwords through the service (its store is the keyring then).
void storeThrough(CredentialService &service, const QList<PasswordMover::Entry> &sites, int n)
{
    int done = 0;
    QObject context;
    for (int i = 0; i < n; ++i)
        service.setPassword(sites.at(i).id, secretOf(i), &context, [&done](Status s) {
            if (!s.ok())
                qWarning("%s", qPrintable(s.error().message()));
            ++done;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, n, 60000);
}
#endif

VaultCredentialStore::MasterPasswordProvider fixed(const QString &master)
{
    return [master](bool) -> Result<QString> {
        return master;
    };
}

} // namespace

class TestPasswordMover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void movesEveryPasswordAndForgetsTheOld();
    void failingWriteLeavesTheOldInPlace();
    void failingSwitchLeavesTheOldInPlace();
#ifdef FERRY_KEYRING_TEST
    void keyringToVaultAndBack();
#else
    void vaultToNoneForgetsWithoutStalling();
    void refusedKeyringLeavesTheVault();
#endif

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPasswordMover::initTestCase()
{
    qRegisterMetaType<PasswordMoveReport>();
}

void TestPasswordMover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ferry::util::Paths::setOverrides(m_dir->path(), m_dir->path());
#ifdef FERRY_KEYRING_TEST
    QVERIFY(qEnvironmentVariableIsSet("FERRY_TEST_KEYRING")); // run through with-keyring.sh
#endif
}

void TestPasswordMover::movesEveryPasswordAndForgetsTheOld()
{
    MemoryStore from(QStringLiteral("keyring")), to(QStringLiteral("vault"));
    const QList<PasswordMover::Entry> sites = makeSites(12);
    for (int i = 0; i < 10; ++i) // two sites without a password
        from.entries.insert(sites.at(i).id, secretOf(i));
    int commits = 0;
    const PasswordMoveReport report = PasswordMover::move(sites, from, to, [&] {
        ++commits;
        return Status();
    });
    QVERIFY(report.ok());
    QCOMPARE(report.moved, 10);
    QCOMPARE(report.notStored, 2);
    QCOMPARE(commits, 1);
    QVERIFY(report.failed.isEmpty() && report.notForgotten.isEmpty());
    QVERIFY(from.entries.isEmpty());
    QCOMPARE(to.entries.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(to.entries.value(sites.at(i).id), secretOf(i));
    QCOMPARE(report.summary(),
             QStringLiteral("10 password(s) moved from the system keyring to the password vault."));

    // Moving to "none" forgets them.
    MemoryStore none(QStringLiteral("none"));
    const PasswordMoveReport forgot = PasswordMover::move(sites, to, none, [] { return Status(); });
    QVERIFY(forgot.ok());
    QCOMPARE(forgot.moved, 10);
    QVERIFY(to.entries.isEmpty());
    QCOMPARE(forgot.summary(), QStringLiteral("10 stored password(s) forgotten."));
}

void TestPasswordMover::failingWriteLeavesTheOldInPlace()
{
    MemoryStore from(QStringLiteral("vault")), to(QStringLiteral("keyring"));
    const QList<PasswordMover::Entry> sites = makeSites(8);
    for (int i = 0; i < 8; ++i)
        from.entries.insert(sites.at(i).id, secretOf(i));
    to.failWrites = {sites.at(3).id, sites.at(6).id};
    int commits = 0;
    const PasswordMoveReport report = PasswordMover::move(sites, from, to, [&] {
        ++commits;
        return Status();
    });
    QVERIFY(!report.ok());
    QCOMPARE(commits, 0); // the choice stays
    QCOMPARE(report.moved, 0);
    QCOMPARE(report.failed,
             (QStringList{QStringLiteral("site-3: disk full"), QStringLiteral("site-6: disk full")}));
    QCOMPARE(from.entries.size(), 8); // every one still where the choice looks
    for (int i = 0; i < 8; ++i)
        QCOMPARE(from.entries.value(sites.at(i).id), secretOf(i));
    QVERIFY(to.entries.isEmpty()); // the copies taken back out
    QVERIFY2(report.summary().contains(QStringLiteral("2 site(s) failed")), qPrintable(report.summary()));
}

void TestPasswordMover::failingSwitchLeavesTheOldInPlace()
{
    MemoryStore from(QStringLiteral("vault")), to(QStringLiteral("keyring"));
    const QList<PasswordMover::Entry> sites = makeSites(4);
    for (int i = 0; i < 4; ++i)
        from.entries.insert(sites.at(i).id, secretOf(i));
    const PasswordMoveReport report = PasswordMover::move(sites, from, to, [] {
        return Status(Error(ErrorKind::Local, QStringLiteral("cannot write credentials.json")));
    });
    QVERIFY(!report.ok());
    QCOMPARE(report.error, QStringLiteral("cannot write credentials.json"));
    QCOMPARE(from.entries.size(), 4);
    QVERIFY(to.entries.isEmpty());
}

#ifdef FERRY_KEYRING_TEST
void TestPasswordMover::keyringToVaultAndBack()
{
    const int n = 20;
    const QList<PasswordMover::Entry> sites = makeSites(n);
    QVERIFY(CredentialStoreChooser().setConfigured(CredentialBackend::Keyring));
    const qint64 limit = stallLimit();

    CredentialService service;
    storeThrough(service, sites, n);
    QCOMPARE(inKeyring(sites.at(7).id), secretOf(7));
    int asked = 0;
    connect(&service, &CredentialService::questionAsked, &service, [&asked](QuestionRequest *request) {
        ++asked;
        QTimer::singleShot(30, request, [request] { request->answer(QStringLiteral("moving-master")); });
    });
    qint64 stall = 0;
    PasswordMoveReport report = moveThroughService(service, CredentialBackend::Vault, sites, &stall);
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    QCOMPARE(report.from, QStringLiteral("keyring"));
    QCOMPARE(report.to, QStringLiteral("vault"));
    QCOMPARE(report.moved, n);
    QCOMPARE(asked, 1); // the new vault's master password, once
    qInfo("keyring -> vault, %d passwords: longest stall %lld ms (limit %lld)", n, stall, limit);
    QVERIFY2(stall < limit, qPrintable(QString::number(stall)));
    QCOMPARE(CredentialStoreChooser().configured().value(), CredentialBackend::Vault);
    VaultCredentialStore vault(fixed(QStringLiteral("moving-master")));
    for (int i = 0; i < n; ++i) {
        QCOMPARE(vault.password(sites.at(i).id).value(), std::optional<QString>(secretOf(i)));
        QCOMPARE(inKeyring(sites.at(i).id), QString());
    }
    // The service goes on with the vault, without asking again.
    std::optional<Result<std::optional<QString>>> read;
    service.password(sites.at(5).id, this, [&](Result<std::optional<QString>> r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->value(), std::optional<QString>(secretOf(5)));

    // And back.
    report = moveThroughService(service, CredentialBackend::Keyring, sites, &stall);
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    QCOMPARE(report.moved, n);
    QCOMPARE(report.notStored, 0);
    QCOMPARE(asked, 1);
    qInfo("vault -> keyring, %d passwords: longest stall %lld ms", n, stall);
    QVERIFY2(stall < limit, qPrintable(QString::number(stall)));
    QCOMPARE(CredentialStoreChooser().configured().value(), CredentialBackend::Keyring);
    VaultCredentialStore reread(fixed(QStringLiteral("moving-master")));
    for (int i = 0; i < n; ++i) {
        QCOMPARE(inKeyring(sites.at(i).id), secretOf(i));
        QCOMPARE(reread.password(sites.at(i).id).value(), std::optional<QString>());
    }

    // A failing write: another process holds the vault's lock, so no password can be
    // written there. (One service: QtKeychain serves the one thread that used it first.)
    QLockFile held(m_dir->filePath(QStringLiteral("vault.bin.lock")));
    QVERIFY(held.tryLock(0));
    const QList<PasswordMover::Entry> two = sites.mid(0, 2);
    report = moveThroughService(service, CredentialBackend::Vault, two, &stall);
    QVERIFY(!report.ok());
    QCOMPARE(report.moved, 0);
    QCOMPARE(report.failed.size(), 2);
    QVERIFY2(report.failed.at(0).startsWith(QStringLiteral("site-0: ")) &&
                 report.failed.at(0).contains(QStringLiteral("locked")),
             qPrintable(report.failed.at(0)));
    QVERIFY2(report.summary().contains(QStringLiteral("every password stays in the system keyring")),
             qPrintable(report.summary()));
    QCOMPARE(CredentialStoreChooser().configured().value(), CredentialBackend::Keyring);
    for (int i = 0; i < n; ++i)
        QCOMPARE(inKeyring(sites.at(i).id), secretOf(i));
    held.unlock();
    QCOMPARE(reread.password(sites.at(0).id).value(), std::optional<QString>());
}

#else
void TestPasswordMover::vaultToNoneForgetsWithoutStalling()
{
    const int n = 10;
    const QList<PasswordMover::Entry> sites = makeSites(n + 2);
    {
        VaultCredentialStore vault(fixed(QStringLiteral("right-master"))); // the default (slow) cost
        for (int i = 0; i < n; ++i)
            QVERIFY(vault.setPassword(sites.at(i).id, secretOf(i)));
    }
    QVERIFY(CredentialStoreChooser().setConfigured(CredentialBackend::Vault));
    const qint64 limit = stallLimit();
    CredentialService service;
    int asked = 0;
    connect(&service, &CredentialService::questionAsked, &service, [&asked](QuestionRequest *request) {
        ++asked;
        QTimer::singleShot(30, request, [request] { request->answer(QStringLiteral("right-master")); });
    });
    qint64 stall = 0;
    const PasswordMoveReport report = moveThroughService(service, CredentialBackend::None, sites, &stall);
    QVERIFY2(report.ok(), qPrintable(report.summary()));
    QCOMPARE(report.moved, n);
    QCOMPARE(report.notStored, 2);
    QCOMPARE(asked, 1);
    qInfo("vault -> none, %d passwords: longest stall %lld ms (limit %lld)", n, stall, limit);
    QVERIFY2(stall < limit, qPrintable(QString::number(stall)));
    QCOMPARE(CredentialStoreChooser().configured().value(), CredentialBackend::None);
    VaultCredentialStore reread(fixed(QStringLiteral("right-master")));
    for (int i = 0; i < n; ++i)
        QCOMPARE(reread.password(sites.at(i).id).value(), std::optional<QString>());
}

void TestPasswordMover::refusedKeyringLeavesTheVault()
{
    // No session bus: the keyring refuses before any password is touched.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", m_dir->path().toUtf8());
    const QList<PasswordMover::Entry> sites = makeSites(3);
    {
        VaultCredentialStore vault(fixed(QStringLiteral("right-master")));
        vault.setCostForNewVaults({1, 8 * 1024});
        for (int i = 0; i < 3; ++i)
            QVERIFY(vault.setPassword(sites.at(i).id, secretOf(i)));
    }
    QVERIFY(CredentialStoreChooser().setConfigured(CredentialBackend::Vault));
    CredentialStoreChooser chooser;
    const PasswordMoveReport report = PasswordMover::switchTo(CredentialBackend::Keyring, sites, chooser,
                                                              fixed(QStringLiteral("right-master")));
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("D-Bus")), qPrintable(report.error));
    QCOMPARE(chooser.configured().value(), CredentialBackend::Vault);
    VaultCredentialStore reread(fixed(QStringLiteral("right-master")));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(reread.password(sites.at(i).id).value(), std::optional<QString>(secretOf(i)));
}
#endif

QTEST_GUILESS_MAIN(TestPasswordMover)
#include "tst_passwordmover.moc"
