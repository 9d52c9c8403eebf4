// FileOperation through Session::runOperation against real servers (vsftpd, OpenSSH
// sshd): recursive delete, rename, new folder, new (empty) file and recursive chmod with
// each scope, checked on the served folder's disk; operations run on a transfer
// connection while the browsing connection stays usable; the touched folders' cached
// listings are dropped; a failure names the file and carries the server's reply; an
// operation waits for a free transfer connection.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "session/FileSystemFactory.h"
#include "session/Session.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry::remote;
using namespace ferry::session;
using ferry::test::Fixture;
using ferry::test::ServerInfo;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QFile::Permissions mode(const QString &path)
{
    return QFileInfo(path).permissions() &
           (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

template <typename T> Result<T> wait(QObject *job)
{
    std::optional<Result<T>> out;
    if constexpr (std::is_same_v<T, int>) {
        auto *op = qobject_cast<OperationJob *>(job);
        QObject::connect(op, &OperationJob::finished, op, [&out](const Result<int> &r) { out = r; });
    } else {
        auto *list = qobject_cast<ListJob *>(job);
        QObject::connect(list, &ListJob::finished, list, [&out](const Result<Listing> &r) { out = r; });
    }
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
        return Error(ErrorKind::Timeout, QStringLiteral("the job did not finish in 30 s"));
    return *out;
}

Result<int> run(Session &session, const FileOperation &operation)
{
    return wait<int>(session.runOperation(operation));
}

QString text(const Error &error)
{
    return error.toString();
}

} // namespace

class TestFileOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deleteFolderRecursively_data();
    void deleteFolderRecursively();
    void renameMakeDirMakeFile_data();
    void renameMakeDirMakeFile();
    void moveNeverReplaces_data();
    void moveNeverReplaces();
    void chmodScopes_data();
    void chmodScopes();
    void failureNamesFileAndReply_data();
    void failureNamesFileAndReply();
    void browsingStaysUsableDuringDelete_data();
    void browsingStaysUsableDuringDelete();
    void waitsForAFreeTransferConnection();

private:
    void addProtocols();
    std::unique_ptr<Session> openSession(const QString &protocol);
    QString makeTree(const QString &name, int filesPerFolder = 2);
    bool giveTreeToTestUser(const QString &path);

    QTemporaryDir m_home;
    Fixture m_fx;
    const ServerInfo *m_ftp = nullptr;
    const ServerInfo *m_sftp = nullptr;
    QString m_knownHosts;
    QString m_work; // a fresh folder under the served root per test
    std::unique_ptr<Session> m_session;
    QStringList m_log;
};

void TestFileOperations::initTestCase()
{
    QVERIFY2(m_fx.isValid(), qPrintable(m_fx.lastError()));
    ferry::util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                                     m_home.filePath(QStringLiteral("data")));
    m_ftp = m_fx.startVsftpd(ferry::test::VsftpdMode::Plain);
    QVERIFY2(m_ftp, qPrintable(m_fx.lastError()));
    m_sftp = m_fx.startSshd();
    QVERIFY2(m_sftp, qPrintable(m_fx.lastError()));
    m_knownHosts = m_home.filePath(QStringLiteral("known_hosts"));
    QFile pub(m_fx.sshHostKeyPath() + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(ferry::trust::KnownHosts::add(m_knownHosts, m_sftp->host, m_sftp->port,
                                          QByteArray::fromBase64(pub.readAll().split(' ').value(1)))
                .ok());
}

void TestFileOperations::init()
{
    static int counter = 0;
    m_work = QDir(m_fx.rootDir()).filePath(QStringLiteral("ops-%1").arg(++counter));
    QVERIFY(QDir().mkpath(m_work));
    QVERIFY(m_fx.giveToTestUser(m_work));
}

void TestFileOperations::cleanup()
{
    m_session.reset(); // joins its threads
    if (QTest::currentTestFailed()) {
        for (const QString &line : std::as_const(m_log))
            qInfo("%s", qPrintable(line));
    }
}

void TestFileOperations::addProtocols()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("vsftpd") << QStringLiteral("ftp");
    QTest::newRow("sshd") << QStringLiteral("sftp");
}

