// util::modificationTimeUtc: the time a file was modified, in UTC, whatever the local zone.
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

#include "util/FileTime.h"

using ferry::util::modificationTimeUtc;

class TestFileTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesQtsLocalTime_data();
    void matchesQtsLocalTime();
    void missingFileIsInvalid();
};

void TestFileTime::initTestCase()
{
    // A zone far from UTC, with half hours, so a conversion that is off shows.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    QCOMPARE(QDateTime(QDate(2024, 1, 1), QTime(0, 0)).offsetFromUtc(), 5 * 3600 + 1800); // tzdata is there
}

void TestFileTime::matchesQtsLocalTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::newRow("2020, whole second") << QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("milliseconds") << QDateTime(QDate(2024, 7, 1), QTime(23, 59, 58, 123), Qt::UTC);
    QTest::newRow("1970") << QDateTime(QDate(1970, 1, 1), QTime(0, 0, 1), Qt::UTC);
}

void TestFileTime::matchesQtsLocalTime()
{
    QFETCH(QDateTime, when);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("abc"), 3);
    QVERIFY(file.flush()); // a later write would set the time to now
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    file.close();

    const QDateTime byInfo = modificationTimeUtc(QFileInfo(path));
    QCOMPARE(byInfo.timeSpec(), Qt::UTC);
    QCOMPARE(byInfo, when);
    QCOMPARE(byInfo.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QCOMPARE(byInfo, QFileInfo(path).lastModified().toUTC());

    QFile open(path);
    QVERIFY(open.open(QIODevice::ReadOnly));
    const QDateTime byFile = modificationTimeUtc(open);
    QCOMPARE(byFile.timeSpec(), Qt::UTC);
    QCOMPARE(byFile, when);
}

void TestFileTime::missingFileIsInvalid()
{
    QTemporaryDir dir;
    QVERIFY(!modificationTimeUtc(QFileInfo(dir.filePath(QStringLiteral("absent")))).isValid());
}

QTEST_GUILESS_MAIN(TestFileTime)
#include "tst_filetime.moc"
