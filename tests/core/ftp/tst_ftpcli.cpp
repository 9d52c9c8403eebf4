// ferry-cli against the fixture's real FTP servers, in every mode: vsftpd plain, explicit
// and implicit TLS; pure-ftpd plain and explicit TLS; passive and active. Every transfer is
// checked byte for byte with SHA-256.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

#include "TestServers.h"
#include "TestUtil.h"

using namespace ferry::test;

namespace {

enum class Server
{
    VsftpdPlain,
    VsftpdExplicit,
    VsftpdImplicit,
    PurePlain,
    PureExplicit
};

// One server in one mode, with the URL prefix and options that reach it.
struct Target
{
    std::unique_ptr<Fixture> fx;
    const ServerInfo *srv = nullptr;
    QString scheme;
    QStringList options; // --ca-file for TLS, --active
    QTemporaryDir config;
    QTemporaryDir local;

    QString url(const QString &path = {}) const
    {
        const QString host = srv->host.contains(QLatin1Char(':'))
                                 ? QLatin1Char('[') + srv->host + QLatin1Char(']')
                                 : srv->host;
        return QStringLiteral("%1://%2:%3@%4:%5/%6")
            .arg(scheme, Fixture::user(), Fixture::password(), host)
            .arg(srv->port)
            .arg(path);
    }
    QString root(const QString &name = {}) const { return fx->rootDir() + QLatin1Char('/') + name; }
    QString localPath(const QString &name) const { return local.filePath(name); }

    CliResult cli(QStringList args, int timeoutMs = 120000) const
    {
        args += options;
        return runCli(args, config.path(), config.path(), {}, timeoutMs);
    }
};

std::unique_ptr<Target> startTarget(Server server, bool active = false, bool trustCa = true)
{
    auto t = std::make_unique<Target>();
    t->fx = std::make_unique<Fixture>();
    if (!t->fx->isValid())
        return t;
    switch (server) {
    case Server::VsftpdPlain:
        t->srv = t->fx->startVsftpd(VsftpdMode::Plain);
        t->scheme = QStringLiteral("ftp");
        break;
    case Server::VsftpdExplicit:
        t->srv = t->fx->startVsftpd(VsftpdMode::ExplicitTls);
        t->scheme = QStringLiteral("ftpes");
        break;
    case Server::VsftpdImplicit:
        t->srv = t->fx->startVsftpd(VsftpdMode::ImplicitTls);
        t->scheme = QStringLiteral("ftps");
        break;
    case Server::PurePlain:
        t->srv = t->fx->startPureFtpd();
        t->scheme = QStringLiteral("ftp");
        break;
    case Server::PureExplicit:
        t->srv = t->fx->startPureFtpd();
        t->scheme = QStringLiteral("ftpes");
        break;
    }
    if (trustCa && t->scheme != QLatin1String("ftp"))
        t->options << QStringLiteral("--ca-file") << t->fx->caCertPath();
    if (active)
        t->options << QStringLiteral("--active");
    return t;
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
        .arg(r.exitCode)
        .arg(r.elapsedMs)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(4000)));
}

#define START_TARGET(t, ...)                                                                                 \
    auto t = startTarget(__VA_ARGS__);                                                                       \
    QVERIFY2(t->fx->isValid(), qPrintable(t->fx->lastError()));                                              \
    QVERIFY2(t->srv, qPrintable(t->fx->lastError()))

#define CLI_OK(r) QVERIFY2((r).exitCode == 0, qPrintable(describe(r)))

void addServerRows()
{
    QTest::addColumn<int>("server");
    QTest::newRow("vsftpd ftp") << int(Server::VsftpdPlain);
    QTest::newRow("vsftpd ftpes") << int(Server::VsftpdExplicit);
    QTest::newRow("vsftpd ftps") << int(Server::VsftpdImplicit);
    QTest::newRow("pure-ftpd ftp") << int(Server::PurePlain);
    QTest::newRow("pure-ftpd ftpes") << int(Server::PureExplicit);
}

QJsonObject findEntry(const QByteArray &json, const QString &name)
{
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestFtpCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transfers_data();
    void transfers();
    void resume_data();
    void resume();
    void fileOperations_data();
    void fileOperations();
    void recursiveTree_data();
    void recursiveTree();
    void ipv6();
    void anonymous();
    void tlsIfAvailableWarnsInPlainText();
    void wrongPassword_data();
    void wrongPassword();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void changedCertificate();
    void hostileNameSkipped();
    void serverNamesEscapedOnTheTerminal();
    void hostileNamesFromScriptedServer();
    void missingFileIsAnError();
    void namedCharset();
    void largeSparseFile();
    void progressBarOnlyOnTerminal();
};

