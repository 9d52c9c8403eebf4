// The message log's model: columns, one colour per kind, passwords masked, bounded size.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPalette>

#include <cmath>

#include <QColor>
#include <QTest>

#include "log/LogModel.h"
#include "settings/Appearance.h"

using ferry::session::LogEntry;
using ferry::ui::Appearance;
using ferry::ui::LogModel;

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAndColours();
    void coloursFollowThePalette();
    void passwordsRedacted();
    void bounded();
};

void TestLogModel::columnsAndColours()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(LogEntry::make(LogEntry::Kind::Status, QStringLiteral("Connecting")));
    model.append(LogEntry::make(LogEntry::Kind::Command, QStringLiteral("USER alice")));
    model.append(LogEntry::make(LogEntry::Kind::Reply, QStringLiteral("331 Password required")));
    model.append(LogEntry::make(LogEntry::Kind::Error, QStringLiteral("Login incorrect")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, LogModel::KindColumn).data().toString(), QStringLiteral("Command"));
    QCOMPARE(model.index(2, LogModel::TextColumn).data().toString(), QStringLiteral("331 Password required"));
    QVERIFY(model.index(0, LogModel::TimeColumn).data().toString().contains(QLatin1Char(':')));
    const QSet<QRgb> colours{model.index(1, 0).data(Qt::ForegroundRole).value<QColor>().rgb(),
                             model.index(2, 0).data(Qt::ForegroundRole).value<QColor>().rgb(),
                             model.index(3, 0).data(Qt::ForegroundRole).value<QColor>().rgb()};
    QCOMPARE(colours.size(), 3);
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid()); // status: the palette's text colour
}

namespace {
// WCAG's contrast ratio between two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return x > y ? x / y : y / x;
}
} // namespace

// The kinds' colours follow the application palette: readable (4.5:1) on the light and
// the dark theme's base alike.
void TestLogModel::coloursFollowThePalette()
{
    LogModel model;
    for (const auto kind :
         {LogEntry::Kind::Command, LogEntry::Kind::Reply, LogEntry::Kind::Warning, LogEntry::Kind::Error})
        model.append(LogEntry::make(kind, QStringLiteral("line")));
    const QPalette original = QApplication::palette();
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        QApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QColor colour = model.index(row, 0).data(Qt::ForegroundRole).value<QColor>();
            QVERIFY2(contrast(colour, base) >= 4.5, qPrintable(QStringLiteral("row %1: %2 on %3 is %4:1")
                                                                   .arg(row)
                                                                   .arg(colour.name(), base.name())
                                                                   .arg(contrast(colour, base))));
        }
    }
    QApplication::setPalette(original);
}

void TestLogModel::passwordsRedacted()
{
    LogModel model;
    model.append(LogEntry::make(LogEntry::Kind::Command, QStringLiteral("PASS hunter22")),
                 QStringLiteral("hunter22"));
    model.append(LogEntry::make(LogEntry::Kind::Status, QStringLiteral("echo hunter22 twice hunter22")),
                 QStringLiteral("hunter22"));
    model.append(LogEntry::make(LogEntry::Kind::Command, QStringLiteral("pass other")));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, LogModel::TextColumn).data().toString();
        QVERIFY2(!text.contains(QLatin1String("hunter22")) && !text.contains(QLatin1String("other")),
                 qPrintable(text));
    }
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), QStringLiteral("PASS ********"));
}

void TestLogModel::bounded()
{
    LogModel model; // no tester here: it rechecks the whole model on every one of 5,000 inserts
    for (int i = 0; i < LogModel::kMaxEntries + 10; ++i)
        model.append(LogEntry::make(LogEntry::Kind::Status, QString::number(i)));
    QVERIFY(model.rowCount() <= LogModel::kMaxEntries);
    QCOMPARE(model.index(model.rowCount() - 1, LogModel::TextColumn).data().toString(),
             QString::number(LogModel::kMaxEntries + 9));
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
