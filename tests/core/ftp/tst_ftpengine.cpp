// FtpFileSystem used directly, as the queue and the GUI use it: ABOR in the middle of a
// download and of an upload leaves the control connection usable; a cancel ends a wait
// promptly; many TLS data connections in a row resume the control connection's session
// (vsftpd's require_ssl_reuse refuses any that do not).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "remote/ConnectionSpec.h"
#include "transfer/FileCopy.h"
#include "trust/CertificateStore.h"
#include "util/Paths.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

std::unique_ptr<ftp::FtpFileSystem> makeFs(const Fixture &fx, const ServerInfo &srv, Protocol protocol)
{
    return ftpClient(srv.host, srv.port, protocol, fx.caCertPath());
}

} // namespace

class TestFtpEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void abortMidTransfer_data();
    void abortMidTransfer();
    void cancelStopsWaiting();
    void manyTlsTransfersOnOneConnection();
    void statAndList();
    void keepAliveWhileIdle();
    void tlsIfAvailable_data();
    void tlsIfAvailable();
    void tlsIfAvailableNeverFallsBackAfterTls();
    void tlsIfAvailableOtherAnswerIsAnError();

private:
    QTemporaryDir m_config;
};

void TestFtpEngine::initTestCase()
{
    util::Paths::setOverrides(m_config.path(), m_config.path());
}

void TestFtpEngine::abortMidTransfer_data()
{
    QTest::addColumn<bool>("pure");
    QTest::addColumn<int>("protocol");
    QTest::newRow("vsftpd ftpes") << false << int(Protocol::Ftpes);
    QTest::newRow("vsftpd ftp") << false << int(Protocol::Ftp);
    QTest::newRow("pure-ftpd ftpes") << true << int(Protocol::Ftpes);
    QTest::newRow("pure-ftpd ftp") << true << int(Protocol::Ftp);
}

void TestFtpEngine::abortMidTransfer()
{
    QFETCH(bool, pure);
    QFETCH(int, protocol);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = pure ? fx.startPureFtpd() : fx.startVsftpd(VsftpdMode::ExplicitTls);
    if (!pure && Protocol(protocol) == Protocol::Ftp)
        srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/big.bin"), 64 * 1024 * 1024, 5));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    auto fs = makeFs(fx, *srv, Protocol(protocol));
    auto st = fs->connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));

    auto stream = fs->openRead(fs->homePath().child(QStringLiteral("big.bin")), 0);
    QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().toString()));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    while (got < 1024 * 1024) {
        auto n = (*stream)->read(buffer.data(), buffer.size());
        QVERIFY(n.ok() && *n > 0);
        got += *n;
    }
    auto aborted = (*stream)->abort();
    QVERIFY2(aborted.ok(), qPrintable(aborted.ok() ? QString() : aborted.error().toString()));
    stream.value().reset();
    QVERIFY(fs->isConnected());

    // The same control connection lists and downloads the whole file afterwards.
    auto listing = fs->list(fs->homePath());
    QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.error().toString()));
    QTemporaryDir local;
    auto copy = transfer::downloadFile(*fs, fs->homePath().child(QStringLiteral("big.bin")),
                                       local.filePath(QStringLiteral("big.bin")), {});
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().toString()));
    QCOMPARE(sha256OfFile(local.filePath(QStringLiteral("big.bin"))),
             sha256OfFile(fx.rootDir() + QStringLiteral("/big.bin")));

    // ABOR during an upload, then a complete upload on the same connection.
    auto up = fs->openWrite(fs->homePath().child(QStringLiteral("up.bin")), 0);
    QVERIFY(up.ok());
    for (int i = 0; i < 8; ++i)
        QVERIFY((*up)->write(buffer.constData(), buffer.size()).ok());
    QVERIFY((*up)->abort().ok());
    up.value().reset();
    auto upload = transfer::uploadFile(*fs, local.filePath(QStringLiteral("big.bin")),
                                       fs->homePath().child(QStringLiteral("up.bin")), {});
    QVERIFY2(upload.ok(), qPrintable(upload.ok() ? QString() : upload.error().toString()));
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/up.bin")),
             sha256OfFile(local.filePath(QStringLiteral("big.bin"))));
    fs->disconnect();
}