std::unique_ptr<Session> TestFileOperations::openSession(const QString &protocol)
{
    ConnectionSpec spec;
    ConnectOptions options;
    spec.user = Fixture::user();
    if (protocol == QLatin1String("ftp")) {
        spec.protocol = Protocol::Ftp;
        spec.host = m_ftp->host;
        spec.port = m_ftp->port;
        spec.password = Fixture::password();
        spec.hasPassword = true;
    } else {
        spec.protocol = Protocol::Sftp;
        spec.host = m_sftp->host;
        spec.port = m_sftp->port;
        options.knownHostsFile = m_knownHosts;
        options.useAgent = false;
        options.identityFiles = {m_fx.userKeyPath()};
    }
    auto session = std::make_unique<Session>(spec, options, &createFileSystem);
    // The engines' lines, printed when the test fails.
    m_log.clear();
    connect(session.get(), &Session::logged, this,
            [this](const LogEntry &entry) { m_log.append(entry.text); });
    return session;
}

bool TestFileOperations::giveTreeToTestUser(const QString &path)
{
    if (!m_fx.giveToTestUser(path))
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!m_fx.giveToTestUser(it.next()))
            return false;
    }
    return true;
}

// name/{f0..fn, sub/{f0..fn, deeper/{f0..fn}}}, owned by the servers' user.
QString TestFileOperations::makeTree(const QString &name, int filesPerFolder)
{
    const QString top = QDir(m_work).filePath(name);
    for (const QString &folder :
         QStringList{top, top + QStringLiteral("/sub"), top + QStringLiteral("/sub/deeper")}) {
        QDir().mkpath(folder);
        for (int i = 0; i < filesPerFolder; ++i)
            writeFile(folder + QStringLiteral("/f%1.txt").arg(i), QByteArray(100 + i, 'x'));
    }
    giveTreeToTestUser(top);
    return top;
}

void TestFileOperations::deleteFolderRecursively_data()
{
    addProtocols();
}

void TestFileOperations::deleteFolderRecursively()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const QString tree = makeTree(QStringLiteral("doomed"));
    const QString keep = QDir(m_work).filePath(QStringLiteral("keep.txt"));
    QVERIFY(writeFile(keep, "stays"));
    QVERIFY(m_fx.giveToTestUser(keep));
    const QString lone = QDir(m_work).filePath(QStringLiteral("lone.txt"));
    QVERIFY(writeFile(lone, "goes"));
    QVERIFY(m_fx.giveToTestUser(lone));

    // The folder is listed (and cached) on the browsing connection first.
    auto listed = wait<Listing>(m_session->list(RemotePath(m_work)));
    QVERIFY2(listed, qPrintable(listed ? QString() : text(listed.error())));
    QVERIFY(m_session->cachedListing(RemotePath(m_work)).has_value());
    QVERIFY(wait<Listing>(m_session->list(RemotePath(tree + QStringLiteral("/sub")))).ok());
    QCOMPARE(m_session->connectionCount(), 1);

    QSignalSpy changed(m_session.get(), &Session::foldersChanged);
    const auto done =
        run(*m_session, FileOperation::remove({{RemotePath(tree), true}, {RemotePath(lone), false}}));
    QVERIFY2(done, qPrintable(done ? QString() : text(done.error())));
    QCOMPARE(done.value(), 3 * 2 + 3 + 1); // six files, three folders, lone.txt
    QVERIFY(!QFileInfo::exists(tree));
    QVERIFY(!QFileInfo::exists(lone));
    QVERIFY(QFileInfo::exists(keep));
    // On a transfer connection of the pool, not the browsing one.
    QCOMPARE(m_session->connectionCount(), 2);
    QCOMPARE(m_session->busyTransferConnections(), 0);
    // The cache no longer holds the changed folder nor anything under the deleted one.
    QVERIFY(!m_session->cachedListing(RemotePath(m_work)).has_value());
    QVERIFY(!m_session->cachedListing(RemotePath(tree + QStringLiteral("/sub"))).has_value());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().value<QList<RemotePath>>().contains(RemotePath(m_work)));
}

void TestFileOperations::renameMakeDirMakeFile_data()
{
    addProtocols();
}

