// Segmented SFTP uploads (SftpTransfers.cpp): one large file over several SFTP channels,
// each channel writing its own range, the acknowledged progress of each kept in a
// SegmentRecord so that a killed run continues every segment. Against the fixture's real
// sshd through ferry-cli: a 64 MiB upload in 4 segments (forced by FERRY_SFTP_SEGMENTS,
// since loopback alone never segments), a `queue run` killed with SIGKILL mid-way and run
// again (every segment continues from the record's acknowledged byte, none from its
// start), a server that allows one session per connection (one stream), and loopback
// without the variable (one stream). Every upload is checked with SHA-256 of the server's
// file.
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

#include "Sanitizers.h"
#include "SegmentKill.h"
#include "SftpCliEnv.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "remote/SegmentPlan.h"
#include "remote/SegmentRecord.h"

using namespace ferry::test;
using ferry::remote::SegmentChoice;
using ferry::remote::SegmentRecord;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// The record files an upload left in the data folder.
QStringList records(const QString &dataDir)
{
    return QDir(dataDir + QStringLiteral("/segments")).entryList({QStringLiteral("*.segments")}, QDir::Files);
}

} // namespace

class TestSftpSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("FERRY_SFTP_SEGMENTS"); }
    void countFollowsRoundTripSizeAndLimit();
    void fourSegments();
    void killedQueueRunContinuesEverySegment();
    void removedItemTakesItsRecord();
    void oneSessionPerConnectionIsOneStream();
    void loopbackStaysOneStream();
};

// The rules FTP's segmented downloads and SFTP's segmented uploads share.
void TestSftpSegments::countFollowsRoundTripSizeAndLimit()
{
    auto count = [](double rtt, qint64 bytes, int limit, int wanted, int forced = 0) {
        SegmentChoice c;
        c.rttMs = rtt;
        c.bytes = bytes;
        c.limit = limit;
        c.midLink = wanted;
        c.longLink = wanted;
        c.forced = forced;
        return ferry::remote::segmentCount(c);
    };
    QCOMPARE(count(0.05, 1024 * MiB, 0, 12), 1); // loopback
    QCOMPARE(count(4.9, 1024 * MiB, 0, 12), 1);  // LAN
    QCOMPARE(count(20, 256 * MiB, 0, 3), 3);
    QCOMPARE(count(100, 256 * MiB, 0, 12), 12);
    QCOMPARE(count(100, 31 * MiB, 0, 12), 1);  // small: whole (FTP: under 32 MiB)
    QCOMPARE(count(100, 40 * MiB, 0, 12), 5);  // one per 8 MiB
    QCOMPARE(count(100, 256 * MiB, 1, 12), 1); // the site's limit
    QCOMPARE(count(100, 256 * MiB, 3, 12), 3);
    QCOMPARE(count(0.05, 64 * MiB, 0, 12, 4), 4); // forced, even on loopback
    QCOMPARE(count(0.05, 64 * MiB, 2, 12, 4), 2); // but never past the limit
    QCOMPARE(count(0.05, 16 * MiB, 0, 12, 4), 2); // nor under 8 MiB a segment
    // SFTP's bounds: its channels cost no login, so from 8 MiB, 4 MiB a segment.
    SegmentChoice sftp;
    sftp.rttMs = 100;
    sftp.bytes = 20 * MiB;
    sftp.midLink = sftp.longLink = 12;
    sftp.minBytes = 8 * MiB;
    sftp.minSegment = 4 * MiB;
    QCOMPARE(ferry::remote::segmentCount(sftp), 5);
    sftp.bytes = 7 * MiB;
    QCOMPARE(ferry::remote::segmentCount(sftp), 1);
}

void TestSftpSegments::fourSegments()
{
    SftpCliEnv e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 64 * MiB, 71));
    const CliResult r = e.cli(QStringList{QStringLiteral("put"), QStringLiteral("--verbose"), source,
                                          e.url(QStringLiteral("big.bin"))} +
                                  e.options(),
                              {.segments = 4});
    QVERIFY2(r.exitCode == 0, qPrintable(cliDiag(r)));
    QVERIFY2(r.err.contains("in 4 segments over 4 channels"), qPrintable(cliDiag(r)));
    // Each segment wrote its own range, from its start.
    QVERIFY2(r.err.contains("0-16777216, 16777216-33554432, 33554432-50331648, 50331648-67108864"),
             qPrintable(cliDiag(r)));
    const QString uploaded = e.fx.rootDir() + QStringLiteral("/big.bin");
    QCOMPARE(QFileInfo(uploaded).size(), 64 * MiB);
    QCOMPARE(sha256OfFile(uploaded), sha256OfFile(source));
    QVERIFY2(records(e.data).isEmpty(), qPrintable(records(e.data).join(QLatin1Char(' '))));
}

