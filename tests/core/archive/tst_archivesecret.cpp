// labels: integration
// timeout: 300
// Uploading an encrypted member (a zip made with `zip -P`) from inside the archive
// through the queue to the fixture's vsftpd: the queue asks for the password the way a
// server's is asked (a Secret QuestionRequest from QueueService::questionAsked, which the
// window answers with its password dialog), answered here by a script: wrong, then right.
// The member arrives byte-identical (SHA-256); a member answered wrong three times fails
// with "wrong password"; and the password is in neither the queue's database file nor
// any line the queue logged. Also the core call alone: openMember with an asker; and
// ferry-cli's prompt on a real terminal (a pty driven by pty_password.py): a wrong then
// the right password typed, the echo off (neither is on the captured screen), the bytes.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "TestServers.h"
#include "TestUtil.h"
#include "archive/Archive.h"
#include "session/LogEntry.h"
#include "session/QuestionRequest.h"
#include "sites/CredentialStore.h"
#include "transfer/QueueRequests.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

using namespace ferry::test;
using namespace ferry::transfer;
using ferry::session::QuestionRequest;

namespace {
const QString kPassword = QStringLiteral("Opensesame-4711");
const QString kWrong = QStringLiteral("wrong-password-42");
} // namespace

class TestArchiveSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openMemberAsks();
    void queueUploadAsksAndKeepsNoPassword();
    void cliPromptOnTerminal();

private:
    QTemporaryDir m_dir;
    QString m_archive; // enc.zip: secret.bin (700 KB random), other.bin (90 KB), encrypted
};

void TestArchiveSecret::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        QSKIP("zip is not installed (scripts/setup-debian.sh)");
    QueueService::registerMetaTypes();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("src"))));
    QVERIFY(writeRandomFile(m_dir.filePath(QStringLiteral("src/secret.bin")), 700000, 21));
    QVERIFY(writeRandomFile(m_dir.filePath(QStringLiteral("src/other.bin")), 90000, 22));
    m_archive = m_dir.filePath(QStringLiteral("enc.zip"));
    QProcess zip;
    zip.setWorkingDirectory(m_dir.filePath(QStringLiteral("src")));
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-P"), kPassword, m_archive,
                                      QStringLiteral("secret.bin"), QStringLiteral("other.bin")});
    QVERIFY(zip.waitForFinished(60000) && zip.exitCode() == 0);
}

void TestArchiveSecret::openMemberAsks()
{
    // Without an asker: the error names the member as encrypted, as before.
    auto plain = ferry::archive::openMember(m_archive, QStringLiteral("secret.bin"));
    QVERIFY(!plain);
    QVERIFY2(plain.error().message().contains(QStringLiteral("encrypted")),
             qPrintable(plain.error().message()));

    // Wrong three times: "wrong password", three questions, the second and third saying why.
    QStringList why;
    auto wrong = ferry::archive::openMember(m_archive, QStringLiteral("secret.bin"), 0, {}, true,
                                            [&why](const QString &, const QString &error) {
                                                why << error;
                                                return std::optional<QString>(kWrong);
                                            });
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message().contains(QStringLiteral("wrong password")) ||
                 wrong.error().message().contains(QStringLiteral("CRC")), // a check byte can pass a wrong one
             qPrintable(wrong.error().message()));
    QVERIFY2(why.size() == 3 || wrong.error().message().contains(QStringLiteral("CRC")),
             qPrintable(why.join(QLatin1Char('|'))));
    QVERIFY(why.first().isEmpty());

    // Declined: cancelled.
    auto declined = ferry::archive::openMember(m_archive, QStringLiteral("secret.bin"), 0, {}, true,
                                               [](const QString &, const QString &) { return std::nullopt; });
    QVERIFY(!declined);
    QCOMPARE(declined.error().kind(), ferry::remote::ErrorKind::Cancelled);

    // Wrong, then right: the bytes, read through borrow() (the sender's way) from an offset.
    int asked = 0;
    auto reader = ferry::archive::openMember(
        m_archive, QStringLiteral("secret.bin"), 1000, {}, true, [&asked](const QString &, const QString &) {
            return std::optional<QString>(asked++ == 0 ? kWrong : kPassword);
        });
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message()));
    QByteArray got;
    while (true) {
        auto view = (*reader)->borrow(64 * 1024);
        QVERIFY2(view, qPrintable(view ? QString() : view.error().message()));
        if (view->isEmpty())
            break;
        got.append(view->data(), view->size());
    }
    QFile source(m_dir.filePath(QStringLiteral("src/secret.bin")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(sha256OfBytes(got), sha256OfBytes(source.readAll().mid(1000)));
    QVERIFY(asked >= 1);

    // The archive's next member: the password that fit is tried first, nobody asked.
    auto next = ferry::archive::openMember(m_archive, QStringLiteral("other.bin"), 0, {}, true,
                                           [](const QString &, const QString &) {
                                               qWarning("asked again");
                                               return std::optional<QString>();
                                           });
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message()));
}

