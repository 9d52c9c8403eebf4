// FTP reply assembly (multi-line replies as real servers send them), FEAT parsing,
// PASV/EPSV parsing, the PASV address rule, and reply-code to error-kind mapping.
#include <QTest>

#include "ftp/FtpDataChannel.h"
#include "ftp/FtpFeatures.h"
#include "ftp/FtpFileSystem.h"
#include "ftp/FtpReply.h"

using namespace ferry::ftp;
using ferry::remote::ErrorKind;

class TestFtpReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assembles_data();
    void assembles();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void features();
    void pasv_data();
    void pasv();
    void epsv_data();
    void epsv();
    void pasvAddressRule();
    void errorKinds_data();
    void errorKinds();
};

void TestFtpReply::assembles_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<QString>("text");

    QTest::newRow("vsftpd greeting") << QStringList{QStringLiteral("220 (vsFTPd 3.0.3)")} << 220 << 1
                                     << QStringLiteral("(vsFTPd 3.0.3)");
    QTest::newRow("pure-ftpd greeting")
        << QStringList{QStringLiteral("220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------"),
                       QStringLiteral("220-You are user number 1 of 50 allowed."),
                       QStringLiteral("220-Local time is now 13:02. Server port: 21."),
                       QStringLiteral("220-This is a private system - No anonymous login"),
                       QStringLiteral("220 You will be disconnected after 10 minutes of inactivity.")}
        << 220 << 5 << QStringLiteral("You will be disconnected after 10 minutes of inactivity.");
    QTest::newRow("feat with inner digits") << QStringList{QStringLiteral("211-Features:"),
                                                           QStringLiteral(" EPRT"),
                                                           QStringLiteral(" EPSV"),
                                                           QStringLiteral(" MDTM"),
                                                           QStringLiteral("  211 indented is text"),
                                                           QStringLiteral("2110 four digits are text"),
                                                           QStringLiteral("211 End")}
                                            << 211 << 7 << QStringLiteral("End");
    QTest::newRow("other codes inside")
        << QStringList{QStringLiteral("230-Welcome"), QStringLiteral("220 not the end"),
                       QStringLiteral("150 neither"), QStringLiteral("230 Login successful.")}
        << 230 << 4 << QStringLiteral("Login successful.");
    QTest::newRow("same code with dash inside")
        << QStringList{QStringLiteral("250-Listing"), QStringLiteral("250-more"), QStringLiteral("250 done")}
        << 250 << 3 << QStringLiteral("done");
    QTest::newRow("IIS banner") << QStringList{QStringLiteral("220 Microsoft FTP Service")} << 220 << 1
                                << QStringLiteral("Microsoft FTP Service");
    QTest::newRow("bare code") << QStringList{QStringLiteral("200")} << 200 << 1 << QString();
    QTest::newRow("multi-line ending in bare code")
        << QStringList{QStringLiteral("211-x"), QStringLiteral("211")} << 211 << 2 << QString();
    QTest::newRow("ProFTPD MLST")
        << QStringList{QStringLiteral("250-Start of list for /x"),
                       QStringLiteral(" modify=20240305070809;perm=adfrw;size=3;type=file; /x"),
                       QStringLiteral("250 End of list")}
        << 250 << 3 << QStringLiteral("End of list");
    QTest::newRow("utf8 text") << QStringList{QStringLiteral("257 \"/h\u00e9llo\" is the current directory")}
                               << 257 << 1 << QStringLiteral("\"/h\u00e9llo\" is the current directory");
}

void TestFtpReply::assembles()
{
    QFETCH(QStringList, lines);
    QFETCH(int, code);
    QFETCH(int, lineCount);
    QFETCH(QString, text);
    FtpReplyParser parser;
    for (int i = 0; i < lines.size(); ++i) {
        const auto state = parser.feedLine(lines.at(i));
        QCOMPARE(state,
                 i + 1 == lines.size() ? FtpReplyParser::State::Complete : FtpReplyParser::State::NeedMore);
    }
    const FtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.lines.size(), lineCount);
    QCOMPARE(reply.text(), text);
    QVERIFY(!parser.inMultiLine());
}

void TestFtpReply::rejectsGarbage_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("text") << QStringLiteral("hello");
    QTest::newRow("short") << QStringLiteral("22");
    QTest::newRow("code 600") << QStringLiteral("600 nope");
    QTest::newRow("code 099") << QStringLiteral("099 nope");
    QTest::newRow("bad separator") << QStringLiteral("220x");
    QTest::newRow("empty") << QString();
}

void TestFtpReply::rejectsGarbage()
{
    QFETCH(QString, line);
    FtpReplyParser parser;
    QCOMPARE(parser.feedLine(line), FtpReplyParser::State::Error);
    QVERIFY(!parser.errorString().isEmpty());
    // The parser recovers for the next reply.
    QCOMPARE(parser.feedLine(QStringLiteral("200 ok")), FtpReplyParser::State::Complete);
    QCOMPARE(parser.takeReply().code, 200);
}

