// labels: unit
// The sync planner (core/sync/SyncPlanner): tables of a source and a target tree and the
// plan expected, both directions: only on one side, larger, newer, identical, a listing
// in minutes only, a server in another time zone, excludes, type clashes, links and
// unsafe names; and the excludes' glob rules.
#include <QJsonArray>
#include <QTest>

#include "SyncEntries.h"
#include "sync/SyncExcludes.h"
#include "sync/SyncPlanner.h"

using namespace ferry::sync;
using ferry::remote::MtimePrecision;

using namespace ferry::test::sync_entries;

namespace {

QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

// The plan as "kind path (reason)" lines, skips included.
QStringList lines(const SyncPlan &plan)
{
    QStringList out;
    for (const SyncAction &a : plan.actions)
        out << SyncPlan::describe(a);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(SyncTree)
Q_DECLARE_METATYPE(SyncOptions)

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void minutePrecisionBothWays();
    void excludes_data();
    void excludes();
    void jsonHasEveryAction();
};

void TestSyncPlanner::plan_data()
{
    QTest::addColumn<SyncTree>("source");
    QTest::addColumn<SyncTree>("target");
    QTest::addColumn<SyncOptions>("options");
    QTest::addColumn<QStringList>("expected");

    SyncOptions up;
    SyncOptions down;
    down.direction = SyncDirection::Down;
    SyncOptions upDelete = up;
    upDelete.deleteExtra = true;

    QTest::newRow("only-left: file and folder with its file")
        << tree({file("a.txt", 10), folder("d"), file("d/b.txt", 5)}) << tree({}) << up
        << L({"upload a.txt (only-source)", "mkdir d/ (only-source)", "upload d/b.txt (only-source)"});
    QTest::newRow("only-left down") << tree({file("a.txt", 10)}) << tree({}) << down
                                    << L({"download a.txt (only-source)"});
    QTest::newRow("only-right: kept without --delete")
        << tree({}) << tree({file("x.txt", 1), folder("old"), file("old/y", 2)}) << up << QStringList();
    QTest::newRow("only-right: deleted with --delete, a folder once")
        << tree({}) << tree({file("x.txt", 1), folder("old"), file("old/y", 2), folder("old/z")}) << upDelete
        << L({"delete old/ (only-target)", "delete x.txt (only-target)"});
    QTest::newRow("larger source") << tree({file("f", 200)}) << tree({file("f", 100, kBase.addDays(1))}) << up
                                   << L({"upload f (size differs)"});
    QTest::newRow("larger target") << tree({file("f", 100)}) << tree({file("f", 200)}) << down
                                   << L({"download f (size differs)"});
    QTest::newRow("source newer") << tree({file("f", 100, kBase.addSecs(5))}) << tree({file("f", 100)}) << up
                                  << L({"upload f (newer)"});
    QTest::newRow("target newer: left alone")
        << tree({file("f", 100)}) << tree({file("f", 100, kBase.addSecs(5))}) << up
        << L({"skip f (target newer)"});
    QTest::newRow("identical") << tree({file("f", 100)}) << tree({file("f", 100)}) << up
                               << L({"skip f (identical)"});
    QTest::newRow("identical: local milliseconds, server seconds")
        << tree({file("f", 100, kBase, MtimePrecision::Millisecond)})
        << tree({file("f", 100, kBase.addMSecs(-250))}) << up << L({"skip f (identical)"});
    QTest::newRow("minute precision: 40 s apart, same minute")
        << tree({file("f", 100, kBase.addSecs(40), MtimePrecision::Millisecond)})
        << tree({file("f", 100, QDateTime(kBase.date(), QTime(12, 30), Qt::UTC), MtimePrecision::Minute)})
        << up << L({"skip f (identical)"});
    QTest::newRow("minute precision: the next minute is newer")
        << tree({file("f", 100, kBase.addSecs(50), MtimePrecision::Millisecond)})
        << tree({file("f", 100, QDateTime(kBase.date(), QTime(12, 30), Qt::UTC), MtimePrecision::Minute)})
        << up << L({"upload f (newer)"});
    QTest::newRow("day precision: same day")
        << tree({file("f", 100, kBase.addSecs(3600))})
        << tree({file("f", 100, QDateTime(kBase.date(), QTime(0, 0), Qt::UTC), MtimePrecision::Day)}) << up
        << L({"skip f (identical)"});
    QTest::newRow("unknown time, same size")
        << tree({file("f", 100)}) << tree({file("f", 100, QDateTime(), MtimePrecision::None)}) << up
        << L({"skip f (identical)"});

    // A server at UTC+2 lists 14:30 for a file written at 12:30 UTC.
    SyncOptions plus2 = up;
    plus2.serverTimeZoneOffsetMinutes = 120;
    QTest::newRow("time-zone offset: same instant")
        << tree({file("f", 100, kBase)})
        << tree({listed("f", 100, QDateTime(kBase.date(), QTime(14, 30), Qt::UTC), MtimePrecision::Minute)})
        << plus2 << L({"skip f (identical)"});
    QTest::newRow("time-zone offset ignored would be 2 h newer: without it, newer")
        << tree({file("f", 100, kBase)})
        << tree({listed("f", 100, QDateTime(kBase.date(), QTime(10, 30), Qt::UTC), MtimePrecision::Minute)})
        << plus2 << L({"upload f (newer)"});
    SyncOptions minus5 = down;
    minus5.serverTimeZoneOffsetMinutes = -300;
    QTest::newRow("time-zone offset down: server newer by a minute")
        << tree({listed("f", 7, QDateTime(kBase.date(), QTime(7, 31), Qt::UTC), MtimePrecision::Minute)})
        << tree({file("f", 7, kBase)}) << minus5 << L({"download f (newer)"});

    SyncOptions excluding = upDelete;
    excluding.excludes = SyncExcludes(L({"*.tmp", "cache", "d/keep*"}));
    QTest::newRow("excludes: both sides, never deleted")
        << tree({file("a.tmp", 1), folder("cache"), file("cache/c", 1), folder("d"), file("d/keep1", 1),
                 file("d/send", 1)})
        << tree({file("x.tmp", 1), folder("sub"), folder("sub/cache"), file("sub/cache/q", 1), folder("d"),
                 file("d/keep2", 3)})
        << excluding << L({"upload d/send (only-source)", "delete sub/ (only-target)"});

    QTest::newRow("type clash without --delete: left, nothing under it")
        << tree({folder("x"), file("x/a", 1), file("y", 1)}) << tree({file("x", 4), folder("y")}) << up
        << L({"skip x (type differs)", "skip y (type differs)"});
    QTest::newRow("type clash with --delete: replaced")
        << tree({folder("x"), file("x/a", 1), file("y", 1)})
        << tree({file("x", 4), folder("y"), file("y/old", 1)}) << upDelete
        << L({"delete x (type differs)", "mkdir x/ (type differs)", "upload x/a (only-source)",
              "delete y/ (type differs)", "upload y (type differs)"});
    QTest::newRow("a link on the target is never written through nor deleted")
        << tree({folder("l"), file("l/a", 1), file("f", 1)}) << tree({other("l"), other("f"), other("g")})
        << upDelete
        << L({"skip f (not a file or folder)", "skip g (not a file or folder)",
              "skip l (not a file or folder)"});
    QTest::newRow("unsafe names never planned")
        << tree({file("../up", 1), file("a/../../b", 1), file("ok", 1)}) << tree({file("..", 1)}) << upDelete
        << L({"upload ok (only-source)"});
    SyncOptions checksums = up;
    checksums.compare = SyncCompare::Checksum;
    SyncEntry sumA = file("s", 100);
    sumA.checksum = QStringLiteral("aa");
    SyncEntry sumB = file("s", 100, kBase.addDays(-1));
    sumB.checksum = QStringLiteral("bb");
    SyncEntry sumSame = file("s", 100, kBase.addDays(1));
    sumSame.checksum = QStringLiteral("aa");
    QTest::newRow("checksum differs, times ignored")
        << tree({sumA}) << tree({sumB}) << checksums << L({"upload s (checksum differs)"});
    QTest::newRow("checksum same, times ignored")
        << tree({sumA}) << tree({sumSame}) << checksums << L({"skip s (identical)"});
    QTest::newRow("checksum: size decides first")
        << tree({file("s", 5)}) << tree({file("s", 6)}) << checksums << L({"upload s (size differs)"});
    QTest::newRow("folder order: a, a/x before a b")
        << tree({folder("a"), file("a/x", 1), file("a b", 1)}) << tree({}) << up
        << L({"mkdir a/ (only-source)", "upload a/x (only-source)", "upload a b (only-source)"});
}

void TestSyncPlanner::plan()
{
    QFETCH(SyncTree, source);
    QFETCH(SyncTree, target);
    QFETCH(SyncOptions, options);
    QFETCH(QStringList, expected);
    QStringList actual = lines(SyncPlanner::plan(source, target, options));
    QCOMPARE(actual, expected);
}

// The same pair read both ways round: a time within the minute is neither older nor newer.
void TestSyncPlanner::minutePrecisionBothWays()
{
    const SyncEntry local = file("f", 1, kBase.addSecs(44), MtimePrecision::Millisecond);
    const SyncEntry server =
        listed("f", 1, QDateTime(kBase.date(), QTime(12, 30), Qt::UTC), MtimePrecision::Minute);
    QCOMPARE(SyncPlanner::compareTimes(local, server, 0), 0);
    QCOMPARE(SyncPlanner::compareTimes(server, local, 0), 0);
    const SyncEntry second = file("f", 1, kBase.addSecs(44), MtimePrecision::Second);
    const SyncEntry earlier = file("f", 1, kBase.addSecs(43), MtimePrecision::Second);
    QCOMPARE(SyncPlanner::compareTimes(second, earlier, 0), 1);
    QCOMPARE(SyncPlanner::compareTimes(earlier, second, 0), -1);
    QCOMPARE(SyncPlanner::compareTimes(second, file("f", 1, QDateTime(), MtimePrecision::None), 0), 2);
}

void TestSyncPlanner::excludes_data()
{
    QTest::addColumn<QStringList>("globs");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    QTest::newRow("name at the top") << L({"*.o"}) << QStringLiteral("a.o") << true;
    QTest::newRow("name deep") << L({"*.o"}) << QStringLiteral("x/y/a.o") << true;
    QTest::newRow("not a suffix match") << L({"*.o"}) << QStringLiteral("a.obj") << false;
    QTest::newRow("folder excludes its content") << L({".git"}) << QStringLiteral(".git/objects/ab") << true;
    QTest::newRow("path pattern from the root") << L({"build/*"}) << QStringLiteral("build/x") << true;
    QTest::newRow("path pattern not deeper") << L({"build/*"}) << QStringLiteral("src/build/x") << false;
    QTest::newRow("star stops at a slash") << L({"/b*"}) << QStringLiteral("a/b") << false;
    QTest::newRow("leading slash anchors") << L({"/b*"}) << QStringLiteral("bin/x") << true;
    QTest::newRow("question mark and set") << L({"file?.[ch]"}) << QStringLiteral("s/file1.c") << true;
    QTest::newRow("set misses") << L({"file?.[ch]"}) << QStringLiteral("s/file1.o") << false;
    QTest::newRow("none") << QStringList() << "a" << false;
    // The literal head and tail checked before the pattern: overlaps and edges.
    QTest::newRow("head and tail meet") << L({"a*b"}) << QStringLiteral("d/ab") << true;
    QTest::newRow("head and tail overlap") << L({"a*a"}) << QStringLiteral("a") << false;
    QTest::newRow("question mark needs a char") << L({"x?y"}) << QStringLiteral("xy") << false;
    QTest::newRow("no wildcard is the whole name") << L({"cache"}) << QStringLiteral("d/caches") << false;
    QTest::newRow("partial file") << L({".*.ferry-part*"}) << QStringLiteral("d/.a.bin.ferry-part-3") << true;
    QTest::newRow("partial file misses")
        << L({".*.ferry-part*"}) << QStringLiteral("d/a.bin.ferry-part") << false;
    QTest::newRow("path head") << L({"build/*.o"}) << QStringLiteral("build/x.o") << true;
    QTest::newRow("path head misses") << L({"build/*.o"}) << QStringLiteral("builds/x.o") << false;
}

void TestSyncPlanner::excludes()
{
    QFETCH(QStringList, globs);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    QCOMPARE(SyncExcludes(globs).excludes(path), excluded);
}

void TestSyncPlanner::jsonHasEveryAction()
{
    SyncOptions options;
    options.deleteExtra = true;
    const SyncPlan plan = SyncPlanner::plan(tree({file("a", 3), file("same", 1)}),
                                            tree({file("same", 1), file("gone", 1)}), options);
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QLatin1String("direction")).toString(), QStringLiteral("up"));
    const QJsonArray actions = json.value(QLatin1String("actions")).toArray();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("upload"));
    QCOMPARE(actions.at(0).toObject().value(QLatin1String("size")).toInteger(), 3);
    QCOMPARE(actions.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(actions.at(1).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("only-target"));
    QCOMPARE(actions.at(2).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("identical"));
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(QLatin1String("upload")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(QLatin1String("skip")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