void TestArchiveSecret::queueUploadAsksAndKeepsNoPassword()
{
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    const ServerInfo *ftp = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(fx.lastError()));
    // A fresh archive (another path): nothing remembered for it in this process.
    const QString archive = m_dir.filePath(QStringLiteral("queued.zip"));
    QVERIFY(QFile::copy(m_archive, archive));

    auto sites = std::make_shared<QueueSites>(ferry::remote::ConnectOptions(), [] {
        return ferry::remote::Result<std::unique_ptr<ferry::sites::CredentialStore>>(
            ferry::remote::Error(ferry::remote::ErrorKind::Auth, QStringLiteral("no store in this test")));
    });
    QueueService service(QueueSites::resolver(sites));
    const QString database = m_dir.filePath(QStringLiteral("queue.sqlite"));
    QSignalSpy opened(&service, &QueueService::opened);
    service.open(database);
    QVERIFY(opened.wait(10000));
    QStringList logged;
    connect(&service, &QueueService::logged, this,
            [&logged](const QString &, const ferry::session::LogEntry &entry) { logged << entry.text; });
    QHash<qint64, QueueItem> items;
    connect(&service, &QueueService::itemsChanged, this, [&items](const QList<QueueItem> &changed) {
        for (const QueueItem &item : changed)
            items.insert(item.id, item);
    });
    QStringList titles;
    QStringList instructions;
    int answers = 0;
    connect(&service, &QueueService::questionAsked, this, [&](QuestionRequest *request) {
        QCOMPARE(int(request->kind()), int(QuestionRequest::Kind::Secret));
        QVERIFY(!request->secretPrompt().echo);
        titles << request->secretPrompt().title;
        instructions << request->secretPrompt().instruction;
        // The first question (either member's, the queue runs them in any order): wrong,
        // then right; the other member is asked only if it ran before the password fit.
        request->answer(answers++ == 0 ? kWrong : kPassword);
    });

    const QString site = QStringLiteral("ftp://%1@%2:%3").arg(Fixture::user(), ftp->host).arg(ftp->port);
    sites->remember(site, Fixture::password());
    const QueueTarget target{site, {}};
    QSignalSpy idle(&service, &QueueService::idle);
    service.add(archiveUploadItems(target, archive,
                                   {ArchiveSource{QStringLiteral("secret.bin"), false, 700000},
                                    ArchiveSource{QStringLiteral("other.bin"), false, 90000}},
                                   fx.rootDir(), ExistsAction::Overwrite),
                true);
    QTRY_VERIFY_WITH_TIMEOUT(!items.isEmpty() && std::all_of(items.cbegin(), items.cend(),
                                                             [](const QueueItem &i) {
                                                                 return i.state == ItemState::Done ||
                                                                        i.state == ItemState::Failed;
                                                             }),
                             120000);
    for (const QueueItem &item : std::as_const(items))
        QVERIFY2(item.state == ItemState::Done, qPrintable(item.lastError));
    QVERIFY(answers >= 1);
    QVERIFY2(titles.first().contains(QStringLiteral("queued.zip")), qPrintable(titles.first()));
    QVERIFY2(instructions.first().contains(QStringLiteral("secret.bin")) || // the member asked first
                 instructions.first().contains(QStringLiteral("other.bin")),
             qPrintable(instructions.first()));
    if (answers == 2) // ZipCrypto's one check byte lets 1 wrong password in 256 through: rare
        QVERIFY2(instructions.last().contains(QStringLiteral("Wrong password")),
                 qPrintable(instructions.last()));
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/secret.bin")),
             sha256OfFile(m_dir.filePath(QStringLiteral("src/secret.bin"))));
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/other.bin")),
             sha256OfFile(m_dir.filePath(QStringLiteral("src/other.bin"))));

    // Neither password, the right or the wrong one, is kept anywhere the queue writes.
    // (The database and its write-ahead log, as they are on disk now.)
    QByteArray stored;
    for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("queue.sqlite*")}, QDir::Files)) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        stored += file.readAll();
    }
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.contains("secret.bin")); // the database is where it was looked for
    QVERIFY(!stored.contains(kPassword.toUtf8()));
    QVERIFY(!stored.contains(kWrong.toUtf8()));
    QVERIFY(!logged.isEmpty());
    for (const QString &line : std::as_const(logged)) {
        QVERIFY2(!line.contains(kPassword) && !line.contains(kWrong), qPrintable(line));
    }
}

