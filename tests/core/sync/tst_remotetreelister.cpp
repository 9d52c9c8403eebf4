// labels: unit
// The sync's remote listing (core/sync/RemoteTreeLister) on the test engine with a
// delay per listing: several folders are listed at once over the session's transfer
// connections (the tree is the same as one at a time; the time is a fraction), excluded
// folders are never listed, and a folder that cannot be listed fails the whole listing.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "FakeFileSystem.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "sync/RemoteTreeLister.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::sync;
using ferry::test::FakeConfig;
using ferry::test::fakeMaker;
using ferry::test::FakeStats;

namespace {

ConnectionSpec spec()
{
    ConnectionSpec s;
    s.protocol = Protocol::Sftp;
    s.host = QStringLiteral("plain.test");
    s.user = QStringLiteral("alice");
    return s;
}

struct Listed
{
    SyncTree tree;
    std::optional<Error> error;
    int peak = 0;
    int listings = 0;
    qint64 ms = 0;
};

Listed listTree(int connections, const QStringList &excludes, const QString &root = QStringLiteral("/"),
                std::shared_ptr<FakeStats> stats = std::make_shared<FakeStats>())
{
    FakeConfig config;
    config.listDelayMs = 150;
    config.bigEntries = 20;
    session::SessionManager manager(fakeMaker(config, stats));
    session::Session *session = manager.openOwnSession(spec());
    RemoteTreeLister lister(*session, RemotePath(root), SyncExcludes(excludes), connections);
    QSignalSpy done(&lister, &RemoteTreeLister::finished);
    QElapsedTimer clock;
    clock.start();
    lister.start();
    Listed out;
    if (!done.wait(20000))
        return out;
    out.ms = clock.elapsed();
    out.tree = lister.tree();
    out.error = lister.error();
    out.peak = lister.peakParallel();
    out.listings = lister.listings();
    return out;
}

} // namespace

class TestRemoteTreeLister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalListingsAtOnce();
    void excludedFoldersNotListed();
    void unlistableFolderFails();
};

void TestRemoteTreeLister::severalListingsAtOnce()
{
    const Listed one = listTree(1, {});
    QVERIFY2(!one.error, qPrintable(one.error ? one.error->toString() : QString()));
    const Listed four = listTree(4, {});
    QVERIFY2(!four.error, qPrintable(four.error ? four.error->toString() : QString()));
    // /, docs, docs/sub, pub, big, empty.
    QCOMPARE(one.listings, 6);
    QCOMPARE(four.listings, 6);
    QCOMPARE(one.peak, 1);
    QVERIFY2(four.peak >= 3, qPrintable(QString::number(four.peak)));
    QCOMPARE(four.tree.keys(), one.tree.keys());
    QVERIFY(four.tree.contains(QStringLiteral("docs/sub/deep.txt")));
    QCOMPARE(four.tree.value(QStringLiteral("docs/sub")).kind, SyncEntry::Kind::Folder);
    QCOMPARE(four.tree.value(QStringLiteral("readme.txt")).size, 1234);
    QCOMPARE(four.tree.value(QStringLiteral("big/file000001.dat")).kind, SyncEntry::Kind::File);
    // Six listings of 150 ms one after another against three rounds at most.
    QVERIFY2(one.ms >= 6 * 150, qPrintable(QString::number(one.ms)));
    QVERIFY2(four.ms < one.ms * 2 / 3, qPrintable(QStringLiteral("%1 vs %2 ms").arg(four.ms).arg(one.ms)));
}

void TestRemoteTreeLister::excludedFoldersNotListed()
{
    auto stats = std::make_shared<FakeStats>();
    const Listed l =
        listTree(4, {QStringLiteral("big"), QStringLiteral("docs/sub")}, QStringLiteral("/"), stats);
    QVERIFY(!l.error);
    QCOMPARE(l.listings, 4);
    QCOMPARE(stats->lists.load(), 4);
    QVERIFY(!l.tree.contains(QStringLiteral("big")));
    QVERIFY(!l.tree.contains(QStringLiteral("docs/sub")));
    QVERIFY(l.tree.contains(QStringLiteral("docs/a.txt")));
}

void TestRemoteTreeLister::unlistableFolderFails()
{
    const Listed l = listTree(2, {}, QStringLiteral("/no-such-folder"));
    QVERIFY(l.error.has_value());
    QVERIFY2(l.error->message().contains(QStringLiteral("/no-such-folder")), qPrintable(l.error->toString()));
}

QTEST_GUILESS_MAIN(TestRemoteTreeLister)
#include "tst_remotetreelister.moc"
