// Segmented FTP downloads (FtpSegments.cpp): how many segments a download gets, the
// record that lets a killed download continue every segment, and ferry-cli against the
// fixture's real vsftpd and pure-ftpd: a 64 MiB file in 4 segments (forced by
// FERRY_FTP_SEGMENTS, since loopback alone never segments), a `queue run` killed with
// SIGKILL mid-way and run again (the server's log shows the RESTs at the offsets the
// record kept), and a server that allows one connection per address (one stream). Every
// download is checked with SHA-256.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

#include "SegmentKill.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "remote/SegmentPlan.h"
#include "remote/SegmentRecord.h"

using namespace ferry::test;
using ferry::ftp::FtpFileSystem;
using ferry::remote::SegmentRecord;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString diag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.right(3000)), QString::fromUtf8(r.err.right(6000)));
}

QProcessEnvironment segmentsEnv(int n)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FERRY_FTP_SEGMENTS"), QString::number(n));
    e.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    return e;
}

} // namespace

class TestFtpSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("FERRY_FTP_SEGMENTS"); }
    void countFollowsRoundTripSizeAndLimit();
    void recordKeepsEachSegmentsProgress();
    void recordRefusesWhatDoesNotFit();
    void recordSplitsARangeInOneWrite();
    void joinerTakesLessThanHalf();
    void fourSegments_data();
    void fourSegments();
    void getLogsInTogether_data();
    void getLogsInTogether();
    void queueLimitHoldsSegments();
    void cliParallelLimitsOneGet();
    void killedQueueRunContinuesEverySegment();
    void removedItemTakesItsRecord();
    void onePerAddressFallsBackToOneStream();
    void loopbackStaysOneStream();
};

void TestFtpSegments::countFollowsRoundTripSizeAndLimit()
{
    // Loopback and LAN: one stream, whatever the size.
    QCOMPARE(FtpFileSystem::segmentCount(0.05, 1024 * MiB, 0), 1);
    QCOMPARE(FtpFileSystem::segmentCount(4.9, 1024 * MiB, 0), 1);
    // A long link: four, two on a middling one; small files stay whole.
    QCOMPARE(FtpFileSystem::segmentCount(20, 256 * MiB, 0), 4);
    QCOMPARE(FtpFileSystem::segmentCount(100, 256 * MiB, 0), 4);
    QCOMPARE(FtpFileSystem::segmentCount(7, 256 * MiB, 0), 2);
    QCOMPARE(FtpFileSystem::segmentCount(20, 31 * MiB, 0), 1);
    QCOMPARE(FtpFileSystem::segmentCount(20, 40 * MiB, 0), 4);
    // Never more than the site allows.
    QCOMPARE(FtpFileSystem::segmentCount(20, 256 * MiB, 1), 1);
    QCOMPARE(FtpFileSystem::segmentCount(20, 256 * MiB, 3), 3);
    // Forced (tests): even on loopback, but never a segment under 8 MiB.
    qputenv("FERRY_FTP_SEGMENTS", "4");
    QCOMPARE(FtpFileSystem::segmentCount(0.05, 64 * MiB, 0), 4);
    QCOMPARE(FtpFileSystem::segmentCount(0.05, 16 * MiB, 0), 2);
    QCOMPARE(FtpFileSystem::segmentCount(0.05, 64 * MiB, 2), 2);
    qputenv("FERRY_FTP_SEGMENTS", "1");
    QCOMPARE(FtpFileSystem::segmentCount(20, 256 * MiB, 0), 1);
    qunsetenv("FERRY_FTP_SEGMENTS");
}

void TestFtpSegments::recordKeepsEachSegmentsProgress()
{
    QTemporaryDir dir;
    const QString path = SegmentRecord::pathFor(dir.filePath(QStringLiteral(".f.ferry-part")));
    QCOMPARE(path, dir.filePath(QStringLiteral(".f.ferry-part.segments")));
    const qint64 total = 100 * MiB + 3;
    const auto parts = SegmentRecord::split(10, total, 4);
    QCOMPARE(parts.size(), size_t(4));
    QCOMPARE(parts.front().start, qint64(10));
    QCOMPARE(parts.back().end, total);
    for (size_t i = 1; i < parts.size(); ++i)
        QCOMPARE(parts[i].start, parts[i - 1].end);
    {
        auto made = SegmentRecord::create(path, total, parts);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
        QVERIFY(made->advance(0, parts[0].start + 1000));
        QVERIFY(made->advance(2, parts[2].end)); // finished
        QVERIFY(made->advance(3, parts[3].start + 5));
    }
    auto again = SegmentRecord::open(path, total);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message()));
    QCOMPARE(again->segments().size(), size_t(4));
    QCOMPARE(again->segments()[0].next, parts[0].start + 1000);
    QCOMPARE(again->segments()[1].next, parts[1].start);
    QVERIFY(again->segments()[2].finished());
    QCOMPARE(again->segments()[3].next, parts[3].start + 5);
    QCOMPARE(again->contiguousEnd(), parts[0].start + 1000);
    QCOMPARE(again->doneBytes(), qint64(10) + 1000 + (parts[2].end - parts[2].start) + 5);
    again->remove();
    QVERIFY(!QFileInfo::exists(path));
}

