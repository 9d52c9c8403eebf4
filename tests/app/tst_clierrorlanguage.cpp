// labels: integration
// timeout: 180
// ferry-cli's errors from real conversations with servers, in the locale's language: whole
// sentences, with no English operation name put into a translated one (issue #21). Under
// LANG=de_DE.UTF-8 and id_ID.UTF-8:
//  - a reply that never comes (a scripted FTP server that answers the login and then
//    nothing, --timeout 2): the wait's own sentence ("Zeitüberschreitung beim Warten auf die
//    Antwort des Servers"), not "timed out waiting for" with "the server's reply" put in;
//  - a rename vsftpd refuses (mv of a file that is not there): "Umbenennen von /…
//    fehlgeschlagen", the operation's name translated too.
// Each message is checked for the sentence, and for none of the English words it had
// before (the server's own reply text, quoted after it, is left out of that check).
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"

using namespace ferry::test;

namespace {

QProcessEnvironment inLanguage(const QString &locale)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LC_MESSAGES"), locale);
    env.insert(QStringLiteral("FERRY_PASSWORD"), Fixture::password());
    return env;
}

// ferry-cli's message: its standard error up to the server's quoted reply, if any.
QString messageOf(const CliResult &run)
{
    QString err = QString::fromUtf8(run.err);
    const qsizetype quoted = err.indexOf(QLatin1Char('('));
    return quoted < 0 ? err : err.left(quoted);
}

} // namespace

class TestCliErrorLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyNeverComes_data();
    void replyNeverComes();
    void refusedRename_data();
    void refusedRename();

private:
    QTemporaryDir m_dirs;
};

void TestCliErrorLanguage::replyNeverComes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8")
                        << QStringLiteral("Zeitüberschreitung beim Warten auf die Antwort des Servers");
    QTest::newRow("id") << QStringLiteral("id_ID.UTF-8")
                        << QStringLiteral("waktu habis saat menunggu balasan server");
}

void TestCliErrorLanguage::replyNeverComes()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // The login is answered; every command after it is read and never answered.
    ScriptedFtpServer server("", {});
    server.setRawHandler([](const QByteArray &verb, const QByteArray &, QTcpSocket &) {
        return verb != "USER" && verb != "PASS";
    });
    QVERIFY(server.startAndWait());
    const QString url = QStringLiteral("ftp://%1@127.0.0.1:%2/").arg(Fixture::user()).arg(server.port());
    const CliResult run =
        runCli({QStringLiteral("ls"), QStringLiteral("--timeout"), QStringLiteral("2"), url},
               m_dirs.filePath(QStringLiteral("config")), m_dirs.filePath(QStringLiteral("data")), {}, 60000,
               inLanguage(locale));
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 2);
    const QString message = messageOf(run);
    QVERIFY2(message.contains(expected), qPrintable(message));
    for (const char *english : {"timed out", "waiting", "the server's reply", "reply"})
        QVERIFY2(!message.contains(QLatin1String(english)), qPrintable(message));
}

void TestCliErrorLanguage::refusedRename_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8")
                        << QStringLiteral("Umbenennen von %1 fehlgeschlagen");
    QTest::newRow("id") << QStringLiteral("id_ID.UTF-8") << QStringLiteral("mengganti nama %1 gagal");
}

void TestCliErrorLanguage::refusedRename()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *ftp = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(ftp, qPrintable(fx.lastError()));
    // FTP paths are relative to the login folder, the fixture's root; the message names
    // the whole path.
    const QString url =
        QStringLiteral("ftp://%1@127.0.0.1:%2/not-there.txt").arg(Fixture::user()).arg(ftp->port);
    const QString missing = QDir(fx.rootDir()).filePath(QStringLiteral("not-there.txt"));
    const CliResult run = runCli({QStringLiteral("mv"), url, QStringLiteral("renamed.txt")},
                                 m_dirs.filePath(QStringLiteral("config")),
                                 m_dirs.filePath(QStringLiteral("data")), {}, 60000, inLanguage(locale));
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 2);
    const QString message = messageOf(run);
    QVERIFY2(message.contains(expected.arg(missing)), qPrintable(message));
    for (const char *english : {"renaming", "failed"})
        QVERIFY2(!message.contains(QLatin1String(english)), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCliErrorLanguage)
#include "tst_clierrorlanguage.moc"
