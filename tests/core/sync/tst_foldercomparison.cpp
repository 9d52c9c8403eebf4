// labels: unit
// The folder comparison (core/sync/FolderComparison): two folders' entries and the mark
// each side gets: only on one side, larger, newer and older, identical, a folder against
// a file, size-only mode, a listing in minutes only (the same minute is identical, the
// next is newer), a server in another time zone, and a time a server does not give.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "SyncEntries.h"
#include "sync/FolderComparison.h"

using namespace ferry::sync;
using ferry::remote::MtimePrecision;
using Mark = FolderComparison::Mark;

using namespace ferry::test::sync_entries;

namespace {

QString N(const char *name)
{
    return QString::fromUtf8(name);
}

} // namespace

Q_DECLARE_METATYPE(Mark)

class TestFolderComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksEachKind();
    void sizeModeIgnoresTimes();
    void minutePrecision_data();
    void minutePrecision();
    void serverTimeZoneOffset();
    void unknownTimeLeavesSizeToDecide();
    void entriesFromListingsAndFiles();
    void hundredThousandEntries();
};

void TestFolderComparison::marksEachKind()
{
    const QList<SyncEntry> left = {file("only-left.txt", 5),
                                   file("larger.bin", 200),
                                   file("newer.txt", 10, kBase.addSecs(3600)),
                                   file("older.txt", 10, kBase),
                                   file("same.txt", 10),
                                   folder("both"),
                                   folder("clash")};
    const QList<SyncEntry> right = {file("only-right.txt", 7), file("larger.bin", 100),
                                    file("newer.txt", 10),     file("older.txt", 10, kBase.addSecs(60)),
                                    file("same.txt", 10),      folder("both"),
                                    file("clash", 3)};
    const auto r = FolderComparison::compare(left, right, {});
    QCOMPARE(r.left.size(), left.size());
    QCOMPARE(r.right.size(), right.size());
    QCOMPARE(r.left.value(N("only-left.txt")), Mark::OnlyHere);
    QCOMPARE(r.right.value(N("only-right.txt")), Mark::OnlyHere);
    QVERIFY(!r.left.contains(N("only-right.txt")));
    QCOMPARE(r.left.value(N("larger.bin")), Mark::Differs);
    QCOMPARE(r.right.value(N("larger.bin")), Mark::Differs);
    QCOMPARE(r.left.value(N("newer.txt")), Mark::Newer);
    QCOMPARE(r.right.value(N("newer.txt")), Mark::Older);
    QCOMPARE(r.left.value(N("older.txt")), Mark::Older);
    QCOMPARE(r.right.value(N("older.txt")), Mark::Newer);
    QCOMPARE(r.left.value(N("same.txt")), Mark::Identical);
    QCOMPARE(r.right.value(N("same.txt")), Mark::Identical);
    QCOMPARE(r.left.value(N("both")), Mark::Identical);
    QCOMPARE(r.left.value(N("clash")), Mark::Differs);
    QCOMPARE(r.right.value(N("clash")), Mark::Differs);
}

void TestFolderComparison::sizeModeIgnoresTimes()
{
    FolderComparison::Options options;
    options.mode = FolderComparison::Mode::Size;
    const auto r = FolderComparison::compare({file("a", 10, kBase.addDays(3)), file("b", 11)},
                                             {file("a", 10), file("b", 12)}, options);
    QCOMPARE(r.left.value(N("a")), Mark::Identical);
    QCOMPARE(r.right.value(N("a")), Mark::Identical);
    QCOMPARE(r.left.value(N("b")), Mark::Differs);
}

void TestFolderComparison::minutePrecision_data()
{
    QTest::addColumn<QDateTime>("local");
    QTest::addColumn<Mark>("expected");
    // The server printed 12:30 (LIST "Mar 14 12:30"): anything in that minute is the same.
    QTest::newRow("same minute, earlier second")
        << QDateTime(QDate(2026, 3, 14), QTime(12, 30, 0), Qt::UTC) << Mark::Identical;
    QTest::newRow("same minute, last second")
        << QDateTime(QDate(2026, 3, 14), QTime(12, 30, 59, 999), Qt::UTC) << Mark::Identical;
    QTest::newRow("next minute") << QDateTime(QDate(2026, 3, 14), QTime(12, 31, 0), Qt::UTC) << Mark::Newer;
    QTest::newRow("minute before") << QDateTime(QDate(2026, 3, 14), QTime(12, 29, 59), Qt::UTC)
                                   << Mark::Older;
}