void TestFtpSegments::recordRefusesWhatDoesNotFit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.segments"));
    QVERIFY(!SegmentRecord::open(path, 100)); // missing
    {
        auto made = SegmentRecord::create(path, 100 * MiB, SegmentRecord::split(0, 100 * MiB, 4));
        QVERIFY(made);
    }
    QVERIFY(SegmentRecord::open(path, 100 * MiB));
    QVERIFY(!SegmentRecord::open(path, 100 * MiB + 1)); // the file changed size
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    text.replace(text.size() - 10, 3, "x9z"); // damaged
    f.seek(0);
    f.write(text);
    f.close();
    QVERIFY(!SegmentRecord::open(path, 100 * MiB));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.left(50)); // cut short
    f.close();
    QVERIFY(!SegmentRecord::open(path, 100 * MiB));
}

// A connection that joins takes the back half of a range being fetched: the record then
// names both ranges (the front one ending where the new one starts, nothing of the new
// one counted), in file order, and a reopened record sees exactly that.
void TestFtpSegments::recordSplitsARangeInOneWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.segments"));
    const qint64 total = 100 * MiB;
    auto made = SegmentRecord::create(path, total, SegmentRecord::split(MiB, total, 1));
    QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
    SegmentRecord &r = made.value();
    QVERIFY(r.advance(0, 5 * MiB));
    QVERIFY(!r.split(0, 4 * MiB)); // behind what is fetched
    QVERIFY(!r.split(0, total));   // not inside
    QVERIFY(r.split(0, 50 * MiB)); // [1, 50) fetching at 5, [50, 100) new
    QVERIFY(r.split(0, 20 * MiB)); // [1, 20), [20, 50), [50, 100)
    QVERIFY(r.advance(r.indexOf(50 * MiB), 60 * MiB));
    QCOMPARE(r.indexOf(20 * MiB), 1);
    QCOMPARE(r.indexOf(50 * MiB), 2);
    QCOMPARE(r.indexOf(21 * MiB), -1);
    auto again = SegmentRecord::open(path, total);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message()));
    QCOMPARE(again->segments().size(), size_t(3));
    const auto &s = again->segments();
    QCOMPARE(s[0].start, MiB);
    QCOMPARE(s[0].end, 20 * MiB);
    QCOMPARE(s[0].next, 5 * MiB);
    QCOMPARE(s[1].start, 20 * MiB);
    QCOMPARE(s[1].end, 50 * MiB);
    QCOMPARE(s[1].next, 20 * MiB);
    QCOMPARE(s[2].start, 50 * MiB);
    QCOMPARE(s[2].end, total);
    QCOMPARE(s[2].next, 60 * MiB);
    QCOMPARE(again->contiguousEnd(), 5 * MiB);
    QCOMPARE(again->doneBytes(), MiB + 4 * MiB + 10 * MiB);
    // Never more than the record holds.
    for (int i = 3; i < SegmentRecord::kMaxSegments; ++i)
        QVERIFY(r.split(0, r.segments().front().end - 1024));
    QVERIFY(!r.split(0, r.segments().front().end - 1024));
    auto full = SegmentRecord::open(path, total);
    QVERIFY2(full, full ? "" : qPrintable(full.error().message()));
    QCOMPARE(full->segments().size(), size_t(SegmentRecord::kMaxSegments));
}

// A connection that joins starts behind the one it takes bytes from (its RETR, its data
// connection's slow start): it takes less than half, so that both end together.
void TestFtpSegments::joinerTakesLessThanHalf()
{
    using ferry::remote::joinShare;
    // 200 MiB ahead of a connection moving 75 MB/s (75,000 bytes per ms), the joiner 80 ms
    // behind: 6 MB less than the other, each ending after about 1.36 s.
    const qint64 left = 200 * MiB;
    const qint64 share = joinShare(left, 75000, 80, 8 * MiB);
    QCOMPARE(share, (left - 6000000) / 2);
    const double otherEnds = double(left - share) / 75000, joinerEnds = 80 + double(share) / 75000;
    QVERIFY(qAbs(otherEnds - joinerEnds) < 1);
    // Pace not known yet, or no delay: half.
    QCOMPARE(joinShare(left, 0, 80, 8 * MiB), left / 2);
    QCOMPARE(joinShare(left, 75000, 0, 8 * MiB), left / 2);
    // Never under the smallest part, nor leaving less than that to the other.
    QCOMPARE(joinShare(20 * MiB, 75000, 1000, 8 * MiB), 8 * MiB);
    QCOMPARE(joinShare(16 * MiB, 0, 0, 8 * MiB), 8 * MiB);
}

