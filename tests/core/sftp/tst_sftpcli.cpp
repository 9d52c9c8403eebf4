// ferry-cli with sftp:// URLs against the fixture's sshd: exit codes (4 for a wrong
// password, 3 for an unknown host key without a terminal and for a changed one), the
// --accept-new / --hostkey / --known-hosts / --identity options, and get/put with SHA-256.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "TestServers.h"
#include "TestUtil.h"
#include "trust/KnownHosts.h"

using ferry::test::CliResult;
using ferry::test::Fixture;
using ferry::trust::KnownHosts;

class TestSftpCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fx;
    QString m_host;
    quint16 m_port = 0;
    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        // No real ~/.ssh and no agent: only what each test passes.
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("SSH_AUTH_SOCK"), QString());
        return e;
    }
    QString url(const QString &path, const QString &password = Fixture::password()) const
    {
        const QString cred =
            password.isNull() ? Fixture::user() : Fixture::user() + QLatin1Char(':') + password;
        return QStringLiteral("sftp://%1@%2:%3%4").arg(cred, m_host).arg(m_port).arg(path);
    }
    CliResult cli(const QString &config, const QStringList &args) const
    {
        return ferry::test::runCli(args, m_dir.filePath(config), m_dir.filePath(QStringLiteral("data")), {},
                                   120000, env());
    }
    QString fingerprint() const
    {
        QFile f(m_fx->sshHostKeyPath() + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return KnownHosts::fingerprint(QByteArray::fromBase64(f.readAll().split(' ').value(1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        m_fx = std::make_unique<Fixture>();
        QVERIFY2(m_fx->isValid(), qPrintable(m_fx->lastError()));
        const auto *srv = m_fx->startSshd();
        QVERIFY2(srv, qPrintable(m_fx->lastError()));
        m_host = srv->host;
        m_port = srv->port;
    }

    void unknownKeyRefusedThenAcceptedThenChangedRefused()
    {
        const QString cfg = QStringLiteral("cfg-flow");
        const QString fp = fingerprint();
        CliResult r = cli(cfg, {QStringLiteral("ls"), url(m_fx->rootDir())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(fp.toUtf8()), r.err.constData());

        r = cli(cfg, {QStringLiteral("ls"), QStringLiteral("--accept-new"), url(m_fx->rootDir())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(m_dir.filePath(cfg + QStringLiteral("/known_hosts"))));
        r = cli(cfg, {QStringLiteral("ls"), url(m_fx->rootDir())});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const auto *srv = m_fx->regenerateSshHostKey();
        QVERIFY2(srv, qPrintable(m_fx->lastError()));
        const QString newFp = fingerprint();
        r = cli(cfg, {QStringLiteral("ls"), QStringLiteral("--accept-new"), QStringLiteral("--hostkey"),
                      newFp, url(m_fx->rootDir())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(fp.toUtf8()) && r.err.contains(newFp.toUtf8()), r.err.constData());
    }

    // ferry-cli's refusal of an unknown key when a key of another type is trusted says so.
    void otherKeyTypeKnown()
    {
        Fixture fx;
        QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
        const auto *srv = fx.startSshd();
        QVERIFY2(srv, qPrintable(fx.lastError()));
        const QString url = QStringLiteral("sftp://%1:%2@%3:%4%5")
                                .arg(Fixture::user(), Fixture::password(), srv->host)
                                .arg(srv->port)
                                .arg(fx.rootDir());
        const QString cfg = QStringLiteral("cfg-types");
        CliResult r = cli(cfg, {QStringLiteral("ls"), QStringLiteral("--accept-new"), url});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(fx.regenerateSshHostKey(QStringLiteral("rsa")), qPrintable(fx.lastError()));
        r = cli(cfg, {QStringLiteral("ls"), url});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("This server's ssh-ed25519 key is known"), r.err.constData());
        QVERIFY2(r.err.contains("it now offers an ssh-rsa key"), r.err.constData());
    }

    void pinnedKeyForOneRun()
    {
        const QString cfg = QStringLiteral("cfg-pin");
        CliResult r = cli(
            cfg, {QStringLiteral("ls"), QStringLiteral("--hostkey"), fingerprint(), url(m_fx->rootDir())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(cfg, {QStringLiteral("ls"), url(m_fx->rootDir())});
        QCOMPARE(r.exitCode, 3);
    }

    void wrongPasswordExit4()
    {
        const CliResult r =
            cli(QStringLiteral("cfg-auth"), {QStringLiteral("ls"), QStringLiteral("--hostkey"), fingerprint(),
                                             url(m_fx->rootDir(), QStringLiteral("wrong"))});
        QCOMPARE(r.exitCode, 4);
    }

    void keyLoginGetPutWithKnownHostsFile()
    {
        const QString kh = m_dir.filePath(QStringLiteral("kh"));
        QFile pub(m_fx->sshHostKeyPath() + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QVERIFY(KnownHosts::add(kh, m_host, m_port, QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                    .ok());
        const QString src = m_dir.filePath(QStringLiteral("src.bin"));
        QVERIFY(ferry::test::writeRandomFile(src, 3 * 1024 * 1024 + 5, 77));
        const QStringList common = {QStringLiteral("--known-hosts"), kh, QStringLiteral("--identity"),
                                    m_fx->userKeyPath()};
        CliResult r = cli(QStringLiteral("cfg-key"),
                          QStringList{QStringLiteral("put"), src,
                                      url(m_fx->rootDir() + QStringLiteral("/cli.bin"), QString())} +
                              common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ferry::test::sha256OfFile(m_fx->rootDir() + QStringLiteral("/cli.bin")),
                 ferry::test::sha256OfFile(src));
        const QString back = m_dir.filePath(QStringLiteral("back.bin"));
        r = cli(QStringLiteral("cfg-key"),
                QStringList{QStringLiteral("get"),
                            url(m_fx->rootDir() + QStringLiteral("/cli.bin"), QString()), back} +
                    common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ferry::test::sha256OfFile(back), ferry::test::sha256OfFile(src));
    }

    // put -r goes through the pipelined uploadFiles(), get -r through downloadFile();
    // --resume continues both ways from the real partial size.
    void recursiveTreeAndResume()
    {
        const QString kh = m_dir.filePath(QStringLiteral("kh2"));
        QFile pub(m_fx->sshHostKeyPath() + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QVERIFY(KnownHosts::add(kh, m_host, m_port, QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                    .ok());
        const QStringList common = {QStringLiteral("--known-hosts"), kh, QStringLiteral("--identity"),
                                    m_fx->userKeyPath()};
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        QStringList files;
        for (int i = 0; i < 200; ++i) {
            const QString rel = QStringLiteral("d%1/f %2.dat").arg(i % 7).arg(i);
            QVERIFY(QDir().mkpath(QFileInfo(tree + QLatin1Char('/') + rel).path()));
            QVERIFY(ferry::test::writeRandomFile(tree + QLatin1Char('/') + rel, (i * 331) % 9000,
                                                 quint32(i + 3)));
            files << rel;
        }
        CliResult r = cli(QStringLiteral("cfg-tree"),
                          QStringList{QStringLiteral("put"), QStringLiteral("-r"), tree,
                                      url(m_fx->rootDir() + QStringLiteral("/"), QString())} +
                              common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString back = m_dir.filePath(QStringLiteral("tree-back"));
        r = cli(QStringLiteral("cfg-tree"),
                QStringList{QStringLiteral("get"), QStringLiteral("-r"),
                            url(m_fx->rootDir() + QStringLiteral("/tree"), QString()), back} +
                    common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &rel : std::as_const(files)) {
            const QByteArray want = ferry::test::sha256OfFile(tree + QLatin1Char('/') + rel);
            QCOMPARE(ferry::test::sha256OfFile(m_fx->rootDir() + QStringLiteral("/tree/") + rel), want);
            QCOMPARE(ferry::test::sha256OfFile(back + QLatin1Char('/') + rel), want);
        }

        // Resume: the first 1 MiB is already there, on either side.
        const QString src = m_dir.filePath(QStringLiteral("resume.bin"));
        QVERIFY(ferry::test::writeRandomFile(src, 4 * 1024 * 1024 + 9, 5));
        QFile in(src);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray head = in.read(1024 * 1024);
        const QString remotePart = m_fx->rootDir() + QStringLiteral("/resume.bin");
        QFile part(remotePart);
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(head) == head.size());
        part.close();
        QVERIFY(m_fx->giveToTestUser(remotePart));
        r = cli(QStringLiteral("cfg-tree"), QStringList{QStringLiteral("put"), QStringLiteral("--resume"),
                                                        src, url(remotePart, QString())} +
                                                common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ferry::test::sha256OfFile(remotePart), ferry::test::sha256OfFile(src));
        const QString localPart = m_dir.filePath(QStringLiteral("resume-down.bin"));
        QFile lp(localPart);
        QVERIFY(lp.open(QIODevice::WriteOnly) && lp.write(head) == head.size());
        lp.close();
        r = cli(QStringLiteral("cfg-tree"), QStringList{QStringLiteral("get"), QStringLiteral("--resume"),
                                                        url(remotePart, QString()), localPart} +
                                                common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ferry::test::sha256OfFile(localPart), ferry::test::sha256OfFile(src));
    }
};

QTEST_GUILESS_MAIN(TestSftpCli)
#include "tst_sftpcli.moc"
