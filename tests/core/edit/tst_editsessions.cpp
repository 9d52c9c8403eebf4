// labels: integration
// timeout: 300
// View/Edit's core (core/edit/EditSessions) against the fixture's vsftpd and sshd: a file
// is downloaded into a private temporary folder (mode 0700), a scripted "editor" (a shell
// script named as the editor for the extension, started by EditorLauncher as the window
// starts it) changes it in place, another replaces it by rename: each is asked about
// once, uploaded through the queue once, and the server's file is byte-identical (SHA-256)
// to the local copy. A change made on the server between download and upload is detected
// before the upload: Cancel uploads nothing, "download theirs" brings the server's file
// and reopens it, Overwrite uploads; nothing is overwritten without the answer. Closing
// removes the temporary copies. After a crash (the copies and their manifests left as a
// dead run leaves them), the next start removes the unchanged copy, keeps and reports the
// changed one, and uploads it on request to the server and path it came from; copies of a
// run still alive are left alone.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestServers.h"
#include "TestUtil.h"
#include "edit/EditCopies.h"
#include "edit/EditSessions.h"
#include "edit/EditorLauncher.h"
#include "session/QuestionRequest.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "session/SiteRef.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry;
using edit::EditQuestion;
using edit::EditSessions;
using test::Fixture;
using test::sha256OfFile;

namespace {

constexpr int kDebounce = 300;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeScript(const QString &path, const QByteArray &body)
{
    if (!writeFile(path, "#!/bin/sh\n" + body))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestEditSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editorsInPlaceAndByRename_data();
    void editorsInPlaceAndByRename();
    void serverChangeIsNeverOverwrittenSilently_data();
    void serverChangeIsNeverOverwrittenSilently();
    void editorChoice();
    void copiesLeftByACrash();
    void copiesOfALiveRunAreLeftAlone();

private:
    struct Run
    {
        std::unique_ptr<Fixture> fx;
        const test::ServerInfo *srv = nullptr;
        QTemporaryDir temp;
        std::unique_ptr<session::SessionManager> manager;
        session::Session *session = nullptr;
        std::shared_ptr<transfer::QueueSites> sites;
        std::unique_ptr<transfer::QueueService> queue;
        std::unique_ptr<EditSessions> edits;
        transfer::QueueTarget target;
        QList<QPointer<EditQuestion>> questions; // asked, in order
        QList<int> uploaded;                     // file ids, in order
        int queueUploads = 0;                    // upload items that reached Done
        QString remoteDisk(const QString &name) const { return fx->rootDir() + QLatin1Char('/') + name; }
    };
    bool setUp(Run &run, bool sftp);
    QTemporaryDir m_home;
};

void TestEditSessions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                              m_home.filePath(QStringLiteral("data")));
    transfer::QueueService::registerMetaTypes();
}