// fourSegments_data's rows: 0 vsftpd, 1 vsftpd explicit TLS, 2 pure-ftpd, 3 pure-ftpd
// explicit TLS (TLS is the client's choice there).
static const ServerInfo *startServerRow(Fixture &fx, int server)
{
    return server < 2 ? fx.startVsftpd(server == 1 ? VsftpdMode::ExplicitTls : VsftpdMode::Plain)
                      : fx.startPureFtpd();
}

void TestFtpSegments::fourSegments_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("vsftpd plain") << 0;
    QTest::newRow("vsftpd explicit TLS") << 1;
    QTest::newRow("pure-ftpd plain") << 2;
    QTest::newRow("pure-ftpd explicit TLS") << 3;
}

// The download starts on the first connection at once; each of the three that log in
// meanwhile takes the back of the range still ahead that would end last. Through the queue with
// a speed limit (16 MiB/s for all of them, about 4 s), so that all three join while the
// ranges are still large even on a busy machine.
void TestFtpSegments::fourSegments()
{
    QFETCH(int, server);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = startServerRow(fx, server);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const bool tls = server == 1 || server == 3;
    const qint64 size = 64 * MiB;
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, size, 64));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, data;
    const QString target = local.filePath(QStringLiteral("big.bin"));
    const QString url = QStringLiteral("%1://%2@127.0.0.1:%3/big.bin")
                            .arg(tls ? QStringLiteral("ftpes") : QStringLiteral("ftp"), Fixture::user())
                            .arg(srv->port);
    QStringList tlsArgs;
    if (tls)
        tlsArgs << QStringLiteral("--ca-file") << fx.caCertPath();
    const CliResult add = runCli(QStringList{QStringLiteral("queue"), QStringLiteral("add"),
                                             QStringLiteral("get"), url, local.path()} +
                                     tlsArgs,
                                 data.path(), data.path(), {}, 60000, segmentsEnv(4));
    QVERIFY2(add.exitCode == 0, qPrintable(diag(add)));
    const CliResult r =
        runCli(QStringList{QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--verbose"),
                           QStringLiteral("--parallel"), QStringLiteral("4"), QStringLiteral("--limit-rate"),
                           QStringLiteral("16M")} +
                   tlsArgs,
               data.path(), data.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(QFileInfo(target).size(), size);
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    // It started at once, on one range, on this connection.
    QVERIFY2(r.err.contains("over up to 4 connections (round trip"), qPrintable(diag(r)));
    QVERIFY2(r.err.contains("starting on this one at once: 0-67108864"), qPrintable(diag(r)));
    // Each of the three others took the back half of a range.
    for (int n = 2; n <= 4; ++n)
        QVERIFY2(
            r.err.contains(QByteArray(QByteArray("[connection ") + QByteArray::number(n) + "] takes bytes ")),
            qPrintable(diag(r)));
    const QRegularExpressionMatch fetched =
        QRegularExpression(
            QStringLiteral(
                "Fetched \\S*/big.bin in (\\d+) segments over 4 connections in [0-9.]+ s: ([-0-9, ]+)"))
            .match(QString::fromUtf8(r.err));
    QVERIFY2(fetched.hasMatch(), qPrintable(diag(r)));
    QVERIFY(fetched.captured(1).toInt() >= 4);
    // The ranges tile the file, and every one after the first was asked for at its start
    // (the log of commands).
    qint64 expected = 0;
    for (const QString &range : fetched.captured(2).split(QStringLiteral(", "))) {
        const QStringList ends = range.split(QLatin1Char('-'));
        QCOMPARE(ends.size(), 2);
        QCOMPARE(ends[0].toLongLong(), expected);
        if (expected > 0)
            QVERIFY2(r.err.contains(QByteArray(QByteArray("REST ") + QByteArray::number(expected))),
                     qPrintable(diag(r)));
        expected = ends[1].toLongLong();
    }
    QCOMPARE(expected, size);
    // Nothing is left beside the file.
    QCOMPARE(QDir(local.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("big.bin")});
}

