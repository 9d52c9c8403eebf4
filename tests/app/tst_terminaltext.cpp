// terminalSafe() (app/cli/TerminalText): what a server names reaches a terminal escaped.
#include <QTest>

#include "TerminalText.h"

using namespace ferry::cli;

class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("report 2024.pdf") << QStringLiteral("report 2024.pdf");
        QTest::newRow("escape sequence")
            << QStringLiteral("a\x1b]0;owned\x07") << QStringLiteral("a\\x1b]0;owned\\x07");
        QTest::newRow("newline, CR, tab")
            << QStringLiteral("a\nb\rc\td") << QStringLiteral("a\\x0ab\\x0dc\\x09d");
        QTest::newRow("NUL and DEL") << QString(QStringLiteral("a%1b\x7f")).arg(QChar(0))
                                     << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\x9b2J");
        QTest::newRow("bidi override")
            << QString(QChar(0x202e)) + QStringLiteral("fdp.exe") << QStringLiteral("\\u202efdp.exe");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
        QTest::newRow("lone surrogate")
            << QString(QChar(0xd800)) + QStringLiteral("x") << QStringLiteral("\\ud800x");
        QTest::newRow("backslash") << QStringLiteral("a\\x1b") << QStringLiteral("a\\\\x1b");
        QTest::newRow("non-ASCII kept") << QStringLiteral("Gr\u00fc\u00dfe \u65e5\u672c \U0001F600 \uFFFD")
                                        << QStringLiteral("Gr\u00fc\u00dfe \u65e5\u672c \U0001F600 \uFFFD");
    }
    void escapes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(terminalSafe(in), out);
    }

    void newlinesKeptWhenAsked()
    {
        QCOMPARE(terminalSafe(QStringLiteral("550-a\x1b\n550 b"), Newlines::Keep),
                 QStringLiteral("550-a\\x1b\n550 b"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
