// labels: integration
// timeout: 600
// One recursive walk (transfer/TreeWalker) for ferry-cli's get -r/put -r and the queue's
// folder expansion, against the fixture's vsftpd and sshd: a tree with nested folders, an
// empty folder, a hidden file, a link to a file inside, a link to a file outside the
// tree, a link to a folder and a link loop. The walker, the queue's expansion (runTask
// on folder items, level by level) and the CLI produce the same files, folders and
// skipped entries, both ways; the files copied are compared by SHA-256.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

#include "TestServers.h"
#include "TestUtil.h"
#include "remote/RemoteFileSystem.h"
#include "session/FileSystemFactory.h"
#include "transfer/TransferTask.h"
#include "transfer/TreeWalker.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::transfer;
using namespace ferry::test;

namespace {

// What a walk or a copy produced, as paths relative to the root.
struct Tree
{
    QSet<QString> files;
    QSet<QString> folders;
    QSet<QString> skipped; // reported as skipped (links to folders are not: never followed)
};

const QSet<QString> kFiles{QStringLiteral("a.bin"), QStringLiteral(".hidden"), QStringLiteral("in"),
                           QStringLiteral("sub/b.bin"), QStringLiteral("sub/deeper/c.bin")};
const QSet<QString> kFolders{QStringLiteral("sub"), QStringLiteral("sub/deeper"), QStringLiteral("empty")};
const QSet<QString> kSkipped{QStringLiteral("out"), QStringLiteral("sub/loop1"), QStringLiteral("sub/loop2")};

QString show(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QStringLiteral(", "));
}

#define COMPARE_SETS(actual, expected)                                                                       \
    QVERIFY2((actual) == (expected), qPrintable(show(actual) + QStringLiteral("  <>  ") + show(expected)))

// The test tree's folders and files under `dir`, and the file beside it that a link points at.
bool makeTree(const QString &dir)
{
    QDir d;
    return d.mkpath(dir + QStringLiteral("/sub/deeper")) && d.mkpath(dir + QStringLiteral("/empty")) &&
           writeRandomFile(dir + QStringLiteral("/a.bin"), 7000, 1) &&
           writeRandomFile(dir + QStringLiteral("/.hidden"), 300, 2) &&
           writeRandomFile(dir + QStringLiteral("/sub/b.bin"), 70000, 3) &&
           writeRandomFile(dir + QStringLiteral("/sub/deeper/c.bin"), 1, 4) &&
           writeRandomFile(dir + QStringLiteral("/../outside.bin"), 500, 5);
}

// Its links, made after the files are given to the test user (chown follows links).
bool makeLinks(const QString &dir)
{
    return QFile::link(QStringLiteral("sub/b.bin"), dir + QStringLiteral("/in")) &&
           QFile::link(QStringLiteral("../outside.bin"), dir + QStringLiteral("/out")) &&
           QFile::link(QStringLiteral(".."), dir + QStringLiteral("/sub/up")) &&
           QFile::link(QStringLiteral("loop2"), dir + QStringLiteral("/sub/loop1")) &&
           QFile::link(QStringLiteral("loop1"), dir + QStringLiteral("/sub/loop2"));
}

// Files and folders below `dir` (not following links), relative.
Tree onDisk(const QString &dir)
{
    Tree t;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        (info.isDir() ? t.folders : t.files).insert(QDir(dir).relativeFilePath(path));
    }
    return t;
}

void addWalked(Tree &t, const WalkEntry &e)
{
    switch (e.kind) {
    case WalkEntry::Kind::File:
        t.files.insert(e.relativePath);
        break;
    case WalkEntry::Kind::Folder:
        t.folders.insert(e.relativePath);
        break;
    case WalkEntry::Kind::Skipped:
        t.skipped.insert(e.relativePath);
        break;
    case WalkEntry::Kind::NotFollowed:
        break;
    }
}

// Every walk in small batches, to see that a folder spans several.
Tree walk(TreeWalker walker, int *batches, QString *error)
{
    Tree t;
    WalkBatch batch;
    while (walker.next(batch)) {
        ++*batches;
        if (batch.error)
            *error += batch.error->toString();
        for (const WalkEntry &e : std::as_const(batch.entries))
            addWalked(t, e);
    }
    if (walker.error())
        *error += walker.error()->toString();
    return t;
}

