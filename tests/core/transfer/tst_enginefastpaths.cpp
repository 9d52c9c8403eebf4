// labels: unit
// timeout: 120
// The seams between the transfer layer and the engines (RemoteFileSystem's whole-file
// virtuals): FileCopy and ServerCopy reach an engine's own download, upload, check and
// direct copy through the interface alone, and the generic implementations move the
// bytes (SHA-256 compared) for an engine that has none. The engine here keeps its files
// in memory; the FTP and SFTP overrides are tested against real servers elsewhere
// (tst_uploadroundtrips, tst_servercopy, tst_sftpengine, tst_sftpcli).
#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "TestUtil.h"
#include "remote/RemoteFileSystem.h"
#include "transfer/FileCopy.h"
#include "transfer/ServerCopy.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::transfer;

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(static_cast<quint32>(size));
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(gen.bounded(256));
    return data;
}

// Files in memory, with no fast path of its own: everything goes the generic way.
class MemoryFileSystem : public RemoteFileSystem
{
public:
    QMap<QString, QByteArray> files;
    QMap<QString, QDateTime> times;
    int timeCalls = 0;

    Status connect() override { return {}; }
    void disconnect() override {}
    bool isConnected() const override { return true; }
    RemotePath homePath() const override { return RemotePath(QStringLiteral("/")); }
    Result<Listing> list(const RemotePath &) override { return Listing(); }
    Result<DirEntry> stat(const RemotePath &path) override
    {
        if (!files.contains(path.toString()))
            return Error(ErrorKind::NotFound, QStringLiteral("no such file"));
        DirEntry e;
        e.name = path.name();
        e.type = EntryType::File;
        e.size = files.value(path.toString()).size();
        e.mtime = times.value(path.toString());
        e.mtimePrecision = e.mtime.isValid() ? MtimePrecision::Second : MtimePrecision::None;
        return e;
    }
    Status makeDir(const RemotePath &) override { return {}; }
    Status removeFile(const RemotePath &path) override
    {
        files.remove(path.toString());
        return {};
    }
    Status removeDir(const RemotePath &) override { return {}; }
    Status rename(const RemotePath &, const RemotePath &) override { return {}; }
    Status chmod(const RemotePath &, quint32) override { return {}; }
    Status setModificationTime(const RemotePath &path, const QDateTime &utc) override
    {
        ++timeCalls;
        times[path.toString()] = utc;
        return {};
    }

    class Reader : public ReadStream
    {
    public:
        Reader(QByteArray data, qint64 offset) : m_data(std::move(data)), m_pos(offset) {}
        Result<qint64> read(char *buffer, qint64 maxSize) override
        {
            const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
            memcpy(buffer, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        Status finish() override { return {}; }
        Status abort() override { return {}; }

    private:
        QByteArray m_data;
        qint64 m_pos;
    };
    class Writer : public WriteStream
    {
    public:
        explicit Writer(QByteArray &target) : m_target(target) {}
        Status write(const char *data, qint64 size) override
        {
            m_target.append(data, size);
            return {};
        }
        Status finish() override { return {}; }
        Status abort() override { return {}; }

    private:
        QByteArray &m_target;
    };
    Result<std::unique_ptr<ReadStream>> openRead(const RemotePath &path, qint64 offset) override
    {
        ++streamsOpened;
        return std::unique_ptr<ReadStream>(std::make_unique<Reader>(files.value(path.toString()), offset));
    }
    Result<std::unique_ptr<WriteStream>> openWrite(const RemotePath &path, qint64 offset) override
    {
        ++streamsOpened;
        QByteArray &target = files[path.toString()];
        if (offset >= 0)
            target.truncate(offset);
        return std::unique_ptr<WriteStream>(std::make_unique<Writer>(target));
    }
    int streamsOpened = 0;
};

// The same files, with a fast path of its own for every whole-file call, counted.
class FastFileSystem : public MemoryFileSystem
{
public:
    int downloads = 0, uploads = 0, checks = 0, directCopies = 0;
    qint64 reportSizeOffBy = 0; // the size checkUpload() reports is off by this much
    DirectCopy directAnswer = DirectCopy::Done;

