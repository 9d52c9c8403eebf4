// The message log's model: columns, one colour per kind, passwords masked, bounded size.
#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

#include "log/LogModel.h"

using ferry::session::LogEntry;
using ferry::ui::LogModel;

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAndColours();
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
