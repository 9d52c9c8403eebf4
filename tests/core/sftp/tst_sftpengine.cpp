// SftpFileSystem against the fixture's OpenSSH sshd (internal-sftp): every login kind,
// host-key trust (unknown, accepted, changed), transfers of 0 B, 1 B, 64 MiB and a 5 GiB
// sparse file both ways with resume (SHA-256 compared), the multi-channel and many-file
// fast paths, a 200-file tree with symlinks, and the file operations.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

#include "Sanitizers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "sftp/SftpFileSystem.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry::remote;
using ferry::sftp::SftpFileSystem;
using ferry::test::Fixture;
using ferry::trust::KnownHosts;

namespace {

// Answers questions from a script and remembers them.
class ScriptedInteraction : public Interaction
{
public:
    TrustDecision hostKeyAnswer = TrustDecision::Reject;
    QString secret; // answer to every askSecret; empty: decline
    QList<SecretPrompt> secretsAsked;
    QList<HostKeyInfo> hostKeysAsked;

    TrustDecision askCertificate(const CertificateInfo &) override { return TrustDecision::Reject; }
    TrustDecision askHostKey(const HostKeyInfo &info) override
    {
        hostKeysAsked.append(info);
        return hostKeyAnswer;
    }
    bool askSecret(const SecretPrompt &prompt, QString *answer) override
    {
        secretsAsked.append(prompt);
        if (secret.isEmpty())
            return false;
        *answer = secret;
        return true;
    }
};

// The error text of a failed Result, for QVERIFY2 (which evaluates it even on success).
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

// Every process below pid, from /proc's parent links.
QList<qint64> descendants(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        children.insert(fields.value(1).toLongLong(), entry.toLongLong());
    }
    QList<qint64> out;
    QList<qint64> todo{pid};
    while (!todo.isEmpty()) {
        const QList<qint64> kids = children.values(todo.takeFirst());
        out += kids;
        todo += kids;
    }
    return out;
}

