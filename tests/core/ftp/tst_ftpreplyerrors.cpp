// The reply-to-error table (FtpReplyErrors): each reply a server sends for a failed
// command, as vsftpd, pure-ftpd, ProFTPD, IIS and FileZilla Server word it, and the Error
// it becomes: its kind, its message, whether a retry may help, the reply kept with it.
// FtpFileSystem::replyError must give the same answer (it is the engine's entry).
#include <QTest>

#include "ftp/FtpFileSystem.h"
#include "ftp/FtpReplyErrors.h"

using namespace ferry;
using namespace ferry::ftp;
using namespace ferry::remote;

class TestFtpReplyErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");

        // The connection or the data connection is gone: worth a retry.
        QTest::newRow("421 timeout") << QStringLiteral("421 Timeout.") << int(ErrorKind::Network) << true;
        QTest::newRow("421 too many")
            << QStringLiteral("421 There are too many connected users, please try later.")
            << int(ErrorKind::Network) << true;
        QTest::newRow("425") << QStringLiteral("425 Failed to establish connection.")
                             << int(ErrorKind::Network) << true;
        QTest::newRow("426") << QStringLiteral("426 Failure writing network stream.")
                             << int(ErrorKind::Network) << true;
        // Login refused, whatever the words.
        QTest::newRow("530") << QStringLiteral("530 Login incorrect.") << int(ErrorKind::Auth) << false;
        QTest::newRow("530 permission")
            << QStringLiteral("530 Permission denied") << int(ErrorKind::Auth) << false;
        // Permission, by the words, on 450/451/550/553 (any case).
        QTest::newRow("550 permission")
            << QStringLiteral("550 Permission denied.") << int(ErrorKind::Permission) << false;
        QTest::newRow("550 access") << QStringLiteral("550 Access is denied.") << int(ErrorKind::Permission)
                                    << false;
        QTest::newRow("553 not allowed")
            << QStringLiteral("553 Not allowed to create file") << int(ErrorKind::Permission) << false;
        QTest::newRow("450 denied") << QStringLiteral("450 DENIED") << int(ErrorKind::Permission) << false;
        QTest::newRow("451 access") << QStringLiteral("451 Access rights insufficient")
                                    << int(ErrorKind::Permission) << false;
        // Permission wins over "not found" words.
        QTest::newRow("550 both") << QStringLiteral("550 Permission denied: no such file")
                                  << int(ErrorKind::Permission) << false;
        // Not there: 550 only, by the words servers use.
        QTest::newRow("vsftpd RETR") << QStringLiteral("550 Failed to open file.") << int(ErrorKind::NotFound)
                                     << false;
        QTest::newRow("vsftpd SIZE") << QStringLiteral("550 Could not get file size.")
                                     << int(ErrorKind::NotFound) << false;
        QTest::newRow("vsftpd CWD") << QStringLiteral("550 Failed to change directory.")
                                    << int(ErrorKind::NotFound) << false;
        QTest::newRow("pure-ftpd") << QStringLiteral("550 Can't check for file existence")
                                   << int(ErrorKind::NotFound) << false;
        QTest::newRow("proftpd") << QStringLiteral("550 x: No such file or directory")
                                 << int(ErrorKind::NotFound) << false;
        QTest::newRow("not found") << QStringLiteral("550 File not found") << int(ErrorKind::NotFound)
                                   << false;
        QTest::newRow("not exist") << QStringLiteral("550 The file does not exist")
                                   << int(ErrorKind::NotFound) << false;
        QTest::newRow("doesn't exist")
            << QStringLiteral("550 Directory doesn't exist") << int(ErrorKind::NotFound) << false;
        QTest::newRow("unavailable") << QStringLiteral("550 Requested action not taken. File unavailable.")
                                     << int(ErrorKind::NotFound) << false;
        QTest::newRow("multi-line") << QStringLiteral("550-The file\n550 was NOT FOUND here")
                                    << int(ErrorKind::NotFound) << false;
        // Words the table does not know: a protocol error, as the server said it.
        QTest::newRow("IIS wording") << QStringLiteral("550 The system cannot find the file specified.")
                                     << int(ErrorKind::Protocol) << false;
        QTest::newRow("553 no such") << QStringLiteral("553 No such file") << int(ErrorKind::Protocol)
                                     << false;
        QTest::newRow("553 plain") << QStringLiteral("553 Could not create file.") << int(ErrorKind::Protocol)
                                   << false;
        QTest::newRow("500") << QStringLiteral("500 Unknown command.") << int(ErrorKind::Protocol) << false;
        QTest::newRow("502") << QStringLiteral("502 Command not implemented.") << int(ErrorKind::Protocol)
                             << false;
        // Other 4xx: a protocol error worth a retry.
        QTest::newRow("450 busy") << QStringLiteral("450 File busy") << int(ErrorKind::Protocol) << true;
        QTest::newRow("451 local error")
            << QStringLiteral("451 Requested action aborted: local error in processing.")
            << int(ErrorKind::Protocol) << true;
        QTest::newRow("452 full") << QStringLiteral("452 Insufficient storage space")
                                  << int(ErrorKind::Protocol) << true;
        QTest::newRow("450 not found")
            << QStringLiteral("450 File not found") << int(ErrorKind::Protocol) << true;
    }

    void table()
    {
        QFETCH(QString, reply);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        FtpReply r;
        r.code = reply.left(3).toInt();
        r.lines = reply.split(QLatin1Char('\n'));
        const Error e = FtpReplyErrors::toError(r, QStringLiteral("downloading /a"));
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.retryable(), retryable);
        QCOMPARE(e.message(), QStringLiteral("downloading /a failed"));
        QCOMPARE(e.serverReply(), reply);

        const Error viaEngine = FtpFileSystem::replyError(r, QStringLiteral("downloading /a"));
        QCOMPARE(int(viaEngine.kind()), kind);
        QCOMPARE(viaEngine.retryable(), retryable);
        QCOMPARE(viaEngine.toString(), e.toString());
    }
};

QTEST_GUILESS_MAIN(TestFtpReplyErrors)
#include "tst_ftpreplyerrors.moc"
