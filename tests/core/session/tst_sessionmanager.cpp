// SessionManager, Session, Connection: jobs run on the connection's worker thread, results
// and questions come back to the caller's thread, the caller's thread never waits, and
// every thread is joined.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <optional>

#include <openssl/err.h>

#include "FakeFileSystem.h"
#include "Sanitizers.h"
#include "StallMeter.h"
#include "session/Connection.h"
#include "session/SessionManager.h"

using namespace ferry::remote;
using namespace ferry::session;
using ferry::test::FakeConfig;
using ferry::test::fakeMaker;
using ferry::test::FakeStats;

namespace {

ConnectionSpec specFor(const QString &host, Protocol protocol = Protocol::Ftpes)
{
    ConnectionSpec spec;
    spec.protocol = protocol;
    spec.host = host;
    spec.user = QStringLiteral("alice");
    return spec;
}

// Waits for a job's finished signal and returns its argument (nothing on timeout).
template <typename JobT, typename R> std::optional<R> waitFinished(JobT *job, int timeoutMs = 10000)
{
    std::optional<R> out;
    QObject::connect(job, &JobT::finished, job, [&out](const R &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

// The error text of a failed result, for QVERIFY2 messages (evaluated even on success).
template <typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

using ferry::test::StallMeter;

// The threads on which copies of a Witness died (a moved-from one does not count).
struct DeathLog
{
    std::mutex mutex;
    QList<QThread *> threads;
};

class Witness
{
public:
    explicit Witness(std::shared_ptr<DeathLog> log) : m_log(std::move(log)) {}
    Witness(const Witness &) = default;
    Witness(Witness &&) noexcept = default; // leaves the other without a log
    Witness &operator=(const Witness &) = delete;
    Witness &operator=(Witness &&) = delete;
    ~Witness()
    {
        if (!m_log)
            return;
        std::lock_guard<std::mutex> lock(m_log->mutex);
        m_log->threads.append(QThread::currentThread());
    }

private:
    std::shared_ptr<DeathLog> m_log;
};

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listRunsOnWorkerThread();
    void jobCallbackDiesOnTheCallersThread();
    void cachedListing();
    void certificateQuestion_data();
    void certificateQuestion();
    void secretQuestion_data();
    void secretQuestion();
    void hostKeyQuestionCarriesFingerprints();
    void cancelWhileAskingWithdrawsQuestion();
    void destroyWhileAskingJoinsThreads();
    void cancelSlowList();
    void callerThreadStaysFree();
    void reconnectsAfterDrop();
    void connectFailureIsNotRetried();
    void closeSessionDoesNotBlock();
    void sameSiteReusesSession();
    void ownSessionsAreNeverShared();
    void transferLimitClamped();
    void transferConnectionsUpToLimit();
    void idleConnectionsKeptAliveThenClosed();
    void passwordAskedOncePerSession();
    void certificateAcceptedOnceHoldsForTheSession();
    void cryptoStateFreedBeforeTheThreadEnds();
};

void TestSessionManager::listRunsOnWorkerThread()
{
    auto stats = std::make_shared<FakeStats>();
    {
        SessionManager manager(fakeMaker({}, stats));
        Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
        QSignalSpy connected(session, &Session::connectedChanged);
        ListJob *job = session->list(RemotePath(QStringLiteral("/")));
        const auto result = waitFinished<ListJob, Result<Listing>>(job);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(why(*result)));
        QCOMPARE(result->value().entries.size(), 6);
        QVERIFY(session->isConnected());
        QCOMPARE(connected.count(), 1);
        const QSet<QThread *> threads = stats->threads();
        QCOMPARE(threads.size(), 1);
        QVERIFY(!threads.contains(QThread::currentThread()));
    }
    QCOMPARE(stats->alive.load(), 0);
    // Destroyed on its worker thread too, not on ours.
    QVERIFY(!stats->threads().contains(QThread::currentThread()));
}

// A job's done callback belongs to the caller's thread: it is carried to the worker and
// back, never copied or destroyed there, so what it holds (QPointers to the caller's
// objects, the caller's data) never dies on the worker while the caller uses it.
void TestSessionManager::jobCallbackDiesOnTheCallersThread()
{
    auto deaths = std::make_shared<DeathLog>();
    {
        Connection connection(specFor(QStringLiteral("witness")), ConnectOptions(),
                              fakeMaker({}, std::make_shared<FakeStats>()), Connection::Role::Transfer);
        int calls = 0;
        {
            const Witness witness(deaths);
            for (int i = 0; i < 3; ++i)
                connection.run<int>(
                    CancelToken(), [](ConnectionWorker &) -> Result<int> { return 1; },
                    [witness, &calls](const Result<int> &) { ++calls; });
        }
        QVERIFY(QTest::qWaitFor([&calls] { return calls == 3; }, 10000));
    } // joins the worker thread: every copy has died by now
    std::lock_guard<std::mutex> lock(deaths->mutex);
    QVERIFY(!deaths->threads.isEmpty());
    for (QThread *thread : std::as_const(deaths->threads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestSessionManager::cachedListing()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    QVERIFY(!session->cachedListing(RemotePath(QStringLiteral("/docs"))));
    auto first = waitFinished<ListJob, Result<Listing>>(session->list(RemotePath(QStringLiteral("/docs"))));
    QVERIFY(first && first->ok());
    QCOMPARE(stats->lists.load(), 1);
    QVERIFY(session->cachedListing(RemotePath(QStringLiteral("/docs"))));
    ListJob *cachedJob = session->list(RemotePath(QStringLiteral("/docs")));
    auto second = waitFinished<ListJob, Result<Listing>>(cachedJob);
    QVERIFY(second && second->ok());
    QCOMPARE(stats->lists.load(), 1);
    auto third = waitFinished<ListJob, Result<Listing>>(
        session->list(RemotePath(QStringLiteral("/docs")), Session::CachePolicy::Reload));
    QVERIFY(third && third->ok());
    QCOMPARE(stats->lists.load(), 2);
}

void TestSessionManager::certificateQuestion_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<bool>("ok");
    QTest::newRow("once") << int(TrustDecision::AcceptOnce) << true;
    QTest::newRow("always") << int(TrustDecision::AcceptAlways) << true;
    QTest::newRow("reject") << int(TrustDecision::Reject) << false;
}

void TestSessionManager::certificateQuestion()
{
    QFETCH(int, decision);
    QFETCH(bool, ok);
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    int asked = 0;
    connect(&manager, &SessionManager::questionAsked, this, [&](QuestionRequest *request) {
        ++asked;
        QCOMPARE(request->kind(), QuestionRequest::Kind::Certificate);
        QCOMPARE(request->certificate().subject, QStringLiteral("CN=cert.test, O=Ferry Test"));
        QVERIFY(request->connection().password.isEmpty());
        request->answer(TrustDecision(decision));
    });
    Session *session = manager.openSession(specFor(QStringLiteral("cert.test")));
    const auto home = waitFinished<ConnectJob, Result<RemotePath>>(session->connectToServer());
    QVERIFY(home);
    QCOMPARE(asked, 1);
    QCOMPARE(home->ok(), ok);
    if (!ok)
        QCOMPARE(home->error().kind(), ErrorKind::Tls);
}

void TestSessionManager::secretQuestion_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("decline");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right") << ferry::test::FakeFileSystem::kPassword << false << true;
    QTest::newRow("wrong") << QStringLiteral("nope") << false << false;
    QTest::newRow("declined") << QString() << true << false;
}

void TestSessionManager::secretQuestion()
{
    QFETCH(QString, answer);
    QFETCH(bool, decline);
    QFETCH(bool, ok);
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    QStringList logged;
    connect(&manager, &SessionManager::logged, this, [&](Session *, const LogEntry &e) { logged << e.text; });
    connect(&manager, &SessionManager::questionAsked, this, [&](QuestionRequest *request) {
        QCOMPARE(request->kind(), QuestionRequest::Kind::Secret);
        QCOMPARE(request->secretPrompt().prompt, QStringLiteral("Password:"));
        if (decline)
            request->cancel();
        else
            request->answer(answer);
    });
    Session *session = manager.openSession(specFor(QStringLiteral("password.test")));
    const auto home = waitFinished<ConnectJob, Result<RemotePath>>(session->connectToServer());
    QVERIFY(home);
    QCOMPARE(home->ok(), ok);
    if (!ok)
        QCOMPARE(home->error().kind(), ErrorKind::Auth);
    QVERIFY(!logged.join(QLatin1Char('\n')).contains(ferry::test::FakeFileSystem::kPassword));
}

void TestSessionManager::hostKeyQuestionCarriesFingerprints()
{
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    connect(&manager, &SessionManager::questionAsked, this, [&](QuestionRequest *request) {
        QCOMPARE(request->kind(), QuestionRequest::Kind::HostKey);
        QVERIFY(request->hostKey().changed);
        QVERIFY(request->hostKey().knownFingerprint.startsWith(QLatin1String("SHA256:OLD")));
        request->cancel();
    });
    Session *session = manager.openSession(specFor(QStringLiteral("changed.test"), Protocol::Sftp));
    const auto home = waitFinished<ConnectJob, Result<RemotePath>>(session->connectToServer());
    QVERIFY(home);
    QVERIFY(!home->ok());
    QCOMPARE(home->error().kind(), ErrorKind::HostKey);
}

void TestSessionManager::cancelWhileAskingWithdrawsQuestion()
{
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    QPointer<QuestionRequest> asked;
    bool closed = false;
    connect(&manager, &SessionManager::questionAsked, this, [&](QuestionRequest *request) {
        asked = request;
        connect(request, &QuestionRequest::closed, this, [&] { closed = true; });
    });
    Session *session = manager.openSession(specFor(QStringLiteral("cert.test")));
    ConnectJob *job = session->connectToServer();
    std::optional<Result<RemotePath>> result;
    connect(job, &ConnectJob::finished, this, [&](const Result<RemotePath> &r) { result.emplace(r); });
    QTRY_VERIFY(asked);
    job->cancel();
    QTRY_VERIFY(closed);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ErrorKind::Cancelled);
    QTRY_VERIFY(asked.isNull()); // deleted once closed
}

void TestSessionManager::destroyWhileAskingJoinsThreads()
{
    auto stats = std::make_shared<FakeStats>();
    QElapsedTimer timer;
    {
        SessionManager manager(fakeMaker({}, stats));
        bool asked = false;
        connect(&manager, &SessionManager::questionAsked, this, [&](QuestionRequest *) { asked = true; });
        Session *session = manager.openSession(specFor(QStringLiteral("hostkey.test"), Protocol::Sftp));
        session->connectToServer();
        QTRY_VERIFY(asked);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 2000, "the blocked worker was not released");
    QCOMPARE(stats->alive.load(), 0);
}

void TestSessionManager::cancelSlowList()
{
    FakeConfig config;
    config.listDelayMs = 10000;
    SessionManager manager(fakeMaker(config, std::make_shared<FakeStats>()));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    ListJob *job = session->list(RemotePath(QStringLiteral("/")));
    std::optional<Result<Listing>> result;
    connect(job, &ListJob::finished, this, [&](const Result<Listing> &r) { result.emplace(r); });
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(result->error().kind(), ErrorKind::Cancelled);
}

void TestSessionManager::callerThreadStaysFree()
{
    FakeConfig config;
    config.connectDelayMs = 400;
    config.listDelayMs = 400;
    SessionManager manager(fakeMaker(config, std::make_shared<FakeStats>()));
    StallMeter meter;
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    const auto result =
        waitFinished<ListJob, Result<Listing>>(session->list(RemotePath(QStringLiteral("/big"))));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().entries.size(), 100000);
    qInfo("longest stall of the calling thread while connecting and listing: %lld ms", meter.longest());
    QVERIFY2(meter.longest() < 50 * ferry::test::kSanitizerTimeFactor,
             qPrintable(QString::number(meter.longest())));
}