void TestFtpCli::transfers_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<bool>("active");
    for (bool active : {false, true}) {
        const char *mode = active ? "active" : "passive";
        QTest::addRow("vsftpd ftp %s", mode) << int(Server::VsftpdPlain) << active;
        QTest::addRow("vsftpd ftpes %s", mode) << int(Server::VsftpdExplicit) << active;
        QTest::addRow("vsftpd ftps %s", mode) << int(Server::VsftpdImplicit) << active;
        QTest::addRow("pure-ftpd ftp %s", mode) << int(Server::PurePlain) << active;
        QTest::addRow("pure-ftpd ftpes %s", mode) << int(Server::PureExplicit) << active;
    }
}

void TestFtpCli::transfers()
{
    QFETCH(int, server);
    QFETCH(bool, active);
    START_TARGET(t, Server(server), active);

    // A file with a space in its name, odd size; an empty file.
    QVERIFY(writeRandomFile(t->root(QStringLiteral("a b.bin")), 3 * 1024 * 1024 + 17, 7));
    QVERIFY(writeRandomFile(t->root(QStringLiteral("empty")), 0));
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));

    auto ls = t->cli({QStringLiteral("ls"), QStringLiteral("--json"), t->url()});
    CLI_OK(ls);
    const QJsonObject entry = findEntry(ls.out, QStringLiteral("a b.bin"));
    QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
    QCOMPARE(entry.value(QStringLiteral("size")).toInteger(), 3 * 1024 * 1024 + 17);
    QVERIFY(!ls.out.contains("\".\"") && !ls.out.contains("\"..\""));

    auto get = t->cli({QStringLiteral("get"), t->url(QStringLiteral("a%20b.bin")),
                       t->localPath(QStringLiteral("down.bin"))});
    CLI_OK(get);
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("down.bin"))),
             sha256OfFile(t->root(QStringLiteral("a b.bin"))));
    QVERIFY(!QFile::exists(t->localPath(QStringLiteral(".down.bin.ferry-part"))));

    auto put = t->cli(
        {QStringLiteral("put"), t->localPath(QStringLiteral("down.bin")), t->url(QStringLiteral("up.bin"))});
    CLI_OK(put);
    QCOMPARE(sha256OfFile(t->root(QStringLiteral("up.bin"))),
             sha256OfFile(t->localPath(QStringLiteral("down.bin"))));

    // Into a folder: the local name is kept.
    auto getInto = t->cli({QStringLiteral("get"), t->url(QStringLiteral("empty")), t->local.path()});
    CLI_OK(getInto);
    QVERIFY(QFileInfo::exists(t->localPath(QStringLiteral("empty"))));
    QCOMPARE(QFileInfo(t->localPath(QStringLiteral("empty"))).size(), 0);
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("empty"))), sha256OfBytes({}));
    QVERIFY(QDir().mkpath(t->root(QStringLiteral("in"))));
    QVERIFY(t->fx->giveToTestUser(t->root(QStringLiteral("in"))));
    auto putInto =
        t->cli({QStringLiteral("put"), t->localPath(QStringLiteral("empty")), t->url(QStringLiteral("in/"))});
    CLI_OK(putInto);
    QVERIFY(QFileInfo::exists(t->root(QStringLiteral("in/empty"))));
    QCOMPARE(QFileInfo(t->root(QStringLiteral("in/empty"))).size(), 0);
}

void TestFtpCli::resume_data()
{
    addServerRows();
}

