// ferry-cli speaks the locale's language: --help and a usage error under LANG=de_DE.UTF-8
// are German, LANGUAGE picks the language before LANG, and the C locale keeps English. The
// commands' own messages follow (a usage error of one command, a missing local file) and
// so do core's errors (a URL without a host), in German and Indonesian; none of these
// needs a server.
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    QString out;
    QString err;
    int code = -1;
};

Run runCli(const QStringList &args, const QList<QPair<QString, QString>> &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LANG"), QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"),
                                QStringLiteral("LC_MESSAGES"), QStringLiteral("FERRY_TRANSLATIONS_DIR")})
        e.remove(name);
    for (const auto &[name, value] : env)
        e.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(FERRY_CLI_PATH), args);
    Run run;
    if (!p.waitForFinished(30000))
        return run;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    run.code = p.exitCode();
    return run;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpInGerman();
    void usageErrorInGerman();
    void languageBeforeLang();
    void cLocaleIsEnglish();
    void commandMessages_data();
    void commandMessages();
};

void TestCliLanguage::helpInGerman()
{
    const Run run =
        runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Aufruf: ferry-cli [globale Optionen] BEFEHL")),
             qPrintable(run.out));
    // Every paragraph: the commands, URLs, options, trust and exit codes.
    for (const char *german :
         {"eine Datei oder, mit -r, einen Ordner herunterladen", "FTP-Pfade sind relativ zum Anmeldeordner",
          "--timeout SEKUNDEN     so lange auf den Server warten (Standard 20)",
          "geänderter Host-Schlüssel wird immer abgelehnt", "Exit-Codes: 0 Erfolg"})
        QVERIFY2(run.out.contains(QString::fromUtf8(german)), german);
    for (const char *english :
         {"Usage:", "download a file", "Options (anywhere", "Exit codes:", "Without a terminal"})
        QVERIFY2(!run.out.contains(QLatin1String(english)), english);
}

void TestCliLanguage::usageErrorInGerman()
{
    const Run run =
        runCli({QStringLiteral("--bogus")}, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ferry-cli: Unbekannte Option --bogus")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(siehe ferry-cli --help)")), qPrintable(run.err));
}

void TestCliLanguage::languageBeforeLang()
{
    const Run run =
        runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                                            {QStringLiteral("LANGUAGE"), QStringLiteral("id")}});
    QVERIFY2(run.out.startsWith(QStringLiteral("Penggunaan: ferry-cli [opsi global] PERINTAH")),
             qPrintable(run.out));
}

void TestCliLanguage::cLocaleIsEnglish()
{
    const Run run = runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: ferry-cli [global options] COMMAND")),
             qPrintable(run.out));
}

void TestCliLanguage::commandMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString missing = QStringLiteral("/nonexistent-ferry-folder/file.txt");
    const QStringList put{QStringLiteral("put"), missing, QStringLiteral("ftp://127.0.0.1:1/")};
    const QStringList mkdir{QStringLiteral("mkdir")};
    const QStringList noHost{QStringLiteral("ls"), QStringLiteral("ftp:///dir")};
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--direction"), QStringLiteral("sideways"),
                           QStringLiteral("a"), QStringLiteral("ftp://127.0.0.1:1/")};
    // The RemoteCommands context: a local file that is missing, a usage error.
    QTest::newRow("de put missing") << QStringLiteral("de_DE.UTF-8") << put
                                    << QStringLiteral("ferry-cli: %1 existiert nicht").arg(missing);
    QTest::newRow("id put missing") << QStringLiteral("id_ID.UTF-8") << put
                                    << QStringLiteral("ferry-cli: %1 tidak ada").arg(missing);
    QTest::newRow("C put missing") << QStringLiteral("C.UTF-8") << put
                                   << QStringLiteral("ferry-cli: %1 does not exist").arg(missing);
    QTest::newRow("de mkdir usage") << QStringLiteral("de_DE.UTF-8") << mkdir
                                    << QStringLiteral("ferry-cli: mkdir erwartet eine URL");
    QTest::newRow("id mkdir usage") << QStringLiteral("id_ID.UTF-8") << mkdir
                                    << QStringLiteral("ferry-cli: mkdir menerima satu URL");
    // The SyncCommand context, and the sync help that follows a usage error.
    QTest::newRow("de sync usage") << QStringLiteral("de_DE.UTF-8") << sync
                                   << QStringLiteral("--direction erwartet up oder down, nicht 'sideways'\n"
                                                     "Aufruf: ferry-cli sync");
    QTest::newRow("id sync usage") << QStringLiteral("id_ID.UTF-8") << sync
                                   << QStringLiteral("--direction menerima up atau down, bukan 'sideways'\n"
                                                     "penggunaan: ferry-cli sync");
    // core's message (ferry::remote), shown by the CLI.
    QTest::newRow("de no host") << QStringLiteral("de_DE.UTF-8") << noHost
                                << QStringLiteral("ferry-cli: die URL nennt keinen Host");
    QTest::newRow("id no host") << QStringLiteral("id_ID.UTF-8") << noHost
                                << QStringLiteral("ferry-cli: URL tidak menyebut host");
    QTest::newRow("C no host") << QStringLiteral("C.UTF-8") << noHost
                               << QStringLiteral("ferry-cli: the URL names no host");
}

void TestCliLanguage::commandMessages()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run run = runCli(args, {{QStringLiteral("LANG"), lang}});
    QVERIFY2(run.code == 1 || run.code == 2, qPrintable(QString::number(run.code)));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
