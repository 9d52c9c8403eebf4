// labels: integration
// timeout: 600
// ferry-cli get -r lists the remote tree ahead over several connections (sync's
// RemoteTreeLister, --list-connections) and walks it with those listings, against the
// fixture's vsftpd (CWD + LIST), pure-ftpd (MLSD path) and sshd: the tree arrives
// byte-identical (SHA-256 of every file), more than one folder was listed at once, the
// download connection lists nothing itself (FTP), and links on the server that lead out
// of the picked folder (to a folder, to a file) are not followed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "TestServers.h"
#include "TestUtil.h"

using namespace ferry::test;

namespace {

enum class Server
{
    Vsftpd,
    PureFtpd,
    Sshd
};

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
        .arg(r.exitCode)
        .arg(r.elapsedMs)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.right(6000)));
}

} // namespace

class TestGetListedAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeListedAhead_data();
    void treeListedAhead();
};

void TestGetListedAhead::treeListedAhead_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("vsftpd") << int(Server::Vsftpd);
    QTest::newRow("pure-ftpd") << int(Server::PureFtpd);
    QTest::newRow("sshd") << int(Server::Sshd);
}

void TestGetListedAhead::treeListedAhead()
{
    QFETCH(int, server);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = Server(server) == Server::Vsftpd     ? fx.startVsftpd(VsftpdMode::Plain)
                            : Server(server) == Server::PureFtpd ? fx.startPureFtpd()
                                                                 : fx.startSshd();
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());

    // 4 folders of 5 folders, 2 files in each (sizes 0 to ~30 KiB), a name with a space;
    // beside the tree, a folder and a file the links inside the tree lead to.
    const QString served = fx.rootDir() + QStringLiteral("/tree");
    const QString outside = fx.rootDir() + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeRandomFile(outside + QStringLiteral("/secret.dat"), 1000, 99));
    int seed = 1;
    for (int t = 0; t < 4; ++t) {
        for (int s = 0; s < 5; ++s) {
            const QString dir = served + QStringLiteral("/t%1/s %2").arg(t).arg(s);
            QVERIFY(QDir().mkpath(dir));
            for (int f = 0; f < 2; ++f, ++seed)
                QVERIFY(writeRandomFile(dir + QStringLiteral("/f%1.dat").arg(f), (seed * 1931) % 30000,
                                        quint32(seed)));
        }
    }
    QVERIFY(QFile::link(outside, served + QStringLiteral("/t0/to-outside")));
    QVERIFY(
        QFile::link(outside + QStringLiteral("/secret.dat"), served + QStringLiteral("/t1/secret-link.dat")));
    QVERIFY(fx.giveToTestUser(served));
    QVERIFY(fx.giveToTestUser(outside));

    QString url;
    QStringList options{QStringLiteral("--verbose"), QStringLiteral("--list-connections"),
                        QStringLiteral("3")};
    if (Server(server) == Server::Sshd) {
        url = QStringLiteral("sftp://%1:%2@%3:%4%5/tree")
                  .arg(Fixture::user(), Fixture::password(), srv->host)
                  .arg(srv->port)
                  .arg(fx.rootDir());
        options << QStringLiteral("--accept-new");
    } else {
        url = QStringLiteral("ftp://%1:%2@%3:%4/tree")
                  .arg(Fixture::user(), Fixture::password(), srv->host)
                  .arg(srv->port);
    }
    const QString back = temp.filePath(QStringLiteral("back"));
    const CliResult get =
        runCli(QStringList{QStringLiteral("get"), QStringLiteral("-r"), url, back} + options,
               temp.filePath(QStringLiteral("config")), temp.filePath(QStringLiteral("config")), {}, 300000);
    // Links that lead out are reported and skipped: exit 5 (partly done) or 0.
    QVERIFY2(get.exitCode == 0 || get.exitCode == 5, qPrintable(describe(get)));

    // Listed ahead, several folders at once: 1 + 4 + 20 folders.
    static const QRegularExpression listed(
        QStringLiteral("listed (\\d+) remote folders, up to (\\d+) at once"));
    const QRegularExpressionMatch m = listed.match(QString::fromUtf8(get.err));
    QVERIFY2(m.hasMatch(), qPrintable(describe(get)));
    QCOMPARE(m.captured(1).toInt(), 25);
    QVERIFY2(m.captured(2).toInt() > 1, qPrintable(describe(get)));
    if (Server(server) != Server::Sshd) {
        // The download connection (its log lines start with "> ") listed nothing itself.
        static const QRegularExpression ownListing(QStringLiteral("^> (LIST|MLSD|NLST)"),
                                                   QRegularExpression::MultilineOption);
        QVERIFY2(!ownListing.match(QString::fromUtf8(get.err)).hasMatch(), qPrintable(describe(get)));
    }

    // Byte-identical, and nothing from outside the picked folder.
    QMap<QString, QByteArray> want = localTreeDigests(served);
    want.remove(QStringLiteral("t0/to-outside"));
    want.remove(QStringLiteral("t1/secret-link.dat"));
    const QMap<QString, QByteArray> got = localTreeDigests(back);
    QCOMPARE(got.keys(), want.keys());
    QCOMPARE(got, want);
    QVERIFY(!QFileInfo::exists(back + QStringLiteral("/t0/to-outside")));
    QVERIFY(!QFileInfo::exists(back + QStringLiteral("/t1/secret-link.dat")));
}

QTEST_GUILESS_MAIN(TestGetListedAhead)
#include "tst_getlistedahead.moc"