QByteArray hostKeyBlob(const Fixture &fx)
{
    QFile f(fx.sshHostKeyPath() + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(f.readAll().split(' ').value(1));
}

// SHA-256 of [offset, offset+length) of a file.
QByteArray rangeHash(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return QCryptographicHash::hash(f.read(length), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestSftpEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fx;
    const ferry::test::ServerInfo *m_srv = nullptr;
    QTemporaryDir m_home;  // HOME for the test: no real ~/.ssh is read
    QTemporaryDir m_local; // the local side of transfers
    QString m_knownHosts;  // trusts the fixture's host key

    ConnectionSpec spec(bool withPassword = true) const
    {
        ConnectionSpec s;
        s.protocol = Protocol::Sftp;
        s.host = m_srv->host;
        s.port = m_srv->port;
        s.user = Fixture::user();
        if (withPassword) {
            s.password = Fixture::password();
            s.hasPassword = true;
        }
        return s;
    }
    ConnectOptions trusted() const
    {
        ConnectOptions o;
        o.knownHostsFile = m_knownHosts;
        o.useAgent = false;
        return o;
    }
    std::unique_ptr<SftpFileSystem> connected(const ConnectOptions &options)
    {
        auto fs = std::make_unique<SftpFileSystem>(spec(), options, nullptr);
        fs->setLogSink([](LogKind, const QString &text) { qDebug("sftp: %s", qPrintable(text)); });
        const Status s = fs->connect();
        if (!s)
            qWarning("connect: %s", why(s).constData());
        return s ? std::move(fs) : nullptr;
    }
    QString remoteDisk(const QString &name) const { return m_fx->rootDir() + QLatin1Char('/') + name; }
    RemotePath remote(const QString &name) const { return RemotePath(remoteDisk(name)); }
    QString local(const QString &name) const { return m_local.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        ferry::util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                                         m_home.filePath(QStringLiteral("data")));
        m_fx = std::make_unique<Fixture>();
        QVERIFY2(m_fx->isValid(), qPrintable(m_fx->lastError()));
        m_srv = m_fx->startSshd();
        QVERIFY2(m_srv, qPrintable(m_fx->lastError()));
        m_knownHosts = m_home.filePath(QStringLiteral("trusted_known_hosts"));
        QVERIFY(KnownHosts::add(m_knownHosts, m_srv->host, m_srv->port, hostKeyBlob(*m_fx)).ok());
    }

    // ---------------------------------------------------------------- logins

    void loginWithKeyFile()
    {
        ConnectOptions o = trusted();
        o.identityFiles = {m_fx->userKeyPath()};
        SftpFileSystem fs(spec(false), o, nullptr);
        const Status s = fs.connect();
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(fs.homePath().toString(), QDir(m_fx->rootDir()).canonicalPath());
        QVERIFY(fs.list(fs.homePath()).ok());
    }

    void loginWithEncryptedKey()
    {
        ConnectOptions o = trusted();
        o.identityFiles = {m_fx->userEncryptedKeyPath()};
        ScriptedInteraction ask;
        ask.secret = Fixture::keyPassphrase();
        SftpFileSystem fs(spec(false), o, &ask);
        const Status s = fs.connect();
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(ask.secretsAsked.size(), 1);
        QVERIFY(ask.secretsAsked.first().title.contains(QStringLiteral("Passphrase")));
    }

    void encryptedKeyWithoutPassphraseIsAuthError()
    {
        ConnectOptions o = trusted();
        o.identityFiles = {m_fx->userEncryptedKeyPath()};
        SftpFileSystem fs(spec(false), o, nullptr);
        const Status s = fs.connect();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), ErrorKind::Auth);
        QVERIFY(!s.error().retryable());
    }

    void loginWithAgent()
    {
        QVERIFY2(m_fx->startSshAgent(), qPrintable(m_fx->lastError()));
        qputenv("SSH_AUTH_SOCK", m_fx->agentSocket().toUtf8());
        ConnectOptions o = trusted();
        o.useAgent = true;
        SftpFileSystem fs(spec(false), o, nullptr);
        const Status s = fs.connect();
        ConnectOptions off = o;
        off.useAgent = false;
        SftpFileSystem without(spec(false), off, nullptr);
        const Status refused = without.connect();
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(s.ok(), why(s).constData());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ErrorKind::Auth);
    }

    void loginWithPassword()
    {
        SftpFileSystem fs(spec(true), trusted(), nullptr);
        const Status s = fs.connect();
        QVERIFY2(s.ok(), why(s).constData());
    }

    // No password in the URL: the server's own prompt ("Password: " from PAM) reaches the
    // user word for word, as a one-time-code prompt would.
    void loginKeyboardInteractive()
    {
        ScriptedInteraction ask;
        ask.secret = Fixture::password();
        SftpFileSystem fs(spec(false), trusted(), &ask);
        const Status s = fs.connect();
        QVERIFY2(s.ok(), why(s).constData());
        QVERIFY(!ask.secretsAsked.isEmpty());
        QCOMPARE(ask.secretsAsked.first().prompt, QStringLiteral("Password: "));
        QVERIFY(!ask.secretsAsked.first().echo);
    }

    void wrongPasswordIsAuthErrorOnce()
    {
        ConnectionSpec s = spec(true);
        s.password = QStringLiteral("not-the-password");
        ScriptedInteraction ask; // declines everything
        SftpFileSystem fs(s, trusted(), &ask);
        QElapsedTimer t;
        t.start();
        const Status st = fs.connect();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind(), ErrorKind::Auth);
        QVERIFY2(st.error().message().contains(QStringLiteral("authentication failed")), why(st).constData());
        QVERIFY(ask.secretsAsked.size() <= 1); // no retry loop asking again and again
        QVERIFY(t.elapsed() < 15000);
    }

    // ---------------------------------------------------------------- host keys

    void hostKeyUnknownAcceptedThenChanged()
    {
        Fixture fx;
        QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
        const auto *srv = fx.startSshd();
        QVERIFY2(srv, qPrintable(fx.lastError()));
        const QString host = srv->host;
        const quint16 port = srv->port;
        ConnectionSpec s = spec(true);
        s.port = port;
        const QString store = m_home.filePath(QStringLiteral("hostkey_flow_known_hosts"));
        ConnectOptions o;
        o.knownHostsFile = store;
        o.useAgent = false;
        const QString fp = KnownHosts::fingerprint(hostKeyBlob(fx));

        // Unknown, nobody to ask: refused, naming the fingerprint.
        {
            SftpFileSystem fs(s, o, nullptr);
            const Status st = fs.connect();
            QVERIFY(!st.ok());
            QCOMPARE(st.error().kind(), ErrorKind::HostKey);
            QVERIFY2(st.error().message().contains(fp), why(st).constData());
        }
        // Unknown, the user says no / yes once.
        {
            ScriptedInteraction ask;
            SftpFileSystem fs(s, o, &ask);
            QCOMPARE(fs.connect().error().kind(), ErrorKind::HostKey);
            QCOMPARE(ask.hostKeysAsked.size(), 1);
            QCOMPARE(ask.hostKeysAsked.first().sha256Fingerprint, fp);
            QCOMPARE(ask.hostKeysAsked.first().keyType, QStringLiteral("ssh-ed25519"));
            QVERIFY(!ask.hostKeysAsked.first().changed);
        }
        // Pinned for this run: accepted, not stored.
        {
            ConnectOptions pinned = o;
            pinned.pinnedHostKeys = {fp};
            SftpFileSystem fs(s, pinned, nullptr);
            QVERIFY(fs.connect().ok());
            QVERIFY(!QFile::exists(store));
        }
        // accept-new: stored, then known without options.
        {
            ConnectOptions acceptNew = o;
            acceptNew.acceptNewHostKey = true;
            SftpFileSystem fs(s, acceptNew, nullptr);
            const Status st = fs.connect();
            QVERIFY2(st.ok(), why(st).constData());
            QCOMPARE(fs.hostKeyFingerprint(), fp);
            QCOMPARE(KnownHosts({store}).check(host, port, hostKeyBlob(fx)).match, KnownHosts::Match::Known);
        }
        {
            SftpFileSystem fs(s, o, nullptr);
            QVERIFY(fs.connect().ok());
        }
        // Changed: refused whatever the options and whatever the user would say, naming both keys.
        QVERIFY2(fx.regenerateSshHostKey(), qPrintable(fx.lastError()));
        const QString newFp = KnownHosts::fingerprint(hostKeyBlob(fx));
        QVERIFY(newFp != fp);
        ConnectOptions eager = o;
        eager.acceptNewHostKey = true;
        eager.pinnedHostKeys = {newFp};
        ScriptedInteraction yes;
        yes.hostKeyAnswer = TrustDecision::AcceptAlways;
        SftpFileSystem fs(s, eager, &yes);
        const Status st = fs.connect();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind(), ErrorKind::HostKey);
        QVERIFY2(st.error().message().contains(fp) && st.error().message().contains(newFp),
                 why(st).constData());
        QVERIFY(yes.hostKeysAsked.isEmpty());
        QCOMPARE(KnownHosts({store}).check(host, port, hostKeyBlob(fx)).match, KnownHosts::Match::Changed);
    }

    // The host's ed25519 key is trusted; the server now has only an RSA key. That is an
    // unknown key, asked (never refused as "changed"), and the question and the refusal
    // say that the ed25519 key is known and an RSA key is offered.
    void hostKeyOfAnotherTypeIsSaid()
    {
        Fixture fx;
        QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
        const auto *srv = fx.startSshd();
        QVERIFY2(srv, qPrintable(fx.lastError()));
        const QString host = srv->host;
        const quint16 port = srv->port; // srv is replaced by the restart below
        ConnectionSpec s = spec(true);
        s.port = port;
        const QString store = m_home.filePath(QStringLiteral("other_type_known_hosts"));
        QVERIFY(KnownHosts::add(store, host, port, hostKeyBlob(fx)).ok());
        const QString edFp = KnownHosts::fingerprint(hostKeyBlob(fx));
        QVERIFY2(fx.regenerateSshHostKey(QStringLiteral("rsa")), qPrintable(fx.lastError()));
        QCOMPARE(KnownHosts::keyType(hostKeyBlob(fx)), QStringLiteral("ssh-rsa"));
        const QString rsaFp = KnownHosts::fingerprint(hostKeyBlob(fx));
        ConnectOptions o;
        o.knownHostsFile = store;
        o.useAgent = false;
        ScriptedInteraction no;
        SftpFileSystem fs(s, o, &no);
        const Status st = fs.connect();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind(), ErrorKind::HostKey);
        QVERIFY2(st.error().message().contains(QLatin1String("this server's ssh-ed25519 key is known")),
                 why(st).constData());
        QVERIFY2(st.error().message().contains(QLatin1String("it now offers an ssh-rsa key")),
                 why(st).constData());
        QVERIFY2(st.error().message().contains(edFp) && st.error().message().contains(rsaFp),
                 why(st).constData());
        QCOMPARE(no.hostKeysAsked.size(), 1);
        const HostKeyInfo &asked = no.hostKeysAsked.first();
        QVERIFY(!asked.changed);
        QCOMPARE(asked.keyType, QStringLiteral("ssh-rsa"));
        QCOMPARE(asked.sha256Fingerprint, rsaFp);
        QCOMPARE(asked.otherKnownKeyTypes, QStringList{QStringLiteral("ssh-ed25519")});
        QCOMPARE(asked.otherKnownFingerprint, edFp);
        // Accepted by the user: both keys are then known.
        ScriptedInteraction yes;
        yes.hostKeyAnswer = TrustDecision::AcceptAlways;
        SftpFileSystem accepted(s, o, &yes);
        const Status ok = accepted.connect();
        QVERIFY2(ok.ok(), why(ok).constData());
        QCOMPARE(KnownHosts({store}).check(host, port, hostKeyBlob(fx)).match, KnownHosts::Match::Known);
    }

    // An accepted key goes to Ferry's own known_hosts when no --known-hosts file is given,
    // and the user's ~/.ssh/known_hosts (hashed, as Debian writes it) is honoured.
    void ferryAndUserKnownHostsFiles()
    {
        ConnectOptions o;
        o.useAgent = false;
        ScriptedInteraction always;
        always.hostKeyAnswer = TrustDecision::AcceptAlways;
        {
            SftpFileSystem fs(spec(), o, &always);
            QVERIFY(fs.connect().ok());
        }
        QCOMPARE(
            KnownHosts({KnownHosts::ferryFile()}).check(m_srv->host, m_srv->port, hostKeyBlob(*m_fx)).match,
            KnownHosts::Match::Known);
        QVERIFY(QFile::remove(KnownHosts::ferryFile()));

        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
        QFile::copy(m_knownHosts, KnownHosts::userFile());
        QCOMPARE(
            QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-H"),
                                                             QStringLiteral("-f"), KnownHosts::userFile()}),
            0);
        SftpFileSystem fs(spec(), o, nullptr);
        const Status s = fs.connect();
        QFile::remove(KnownHosts::userFile());
        QVERIFY2(s.ok(), why(s).constData());
    }

    // ~/.ssh/config: an alias with HostName, Port, User and IdentityFile.
    void sshConfigAlias()
    {
        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
        const QString config = m_home.filePath(QStringLiteral(".ssh/config"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(
                QStringLiteral("Host ferry-alias\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n")
                    .arg(m_srv->host)
                    .arg(m_srv->port)
                    .arg(Fixture::user(), m_fx->userKeyPath())
                    .toUtf8());
        }
        ConnectionSpec s;
        s.protocol = Protocol::Sftp;
        s.host = QStringLiteral("ferry-alias");
        SftpFileSystem fs(s, trusted(), nullptr);
        const Status st = fs.connect();
        QFile::remove(config);
        QVERIFY2(st.ok(), why(st).constData());
    }

    // ProxyJump in ~/.ssh/config: libssh 0.10 runs it as "ssh -W host:port jump". OpenSSH's
    // ssh reads the passwd home's config, not $HOME's, so an "ssh" first on PATH gives it
    // this test's config, known_hosts and key; the jump goes through the same sshd.
    void proxyJumpThroughJumpHost()
    {
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        QVERIFY2(!ssh.isEmpty(), "OpenSSH's ssh is not installed: run scripts/setup-debian.sh");
        const QString bin = m_home.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        const QString jumpConfig = m_home.filePath(QStringLiteral("jump_config"));
        {
            QFile f(jumpConfig);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral("Host ferry-jump\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n"
                                   "  IdentitiesOnly yes\n  UserKnownHostsFile %5\n  StrictHostKeyChecking "
                                   "yes\n  BatchMode yes\n")
                        .arg(m_srv->host)
                        .arg(m_srv->port)
                        .arg(Fixture::user(), m_fx->userKeyPath(), m_knownHosts)
                        .toUtf8());
            QFile w(bin + QStringLiteral("/ssh"));
            QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
            w.write(QStringLiteral("#!/bin/sh\nexec %1 -F %2 \"$@\"\n").arg(ssh, jumpConfig).toUtf8());
            w.close();
            QVERIFY(w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
        const QString config = m_home.filePath(QStringLiteral(".ssh/config"));
        const auto writeConfig = [&config](const QString &text) {
            QFile f(config);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
        };
        QVERIFY(writeConfig(
            QStringLiteral("Host ferry-behind\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n"
                           "  ProxyJump ferry-jump\n")
                .arg(m_srv->host)
                .arg(m_srv->port)
                .arg(Fixture::user(), m_fx->userKeyPath())));
        const auto logins = [this] {
            return Fixture::logTail(*m_srv, 1 << 22).count(QStringLiteral("Accepted publickey"));
        };
        const int loginsBefore = logins();
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.toUtf8() + ':' + oldPath);
        ConnectionSpec s;
        s.protocol = Protocol::Sftp;
        s.host = QStringLiteral("ferry-behind");
        QStringList log;
        Status st;
        {
            SftpFileSystem fs(s, trusted(), nullptr);
            fs.setLogSink([&log](LogKind, const QString &text) { log.append(text); });
            st = fs.connect();
            if (st) {
                auto listing = fs.list(RemotePath(m_fx->rootDir()));
                QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.error().toString()));
            }
        }
        // A jump host that does not answer: the error says the proxy was in the way.
        QVERIFY(writeConfig(QStringLiteral("Host ferry-behind\n  HostName %1\n  Port %2\n  User %3\n"
                                           "  ProxyJump %3@127.0.0.1:%4\n")
                                .arg(m_srv->host)
                                .arg(m_srv->port)
                                .arg(Fixture::user())
                                .arg(Fixture::freePort())));
        SftpFileSystem broken(s, trusted(), nullptr);
        const Status failed = broken.connect();
        qputenv("PATH", oldPath);
        QFile::remove(config);
        QVERIFY2(st.ok(), QByteArray(why(st) + "\n" + log.join(QLatin1Char('\n')).toUtf8()).constData());
        // The sshd saw two logins: ssh's to the jump host, then Ferry's through it.
        QCOMPARE(logins() - loginsBefore, 2);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message().contains(QStringLiteral("ProxyJump")), why(failed).constData());
    }

    // ---------------------------------------------------------------- transfers

    void transfer_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0 B") << qint64(0);
        QTest::newRow("1 B") << qint64(1);
        QTest::newRow("64 MiB") << qint64(64) * 1024 * 1024;
        QTest::newRow("64 MiB + 7") << qint64(64) * 1024 * 1024 + 7;
    }

    // put and get through the streams and through the fast paths, then resume both ways.
    void transfer()
    {
        QFETCH(qint64, size);
        auto fs = connected(trusted());
        QVERIFY(fs);
        const QString tag = QString::number(size);
        const QString src = local(QStringLiteral("src-") + tag);
        QVERIFY(ferry::test::writeRandomFile(src, size, quint32(size + 3)));
        const QByteArray sha = ferry::test::sha256OfFile(src);

        // Stream upload, in odd-sized pieces.
        {
            auto w = fs->openWrite(remote(QStringLiteral("stream-") + tag), 0);
            QVERIFY2(w.ok(), why(w).constData());
            QFile in(src);
            QVERIFY(in.open(QIODevice::ReadOnly));
            while (!in.atEnd()) {
                const QByteArray piece = in.read(100000);
                QVERIFY((*w)->write(piece.constData(), piece.size()).ok());
            }
            QVERIFY((*w)->finish().ok());
        }
        QCOMPARE(ferry::test::sha256OfFile(remoteDisk(QStringLiteral("stream-") + tag)), sha);
        // Stream download.
        {
            auto r = fs->openRead(remote(QStringLiteral("stream-") + tag), 0);
            QVERIFY2(r.ok(), why(r).constData());
            QFile out(local(QStringLiteral("stream-get-") + tag));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray buf(70000, Qt::Uninitialized);
            for (;;) {
                Result<qint64> n = (*r)->read(buf.data(), buf.size());
                QVERIFY2(n.ok(), why(n).constData());
                if (*n == 0)
                    break;
                out.write(buf.constData(), *n);
            }
            QVERIFY((*r)->finish().ok());
        }
        QCOMPARE(ferry::test::sha256OfFile(local(QStringLiteral("stream-get-") + tag)), sha);

        // Fast paths, with 1 and with 4 channels.
        for (int channels : {1, 4}) {
            SftpFileSystem::TransferOptions opt;
            opt.channels = channels;
            qint64 last = -1;
            opt.progress = [&last](qint64 done, qint64) {
                last = done;
            };
            const QString name = QStringLiteral("fast-%1-%2").arg(tag).arg(channels);
            Status up = fs->uploadFile(src, remote(name), opt);
            QVERIFY2(up.ok(), why(up).constData());
            QCOMPARE(last, size);
            QCOMPARE(ferry::test::sha256OfFile(remoteDisk(name)), sha);
            QCOMPARE(QFileInfo(remoteDisk(name)).lastModified().toSecsSinceEpoch(),
                     QFileInfo(src).lastModified().toSecsSinceEpoch());
            Status down = fs->downloadFile(remote(name), local(name), opt);
            QVERIFY2(down.ok(), why(down).constData());
            QCOMPARE(ferry::test::sha256OfFile(local(name)), sha);
        }

        // Resume: a partial copy on each side continues from its length.
        const qint64 cut = size / 3;
        {
            QFile::copy(src, remoteDisk(QStringLiteral("resume-") + tag));
            QVERIFY(m_fx->giveToTestUser(remoteDisk(QStringLiteral("resume-") + tag)));
            QFile f(remoteDisk(QStringLiteral("resume-") + tag));
            QVERIFY(f.resize(cut));
            SftpFileSystem::TransferOptions opt;
            opt.offset = cut;
            Status up = fs->uploadFile(src, remote(QStringLiteral("resume-") + tag), opt);
            QVERIFY2(up.ok(), why(up).constData());
            QCOMPARE(ferry::test::sha256OfFile(remoteDisk(QStringLiteral("resume-") + tag)), sha);

            const QString partial = local(QStringLiteral("resume-get-") + tag);
            QFile::copy(src, partial);
            QFile p(partial);
            QVERIFY(p.resize(cut));
            Status down = fs->downloadFile(remote(QStringLiteral("resume-") + tag), partial, opt);
            QVERIFY2(down.ok(), why(down).constData());
            QCOMPARE(ferry::test::sha256OfFile(partial), sha);
        }
        // Resume through the streams (append at an offset, read from an offset).
        {
            QFile::copy(src, remoteDisk(QStringLiteral("sresume-") + tag));
            QVERIFY(m_fx->giveToTestUser(remoteDisk(QStringLiteral("sresume-") + tag)));
            QFile f(remoteDisk(QStringLiteral("sresume-") + tag));
            QVERIFY(f.resize(cut));
            auto w = fs->openWrite(remote(QStringLiteral("sresume-") + tag), cut);
            QVERIFY(w.ok());
            QFile in(src);
            QVERIFY(in.open(QIODevice::ReadOnly) && in.seek(cut));
            const QByteArray rest = in.readAll();
            QVERIFY((*w)->write(rest.constData(), rest.size()).ok());
            QVERIFY((*w)->finish().ok());
            QCOMPARE(ferry::test::sha256OfFile(remoteDisk(QStringLiteral("sresume-") + tag)), sha);
            auto r = fs->openRead(remote(QStringLiteral("sresume-") + tag), cut);
            QVERIFY(r.ok());
            QByteArray got;
            QByteArray buf(1 << 20, Qt::Uninitialized);
            for (;;) {
                Result<qint64> n = (*r)->read(buf.data(), buf.size());
                QVERIFY(n.ok());
                if (*n == 0)
                    break;
                got.append(buf.constData(), *n);
            }
            QVERIFY((*r)->finish().ok());
            QCOMPARE(got.size(), rest.size());
            QVERIFY(got == rest);
        }
    }

    // 5 GiB, sparse at the source. Verified by size and the SHA-256 of sampled ranges
    // (the data blocks written into the holes, both sides of the 4 GiB boundary, the end,
    // and 1 MiB every 256 MiB): hashing 5 GiB three times would dominate the suite's time.
    // In sanitizer builds (Sanitizers.h) every byte goes through instrumented SSH code
    // (under TSan 5 GiB each way outlived Qt Test's 20-minute limit), so the file is
    // 4 GiB + 64 MiB and each full copy starts from a partial made on disk 32 MiB short of
    // 4 GiB (the same holes and marks): every transfer still crosses or starts beyond the
    // 4 GiB boundary, with the same resumes and checks, moving at most 96 MiB at a time.
    void sparse5GiB()
    {
        auto fs = connected(trusted());
        QVERIFY(fs);
        constexpr qint64 kGiB4 = qint64(1) << 32;
        constexpr qint64 kMiB = 1024 * 1024;
        constexpr bool small = ferry::test::kSanitizerTimeFactor > 1;
        const qint64 size = small ? kGiB4 + 64 * kMiB : qint64(5) * 1024 * kMiB;
        // Where the full put and get begin: 0, or a partial already at the destination.
        const qint64 fullFrom = small ? kGiB4 - 32 * kMiB : 0;
        const QString src = local(QStringLiteral("sparse5g"));
        const QList<qint64> marks = {0, (qint64(1) << 31) - 3, kGiB4 - 100, kGiB4 + 5, size - 4096};
        // The source's first `length` bytes: holes with a block of data at each mark.
        auto writeSource = [&](const QString &path, qint64 length) {
            if (!ferry::test::writeSparseFile(path, size))
                return false;
            QFile f(path);
            if (!f.open(QIODevice::ReadWrite))
                return false;
            for (qint64 m : marks) {
                const QByteArray block =
                    QCryptographicHash::hash(QByteArray::number(m), QCryptographicHash::Sha256)
                        .repeated(64)
                        .left(4096);
                if (!f.seek(m) || f.write(block) != block.size())
                    return false;
            }
            return f.resize(length);
        };
        QVERIFY(writeSource(src, size));
        QList<std::pair<qint64, qint64>> samples;
        for (qint64 m : marks)
            samples.append({m, 4096});
        for (qint64 at = 0; at < size; at += qint64(256) * 1024 * 1024)
            samples.append({at + 12345, 1024 * 1024});
        auto same = [&](const QString &copy) {
            if (QFileInfo(copy).size() != size) {
                qWarning("%s: size %lld", qPrintable(copy), QFileInfo(copy).size());
                return false;
            }
            for (const auto &[off, len] : samples) {
                if (rangeHash(copy, off, len) != rangeHash(src, off, len)) {
                    qWarning("%s: bytes at %lld differ", qPrintable(copy), off);
                    return false;
                }
            }
            return true;
        };
        QElapsedTimer t;
        t.start();
        SftpFileSystem::TransferOptions full;
        if (fullFrom > 0) {
            QVERIFY(writeSource(remoteDisk(QStringLiteral("sparse5g")), fullFrom));
            QVERIFY(m_fx->giveToTestUser(remoteDisk(QStringLiteral("sparse5g"))));
            full.offset = fullFrom;
        }
        Status up = fs->uploadFile(src, remote(QStringLiteral("sparse5g")), full);
        QVERIFY2(up.ok(), why(up).constData());
        QVERIFY(same(remoteDisk(QStringLiteral("sparse5g"))));
        qInfo("%lld MiB put from %lld: %lld ms", size / kMiB, fullFrom, t.restart());
        // Resume upload above 4 GiB.
        SftpFileSystem::TransferOptions resume;
        resume.offset = kGiB4 + 1;
        {
            QFile f(remoteDisk(QStringLiteral("sparse5g")));
            QVERIFY(f.resize(resume.offset));
        }
        Status upResume = fs->uploadFile(src, remote(QStringLiteral("sparse5g")), resume);
        QVERIFY2(upResume.ok(), why(upResume).constData());
        QVERIFY(same(remoteDisk(QStringLiteral("sparse5g"))));
        // Full download, then a resumed one from a partial copy.
        const QString got = local(QStringLiteral("sparse5g-get"));
        if (fullFrom > 0)
            QVERIFY(writeSource(got, fullFrom));
        Status down = fs->downloadFile(remote(QStringLiteral("sparse5g")), got, full);
        QVERIFY2(down.ok(), why(down).constData());
        QVERIFY(same(got));
        qInfo("%lld MiB get from %lld: %lld ms", size / kMiB, fullFrom, t.restart());
        // Holes in the source stay holes in the copy.
        QVERIFY(QFileInfo(got).size() > 0);
        resume.offset = small ? kGiB4 + 32 * kMiB + 17 : kGiB4 + 512 * kMiB + 17;
        {
            QFile f(got);
            QVERIFY(f.resize(resume.offset));
        }
        Status downResume = fs->downloadFile(remote(QStringLiteral("sparse5g")), got, resume);
        QVERIFY2(downResume.ok(), why(downResume).constData());
        QVERIFY(same(got));
        QFile::remove(got);
        QFile::remove(remoteDisk(QStringLiteral("sparse5g")));
    }

    // ---------------------------------------------------------------- trees

    // A 200-file tree with links to files and to folders: uploaded with the pipelined
    // many-file path, listed recursively, downloaded; every file's SHA-256 compared.
    void tree200()
    {
        auto fs = connected(trusted());
        QVERIFY(fs);
        const QString srcRoot = local(QStringLiteral("tree"));
        QStringList files;
        for (int d = 0; d < 10; ++d) {
            QDir().mkpath(QStringLiteral("%1/d%2/sub").arg(srcRoot).arg(d));
            for (int f = 0; f < 20; ++f) {
                const QString rel = QStringLiteral("d%1/%2f%3.bin")
                                        .arg(d)
                                        .arg(f % 2 ? QStringLiteral("sub/") : QString())
                                        .arg(f);
                QVERIFY(ferry::test::writeRandomFile(srcRoot + QLatin1Char('/') + rel,
                                                     100 + d * 1000 + f * 37, quint32(d * 100 + f)));
                files << rel;
            }
        }
        QCOMPARE(files.size(), 200);
        // Upload: folders first, then all files at once.
        QVERIFY(fs->makeDir(remote(QStringLiteral("tree"))).ok());
        QList<SftpFileSystem::UploadItem> items;
        for (int d = 0; d < 10; ++d) {
            QVERIFY(fs->makeDir(remote(QStringLiteral("tree/d%1").arg(d))).ok());
            QVERIFY(fs->makeDir(remote(QStringLiteral("tree/d%1/sub").arg(d))).ok());
        }
        for (const QString &rel : files)
            items.append({srcRoot + QLatin1Char('/') + rel, remote(QStringLiteral("tree/") + rel)});
        qint64 progressed = 0;
        const Status up = fs->uploadFiles(items, true, [&](qint64 done, qint64) { progressed = done; });
        QVERIFY2(up.ok(), why(up).constData());
        for (const QString &rel : files) {
            QCOMPARE(ferry::test::sha256OfFile(remoteDisk(QStringLiteral("tree/") + rel)),
                     ferry::test::sha256OfFile(srcRoot + QLatin1Char('/') + rel));
            QCOMPARE(QFileInfo(remoteDisk(QStringLiteral("tree/") + rel)).lastModified().toSecsSinceEpoch(),
                     QFileInfo(srcRoot + QLatin1Char('/') + rel).lastModified().toSecsSinceEpoch());
        }
        QVERIFY(progressed > 0);

        // Links on the server: to a file, to a folder, and a dangling one.
        QVERIFY(QFile::link(QStringLiteral("d0/f0.bin"), remoteDisk(QStringLiteral("tree/link-file"))));
        QVERIFY(QFile::link(QStringLiteral("d1"), remoteDisk(QStringLiteral("tree/link-dir"))));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), remoteDisk(QStringLiteral("tree/link-dangling"))));
        Result<Listing> top = fs->list(remote(QStringLiteral("tree")));
        QVERIFY2(top.ok(), why(top).constData());
        QCOMPARE(top->entries.size(), 13);
        for (const DirEntry &e : top->entries) {
            if (e.name == QLatin1String("link-file")) {
                QCOMPARE(e.type, EntryType::Link);
                QCOMPARE(e.linkTargetType, std::optional<EntryType>(EntryType::File));
                QCOMPARE(e.linkTarget, QStringLiteral("d0/f0.bin"));
                QCOMPARE(e.size, std::optional<qint64>(100));
            } else if (e.name == QLatin1String("link-dir")) {
                QVERIFY(e.isDir());
                QCOMPARE(e.linkTarget, QStringLiteral("d1"));
            } else if (e.name == QLatin1String("link-dangling")) {
                QCOMPARE(e.type, EntryType::Link);
                QVERIFY(!e.linkTargetType);
            } else {
                QVERIFY2(e.type == EntryType::Dir && e.mtimeUtc && e.mode, qPrintable(e.name));
                QCOMPARE(e.owner, Fixture::user());
            }
        }

        // Recursive download: real folders and files (links to files are fetched as files,
        // links to folders are not followed so a loop cannot recurse forever).
        const QString dstRoot = local(QStringLiteral("tree-get"));
        int fetched = 0;
        std::function<void(const RemotePath &, const QString &)> get = [&](const RemotePath &dir,
                                                                           const QString &to) {
            QDir().mkpath(to);
            Result<Listing> l = fs->list(dir);
            QVERIFY2(l.ok(), why(l).constData());
            for (const DirEntry &e : l->entries) {
                if (e.type == EntryType::Dir) {
                    get(dir.child(e.name), to + QLatin1Char('/') + e.name);
                } else if (e.type == EntryType::File || e.linkTargetType == EntryType::File) {
                    const Status s = fs->downloadFile(dir.child(e.name), to + QLatin1Char('/') + e.name, {});
                    QVERIFY2(s.ok(), why(s).constData());
                    ++fetched;
                }
            }
        };
        get(remote(QStringLiteral("tree")), dstRoot);
        QCOMPARE(fetched, 201);
        for (const QString &rel : files)
            QCOMPARE(ferry::test::sha256OfFile(dstRoot + QLatin1Char('/') + rel),
                     ferry::test::sha256OfFile(srcRoot + QLatin1Char('/') + rel));
        QCOMPARE(ferry::test::sha256OfFile(dstRoot + QStringLiteral("/link-file")),
                 ferry::test::sha256OfFile(srcRoot + QStringLiteral("/d0/f0.bin")));
    }

    // ---------------------------------------------------------------- operations

    void operations()
    {
        auto fs = connected(trusted());
        QVERIFY(fs);
        const RemotePath dir = remote(QStringLiteral("ops"));
        QVERIFY(fs->makeDir(dir).ok());
        const Status again = fs->makeDir(dir);
        QCOMPARE(again.error().kind(), ErrorKind::Exists);

        const QString src = local(QStringLiteral("ops-src"));
        QVERIFY(ferry::test::writeRandomFile(src, 1000, 9));
        QVERIFY(fs->uploadFile(src, dir.child(QStringLiteral("a")), {}).ok());
        QVERIFY(fs->uploadFile(src, dir.child(QStringLiteral("b")), {}).ok());

        // rename over an existing file (posix-rename), then the old name is gone
        QVERIFY(fs->rename(dir.child(QStringLiteral("a")), dir.child(QStringLiteral("b"))).ok());
        QCOMPARE(fs->stat(dir.child(QStringLiteral("a"))).error().kind(), ErrorKind::NotFound);
        Result<DirEntry> b = fs->stat(dir.child(QStringLiteral("b")));
        QVERIFY(b.ok());
        QCOMPARE(b->type, EntryType::File);
        QCOMPARE(b->size, std::optional<qint64>(1000));

        QVERIFY(fs->chmod(dir.child(QStringLiteral("b")), 0640).ok());
        QCOMPARE(QFileInfo(remoteDisk(QStringLiteral("ops/b"))).permissions() & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                     QFile::ReadGroup);
        QCOMPARE(*fs->stat(dir.child(QStringLiteral("b")))->mode, 0640u);

        const QDateTime when = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
        QVERIFY(fs->setModificationTime(dir.child(QStringLiteral("b")), when).ok());
        QCOMPARE(QFileInfo(remoteDisk(QStringLiteral("ops/b"))).lastModified().toUTC(), when);
        QCOMPARE(fs->stat(dir.child(QStringLiteral("b")))->mtime, when);

        QCOMPARE(fs->removeDir(dir).error().kind(), ErrorKind::Protocol); // not empty
        QVERIFY(fs->removeFile(dir.child(QStringLiteral("b"))).ok());
        QCOMPARE(fs->removeFile(dir.child(QStringLiteral("b"))).error().kind(), ErrorKind::NotFound);
        QVERIFY(fs->removeDir(dir).ok());
        QVERIFY(!QFileInfo::exists(remoteDisk(QStringLiteral("ops"))));
        QCOMPARE(fs->list(dir).error().kind(), ErrorKind::NotFound);
        QCOMPARE(
            fs->downloadFile(dir.child(QStringLiteral("x")), local(QStringLiteral("x")), {}).error().kind(),
            ErrorKind::NotFound);
    }

    void cancelStopsATransfer()
    {
        auto fs = connected(trusted());
        QVERIFY(fs);
        const QString src = local(QStringLiteral("cancel-src"));
        QVERIFY(ferry::test::writeRandomFile(src, 32 * 1024 * 1024, 4));
        CancelToken token;
        fs->setCancelToken(token);
        SftpFileSystem::TransferOptions opt;
        opt.progress = [&](qint64 done, qint64) {
            if (done > 4 * 1024 * 1024)
                token.cancel();
        };
        const Status s = fs->uploadFile(src, remote(QStringLiteral("cancelled")), opt);
        QCOMPARE(s.error().kind(), ErrorKind::Cancelled);
        fs->setCancelToken(CancelToken());
        QVERIFY2(fs->list(fs->homePath()).ok(), "the session stays usable after a cancel");
        QVERIFY(fs->keepAlive().ok());
    }

    // Must stay last: stops the shared server.
    void droppedSessionIsRetryableNetworkError()
    {
        auto fs = connected(trusted());
        QVERIFY(fs);
        // The server and its per-connection processes (they leave sshd's process group,
        // so they are found as its descendants first).
        const QList<qint64> sessions = descendants(m_srv->pid);
        QVERIFY(!sessions.isEmpty());
        m_fx->stop(m_srv);
        for (qint64 pid : sessions)
            ::kill(pid_t(pid), SIGKILL);
        const Result<Listing> l = fs->list(fs->homePath());
        QVERIFY(!l.ok());
        QVERIFY2(l.error().kind() == ErrorKind::Network, why(l).constData());
        QVERIFY(l.error().retryable());
        QVERIFY(!fs->isConnected() || !fs->keepAlive().ok());
    }
};

QTEST_GUILESS_MAIN(TestSftpEngine)
#include "tst_sftpengine.moc"
