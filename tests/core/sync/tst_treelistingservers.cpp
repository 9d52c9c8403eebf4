// labels: integration
// timeout: 600
// The sync's remote tree listing (core/sync/RemoteTreeLister) against the fixture's real
// servers: a tree of folders and files with odd names (spaces, a leading '-', glob
// characters, white space at either end) on vsftpd (CWD + LIST), pure-ftpd (MLSD path)
// and sshd is listed exactly as served; and on sshd, 420 folders of 0 to 250 entries
// (several READDIRs each) over ONE connection, many folders in flight on its channel at
// once, give exactly the served entries, as they do over 3 connections; and a server that
// takes fewer connections than the lister asks for still has its whole tree listed.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "session/ConnectJob.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "sync/RemoteTreeLister.h"
#include "trust/KnownHosts.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::sync;
using namespace ferry::test;

namespace {

enum class Server
{
    Vsftpd,
    PureFtpd,
    Sshd
};

const QStringList kOddNames = {
    QStringLiteral("plain"),      QStringLiteral("my docs"),     QStringLiteral("-rf"),
    QStringLiteral("-l"),         QStringLiteral("a*b"),         QStringLiteral("q?x"),
    QStringLiteral("[br]"),       QStringLiteral("{a,b}"),       QStringLiteral("~tilde"),
    QStringLiteral(" lead"),      QStringLiteral("trail "),      QStringLiteral("dash -la"),
    QStringLiteral("unicode äö"), QStringLiteral("two  spaces"),
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// relative path -> size (-1 for folders), of the served folder.
QMap<QString, qint64> servedTree(const QString &root)
{
    QMap<QString, qint64> out;
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        const QDir dir(rel.isEmpty() ? root : root + QLatin1Char('/') + rel);
        for (const QFileInfo &fi :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString path = rel.isEmpty() ? fi.fileName() : rel + QLatin1Char('/') + fi.fileName();
            out.insert(path, fi.isDir() ? -1 : fi.size());
            if (fi.isDir())
                pending.append(path);
        }
    }
    return out;
}

QMap<QString, qint64> asSizes(const SyncTree &tree)
{
    QMap<QString, qint64> out;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        out.insert(it.key(), it->kind == SyncEntry::Kind::Folder ? -1 : it->size);
    return out;
}

struct Run
{
    Fixture fx;
    QTemporaryDir temp;
    const ServerInfo *srv = nullptr;
    ConnectionSpec spec;
    ConnectOptions options;
    std::unique_ptr<session::SessionManager> manager;
    session::Session *session = nullptr;
    RemotePath home;

    bool start(Server server, const VsftpdOptions &vsftpd = {})
    {
        if (!fx.isValid() || !temp.isValid())
            return false;
        srv = server == Server::Vsftpd     ? fx.startVsftpd(VsftpdMode::Plain, vsftpd)
              : server == Server::PureFtpd ? fx.startPureFtpd()
                                           : fx.startSshd();
        if (!srv)
            return false;
        options.useAgent = false;
        if (server == Server::Sshd) {
            options.knownHostsFile = temp.filePath(QStringLiteral("known_hosts"));
            QFile key(fx.sshHostKeyPath() + QStringLiteral(".pub"));
            if (!key.open(QIODevice::ReadOnly) ||
                !trust::KnownHosts::add(options.knownHostsFile, srv->host, srv->port,
                                        QByteArray::fromBase64(key.readAll().split(' ').value(1)))
                     .ok())
                return false;
        }
        spec.protocol = server == Server::Sshd ? Protocol::Sftp : Protocol::Ftp;
        spec.host = srv->host;
        spec.port = srv->port;
        spec.user = Fixture::user();
        spec.password = Fixture::password();
        spec.hasPassword = true;
        manager = std::make_unique<session::SessionManager>();
        session = manager->openOwnSession(spec, options);
        QSignalSpy connected(session->connectToServer(), &session::ConnectJob::finished);
        if (!connected.wait(20000))
            return false;
        home = session->homePath();
        return session->isConnected();
    }

    // The served folder `name` under the root as the lister sees it.
    RemotePath remote(const QString &name) const
    {
        return spec.protocol == Protocol::Sftp ? RemotePath(fx.rootDir()).resolved(name)
                                               : home.resolved(name);
    }
};

struct Listed
{
    SyncTree tree;
    std::optional<Error> error;
    int peak = 0;
    int listings = 0;
};

Listed listTree(session::Session &session, const RemotePath &root, int connections)
{
    RemoteTreeLister lister(session, root, SyncExcludes(), connections);
    QSignalSpy done(&lister, &RemoteTreeLister::finished);
    lister.start();
    Listed out;
    if (!done.wait(120000)) {
        out.error = Error(ErrorKind::Timeout, QStringLiteral("the listing did not finish"));
        return out;
    }
    out.tree = lister.tree();
    out.error = lister.error();
    out.peak = lister.peakParallel();
    out.listings = lister.listings();
    return out;
}

} // namespace

class TestTreeListingServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddNames_data();
    void oddNames();
    void manyFoldersInFlightOnOneSftpConnection();
    void serverTakesFewerConnections();
};

void TestTreeListingServers::oddNames_data()
{
    QTest::addColumn<Server>("server");
    QTest::newRow("vsftpd") << Server::Vsftpd;
    QTest::newRow("pure-ftpd") << Server::PureFtpd;
    QTest::newRow("sshd") << Server::Sshd;
}

void TestTreeListingServers::oddNames()
{
    QFETCH(Server, server);
    Run run;
    const QString tree = run.fx.rootDir() + QStringLiteral("/tree");
    for (const QString &name : kOddNames) {
        const QString folder = tree + QLatin1Char('/') + name;
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub ") + name));
        QVERIFY(writeFile(folder + QStringLiteral("/f ") + name, name.toUtf8()));
        QVERIFY(writeFile(folder + QStringLiteral("/sub ") + name + QStringLiteral("/x.txt"), "x"));
        QVERIFY(writeFile(tree + QStringLiteral("/file ") + name, name.toUtf8() + "\n"));
    }
    QVERIFY(run.fx.giveToTestUser(tree));
    QVERIFY2(run.start(server), qPrintable(run.fx.lastError()));

    for (int connections : {1, 4}) {
        const Listed l = listTree(*run.session, run.remote(QStringLiteral("tree")), connections);
        QVERIFY2(!l.error, qPrintable(l.error ? l.error->toString() : QString()));
        QCOMPARE(l.listings, 1 + 2 * int(kOddNames.size()));
        const QMap<QString, qint64> served = servedTree(tree);
        QCOMPARE(served.size(), 5 * kOddNames.size());
        QCOMPARE(QStringList(asSizes(l.tree).keys()), QStringList(served.keys()));
        QCOMPARE(asSizes(l.tree), served);
    }
}

void TestTreeListingServers::manyFoldersInFlightOnOneSftpConnection()
{
    Run run;
    // 20 folders of 20 folders (420 in all): the 20 at the top with 150 to 250 files each
    // (OpenSSH sends at most 100 names per READDIR), the others with none to 5.
    const QString tree = run.fx.rootDir() + QStringLiteral("/many");
    int i = 0;
    for (int t = 0; t < 20; ++t) {
        for (int s = -1; s < 20; ++s) {
            const QString folder =
                tree + QStringLiteral("/t%1").arg(t) + (s < 0 ? QString() : QStringLiteral("/s%1").arg(s));
            QVERIFY(QDir().mkpath(folder));
            const int files = s < 0 ? 150 + (i++ * 37) % 101 : i++ % 6;
            for (int f = 0; f < files; ++f)
                QVERIFY(writeFile(folder + QStringLiteral("/file%1.dat").arg(f), QByteArray(f % 7, 'x')));
        }
    }
    QVERIFY(run.fx.giveToTestUser(tree));
    QVERIFY2(run.start(Server::Sshd), qPrintable(run.fx.lastError()));
    const QMap<QString, qint64> served = servedTree(tree);

    const Listed one = listTree(*run.session, run.remote(QStringLiteral("many")), 1);
    QVERIFY2(!one.error, qPrintable(one.error ? one.error->toString() : QString()));
    QCOMPARE(one.listings, 1 + 20 + 20 * 20);
    // Several folders at once on the one connection (its channel has 16 in flight).
    QVERIFY2(one.peak > 8, qPrintable(QString::number(one.peak)));
    QCOMPARE(asSizes(one.tree).size(), served.size());
    QCOMPARE(asSizes(one.tree), served);

    const Listed three = listTree(*run.session, run.remote(QStringLiteral("many")), 3);
    QVERIFY2(!three.error, qPrintable(three.error ? three.error->toString() : QString()));
    QCOMPARE(asSizes(three.tree), served);
}

// vsftpd takes 3 connections from one address (the browsing one and two more): the lister
// asked for 8 goes on with those that log in, and lists the whole tree.
void TestTreeListingServers::serverTakesFewerConnections()
{
    Run run;
    const QString tree = run.fx.rootDir() + QStringLiteral("/few");
    for (int t = 0; t < 6; ++t) {
        for (int s = 0; s < 6; ++s) {
            const QString folder = tree + QStringLiteral("/t%1/s%2").arg(t).arg(s);
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(writeFile(folder + QStringLiteral("/f.txt"), QByteArray(t + s, 'y')));
        }
    }
    QVERIFY(run.fx.giveToTestUser(tree));
    VsftpdOptions limited;
    limited.maxPerIp = 3;
    QVERIFY2(run.start(Server::Vsftpd, limited), qPrintable(run.fx.lastError()));
    const Listed l = listTree(*run.session, run.remote(QStringLiteral("few")), 8);
    QVERIFY2(!l.error, qPrintable(l.error ? l.error->toString() : QString()));
    QCOMPARE(asSizes(l.tree), servedTree(tree));
    QCOMPARE(l.listings, 1 + 6 + 36);
}

QTEST_GUILESS_MAIN(TestTreeListingServers)
#include "tst_treelistingservers.moc"