void TestFolderComparison::minutePrecision()
{
    QFETCH(QDateTime, local);
    QFETCH(Mark, expected);
    SyncEntry mine = file("f", 10, local, MtimePrecision::Millisecond);
    const SyncEntry theirs =
        listed("f", 10, QDateTime(QDate(2026, 3, 14), QTime(12, 30), Qt::UTC), MtimePrecision::Minute);
    const auto r = FolderComparison::compare({mine}, {theirs}, {});
    QCOMPARE(r.left.value(N("f")), expected);
    // The same pair at second precision would differ (unless it is the very second).
    mine.precision = MtimePrecision::Second;
    SyncEntry precise = theirs;
    precise.precision = MtimePrecision::Second;
    if (local.time().second() != 0)
        QVERIFY(FolderComparison::compare({mine}, {precise}, {}).left.value(N("f")) != Mark::Identical);
}

void TestFolderComparison::serverTimeZoneOffset()
{
    // The server's clock is UTC+2: its "14:30" is 12:30 UTC.
    FolderComparison::Options options;
    options.serverTimeZoneOffsetMinutes = 120;
    const SyncEntry theirs =
        listed("f", 10, QDateTime(QDate(2026, 3, 14), QTime(14, 30), Qt::UTC), MtimePrecision::Minute);
    const SyncEntry mine =
        file("f", 10, QDateTime(QDate(2026, 3, 14), QTime(12, 30, 40), Qt::UTC), MtimePrecision::Millisecond);
    QCOMPARE(FolderComparison::compare({mine}, {theirs}, options).left.value(N("f")), Mark::Identical);
    QCOMPARE(FolderComparison::compare({mine}, {theirs}, {}).left.value(N("f")), Mark::Older);
}

void TestFolderComparison::unknownTimeLeavesSizeToDecide()
{
    SyncEntry noTime = file("f", 10, QDateTime(), MtimePrecision::None);
    const auto r = FolderComparison::compare({file("f", 10)}, {noTime}, {});
    QCOMPARE(r.left.value(N("f")), Mark::Identical);
    SyncEntry noSize = file("g", -1);
    QCOMPARE(FolderComparison::compare({file("g", 10)}, {noSize}, {}).left.value(N("g")), Mark::Identical);
}

void TestFolderComparison::entriesFromListingsAndFiles()
{
    ferry::remote::DirEntry listedDir;
    listedDir.name = N("sub");
    listedDir.type = ferry::remote::EntryType::Link;
    listedDir.linkTargetType = ferry::remote::EntryType::Dir;
    QCOMPARE(FolderComparison::remoteEntry(listedDir).kind, SyncEntry::Kind::Folder);
    ferry::remote::DirEntry listedFile;
    listedFile.name = N("a.txt");
    listedFile.type = ferry::remote::EntryType::File;
    listedFile.size = 12;
    listedFile.mtime = kBase;
    listedFile.mtimePrecision = MtimePrecision::Minute;
    const SyncEntry e = FolderComparison::remoteEntry(listedFile);
    QCOMPARE(e.relativePath, N("a.txt"));
    QCOMPARE(e.size, 12);
    QCOMPARE(e.precision, MtimePrecision::Minute);
    QVERIFY(!e.mtimeUtc);

    QTemporaryDir dir;
    QFile f(dir.filePath(N("local.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    QVERIFY(QDir(dir.path()).mkdir(N("folder")));
    const SyncEntry local = FolderComparison::localEntry(QFileInfo(f.fileName()));
    QCOMPARE(local.relativePath, N("local.txt"));
    QCOMPARE(local.size, 5);
    QVERIFY(local.mtime.isValid());
    QCOMPARE(local.precision, MtimePrecision::Millisecond);
    QCOMPARE(FolderComparison::localEntry(QFileInfo(dir.filePath(N("folder")))).kind,
             SyncEntry::Kind::Folder);
}

// A folder of 100,000 entries each side, every fourth name on one side only: all marked,
// and the time it takes (printed; the window compares a folder this big on a pool thread).
void TestFolderComparison::hundredThousandEntries()
{
    QList<SyncEntry> left, right;
    for (int i = 0; i < 100000; ++i) {
        const QByteArray name = "file-" + QByteArray::number(i) + ".bin";
        if (i % 4 != 1)
            left.append(file(name.constData(), i % 7 == 0 ? 11 : 10));
        if (i % 4 != 2)
            right.append(file(name.constData(), 10));
    }
    QElapsedTimer clock;
    clock.start();
    const auto r = FolderComparison::compare(left, right, {});
    qInfo("compared %lld and %lld entries in %lld ms", qlonglong(left.size()), qlonglong(right.size()),
          qlonglong(clock.elapsed()));
    QCOMPARE(r.left.size(), left.size());
    QCOMPARE(r.right.size(), right.size());
    QCOMPARE(r.left.value(N("file-2.bin")), Mark::OnlyHere);
    QCOMPARE(r.right.value(N("file-1.bin")), Mark::OnlyHere);
    QCOMPARE(r.left.value(N("file-7.bin")), Mark::Differs);
    QCOMPARE(r.left.value(N("file-4.bin")), Mark::Identical);
}

QTEST_GUILESS_MAIN(TestFolderComparison)
#include "tst_foldercomparison.moc"
