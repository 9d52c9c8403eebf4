// labels: integration
// timeout: 600
// Uploads straight from inside an archive through ferry-cli to the fixture's vsftpd and
// sshd: one member, a folder of members (-r), and a queued member whose `queue run` is
// killed (SIGKILL) in the middle and run again: the second run reads the member from the
// archive again from the offset the server has, and the result is byte-identical. And
// `get --extract`, which downloads an archive and extracts it. SHA-256 on every file.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

#include "TestServers.h"
#include "TestUtil.h"

using namespace ferry::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString diag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestArchiveCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void putMemberAndFolder_data();
    void putMemberAndFolder();
    void killedQueueRunResumesMember_data();
    void killedQueueRunResumesMember();
    void getExtract_data();
    void getExtract();

private:
    std::unique_ptr<Fixture> m_fx;
    const ServerInfo *m_ftp = nullptr;
    const ServerInfo *m_sftp = nullptr;
    QTemporaryDir m_dir;
    QString m_archive; // tree.tar.zst: pack/big.bin (64 MiB random), pack/docs/..., pack/link
    QString m_tree;    // the same tree, unpacked, for comparisons

    QString url(bool sftp, const QString &name) const
    {
        const ServerInfo *s = sftp ? m_sftp : m_ftp;
        // An ftp:// path is relative to the login folder (the served root), an sftp:// one absolute.
        return QStringLiteral("%1://%2@%3:%4%5/%6")
            .arg(sftp ? QStringLiteral("sftp") : QStringLiteral("ftp"), Fixture::user(), s->host)
            .arg(s->port)
            .arg(sftp ? m_fx->rootDir() : QString(), name);
    }
    QStringList args(bool sftp, QStringList rest) const
    {
        if (sftp)
            rest << QStringLiteral("--identity") << m_fx->userKeyPath() << QStringLiteral("--accept-new");
        return rest;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
        e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("SSH_AUTH_SOCK"), QString());
        return e;
    }
    CliResult cli(const QStringList &a, const QString &data) const
    {
        return runCli(a, data, data, {}, 180000, env());
    }
    std::unique_ptr<QProcess> start(const QStringList &a, const QString &data) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(env());
        e.insert(QStringLiteral("FERRY_CONFIG_DIR"), data);
        e.insert(QStringLiteral("FERRY_DATA_DIR"), data);
        p->setProcessEnvironment(e);
        p->start(cliPath(), a);
        return p;
    }
    // A fresh folder of the served root, writable by the servers' user.
    QString remoteFolder(const QString &name) const
    {
        const QString path = m_fx->rootDir() + QLatin1Char('/') + name;
        if (!QDir().mkpath(path) || !m_fx->giveToTestUser(path))
            return {};
        return path;
    }
};

void TestArchiveCli::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bsdtar")).isEmpty())
        QSKIP("bsdtar is not installed (scripts/setup-debian.sh)");
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    m_tree = m_dir.filePath(QStringLiteral("src/pack"));
    QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/docs/deeper")));
    QVERIFY(writeRandomFile(m_tree + QStringLiteral("/big.bin"), 64 * MiB, 11));
    QVERIFY(writeRandomFile(m_tree + QStringLiteral("/docs/a.bin"), 300000, 12));
    QVERIFY(writeRandomFile(m_tree + QStringLiteral("/docs/deeper/b.bin"), 5000, 13));
    QVERIFY(QFile::link(QStringLiteral("big.bin"), m_tree + QStringLiteral("/link")));
    m_archive = m_dir.filePath(QStringLiteral("tree.tar.zst"));
    QProcess tar;
    tar.setWorkingDirectory(m_dir.filePath(QStringLiteral("src")));
    tar.start(QStringLiteral("bsdtar"),
              {QStringLiteral("--zstd"), QStringLiteral("-cf"), m_archive, QStringLiteral("pack")});
    QVERIFY(tar.waitForFinished(120000) && tar.exitCode() == 0);

    m_fx = std::make_unique<Fixture>();
    QVERIFY2(m_fx->isValid(), qPrintable(m_fx->lastError()));
    QVERIFY(m_fx->giveToTestUser(m_fx->rootDir()));
    m_ftp = m_fx->startVsftpd(VsftpdMode::Plain);
    QVERIFY2(m_ftp, qPrintable(m_fx->lastError()));
    m_sftp = m_fx->startSshd();
    QVERIFY2(m_sftp, qPrintable(m_fx->lastError()));
}

