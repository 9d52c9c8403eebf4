// labels: integration
// timeout: 300
// Verification after a transfer: the FTP checksum replies real servers give (HASH and
// the X commands), verifyFile against scripted servers that hash right and wrong or
// refuse, against real vsftpd and sshd (no checksums: sizes only), the SFTP
// check-file-name packets, and our CRC-32.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpChecksum.h"
#include "ftp/FtpFileSystem.h"
#include "remote/ConnectionSpec.h"
#include "sftp/SftpFileSystem.h"
#include "sftp/SftpPacket.h"
#include "transfer/Verify.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

const char kSha256Abc[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const char kSha1Abc[] = "a9993e364706816aba3e25717850c26c9cd0d89d";
const char kMd5Abc[] = "900150983cd24fb0d6963f7d28e17f72";
const char kCrcAbc[] = "352441c2";

std::unique_ptr<ftp::FtpFileSystem> ftpTo(const QString &host, quint16 port)
{
    return ftpClient(host, port);
}

template <typename T> QString errorText(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : r.error().toString();
}

QByteArray why(const Status &s)
{
    return s ? QByteArray("ok") : s.error().toString().toUtf8();
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void crc32KnownVector();
    void localChecksumStreams();
    void parseReply_data();
    void parseReply();
    void offeredFromFeat_data();
    void offeredFromFeat();

    void hashServerRight();
    void hashServerWrong();
    void hashSelectedWithOpts();
    void legacyCommandsOnly();
    void refusedChecksumFallsBackToSize();
    void sizeMismatchFails();

    void realVsftpdVerifiesSize();
    void sftpCheckFilePackets();
    void realSshdOffersNoChecksum();

private:
    QString localFile(const QByteArray &content);
    QTemporaryDir m_home;
    int m_files = 0;
};

void TestVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                              m_home.filePath(QStringLiteral("data")));
}