    Result<qint64> downloadTo(const RemotePath &path, qint64 offset, qint64 total, const LocalSink &sink,
                              const Progress &progress) override
    {
        ++downloads;
        const QByteArray rest = files.value(path.toString()).mid(offset);
        // Straight through the descriptor, as SFTP's channels write.
        if (::write(sink.fd, rest.constData(), size_t(rest.size())) != rest.size())
            return Error(ErrorKind::Local, QStringLiteral("short write"));
        if (progress)
            progress(offset + rest.size(), total);
        return qint64(rest.size());
    }
    Result<UploadDone> uploadFrom(const LocalSource &source, const RemotePath &path, const UploadPlan &plan,
                                  const Progress &) override
    {
        ++uploads;
        QFile file(source.path); // by name, as SFTP's uploadFile opens it
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorKind::Local, QStringLiteral("cannot open"));
        QByteArray &target = files[path.toString()];
        target.truncate(plan.offset);
        file.seek(plan.offset);
        target.append(file.readAll());
        UploadDone done;
        done.transferred = plan.total - plan.offset;
        auto check = checkUpload(path, plan.total, plan.utc);
        if (!check)
            return check.error();
        done.check = *check;
        return done;
    }
    // As FTP does: the time is set with the size, whatever the size is.
    Result<UploadCheck> checkUpload(const RemotePath &path, qint64, const QDateTime &utc) override
    {
        ++checks;
        UploadCheck check;
        check.size = files.value(path.toString()).size() + reportSizeOffBy;
        if (utc.isValid())
            check.timeSet = setModificationTime(path, utc).ok();
        return check;
    }
    Result<DirectCopy> copyDirect(const RemotePath &from, RemoteFileSystem &target, const RemotePath &to,
                                  qint64 offset, qint64) override
    {
        ++directCopies;
        if (directAnswer != DirectCopy::Done)
            return directAnswer;
        auto &other = dynamic_cast<MemoryFileSystem &>(target);
        QByteArray &out = other.files[to.toString()];
        out.truncate(offset);
        out.append(files.value(from.toString()).mid(offset));
        return DirectCopy::Done;
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestEngineFastPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // No fast path: the generic downloadTo/uploadFrom move every byte, resume included.
    void genericPathsMoveTheBytes()
    {
        QTemporaryDir dir;
        MemoryFileSystem fs;
        const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
        fs.files[QStringLiteral("/a.bin")] = data;
        const QString local = dir.filePath(QStringLiteral("a.bin"));
        auto down = downloadFile(fs, RemotePath(QStringLiteral("/a.bin")), local, {});
        QVERIFY2(down.ok(), qPrintable(down ? QString() : down.error().toString()));
        QCOMPARE(down->transferred, data.size());
        QCOMPARE(ferry::test::sha256OfBytes(readFile(local)), ferry::test::sha256OfBytes(data));
        QCOMPARE(fs.streamsOpened, 1);

        // Resumed upload: the server has the first MiB.
        fs.files[QStringLiteral("/b.bin")] = data.left(1024 * 1024);
        CopyOptions resume;
        resume.resume = true;
        auto up = uploadFile(fs, local, RemotePath(QStringLiteral("/b.bin")), resume);
        QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().toString()));
        QCOMPARE(up->resumedFrom, 1024 * 1024);
        QCOMPARE(up->transferred, data.size() - 1024 * 1024);
        QCOMPARE(ferry::test::sha256OfBytes(fs.files.value(QStringLiteral("/b.bin"))),
                 ferry::test::sha256OfBytes(data));
        QVERIFY(fs.times.value(QStringLiteral("/b.bin")).isValid()); // the generic check set the time
    }