void TestFileOperations::renameMakeDirMakeFile()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const RemotePath work(m_work);

    auto made = run(*m_session, FileOperation::makeDir(work.child(QStringLiteral("new folder"))));
    QVERIFY2(made, qPrintable(made ? QString() : text(made.error())));
    QVERIFY(QFileInfo(m_work + QStringLiteral("/new folder")).isDir());

    auto file = run(
        *m_session,
        FileOperation::makeFile(work.child(QStringLiteral("new folder")).child(QStringLiteral("empty.txt"))));
    QVERIFY2(file, qPrintable(file ? QString() : text(file.error())));
    const QFileInfo empty(m_work + QStringLiteral("/new folder/empty.txt"));
    QVERIFY(empty.isFile());
    QCOMPARE(empty.size(), qint64(0));

    // An existing name is refused, and the file is left as it was.
    QVERIFY(writeFile(m_work + QStringLiteral("/full.txt"), "content"));
    QVERIFY(m_fx.giveToTestUser(m_work + QStringLiteral("/full.txt")));
    auto again = run(*m_session, FileOperation::makeFile(work.child(QStringLiteral("full.txt"))));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), ErrorKind::Exists);
    QVERIFY(again.error().message().contains(QStringLiteral("full.txt")));
    QCOMPARE(QFileInfo(m_work + QStringLiteral("/full.txt")).size(), qint64(7));

    auto renamed = run(*m_session, FileOperation::rename(work.child(QStringLiteral("new folder")),
                                                         work.child(QStringLiteral("renamed"))));
    QVERIFY2(renamed, qPrintable(renamed ? QString() : text(renamed.error())));
    QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/new folder")));
    QVERIFY(QFileInfo(m_work + QStringLiteral("/renamed/empty.txt")).isFile());
}

void TestFileOperations::moveNeverReplaces_data()
{
    addProtocols();
}

// A move (a drop onto a folder) is a rename that refuses to replace what is there; the
// plain rename (F2) is unchanged.
void TestFileOperations::moveNeverReplaces()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const RemotePath work(m_work);
    QVERIFY(QDir().mkpath(m_work + QStringLiteral("/dest")));
    QVERIFY(writeFile(m_work + QStringLiteral("/a.txt"), "moved"));
    QVERIFY(writeFile(m_work + QStringLiteral("/b.txt"), "source"));
    QVERIFY(writeFile(m_work + QStringLiteral("/dest/b.txt"), "already there"));
    QVERIFY(giveTreeToTestUser(m_work));

    const FileOperation clash =
        FileOperation::move(work.child(QStringLiteral("b.txt")),
                            work.child(QStringLiteral("dest")).child(QStringLiteral("b.txt")));
    QVERIFY(clash.keepsExisting());
    auto refused = run(*m_session, clash);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::Exists);
    QVERIFY2(refused.error().message().contains(QStringLiteral("/dest/b.txt")),
             qPrintable(text(refused.error())));
    QFile kept(m_work + QStringLiteral("/dest/b.txt"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("already there"));
    QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/b.txt")));

    const FileOperation move =
        FileOperation::move(work.child(QStringLiteral("a.txt")),
                            work.child(QStringLiteral("dest")).child(QStringLiteral("a.txt")));
    auto moved = run(*m_session, move);
    QVERIFY2(moved, qPrintable(moved ? QString() : text(moved.error())));
    QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/a.txt")));
    QVERIFY(QFileInfo(m_work + QStringLiteral("/dest/a.txt")).isFile());
    QCOMPARE(move.summary(1), QStringLiteral("Moved %1/a.txt to %1/dest/a.txt").arg(m_work));
}

void TestFileOperations::chmodScopes_data()
{
    addProtocols();
}

