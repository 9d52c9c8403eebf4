// KnownHosts against files written the way OpenSSH writes them: plain and hashed
// (ssh-keygen -H) host fields, [host]:port, wildcards, negation, @revoked, a changed key,
// and Ferry's own additions read back. Fingerprints must equal ssh-keygen -l's.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "trust/KnownHosts.h"

using ferry::trust::KnownHosts;

namespace {

// A fresh ed25519 public key: (blob, "ssh-ed25519 AAAA...").
std::pair<QByteArray, QByteArray> makeKey(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QProcess::execute(QStringLiteral("ssh-keygen"),
                      {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
    QFile f(path + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return {QByteArray::fromBase64(parts.value(1)), parts.value(0) + ' ' + parts.value(1)};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintMatchesSshKeygen()
    {
        QTemporaryDir dir;
        const auto [blob, line] = makeKey(dir, QStringLiteral("k"));
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                 dir.filePath(QStringLiteral("k.pub"))});
        QVERIFY(p.waitForFinished());
        const QString expected = QString::fromLatin1(p.readAllStandardOutput().split(' ').value(1));
        QCOMPARE(KnownHosts::fingerprint(blob), expected);
        QCOMPARE(KnownHosts::keyType(blob), QStringLiteral("ssh-ed25519"));
    }

    void plainPatterns()
    {
        QTemporaryDir dir;
        const auto [blob, line] = makeKey(dir, QStringLiteral("k"));
        const auto [other, otherLine] = makeKey(dir, QStringLiteral("o"));
        const QString file = dir.filePath(QStringLiteral("known_hosts"));
        writeFile(file, "# comment\n\nexample.com,192.0.2.1 " + line + "\n[example.com]:2222 " + otherLine +
                            "\n*.wild.test,!bad.wild.test " + line + "\n");
        const KnownHosts kh({file});
        QCOMPARE(kh.check(QStringLiteral("example.com"), 22, blob).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("EXAMPLE.com"), 22, blob).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("192.0.2.1"), 22, blob).match, KnownHosts::Match::Known);
        // Port 2222 has the other key: ours there is a changed key naming the old one.
        const KnownHosts::Verdict v = kh.check(QStringLiteral("example.com"), 2222, blob);
        QCOMPARE(v.match, KnownHosts::Match::Changed);
        QCOMPARE(v.knownFingerprint, KnownHosts::fingerprint(other));
        QVERIFY(v.where.endsWith(QStringLiteral(":4")));
        QCOMPARE(kh.check(QStringLiteral("example.com"), 2223, blob).match, KnownHosts::Match::Unknown);
        QCOMPARE(kh.check(QStringLiteral("a.wild.test"), 22, blob).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("bad.wild.test"), 22, blob).match, KnownHosts::Match::Unknown);
        QCOMPARE(kh.knownKeyTypes(QStringLiteral("example.com"), 22),
                 QStringList{QStringLiteral("ssh-ed25519")});
    }

    void hashedEntriesFromSshKeygen()
    {
        QTemporaryDir dir;
        const auto [blob, line] = makeKey(dir, QStringLiteral("k"));
        const auto [other, otherLine] = makeKey(dir, QStringLiteral("o"));
        const QString file = dir.filePath(QStringLiteral("known_hosts"));
        writeFile(file, "hashed.example " + line + "\n[hashed.example]:2200 " + otherLine + "\n");
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), file}),
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray hashed = f.readAll();
        QVERIFY2(hashed.startsWith("|1|") && !hashed.contains("hashed.example"), hashed.constData());
        const KnownHosts kh({file});
        QCOMPARE(kh.check(QStringLiteral("hashed.example"), 22, blob).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("hashed.example"), 2200, other).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("hashed.example"), 2200, blob).match, KnownHosts::Match::Changed);
        QCOMPARE(kh.check(QStringLiteral("other.example"), 22, blob).match, KnownHosts::Match::Unknown);
    }

    void revoked()
    {
        QTemporaryDir dir;
        const auto [blob, line] = makeKey(dir, QStringLiteral("k"));
        const QString file = dir.filePath(QStringLiteral("known_hosts"));
        writeFile(file, "host.example " + line + "\n@revoked * " + line + "\n@cert-authority *.example " +
                            line + "\n");
        QCOMPARE(KnownHosts({file}).check(QStringLiteral("host.example"), 22, blob).match,
                 KnownHosts::Match::Revoked);
    }

    void addThenKnownAcrossFiles()
    {
        QTemporaryDir dir;
        const auto [blob, line] = makeKey(dir, QStringLiteral("k"));
        const QString mine = dir.filePath(QStringLiteral("ferry/known_hosts"));
        const QString missing = dir.filePath(QStringLiteral("nope"));
        QVERIFY(KnownHosts::add(mine, QStringLiteral("127.0.0.1"), 2022, blob).ok());
        QVERIFY(KnownHosts::add(mine, QStringLiteral("host.example"), 22, blob).ok());
        QFile f(mine);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "[127.0.0.1]:2022 " + line + "\nhost.example " + line + "\n");
        const KnownHosts kh({missing, mine});
        QCOMPARE(kh.check(QStringLiteral("127.0.0.1"), 2022, blob).match, KnownHosts::Match::Known);
        QCOMPARE(kh.check(QStringLiteral("127.0.0.1"), 22, blob).match, KnownHosts::Match::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