void TestFtpCli::resume()
{
    QFETCH(int, server);
    START_TARGET(t, Server(server));
    const qint64 size = 5 * 1024 * 1024 + 3;
    const qint64 half = 2 * 1024 * 1024;
    QVERIFY(writeRandomFile(t->localPath(QStringLiteral("src.bin")), size, 11));
    QFile src(t->localPath(QStringLiteral("src.bin")));
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray head = src.read(half);
    src.close();
    QVERIFY(QFile::copy(t->localPath(QStringLiteral("src.bin")), t->root(QStringLiteral("full.bin"))));

    // Download: the local file holds the first part; --resume asks for the rest.
    QFile partial(t->localPath(QStringLiteral("down.bin")));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(head);
    partial.close();
    auto get = t->cli({QStringLiteral("get"), QStringLiteral("--resume"), QStringLiteral("--verbose"),
                       t->url(QStringLiteral("full.bin")), t->localPath(QStringLiteral("down.bin"))});
    CLI_OK(get);
    QVERIFY2(get.err.contains(QByteArray("REST " + QByteArray::number(half))), get.err.constData());
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("down.bin"))),
             sha256OfFile(t->localPath(QStringLiteral("src.bin"))));

    // Upload: the server holds the first part.
    QFile remotePart(t->root(QStringLiteral("part.bin")));
    QVERIFY(remotePart.open(QIODevice::WriteOnly));
    remotePart.write(head);
    remotePart.close();
    QVERIFY(t->fx->giveToTestUser(t->root(QStringLiteral("part.bin"))));
    auto put = t->cli({QStringLiteral("put"), QStringLiteral("--resume"), QStringLiteral("--verbose"),
                       t->localPath(QStringLiteral("src.bin")), t->url(QStringLiteral("part.bin"))});
    CLI_OK(put);
    QVERIFY2(put.err.contains(QByteArray("REST " + QByteArray::number(half))), put.err.constData());
    QCOMPARE(sha256OfFile(t->root(QStringLiteral("part.bin"))),
             sha256OfFile(t->localPath(QStringLiteral("src.bin"))));

    // Resuming a complete file transfers nothing and keeps it intact.
    auto again = t->cli({QStringLiteral("get"), QStringLiteral("--resume"), QStringLiteral("--verbose"),
                         t->url(QStringLiteral("full.bin")), t->localPath(QStringLiteral("down.bin"))});
    CLI_OK(again);
    QVERIFY(!again.err.contains("RETR"));
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("down.bin"))),
             sha256OfFile(t->localPath(QStringLiteral("src.bin"))));
}

void TestFtpCli::fileOperations_data()
{
    addServerRows();
}

void TestFtpCli::fileOperations()
{
    QFETCH(int, server);
    START_TARGET(t, Server(server));
    QVERIFY(writeRandomFile(t->root(QStringLiteral("f.txt")), 1000, 3));
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));

    CLI_OK(t->cli({QStringLiteral("mkdir"), t->url(QStringLiteral("newdir"))}));
    QVERIFY(QFileInfo(t->root(QStringLiteral("newdir"))).isDir());
    auto again = t->cli({QStringLiteral("mkdir"), t->url(QStringLiteral("newdir"))});
    QCOMPARE(again.exitCode, 2);

    CLI_OK(t->cli({QStringLiteral("mv"), t->url(QStringLiteral("f.txt")), QStringLiteral("newdir/g.txt")}));
    QVERIFY(!QFileInfo::exists(t->root(QStringLiteral("f.txt"))));
    QVERIFY(QFileInfo::exists(t->root(QStringLiteral("newdir/g.txt"))));

    CLI_OK(t->cli({QStringLiteral("chmod"), QStringLiteral("600"), t->url(QStringLiteral("newdir/g.txt"))}));
    QCOMPARE(QFileInfo(t->root(QStringLiteral("newdir/g.txt"))).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    auto ls = t->cli({QStringLiteral("ls"), QStringLiteral("--json"), t->url(QStringLiteral("newdir"))});
    CLI_OK(ls);
    QCOMPARE(
        findEntry(ls.out, QStringLiteral("g.txt")).value(QStringLiteral("permissions")).toString().right(9),
        QStringLiteral("rw-------"));

    auto rmDirPlain = t->cli({QStringLiteral("rm"), t->url(QStringLiteral("newdir"))});
    QCOMPARE(rmDirPlain.exitCode, 2); // a folder needs -r
    CLI_OK(t->cli({QStringLiteral("rm"), QStringLiteral("-r"), t->url(QStringLiteral("newdir"))}));
    QVERIFY(!QFileInfo::exists(t->root(QStringLiteral("newdir"))));
}

void TestFtpCli::recursiveTree_data()
{
    addServerRows();
}

