// The window's credential service: the keyring's D-Bus calls and the vault's Argon2id key
// derivation (the default cost, about 0.3 s each) run on its worker thread while a 5 ms
// timer on the test's (GUI) thread proves the event loop never stalls; the vault's master
// password is asked once per run through a Secret QuestionRequest, a wrong one is asked
// again with the reason and loses nothing, and the queue's store (QueueSites through
// opener()) uses the same password without asking. Built twice: FERRY_KEYRING_TEST runs
// the keyring case inside with-keyring.sh's private GNOME Keyring.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <thread>

#include "../../support/Sanitizers.h"
#include "../../support/StallMeter.h"
#include "session/QuestionRequest.h"
#include "sites/CredentialService.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/SiteStore.h"
#include "sites/VaultCredentialStore.h"
#include "transfer/QueueSites.h"
#include "util/Paths.h"

using namespace ferry::sites;
using ferry::remote::ErrorKind;
using ferry::remote::Result;
using ferry::remote::Status;
using ferry::session::QuestionRequest;

namespace {

using ferry::test::kStallLimitMs;

using ferry::test::StallMeter;

// The stall bound: the usual 100 ms, or half of one key derivation at the default cost
// timed now on this thread when the machine is loaded and that takes longer (a service
// that derived on the caller's thread would stall it at least one whole derivation).
qint64 stallLimit()
{
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("timing"); },
                               dir.filePath(QStringLiteral("timing.bin")));
    if (!vault.unlock())
        qFatal("cannot make a vault to time a key derivation");
    const qint64 limit = std::max(kStallLimitMs, clock.elapsed() / 2);
    qInfo("one key derivation: %lld ms; stall limit %lld ms", clock.elapsed(), limit);
    return limit;
}

// Answers the service's questions from a list, 30 ms later (as a user would, through
// the event loop), and records what each question said.
struct Answerer
{
    QStringList answers; // an empty entry declines
    QStringList instructions;
    void attach(CredentialService &service)
    {
        QObject::connect(&service, &CredentialService::questionAsked, &service,
                         [this](QuestionRequest *request) {
                             QVERIFY(request->kind() == QuestionRequest::Kind::Secret);
                             instructions.append(request->secretPrompt().instruction);
                             const QString answer = answers.isEmpty() ? QString() : answers.takeFirst();
                             QTimer::singleShot(30, request, [request, answer] {
                                 if (answer.isEmpty())
                                     request->cancel();
                                 else
                                     request->answer(answer);
                             });
                         });
    }
};

#ifndef FERRY_KEYRING_TEST
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
#endif

} // namespace

class TestCredentialService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
#ifdef FERRY_KEYRING_TEST
    void keyringNeverBlocksAndNeverAsks();
#else
    void vaultAsksOnceNeverBlocksAndSharesWithQueue();
    void declinedIsAnErrorAndAskedAgainLater();
    void newVaultAskedOnce();
    void changeMasterPassword();
#endif

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCredentialService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ferry::util::Paths::setOverrides(m_dir->path(), m_dir->path());
#ifdef FERRY_KEYRING_TEST
    QVERIFY(qEnvironmentVariableIsSet("FERRY_TEST_KEYRING")); // run through with-keyring.sh
    QVERIFY(CredentialStoreChooser().setConfigured(CredentialBackend::Keyring));
#else
    QVERIFY(CredentialStoreChooser().setConfigured(CredentialBackend::Vault));
#endif
}