void TestArchiveSecret::cliPromptOnTerminal()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed (scripts/setup-debian.sh)");
    const QString driver = QFINDTESTDATA("pty_password.py");
    QVERIFY(!driver.isEmpty());
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    const ServerInfo *ftp = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(fx.lastError()));
    const QString archive = m_dir.filePath(QStringLiteral("typed.zip")); // nothing remembered for it
    QVERIFY(QFile::copy(m_archive, archive));
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password()); // the server's
    env.insert(QStringLiteral("FERRY_CONFIG_DIR"), config.path());
    env.insert(QStringLiteral("FERRY_DATA_DIR"), config.path());
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const auto run = [&](const QStringList &answers, const QString &remoteName, QByteArray *screen) {
        QProcess p;
        p.setProcessEnvironment(env);
        QStringList args{driver, QStringLiteral("150"), QStringLiteral("Password for secret.bin:")};
        args << answers << QStringLiteral("--") << ferry::test::cliPath() << QStringLiteral("put")
             << archive + QStringLiteral("!/secret.bin")
             << QStringLiteral("ftp://%1@%2:%3/%4")
                    .arg(Fixture::user(), ftp->host)
                    .arg(ftp->port)
                    .arg(remoteName);
        p.start(QStringLiteral("python3"), args);
        if (!p.waitForFinished(200000))
            return -1;
        *screen = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };

    // Wrong, then right: uploaded; what was typed never shows.
    QByteArray screen;
    const int code = run({kWrong, kPassword}, QStringLiteral("typed.bin"), &screen);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(QString::fromUtf8(screen))));
    QVERIFY2(screen.contains("Wrong password for secret.bin"), screen.constData());
    QVERIFY2(!screen.contains(kPassword.toUtf8()) && !screen.contains(kWrong.toUtf8()), screen.constData());
    QCOMPARE(sha256OfFile(fx.rootDir() + QStringLiteral("/typed.bin")),
             sha256OfFile(m_dir.filePath(QStringLiteral("src/secret.bin"))));

    // Wrong three times: a clear error, nothing echoed.
    const int failed = run({kWrong, kWrong + QLatin1Char('x'), kWrong + QLatin1Char('y')},
                           QStringLiteral("never.bin"), &screen);
    QVERIFY2(failed != 0 && failed < 90, qPrintable(QString::fromUtf8(screen)));
    QVERIFY2(screen.contains("wrong password for the encrypted member secret.bin") || screen.contains("CRC"),
             screen.constData());
    QVERIFY2(!screen.contains(kWrong.toUtf8()), screen.constData());
}

QTEST_GUILESS_MAIN(TestArchiveSecret)
#include "tst_archivesecret.moc"
