// The window in the user's language. The program starts under LANG=id_ID.UTF-8 (main()
// sets it before the application exists, as a desktop session would), with the settings'
// language left at "Follow the system": the menu titles and a connection error are in
// Indonesian, and so is an error core itself words. Each menu's keyboard accelerators are
// unique in Indonesian and in German.
// Under Xvfb (tst_i18n_screens, FERRY_SCREENSHOTS) it saves the main window in Indonesian
// and in German (test-artefacts/i18n/mainwindow-<lang>.png) and checks that no button or
// tool button's text is cut.
#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

#include "FakeFileSystem.h"
#include "MainWindow.h"
#include "TestHelpers.h"
#include "UiTestSupport.h"
#include "connect/QuickConnectBar.h"
#include "util/Translations.h"

using namespace ferry::ui;
using ferry::test::artefactPath;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// The accelerator letters of a menu's (or the menu bar's) visible entries, lower case.
QString clashes(const QList<QAction *> &actions, const QString &where)
{
    QHash<QChar, QString> seen;
    QString out;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key))
            out += QStringLiteral("%1: '%2' and '%3' share %4\n").arg(where, seen.value(key), text, key);
        seen.insert(key, text);
        if (QMenu *sub = action->menu())
            out += clashes(sub->actions(), where + QStringLiteral(" > ") + text);
    }
    return out;
}

// Buttons whose text needs more room than they have (a cut or elided label), a tool bar
// whose buttons do not all fit (its extension button shows), a table column narrower
// than its title.
QString cutButtons(QWidget *top)
{
    QString out;
    for (QToolBar *bar : top->findChildren<QToolBar *>()) {
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && more && more->isVisible())
            out += QStringLiteral("the tool bar %1 does not fit\n").arg(bar->objectName());
    }
    for (QTreeView *view : top->findChildren<QTreeView *>()) {
        if (!view->isVisible() || !view->model() || view->isHeaderHidden())
            continue;
        QHeaderView *header = view->header();
        const QFontMetrics fm(header->font());
        for (int column = 0; column < header->count() - 1; ++column) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            if (!header->isSectionHidden(column) &&
                header->sectionSize(column) < fm.horizontalAdvance(title) + 8)
                out += QStringLiteral("the column '%1' of %2 is cut\n").arg(title, view->objectName());
        }
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        const QSize hint = button->sizeHint();
        if (button->width() < hint.width())
            out += QStringLiteral("'%1' is %2 px wide, needs %3\n")
                       .arg(button->text())
                       .arg(button->width())
                       .arg(hint.width());
    }
    return out;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowFollowsTheLocale();
    void acceleratorsAreUniquePerMenu_data();
    void acceleratorsAreUniquePerMenu();
    void qtStringsFollow();
    void screenshots();

private:
    ferry::test::ScopedSettings m_settings;
    std::shared_ptr<ferry::test::FakeStats> m_stats = std::make_shared<ferry::test::FakeStats>();
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QLocale().name(), QStringLiteral("id_ID"));
}

void TestI18n::windowFollowsTheLocale()
{
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    QCOMPARE(services.settings().language(), QStringLiteral("system"));
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Berkas")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("Tr&ansfer")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("&Markah")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("Ba&ntuan")), qPrintable(titles.join(QLatin1Char(' '))));
    // A connection that fails: the error the window shows is Indonesian.
    QVERIFY(window.connectToUrl(QStringLiteral("ftp://alice@refused.test/")));
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Tidak dapat menyambung: ")),
                 qPrintable(window.statusBar()->currentMessage()));
    // An error of core's own (ferry::remote: a URL without a host), as the window shows it.
    QVERIFY(!window.connectToUrl(QStringLiteral("ftp:///dir")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("URL tidak menyebut host"));
    // "English" in the settings switches back without a restart.
    services.settings().setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&File")));
}

void TestI18n::acceleratorsAreUniquePerMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestI18n::acceleratorsAreUniquePerMenu()
{
    QFETCH(QString, language);
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    services.settings().setLanguage(language);
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(menuTitles(window).size() >= 6);
    const QString found = clashes(window.menuBar()->actions(), language);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// Qt's own strings (here QDialogButtonBox's) come from qtbase_de.qm with Ferry's German;
// Qt ships no Indonesian, so Ferry's Indonesian is installed alone and has the buttons.
void TestI18n::qtStringsFollow()
{
    ferry::util::Translations de;
    QVERIFY(de.install(QStringLiteral("de")));
    QCOMPARE(de.loadedFile(), QStringLiteral(":/i18n/ferry_de.qm"));
    QVERIFY(de.qtLoaded());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    de.remove();
    ferry::util::Translations id;
    QVERIFY(id.install(QStringLiteral("system")));
    QCOMPARE(id.loadedFile(), QStringLiteral(":/i18n/ferry_id.qm"));
    QVERIFY(!id.qtLoaded());
    // Ferry's Indonesian carries Qt's standard buttons (ui/common/QtStrings).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
}

void TestI18n::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FERRY_SCREENSHOTS"))
        return; // the offscreen run has no screen to grab; tst_i18n_screens runs this
    ferry::test::TestServices services(ferry::test::fakeMaker({}, m_stats));
    MainWindow window(services.services());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectToUrl(QStringLiteral("ftp://alice@refused.test/")));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("refused")));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("de")}) {
        services.settings().setLanguage(language);
        QTest::qWait(300);
        // The picture first: it shows what does not fit when the check below fails.
        QVERIFY(window.grab().save(artefactPath(QStringLiteral("mainwindow-%1.png").arg(language))));
        const QString cut = cutButtons(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));
    }
    qInfo("screenshots in %s", qPrintable(artefactPath(QString())));
}

int main(int argc, char *argv[])
{
    // The desktop session's locale, before Qt reads it.
    qputenv("LANG", "id_ID.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    TestI18n test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n.moc"
