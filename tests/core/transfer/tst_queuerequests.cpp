// The queue items the window and ferry-cli make from what a user picked: server-to-server
// copies (copyItems / copyItem, shared by the window's drops between tabs and
// `ferry-cli queue add copy`) keep each source's name in the target folder, the source's
// connection settings and the file-exists action.
#include <QTest>

#include "transfer/QueueOptions.h"
#include "transfer/QueueRequests.h"

using namespace ferry::transfer;

class TestQueueRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesIntoAFolder();
    void copyToAPath();
};

void TestQueueRequests::copiesIntoAFolder()
{
    QueueTarget source{QStringLiteral("ftp://alice@a.example:21"), {}, true, false};
    source.options.timeoutSeconds = 7;
    const QList<RemoteSource> picked{{QStringLiteral("/srv/data/report.pdf"), false, 1234},
                                     {QStringLiteral("/srv/data/photos/"), true, -1}};
    const QList<QueueItem> items = copyItems(source, picked, QStringLiteral("sftp://bob@b.example:22"),
                                             QStringLiteral("/home/bob/in"), ExistsAction::Rename);
    QCOMPARE(items.size(), 2);
    for (const QueueItem &item : items) {
        QVERIFY(item.direction == Direction::Copy);
        QCOMPARE(item.site, QStringLiteral("ftp://alice@a.example:21"));
        QCOMPARE(item.targetSite, QStringLiteral("sftp://bob@b.example:22"));
        QVERIFY(item.existsAction == ExistsAction::Rename);
        QVERIFY(item.localPath.isEmpty());
        QCOMPARE(item.options.connect, connectOptionsToJson(source.options));
        QCOMPARE(item.options.preserveTime, false);
        QVERIFY(item.options.method.isEmpty()); // the queue's choice when it runs
    }
    QCOMPARE(items.at(0).remotePath, QStringLiteral("/srv/data/report.pdf"));
    QCOMPARE(items.at(0).targetPath, QStringLiteral("/home/bob/in/report.pdf"));
    QCOMPARE(items.at(0).size, qint64(1234));
    QVERIFY(!items.at(0).isFolder);
    QCOMPARE(items.at(1).targetPath, QStringLiteral("/home/bob/in/photos"));
    QVERIFY(items.at(1).isFolder);
    QCOMPARE(items.at(1).size, qint64(-1));

    // A folder ending in '/', and the target's login folder (empty: a relative path).
    QCOMPARE(copyItems(source, {picked.first()}, QStringLiteral("x"), QStringLiteral("/")).first().targetPath,
             QStringLiteral("/report.pdf"));
    QCOMPARE(copyItems(source, {picked.first()}, QStringLiteral("x"), QString()).first().targetPath,
             QStringLiteral("report.pdf"));
    QCOMPARE(
        copyItems(source, {picked.first()}, QStringLiteral("x"), QStringLiteral("in/")).first().targetPath,
        QStringLiteral("in/report.pdf"));
}

void TestQueueRequests::copyToAPath()
{
    const QueueTarget source{QStringLiteral("ftp://a:21"), {}, true, true};
    const QueueItem item = copyItem(source, {QStringLiteral("/x/y.bin"), false, 5},
                                    QStringLiteral("ftp://b:21"), QStringLiteral("/z/renamed.bin"));
    QVERIFY(item.direction == Direction::Copy);
    QCOMPARE(item.remotePath, QStringLiteral("/x/y.bin"));
    QCOMPARE(item.targetPath, QStringLiteral("/z/renamed.bin"));
    QVERIFY(item.existsAction == ExistsAction::Ask);
    QCOMPARE(item.size, qint64(5));
}

QTEST_GUILESS_MAIN(TestQueueRequests)
#include "tst_queuerequests.moc"