bool TestEditSessions::setUp(Run &run, bool sftp)
{
    run.fx = std::make_unique<Fixture>();
    if (!run.fx->isValid() || !run.temp.isValid())
        return false;
    run.srv = sftp ? run.fx->startSshd() : run.fx->startVsftpd(test::VsftpdMode::Plain);
    if (!run.srv) {
        qWarning("%s", qPrintable(run.fx->lastError()));
        return false;
    }
    remote::ConnectOptions options;
    options.useAgent = false;
    if (sftp) {
        options.knownHostsFile = run.temp.filePath(QStringLiteral("known_hosts"));
        QFile key(run.fx->sshHostKeyPath() + QStringLiteral(".pub"));
        if (!key.open(QIODevice::ReadOnly))
            return false;
        if (!trust::KnownHosts::add(options.knownHostsFile, run.srv->host, run.srv->port,
                                    QByteArray::fromBase64(key.readAll().split(' ').value(1)))
                 .ok())
            return false;
    }
    remote::ConnectionSpec spec;
    spec.protocol = sftp ? remote::Protocol::Sftp : remote::Protocol::Ftp;
    spec.host = run.srv->host;
    spec.port = run.srv->port;
    spec.user = Fixture::user();
    spec.password = Fixture::password();
    spec.hasPassword = true;
    run.manager = std::make_unique<session::SessionManager>();
    run.session = run.manager->openOwnSession(spec, options);
    run.sites = std::make_shared<transfer::QueueSites>(options, [] {
        return remote::Result<std::unique_ptr<sites::CredentialStore>>(
            remote::Error(remote::ErrorKind::Auth, QStringLiteral("no store in this test")));
    });
    run.target = transfer::QueueTarget{session::SiteRef::fromSpec(spec).display(), options};
    run.sites->remember(run.target.site, spec.password);
    run.queue = std::make_unique<transfer::QueueService>(transfer::QueueSites::resolver(run.sites));
    QSignalSpy opened(run.queue.get(), &transfer::QueueService::opened);
    run.queue->open(QStringLiteral(":memory:"));
    if (!opened.wait(10000))
        return false;
    QObject::connect(run.queue.get(), &transfer::QueueService::itemsChanged, run.queue.get(),
                     [&run](const QList<transfer::QueueItem> &items) {
                         for (const transfer::QueueItem &item : items) {
                             if (item.direction == transfer::Direction::Upload &&
                                 item.state == transfer::ItemState::Done)
                                 ++run.queueUploads;
                         }
                     });
    run.edits = std::make_unique<EditSessions>(*run.queue);
    run.edits->setTempRoot(run.temp.filePath(QStringLiteral("edit")));
    run.edits->watcher().setDebounce(kDebounce);
    QObject::connect(run.edits.get(), &EditSessions::questionAsked, run.edits.get(),
                     [&run](session::QuestionRequest *request) {
                         QCOMPARE(request->kind(), session::QuestionRequest::Kind::EditedFile);
                         run.questions.append(static_cast<EditQuestion *>(request));
                     });
    QObject::connect(run.edits.get(), &EditSessions::uploaded, run.edits.get(),
                     [&run](int id) { run.uploaded.append(id); });
    QObject::connect(
        run.edits.get(), &EditSessions::failed, run.edits.get(),
        [](int id, const QString &message) { qWarning("file %d: %s", id, qPrintable(message)); });
    return true;
}

void TestEditSessions::editorsInPlaceAndByRename_data()
{
    QTest::addColumn<bool>("sftp");
    QTest::newRow("vsftpd") << false;
    QTest::newRow("sshd") << true;
}