void TestFileOperations::chmodScopes()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const QString tree = makeTree(QStringLiteral("perms"));
    const auto ownerRw = QFile::ReadOwner | QFile::WriteOwner;
    const auto ownerRwx = ownerRw | QFile::ExeOwner;
    const auto all755 = ownerRwx | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

    // Files only, recursively: 600 on every file, folders untouched.
    QVERIFY(QFile::setPermissions(tree, all755));
    auto files = run(*m_session, FileOperation::chmod({{RemotePath(tree), true}}, 0600, true,
                                                      FileOperation::Scope::FilesOnly));
    QVERIFY2(files, qPrintable(files ? QString() : text(files.error())));
    QCOMPARE(files.value(), 6);
    QCOMPARE(mode(tree + QStringLiteral("/f0.txt")), ownerRw);
    QCOMPARE(mode(tree + QStringLiteral("/sub/deeper/f1.txt")), ownerRw);
    QCOMPARE(mode(tree + QStringLiteral("/sub")), all755);

    // Folders only: 700 on the folder and its subfolders, files keep 600.
    auto folders = run(*m_session, FileOperation::chmod({{RemotePath(tree), true}}, 0700, true,
                                                        FileOperation::Scope::FoldersOnly));
    QVERIFY2(folders, qPrintable(folders ? QString() : text(folders.error())));
    QCOMPARE(folders.value(), 3);
    QCOMPARE(mode(tree), ownerRwx);
    QCOMPARE(mode(tree + QStringLiteral("/sub/deeper")), ownerRwx);
    QCOMPARE(mode(tree + QStringLiteral("/sub/f0.txt")), ownerRw);

    // Not recursive: only the selected entry.
    auto one = run(*m_session, FileOperation::chmod({{RemotePath(tree + QStringLiteral("/f1.txt")), false}},
                                                    0644, false));
    QVERIFY2(one, qPrintable(one ? QString() : text(one.error())));
    QCOMPARE(mode(tree + QStringLiteral("/f1.txt")), ownerRw | QFile::ReadGroup | QFile::ReadOther);
    QCOMPARE(mode(tree + QStringLiteral("/f0.txt")), ownerRw);

    // Everything, recursively.
    auto everything = run(*m_session, FileOperation::chmod({{RemotePath(tree), true}}, 0755, true));
    QVERIFY2(everything, qPrintable(everything ? QString() : text(everything.error())));
    QCOMPARE(everything.value(), 9);
    QCOMPARE(mode(tree + QStringLiteral("/sub/deeper/f0.txt")), all755);
}

void TestFileOperations::failureNamesFileAndReply_data()
{
    addProtocols();
}

void TestFileOperations::failureNamesFileAndReply()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const RemotePath missing = RemotePath(m_work).child(QStringLiteral("no-such-file.txt"));
    auto failed = run(*m_session, FileOperation::remove({{missing, false}}));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message().contains(missing.toString()), qPrintable(failed.error().toString()));
    if (protocol == QLatin1String("ftp"))
        QVERIFY2(failed.error().serverReply().startsWith(QLatin1String("550")),
                 qPrintable(failed.error().toString()));
    else
        QVERIFY2(!failed.error().serverReply().isEmpty() || failed.error().kind() == ErrorKind::NotFound,
                 qPrintable(failed.error().toString()));
}

void TestFileOperations::browsingStaysUsableDuringDelete_data()
{
    addProtocols();
}

void TestFileOperations::browsingStaysUsableDuringDelete()
{
    QFETCH(QString, protocol);
    m_session = openSession(protocol);
    const QString big = makeTree(QStringLiteral("big"), 400);         // 1,200 files
    QVERIFY(wait<Listing>(m_session->list(RemotePath(m_work))).ok()); // browsing connected
    OperationJob *job = m_session->runOperation(FileOperation::remove({{RemotePath(big), true}}));
    std::optional<Result<int>> deleted;
    connect(job, &OperationJob::finished, this, [&deleted](const Result<int> &r) { deleted = r; });
    // A fresh listing on the browsing connection answers while the delete runs.
    auto listing = wait<Listing>(m_session->list(RemotePath(m_fx.rootDir()), Session::CachePolicy::Reload));
    QVERIFY2(listing, qPrintable(listing ? QString() : text(listing.error())));
    QVERIFY2(!deleted.has_value(), "the delete ended before the listing: nothing was proved");
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 60000);
    QVERIFY2(deleted->ok(), qPrintable(deleted->ok() ? QString() : text(deleted->error())));
    QCOMPARE(deleted->value(), 1200 + 3);
    QVERIFY(!QFileInfo::exists(big));
}

void TestFileOperations::waitsForAFreeTransferConnection()
{
    m_session = openSession(QStringLiteral("ftp"));
    m_session->setTransferConnectionLimit(1);
    Connection *taken = m_session->acquireTransferConnection();
    QVERIFY(taken);
    const RemotePath folder = RemotePath(m_work).child(QStringLiteral("later"));
    OperationJob *job = m_session->runOperation(FileOperation::makeDir(folder));
    std::optional<Result<int>> result;
    connect(job, &OperationJob::finished, this, [&result](const Result<int> &r) { result = r; });
    QTest::qWait(300);
    QVERIFY(!result.has_value());
    QCOMPARE(m_session->waitingOperations(), 1);
    QVERIFY(!QFileInfo::exists(folder.toString()));
    m_session->releaseTransferConnection(taken);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : text(result->error())));
    QVERIFY(QFileInfo(folder.toString()).isDir());
    QCOMPARE(m_session->waitingOperations(), 0);
}

QTEST_GUILESS_MAIN(TestFileOperations)
#include "tst_fileoperations.moc"