void TestFtpCli::recursiveTree()
{
    QFETCH(int, server);
    START_TARGET(t, Server(server));
    // 200 files in nested folders, sizes from 0 to ~40 KiB.
    const QString tree = t->localPath(QStringLiteral("tree"));
    QStringList files;
    for (int i = 0; i < 200; ++i) {
        const QString rel = QStringLiteral("d%1/sub%2/file %3.dat").arg(i % 5).arg(i % 3).arg(i);
        QVERIFY(QDir().mkpath(QFileInfo(tree + QLatin1Char('/') + rel).path()));
        QVERIFY(writeRandomFile(tree + QLatin1Char('/') + rel, (i * 197) % 40000, quint32(i + 1)));
        files << rel;
    }
    auto put = t->cli({QStringLiteral("put"), QStringLiteral("-r"), tree, t->url()}, 300000);
    CLI_OK(put);
    auto get = t->cli({QStringLiteral("get"), QStringLiteral("-r"), t->url(QStringLiteral("tree")),
                       t->localPath(QStringLiteral("back"))},
                      300000);
    CLI_OK(get);
    for (const QString &rel : std::as_const(files)) {
        const QByteArray expected = sha256OfFile(tree + QLatin1Char('/') + rel);
        QCOMPARE(sha256OfFile(t->root(QStringLiteral("tree/")) + rel), expected);
        QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("back/")) + rel), expected);
    }
}

void TestFtpCli::ipv6()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.ipv6 = true;
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QTemporaryDir dir;
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/six.bin"), 100000, 6));
    const QString base =
        QStringLiteral("ftp://%1:%2@[::1]:%3/").arg(Fixture::user(), Fixture::password()).arg(srv->port);
    for (const QStringList &mode : {QStringList(), QStringList{QStringLiteral("--active")}}) {
        auto get = runCli(QStringList{QStringLiteral("get"), base + QStringLiteral("six.bin"),
                                      dir.filePath(QStringLiteral("six.bin"))} +
                              mode,
                          dir.path(), dir.path());
        CLI_OK(get);
        QCOMPARE(sha256OfFile(dir.filePath(QStringLiteral("six.bin"))),
                 sha256OfFile(fx.rootDir() + QStringLiteral("/six.bin")));
        auto put = runCli(QStringList{QStringLiteral("put"), dir.filePath(QStringLiteral("six.bin")),
                                      base + QStringLiteral("six-up.bin")} +
                              mode,
                          dir.path(), dir.path());
        CLI_OK(put);
        QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/six-up.bin")),
                 sha256OfFile(dir.filePath(QStringLiteral("six.bin"))));
    }
}

void TestFtpCli::anonymous()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.anonymous = true;
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/pub.txt"), 1234, 2));
    QTemporaryDir dir;
    auto ls = runCli({QStringLiteral("ls"), QStringLiteral("--json"),
                      QStringLiteral("ftp://127.0.0.1:%1/").arg(srv->port)},
                     dir.path(), dir.path());
    CLI_OK(ls);
    QCOMPARE(findEntry(ls.out, QStringLiteral("pub.txt")).value(QStringLiteral("size")).toInteger(), 1234);
}

// A stored "FTP, TLS if available" site whose server refuses AUTH TLS: ferry-cli goes on
// in plain text and says so on stderr without -v; a plain ftp:// URL asks for no TLS and
// gets no warning.
void TestFtpCli::tlsIfAvailableWarnsInPlainText()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    VsftpdOptions options;
    options.anonymous = true;
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain, options);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    QVERIFY(writeRandomFile(fx.rootDir() + QStringLiteral("/pub.txt"), 1234, 2));
    QTemporaryDir dir;
    const QString url = QStringLiteral("ftp://127.0.0.1:%1/").arg(srv->port);
    CLI_OK(runCli({QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("legacy"), url,
                   QStringLiteral("--tls-if-available")},
                  dir.path(), dir.path()));
    const CliResult viaSite = runCli(
        {QStringLiteral("ls"), QStringLiteral("--site"), QStringLiteral("legacy")}, dir.path(), dir.path());
    CLI_OK(viaSite);
    QVERIFY(viaSite.out.contains("pub.txt"));
    QVERIFY2(viaSite.err.contains("ferry-cli: warning: The server does not offer TLS"),
             viaSite.err.constData());
    QVERIFY2(viaSite.err.contains("not protected against a downgrade"), viaSite.err.constData());
    const CliResult plain = runCli({QStringLiteral("ls"), url}, dir.path(), dir.path());
    CLI_OK(plain);
    QVERIFY2(!plain.err.contains("warning"), plain.err.constData());
}

void TestFtpCli::wrongPassword_data()
{
    addServerRows();
}

