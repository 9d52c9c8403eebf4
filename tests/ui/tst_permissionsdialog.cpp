// PermissionsDialog offscreen: the octal field and the nine boxes stay in step, an
// incomplete value disables OK, and recursion (with its scope) is offered only for
// selections holding folders.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include "dialogs/PermissionsDialog.h"

using ferry::session::FileOperation;
using ferry::ui::PermissionsDialog;

class TestPermissionsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boxesFollowTheMode();
    void octalFollowsTheBoxes();
    void boxesFollowTypedOctal();
    void recursionOnlyWithFolders();
};

void TestPermissionsDialog::boxesFollowTheMode()
{
    PermissionsDialog dialog(QStringLiteral("a.txt"), 0640, false);
    QCOMPARE(dialog.octalEdit()->text(), QStringLiteral("640"));
    const bool expected[3][3] = {{true, true, false}, {true, false, false}, {false, false, false}};
    for (int who = 0; who < 3; ++who) {
        for (int bit = 0; bit < 3; ++bit)
            QCOMPARE(dialog.bitBox(who, bit)->isChecked(), expected[who][bit]);
    }
    QCOMPARE(dialog.mode(), 0640u);
}

void TestPermissionsDialog::octalFollowsTheBoxes()
{
    PermissionsDialog dialog(QStringLiteral("a.txt"), 0600, false);
    dialog.show();
    QTest::mouseClick(dialog.bitBox(2, 0), Qt::LeftButton); // others read
    QCOMPARE(dialog.octalEdit()->text(), QStringLiteral("604"));
    QTest::mouseClick(dialog.bitBox(0, 2), Qt::LeftButton); // owner execute
    QCOMPARE(dialog.octalEdit()->text(), QStringLiteral("704"));
    QCOMPARE(dialog.mode(), 0704u);
}

void TestPermissionsDialog::boxesFollowTypedOctal()
{
    PermissionsDialog dialog(QStringLiteral("a.txt"), 0644, false);
    dialog.show();
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    dialog.octalEdit()->selectAll();
    QTest::keyClick(dialog.octalEdit(), Qt::Key_Delete);
    QTest::keyClicks(dialog.octalEdit(), QStringLiteral("75"));
    QVERIFY(!ok->isEnabled()); // two digits are not a mode yet
    QTest::keyClicks(dialog.octalEdit(), QStringLiteral("0"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.mode(), 0750u);
    QVERIFY(dialog.bitBox(0, 2)->isChecked());
    QVERIFY(dialog.bitBox(1, 2)->isChecked());
    QVERIFY(!dialog.bitBox(1, 1)->isChecked());
    QVERIFY(!dialog.bitBox(2, 0)->isChecked());
    QTest::keyClicks(dialog.octalEdit(), QStringLiteral("9")); // not octal: refused
    QCOMPARE(dialog.octalEdit()->text(), QStringLiteral("750"));
}

void TestPermissionsDialog::recursionOnlyWithFolders()
{
    PermissionsDialog files(QStringLiteral("2 items"), 0644, false);
    files.show();
    QVERIFY(!files.recursiveBox()->isVisible());
    QVERIFY(!files.isRecursive());

    PermissionsDialog folders(QStringLiteral("2 items"), 0755, true);
    folders.show();
    QVERIFY(folders.recursiveBox()->isVisible());
    QVERIFY(!folders.filesOnlyButton()->isEnabled()); // until recursion is asked for
    QTest::mouseClick(folders.recursiveBox(), Qt::LeftButton);
    QVERIFY(folders.isRecursive());
    QVERIFY(folders.filesOnlyButton()->isEnabled());
    QCOMPARE(folders.scope(), FileOperation::Scope::All);
    QTest::mouseClick(folders.filesOnlyButton(), Qt::LeftButton);
    QCOMPARE(folders.scope(), FileOperation::Scope::FilesOnly);
    QTest::mouseClick(folders.foldersOnlyButton(), Qt::LeftButton);
    QCOMPARE(folders.scope(), FileOperation::Scope::FoldersOnly);
}

QTEST_MAIN(TestPermissionsDialog)
#include "tst_permissionsdialog.moc"