void TestFtpEngine::cancelStopsWaiting()
{
    // A listening socket that never answers: the greeting wait must end at the cancel,
    // long before the 15 s timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ConnectionSpec spec;
    spec.protocol = Protocol::Ftp;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = silent.serverPort();
    ConnectOptions options;
    options.timeoutSeconds = 15;
    ftp::FtpFileSystem fs(spec, options, nullptr);
    CancelToken token;
    fs.setCancelToken(token);
    DelayedAction canceller(300, [token] { token.cancel(); });
    QElapsedTimer clock;
    clock.start();
    auto st = fs.connect();
    canceller.wait();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind(), ErrorKind::Cancelled);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

    // And without a cancel, the timeout is a Timeout error.
    ConnectOptions quick;
    quick.timeoutSeconds = 1;
    ftp::FtpFileSystem slow(spec, quick, nullptr);
    auto timedOut = slow.connect();
    QVERIFY(!timedOut.ok());
    QCOMPARE(timedOut.error().kind(), ErrorKind::Timeout);
    QVERIFY(timedOut.error().retryable());
}

void TestFtpEngine::manyTlsTransfersOnOneConnection()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::ExplicitTls);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    for (int i = 0; i < 25; ++i)
        QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/f%1.bin").arg(i), 10000 + i, quint32(i)));
    auto fs = makeFs(fx, *srv, Protocol::Ftpes);
    QVERIFY(fs->connect().ok());
    QVERIFY(fs->isTlsActive());
    QTemporaryDir local;
    for (int i = 0; i < 25; ++i) {
        const QString name = QStringLiteral("f%1.bin").arg(i);
        auto r = transfer::downloadFile(*fs, fs->homePath().child(name), local.filePath(name), {});
        QVERIFY2(
            r.ok(),
            qPrintable(QStringLiteral("file %1: %2").arg(i).arg(r.ok() ? QString() : r.error().toString())));
        QCOMPARE(sha256OfFile(local.filePath(name)), sha256OfFile(fx.rootDir() + QLatin1Char('/') + name));
    }
}

void TestFtpEngine::keepAliveWhileIdle()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::ExplicitTls);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    auto fs = makeFs(fx, *srv, Protocol::Ftpes);
    QStringList log;
    fs->setLogSink([&log](LogKind, const QString &text) { log.append(text); });
    QVERIFY(fs->connect().ok());
    QVERIFY(fs->keepAlive().ok());
    QVERIFY(fs->keepAlive().ok());
    QCOMPARE(log.count(QStringLiteral("NOOP")), 2); // the commands (replies are logged too)
    QVERIFY(Fixture::logTail(*srv).contains(QStringLiteral("\"NOOP\"")));
    // The connection still works after keep-alives.
    QVERIFY(fs->list(fs->homePath()).ok());
    // A server that went away: the keep-alive fails and the engine knows it is disconnected.
    fx.stop(srv);
    QVERIFY(!fs->keepAlive().ok());
    QVERIFY(!fs->isConnected());
}

// ftp:// with "TLS if available" (FileZilla's default): encrypted where the server
// accepts AUTH TLS (vsftpd with TLS, pure-ftpd with TLS optional), plain text with a
// warning where it refuses it (5xx, vsftpd without TLS). Files arrive intact either way.
void TestFtpEngine::tlsIfAvailable_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("vsftpd with TLS") << 0 << true;
    QTest::newRow("pure-ftpd, TLS optional") << 1 << true;
    QTest::newRow("vsftpd without TLS") << 2 << false;
}