void TestFtpCli::wrongPassword()
{
    QFETCH(int, server);
    START_TARGET(t, Server(server));
    QString url = t->url();
    url.replace(Fixture::password(), QStringLiteral("wrong-password"));
    auto r = t->cli({QStringLiteral("ls"), QStringLiteral("--verbose"), url});
    QCOMPARE(r.exitCode, 4);
    // No retry loop: one connection, one PASS, then exit. Counted rather than timed (a
    // sanitizer build runs several times slower; times belong in bench/).
    QVERIFY2(r.err.count("> USER ") == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.count("> PASS ") == 1, qPrintable(describe(r)));
    QVERIFY(!r.err.contains("wrong-password")); // never echoed
    // The password from the environment and from standard input.
    QString noPass = t->url();
    noPass.remove(QLatin1Char(':') + Fixture::password());
    QProcessEnvironment env;
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    auto viaEnv = runCli(QStringList{QStringLiteral("ls"), noPass} + t->options, t->config.path(),
                         t->config.path(), {}, 60000, env);
    CLI_OK(viaEnv);
    auto viaStdin =
        runCli(QStringList{QStringLiteral("ls"), QStringLiteral("--password-stdin"), noPass} + t->options,
               t->config.path(), t->config.path(), Fixture::password().toUtf8() + '\n');
    CLI_OK(viaStdin);
}

void TestFtpCli::untrustedCertificate_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("vsftpd ftpes") << int(Server::VsftpdExplicit);
    QTest::newRow("vsftpd ftps") << int(Server::VsftpdImplicit);
    QTest::newRow("pure-ftpd ftpes") << int(Server::PureExplicit);
}

void TestFtpCli::untrustedCertificate()
{
    QFETCH(int, server);
    START_TARGET(t, Server(server), false, /*trustCa=*/false);
    auto refused = t->cli({QStringLiteral("ls"), t->url()});
    QCOMPARE(refused.exitCode, 3);
    const QRegularExpression fpRe(QStringLiteral("SHA256:[A-Za-z0-9+/]{43}"));
    const auto match = fpRe.match(QString::fromUtf8(refused.err));
    QVERIFY2(match.hasMatch(), refused.err.constData());
    const QString fingerprint = match.captured(0);

    // Pinned for one run; nothing stored.
    CLI_OK(t->cli({QStringLiteral("ls"), QStringLiteral("--trust-fingerprint"), fingerprint, t->url()}));
    QCOMPARE(t->cli({QStringLiteral("ls"), t->url()}).exitCode, 3);
    // A wrong pin is refused.
    QCOMPARE(t->cli({QStringLiteral("ls"), QStringLiteral("--trust-fingerprint"),
                     QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), t->url()})
                 .exitCode,
             3);
    // --accept-new stores it; later runs trust it without options.
    CLI_OK(t->cli({QStringLiteral("ls"), QStringLiteral("--accept-new"), t->url()}));
    CLI_OK(t->cli({QStringLiteral("ls"), t->url()}));
}

void TestFtpCli::serverNamesEscapedOnTheTerminal()
{
    // Names with terminal escape sequences, as a real server lists them: escaped in `ls`
    // and in warnings, exact in --json.
    START_TARGET(t, Server::VsftpdPlain);
    QVERIFY(QDir().mkpath(t->root(QStringLiteral("esc"))));
    const QString red = QStringLiteral("red\x1b[31m.txt");
    QVERIFY(writeRandomFile(t->root(QStringLiteral("esc/") + red), 10, 1));
    QVERIFY(writeRandomFile(t->root(QStringLiteral("esc/..\\\x1b[2J")), 10, 2)); // unsafe: warned about
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));

    auto ls = t->cli({QStringLiteral("ls"), t->url(QStringLiteral("esc/"))});
    QCOMPARE(ls.exitCode, 0);
    QVERIFY2(ls.out.contains("red\\x1b[31m.txt"), ls.out.constData());
    QVERIFY2(ls.err.contains("skipped '..\\\\\\x1b[2J'"), ls.err.constData());
    QVERIFY2(!ls.out.contains('\x1b') && !ls.err.contains('\x1b'),
             QByteArray(ls.out + ls.err).toHex().constData());

    auto json = t->cli({QStringLiteral("ls"), QStringLiteral("--json"), t->url(QStringLiteral("esc/"))});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains("red\\u001b[31m.txt"), json.out.constData());
    const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("name")).toString(), red);
}