void TestEditSessions::editorsInPlaceAndByRename()
{
    QFETCH(bool, sftp);
    Run run;
    QVERIFY(setUp(run, sftp));
    QVERIFY(writeFile(run.remoteDisk(QStringLiteral("notes.txt")), "the server's notes\n"));
    QVERIFY(writeFile(run.remoteDisk(QStringLiteral("page.html")), "<p>the server's page</p>\n"));
    QVERIFY(run.fx->giveToTestUser(run.remoteDisk(QStringLiteral("notes.txt"))));
    QVERIFY(run.fx->giveToTestUser(run.remoteDisk(QStringLiteral("page.html"))));

    // The editors the user chose per extension: one writes in place, one saves by rename.
    QMap<QString, QString> editors;
    editors.insert(QStringLiteral("txt"), writeScript(run.temp.filePath(QStringLiteral("inplace.sh")),
                                                      "printf 'added in place\\n' >> \"$1\"\n"));
    editors.insert(QStringLiteral(".html"),
                   writeScript(run.temp.filePath(QStringLiteral("byrename.sh")),
                               "printf '<p>saved by rename</p>\\n' > \"$1.swp\" && mv \"$1.swp\" \"$1\"\n"));
    int opened = 0;
    bool launchEditors = true;
    QObject::connect(run.edits.get(), &EditSessions::readyToOpen, run.edits.get(),
                     [&](int, const QString &path, EditSessions::Mode) {
                         ++opened;
                         if (!launchEditors)
                             return;
                         const QString command = edit::EditorLauncher::commandFor(editors, path);
                         QVERIFY(!command.isEmpty());
                         QVERIFY(edit::EditorLauncher::launch(command, path).ok());
                     });
    QObject::connect(run.edits.get(), &EditSessions::questionAsked, run.edits.get(),
                     [](session::QuestionRequest *request) {
                         auto *q = static_cast<EditQuestion *>(request);
                         QCOMPARE(q->details().topic, EditQuestion::Topic::UploadChanged);
                         q->answer(EditQuestion::Answer::Upload);
                     });
    const remote::RemotePath notes(run.remoteDisk(QStringLiteral("notes.txt")));
    const remote::RemotePath page(run.remoteDisk(QStringLiteral("page.html")));
    const int a = run.edits->open(run.session, run.target, notes, EditSessions::Mode::Edit);
    const int b = run.edits->open(run.session, run.target, page, EditSessions::Mode::Edit);
    QTRY_COMPARE_WITH_TIMEOUT(run.uploaded.size(), 2, 30000);
    // Once each, and no more (the editors ran once; the upload itself is no change).
    QTest::qWait(kDebounce * 4);
    QCOMPARE(opened, 2);
    QCOMPARE(run.uploaded.size(), 2);
    QCOMPARE(run.questions.size(), 2);
    QCOMPARE(run.queueUploads, 2);
    const auto fa = run.edits->file(a);
    const auto fb = run.edits->file(b);
    QVERIFY(fa && fb);
    QCOMPARE(fa->uploads, 1);
    QCOMPARE(fb->uploads, 1);
    QVERIFY(run.edits->unsaved().isEmpty());
    QCOMPARE(readFile(fa->localPath), QByteArray("the server's notes\nadded in place\n"));
    QCOMPARE(readFile(fb->localPath), QByteArray("<p>saved by rename</p>\n"));
    QCOMPARE(sha256OfFile(notes.toString()), sha256OfFile(fa->localPath));
    QCOMPARE(sha256OfFile(page.toString()), sha256OfFile(fb->localPath));
    // The copies sit in folders only the user may enter, under the temporary root.
    QVERIFY(fa->localPath.startsWith(run.edits->tempRoot() + QLatin1Char('/')));
    for (QString dir = QFileInfo(fa->localPath).absolutePath(); dir.startsWith(run.edits->tempRoot());
         dir = QFileInfo(dir).absolutePath())
        QCOMPARE(QFileInfo(dir).permissions() & 0x0077, QFileDevice::Permissions());
    // The same file opened again is not downloaded again. (No editor this time: a detached
    // editor still appending while closeAll() below removes the folder would race with it.)
    launchEditors = false;
    QCOMPARE(run.edits->open(run.session, run.target, notes, EditSessions::Mode::Edit), a);
    QTRY_COMPARE_WITH_TIMEOUT(opened, 3, 5000);
    // Closed: the temporary copies are gone.
    run.edits->closeAll();
    QVERIFY(!QFileInfo::exists(fa->localPath));
    QVERIFY(!QFileInfo::exists(fb->localPath));
    QVERIFY(run.edits->files().isEmpty());
}

void TestEditSessions::serverChangeIsNeverOverwrittenSilently_data()
{
    editorsInPlaceAndByRename_data();
}

