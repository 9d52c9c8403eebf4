// ferry-cli's command line (app/cli/CliOptions): unknown options are errors with a hint,
// "--name=value" works for every option that takes a value, a switch refuses "=value",
// "--" ends the options, negative numbers stay arguments; then the same through a real
// ferry-cli run (exit codes and messages).
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "CliContext.h"
#include "CliOptions.h"
#include "TestUtil.h"

using namespace ferry::cli;

class TestCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownOptionHasAHint()
    {
        const ParsedCommandLine line = parseCommandLine({QStringLiteral("get"), QStringLiteral("--resum"),
                                                         QStringLiteral("ftp://h/a"), QStringLiteral("a")});
        QCOMPARE(line.error, QStringLiteral("unknown option --resum (did you mean --resume?)"));
        const ParsedCommandLine before = parseCommandLine({QStringLiteral("--jsn"), QStringLiteral("ls")});
        QCOMPARE(before.error, QStringLiteral("unknown option --jsn (did you mean --json?)"));
        const ParsedCommandLine prefix =
            parseCommandLine({QStringLiteral("ls"), QStringLiteral("--trust-fing=x")});
        QCOMPARE(prefix.error,
                 QStringLiteral("unknown option --trust-fing (did you mean --trust-fingerprint?)"));
        const ParsedCommandLine far =
            parseCommandLine({QStringLiteral("ls"), QStringLiteral("--frobnicate")});
        QCOMPARE(far.error, QStringLiteral("unknown option --frobnicate"));
        QVERIFY(!parseCommandLine({QStringLiteral("ls"), QStringLiteral("-x")}).error.isEmpty());
    }

    void everyValueOptionTakesEquals()
    {
        for (const OptionSpec &o : optionTable()) {
            if (!o.takesValue)
                continue;
            const QString name = QLatin1String(o.name);
            const ParsedCommandLine joined =
                parseCommandLine({QStringLiteral("ls"), name + QStringLiteral("=a=b")});
            QVERIFY2(joined.error.isEmpty(), qPrintable(name + QLatin1Char(' ') + joined.error));
            QCOMPARE(joined.options.size(), 1);
            QCOMPARE(joined.options.first().spec, &o);
            QCOMPARE(joined.options.first().value, QStringLiteral("a=b"));
            const ParsedCommandLine apart =
                parseCommandLine({QStringLiteral("ls"), name, QStringLiteral("--x")});
            QVERIFY2(apart.error.isEmpty(), qPrintable(name + QLatin1Char(' ') + apart.error));
            QCOMPARE(apart.options.first().value, QStringLiteral("--x"));
            QVERIFY(apart.positional.isEmpty());
            QCOMPARE(parseCommandLine({QStringLiteral("ls"), name}).error,
                     name + QStringLiteral(" needs a value"));
        }
    }

    void switchesRefuseEquals()
    {
        for (const OptionSpec &o : optionTable()) {
            if (o.takesValue)
                continue;
            const QString name = QLatin1String(o.name);
            const ParsedCommandLine line =
                parseCommandLine({QStringLiteral("ls"), name + QStringLiteral("=no")});
            QCOMPARE(line.error, name + QStringLiteral(" is a switch and takes no value (remove '=no')"));
            QVERIFY(line.options.isEmpty());
        }
    }

    void doubleDashEndsOptions()
    {
        const ParsedCommandLine line = parseCommandLine(
            {QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("-r"), QStringLiteral("--"),
             QStringLiteral("--resume"), QStringLiteral("-r"), QStringLiteral("--")});
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(line.command, QStringLiteral("get"));
        QCOMPARE(line.positional,
                 (QStringList{QStringLiteral("--resume"), QStringLiteral("-r"), QStringLiteral("--")}));
        QCOMPARE(line.options.size(), 2);
        QCOMPARE(QLatin1String(line.options.at(0).spec->name), QLatin1String("--json"));
        QVERIFY(!line.options.at(0).afterCommand);
        QCOMPARE(QLatin1String(line.options.at(1).spec->name), QLatin1String("--recursive"));
        QVERIFY(line.options.at(1).afterCommand);
    }

    void argumentsThatLookLikeOptions()
    {
        const ParsedCommandLine line =
            parseCommandLine({QStringLiteral("queue"), QStringLiteral("priority"), QStringLiteral("3"),
                              QStringLiteral("-5"), QStringLiteral("-")});
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(line.positional, (QStringList{QStringLiteral("priority"), QStringLiteral("3"),
                                               QStringLiteral("-5"), QStringLiteral("-")}));
    }

    void applyingSetsTheContext()
    {
        CliContext ctx;
        const ParsedCommandLine line = parseCommandLine(
            {QStringLiteral("--accept-new"), QStringLiteral("--timeout=7"), QStringLiteral("ls"),
             QStringLiteral("-r"), QStringLiteral("--parallel"), QStringLiteral("4")});
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        for (const auto &o : line.options)
            QCOMPARE(o.spec->apply(ctx, o.value), QString());
        QVERIFY(ctx.connect.acceptNewCertificate);
        QVERIFY(ctx.connect.acceptNewHostKey);
        QCOMPARE(ctx.connect.timeoutSeconds, 7);
        QVERIFY(ctx.recursive);
        QCOMPARE(ctx.parallel, 4);
        const ParsedCommandLine bad = parseCommandLine({QStringLiteral("--timeout=soon")});
        QVERIFY(!bad.options.first().spec->apply(ctx, bad.options.first().value).isEmpty());
    }

    // The same rules through ferry-cli itself. Port 1 on loopback refuses connections, so
    // a line that parses ends with exit 2 (network), one that does not with exit 1.
    void ferryCliRuns()
    {
        const QString url = QStringLiteral("ftp://127.0.0.1:1/x");
        auto r = ferry::test::runCli(
            {QStringLiteral("get"), QStringLiteral("--resum"), url, QStringLiteral("/tmp/x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unknown option --resum (did you mean --resume?)"), r.err.constData());
        r = ferry::test::runCli({QStringLiteral("ls"), QStringLiteral("--accept-new=no"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--accept-new is a switch and takes no value"), r.err.constData());
        r = ferry::test::runCli(
            {QStringLiteral("ls"), QStringLiteral("--timeout=5"), QStringLiteral("--"), url});
        QCOMPARE(r.exitCode, 2);
        r = ferry::test::runCli({QStringLiteral("ls"), QStringLiteral("--"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2); // "--json" is the URL here: not a usable one
        QVERIFY2(!r.err.contains("unknown option"), r.err.constData());
        r = ferry::test::runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--name=VALUE"));
    }

    // One way to report for every command (app/cli/CliReport): usage errors exit 1 with
    // the command's help (Command::help in the table, or a pointer to --help), and errors are made
    // terminal-safe in `sites` too (a name carrying an escape sequence is shown escaped, not sent to the
    // terminal).
    void everyCommandReportsTheSameWay()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        auto r = ferry::test::runCli({QStringLiteral("ls")}, config.path(), config.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ferry-cli: ls takes one URL\n(see ferry-cli --help)\n"), r.err.constData());
        r = ferry::test::runCli({QStringLiteral("queue"), QStringLiteral("add")}, config.path(),
                                config.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("\nusage: ferry-cli queue add get URL LOCAL"), r.err.constData());
        r = ferry::test::runCli({QStringLiteral("sites"), QStringLiteral("add")}, config.path(),
                                config.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("ferry-cli: sites add takes NAME and URL\n\n"), r.err.constData());
        QVERIFY2(r.err.contains("\nUsage: ferry-cli sites SUBCOMMAND"), r.err.constData());
        r = ferry::test::runCli({QStringLiteral("sites")}, config.path(), config.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("Usage: ferry-cli sites SUBCOMMAND"), r.err.constData());
        r = ferry::test::runCli(
            {QStringLiteral("sites"), QStringLiteral("remove"), QStringLiteral("ev\x1b[2Jil")}, config.path(),
            config.path(), {}, 120000, QProcessEnvironment::systemEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains('\x1b'), r.err.toPercentEncoding().constData());
        QVERIFY2(r.err.startsWith("ferry-cli: "), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