namespace {
QString sha256Of(const QString &pemPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certs.isEmpty())
        return {};
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(
               certs.first().digest(QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// Certificate A is trusted for host:port; the server then presents B (same CA, same
// port). B is a CHANGED certificate: --accept-new refuses it (exit 3), so does the run
// without it (no terminal to ask), both saying so with both fingerprints, and the trust
// store keeps A alone. Pinning B for one run, or a CA that vouches for B, still connects.
void TestFtpCli::changedCertificate()
{
    START_TARGET(t, Server::VsftpdExplicit, false, /*trustCa=*/false);
    const QString a = sha256Of(t->fx->serverCertPath());
    QVERIFY(!a.isEmpty());
    CLI_OK(t->cli({QStringLiteral("ls"), QStringLiteral("--accept-new"), t->url()}));
    const QString store = t->config.filePath(QStringLiteral("trusted_certificates"));
    const QByteArray trusted = fileBytes(store);
    QVERIFY2(trusted.contains(a.toLatin1()), trusted.constData());

    const quint16 port = t->srv->port;
    t->fx->stop(t->srv);
    QVERIFY2(t->fx->renewServerCertificate(), qPrintable(t->fx->lastError()));
    const QString b = sha256Of(t->fx->serverCertPath());
    QVERIFY(!b.isEmpty() && b != a);
    VsftpdOptions same;
    same.port = port;
    t->srv = t->fx->startVsftpd(VsftpdMode::ExplicitTls, same);
    QVERIFY2(t->srv, qPrintable(t->fx->lastError()));

    for (const bool acceptNew : {true, false}) {
        QStringList args{QStringLiteral("ls")};
        if (acceptNew)
            args << QStringLiteral("--accept-new");
        const CliResult r = t->cli(args << t->url());
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("CHANGED")), qPrintable(err));
        QVERIFY2(err.contains(a) && err.contains(b), qPrintable(err));
        QCOMPARE(fileBytes(store), trusted);
    }
    // Pinned for this run: connects, the store keeps A.
    CLI_OK(t->cli({QStringLiteral("ls"), QStringLiteral("--trust-fingerprint"), b, t->url()}));
    QCOMPARE(fileBytes(store), trusted);
    // Valid for a CA this run trusts: no question at all, nothing stored.
    const CliResult viaCa =
        t->cli({QStringLiteral("ls"), QStringLiteral("--ca-file"), t->fx->caCertPath(), t->url()});
    CLI_OK(viaCa);
    QVERIFY2(!viaCa.err.contains("CHANGED"), viaCa.err.constData());
    QCOMPARE(fileBytes(store), trusted);
}

void TestFtpCli::hostileNameSkipped()
{
    // A real server listing a name that must never become a local path component.
    START_TARGET(t, Server::VsftpdPlain);
    QVERIFY(QDir().mkpath(t->root(QStringLiteral("tree"))));
    QVERIFY(writeRandomFile(t->root(QStringLiteral("tree/good.bin")), 5000, 1));
    QVERIFY(writeRandomFile(t->root(QStringLiteral("tree/..\\evil")), 10, 2));
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));
    auto r = t->cli({QStringLiteral("get"), QStringLiteral("-r"), t->url(QStringLiteral("tree")),
                     t->localPath(QStringLiteral("out"))});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("not a safe file name"), r.err.constData());
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("out/good.bin"))),
             sha256OfFile(t->root(QStringLiteral("tree/good.bin"))));
    const QStringList written = QDir(t->local.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(written, QStringList{QStringLiteral("out")});
    QCOMPARE(QDir(t->localPath(QStringLiteral("out"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("good.bin")});
}

namespace {
// A scripted FTP server for what real servers rarely send: a LIST naming "../../evil" and
// "/etc/evil". It runs on its own thread with blocking sockets while ferry-cli runs.
class HostileServer : public QThread
{
public:
    quint16 port = 0;
    void run() override
    {
        QTcpServer control;
        control.listen(QHostAddress::LocalHost, 0);
        port = control.serverPort();
        m_ready.release();
        if (!control.waitForNewConnection(30000))
            return;
        std::unique_ptr<QTcpSocket> c(control.nextPendingConnection());
        QTcpServer data;
        const auto say = [&c](const QByteArray &line) {
            c->write(line + "\r\n");
            c->waitForBytesWritten(5000);
        };
        const auto sendData = [&](const QByteArray &payload) {
            say("150 Here it comes");
            if (data.waitForNewConnection(5000)) {
                std::unique_ptr<QTcpSocket> d(data.nextPendingConnection());
                d->write(payload);
                d->waitForBytesWritten(5000);
                d->disconnectFromHost();
                if (d->state() != QAbstractSocket::UnconnectedState)
                    d->waitForDisconnected(5000);
            }
            say("226 Done");
        };
        say("220 scripted");
        while (c->state() == QAbstractSocket::ConnectedState) {
            if (!c->canReadLine() && !c->waitForReadyRead(30000))
                return;
            const QByteArray cmd = c->readLine().trimmed();
            const QByteArray verb = cmd.split(' ').value(0).toUpper();
            if (verb == "USER")
                say("331 Password");
            else if (verb == "PASS")
                say("230 In");
            else if (verb == "SYST")
                say("215 UNIX Type: L8");
            else if (verb == "PWD")
                say("257 \"/\" is here");
            else if (verb == "TYPE" || verb == "NOOP")
                say("200 OK");
            else if (verb == "CWD")
                say("250 OK");
            else if (verb == "EPSV") {
                data.close();
                data.listen(QHostAddress::LocalHost, 0);
                say("229 Entering Extended Passive Mode (|||" + QByteArray::number(data.serverPort()) + "|)");
            } else if (verb == "LIST")
                sendData("-rw-r--r--   1 u g     5 Jan  1  2024 ../../evil\r\n"
                         "-rw-r--r--   1 u g     5 Jan  1  2024 /etc/evil\r\n"
                         "-rw-r--r--   1 u g     5 Jan  1  2024 ..\r\n"
                         "-rw-r--r--   1 u g     5 Jan  1  2024 good.txt\r\n");
            else if (verb == "SIZE")
                say(cmd.endsWith("good.txt") ? "213 5" : "550 No");
            else if (verb == "RETR")
                sendData("good\n");
            else if (verb == "QUIT") {
                say("221 Bye");
                return;
            } else
                say("502 Not here");
        }
    }
    bool waitReady() { return m_ready.tryAcquire(1, 10000); }

private:
    QSemaphore m_ready;
};
} // namespace

void TestFtpCli::hostileNamesFromScriptedServer()
{
    HostileServer server;
    server.start();
    QVERIFY(server.waitReady());
    QTemporaryDir top;
    const QString out = top.filePath(QStringLiteral("a/b/out"));
    auto r = runCli({QStringLiteral("get"), QStringLiteral("-r"),
                     QStringLiteral("ftp://u:p@127.0.0.1:%1/").arg(server.port), out},
                    top.path(), top.path(), {}, 60000);
    QVERIFY(server.wait(30000));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("../../evil") && r.err.contains("/etc/evil"), r.err.constData());
    QCOMPARE(sha256OfFile(out + QStringLiteral("/good.txt")), sha256OfBytes("good\n"));
    // Nothing anywhere else: not beside the target, not two levels up, not in /etc.
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("good.txt")});
    QCOMPARE(QDir(top.filePath(QStringLiteral("a"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("b")});
    QVERIFY(!QFileInfo::exists(top.filePath(QStringLiteral("a/evil"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/evil")));
}

void TestFtpCli::missingFileIsAnError()
{
    START_TARGET(t, Server::VsftpdExplicit);
    auto r = t->cli(
        {QStringLiteral("get"), t->url(QStringLiteral("nope.bin")), t->localPath(QStringLiteral("x"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(t->localPath(QStringLiteral("x"))));
    auto usage = t->cli({QStringLiteral("get"), t->url()});
    QCOMPARE(usage.exitCode, 1);
    auto badScheme = t->cli({QStringLiteral("ls"), QStringLiteral("http://127.0.0.1/")});
    QCOMPARE(badScheme.exitCode, 2);
    QVERIFY(badScheme.err.contains("unsupported protocol"));
}

void TestFtpCli::namedCharset()
{
    // A name stored in ISO-8859-1 bytes, as old servers have them.
    START_TARGET(t, Server::VsftpdPlain);
    const QByteArray latin1Name = QByteArray("caf") + char(0xe9) + ".txt";
    // Through POSIX: QFile would turn the invalid UTF-8 name into U+FFFD.
    const QByteArray nativePath = QFile::encodeName(t->fx->rootDir()) + '/' + latin1Name;
    FILE *f = std::fopen(nativePath.constData(), "wb");
    QVERIFY(f);
    std::fputs("latin-1 named\n", f);
    std::fclose(f);
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));
    auto ls = t->cli({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--charset"),
                      QStringLiteral("ISO-8859-1"), t->url()});
    CLI_OK(ls);
    QVERIFY2(!findEntry(ls.out, QStringLiteral("caf\u00e9.txt")).isEmpty(), ls.out.constData());
    auto get = t->cli({QStringLiteral("get"), QStringLiteral("--charset"), QStringLiteral("ISO-8859-1"),
                       t->url(QStringLiteral("caf%C3%A9.txt")), t->localPath(QStringLiteral("cafe.txt"))});
    CLI_OK(get);
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("cafe.txt"))), sha256OfBytes("latin-1 named\n"));
    auto bad = t->cli(
        {QStringLiteral("ls"), QStringLiteral("--charset"), QStringLiteral("no-such-charset"), t->url()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("not supported"));
}

void TestFtpCli::largeSparseFile()
{
    // Over 4 GiB: sizes, REST offsets and counters must be 64-bit everywhere.
    START_TARGET(t, Server::VsftpdPlain);
    const qint64 size = 5LL * 1024 * 1024 * 1024 + 123;
    QVERIFY(writeSparseFile(t->root(QStringLiteral("big.sparse")), size));
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));
    const QByteArray expected = sha256OfFile(t->root(QStringLiteral("big.sparse")));
    QVERIFY(!expected.isEmpty());

    auto ls = t->cli({QStringLiteral("ls"), QStringLiteral("--json"), t->url()});
    CLI_OK(ls);
    QCOMPARE(findEntry(ls.out, QStringLiteral("big.sparse")).value(QStringLiteral("size")).toInteger(), size);

    auto get = t->cli(
        {QStringLiteral("get"), t->url(QStringLiteral("big.sparse")), t->localPath(QStringLiteral("big"))},
        900000);
    CLI_OK(get);
    QCOMPARE(QFileInfo(t->localPath(QStringLiteral("big"))).size(), size);
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("big"))), expected);
    QVERIFY(QFile::remove(t->root(QStringLiteral("big.sparse"))));

    // Back up, resuming past the 4 GiB mark.
    QVERIFY(writeSparseFile(t->root(QStringLiteral("big.up")), 4LL * 1024 * 1024 * 1024 + 7));
    QVERIFY(t->fx->giveToTestUser(t->root(QStringLiteral("big.up"))));
    auto put = t->cli({QStringLiteral("put"), QStringLiteral("--resume"), QStringLiteral("--verbose"),
                       t->localPath(QStringLiteral("big")), t->url(QStringLiteral("big.up"))},
                      900000);
    CLI_OK(put);
    QVERIFY(put.err.contains("REST 4294967303"));
    QCOMPARE(QFileInfo(t->root(QStringLiteral("big.up"))).size(), size);
    QCOMPARE(sha256OfFile(t->root(QStringLiteral("big.up"))), expected);
}