void TestSessionManager::reconnectsAfterDrop()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    QStringList logged;
    connect(&manager, &SessionManager::logged, this, [&](Session *, const LogEntry &e) { logged << e.text; });
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    auto first = waitFinished<ListJob, Result<Listing>>(session->list(RemotePath(QStringLiteral("/"))));
    QVERIFY(first && first->ok());
    stats->dropNextList = true;
    auto second = waitFinished<ListJob, Result<Listing>>(
        session->list(RemotePath(QStringLiteral("/pub")), Session::CachePolicy::Reload));
    QVERIFY(second);
    QVERIFY2(second->ok(), qPrintable(why(*second)));
    QCOMPARE(second->value().entries.size(), 10);
    QCOMPARE(stats->connects.load(), 2);
    QCOMPARE(stats->made.load(), 2);
    QVERIFY(logged.join(QLatin1Char('\n')).contains(QLatin1String("trying again in 1 s")));
}

void TestSessionManager::connectFailureIsNotRetried()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("refused.test")));
    auto home = waitFinished<ConnectJob, Result<RemotePath>>(session->connectToServer());
    QVERIFY(home && !home->ok());
    QCOMPARE(home->error().kind(), ErrorKind::Network);
    QCOMPARE(stats->connects.load(), 1);
}

void TestSessionManager::closeSessionDoesNotBlock()
{
    FakeConfig config;
    config.listDelayMs = 300;
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker(config, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    ListJob *job = session->list(RemotePath(QStringLiteral("/")));
    std::optional<Result<Listing>> result;
    connect(job, &ListJob::finished, this, [&](const Result<Listing> &r) { result.emplace(r); });
    QTRY_COMPARE(stats->lists.load(), 1);
    QElapsedTimer timer;
    timer.start();
    manager.closeSession(session);
    QVERIFY(timer.elapsed() < 50);
    QVERIFY(manager.sessions().isEmpty());
    QCOMPARE(manager.closingCount(), 1);
    QTRY_COMPARE(manager.closingCount(), 0);
    QCOMPARE(stats->alive.load(), 0);
    // The job went with its session: it never reported a listing.
    QVERIFY(!result.has_value() || !result->ok());
}

void TestSessionManager::sameSiteReusesSession()
{
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    Session *a = manager.openSession(specFor(QStringLiteral("plain.test")));
    QCOMPARE(manager.openSession(specFor(QStringLiteral("PLAIN.test"))), a);
    ConnectionSpec other = specFor(QStringLiteral("plain.test"));
    other.port = 2121;
    QVERIFY(manager.openSession(other) != a);
    QCOMPARE(manager.sessions().size(), 2);
}

// Each window tab's session is its own: the same site twice gives two sessions, and
// openSession hands out neither; closing one leaves the other open.
void TestSessionManager::ownSessionsAreNeverShared()
{
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    Session *a = manager.openOwnSession(specFor(QStringLiteral("plain.test")));
    Session *b = manager.openOwnSession(specFor(QStringLiteral("plain.test")));
    QVERIFY(a != b);
    Session *shared = manager.openSession(specFor(QStringLiteral("plain.test")));
    QVERIFY(shared != a && shared != b);
    QCOMPARE(manager.openSession(specFor(QStringLiteral("plain.test"))), shared);
    manager.closeSession(a);
    QCOMPARE(manager.sessions().size(), 2);
    QVERIFY(manager.sessions().contains(b));
    QVERIFY(b->connectToServer() != nullptr);
}

void TestSessionManager::transferLimitClamped()
{
    SessionManager manager(fakeMaker({}, std::make_shared<FakeStats>()));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    QCOMPARE(session->transferConnectionLimit(), 2);
    session->setTransferConnectionLimit(50);
    QCOMPARE(session->transferConnectionLimit(), 10);
    session->setTransferConnectionLimit(0);
    QCOMPARE(session->transferConnectionLimit(), 1);
}

void TestSessionManager::transferConnectionsUpToLimit()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    session->setTransferConnectionLimit(3);
    Connection *a = session->acquireTransferConnection();
    Connection *b = session->acquireTransferConnection();
    Connection *c = session->acquireTransferConnection();
    QVERIFY(a && b && c);
    QVERIFY(a != b && b != c && a != c);
    QCOMPARE(session->acquireTransferConnection(), nullptr); // all busy, at the limit
    QCOMPARE(session->busyTransferConnections(), 3);
    QCOMPARE(session->connectionCount(), 3);

    // A job on a transfer connection runs on its own worker thread, connected on demand.
    std::optional<Result<RemotePath>> done;
    b->run<RemotePath>(
        CancelToken(),
        [](ConnectionWorker &worker) -> Result<RemotePath> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            return (*fs)->homePath();
        },
        [&done](const Result<RemotePath> &r) { done.emplace(r); });
    QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 10000));
    QVERIFY2(done->ok(), qPrintable(why(*done)));
    QCOMPARE(stats->connects.load(), 1);
    QVERIFY(!stats->threads().contains(QThread::currentThread()));

    // Given back, the same connection is handed out again (no new connection).
    session->releaseTransferConnection(b);
    QCOMPARE(session->acquireTransferConnection(), b);
    QCOMPARE(session->connectionCount(), 3);
    // A lower limit holds back new connections but keeps the busy ones.
    session->releaseTransferConnection(a);
    session->setTransferConnectionLimit(1);
    QCOMPARE(session->acquireTransferConnection(), a);
}