void TestEditSessions::serverChangeIsNeverOverwrittenSilently()
{
    QFETCH(bool, sftp);
    Run run;
    QVERIFY(setUp(run, sftp));
    const QString disk = run.remoteDisk(QStringLiteral("conf.ini"));
    QVERIFY(writeFile(disk, "[a]\nx=1\n"));
    QVERIFY(run.fx->giveToTestUser(disk));
    QSignalSpy ready(run.edits.get(), &EditSessions::readyToOpen);
    const int id =
        run.edits->open(run.session, run.target, remote::RemotePath(disk), EditSessions::Mode::Edit);
    QVERIFY(ready.wait(20000));
    const QString local = run.edits->file(id)->localPath;
    QCOMPARE(readFile(local), QByteArray("[a]\nx=1\n"));

    // Someone else changes the server's file; then the user saves.
    const QByteArray theirs = "[a]\nx=1\n[b]\ny=2 (theirs)\n";
    QVERIFY(writeFile(disk, theirs));
    QVERIFY(run.fx->giveToTestUser(disk));
    QVERIFY(writeFile(local, "[a]\nx=10 (mine)\n"));
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 1, 10000);
    QCOMPARE(run.questions.at(0)->details().topic, EditQuestion::Topic::UploadChanged);
    QCOMPARE(run.edits->unsaved(), QList<int>{id});
    run.questions.at(0)->answer(EditQuestion::Answer::Upload);
    // Listed before the upload: changed there, so asked, not uploaded.
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 2, 10000);
    const EditQuestion::Details conflict = run.questions.at(1)->details();
    QCOMPARE(conflict.topic, EditQuestion::Topic::ChangedOnServer);
    QCOMPARE(conflict.serverSize, qint64(theirs.size()));
    QCOMPARE(conflict.downloadedSize, qint64(8));
    QCOMPARE(readFile(disk), theirs);
    // Cancel: nothing is uploaded, the file stays changed.
    run.questions.at(1)->answer(EditQuestion::Answer::Cancel);
    QTest::qWait(1000);
    QCOMPARE(readFile(disk), theirs);
    QCOMPARE(run.queueUploads, 0);
    QCOMPARE(run.edits->unsaved(), QList<int>{id});
    // Unanswered (the dialog closed): nothing either.
    QVERIFY(writeFile(local, "[a]\nx=11 (mine)\n"));
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 3, 10000);
    run.questions.at(2)->answer(EditQuestion::Answer::Upload);
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 4, 10000);
    QCOMPARE(run.questions.at(3)->details().topic, EditQuestion::Topic::ChangedOnServer);
    run.questions.at(3)->cancel();
    QTest::qWait(1000);
    QCOMPARE(readFile(disk), theirs);
    QCOMPARE(run.queueUploads, 0);

    // Download theirs: the local copy becomes the server's and is opened again.
    QVERIFY(writeFile(local, "[a]\nx=12 (mine)\n"));
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 5, 10000);
    run.questions.at(4)->answer(EditQuestion::Answer::Upload);
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 6, 10000);
    ready.clear();
    run.questions.at(5)->answer(EditQuestion::Answer::DownloadTheirs);
    QVERIFY(ready.wait(20000));
    QCOMPARE(readFile(local), theirs);
    QCOMPARE(readFile(disk), theirs);
    QVERIFY(run.edits->unsaved().isEmpty());
    QTest::qWait(kDebounce * 3);
    QCOMPARE(run.questions.size(), 6); // the download itself is not a change

    // Edited on top of theirs: no conflict now, uploaded.
    QVERIFY(writeFile(local, theirs + "z=3 (mine on theirs)\n"));
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 7, 10000);
    run.questions.at(6)->answer(EditQuestion::Answer::Upload, true); // always for this file
    QTRY_COMPARE_WITH_TIMEOUT(run.uploaded.size(), 1, 20000);
    QCOMPARE(sha256OfFile(disk), sha256OfFile(local));
    QCOMPARE(run.questions.size(), 7);

    // Changed on the server again, then locally: "always" uploads without asking, but a
    // server change still asks; Overwrite replaces it.
    QTest::qWait(1100); // a later second: vsftpd's times are whole seconds
    QVERIFY(writeFile(disk, "overwritten soon\n"));
    QVERIFY(run.fx->giveToTestUser(disk));
    QVERIFY(writeFile(local, "mine, final\n"));
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 8, 10000);
    QCOMPARE(run.questions.at(7)->details().topic, EditQuestion::Topic::ChangedOnServer);
    QCOMPARE(readFile(disk), QByteArray("overwritten soon\n"));
    run.questions.at(7)->answer(EditQuestion::Answer::Overwrite);
    QTRY_COMPARE_WITH_TIMEOUT(run.uploaded.size(), 2, 20000);
    QCOMPARE(readFile(disk), QByteArray("mine, final\n"));
    QCOMPARE(sha256OfFile(disk), sha256OfFile(local));
    QCOMPARE(run.queueUploads, 2);
    run.edits->close(id);
    QVERIFY(!QFileInfo::exists(local));
}