// The progress bar is drawn on standard error when it is a terminal (here a pseudo-
// terminal from util-linux's script), and nothing is drawn otherwise.
void TestFtpCli::progressBarOnlyOnTerminal()
{
    START_TARGET(t, Server::VsftpdPlain);
    QVERIFY(writeRandomFile(t->root(QStringLiteral("p.bin")), 48 * 1024 * 1024, 3));
    QVERIFY(t->fx->giveToTestUser(t->fx->rootDir()));
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!script.isEmpty(), "util-linux's script is not installed");

    const auto quote = [](const QString &arg) -> QString {
        return QLatin1Char('\'') + QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
               QLatin1Char('\'');
    };
    const QString command =
        QStringList{quote(cliPath()), QStringLiteral("get"), quote(t->url(QStringLiteral("p.bin"))),
                    quote(t->localPath(QStringLiteral("tty.bin")))}
            .join(QLatin1Char(' '));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_CONFIG_DIR"), t->config.path());
    env.insert(QStringLiteral("FERRY_DATA_DIR"), t->config.path());
    p.setProcessEnvironment(env);
    p.start(script, {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command,
                     QStringLiteral("/dev/null")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray shown = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, shown.constData());
    QCOMPARE(sha256OfFile(t->localPath(QStringLiteral("tty.bin"))),
             sha256OfFile(t->root(QStringLiteral("p.bin"))));
    QVERIFY2(shown.contains('\r') && shown.contains("p.bin") && shown.contains("100%") &&
                 shown.contains("MiB"),
             shown.constData());

    // Without a terminal: quiet.
    auto quiet = t->cli(
        {QStringLiteral("get"), t->url(QStringLiteral("p.bin")), t->localPath(QStringLiteral("quiet.bin"))});
    CLI_OK(quiet);
    QCOMPARE(quiet.err, QByteArray());
    QCOMPARE(quiet.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestFtpCli)
#include "tst_ftpcli.moc"