void TestSessionManager::idleConnectionsKeptAliveThenClosed()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("plain.test")));
    session->setIdlePolicy(1, 3); // keep-alive after 1 s idle, close idle transfer connections after 3 s
    auto *job = session->connectToServer();
    auto connected = waitFinished<ConnectJob, Result<RemotePath>>(job);
    QVERIFY(connected && connected->ok());
    Connection *transfer = session->acquireTransferConnection();
    QVERIFY(transfer);
    std::optional<bool> ran;
    transfer->run<bool>(
        CancelToken(), [](ConnectionWorker &worker) -> Result<bool> { return worker.fileSystem().ok(); },
        [&ran](const Result<bool> &r) { ran = r.ok() && r.value(); });
    QVERIFY(QTest::qWaitFor([&ran] { return ran.has_value(); }, 10000));
    QVERIFY(*ran);
    session->releaseTransferConnection(transfer);
    QCOMPARE(session->connectionCount(), 2);

    // Both idle connections get keep-alives on their worker threads...
    QVERIFY(QTest::qWaitFor([&stats] { return stats->keepAlives.load() >= 2; }, 5000));
    QVERIFY(!stats->threads().contains(QThread::currentThread()));
    // ...and the idle transfer connection is closed; the browsing one stays.
    QVERIFY(QTest::qWaitFor([session] { return session->connectionCount() == 1; }, 8000));
    QVERIFY(session->isConnected());
    QVERIFY(QTest::qWaitFor([&stats] { return stats->alive.load() == 1; }, 5000));
}