// The queue's way: a folder item expanded by runTask, its folders in their turn.
Tree expandAll(RemoteFileSystem &fs, QueueItem root, const QString &rootPath, bool upload, QString *error)
{
    Tree t;
    std::deque<QueueItem> folders{root};
    TaskContext context;
    const auto relative = [&](const QueueItem &item) {
        const QString path = upload ? item.localPath : item.remotePath;
        return path.mid(rootPath.size() + 1);
    };
    while (!folders.empty()) {
        const QueueItem item = folders.front();
        folders.pop_front();
        auto outcome = runTask(fs, nullptr, item, context);
        if (!outcome) {
            *error += outcome.error().toString();
            continue;
        }
        for (const QueueItem &c : std::as_const(outcome->children)) {
            if (c.state == ItemState::Skipped) {
                t.skipped.insert(relative(c));
            } else if (c.isFolder) {
                t.folders.insert(relative(c));
                folders.push_back(c);
            } else {
                t.files.insert(relative(c));
            }
        }
    }
    return t;
}

} // namespace

class TestTreeWalker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSetEverywhere_data();
    void sameSetEverywhere();
    void cancelStopsTheWalk();

private:
    std::unique_ptr<Fixture> m_fx;
    const ServerInfo *m_ftp = nullptr;
    const ServerInfo *m_sftp = nullptr;
    QTemporaryDir m_dir;
    QString m_localTree; // the same tree on the local side, for uploads

    // A folder of the served root: in a URL (an ftp:// path is relative to the login
    // folder, an sftp:// one absolute), and as a path on a connection.
    QString urlPath(bool sftp, const QString &name) const
    {
        return (sftp ? m_fx->rootDir() : QString()) + QLatin1Char('/') + name;
    }
    RemotePath remoteTree(RemoteFileSystem &fs, bool sftp, const QString &name) const
    {
        return sftp ? RemotePath(m_fx->rootDir() + QLatin1Char('/') + name) : fs.homePath().resolved(name);
    }
    QString url(bool sftp, const QString &path) const
    {
        const ServerInfo *s = sftp ? m_sftp : m_ftp;
        return QStringLiteral("%1://%2@%3:%4%5")
            .arg(sftp ? QStringLiteral("sftp") : QStringLiteral("ftp"), Fixture::user(), s->host)
            .arg(s->port)
            .arg(path);
    }
    QStringList sshOptions(bool sftp) const
    {
        if (!sftp)
            return {};
        return {QStringLiteral("--identity"), m_fx->userKeyPath(), QStringLiteral("--accept-new")};
    }
    CliResult cli(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), QString());
        return runCli(args, m_dir.filePath(QStringLiteral("cfg")), m_dir.filePath(QStringLiteral("data")), {},
                      120000, env);
    }
    std::unique_ptr<RemoteFileSystem> connect(bool sftp) const
    {
        const ServerInfo *s = sftp ? m_sftp : m_ftp;
        ConnectionSpec spec;
        spec.protocol = sftp ? Protocol::Sftp : Protocol::Ftp;
        spec.host = s->host;
        spec.port = s->port;
        spec.user = Fixture::user();
        spec.password = sftp ? QString() : Fixture::password();
        ConnectOptions options;
        options.identityFiles = {m_fx->userKeyPath()};
        options.acceptNewHostKey = true;
        options.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        options.useAgent = false;
        auto fs = session::createFileSystem(spec, options, nullptr);
        if (!fs)
            return nullptr;
        if (!(*fs)->connect())
            return nullptr;
        return std::move(*fs);
    }
};

