// The quick-connect bar: fields make a ConnectionSpec, a pasted URL fills every field, a
// typed URL is parsed when editing ends, bad input is reported instead of connecting.
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "connect/QuickConnectBar.h"

using namespace ferry::remote;
using ferry::ui::QuickConnectBar;

class TestQuickConnectBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsMakeSpec();
    void pastedUrlFillsFields();
    void typedUrlParsedOnConnect();
    void invalidInputIsReported_data();
    void invalidInputIsReported();
    void returnConnects();
    void accessibleNames();
};

void TestQuickConnectBar::fieldsMakeSpec()
{
    QuickConnectBar bar;
    bar.protocolBox()->setCurrentIndex(bar.protocolBox()->findData(int(Protocol::Sftp)));
    QTest::keyClicks(bar.hostEdit(), QStringLiteral("example.org"));
    QTest::keyClicks(bar.userEdit(), QStringLiteral("alice"));
    QTest::keyClicks(bar.passwordEdit(), QStringLiteral("pw"));
    QCOMPARE(bar.portEdit()->placeholderText(), QStringLiteral("22"));
    QTest::keyClicks(bar.portEdit(), QStringLiteral("2222"));
    QSignalSpy spy(&bar, &QuickConnectBar::connectRequested);
    QTest::mouseClick(bar.connectButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto spec = spy.first().first().value<ConnectionSpec>();
    QCOMPARE(spec.protocol, Protocol::Sftp);
    QCOMPARE(spec.host, QStringLiteral("example.org"));
    QCOMPARE(spec.user, QStringLiteral("alice"));
    QCOMPARE(spec.password, QStringLiteral("pw"));
    QVERIFY(spec.hasPassword);
    QCOMPARE(spec.port, quint16(2222));
    QCOMPARE(bar.passwordEdit()->echoMode(), QLineEdit::Password);
}

void TestQuickConnectBar::pastedUrlFillsFields()
{
    QuickConnectBar bar;
    bar.show();
    QGuiApplication::clipboard()->setText(QStringLiteral("ftps://bob:s%40cret@[::1]:9990/pub/x/"));
    bar.hostEdit()->setFocus();
    bar.hostEdit()->paste();
    QCOMPARE(bar.protocolBox()->currentData().toInt(), int(Protocol::Ftps));
    QCOMPARE(bar.hostEdit()->text(), QStringLiteral("::1"));
    QCOMPARE(bar.userEdit()->text(), QStringLiteral("bob"));
    QCOMPARE(bar.passwordEdit()->text(), QStringLiteral("s@cret"));
    QCOMPARE(bar.portEdit()->text(), QStringLiteral("9990"));
    const auto spec = bar.spec();
    QVERIFY(spec.ok());
    QCOMPARE(spec->path, QStringLiteral("pub/x/"));
    // Editing the host by hand forgets the URL's path.
    bar.hostEdit()->setText(QStringLiteral("other.example"));
    QVERIFY(bar.spec()->path.isEmpty());
}

void TestQuickConnectBar::typedUrlParsedOnConnect()
{
    QuickConnectBar bar;
    QSignalSpy spy(&bar, &QuickConnectBar::connectRequested);
    QTest::keyClicks(bar.hostEdit(), QStringLiteral("sftp://carol@files.example:2022/~/docs"));
    // Typing must not have been cut short by parsing a prefix such as "sftp://c".
    QCOMPARE(bar.hostEdit()->text(), QStringLiteral("sftp://carol@files.example:2022/~/docs"));
    QTest::keyClick(bar.hostEdit(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    const auto spec = spy.first().first().value<ConnectionSpec>();
    QCOMPARE(spec.protocol, Protocol::Sftp);
    QCOMPARE(spec.host, QStringLiteral("files.example"));
    QCOMPARE(spec.user, QStringLiteral("carol"));
    QCOMPARE(spec.port, quint16(2022));
    QCOMPARE(spec.path, QStringLiteral("docs"));
    QCOMPARE(bar.hostEdit()->text(), QStringLiteral("files.example"));
}

void TestQuickConnectBar::invalidInputIsReported_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::newRow("no host") << QString() << QString();
    QTest::newRow("bad scheme") << QStringLiteral("http://example.org/") << QString();
    QTest::newRow("url without host") << QStringLiteral("sftp:///x") << QString();
}

void TestQuickConnectBar::invalidInputIsReported()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QuickConnectBar bar;
    bar.hostEdit()->setText(host);
    bar.portEdit()->setText(port);
    QSignalSpy connectSpy(&bar, &QuickConnectBar::connectRequested);
    QSignalSpy invalid(&bar, &QuickConnectBar::invalidInput);
    QTest::mouseClick(bar.connectButton(), Qt::LeftButton);
    QCOMPARE(connectSpy.count(), 0);
    QCOMPARE(invalid.count(), 1);
    QVERIFY(!invalid.first().first().toString().isEmpty());
}

void TestQuickConnectBar::returnConnects()
{
    QuickConnectBar bar;
    bar.hostEdit()->setText(QStringLiteral("h.example"));
    bar.portEdit()->setText(QStringLiteral("21")); // the validator keeps Return from an empty port
    QSignalSpy spy(&bar, &QuickConnectBar::connectRequested);
    QTest::keyClick(bar.passwordEdit(), Qt::Key_Return);
    QTest::keyClick(bar.portEdit(), Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
}

void TestQuickConnectBar::accessibleNames()
{
    QuickConnectBar bar;
    const QList<QWidget *> controls = bar.findChildren<QWidget *>();
    for (QWidget *w : controls) {
        if (w->focusPolicy() != Qt::NoFocus && w->isWindow() == false && w->parentWidget() == &bar)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestQuickConnectBar)
#include "tst_quickconnectbar.moc"
