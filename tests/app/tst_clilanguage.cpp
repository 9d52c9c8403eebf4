// ferry-cli speaks the locale's language: --help and a usage error under LANG=de_DE.UTF-8
// are German, LANGUAGE picks the language before LANG, and the C locale keeps English.
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

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
