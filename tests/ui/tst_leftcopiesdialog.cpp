// labels: unit
// The question about edited files a crashed run left changed (ui/edit/LeftCopiesDialog):
// every file is listed with its server and selected; Upload Now and Discard Changes name
// exactly the selected files; Open Folder needs one; a file leaves the list once handled
// and the dialog closes when none is left; Close keeps them (nothing is deleted without
// Discard). Every control has an accessible name. A picture goes to FERRY_TEST_ARTEFACTS.
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include "TestHelpers.h"
#include "edit/LeftCopiesDialog.h"

using ferry::edit::EditCopy;
using ferry::ui::LeftCopiesDialog;

namespace {

EditCopy copy(const QString &name)
{
    EditCopy c;
    c.run = QStringLiteral("dead");
    c.site = QStringLiteral("sftp://alice@example.com:22");
    c.remotePath = ferry::remote::RemotePath(QStringLiteral("/var/www/") + name);
    c.localPath = QStringLiteral("/tmp/edit/site/dead-1/") + name;
    c.modified = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc());
    return c;
}

QPushButton *button(QWidget &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestLeftCopiesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksAboutEachFile();
    void closeKeepsThem();
};

void TestLeftCopiesDialog::asksAboutEachFile()
{
    LeftCopiesDialog dialog({copy(QStringLiteral("index.html")), copy(QStringLiteral("app.css"))});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("/var/www/index.html"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("sftp://alice@example.com:22"));
    QCOMPARE(list->selectedItems().size(), 2);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QTreeWidget *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(dialog.grab().save(ferry::test::artefactPath(QStringLiteral("left-copies-dialog.png"))));

    QPushButton *upload = button(dialog, QStringLiteral("Upload Now"));
    QPushButton *discard = button(dialog, QStringLiteral("Discard Changes"));
    QPushButton *folder = button(dialog, QStringLiteral("Open Folder"));
    QVERIFY(upload && discard && folder);
    QVERIFY(!folder->isEnabled()); // two selected: which folder?
    QSignalSpy uploads(&dialog, &LeftCopiesDialog::uploadRequested);
    QSignalSpy discards(&dialog, &LeftCopiesDialog::discardRequested);
    QSignalSpy folders(&dialog, &LeftCopiesDialog::openFolderRequested);

    // One selected: upload names it alone.
    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    QVERIFY(folder->isEnabled());
    QTest::mouseClick(upload, Qt::LeftButton);
    QCOMPARE(uploads.size(), 1);
    const auto sent = uploads.first().at(0).value<QList<EditCopy>>();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().remotePath.toString(), QStringLiteral("/var/www/index.html"));
    QTest::mouseClick(folder, Qt::LeftButton);
    QCOMPARE(folders.size(), 1);
    // Uploaded: it leaves the list; the dialog stays for the other.
    dialog.removeCopy(sent.first().localPath);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(dialog.isVisible());

    list->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(discards.size(), 1);
    const auto dropped = discards.first().at(0).value<QList<EditCopy>>();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().remotePath.toString(), QStringLiteral("/var/www/app.css"));
    dialog.removeCopy(dropped.first().localPath);
    QVERIFY(!dialog.isVisible()); // none left
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestLeftCopiesDialog::closeKeepsThem()
{
    LeftCopiesDialog dialog({copy(QStringLiteral("index.html"))});
    QSignalSpy uploads(&dialog, &LeftCopiesDialog::uploadRequested);
    QSignalSpy discards(&dialog, &LeftCopiesDialog::discardRequested);
    dialog.show();
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Close), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(uploads.size(), 0);
    QCOMPARE(discards.size(), 0);
    QCOMPARE(dialog.copies().size(), 1);
}

QTEST_MAIN(TestLeftCopiesDialog)
#include "tst_leftcopiesdialog.moc"