void TestEditSessions::editorChoice()
{
    QMap<QString, QString> editors;
    editors.insert(QStringLiteral("gz"), QStringLiteral("gzed"));
    editors.insert(QStringLiteral("tar.gz"), QStringLiteral("tared"));
    editors.insert(QStringLiteral("*.PY"), QStringLiteral("pyed %f --wait"));
    QCOMPARE(edit::EditorLauncher::commandFor(editors, QStringLiteral("/t/a.tar.gz")),
             QStringLiteral("tared"));
    QCOMPARE(edit::EditorLauncher::commandFor(editors, QStringLiteral("/t/a.gz")), QStringLiteral("gzed"));
    QCOMPARE(edit::EditorLauncher::commandFor(editors, QStringLiteral("/t/b.py")),
             QStringLiteral("pyed %f --wait"));
    QCOMPARE(edit::EditorLauncher::commandFor(editors, QStringLiteral("/t/c.txt")), QString());
    editors.insert(QStringLiteral("*"), QStringLiteral("any"));
    QCOMPARE(edit::EditorLauncher::commandFor(editors, QStringLiteral("/t/c.txt")), QStringLiteral("any"));
    // %f is replaced (a path with spaces stays one argument).
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString script =
        writeScript(dir.filePath(QStringLiteral("ed.sh")), "printf '%s|%s' \"$1\" \"$2\" > \"$2\"\n");
    QVERIFY(edit::EditorLauncher::launch(script + QStringLiteral(" --flag %f"), out).ok());
    QTRY_COMPARE_WITH_TIMEOUT(readFile(out), QByteArray("--flag|") + out.toUtf8(), 5000);
    QVERIFY(!edit::EditorLauncher::launch(QStringLiteral("/no/such/editor"), out).ok());
}

void TestEditSessions::copiesLeftByACrash()
{
    Run run;
    QVERIFY(setUp(run, false));
    QVERIFY(writeFile(run.remoteDisk(QStringLiteral("notes.txt")), "the server's notes\n"));
    QVERIFY(writeFile(run.remoteDisk(QStringLiteral("page.html")), "<p>page</p>\n"));
    QVERIFY(run.fx->giveToTestUser(run.remoteDisk(QStringLiteral("notes.txt"))));
    QVERIFY(run.fx->giveToTestUser(run.remoteDisk(QStringLiteral("page.html"))));
    QSignalSpy ready(run.edits.get(), &EditSessions::readyToOpen);
    const remote::RemotePath notes(run.remoteDisk(QStringLiteral("notes.txt")));
    const int a = run.edits->open(run.session, run.target, notes, EditSessions::Mode::Edit);
    const int b = run.edits->open(run.session, run.target,
                                  remote::RemotePath(run.remoteDisk(QStringLiteral("page.html"))),
                                  EditSessions::Mode::Edit);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 30000);
    const QString changedCopy = run.edits->file(a)->localPath;
    const QString sameCopy = run.edits->file(b)->localPath;

    // Each copy has its manifest: the server, the path, the hash of what was downloaded.
    QFile manifest(edit::EditCopies::manifestFor(changedCopy));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const auto record =
        edit::EditCopy::fromJson(QJsonDocument::fromJson(manifest.readAll()).object(), manifest.fileName());
    manifest.close();
    QVERIFY(record.has_value());
    QCOMPARE(record->site, run.target.site);
    QCOMPARE(record->remotePath, notes);
    QCOMPARE(record->downloadedSha256.toLatin1(), sha256OfFile(notes.toString()));
    QVERIFY(edit::EditCopies::runAlive(run.edits->tempRoot(), record->run));

    // The user changes one copy; then Ferry dies: the files stay as they are on disk.
    QVERIFY(writeFile(changedCopy, "my unsaved work\n"));
    QMap<QString, QByteArray> left;
    for (const QString &path : {changedCopy, sameCopy, edit::EditCopies::manifestFor(changedCopy),
                                edit::EditCopies::manifestFor(sameCopy)})
        left.insert(path, readFile(path));
    run.edits.reset();
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        QVERIFY(QDir().mkpath(QFileInfo(it.key()).absolutePath()));
        QVERIFY(writeFile(it.key(), it.value()));
    }
    QVERIFY(!edit::EditCopies::runAlive(run.temp.filePath(QStringLiteral("edit")), record->run));

    // The next start: the unchanged copy goes, the changed one is kept and reported.
    EditSessions next(*run.queue);
    next.setTempRoot(run.temp.filePath(QStringLiteral("edit")));
    QSignalSpy found(&next, &EditSessions::leftCopiesFound);
    next.findLeftCopies();
    QVERIFY(found.wait(10000));
    const auto changed = found.first().at(0).value<QList<edit::EditCopy>>();
    QCOMPARE(found.first().at(1).toInt(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().localPath, changedCopy);
    QCOMPARE(changed.first().remotePath, notes);
    QVERIFY(!QFileInfo::exists(sameCopy));
    QVERIFY(!QFileInfo::exists(edit::EditCopies::manifestFor(sameCopy)));
    QCOMPARE(readFile(changedCopy), QByteArray("my unsaved work\n"));
    QCOMPARE(readFile(notes.toString()), QByteArray("the server's notes\n"));

    // Upload now: to the remembered server and path; then the copy is gone.
    QSignalSpy uploaded(&next, &EditSessions::leftCopyUploaded);
    next.uploadLeftCopy(changed.first());
    QVERIFY(uploaded.wait(30000));
    QCOMPARE(uploaded.first().at(1).toString(), QString());
    QCOMPARE(readFile(notes.toString()), QByteArray("my unsaved work\n"));
    QVERIFY(!QFileInfo::exists(changedCopy));
    QVERIFY(!QFileInfo::exists(edit::EditCopies::manifestFor(changedCopy)));
}

