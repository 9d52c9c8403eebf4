// labels: unit
// ListedAhead, the hand-over of listings made ahead to the queue's expansions: a listing
// is taken once; an expansion waits while the lister is busy and gets its folder when it
// comes from the lister's thread; it does not wait when the lister is idle, finished or
// full (then it lists itself, and the folder's late listing is dropped, not held); the
// entries held are bounded and counted down as listings are taken.
#include <QTest>

#include <thread>

#include "transfer/ListedAhead.h"

using namespace ferry::remote;
using ferry::transfer::ListedAhead;

namespace {

Listing listing(const QString &path, int entries)
{
    Listing l;
    l.path = RemotePath(path);
    for (int i = 0; i < entries; ++i) {
        DirEntry e;
        e.name = QStringLiteral("f%1").arg(i);
        l.entries.append(e);
    }
    return l;
}

} // namespace

class TestListedAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takenOnce();
    void waitsWhileBusyForTheLister();
    void doesNotWaitWhenIdleFinishedOrFull();
    void lateListingOfAFolderListedElsewhereIsDropped();
};

void TestListedAhead::takenOnce()
{
    ListedAhead ahead;
    ahead.setBusy(true);
    ahead.put(listing(QStringLiteral("/t/a"), 3));
    QCOMPARE(ahead.held(), 1);
    QVERIFY(ahead.holds(RemotePath(QStringLiteral("/t/a"))));
    const auto got = ahead.take(RemotePath(QStringLiteral("/t/a")), CancelToken());
    QVERIFY(got);
    QCOMPARE(got->entries.size(), 3);
    QCOMPARE(ahead.held(), 0);
    QCOMPARE(ahead.taken(), 1);
    // A second expansion of the same folder (a retry) lists it itself, at once.
    QVERIFY(!ahead.take(RemotePath(QStringLiteral("/t/a")), CancelToken()));
}

void TestListedAhead::waitsWhileBusyForTheLister()
{
    ListedAhead ahead;
    ahead.setBusy(true);
    std::optional<Listing> got;
    std::thread worker([&] { got = ahead.take(RemotePath(QStringLiteral("/t/b")), CancelToken()); });
    QTest::qWait(150); // the worker waits meanwhile
    ahead.put(listing(QStringLiteral("/t/b"), 2));
    worker.join();
    QVERIFY(got);
    QCOMPARE(got->entries.size(), 2);

    // A cancel ends the wait.
    CancelToken token;
    bool returned = false;
    std::thread cancelled(
        [&] { returned = !ahead.take(RemotePath(QStringLiteral("/t/never")), token).has_value(); });
    QTest::qWait(50);
    token.cancel();
    cancelled.join();
    QVERIFY(returned);

    // The lister finishing ends the wait too.
    std::thread ended([&] { got = ahead.take(RemotePath(QStringLiteral("/t/c")), CancelToken()); });
    QTest::qWait(50);
    ahead.finish();
    ended.join();
    QVERIFY(!got);
}

void TestListedAhead::doesNotWaitWhenIdleFinishedOrFull()
{
    ListedAhead idle;
    QVERIFY(!idle.take(RemotePath(QStringLiteral("/x")), CancelToken())); // not busy: no wait

    ListedAhead small(10);
    small.setBusy(true);
    small.put(listing(QStringLiteral("/t/1"), 6));
    QVERIFY(!small.full());
    small.put(listing(QStringLiteral("/t/2"), 6));
    QVERIFY(small.full()); // the lister stops listing
    // Full: a folder not here is listed by its expansion at once (no wait for room).
    QVERIFY(!small.take(RemotePath(QStringLiteral("/t/3")), CancelToken()));
    QVERIFY(small.take(RemotePath(QStringLiteral("/t/1")), CancelToken()));
    QVERIFY(!small.full()); // room again: the lister goes on
}

void TestListedAhead::lateListingOfAFolderListedElsewhereIsDropped()
{
    ListedAhead ahead(10);
    QVERIFY(!ahead.take(RemotePath(QStringLiteral("/t/late")), CancelToken())); // listed by itself
    ahead.put(listing(QStringLiteral("/t/late"), 4));
    QCOMPARE(ahead.held(), 0); // not held for nobody
}

QTEST_GUILESS_MAIN(TestListedAhead)
#include "tst_listedahead.moc"
