// ArchiveJobs: compress and extract on its worker thread, progress and results back on
// the owner's thread, cancel. Files made at test time, compared by SHA-256.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestUtil.h"
#include "archive/ArchiveJobs.h"
#include "session/QuestionRequest.h"

using namespace ferry::archive;

class TestArchiveJobs : public QObject
{
    Q_OBJECT

private:
    // Waits until job id is finished; returns it.
    ArchiveJob waitFor(ArchiveJobs &jobs, qint64 id)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const auto job = jobs.job(id);
            if (job && job->finished())
                return *job;
            QTest::qWait(20);
        }
        return {};
    }

private Q_SLOTS:
    void compressThenExtract()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("site/img")));
        QByteArray big(3 * 1024 * 1024, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char((quint32(i) * 7919u) >> 5);
        QFile f(root.filePath(QStringLiteral("site/img/big.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        QFile g(root.filePath(QStringLiteral("site/index.html")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("<p>hi</p>\n");
        g.close();

        ArchiveJobs jobs;
        QSignalSpy added(&jobs, &ArchiveJobs::jobAdded);
        QSignalSpy changed(&jobs, &ArchiveJobs::jobChanged);
        const QString archive = root.filePath(QStringLiteral("site.tar.zst"));
        const qint64 made =
            jobs.compress(archive, ArchiveFormat::TarZst, {root.filePath(QStringLiteral("site"))});
        QCOMPARE(added.count(), 1);
        const ArchiveJob compressed = waitFor(jobs, made);
        QCOMPARE(compressed.state, ArchiveJob::State::Done);
        QVERIFY(QFileInfo(archive).size() > 0);
        // Every change arrived on this thread, through signals.
        QVERIFY(changed.count() >= 2);

        const qint64 out = jobs.extract(archive, root.filePath(QStringLiteral("out")), {}, true);
        const ArchiveJob extracted = waitFor(jobs, out);
        QCOMPARE(extracted.state, ArchiveJob::State::Done);
        QCOMPARE(ferry::test::sha256OfFile(root.filePath(QStringLiteral("out/site/img/big.bin"))),
                 ferry::test::sha256OfFile(root.filePath(QStringLiteral("site/img/big.bin"))));
        QVERIFY(QFile::exists(root.filePath(QStringLiteral("out/site/index.html"))));
        QVERIFY(!QFile::exists(archive)); // removeArchive

        jobs.clearFinished();
        QVERIFY(jobs.jobs().isEmpty());
    }

    void cancelWaitingAndRunning()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QFile f(root.filePath(QStringLiteral("big.bin")));
        QVERIFY(ferry::test::writeRandomFile(f.fileName(), 48 * 1024 * 1024)); // xz takes seconds
        ArchiveJobs jobs;
        const qint64 first =
            jobs.compress(root.filePath(QStringLiteral("a.tar.xz")), ArchiveFormat::TarXz, {f.fileName()});
        const qint64 second =
            jobs.compress(root.filePath(QStringLiteral("b.zip")), ArchiveFormat::Zip, {f.fileName()});
        jobs.cancel(second); // still waiting behind the first
        QCOMPARE(jobs.job(second)->state, ArchiveJob::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.job(first)->state == ArchiveJob::State::Running, 20000);
        jobs.cancel(first);
        QCOMPARE(waitFor(jobs, first).state, ArchiveJob::State::Cancelled);
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("a.tar.xz"))));
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("b.zip"))));
    }

    // An encrypted zip made by `zip -P`: the extraction asks through a Secret question
    // (answered wrong, then right), and a wrong password is a clear error.
    void encryptedMemberAsksPassword()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(ferry::test::writeRandomFile(root.filePath(QStringLiteral("secret.bin")), 300000, 7));
        QProcess zip;
        zip.setWorkingDirectory(dir.path());
        zip.start(QStringLiteral("zip"),
                  {QStringLiteral("-q"), QStringLiteral("-P"), QStringLiteral("opensesame"),
                   QStringLiteral("enc.zip"), QStringLiteral("secret.bin")});
        QVERIFY(zip.waitForFinished(30000) && zip.exitCode() == 0);
        const QString archive = root.filePath(QStringLiteral("enc.zip"));

        ArchiveJobs jobs;
        QStringList instructions;
        int answers = 0;
        connect(&jobs, &ArchiveJobs::questionAsked, this, [&](ferry::session::QuestionRequest *request) {
            QCOMPARE(request->kind(), ferry::session::QuestionRequest::Kind::Secret);
            instructions << request->secretPrompt().instruction;
            request->answer(answers++ == 0 ? QStringLiteral("wrong") : QStringLiteral("opensesame"));
        });
        const ArchiveJob job = waitFor(jobs, jobs.extract(archive, root.filePath(QStringLiteral("out"))));
        QCOMPARE(job.state, ArchiveJob::State::Done);
        QCOMPARE(ferry::test::sha256OfFile(root.filePath(QStringLiteral("out/secret.bin"))),
                 ferry::test::sha256OfFile(root.filePath(QStringLiteral("secret.bin"))));
        QVERIFY(answers >= 1);
        if (answers == 2) // one byte of the key check can let a wrong password through: rare
            QVERIFY2(instructions.last().contains(QStringLiteral("Wrong password")),
                     qPrintable(instructions.last()));

        // Always wrong: a clear error, nothing left behind.
        disconnect(&jobs, &ArchiveJobs::questionAsked, this, nullptr);
        connect(&jobs, &ArchiveJobs::questionAsked, this,
                [](ferry::session::QuestionRequest *request) { request->answer(QStringLiteral("not-it")); });
        const ArchiveJob wrong = waitFor(jobs, jobs.extract(archive, root.filePath(QStringLiteral("wrong"))));
        QCOMPARE(wrong.state, ArchiveJob::State::Failed);
        QVERIFY2(wrong.message.contains(QStringLiteral("wrong password")) ||
                     wrong.message.contains(QStringLiteral("CRC")),
                 qPrintable(wrong.message));
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("wrong/secret.bin"))));

        // Declined: cancelled, with its reason.
        disconnect(&jobs, &ArchiveJobs::questionAsked, this, nullptr);
        connect(&jobs, &ArchiveJobs::questionAsked, this,
                [](ferry::session::QuestionRequest *request) { request->cancel(); });
        const ArchiveJob declined =
            waitFor(jobs, jobs.extract(archive, root.filePath(QStringLiteral("none"))));
        QCOMPARE(declined.state, ArchiveJob::State::Cancelled);

        // Without an asker (the core call alone): the old error.
        auto plain = extractArchive(archive, root.filePath(QStringLiteral("plain")));
        QVERIFY(!plain);
        QVERIFY(plain.error().message().contains(QStringLiteral("encrypted")));
    }

    void failureIsReported()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QFile f(root.filePath(QStringLiteral("broken.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip file at all");
        f.close();
        ArchiveJobs jobs;
        QSignalSpy logged(&jobs, &ArchiveJobs::logged);
        const ArchiveJob job = waitFor(jobs, jobs.extract(f.fileName(), root.filePath(QStringLiteral("x"))));
        QCOMPARE(job.state, ArchiveJob::State::Failed);
        QVERIFY(!job.message.isEmpty());
        QVERIFY(!logged.isEmpty());
        QVERIFY(logged.last().at(1).toBool()); // an error
    }
};

QTEST_GUILESS_MAIN(TestArchiveJobs)
#include "tst_archivejobs.moc"