void TestArchiveCli::putMemberAndFolder_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestArchiveCli::putMemberAndFolder()
{
    QFETCH(bool, sftp);
    const QString tag = sftp ? QStringLiteral("put-sftp") : QStringLiteral("put-ftp");
    const QString remote = remoteFolder(tag);
    QVERIFY(!remote.isEmpty());
    QTemporaryDir data;

    // One member, into a folder under its own name.
    CliResult r = cli(args(sftp, {QStringLiteral("put"), m_archive + QStringLiteral("!/pack/big.bin"),
                                  url(sftp, tag + QLatin1Char('/'))}),
                      data.path());
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(sha256OfFile(remote + QStringLiteral("/big.bin")),
             sha256OfFile(m_tree + QStringLiteral("/big.bin")));

    // A folder inside the archive: its files and folders, in one pass.
    r = cli(args(sftp, {QStringLiteral("put"), QStringLiteral("-r"),
                        m_archive + QStringLiteral("!/pack/docs"), url(sftp, tag + QLatin1Char('/'))}),
            data.path());
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(fileHashes(remote + QStringLiteral("/docs")), fileHashes(m_tree + QStringLiteral("/docs")));

    // The whole archive: its link is left out and said so (exit 5: partly done).
    QVERIFY(!remoteFolder(tag + QStringLiteral("/whole")).isEmpty());
    r = cli(args(sftp, {QStringLiteral("put"), QStringLiteral("-r"), m_archive + QStringLiteral("!/"),
                        url(sftp, tag + QStringLiteral("/whole/"))}),
            data.path());
    QVERIFY2(r.exitCode == 5, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("pack/link"), qPrintable(diag(r)));
    QMap<QString, QByteArray> want = fileHashes(m_tree);
    want.remove(QStringLiteral("link"));
    QCOMPARE(fileHashes(remote + QStringLiteral("/whole/tree/pack")), want);

    // Without -r a folder is refused; a missing member is named.
    r = cli(args(sftp, {QStringLiteral("put"), m_archive + QStringLiteral("!/pack/docs"),
                        url(sftp, tag + QLatin1Char('/'))}),
            data.path());
    QVERIFY2(r.exitCode == 2 && r.err.contains("use -r"), qPrintable(diag(r)));
    r = cli(args(sftp, {QStringLiteral("put"), m_archive + QStringLiteral("!/pack/nothing"),
                        url(sftp, tag + QLatin1Char('/'))}),
            data.path());
    QVERIFY2(r.exitCode == 2 && r.err.contains("pack/nothing"), qPrintable(diag(r)));
}

void TestArchiveCli::killedQueueRunResumesMember_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestArchiveCli::killedQueueRunResumesMember()
{
    QFETCH(bool, sftp);
    const QString tag = sftp ? QStringLiteral("queue-sftp") : QStringLiteral("queue-ftp");
    const QString remote = remoteFolder(tag);
    QVERIFY(!remote.isEmpty());
    QTemporaryDir data;
    const QString target = remote + QStringLiteral("/big.bin");

    const CliResult add =
        cli(args(sftp, {QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("put"),
                        m_archive + QStringLiteral("!/pack/big.bin"), url(sftp, tag + QLatin1Char('/'))}),
            data.path());
    QVERIFY2(add.exitCode == 0, qPrintable(diag(add)));
    const CliResult listed =
        cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}, data.path());
    const QJsonObject item = QJsonDocument::fromJson(listed.out).array().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("archiveMember")).toString(), QStringLiteral("pack/big.bin"));
    QCOMPARE(item.value(QStringLiteral("size")).toInteger(), 64 * MiB);

    // Slowed down so that it is surely killed in the middle.
    auto first = start(args(sftp, {QStringLiteral("queue"), QStringLiteral("run"),
                                   QStringLiteral("--limit-rate"), QStringLiteral("16M")}),
                       data.path());
    const KilledRun killed = killWhenGrown(*first, target, 16 * MiB, 30000);
    QVERIFY2(killed.partial >= 0, qPrintable(killed.why));
    const qint64 partial = killed.partial;
    QVERIFY(partial > 0 && partial < 64 * MiB);

    const CliResult second = cli(args(sftp, {QStringLiteral("queue"), QStringLiteral("run")}), data.path());
    QVERIFY2(second.exitCode == 0, qPrintable(diag(second)));
    QCOMPARE(QFileInfo(target).size(), 64 * MiB);
    QCOMPARE(sha256OfFile(target), sha256OfFile(m_tree + QStringLiteral("/big.bin")));
    const QJsonArray items =
        QJsonDocument::fromJson(
            cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}, data.path()).out)
            .array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(items.at(0).toObject().value(QStringLiteral("resumedFrom")).toDouble() > 0);
    if (!sftp) {
        const QString log = Fixture::logTail(*m_ftp, 1 << 20);
        const QRegularExpression resumed(QStringLiteral("\"(REST [1-9][0-9]*|APPE [^\"]*)\""));
        QVERIFY2(resumed.match(log).hasMatch(), qPrintable(log.right(3000)));
    }
}

void TestArchiveCli::getExtract_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestArchiveCli::getExtract()
{
    QFETCH(bool, sftp);
    const QString tag = sftp ? QStringLiteral("extract-sftp") : QStringLiteral("extract-ftp");
    const QString remote = remoteFolder(tag);
    QVERIFY(!remote.isEmpty());
    QVERIFY(QFile::copy(m_archive, remote + QStringLiteral("/tree.tar.zst")));
    QVERIFY(m_fx->giveToTestUser(remote));
    QTemporaryDir data;
    const QString into = m_dir.filePath(tag);
    CliResult r = cli(args(sftp, {QStringLiteral("get"), QStringLiteral("--extract"),
                                  url(sftp, tag + QStringLiteral("/tree.tar.zst")), into}),
                      data.path());
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(fileHashes(into + QStringLiteral("/pack")), fileHashes(m_tree));
    QVERIFY(QFileInfo(into + QStringLiteral("/pack/link")).isSymLink());
    // The downloaded archive is gone; only the extracted folder is left.
    QCOMPARE(QDir(into).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("pack")});

    // Again: every member exists now, so each is skipped and named (exit 5).
    r = cli(args(sftp, {QStringLiteral("get"), QStringLiteral("--extract"),
                        url(sftp, tag + QStringLiteral("/tree.tar.zst")), into}),
            data.path());
    QVERIFY2(r.exitCode == 5 && r.err.contains("exists"), qPrintable(diag(r)));
}

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
