// labels: unit
// util::humanSize, the one way the window and ferry-cli write a byte count: in the C
// locale (ferry-cli: the text scripts read, as before) and in the user's locale (the
// window: grouping and decimal comma as before).

#include <QTest>

#include "util/HumanSize.h"

using ferry::util::humanSize;

class TestHumanSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data();
    void sizes();
    void theDefaultIsTheCLocale();
};

void TestHumanSize::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    const qint64 KiB = 1024;
    const qint64 MiB = KiB * 1024;
    const qint64 GiB = MiB * 1024;
    const qint64 TiB = GiB * 1024;
    QTest::newRow("unknown") << qint64(-1) << "?"
                             << "?"
                             << "?";
    QTest::newRow("zero") << qint64(0) << "0 B"
                          << "0 B"
                          << "0 B";
    QTest::newRow("one") << qint64(1) << "1 B"
                         << "1 B"
                         << "1 B";
    QTest::newRow("1023") << qint64(1023) << "1023 B"
                          << "1,023 B"
                          << "1.023 B";
    QTest::newRow("1 KiB") << KiB << "1.0 KiB"
                           << "1.0 KiB"
                           << "1,0 KiB";
    QTest::newRow("1.5 KiB") << qint64(1536) << "1.5 KiB"
                             << "1.5 KiB"
                             << "1,5 KiB";
    QTest::newRow("just under 1 MiB") << MiB - 1 << "1024.0 KiB"
                                      << "1,024.0 KiB"
                                      << "1.024,0 KiB";
    QTest::newRow("12.3 MiB") << qint64(12.3 * MiB) << "12.3 MiB"
                              << "12.3 MiB"
                              << "12,3 MiB";
    QTest::newRow("5 GiB + 7") << 5 * GiB + 7 << "5.0 GiB"
                               << "5.0 GiB"
                               << "5,0 GiB";
    QTest::newRow("2 TiB") << 2 * TiB << "2.0 TiB"
                           << "2.0 TiB"
                           << "2,0 TiB";
    QTest::newRow("3 PiB") << 3 * TiB * 1024 << "3.0 PiB"
                           << "3.0 PiB"
                           << "3,0 PiB";
    QTest::newRow("2048 PiB") << 2048 * TiB * 1024 << "2048.0 PiB"
                              << "2,048.0 PiB"
                              << "2.048,0 PiB";
}

void TestHumanSize::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, c);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(humanSize(bytes, QLocale::c()), c);
    QCOMPARE(humanSize(bytes, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(humanSize(bytes, QLocale(QLocale::German, QLocale::Germany)), german);
}

void TestHumanSize::theDefaultIsTheCLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(humanSize(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(humanSize(123456), QStringLiteral("120.6 KiB"));
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestHumanSize)
#include "tst_humansize.moc"