    // An engine's own download and upload are what FileCopy uses.
    void fileCopyUsesTheEnginesOwnPaths()
    {
        QTemporaryDir dir;
        FastFileSystem fs;
        const QByteArray data = randomBytes(2 * 1024 * 1024 + 5);
        fs.files[QStringLiteral("/a.bin")] = data;
        const QString local = dir.filePath(QStringLiteral("a.bin"));
        auto down = downloadFile(fs, RemotePath(QStringLiteral("/a.bin")), local, {});
        QVERIFY2(down.ok(), qPrintable(down ? QString() : down.error().toString()));
        QCOMPARE(fs.downloads, 1);
        QCOMPARE(down->transferred, data.size());
        QCOMPARE(ferry::test::sha256OfBytes(readFile(local)), ferry::test::sha256OfBytes(data));

        auto up = uploadFile(fs, local, RemotePath(QStringLiteral("/c.bin")), {});
        QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().toString()));
        QCOMPARE(fs.uploads, 1);
        QCOMPARE(fs.checks, 1);
        QCOMPARE(fs.streamsOpened, 0); // no generic stream on either way
        QCOMPARE(ferry::test::sha256OfBytes(fs.files.value(QStringLiteral("/c.bin"))),
                 ferry::test::sha256OfBytes(data));
    }

    // A check that set the time with a wrong size: the copy fails, its time goes back to now.
    void wrongSizeAfterUploadUndoesTheTime()
    {
        QTemporaryDir dir;
        FastFileSystem fs;
        fs.reportSizeOffBy = -1;
        const QString local = dir.filePath(QStringLiteral("x.bin"));
        writeFile(local, randomBytes(1000));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto up = uploadFile(fs, local, RemotePath(QStringLiteral("/x.bin")), {});
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind(), ErrorKind::Network);
        QVERIFY2(up.error().toString().contains(QLatin1String("the server has 999 of 1000 bytes")),
                 qPrintable(up.error().toString()));
        QCOMPARE(fs.timeCalls, 2); // the source's time with the check, then now
        QVERIFY(fs.times.value(QStringLiteral("/x.bin")) >= before);
    }

    // Nothing left to send (a resume of a complete file): only the check runs.
    void completeResumeOnlyChecks()
    {
        QTemporaryDir dir;
        FastFileSystem fs;
        const QByteArray data = randomBytes(4096);
        const QString local = dir.filePath(QStringLiteral("d.bin"));
        writeFile(local, data);
        fs.files[QStringLiteral("/d.bin")] = data;
        CopyOptions resume;
        resume.resume = true;
        auto up = uploadFile(fs, local, RemotePath(QStringLiteral("/d.bin")), resume);
        QVERIFY(up.ok());
        QCOMPARE(up->transferred, 0);
        QCOMPARE(fs.uploads, 0);
        QCOMPARE(fs.checks, 1);
    }

    // copyBetween asks the source engine for a direct copy first; Refused streams.
    void serverCopyAsksTheEngine()
    {
        FastFileSystem source;
        MemoryFileSystem target;
        const QByteArray data = randomBytes(600 * 1024);
        source.files[QStringLiteral("/s.bin")] = data;
        QString method;
        auto direct = copyBetween(source, RemotePath(QStringLiteral("/s.bin")), target,
                                  RemotePath(QStringLiteral("/t.bin")), {}, {}, &method);
        QVERIFY(direct.ok());
        QCOMPARE(method, QStringLiteral("fxp"));
        QCOMPARE(source.directCopies, 1);
        QCOMPARE(target.streamsOpened, 0);
        QCOMPARE(ferry::test::sha256OfBytes(target.files.value(QStringLiteral("/t.bin"))),
                 ferry::test::sha256OfBytes(data));

        source.directAnswer = RemoteFileSystem::DirectCopy::Refused;
        auto streamed = copyBetween(source, RemotePath(QStringLiteral("/s.bin")), target,
                                    RemotePath(QStringLiteral("/u.bin")), {}, {}, &method);
        QVERIFY(streamed.ok());
        QCOMPARE(method, QStringLiteral("stream"));
        QCOMPARE(source.directCopies, 2);
        QCOMPARE(ferry::test::sha256OfBytes(target.files.value(QStringLiteral("/u.bin"))),
                 ferry::test::sha256OfBytes(data));

        // An engine without a direct way is never asked twice: it streams at once.
        MemoryFileSystem plain;
        plain.files[QStringLiteral("/s.bin")] = data;
        auto generic = copyBetween(plain, RemotePath(QStringLiteral("/s.bin")), target,
                                   RemotePath(QStringLiteral("/v.bin")), {}, {}, &method);
        QVERIFY(generic.ok());
        QCOMPARE(method, QStringLiteral("stream"));
        QCOMPARE(ferry::test::sha256OfBytes(target.files.value(QStringLiteral("/v.bin"))),
                 ferry::test::sha256OfBytes(data));
    }

    // The batch upload is offered by the engines that have one; the generic one refuses.
    void batchUploadIsACapability()
    {
        MemoryFileSystem fs;
        QVERIFY(!fs.uploadsManyAtOnce());
        const Status st =
            fs.uploadFiles({{QStringLiteral("/nowhere"), RemotePath(QStringLiteral("/x"))}}, true);
        QVERIFY(!st.ok());
        QVERIFY(st.error().toString().contains(QLatin1String("one at a time")));
    }
};

QTEST_GUILESS_MAIN(TestEngineFastPaths)
#include "tst_enginefastpaths.moc"
