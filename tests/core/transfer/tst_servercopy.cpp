// labels: integration
// timeout: 600
// Server-to-server copies (transfer/ServerCopy): FXP between two real vsftpd, FXP refused
// (vsftpd without port_promiscuous when the other server is at another address than
// Ferry) and the stream through Ferry instead, and FTP -> SFTP, which always streams.
// Both FTP servers serve the fixture's one root, so copies go to other names in it.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/types.h>

#include "FtpTestClient.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "remote/ConnectionSpec.h"
#include "sftp/SftpFileSystem.h"
#include "transfer/ServerCopy.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

constexpr qint64 kSize = 4 * 1024 * 1024 + 4321;

template <typename T> QString errorText(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : r.error().toString();
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::unique_ptr<ftp::FtpFileSystem> ftpTo(const QString &host, quint16 port, QStringList *log)
{
    return ftpClient(host, port, Protocol::Ftp, QString(), log);
}

} // namespace

class TestServerCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void betweenVsftpd_data();
    void betweenVsftpd();
    void resumeOverFxp();
    void vsftpdToSshd();
    void sameConnectionRefused();

private:
    QTemporaryDir m_home;
};

void TestServerCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                              m_home.filePath(QStringLiteral("data")));
}

void TestServerCopy::betweenVsftpd_data()
{
    QTest::addColumn<bool>("promiscuous");
    QTest::addColumn<QString>("targetAddress");
    QTest::addColumn<QString>("method");
    // The target at 127.0.0.2, Ferry at 127.0.0.1: the source is told to connect to an
    // address that is not Ferry's, which vsftpd allows only with port_promiscuous.
    QTest::newRow("promiscuous: FXP") << true << QStringLiteral("127.0.0.2") << QStringLiteral("fxp");
    QTest::newRow("not promiscuous: Illegal PORT, stream")
        << false << QStringLiteral("127.0.0.2") << QStringLiteral("stream");
    // vsftpd compares addresses only: with every party at 127.0.0.1 FXP passes its check.
    QTest::newRow("one address, not promiscuous: FXP")
        << false << QStringLiteral("127.0.0.1") << QStringLiteral("fxp");
}

void TestServerCopy::betweenVsftpd()
{
    QFETCH(bool, promiscuous);
    QFETCH(QString, targetAddress);
    QFETCH(QString, method);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.promiscuous = promiscuous;
    const ServerInfo *source = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(source, qPrintable(fx.lastError()));
    // Another loopback address looks like another host to vsftpd's checks.
    if (targetAddress != QLatin1String("127.0.0.1"))
        options.address = targetAddress;
    const ServerInfo *target = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(target, qPrintable(fx.lastError()));

    const QString sourceFile = fx.rootDir() + QStringLiteral("/source.bin");
    QVERIFY(writeRandomFile(sourceFile, kSize, 11));
    QVERIFY(fx.giveToTestUser(sourceFile));
    const QString targetFile = fx.rootDir() + QStringLiteral("/copy.bin");

    QStringList sourceLog, targetLog;
    auto src = ftpTo(source->host, source->port, &sourceLog);
    auto dst = ftpTo(target->host, target->port, &targetLog);
    QVERIFY2(src->connect().ok(), qPrintable(Fixture::logTail(*source)));
    QVERIFY2(dst->connect().ok(), qPrintable(Fixture::logTail(*target)));

    qint64 lastDone = -1, lastTotal = 0;
    int calls = 0;
    QString used;
    QElapsedTimer timer;
    timer.start();
    auto copied = transfer::copyBetween(
        *src, RemotePath(sourceFile), *dst, RemotePath(targetFile), transfer::CopyOptions(),
        [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        },
        &used);
    qInfo("%s: %s in %lld ms, %d progress calls", QTest::currentDataTag(), qPrintable(used), timer.elapsed(),
          calls);
    QVERIFY2(copied, qPrintable(errorText(copied) + QStringLiteral("\n") + sourceLog.join(QLatin1Char('\n')) +
                                QStringLiteral("\n---\n") + targetLog.join(QLatin1Char('\n'))));
    QCOMPARE(used, method);
    QCOMPARE(copied->size, kSize);
    QCOMPARE(copied->transferred, kSize);
    QCOMPARE(lastDone, kSize);
    QCOMPARE(lastTotal, kSize);
    QCOMPARE(sha256OfFile(targetFile), sha256OfFile(sourceFile));

    const QString sourceServerLog = readAll(source->logPath);
    const QString targetServerLog = readAll(target->logPath);
    if (method == QLatin1String("fxp")) {
        // The servers moved the bytes: the source logs a download, the target an upload,
        // both from 127.0.0.1 as the peer, and Ferry's log shows PORT with the target's address.
        QVERIFY2(sourceServerLog.contains(QLatin1String("OK DOWNLOAD")),
                 qPrintable(sourceServerLog.right(3000)));
        QVERIFY2(targetServerLog.contains(QLatin1String("OK UPLOAD")),
                 qPrintable(targetServerLog.right(3000)));
        QVERIFY2(sourceServerLog.contains(QStringLiteral("PORT ") +
                                          QString(targetAddress).replace(QLatin1Char('.'), QLatin1Char(','))),
                 qPrintable(sourceServerLog.right(3000)));
        // Progress at the start and the end only: FXP has no byte stream through Ferry.
        QVERIFY(calls <= 3);
    } else {
        QVERIFY2(sourceServerLog.contains(QLatin1String("Illegal PORT command")),
                 qPrintable(sourceServerLog.right(3000)));
        QVERIFY2(sourceLog.join(QLatin1Char('\n')).contains(QLatin1String("FXP refused")),
                 qPrintable(sourceLog.join(QLatin1Char('\n'))));
        QVERIFY(calls > 4); // every 256 KiB chunk
    }
    // Both connections stay usable.
    QVERIFY(src->stat(RemotePath(sourceFile)).ok());
    QVERIFY(dst->stat(RemotePath(targetFile)).ok());
    src->disconnect();
    dst->disconnect();
}