#ifdef FERRY_KEYRING_TEST
void TestCredentialService::keyringNeverBlocksAndNeverAsks()
{
    const qint64 limit = stallLimit();
    CredentialService service;
    Answerer answerer;
    answerer.attach(service);
    StallMeter stall;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    int done = 0;
    std::optional<QString> readA;
    service.setPassword(a, QStringLiteral("alpha-secret"), this, [&](Status s) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message()));
        ++done;
    });
    service.setPassword(b, QStringLiteral("beta-secret"), this, [&](Status s) {
        QVERIFY(s.ok());
        ++done;
    });
    service.password(a, this, [&](Result<std::optional<QString>> r) {
        QVERIFY(r.ok());
        readA = *r;
        ++done;
    });
    service.removePassword(b, this, [&](Status s) {
        QVERIFY(s.ok());
        ++done;
    });
    // In the order asked, never overlapping: a lookup of a that is asked before a write
    // of it finds nothing and is answered first (the keyring's local event loop must not
    // run the next call inside the current one).
    const QUuid c = QUuid::createUuid();
    QStringList order;
    std::optional<QString> readC = QStringLiteral("<not run>");
    service.password(c, this, [&](Result<std::optional<QString>> r) {
        QVERIFY(r.ok());
        readC = *r;
        order << QStringLiteral("read");
        ++done;
    });
    service.setPassword(c, QStringLiteral("gamma-secret"), this, [&](Status s) {
        QVERIFY(s.ok());
        order << QStringLiteral("write");
        ++done;
    });
    QString backend;
    service.backend(this, [&](Result<QString> r) {
        backend = r.ok() ? *r : r.error().message();
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 7, 30000);
    QCOMPARE(readA, std::optional<QString>(QStringLiteral("alpha-secret")));
    QCOMPARE(order, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(readC, std::optional<QString>());
    QCOMPARE(backend, QStringLiteral("keyring"));
    QCOMPARE(answerer.instructions.size(), 0);
    QVERIFY2(stall.longest() < limit, qPrintable(QString::number(stall.longest())));
    // In the keyring, not in a file: the queue's store (another thread) reads it back.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("vault.bin"))));
    std::optional<Result<std::optional<QString>>> fromQueue;
    std::atomic<bool> finished{false};
    std::thread queueThread([&] {
        Result<std::unique_ptr<CredentialStore>> opened = service.opener()();
        fromQueue = opened ? (*opened)->password(a) : Result<std::optional<QString>>(opened.error());
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 30000);
    queueThread.join();
    QVERIFY(fromQueue->ok());
    QCOMPARE(fromQueue->value(), std::optional<QString>(QStringLiteral("alpha-secret")));
}
#else
void TestCredentialService::vaultAsksOnceNeverBlocksAndSharesWithQueue()
{
    // A vault made beforehand (as ferry-cli would), at the default (slow) cost.
    const QUuid a = QUuid::createUuid();
    const qint64 limit = stallLimit();
    {
        VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("right-master"); });
        QVERIFY(vault.setPassword(a, QStringLiteral("alpha-secret")));
    }
    const QByteArray before = readAll(m_dir->filePath(QStringLiteral("vault.bin")));
    Site site;
    site.name = QStringLiteral("alpha");
    site.protocol = ferry::remote::Protocol::Ftpes;
    site.host = QStringLiteral("127.0.0.1");
    site.user = QStringLiteral("ferry");
    site.logon = LogonType::Normal;
    SiteStore store;
    const Result<Site> added = store.add(site);
    QVERIFY(added.ok());
    {
        VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("right-master"); });
        QVERIFY(vault.setPassword(added->id, QStringLiteral("alpha-secret")));
    }

    CredentialService service;
    Answerer answerer;
    answerer.answers = {QStringLiteral("wrong-master"), QStringLiteral("right-master")};
    answerer.attach(service);
    StallMeter stall;
    const QUuid b = QUuid::createUuid();
    int done = 0;
    std::optional<QString> readA, readB;
    service.password(a, this, [&](Result<std::optional<QString>> r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        readA = *r;
        ++done;
    });
    service.setPassword(b, QStringLiteral("beta-secret"), this, [&](Status s) {
        QVERIFY(s.ok());
        ++done;
    });
    service.password(b, this, [&](Result<std::optional<QString>> r) {
        QVERIFY(r.ok());
        readB = *r;
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, 30000);
    QCOMPARE(readA, std::optional<QString>(QStringLiteral("alpha-secret")));
    QCOMPARE(readB, std::optional<QString>(QStringLiteral("beta-secret")));
    // Asked twice: once, and once more after the wrong answer, saying why.
    QCOMPARE(answerer.instructions.size(), 2);
    QVERIFY(answerer.instructions.at(1).contains(QStringLiteral("Wrong master password")));
    QCOMPARE(service.keeper().questionsAsked(), 2);
    qInfo("longest stall of the event loop: %lld ms", stall.longest());
    QVERIFY2(stall.longest() < limit,
             qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(stall.longest())));
    QVERIFY(readAll(m_dir->filePath(QStringLiteral("vault.bin"))) != before); // b written

    // The queue's store, on the queue's thread, uses the same password without asking.
    auto queueSites =
        std::make_shared<ferry::transfer::QueueSites>(ferry::remote::ConnectOptions(), service.opener());
    Result<ferry::transfer::Scheduler::SiteConnection> resolved =
        ferry::remote::Error(ferry::remote::ErrorKind::Local, QStringLiteral("not run"));
    std::atomic<bool> finished{false};
    std::thread queueThread([&] {
        resolved = queueSites->resolve(QStringLiteral("site:alpha"), {});
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 30000); // the event loop runs meanwhile
    queueThread.join();
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message()));
    QCOMPARE(resolved->spec.password, QStringLiteral("alpha-secret"));
    QCOMPARE(answerer.instructions.size(), 2);

    // Another site of the same run: still no question.
    service.password(a, this, [&](Result<std::optional<QString>> r) {
        QVERIFY(r.ok());
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 4, 30000);
    QCOMPARE(answerer.instructions.size(), 2);

    // Nothing lost: another process reads both.
    VaultCredentialStore reread([](bool) -> Result<QString> { return QStringLiteral("right-master"); });
    QCOMPARE(reread.password(a).value(), std::optional<QString>(QStringLiteral("alpha-secret")));
    QCOMPARE(reread.password(b).value(), std::optional<QString>(QStringLiteral("beta-secret")));
}