void TestFtpSegments::getLogsInTogether_data()
{
    fourSegments_data();
}

// ferry-cli get of one file: the three extra connections log in together with the first
// (before the size is known) and are the download's; a small file calls them off. The
// bytes are right either way.
void TestFtpSegments::getLogsInTogether()
{
    QFETCH(int, server);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = startServerRow(fx, server);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const bool tls = server == 1 || server == 3;
    const qint64 size = 64 * MiB;
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    const QString small = fx.rootDir() + QStringLiteral("/small.bin");
    QVERIFY(writeRandomFile(source, size, 68));
    QVERIFY(writeRandomFile(small, 1 * MiB, 69));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, config;
    QStringList tlsArgs;
    if (tls)
        tlsArgs << QStringLiteral("--ca-file") << fx.caCertPath();
    const auto url = [&](const QString &name) {
        return QStringLiteral("%1://%2@127.0.0.1:%3/%4")
            .arg(tls ? QStringLiteral("ftpes") : QStringLiteral("ftp"), Fixture::user())
            .arg(srv->port)
            .arg(name);
    };
    const QString target = local.filePath(QStringLiteral("big.bin"));
    CliResult r = runCli(QStringList{QStringLiteral("get"), QStringLiteral("--verbose"),
                                     url(QStringLiteral("big.bin")), target} +
                             tlsArgs,
                         config.path(), config.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    QVERIFY2(r.err.contains("Logging 3 more connections in at once"), qPrintable(diag(r)));
    QVERIFY2(r.err.contains("3 of them logged in with this one"), qPrintable(diag(r)));
    // (Whether each takes a range depends on the machine: on loopback the first connection
    // may have fetched most of 64 MiB before the others are in. The order of the logins is
    // tst_ftproundtrips' extraLoginsStartWithTheFirst.)
    for (int n = 2; n <= 4; ++n)
        QVERIFY2(r.err.contains(QByteArray(QByteArray("[connection ") + QByteArray::number(n) + "] ")),
                 qPrintable(diag(r)));
    // A small file: one stream, the extra connections called off.
    const QString smallTarget = local.filePath(QStringLiteral("small.bin"));
    r = runCli(QStringList{QStringLiteral("get"), QStringLiteral("--verbose"),
                           url(QStringLiteral("small.bin")), smallTarget} +
                   tlsArgs,
               config.path(), config.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(smallTarget), sha256OfFile(small));
    QVERIFY2(!r.err.contains("segments over") && !r.err.contains("takes bytes"), qPrintable(diag(r)));
}

// The queue's limit per site (2 by default) counts the segments' extra connections: four
// segments forced, two connections used (main: four), the bytes are right.
void TestFtpSegments::queueLimitHoldsSegments()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 65));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, data;
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);
    const CliResult add =
        runCli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("get"), url, local.path()},
               data.path(), data.path(), {}, 60000, segmentsEnv(4));
    QVERIFY2(add.exitCode == 0, qPrintable(diag(add)));
    const CliResult r = runCli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--verbose"),
                                QStringLiteral("--limit-rate"), QStringLiteral("32M")},
                               data.path(), data.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(local.filePath(QStringLiteral("big.bin"))), sha256OfFile(source));
    QVERIFY2(r.err.contains("over up to 2 connections"), qPrintable(QString::fromUtf8(r.err.left(6000))));
    QVERIFY2(!r.err.contains("[connection 3]"), qPrintable(diag(r)));
}

// ferry-cli get of one file: --parallel N is the connections it may use, its segments'
// included (main: the site's limit alone, four here).
void TestFtpSegments::cliParallelLimitsOneGet()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 66));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, data;
    const QString target = local.filePath(QStringLiteral("big.bin"));
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);
    const CliResult r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"),
                                QStringLiteral("--parallel"), QStringLiteral("2"), url, target},
                               data.path(), data.path(), {}, 120000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    QVERIFY2(r.err.contains("over up to 2 connections"), qPrintable(QString::fromUtf8(r.err.left(6000))));
    QVERIFY2(!r.err.contains("[connection 3]"), qPrintable(diag(r)));
}