void TestServerCopy::resumeOverFxp()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.promiscuous = true;
    const ServerInfo *source = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(source, qPrintable(fx.lastError()));
    const ServerInfo *target = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(target, qPrintable(fx.lastError()));
    const QString sourceFile = fx.rootDir() + QStringLiteral("/whole.bin");
    QVERIFY(writeRandomFile(sourceFile, kSize, 12));
    const QString targetFile = fx.rootDir() + QStringLiteral("/partial.bin");
    {
        // The first 1 MiB (and a bit) of the same bytes, as an interrupted copy leaves it.
        QFile in(sourceFile), out(targetFile);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write(in.read(1024 * 1024 + 99));
    }
    QVERIFY(fx.giveToTestUser(sourceFile) && fx.giveToTestUser(targetFile));
    auto src = ftpTo(source->host, source->port, nullptr);
    auto dst = ftpTo(target->host, target->port, nullptr);
    QVERIFY(src->connect().ok() && dst->connect().ok());
    transfer::CopyOptions copyOptions;
    copyOptions.resume = true;
    QString used;
    auto copied = transfer::copyBetween(*src, RemotePath(sourceFile), *dst, RemotePath(targetFile),
                                        copyOptions, {}, &used);
    QVERIFY2(copied, qPrintable(errorText(copied)));
    QCOMPARE(used, QStringLiteral("fxp"));
    QCOMPARE(copied->resumedFrom, qint64(1024 * 1024 + 99));
    QCOMPARE(copied->transferred, kSize - (1024 * 1024 + 99));
    QCOMPARE(sha256OfFile(targetFile), sha256OfFile(sourceFile));
    QVERIFY(readAll(source->logPath).contains(QLatin1String("REST 1048675")));
    // Complete already: nothing moves.
    auto again = transfer::copyBetween(*src, RemotePath(sourceFile), *dst, RemotePath(targetFile),
                                       copyOptions, {}, &used);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(used, QStringLiteral("none"));
    QCOMPARE(again->transferred, qint64(0));
}

void TestServerCopy::vsftpdToSshd()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.promiscuous = true;
    const ServerInfo *source = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(source, qPrintable(fx.lastError()));
    const ServerInfo *sshd = fx.startSshd();
    QVERIFY2(sshd, qPrintable(fx.lastError()));
    const QString knownHosts = m_home.filePath(QStringLiteral("known_hosts"));
    QFile pub(fx.sshHostKeyPath() + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(trust::KnownHosts::add(knownHosts, sshd->host, sshd->port,
                                   QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                .ok());

    const QString sourceFile = fx.rootDir() + QStringLiteral("/to-sftp.bin");
    QVERIFY(writeRandomFile(sourceFile, kSize, 13));
    QVERIFY(fx.giveToTestUser(sourceFile));
    const QString targetFile = fx.rootDir() + QStringLiteral("/from-ftp.bin");

    ConnectionSpec spec;
    spec.protocol = Protocol::Sftp;
    spec.host = sshd->host;
    spec.port = sshd->port;
    spec.user = Fixture::user();
    ConnectOptions sshOptions;
    sshOptions.knownHostsFile = knownHosts;
    sshOptions.useAgent = false;
    sshOptions.identityFiles = {fx.userKeyPath()};
    sftp::SftpFileSystem dst(spec, sshOptions, nullptr);
    const Status sshUp = dst.connect();
    QVERIFY2(sshUp, qPrintable(sshUp ? QString() : sshUp.error().toString()));
    auto src = ftpTo(source->host, source->port, nullptr);
    QVERIFY(src->connect().ok());

    QString used;
    int calls = 0;
    QElapsedTimer timer;
    timer.start();
    auto copied = transfer::copyBetween(
        *src, RemotePath(sourceFile), dst, RemotePath(targetFile), transfer::CopyOptions(),
        [&calls](qint64, qint64) { ++calls; }, &used);
    qInfo("vsftpd -> sshd: %s in %lld ms", qPrintable(used), timer.elapsed());
    QVERIFY2(copied, qPrintable(errorText(copied)));
    QCOMPARE(used, QStringLiteral("stream"));
    QCOMPARE(copied->size, kSize);
    QVERIFY(calls > 4);
    QCOMPARE(sha256OfFile(targetFile), sha256OfFile(sourceFile));
    // And back, SFTP -> FTP, streaming as well.
    const QString back = fx.rootDir() + QStringLiteral("/back.bin");
    auto returned = transfer::copyBetween(dst, RemotePath(targetFile), *src, RemotePath(back),
                                          transfer::CopyOptions(), {}, &used);
    QVERIFY2(returned, qPrintable(errorText(returned)));
    QCOMPARE(used, QStringLiteral("stream"));
    QCOMPARE(sha256OfFile(back), sha256OfFile(sourceFile));
    dst.disconnect();
    src->disconnect();
}

void TestServerCopy::sameConnectionRefused()
{
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), 1, nullptr);
    auto r = transfer::copyBetween(*fs, RemotePath(QStringLiteral("/a")), *fs,
                                   RemotePath(QStringLiteral("/b")), transfer::CopyOptions());
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), ErrorKind::Local);
}

QTEST_GUILESS_MAIN(TestServerCopy)
#include "tst_servercopy.moc"