// Three transfer connections log in at once: the password is asked once, the others
// wait for that answer; a later connection gets it without asking. A declined question
// is not asked again by the waiting connections.
void TestSessionManager::passwordAskedOncePerSession()
{
    for (const bool answer : {true, false}) {
        auto stats = std::make_shared<FakeStats>();
        SessionManager manager(fakeMaker({}, stats));
        Session *session = manager.openSession(specFor(QStringLiteral("password.test")));
        session->setTransferConnectionLimit(4);
        int asked = 0;
        connect(&manager, &SessionManager::questionAsked, this, [&asked, answer](QuestionRequest *request) {
            ++asked;
            QCOMPARE(request->kind(), QuestionRequest::Kind::Secret);
            QTimer::singleShot(100, request, [request, answer] {
                if (answer)
                    request->answer(ferry::test::FakeFileSystem::kPassword);
                else
                    request->cancel();
            });
        });
        int ok = 0;
        int failed = 0;
        const auto connectOn = [&](Connection *c) {
            c->run<bool>(
                CancelToken(),
                [](ConnectionWorker &worker) -> Result<bool> {
                    auto fs = worker.fileSystem();
                    if (!fs)
                        return fs.error();
                    return true;
                },
                [&ok, &failed](const Result<bool> &r) { r.ok() ? ++ok : ++failed; });
        };
        for (int i = 0; i < 3; ++i)
            connectOn(session->acquireTransferConnection());
        QVERIFY(QTest::qWaitFor([&] { return ok + failed == 3; }, 10000));
        QCOMPARE(asked, 1);
        QCOMPARE(ok, answer ? 3 : 0);
        connectOn(session->acquireTransferConnection());
        QVERIFY(QTest::qWaitFor([&] { return ok + failed == 4; }, 10000));
        QCOMPARE(asked, answer ? 1 : 2); // remembered; a declined one is asked again later
    }
}

