// labels: unit
// timeout: 120
// QueueService on the test engine: a file-exists question arrives the way every other
// question does, as a QuestionRequest (Kind::FileExists) on the caller's thread through
// questionAsked(); answering that copy reaches the scheduler (the file is overwritten,
// checked by SHA-256), and declining it skips the file and leaves it as it was.

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeFileSystem.h"
#include "TestUtil.h"
#include "transfer/FileExistsRequest.h"
#include "transfer/QueueService.h"

using namespace ferry::transfer;
using ferry::remote::ConnectionSpec;
using ferry::remote::Result;
using ferry::session::QuestionRequest;
using ferry::test::FakeFileSystem;
using ferry::test::sha256OfFile;

class TestQueueService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QueueService::registerMetaTypes(); }
    void fileExistsQuestionsTakeTheQuestionPath();
};

void TestQueueService::fileExistsQuestionsTakeTheQuestionPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString overwritten = dir.filePath(QStringLiteral("large01.bin"));
    const QString kept = dir.filePath(QStringLiteral("large02.bin"));
    const QByteArray old("an older file\n");
    for (const QString &path : {overwritten, kept}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }

    ferry::test::FakeConfig config;
    config.readable = true;
    config.largeEntries = 2;
    auto stats = std::make_shared<ferry::test::FakeStats>();
    const Scheduler::SiteResolver resolver = [](const QString &site,
                                                const QJsonObject &) -> Result<Scheduler::SiteConnection> {
        auto spec = ConnectionSpec::fromUrl(site);
        if (!spec)
            return spec.error();
        return Scheduler::SiteConnection{*spec, {}, 0};
    };
    QueueService service(resolver, ferry::test::fakeMaker(config, stats));
    QSignalSpy opened(&service, &QueueService::opened);
    service.open(QStringLiteral(":memory:"));
    QVERIFY(opened.wait(10000));
    QueueSettings settings;
    settings.defaultExists = ExistsAction::Ask;
    service.applySettings(settings);

    QList<QString> asked;
    QHash<qint64, ItemState> states;
    connect(&service, &QueueService::itemsChanged, this, [&states](const QList<QueueItem> &items) {
        for (const QueueItem &item : items)
            states.insert(item.id, item.state);
    });
    connect(&service, &QueueService::questionAsked, this, [&](QuestionRequest *request) {
        QCOMPARE(request->thread(), QThread::currentThread());
        QCOMPARE(int(request->kind()), int(QuestionRequest::Kind::FileExists));
        auto *exists = qobject_cast<FileExistsRequest *>(request);
        QVERIFY(exists);
        QCOMPARE(exists->question().targetSize, qint64(old.size()));
        QCOMPARE(exists->question().sourceSize, FakeFileSystem::kLargeFileSize);
        asked << exists->question().target;
        if (exists->question().target == overwritten)
            exists->answer(ExistsAction::Overwrite);
        else
            exists->cancel(); // "no": the file is skipped
    });

    QList<QueueItem> items;
    for (const QString &local : {overwritten, kept}) {
        QueueItem item;
        item.direction = Direction::Download;
        item.site = QStringLiteral("ftp://alice@exists.test");
        item.remotePath = QStringLiteral("/large/") + QFileInfo(local).fileName();
        item.localPath = local;
        item.existsAction = ExistsAction::Ask;
        items << item;
    }
    QSignalSpy idle(&service, &QueueService::idle);
    service.add(items, true);
    QVERIFY(idle.wait(20000));
    asked.sort();
    QCOMPARE(asked, (QStringList{overwritten, kept}));
    QCOMPARE(states.size(), 2);
    QList<int> finals;
    for (const ItemState state : std::as_const(states))
        finals << int(state);
    std::sort(finals.begin(), finals.end());
    QCOMPARE(finals, (QList<int>{int(ItemState::Done), int(ItemState::Skipped)}));
    const QString remote = QStringLiteral("/large/large01.bin");
    QCOMPARE(sha256OfFile(overwritten),
             ferry::test::sha256OfBytes(FakeFileSystem::contentOf(remote, FakeFileSystem::kLargeFileSize)));
    QCOMPARE(sha256OfFile(kept), ferry::test::sha256OfBytes(old));
}

QTEST_GUILESS_MAIN(TestQueueService)
#include "tst_queueservice.moc"
