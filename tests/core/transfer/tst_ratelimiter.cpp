// labels: unit
// The token bucket behind --limit-rate and the queue's speed limits: the rate text users
// type, the long-run rate one or several threads get, and cancelling a wait.
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

#include "TestUtil.h"
#include "transfer/RateLimiter.h"
#include "util/ThreadHandOff.h"

using ferry::test::DelayedAction;
using ferry::transfer::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseRate_data();
    void parseRate();
    void holdsTheRate_data();
    void holdsTheRate();
    void cancelEndsTheWait();
    void noLimitNeverWaits();
};

void TestRateLimiter::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("plain") << "1000" << qint64(1000);
    QTest::newRow("K") << "500K" << qint64(500 * 1024);
    QTest::newRow("k lower case") << "500k" << qint64(500 * 1024);
    QTest::newRow("M") << "40M" << qint64(40) * 1024 * 1024;
    QTest::newRow("G") << "1G" << qint64(1024) * 1024 * 1024;
    QTest::newRow("fraction") << "1.5M" << qint64(1572864);
    QTest::newRow("spaces") << " 2M " << qint64(2) * 1024 * 1024;
    QTest::newRow("zero: no limit") << "0" << qint64(0);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("unit only") << "M" << qint64(-1);
    QTest::newRow("negative") << "-5M" << qint64(-1);
    QTest::newRow("unknown unit") << "5T" << qint64(-1);
    QTest::newRow("words") << "fast" << qint64(-1);
    QTest::newRow("absurd") << "999999999G" << qint64(-1);
}

void TestRateLimiter::parseRate()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(RateLimiter::parseRate(text), bytes);
}

void TestRateLimiter::holdsTheRate_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one transfer") << 1;
    QTest::newRow("four transfers share it") << 4;
}

void TestRateLimiter::holdsTheRate()
{
    QFETCH(int, threads);
    const qint64 rate = 8 * 1024 * 1024;
    const qint64 total = 12 * 1024 * 1024; // 1.5 s at the rate
    RateLimiter limiter(rate);
    QElapsedTimer timer;
    timer.start();
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([&limiter, total, threads] {
            for (qint64 done = 0; done < total / threads; done += 128 * 1024)
                limiter.consume(128 * 1024);
        }));
        ferry::util::watchThreadEnd(workers.last());
        workers.last()->start();
    }
    for (QThread *w : workers) {
        ferry::util::joinThread(w); // the limiter dies next: its users must be seen to be done
        delete w;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double got = double(total) / seconds;
    qInfo("%d thread(s): %.2f MiB/s for a limit of 8 MiB/s", threads, got / 1024 / 1024);
    // The first quarter second may pass as a burst; beyond that the rate holds.
    QVERIFY2(got < double(rate) * 1.15 && got > double(rate) * 0.85,
             qPrintable(QString::number(got / 1024 / 1024)));
}

void TestRateLimiter::cancelEndsTheWait()
{
    RateLimiter limiter(1024); // 1 KiB/s: a 1 MiB chunk would take 17 minutes
    std::atomic_bool cancel{false};
    QElapsedTimer timer;
    timer.start();
    DelayedAction canceller(200, [&cancel] { cancel = true; });
    QVERIFY(!limiter.consume(1024 * 1024, [&cancel] { return cancel.load(); }));
    QVERIFY(timer.elapsed() < 2000);
}

void TestRateLimiter::noLimitNeverWaits()
{
    RateLimiter limiter;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10000; ++i)
        QVERIFY(limiter.consume(1024 * 1024));
    QVERIFY(timer.elapsed() < 1000);
    limiter.setRate(0);
    QCOMPARE(limiter.rate(), qint64(0));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