QString TestVerify::localFile(const QByteArray &content)
{
    const QString path = m_home.filePath(QStringLiteral("local-%1.bin").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestVerify::crc32KnownVector()
{
    QCOMPARE(transfer::crc32Update(0, "123456789", 9), 0xcbf43926u);
    // Chunked input gives the same value as one piece.
    quint32 crc = transfer::crc32Update(0, "1234", 4);
    crc = transfer::crc32Update(crc, "56789", 5);
    QCOMPARE(crc, 0xcbf43926u);
    QCOMPARE(transfer::crc32Update(0, "", 0), 0u);
    auto hex = transfer::localChecksum(localFile("123456789"), QStringLiteral("CRC32"));
    QVERIFY(hex);
    QCOMPARE(*hex, QStringLiteral("cbf43926"));
    // A CRC with a leading zero keeps all eight digits.
    auto abc = transfer::localChecksum(localFile("abc"), QStringLiteral("CRC32"));
    QVERIFY(abc);
    QCOMPARE(*abc, QString::fromLatin1(kCrcAbc));
}

void TestVerify::localChecksumStreams()
{
    // Larger than one 1 MiB chunk and not a multiple of it.
    const QString path = m_home.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(path, 3 * 1024 * 1024 + 12345, 7));
    auto sha = transfer::localChecksum(path, QStringLiteral("SHA-256"));
    QVERIFY(sha);
    QCOMPARE(sha->toLatin1(), sha256OfFile(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    auto md5 = transfer::localChecksum(path, QStringLiteral("MD5"));
    QVERIFY(md5);
    QCOMPARE(md5->toLatin1(), QCryptographicHash::hash(all, QCryptographicHash::Md5).toHex());
    auto sha1 = transfer::localChecksum(path, QStringLiteral("SHA-1"));
    QVERIFY(sha1);
    QCOMPARE(sha1->toLatin1(), QCryptographicHash::hash(all, QCryptographicHash::Sha1).toHex());
    QVERIFY(!transfer::localChecksum(path, QStringLiteral("SHA-512")));
    QVERIFY(!transfer::localChecksum(m_home.filePath(QStringLiteral("missing")), QStringLiteral("MD5")));
    CancelToken cancelled;
    cancelled.cancel();
    auto stopped = transfer::localChecksum(path, QStringLiteral("SHA-256"), &cancelled);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind(), ErrorKind::Cancelled);
}

void TestVerify::parseReply_data()
{
    QTest::addColumn<QString>("text");      // the reply after its code
    QTest::addColumn<QString>("algorithm"); // asked for
    QTest::addColumn<QString>("path");      // sent with the command
    QTest::addColumn<QString>("hex");       // expected; empty: no hash found
    QTest::addColumn<QString>("named");     // the algorithm the reply names, if any

    const QString sha256 = QString::fromLatin1(kSha256Abc);
    const QString sha1 = QString::fromLatin1(kSha1Abc);
    const QString md5 = QString::fromLatin1(kMd5Abc);
    const QString path = QStringLiteral("/pub/abc.txt");
    const QString spaced = QStringLiteral("/pub/my file.txt");

    // HASH (draft-bryan-ftpext-hash): "<algo> <start>-<end> <hex> <path>".
    QTest::newRow("draft HASH") << QStringLiteral("SHA-256 0-3 %1 /pub/abc.txt").arg(sha256)
                                << QStringLiteral("SHA-256") << path << sha256 << QStringLiteral("SHA-256");
    QTest::newRow("FileZilla Server HASH, relative name")
        << QStringLiteral("SHA-1 0-3 %1 abc.txt").arg(sha1) << QStringLiteral("SHA-1") << path << sha1
        << QStringLiteral("SHA-1");
    QTest::newRow("IIS HASH upper case")
        << QStringLiteral("SHA-256 0-3 %1 /pub/abc.txt").arg(sha256.toUpper()) << QStringLiteral("SHA-256")
        << path << sha256 << QStringLiteral("SHA-256");
    QTest::newRow("HASH with a spaced path")
        << QStringLiteral("MD5 0-3 %1 /pub/my file.txt").arg(md5) << QStringLiteral("MD5") << spaced << md5
        << QStringLiteral("MD5");
    QTest::newRow("HASH, quoted spaced path")
        << QStringLiteral("SHA-1 0-3 %1 \"/pub/my file.txt\"").arg(sha1) << QStringLiteral("SHA-1") << spaced
        << sha1 << QStringLiteral("SHA-1");
    QTest::newRow("ProFTPD mod_digest HASH, SHA1 spelling")
        << QStringLiteral("SHA1 0-3 %1 abc.txt").arg(sha1) << QStringLiteral("SHA-1") << path << sha1
        << QStringLiteral("SHA-1");
    QTest::newRow("HASH for another algorithm than asked")
        << QStringLiteral("MD5 0-3 %1 /pub/abc.txt").arg(md5) << QStringLiteral("SHA-256") << path << md5
        << QStringLiteral("MD5");
    // The X commands: hex alone, first, last, quoted path, decorated.
    QTest::newRow("ProFTPD XMD5 hex alone") << md5 << QStringLiteral("MD5") << path << md5 << QString();
    QTest::newRow("ProFTPD XSHA256 hex alone upper")
        << sha256.toUpper() << QStringLiteral("SHA-256") << path << sha256 << QString();
    QTest::newRow("Serv-U XSHA1 hex then path") << QStringLiteral("%1 /pub/abc.txt").arg(sha1)
                                                << QStringLiteral("SHA-1") << path << sha1 << QString();
    QTest::newRow("path then hex") << QStringLiteral("/pub/abc.txt %1").arg(md5) << QStringLiteral("MD5")
                                   << path << md5 << QString();
    QTest::newRow("quoted spaced path then hex") << QStringLiteral("\"/pub/my file.txt\" %1").arg(sha1)
                                                 << QStringLiteral("SHA-1") << spaced << sha1 << QString();
    QTest::newRow("Serv-U XCRC") << QStringLiteral("352441C2") << QStringLiteral("CRC32") << path
                                 << QStringLiteral("352441c2") << QString();
    QTest::newRow("glFTPd XCRC sentence")
        << QStringLiteral("XCRC Successful. 352441C2") << QStringLiteral("CRC32") << path
        << QStringLiteral("352441c2") << QString();
    QTest::newRow("XCRC 0x prefix") << QStringLiteral("0x352441C2") << QStringLiteral("CRC32") << path
                                    << QStringLiteral("352441c2") << QString();
    QTest::newRow("XCRC without leading zero") << QStringLiteral("4D5A9A0") << QStringLiteral("CRC32") << path
                                               << QStringLiteral("04d5a9a0") << QString();
    QTest::newRow("IIS-ish XMD5 with a sentence")
        << QStringLiteral("MD5 hash of /pub/abc.txt is %1.").arg(md5.toUpper()) << QStringLiteral("MD5")
        << path << md5 << QStringLiteral("MD5");
    // A name that looks like a hash is never taken for one.
    const QString hexName = QStringLiteral("/pub/") + md5;
    QTest::newRow("hex-looking name, path first")
        << QStringLiteral("%1 %2").arg(hexName, QStringLiteral("e2fc714c4727ee9395f324cd2e7f331f"))
        << QStringLiteral("MD5") << hexName << QStringLiteral("e2fc714c4727ee9395f324cd2e7f331f")
        << QString();
    QTest::newRow("hex-looking relative name echoed")
        << QStringLiteral("MD5 0-3 e2fc714c4727ee9395f324cd2e7f331f %1").arg(md5) << QStringLiteral("MD5")
        << hexName << QStringLiteral("e2fc714c4727ee9395f324cd2e7f331f") << QStringLiteral("MD5");
    // Nothing usable.
    QTest::newRow("wrong length") << QStringLiteral("%1").arg(sha1) << QStringLiteral("SHA-256") << path
                                  << QString() << QString();
    QTest::newRow("text only") << QStringLiteral("File status okay") << QStringLiteral("MD5") << path
                               << QString() << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("SHA-1") << path << QString() << QString();
    QTest::newRow("unknown algorithm asked")
        << md5 << QStringLiteral("SHA-512") << path << QString() << QString();
}

void TestVerify::parseReply()
{
    QFETCH(QString, text);
    QFETCH(QString, algorithm);
    QFETCH(QString, path);
    QFETCH(QString, hex);
    QFETCH(QString, named);
    const auto parsed = ftp::FtpChecksum::parseReply(text, algorithm, path);
    if (hex.isEmpty()) {
        QVERIFY2(!parsed, parsed ? qPrintable(parsed->hex) : "");
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->hex, hex);
    QCOMPARE(parsed->algorithm, named);
}

void TestVerify::offeredFromFeat_data()
{
    QTest::addColumn<QByteArray>("feat");
    QTest::addColumn<QStringList>("algorithms");
    QTest::addColumn<QString>("selected");
    QTest::newRow("FileZilla Server 1.x")
        << QByteArray(" MDTM\r\n HASH SHA-1;SHA-256*;SHA-512;MD5\r\n SIZE\r\n")
        << QStringList{QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5")}
        << QStringLiteral("SHA-256");
    QTest::newRow("ProFTPD mod_digest")
        << QByteArray(" HASH CRC32;MD5;SHA-1*;SHA-256;SHA-512\r\n XCRC\r\n XMD5\r\n XSHA1\r\n XSHA256\r\n")
        << QStringList{QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5"),
                       QStringLiteral("CRC32")}
        << QStringLiteral("SHA-1");
    QTest::newRow("Serv-U") << QByteArray(" XCRC\r\n XMD5\r\n XSHA1\r\n MDTM\r\n")
                            << QStringList{QStringLiteral("SHA-1"), QStringLiteral("MD5"),
                                           QStringLiteral("CRC32")}
                            << QString();
    QTest::newRow("IIS") << QByteArray(" HASH SHA-1*;SHA-256;SHA-512;MD5\r\n SIZE\r\n")
                         << QStringList{QStringLiteral("SHA-256"), QStringLiteral("SHA-1"),
                                        QStringLiteral("MD5")}
                         << QStringLiteral("SHA-1");
    QTest::newRow("only SHA-512") << QByteArray(" HASH SHA-512*\r\n") << QStringList{} << QString();
    QTest::newRow("vsftpd") << QByteArray(
                                   " EPRT\r\n EPSV\r\n MDTM\r\n PASV\r\n REST STREAM\r\n SIZE\r\n TVFS\r\n")
                            << QStringList{} << QString();
}

void TestVerify::offeredFromFeat()
{
    QFETCH(QByteArray, feat);
    QFETCH(QStringList, algorithms);
    QFETCH(QString, selected);
    ftp::FtpReply reply;
    reply.code = 211;
    reply.lines << QStringLiteral("211-Features:");
    for (const QByteArray &line : feat.split('\n')) {
        if (!line.trimmed().isEmpty())
            reply.lines << QString::fromLatin1(line.chopped(line.endsWith('\r') ? 1 : 0));
    }
    reply.lines << QStringLiteral("211 End");
    const auto features = ftp::FtpFeatures::fromReply(reply);
    QStringList got;
    for (const auto &c : ftp::FtpChecksum::offered(features))
        got << c.algorithm;
    QCOMPARE(got, algorithms);
    QCOMPARE(ftp::FtpChecksum::selectedHash(features), selected);
}

// The scripted servers below serve one file, "/abc.txt" ("abc", 3 bytes).
void TestVerify::hashServerRight()
{
    const QString local = localFile("abc");
    ScriptedFtpServer server(" SIZE\r\n HASH SHA-256*;SHA-1;MD5\r\n",
                             [](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
                                 if (verb == "SIZE")
                                     return arg == "/abc.txt" ? "213 3" : "550 No such file";
                                 if (verb == "HASH")
                                     return "213 SHA-256 0-3 " + QByteArray(kSha256Abc) + " " + arg;
                                 return {};
                             });
    QVERIFY(server.startAndWait());
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY2(fs->connect().ok(), "connect");
    QCOMPARE(fs->checksumAlgorithms(),
             (QStringList{QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5")}));
    auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
    QVERIFY2(verified, qPrintable(errorText(verified)));
    QCOMPARE(*verified, QStringLiteral("SHA-256:") + QString::fromLatin1(kSha256Abc));
    // SHA-256 was selected already: no OPTS HASH.
    QVERIFY(server.commands().contains("HASH /abc.txt"));
    for (const QByteArray &c : server.commands())
        QVERIFY2(!c.startsWith("OPTS HASH"), c.constData());
    fs->disconnect();
}

void TestVerify::hashServerWrong()
{
    const QString local = localFile("abc");
    const QByteArray wrong = QCryptographicHash::hash("abd", QCryptographicHash::Sha256).toHex();
    ScriptedFtpServer server(" SIZE\r\n HASH SHA-256*;MD5\r\n",
                             [&wrong](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
                                 if (verb == "SIZE")
                                     return "213 3";
                                 if (verb == "HASH")
                                     return "213 SHA-256 0-3 " + wrong + " " + arg;
                                 return {};
                             });
    QVERIFY(server.startAndWait());
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(fs->connect().ok());
    auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind(), ErrorKind::Protocol);
    const QString message = verified.error().message();
    QVERIFY2(message.contains(QLatin1String("verification failed")), qPrintable(message));
    QVERIFY2(message.contains(QString::fromLatin1(wrong)) && message.contains(QLatin1String(kSha256Abc)),
             qPrintable(message));
    fs->disconnect();
}

void TestVerify::hashSelectedWithOpts()
{
    const QString local = localFile("abc");
    QByteArray current = "SHA-1";
    ScriptedFtpServer server(" SIZE\r\n HASH SHA-1*;SHA-256;MD5\r\n",
                             [&current](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
                                 if (verb == "SIZE")
                                     return "213 3";
                                 if (verb == "OPTS" && arg.startsWith("HASH ")) {
                                     current = arg.mid(5);
                                     return "200 " + current;
                                 }
                                 if (verb == "HASH") {
                                     const QByteArray hex = current == "SHA-256" ? kSha256Abc
                                                            : current == "MD5"   ? kMd5Abc
                                                                                 : kSha1Abc;
                                     return "213 " + current + " 0-3 " + hex + " " + arg;
                                 }
                                 return {};
                             });
    QVERIFY(server.startAndWait());
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(fs->connect().ok());
    auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
    QVERIFY2(verified, qPrintable(errorText(verified)));
    QCOMPARE(*verified, QStringLiteral("SHA-256:") + QString::fromLatin1(kSha256Abc));
    const auto commands = server.commands();
    const qsizetype opts = commands.indexOf("OPTS HASH SHA-256");
    QVERIFY(opts >= 0);
    QVERIFY(commands.indexOf("HASH /abc.txt") > opts);
    // Once selected, a second checksum sends no second OPTS.
    auto md5 = fs->checksum(RemotePath(QStringLiteral("/abc.txt")), QStringLiteral("MD5"));
    QVERIFY(md5);
    QCOMPARE(*md5, QString::fromLatin1(kMd5Abc));
    auto again = fs->checksum(RemotePath(QStringLiteral("/abc.txt")), QStringLiteral("MD5"));
    QVERIFY(again);
    QCOMPARE(server.commands().count("OPTS HASH MD5"), 1);
    fs->disconnect();
}

void TestVerify::legacyCommandsOnly()
{
    const QString local = localFile("abc");
    ScriptedFtpServer server(" SIZE\r\n XCRC\r\n XMD5\r\n XSHA1\r\n",
                             [](const QByteArray &verb, const QByteArray &arg) -> QByteArray {
                                 if (verb == "SIZE")
                                     return "213 3";
                                 if (verb == "XSHA1")
                                     return "250 " + QByteArray(kSha1Abc).toUpper(); // Serv-U: hex alone
                                 if (verb == "XMD5")
                                     return "250 \"" + arg + "\" " + QByteArray(kMd5Abc); // quoted path first
                                 if (verb == "XCRC")
                                     return "250 XCRC Successful. " + QByteArray(kCrcAbc).toUpper();
                                 return {};
                             });
    QVERIFY(server.startAndWait());
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(fs->connect().ok());
    QCOMPARE(fs->checksumAlgorithms(),
             (QStringList{QStringLiteral("SHA-1"), QStringLiteral("MD5"), QStringLiteral("CRC32")}));
    auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
    QVERIFY2(verified, qPrintable(errorText(verified)));
    QCOMPARE(*verified, QStringLiteral("SHA-1:") + QString::fromLatin1(kSha1Abc));
    auto md5 = fs->checksum(RemotePath(QStringLiteral("/abc.txt")), QStringLiteral("MD5"));
    QVERIFY2(md5, qPrintable(errorText(md5)));
    QCOMPARE(*md5, QString::fromLatin1(kMd5Abc));
    auto crc = fs->checksum(RemotePath(QStringLiteral("/abc.txt")), QStringLiteral("CRC32"));
    QVERIFY2(crc, qPrintable(errorText(crc)));
    QCOMPARE(*crc, QString::fromLatin1(kCrcAbc));
    auto sha256 = fs->checksum(RemotePath(QStringLiteral("/abc.txt")), QStringLiteral("SHA-256"));
    QVERIFY(!sha256);
    QVERIFY(server.commands().contains("XSHA1 /abc.txt"));
    fs->disconnect();
}

void TestVerify::refusedChecksumFallsBackToSize()
{
    const QString local = localFile("abc");
    for (const QByteArray &refusal : {QByteArray("500 Unknown command"), QByteArray("502 Not implemented"),
                                      QByteArray("550 Cannot hash")}) {
        ScriptedFtpServer server(" SIZE\r\n HASH SHA-256*\r\n XSHA256\r\n",
                                 [&refusal](const QByteArray &verb, const QByteArray &) -> QByteArray {
                                     if (verb == "SIZE")
                                         return "213 3";
                                     if (verb == "HASH" || verb == "XSHA256")
                                         return refusal;
                                     return {};
                                 });
        QVERIFY(server.startAndWait());
        auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(fs->connect().ok());
        auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
        QVERIFY2(verified, qPrintable(errorText(verified)));
        QCOMPARE(*verified, QStringLiteral("size"));
        // HASH first, then the older command, before giving up.
        QVERIFY(server.commands().contains("HASH /abc.txt"));
        QVERIFY(server.commands().contains("XSHA256 /abc.txt"));
        fs->disconnect();
    }
}

void TestVerify::sizeMismatchFails()
{
    const QString local = localFile("abc");
    ScriptedFtpServer server(" SIZE\r\n HASH SHA-256*\r\n",
                             [](const QByteArray &verb, const QByteArray &) -> QByteArray {
                                 if (verb == "SIZE")
                                     return "213 4";
                                 return {};
                             });
    QVERIFY(server.startAndWait());
    auto fs = ftpTo(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(fs->connect().ok());
    auto verified = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 3);
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind(), ErrorKind::Protocol);
    QVERIFY2(verified.error().message().contains(QLatin1String("verification failed")),
             qPrintable(errorText(verified)));
    QVERIFY2(verified.error().message().contains(QLatin1String("4 bytes")), qPrintable(errorText(verified)));
    // The caller's expected size counts too.
    auto expected = transfer::verifyFile(*fs, RemotePath(QStringLiteral("/abc.txt")), local, 5);
    QVERIFY(!expected);
    QVERIFY(expected.error().message().contains(QLatin1String("verification failed")));
    // No HASH was needed to know.
    for (const QByteArray &c : server.commands())
        QVERIFY2(!c.startsWith("HASH"), c.constData());
    fs->disconnect();
}

void TestVerify::realVsftpdVerifiesSize()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString onServer = fx.rootDir() + QStringLiteral("/verify.bin");
    QVERIFY(writeRandomFile(onServer, 2 * 1024 * 1024 + 7, 3));
    QVERIFY(fx.giveToTestUser(onServer));
    const QString local = m_home.filePath(QStringLiteral("verify-copy.bin"));
    QFile::remove(local);
    QVERIFY(QFile::copy(onServer, local));

    auto fs = ftpTo(srv->host, srv->port);
    QVERIFY2(fs->connect().ok(), qPrintable(Fixture::logTail(*srv)));
    QVERIFY(fs->checksumAlgorithms().isEmpty());
    auto sum = fs->checksum(RemotePath(onServer), QStringLiteral("SHA-256"));
    QVERIFY(!sum);
    QVERIFY(sum.error().message().contains(QLatin1String("not offered")));
    auto verified = transfer::verifyFile(*fs, RemotePath(onServer), local, 2 * 1024 * 1024 + 7);
    QVERIFY2(verified, qPrintable(errorText(verified)));
    QCOMPARE(*verified, QStringLiteral("size"));
    // One byte more locally: a failure naming both sizes.
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x", 1);
    }
    auto longer = transfer::verifyFile(*fs, RemotePath(onServer), local, -1);
    QVERIFY(!longer);
    QVERIFY2(longer.error().message().contains(QLatin1String("2097159")) &&
                 longer.error().message().contains(QLatin1String("2097160")),
             qPrintable(errorText(longer)));
    // A missing remote file is NotFound, not a verification verdict.
    auto missing =
        transfer::verifyFile(*fs, RemotePath(fx.rootDir() + QStringLiteral("/nope.bin")), local, -1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind(), ErrorKind::NotFound);
    fs->disconnect();
}

void TestVerify::sftpCheckFilePackets()
{
    using namespace ferry::sftp;
    // The request, byte for byte.
    const QByteArray request = checkFileNameRequest(7, "/a b", "sha256,sha1,md5");
    QByteArray expected;
    const auto u32 = [&expected](quint32 v) {
        expected.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    const auto str = [&](const QByteArray &s) {
        u32(quint32(s.size()));
        expected.append(s);
    };
    expected.append(char(fx::Extended));
    u32(7);
    str("check-file-name");
    str("/a b");
    str("sha256,sha1,md5");
    u32(0);
    u32(0); // start offset (uint64)
    u32(0);
    u32(0); // length (uint64): to the end
    u32(0); // block size: the whole range
    QCOMPARE(request.mid(4), expected);
    QCOMPARE(readBigEndian32(request.constData()), quint32(expected.size()));

    // The reply: "check-file", the algorithm, then the raw hash as the rest of the packet.
    const QByteArray digest = QCryptographicHash::hash("abc", QCryptographicHash::Sha256);
    Packet reply;
    reply.type = fx::ExtendedReply;
    reply.id = 7;
    {
        PacketBuilder b(fx::ExtendedReply, 7);
        b.string(QByteArrayLiteral("check-file")).string(QByteArrayLiteral("sha256"));
        QByteArray whole = b.take(digest.size()) + digest;
        reply.body = whole.mid(4 + 1 + 4); // after length, type and id
    }
    auto parsed = parseCheckFileReply(reply, QStringLiteral("test"));
    QVERIFY2(parsed, qPrintable(errorText(parsed)));
    QCOMPARE(parsed->algorithm, QByteArray("sha256"));
    QCOMPARE(parsed->hash.toHex(), QByteArray(kSha256Abc));
    QCOMPARE(algorithmFromSftpHashName(parsed->algorithm), QStringLiteral("SHA-256"));
    QCOMPARE(sftpHashName(QStringLiteral("MD5")), QByteArray("md5"));

    // Block hashes (two of them) where one was asked for, a short hash, an unknown
    // algorithm, another reply name: all errors.
    Packet twoBlocks = reply;
    twoBlocks.body += digest;
    QVERIFY(!parseCheckFileReply(twoBlocks, QStringLiteral("test")));
    Packet shortHash = reply;
    shortHash.body.chop(1);
    QVERIFY(!parseCheckFileReply(shortHash, QStringLiteral("test")));
    Packet unknown;
    unknown.type = fx::ExtendedReply;
    unknown.body = PacketBuilder(fx::ExtendedReply, 1)
                       .string(QByteArrayLiteral("check-file"))
                       .string(QByteArrayLiteral("sha512"))
                       .take()
                       .mid(9) +
                   QByteArray(64, 'x');
    QVERIFY(!parseCheckFileReply(unknown, QStringLiteral("test")));
    Packet other;
    other.type = fx::ExtendedReply;
    other.body = PacketBuilder(fx::ExtendedReply, 1)
                     .string(QByteArrayLiteral("something"))
                     .string(QByteArrayLiteral("md5"))
                     .take()
                     .mid(9) +
                 QByteArray(16, 'x');
    QVERIFY(!parseCheckFileReply(other, QStringLiteral("test")));
    // A STATUS (OP_UNSUPPORTED, NO_SUCH_FILE) is the server's refusal, typed.
    Packet status;
    status.type = fx::Status;
    status.body = PacketBuilder(fx::Status, 1)
                      .u32(fx::NoSuchFile)
                      .string(QByteArrayLiteral("no such file"))
                      .string(QByteArray())
                      .take()
                      .mid(9);
    auto refused = parseCheckFileReply(status, QStringLiteral("test"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), ErrorKind::NotFound);
}

void TestVerify::realSshdOffersNoChecksum()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startSshd();
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const QString knownHosts = home.filePath(QStringLiteral("known_hosts"));
    QFile pub(fx.sshHostKeyPath() + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(trust::KnownHosts::add(knownHosts, srv->host, srv->port,
                                   QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                .ok());

    auto spec = ferry::test::loginSpec(Protocol::Sftp, srv->host, srv->port);
    ConnectOptions options;
    options.knownHostsFile = knownHosts;
    options.useAgent = false;
    options.identityFiles = {fx.userKeyPath()};
    sftp::SftpFileSystem fs(spec, options, nullptr);
    const Status connected = fs.connect();
    QVERIFY2(connected, why(connected).constData());
    QVERIFY(fs.checksumAlgorithms().isEmpty());
    QVERIFY(!fs.checksum(RemotePath(fx.rootDir()), QStringLiteral("SHA-256")));

    const QString onServer = fx.rootDir() + QStringLiteral("/sftp-verify.bin");
    QVERIFY(writeRandomFile(onServer, 1024 * 1024 + 1, 5));
    QVERIFY(fx.giveToTestUser(onServer));
    const QString local = home.filePath(QStringLiteral("copy.bin"));
    QVERIFY(QFile::copy(onServer, local));
    auto verified = transfer::verifyFile(fs, RemotePath(onServer), local, 1024 * 1024 + 1);
    QVERIFY2(verified, qPrintable(errorText(verified)));
    QCOMPARE(*verified, QStringLiteral("size"));
    fs.disconnect();
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