void TestEditSessions::copiesOfALiveRunAreLeftAlone()
{
    QTemporaryDir root;
    // A copy as a run leaves it: <root>/<site>/<run>-<id>/NAME and its manifest.
    const auto leave = [&root](const QString &run, const QString &name, const QByteArray &downloaded,
                               const QByteArray &now) {
        edit::EditCopy c;
        c.run = run;
        c.site = QStringLiteral("ftp://user@example.com:21");
        c.remotePath = remote::RemotePath(QStringLiteral("/www/") + name);
        c.localPath = root.filePath(QStringLiteral("site/%1-1/%2").arg(run, name));
        c.manifest = edit::EditCopies::manifestFor(c.localPath);
        c.downloadedSha256 =
            downloaded.isNull() ? QString() : QString::fromLatin1(test::sha256OfBytes(downloaded));
        QDir().mkpath(QFileInfo(c.localPath).absolutePath());
        return writeFile(c.localPath, now) && c.save() ? c.localPath : QString();
    };
    QLockFile alive(edit::EditCopies::lockFor(root.path(), QStringLiteral("alive")));
    QVERIFY(alive.tryLock(0));
    const QString live = leave(QStringLiteral("alive"), QStringLiteral("a.txt"), "before", "after");
    const QString unfinished = leave(QStringLiteral("dead"), QStringLiteral("b.txt"), QByteArray(), "part");
    const QString changed = leave(QStringLiteral("dead2"), QStringLiteral("c.txt"), "before", "after");
    QVERIFY(!live.isEmpty() && !unfinished.isEmpty() && !changed.isEmpty());
    const edit::EditCopies::Found found = edit::EditCopies::findLeft(root.path());
    QCOMPARE(found.removed, 1); // the download that never ended
    QCOMPARE(found.changed.size(), 1);
    QCOMPARE(found.changed.first().localPath, changed);
    QVERIFY(QFileInfo::exists(live));
    QVERIFY(!QFileInfo::exists(unfinished));
    QVERIFY(QFileInfo::exists(changed));
    // Discard: the copy and its manifest go.
    edit::EditCopies::discard(found.changed.first());
    QVERIFY(!QFileInfo::exists(changed));
    QVERIFY(!QFileInfo::exists(edit::EditCopies::manifestFor(changed)));
}

QTEST_GUILESS_MAIN(TestEditSessions)
#include "tst_editsessions.moc"