// A certificate accepted once for the browsing connection holds for the session's
// transfer connections (file operations, reconnections): the user is not asked again.
// Rejected, it is asked again, since "no" may have been a slip.
void TestSessionManager::certificateAcceptedOnceHoldsForTheSession()
{
    auto stats = std::make_shared<FakeStats>();
    SessionManager manager(fakeMaker({}, stats));
    Session *session = manager.openSession(specFor(QStringLiteral("cert.test")));
    int asked = 0;
    connect(&manager, &SessionManager::questionAsked, this, [&asked](QuestionRequest *request) {
        ++asked;
        QCOMPARE(request->kind(), QuestionRequest::Kind::Certificate);
        QTimer::singleShot(50, request, [request] { request->answer(TrustDecision::AcceptOnce); });
    });
    QSignalSpy connected(session->connectToServer(), &ConnectJob::finished);
    QVERIFY(connected.wait(10000));
    QCOMPARE(asked, 1);
    int ok = 0;
    Connection *transfer = session->acquireTransferConnection();
    QVERIFY(transfer);
    transfer->run<bool>(
        CancelToken(),
        [](ConnectionWorker &worker) -> Result<bool> {
            auto fs = worker.fileSystem();
            if (!fs)
                return fs.error();
            return true;
        },
        [&ok](const Result<bool> &r) { ok += r.ok() ? 1 : 0; });
    QVERIFY(QTest::qWaitFor([&ok] { return ok == 1; }, 10000));
    QCOMPARE(asked, 1);
}