void TestFtpEngine::tlsIfAvailable()
{
    QFETCH(int, server);
    QFETCH(bool, encrypted);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = server == 0   ? fx.startVsftpd(VsftpdMode::ExplicitTls)
                            : server == 1 ? fx.startPureFtpd()
                                          : fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/t.bin"), 300000, 5));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    auto spec = ferry::test::loginSpec(Protocol::Ftp, srv->host, srv->port);
    ConnectOptions options;
    options.caFiles = {fx.caCertPath()};
    options.tlsIfAvailable = true;
    ftp::FtpFileSystem fs(spec, options, nullptr);
    QStringList warnings;
    fs.setLogSink([&warnings](LogKind kind, const QString &text) {
        if (kind == LogKind::Warning)
            warnings.append(text);
    });
    const Status st = fs.connect();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    QCOMPARE(fs.isTlsActive(), encrypted);
    QCOMPARE(fs.isEncrypted(), encrypted);
    if (encrypted) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("WITHOUT encryption")) &&
                     warnings.first().contains(QLatin1String("not protected against a downgrade")),
                 qPrintable(warnings.first()));
    }
    QTemporaryDir local;
    auto r = transfer::downloadFile(fs, fs.homePath().child(QStringLiteral("t.bin")),
                                    local.filePath(QStringLiteral("t.bin")), {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(sha256OfFile(local.filePath(QStringLiteral("t.bin"))),
             sha256OfFile(fx.rootDir() + QStringLiteral("/t.bin")));
}

// Once the server accepted AUTH TLS, "TLS if available" is held to TLS: a certificate
// nobody trusts, or a CHANGED one (another is trusted for this host:port, and
// --accept-new is on), ends the connection before the login; there is no second try
// in plain text.
void TestFtpEngine::tlsIfAvailableNeverFallsBackAfterTls()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::ExplicitTls);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    auto spec = ferry::test::loginSpec(Protocol::Ftp, srv->host, srv->port);
    const QString storePath = util::Paths::configFile(QStringLiteral("trusted_certificates"));
    QFile::remove(storePath);
    for (const bool changed : {false, true}) {
        ConnectOptions options; // no --ca-file: the fixture's certificate does not verify
        options.tlsIfAvailable = true;
        if (changed) {
            QVERIFY(trust::CertificateStore()
                        .trust(srv->host, srv->port,
                               QStringLiteral("SHA256:") + QString(43, QLatin1Char('A')),
                               QStringLiteral("CN=old"))
                        .ok());
            options.acceptNewCertificate = true;
        }
        ftp::FtpFileSystem fs(spec, options, nullptr);
        QStringList commands;
        fs.setLogSink([&commands](LogKind kind, const QString &text) {
            if (kind == LogKind::Command)
                commands.append(text);
        });
        const Status st = fs.connect();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind(), ErrorKind::Tls);
        if (changed)
            QVERIFY2(st.error().message().contains(QLatin1String("CHANGED")),
                     qPrintable(st.error().toString()));
        QVERIFY(!fs.isConnected());
        QCOMPARE(commands, QStringList{QStringLiteral("AUTH TLS")});
    }
    QCOMPARE(trust::CertificateStore().knownFingerprints(srv->host, srv->port),
             QStringList{QStringLiteral("SHA256:") + QString(43, QLatin1Char('A'))});
}

// Only a refusal (5xx) leads to plain text: "431 try later" is an error, and no login
// follows it.
void TestFtpEngine::tlsIfAvailableOtherAnswerIsAnError()
{
    ScriptedFtpServer server(QByteArray(), [](const QByteArray &verb, const QByteArray &) -> QByteArray {
        return verb == "AUTH" ? QByteArray("431 Security resource unavailable, try later") : QByteArray();
    });
    QVERIFY(server.startAndWait());
    ConnectionSpec spec;
    spec.protocol = Protocol::Ftp;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = server.port();
    spec.user = QStringLiteral("someone");
    spec.password = QStringLiteral("pw");
    spec.hasPassword = true;
    ConnectOptions options;
    options.tlsIfAvailable = true;
    ftp::FtpFileSystem fs(spec, options, nullptr);
    const Status st = fs.connect();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind(), ErrorKind::Protocol);
    QVERIFY2(st.error().toString().contains(QLatin1String("431")), qPrintable(st.error().toString()));
    for (const QByteArray &c : server.commands())
        QVERIFY2(!c.startsWith("USER") && !c.startsWith("PASS"), c.constData());
}

void TestFtpEngine::statAndList()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startPureFtpd(); // MLST/MLSD
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/s.bin"), 4321, 9));
    QVERIFY(QDir().mkpath(fx.rootDir() + QStringLiteral("/sub")));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    auto fs = makeFs(fx, *srv, Protocol::Ftpes);
    QVERIFY(fs->connect().ok());
    QVERIFY(fs->features().mlsd());
    auto file = fs->stat(fs->homePath().child(QStringLiteral("s.bin")));
    QVERIFY(file.ok());
    QCOMPARE(file->type, EntryType::File);
    QCOMPARE(file->size.value_or(-1), 4321);
    QVERIFY(file->mtimeUtc);
    auto dir = fs->stat(fs->homePath().child(QStringLiteral("sub")));
    QVERIFY(dir.ok());
    QCOMPARE(dir->type, EntryType::Dir);
    auto missing = fs->stat(fs->homePath().child(QStringLiteral("missing")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::NotFound);
    auto listing = fs->list(fs->homePath());
    QVERIFY(listing.ok());
    QStringList names;
    for (const DirEntry &e : std::as_const(listing->entries))
        names << e.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("s.bin"), QStringLiteral("sub")}));
}

QTEST_GUILESS_MAIN(TestFtpEngine)
#include "tst_ftpengine.moc"