void TestFtpReply::features()
{
    FtpReply r;
    r.code = 211;
    r.lines = {QStringLiteral("211-Features:"),
               QStringLiteral(" EPRT"),
               QStringLiteral(" EPSV"),
               QStringLiteral(" MDTM"),
               QStringLiteral(" PASV"),
               QStringLiteral(" REST STREAM"),
               QStringLiteral(" SIZE"),
               QStringLiteral(" TVFS"),
               QStringLiteral(" UTF8"),
               QStringLiteral(" MLST type*;size*;modify*;UNIX.mode;"),
               QStringLiteral(" AUTH TLS"),
               QStringLiteral(" auth ssl"),
               QStringLiteral(" HASH SHA-256;SHA-1*;MD5"),
               QStringLiteral("211 End")};
    const FtpFeatures f = FtpFeatures::fromReply(r);
    QVERIFY(f.has(QStringLiteral("epsv")));
    QVERIFY(f.utf8());
    QVERIFY(f.mlsd());
    QVERIFY(f.restStream());
    QVERIFY(!f.has(QStringLiteral("MFMT")));
    QCOMPARE(f.parameters(QStringLiteral("AUTH")), QStringLiteral("TLS;ssl"));
    QCOMPARE(f.hashAlgorithms(),
             (QStringList{QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5")}));
    FtpReply none;
    none.code = 500;
    none.lines = {QStringLiteral("500 Unknown command")};
    QVERIFY(FtpFeatures::fromReply(none).isEmpty());
}

void TestFtpReply::pasv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("vsftpd") << QStringLiteral("Entering Passive Mode (127,0,0,1,156,64).") << true
                            << QStringLiteral("127.0.0.1") << 40000;
    QTest::newRow("no parens (IIS old)")
        << QStringLiteral("Entering Passive Mode 10,0,0,5,4,1") << true << QStringLiteral("10.0.0.5") << 1025;
    QTest::newRow("spaces") << QStringLiteral("PASV ok (192, 168, 1, 2, 19, 137)") << true
                            << QStringLiteral("192.168.1.2") << 5001;
    QTest::newRow("octet too big") << QStringLiteral("(300,0,0,1,1,1)") << false << QString() << 0;
    QTest::newRow("port zero") << QStringLiteral("(1,2,3,4,0,0)") << false << QString() << 0;
    QTest::newRow("garbage") << QStringLiteral("Entering Passive Mode") << false << QString() << 0;
}

void TestFtpReply::pasv()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress a;
    quint16 p = 0;
    QCOMPARE(parsePasvReply(text, &a, &p), ok);
    if (ok) {
        QCOMPARE(a.toString(), address);
        QCOMPARE(int(p), port);
    }
}

void TestFtpReply::epsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port");
    QTest::newRow("standard") << QStringLiteral("Entering Extended Passive Mode (|||40001|)") << 40001;
    QTest::newRow("other delimiter") << QStringLiteral("Entering Extended Passive Mode (!!!6446!)") << 6446;
    QTest::newRow("missing port") << QStringLiteral("Entering Extended Passive Mode (||||)") << 0;
    QTest::newRow("too big") << QStringLiteral("(|||70000|)") << 0;
    QTest::newRow("no parens") << QStringLiteral("Extended Passive Mode |||5|") << 0;
}

void TestFtpReply::epsv()
{
    QFETCH(QString, text);
    QFETCH(int, port);
    quint16 p = 0;
    QCOMPARE(parseEpsvReply(text, &p), port != 0);
    if (port)
        QCOMPARE(int(p), port);
}

void TestFtpReply::pasvAddressRule()
{
    const QHostAddress peer(QStringLiteral("203.0.113.7"));
    QVERIFY(isUsablePasvAddress(QHostAddress(QStringLiteral("203.0.113.7")), peer));
    QVERIFY(isUsablePasvAddress(QHostAddress(QStringLiteral("203.0.113.7")),
                                QHostAddress(QStringLiteral("::ffff:203.0.113.7"))));
    // NAT'd server naming its private address; FTP bounce to a third host; 0.0.0.0.
    QVERIFY(!isUsablePasvAddress(QHostAddress(QStringLiteral("10.0.0.5")), peer));
    QVERIFY(!isUsablePasvAddress(QHostAddress(QStringLiteral("198.51.100.1")), peer));
    QVERIFY(!isUsablePasvAddress(QHostAddress(QStringLiteral("0.0.0.0")), peer));
}

void TestFtpReply::errorKinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("530 login") << QStringLiteral("530 Login incorrect.") << int(ErrorKind::Auth) << false;
    QTest::newRow("vsftpd missing") << QStringLiteral("550 Failed to open file.") << int(ErrorKind::NotFound)
                                    << false;
    QTest::newRow("proftpd missing") << QStringLiteral("550 x: No such file or directory")
                                     << int(ErrorKind::NotFound) << false;
    QTest::newRow("permission") << QStringLiteral("550 Permission denied.") << int(ErrorKind::Permission)
                                << false;
    QTest::newRow("553") << QStringLiteral("553 Could not create file.") << int(ErrorKind::Protocol) << false;
    QTest::newRow("421") << QStringLiteral("421 Timeout.") << int(ErrorKind::Network) << true;
    QTest::newRow("425") << QStringLiteral("425 Can't open data connection.") << int(ErrorKind::Network)
                         << true;
    QTest::newRow("450 busy") << QStringLiteral("450 File busy") << int(ErrorKind::Protocol) << true;
    QTest::newRow("500") << QStringLiteral("500 Unknown command.") << int(ErrorKind::Protocol) << false;
}

void TestFtpReply::errorKinds()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(bool, retryable);
    FtpReply r;
    r.code = line.left(3).toInt();
    r.lines = {line};
    const auto e = FtpFileSystem::replyError(r, QStringLiteral("x"));
    QCOMPARE(int(e.kind()), kind);
    QCOMPARE(e.retryable(), retryable);
    QCOMPARE(e.serverReply(), line);
}

QTEST_GUILESS_MAIN(TestFtpReply)
#include "tst_ftpreply.moc"
