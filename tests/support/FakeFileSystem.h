#pragma once
// A test engine: a RemoteFileSystem with a fixed, synthetic tree, for the SessionManager
// and widget tests (the real engines are tested against real servers elsewhere).
//
//   /            folders docs, pub, big, empty; files readme.txt (1234 B), data.bin (5 MiB)
//   /docs        a.txt, b.txt, c.txt and folder sub
//   /docs/sub    deep.txt
//   /pub         ten files pub01.bin .. pub10.bin
//   /big         FakeConfig::bigEntries files (100,000 by default), "file000001.dat" ...
//   /empty       nothing
//   /large       FakeConfig::largeEntries files (0 by default) "large01.bin" ... of
//                kLargeFileSize each; not named in "/"'s listing
// With FakeConfig::readable, files can be stat'ed and read (byte i of a file is
// contentByte(path, i)), each 64 KiB chunk after FakeConfig::readChunkDelayMs; otherwise
// (the default) stat and reads fail at once. With FakeConfig::writable, folders can be made
// (empty, listable) and files uploaded into them: the bytes are counted, not kept, and the
// file's size is what stat answers afterwards (FakeStats::uploadedSize).
//
// What the login asks depends on the host name, so one maker serves every case:
//   cert.test     asks askCertificate (Reject fails with a Tls error)
//   hostkey.test  asks askHostKey for an unknown key; changed.test for a changed key
//   password.test asks askSecret unless the spec carries FakeFileSystem::kPassword; the
//                 answer must be kPassword
//   refused.test  fails to connect with a Network error
//   tls.test      reports an encrypted connection (isEncrypted); every other host does not
//   flaky.test    every read fails with a (retryable) Network error
// Every call records the thread it ran on, so tests can prove the engine is used on its
// worker thread only. Waits are cancellable.

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

#include "session/ConnectionWorker.h"

namespace ferry::test {

struct FakeConfig
{
    int connectDelayMs = 0;
    int listDelayMs = 0;
    int bigEntries = 100000;
    int largeEntries = 0;
    bool readable = false;
    int readChunkDelayMs = 0;
    bool writable = false;
};

// Shared between a test and every engine its maker made. Thread-safe.
struct FakeStats
{
    QSet<QThread *> threads() const
    {
        QMutexLocker lock(&mutex);
        return usedThreads;
    }
    void record()
    {
        QMutexLocker lock(&mutex);
        usedThreads.insert(QThread::currentThread());
    }

    mutable QMutex mutex;
    QSet<QThread *> usedThreads;
    std::atomic_int made{0};
    std::atomic_int alive{0};
    std::atomic_int connects{0};
    std::atomic_int lists{0};
    std::atomic_int keepAlives{0};
    std::atomic_bool dropNextList{false}; // the next list() loses the connection

    // Reads (openRead) per host: how many run now, the most at once, and every opening
    // in order as "host:path" with its time (ms of a clock started with the stats).
    struct Read
    {
        QString what;
        qint64 atMs = 0;
    };
    void readStarted(const QString &host, const QString &path)
    {
        QMutexLocker lock(&mutex);
        const int now = ++readingNow[host];
        readingMost[host] = std::max(readingMost.value(host), now);
        reads.append({host + QLatin1Char(':') + path, clock.elapsed()});
    }
    void readEnded(const QString &host)
    {
        QMutexLocker lock(&mutex);
        --readingNow[host];
    }
    int mostReading(const QString &host) const
    {
        QMutexLocker lock(&mutex);
        return readingMost.value(host);
    }
    QList<Read> readsSoFar() const
    {
        QMutexLocker lock(&mutex);
        return reads;
    }
    // Uploads (writable engines): "host:path" of each made folder and finished file.
    void folderMade(const QString &key)
    {
        QMutexLocker lock(&mutex);
        madeFolders.insert(key);
    }
    bool isMadeFolder(const QString &key) const
    {
        QMutexLocker lock(&mutex);
        return madeFolders.contains(key);
    }
    void uploaded(const QString &key, qint64 size)
    {
        QMutexLocker lock(&mutex);
        uploadedFiles.insert(key, size);
        ++uploads;
    }
    qint64 uploadedSize(const QString &key) const // -1 when not uploaded
    {
        QMutexLocker lock(&mutex);
        return uploadedFiles.value(key, -1);
    }
    QSet<QString> madeFolders;
    QHash<QString, qint64> uploadedFiles;
    std::atomic_int uploads{0};

    QHash<QString, int> readingNow;
    QHash<QString, int> readingMost;
    QList<Read> reads;
    QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

class FakeFileSystem : public remote::RemoteFileSystem
{
public:
    static inline const QString kPassword = QStringLiteral("s3cret-pw");
    static constexpr qint64 kLargeFileSize = 600 * 1024; // more than the scheduler batches

    // Byte `offset` of the file at `path`; contentOf: the whole file.
    static char contentByte(const QString &path, qint64 offset);
    static QByteArray contentOf(const QString &path, qint64 size);

    FakeFileSystem(const remote::ConnectionSpec &spec, const FakeConfig &config,
                   remote::Interaction *interaction, std::shared_ptr<FakeStats> stats);
    ~FakeFileSystem() override;

    remote::Status connect() override;
    void disconnect() override;
    bool isConnected() const override { return m_connected; }
    bool isEncrypted() const override { return m_connected && m_spec.host == QLatin1String("tls.test"); }
    remote::Status keepAlive() override;
    remote::RemotePath homePath() const override { return remote::RemotePath(QStringLiteral("/")); }
    remote::Result<remote::Listing> list(const remote::RemotePath &path) override;
    remote::Result<remote::DirEntry> stat(const remote::RemotePath &path) override;
    remote::Status makeDir(const remote::RemotePath &path) override;
    remote::Status removeFile(const remote::RemotePath &path) override;
    remote::Status removeDir(const remote::RemotePath &path) override;
    remote::Status rename(const remote::RemotePath &from, const remote::RemotePath &to) override;
    remote::Status chmod(const remote::RemotePath &path, quint32 mode) override;
    remote::Status setModificationTime(const remote::RemotePath &path, const QDateTime &utc) override;
    remote::Result<std::unique_ptr<remote::ReadStream>> openRead(const remote::RemotePath &path,
                                                                 qint64 offset) override;
    remote::Result<std::unique_ptr<remote::WriteStream>> openWrite(const remote::RemotePath &path,
                                                                   qint64 offset) override;

    // The synthetic listing of a folder; NotFound for others.
    static remote::Result<remote::Listing> listingOf(const remote::RemotePath &path, int bigEntries,
                                                     int largeEntries = 0);

private:
    bool sleepCancellable(int ms);
    QString keyOf(const remote::RemotePath &path) const;
    remote::Status unsupported();

    remote::ConnectionSpec m_spec;
    FakeConfig m_config;
    remote::Interaction *m_interaction;
    std::shared_ptr<FakeStats> m_stats;
    bool m_connected = false;
};

// A maker for SessionManager / Session.
session::FileSystemMaker fakeMaker(const FakeConfig &config, std::shared_ptr<FakeStats> stats);

} // namespace ferry::test