// OpenSSL frees a thread's state (error queue, random generators) from a thread-exit hook
// that runs after QThread::wait() has returned, so at the end of a program it raced with
// OpenSSL's own at-exit clean-up and leaked (LeakSanitizer, ferry-cli sync). A connection's
// thread frees that state itself before it ends: an error left in the thread's queue is
// gone by the time the thread emits finished() (which runs on that thread, before the
// exit hooks).
void TestSessionManager::cryptoStateFreedBeforeTheThreadEnds()
{
    std::atomic<unsigned long> leftAtFinish{1};
    {
        Connection connection(specFor(QStringLiteral("crypto")), ConnectOptions(),
                              fakeMaker({}, std::make_shared<FakeStats>()), Connection::Role::Transfer);
        connect(
            connection.workerThread(), &QThread::finished, connection.workerThread(),
            [&leftAtFinish] { leftAtFinish = ERR_peek_error(); }, Qt::DirectConnection);
        std::optional<unsigned long> raised;
        connection.run<unsigned long>(
            CancelToken(),
            [](ConnectionWorker &) -> Result<unsigned long> {
                ERR_raise(ERR_LIB_SYS, ERR_R_INTERNAL_ERROR);
                return ERR_peek_error();
            },
            [&raised](const Result<unsigned long> &r) { raised = r.ok() ? r.value() : 0; });
        QVERIFY(QTest::qWaitFor([&raised] { return raised.has_value(); }, 10000));
        QVERIFY2(*raised != 0, "the worker thread's error queue holds the error");
    } // stops and waits for the thread
    QCOMPARE(leftAtFinish.load(), 0UL);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