void TestFtpSegments::killedQueueRunContinuesEverySegment()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const qint64 size = 64 * MiB;
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, size, 65));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, data;
    const QString target = local.filePath(QStringLiteral("big.bin"));
    const QString part = local.filePath(QStringLiteral(".big.bin.ferry-part-1")); // item 1's partial
    const QString recordPath = SegmentRecord::pathFor(part);
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);

    CliResult add =
        runCli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("get"), url, local.path()},
               data.path(), data.path(), {}, 60000, segmentsEnv(4));
    QVERIFY2(add.exitCode == 0, qPrintable(diag(add)));

    // Slowed down (8 MiB/s for all four) so that it is surely killed in the middle. The
    // record is made at once (one range); killed once the three others have logged in and
    // taken their ranges, and a few MiB more are in each. Every segment was under way and
    // none finished; what the record counts is in the partial file already.
    const SegmentKill killed = killQueueRun(
        data.path(), segmentsEnv(4), QStringLiteral("8M"), [&] { return recordPath; }, size,
        [](const auto &s) { return s.size() == 4; }, 1000);
    QVERIFY2(killed.ok(), qPrintable(killed.why));
    const std::vector<SegmentRecord::Segment> kept = killed.segments;
    QCOMPARE(kept.size(), size_t(4));
    QVERIFY(everySegmentUnderWay(kept, 4));
    const QString mismatch = keptBytesMatch(source, part, kept);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const qsizetype logBefore = Fixture::logTail(*srv, 1 << 24).size();
    CliResult second = runCli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--verbose"),
                               QStringLiteral("--parallel"), QStringLiteral("4")},
                              data.path(), data.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(second.exitCode == 0, qPrintable(diag(second)));
    QCOMPARE(QFileInfo(target).size(), size);
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    QVERIFY(!QFileInfo::exists(part));
    QVERIFY(!QFileInfo::exists(recordPath));
    // The server saw each segment continue exactly where the record said.
    const QString log = Fixture::logTail(*srv, 1 << 24).mid(logBefore);
    for (const SegmentRecord::Segment &s : kept)
        QVERIFY2(log.contains(QStringLiteral("\"REST %1\"").arg(s.next)),
                 qPrintable(QStringLiteral("no REST %1 in\n%2").arg(s.next).arg(log.right(4000))));
    QVERIFY2(second.err.contains("Continuing"), qPrintable(diag(second)));
}

// A queue item's segment record lives as long as the item: a killed run leaves it beside
// the partial file (for the resume), and removing the item removes it.
void TestFtpSegments::removedItemTakesItsRecord()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 68));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, data;
    const QString part = local.filePath(QStringLiteral(".big.bin.ferry-part-1")); // item 1's partial
    const QString recordPath = SegmentRecord::pathFor(part);
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);
    CliResult add =
        runCli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("get"), url, local.path()},
               data.path(), data.path(), {}, 60000, segmentsEnv(4));
    QVERIFY2(add.exitCode == 0, qPrintable(diag(add)));
    // Killed once the scheduler has recorded the partial file (about 10 times a second
    // after the record is made).
    const SegmentKill killed = killQueueRun(
        data.path(), segmentsEnv(4), QStringLiteral("8M"), [&] { return recordPath; }, 64 * MiB,
        [](const auto &s) { return !s.empty(); }, 500);
    QVERIFY2(killed.ok(), qPrintable(killed.why));
    QVERIFY(QFileInfo::exists(recordPath));

    const CliResult removed = runCli({QStringLiteral("queue"), QStringLiteral("remove"), QStringLiteral("1")},
                                     data.path(), data.path(), {}, 60000, segmentsEnv(4));
    QVERIFY2(removed.exitCode == 0, qPrintable(diag(removed)));
    QVERIFY2(!QFileInfo::exists(recordPath), qPrintable(recordPath));
}

void TestFtpSegments::onePerAddressFallsBackToOneStream()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.maxPerIp = 1;
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const qint64 size = 64 * MiB;
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, size, 66));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, config;
    const QString target = local.filePath(QStringLiteral("big.bin"));
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);
    const CliResult r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"), url, target},
                               config.path(), config.path(), {}, 300000, segmentsEnv(4));
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("Downloading in one stream: the server refused a second connection"),
             qPrintable(diag(r)));
    QVERIFY(!r.err.contains("segments over"));
    QVERIFY2(!QRegularExpression(QStringLiteral("REST [0-9]")).match(QString::fromUtf8(r.err)).hasMatch(),
             qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
}

// Without FERRY_FTP_SEGMENTS, loopback never segments, however busy the machine (the
// round trip is the kernel's, not the login commands').
void TestFtpSegments::loopbackStaysOneStream()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 67));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local, config;
    const QString target = local.filePath(QStringLiteral("big.bin"));
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/big.bin").arg(Fixture::user()).arg(srv->port);
    QProcessEnvironment env;
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    const CliResult r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"), url, target},
                               config.path(), config.path(), {}, 300000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(!r.err.contains("segments over") && !r.err.contains("[connection 2]"), qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
}

QTEST_GUILESS_MAIN(TestFtpSegments)
#include "tst_ftpsegments.moc"