void TestCredentialService::declinedIsAnErrorAndAskedAgainLater()
{
    const QUuid a = QUuid::createUuid();
    {
        VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("right-master"); });
        vault.setCostForNewVaults({1, 8 * 1024});
        QVERIFY(vault.setPassword(a, QStringLiteral("alpha-secret")));
    }
    CredentialService service;
    Answerer answerer;
    answerer.answers = {QString(), QStringLiteral("right-master")};
    answerer.attach(service);
    std::optional<Result<std::optional<QString>>> first, second;
    service.password(a, this, [&](Result<std::optional<QString>> r) { first = r; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 30000);
    QVERIFY(!first->ok());
    QCOMPARE(first->error().kind(), ErrorKind::Cancelled);
    service.password(a, this, [&](Result<std::optional<QString>> r) { second = r; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 30000);
    QVERIFY(second->ok());
    QCOMPARE(**second, std::optional<QString>(QStringLiteral("alpha-secret")));
    QCOMPARE(answerer.instructions.size(), 2);
}

void TestCredentialService::newVaultAskedOnce()
{
    const qint64 limit = stallLimit();
    CredentialService service;
    Answerer answerer;
    answerer.answers = {QStringLiteral("fresh-master")};
    answerer.attach(service);
    StallMeter stall;
    int done = 0;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    service.setPassword(a, QStringLiteral("one"), this, [&](Status s) { done += s.ok(); });
    service.setPassword(b, QStringLiteral("two"), this, [&](Status s) { done += s.ok(); });
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 30000);
    QCOMPARE(answerer.instructions.size(), 1);
    QVERIFY(answerer.instructions.at(0).contains(QStringLiteral("Choose")));
    QVERIFY2(stall.longest() < limit, qPrintable(QString::number(stall.longest())));
    VaultCredentialStore reread([](bool) -> Result<QString> { return QStringLiteral("fresh-master"); });
    QCOMPARE(reread.password(b).value(), std::optional<QString>(QStringLiteral("two")));
}

// A new master password through the service: a wrong old one is an Auth error that
// changes nothing; the right one re-encrypts the vault off the GUI thread, and the store
// in use goes on with the new password without asking.
void TestCredentialService::changeMasterPassword()
{
    const qint64 limit = stallLimit();
    const QUuid a = QUuid::createUuid();
    {
        VaultCredentialStore vault([](bool) -> Result<QString> { return QStringLiteral("old-master"); });
        QVERIFY(vault.setPassword(a, QStringLiteral("alpha-secret")));
    }
    const QByteArray before = readAll(m_dir->filePath(QStringLiteral("vault.bin")));
    CredentialService service;
    Answerer answerer;
    answerer.answers = {QStringLiteral("old-master")};
    answerer.attach(service);
    std::optional<Result<std::optional<QString>>> read;
    service.password(a, this, [&](Result<std::optional<QString>> r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QVERIFY(read->ok());

    StallMeter stall;
    std::optional<Status> wrong, right;
    service.changeMasterPassword(QStringLiteral("not-it"), QStringLiteral("new-master"), this,
                                 [&](Status s) { wrong = s; });
    service.changeMasterPassword(QStringLiteral("old-master"), QStringLiteral("new-master"), this,
                                 [&](Status s) { right = s; });
    QTRY_VERIFY_WITH_TIMEOUT(right.has_value(), 30000);
    QVERIFY(wrong.has_value() && !wrong->ok());
    QCOMPARE(wrong->error().kind(), ErrorKind::Auth);
    QVERIFY2(right->ok(), qPrintable(right->ok() ? QString() : right->error().message()));
    qInfo("longest stall while changing the master password: %lld ms", stall.longest());
    QVERIFY2(stall.longest() < limit, qPrintable(QString::number(stall.longest())));
    QVERIFY(readAll(m_dir->filePath(QStringLiteral("vault.bin"))) != before);

    read.reset();
    service.password(a, this, [&](Result<std::optional<QString>> r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message()));
    QCOMPARE(read->value(), std::optional<QString>(QStringLiteral("alpha-secret")));
    QCOMPARE(answerer.instructions.size(), 1); // never asked again
    VaultCredentialStore reread([](bool) -> Result<QString> { return QStringLiteral("new-master"); });
    QCOMPARE(reread.password(a).value(), std::optional<QString>(QStringLiteral("alpha-secret")));
}
#endif

QTEST_GUILESS_MAIN(TestCredentialService)
#include "tst_credentialservice.moc"