void TestTreeWalker::initTestCase()
{
    qputenv("FERRY_CONFIG_DIR", m_dir.filePath(QStringLiteral("cfg")).toUtf8());
    qputenv("FERRY_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    m_fx = std::make_unique<Fixture>();
    QVERIFY2(m_fx->isValid(), qPrintable(m_fx->lastError()));
    QVERIFY(makeTree(m_fx->rootDir() + QStringLiteral("/wt")));
    QVERIFY(m_fx->giveToTestUser(m_fx->rootDir()));
    QVERIFY(makeLinks(m_fx->rootDir() + QStringLiteral("/wt")));
    m_localTree = m_dir.filePath(QStringLiteral("src/wt"));
    QVERIFY(makeTree(m_localTree) && makeLinks(m_localTree));
    m_ftp = m_fx->startVsftpd(VsftpdMode::Plain);
    QVERIFY2(m_ftp, qPrintable(m_fx->lastError()));
    m_sftp = m_fx->startSshd();
    QVERIFY2(m_sftp, qPrintable(m_fx->lastError()));
}

void TestTreeWalker::sameSetEverywhere_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestTreeWalker::sameSetEverywhere()
{
    QFETCH(bool, sftp);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    auto fs = connect(sftp);
    QVERIFY(fs);

    // Download: the remote tree.
    const RemotePath root = remoteTree(*fs, sftp, QStringLiteral("wt"));
    WalkOptions small;
    small.batchSize = 2;
    int batches = 0;
    QString error;
    const Tree walked = walk(TreeWalker::overRemote(*fs, root, small), &batches, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    COMPARE_SETS(walked.files, kFiles);
    COMPARE_SETS(walked.folders, kFolders);
    COMPARE_SETS(walked.skipped, kSkipped);
    QVERIFY2(batches >= 6, qPrintable(QString::number(batches))); // 4 folders, two of them in several

    QueueItem folder;
    folder.direction = Direction::Download;
    folder.site = url(sftp, {});
    folder.remotePath = root.toString();
    folder.localPath = m_dir.filePath(QStringLiteral("queue-") + tag);
    folder.isFolder = true;
    const Tree queued = expandAll(*fs, folder, root.toString(), false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    COMPARE_SETS(queued.files, walked.files);
    COMPARE_SETS(queued.folders, walked.folders);
    COMPARE_SETS(queued.skipped, walked.skipped);

    const QString got = m_dir.filePath(QStringLiteral("get-") + tag);
    CliResult r = cli(QStringList{QStringLiteral("get"), QStringLiteral("-r"),
                                  url(sftp, urlPath(sftp, QStringLiteral("wt"))), got} +
                      sshOptions(sftp));
    QVERIFY2(r.exitCode == 5, r.err.constData()); // the skipped links
    const Tree copied = onDisk(got);
    COMPARE_SETS(copied.files, walked.files);
    COMPARE_SETS(copied.folders, walked.folders);
    for (const QString &s : walked.skipped)
        QVERIFY2(r.err.contains(QFileInfo(s).fileName().toUtf8()), qPrintable(s + QString::fromUtf8(r.err)));
    const QString source = m_fx->rootDir() + QStringLiteral("/wt/");
    for (const QString &f : walked.files)
        QCOMPARE(sha256OfFile(got + QLatin1Char('/') + f), sha256OfFile(source + f));

    // Upload: the local tree.
    batches = 0;
    const Tree walkedUp = walk(TreeWalker::overLocal(m_localTree, small), &batches, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    COMPARE_SETS(walkedUp.files, kFiles);
    COMPARE_SETS(walkedUp.folders, kFolders);
    COMPARE_SETS(walkedUp.skipped, kSkipped);

    const QString upQueue = remoteTree(*fs, sftp, QStringLiteral("wt-up-queue-") + tag).toString();
    folder = QueueItem();
    folder.direction = Direction::Upload;
    folder.site = url(sftp, {});
    folder.localPath = m_localTree;
    folder.remotePath = upQueue;
    folder.isFolder = true;
    const Tree queuedUp = expandAll(*fs, folder, m_localTree, true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    COMPARE_SETS(queuedUp.files, walkedUp.files);
    COMPARE_SETS(queuedUp.folders, walkedUp.folders);
    COMPARE_SETS(queuedUp.skipped, walkedUp.skipped);

    const QString upCli = urlPath(sftp, QStringLiteral("wt-up-cli-") + tag);
    r = cli(QStringList{QStringLiteral("put"), QStringLiteral("-r"), m_localTree, url(sftp, upCli)} +
            sshOptions(sftp));
    QVERIFY2(r.exitCode == 5, r.err.constData());
    const QString landed = m_fx->rootDir() + QStringLiteral("/wt-up-cli-") + tag;
    const Tree put = onDisk(landed);
    COMPARE_SETS(put.files, walkedUp.files);
    COMPARE_SETS(put.folders, walkedUp.folders);
    for (const QString &s : walkedUp.skipped)
        QVERIFY2(r.err.contains(QFileInfo(s).fileName().toUtf8()), qPrintable(s + QString::fromUtf8(r.err)));
    for (const QString &f : walkedUp.files)
        QCOMPARE(sha256OfFile(landed + QLatin1Char('/') + f),
                 sha256OfFile(m_localTree + QLatin1Char('/') + f));
    fs->disconnect();
}

// A cancel ends the walk with Cancelled, before the next listing.
void TestTreeWalker::cancelStopsTheWalk()
{
    WalkOptions options;
    options.batchSize = 1;
    TreeWalker walker = TreeWalker::overLocal(m_localTree, options);
    WalkBatch batch;
    QVERIFY(walker.next(batch));
    options.cancel.cancel();
    QVERIFY(!walker.next(batch));
    QVERIFY(walker.error());
    QCOMPARE(walker.error()->kind(), ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestTreeWalker)
#include "tst_treewalker.moc"