void TestSftpSegments::killedQueueRunContinuesEverySegment()
{
    SftpCliEnv e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const qint64 size = 64 * MiB;
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, size, 72));
    const QString uploaded = e.fx.rootDir() + QStringLiteral("/big.bin");

    CliResult add = e.cli(QStringList{QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("put"),
                                      source, e.url(QStringLiteral("big.bin"))} +
                              e.options(),
                          {.segments = 4});
    QVERIFY2(add.exitCode == 0, qPrintable(cliDiag(add)));

    // Slowed down (16 MiB/s for all four) so that it is surely killed in the middle: once
    // every segment has something acknowledged (about 1.5 s in a dev build), long before
    // any ends (16 MiB each at a quarter of 16 MiB/s). What the record counts is on the
    // server already (it was acknowledged).
    const auto recordPath = [&] {
        return records(e.data).isEmpty() ? QString()
                                         : e.data + QStringLiteral("/segments/") + records(e.data).value(0);
    };
    const SegmentKill killed = killQueueRun(e.data, e.env({.segments = 4}), QStringLiteral("16M"), recordPath,
                                            size, [](const auto &s) { return everySegmentUnderWay(s, 4); });
    QVERIFY2(killed.ok(), qPrintable(killed.why));
    const std::vector<SegmentRecord::Segment> kept = killed.segments;
    QCOMPARE(kept.size(), size_t(4));
    QVERIFY(everySegmentUnderWay(kept, 4));
    const QString mismatch = keptBytesMatch(source, uploaded, kept);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    CliResult second =
        e.cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--verbose")}, {.segments = 4});
    QVERIFY2(second.exitCode == 0, qPrintable(cliDiag(second)));
    QCOMPARE(QFileInfo(uploaded).size(), size);
    QCOMPARE(sha256OfFile(uploaded), sha256OfFile(source));
    QVERIFY(records(e.data).isEmpty());
    // Every segment continued from the byte the record kept, none from its start.
    QVERIFY2(second.err.contains("Continuing"), qPrintable(cliDiag(second)));
    for (const SegmentRecord::Segment &s : kept)
        QVERIFY2(second.err.contains(QByteArray(QByteArray("-") + QByteArray::number(s.end) + " (from " +
                                                QByteArray::number(s.next) + ")")),
                 qPrintable(QStringLiteral("segment %1-%2 did not continue at %3\n%4")
                                .arg(s.start)
                                .arg(s.end)
                                .arg(s.next)
                                .arg(cliDiag(second))));
}

// A queue item's segment record lives as long as the item: a killed run leaves it (for
// the resume), and removing the item removes it.
void TestSftpSegments::removedItemTakesItsRecord()
{
    SftpCliEnv e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 32 * MiB, 75));
    CliResult add = e.cli(QStringList{QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("put"),
                                      source, e.url(QStringLiteral("big.bin"))} +
                              e.options(),
                          {.segments = 4});
    QVERIFY2(add.exitCode == 0, qPrintable(cliDiag(add)));
    // Killed once the scheduler has recorded the item's record (it does about 10 times a
    // second after the record is made).
    const auto recordPath = [&] {
        return records(e.data).isEmpty() ? QString()
                                         : e.data + QStringLiteral("/segments/") + records(e.data).value(0);
    };
    const SegmentKill killed = killQueueRun(
        e.data, e.env({.segments = 4}), QStringLiteral("8M"), recordPath, 32 * MiB,
        [](const auto &s) { return !s.empty(); }, 500);
    QVERIFY2(killed.ok(), qPrintable(killed.why));
    QCOMPARE(records(e.data).size(), 1);

    const CliResult removed =
        e.cli({QStringLiteral("queue"), QStringLiteral("remove"), QStringLiteral("1")}, {.segments = 4});
    QVERIFY2(removed.exitCode == 0, qPrintable(cliDiag(removed)));
    QVERIFY2(records(e.data).isEmpty(), qPrintable(records(e.data).join(QLatin1Char(' '))));
}

void TestSftpSegments::oneSessionPerConnectionIsOneStream()
{
    SftpCliEnv e;
    QVERIFY2(e.start(1), qPrintable(e.fx.lastError()));
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 64 * MiB, 73));
    const CliResult r = e.cli(QStringList{QStringLiteral("put"), QStringLiteral("--verbose"), source,
                                          e.url(QStringLiteral("big.bin"))} +
                                  e.options(),
                              {.segments = 4});
    QVERIFY2(r.exitCode == 0, qPrintable(cliDiag(r)));
    QVERIFY2(r.err.contains("The server refused 3 of 4 SFTP channels"), qPrintable(cliDiag(r)));
    QVERIFY2(r.err.contains("Uploading in one stream"), qPrintable(cliDiag(r)));
    QVERIFY2(!r.err.contains("segments over"), qPrintable(cliDiag(r)));
    QCOMPARE(sha256OfFile(e.fx.rootDir() + QStringLiteral("/big.bin")), sha256OfFile(source));
    QVERIFY(records(e.data).isEmpty());
}

// Without FERRY_SFTP_SEGMENTS loopback never segments (the round trip is the kernel's).
void TestSftpSegments::loopbackStaysOneStream()
{
    SftpCliEnv e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 64 * MiB, 74));
    const CliResult r = e.cli(QStringList{QStringLiteral("put"), QStringLiteral("--verbose"), source,
                                          e.url(QStringLiteral("big.bin"))} +
                                  e.options(),
                              {});
    QVERIFY2(r.exitCode == 0, qPrintable(cliDiag(r)));
    QVERIFY2(!r.err.contains("segments over") && r.err.contains("over 1 channel(s)"), qPrintable(cliDiag(r)));
    QCOMPARE(sha256OfFile(e.fx.rootDir() + QStringLiteral("/big.bin")), sha256OfFile(source));
}

QTEST_GUILESS_MAIN(TestSftpSegments)
#include "tst_sftpsegments.moc"
