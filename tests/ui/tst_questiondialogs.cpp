// The question dialogs, alone and wired to real QuestionRequests: what they show, what
// each button answers, a changed host key gated behind a confirmation, and a request
// withdrawn by its worker closing its dialog.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <QButtonGroup>

#include "questions/CertificateDialog.h"
#include "questions/FileExistsDialog.h"
#include "questions/HostKeyDialog.h"
#include "questions/QuestionDialogs.h"
#include "questions/SecretDialog.h"
#include "session/QuestionRequest.h"
#include "transfer/FileExistsRequest.h"

using namespace ferry::remote;
using namespace ferry::session;
using namespace ferry::ui;

namespace {
ConnectionSpec spec()
{
    ConnectionSpec s;
    s.protocol = Protocol::Ftpes;
    s.host = QStringLiteral("files.example");
    s.user = QStringLiteral("alice");
    s.password = QStringLiteral("secret-pw");
    s.hasPassword = true;
    return s;
}

CertificateInfo certificate()
{
    CertificateInfo info;
    info.host = QStringLiteral("files.example");
    info.port = 21;
    info.subject = QStringLiteral("CN=files.example");
    info.issuer = QStringLiteral("CN=Some CA");
    info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    info.sha256Fingerprint = QStringLiteral("SHA256:abcdefBASE64");
    info.sha256Hex = QStringLiteral("AA:BB:CC:DD");
    info.problems = {QStringLiteral("self-signed certificate")};
    return info;
}

HostKeyInfo hostKey(bool changed)
{
    HostKeyInfo info;
    info.host = QStringLiteral("files.example");
    info.port = 22;
    info.keyType = QStringLiteral("ssh-ed25519");
    info.sha256Fingerprint = QStringLiteral("SHA256:NEWKEY");
    info.changed = changed;
    if (changed)
        info.knownFingerprint = QStringLiteral("SHA256:OLDKEY");
    return info;
}

QStringList labelTexts(QWidget *w)
{
    QStringList out;
    const auto labels = w->findChildren<QLabel *>();
    for (QLabel *l : labels)
        out << l->text();
    return out;
}
} // namespace

class TestQuestionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void certificateShowsDetails();
    void certificateAnswers_data();
    void certificateAnswers();
    void changedCertificateNeedsConfirmation();
    void unknownHostKey();
    void changedHostKeyNeedsConfirmation();
    void hostKeyOfAnotherType();
    void secretAnswersAndDeclines();
    void secretEchoFollowsPrompt();
    void withdrawnRequestClosesDialog();
    void closedDialogAnswersNo();
    void fileExistsIsOneOfTheQuestions();
};

void TestQuestionDialogs::certificateShowsDetails()
{
    CertificateDialog dialog(spec(), certificate());
    const QString all = labelTexts(&dialog).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("CN=files.example")));
    QVERIFY(all.contains(QLatin1String("CN=Some CA")));
    QVERIFY(all.contains(QLatin1String("AA:BB:CC:DD")));
    QVERIFY(all.contains(QLatin1String("SHA256:abcdefBASE64")));
    QVERIFY(all.contains(QLatin1String("self-signed certificate")));
    QVERIFY(all.contains(QLatin1String("2027")));
    QVERIFY(!all.contains(QLatin1String("secret-pw")));
    QVERIFY(dialog.cancelButton()->isDefault());
}

void TestQuestionDialogs::certificateAnswers_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<int>("expected");
    QTest::newRow("once") << 0 << int(TrustDecision::AcceptOnce);
    QTest::newRow("always") << 1 << int(TrustDecision::AcceptAlways);
    QTest::newRow("cancel") << 2 << int(TrustDecision::Reject);
}

void TestQuestionDialogs::certificateAnswers()
{
    QFETCH(int, button);
    QFETCH(int, expected);
    auto state = std::make_shared<QuestionState>();
    auto *request = new QuestionRequest(spec(), certificate(), state, nullptr);
    QPointer<QDialog> dialog = openQuestionDialog(request, nullptr);
    auto *cert = qobject_cast<CertificateDialog *>(dialog.data());
    QVERIFY(cert);
    QVERIFY(cert->isVisible());
    QPushButton *buttons[] = {cert->trustOnceButton(), cert->trustAlwaysButton(), cert->cancelButton()};
    QTest::mouseClick(buttons[button], Qt::LeftButton);
    QVERIFY(state->isAnswered());
    QCOMPARE(int(state->decision()), expected);
    QTRY_VERIFY(dialog.isNull());
}

// A certificate other than the one trusted for this host:port: a warning that says
// "changed", both fingerprints, and no way to accept before the confirmation is ticked.
void TestQuestionDialogs::changedCertificateNeedsConfirmation()
{
    CertificateInfo info = certificate();
    info.changed = true;
    info.knownFingerprints = {QStringLiteral("SHA256:OLDCERTIFICATE")};
    auto state = std::make_shared<QuestionState>();
    auto *dialog = qobject_cast<CertificateDialog *>(
        openQuestionDialog(new QuestionRequest(spec(), info, state, nullptr), nullptr));
    QVERIFY(dialog);
    const QString all = labelTexts(dialog).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("CHANGED")), qPrintable(all));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("changed")));
    QVERIFY(all.contains(QLatin1String("SHA256:OLDCERTIFICATE")));
    QVERIFY(all.contains(QLatin1String("SHA256:abcdefBASE64")));
    QVERIFY(all.contains(QLatin1String("AA:BB:CC:DD")));
    QVERIFY(dialog->confirmBox());
    QVERIFY(!dialog->trustOnceButton()->isEnabled());
    QVERIFY(!dialog->trustAlwaysButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isDefault());
    QTest::mouseClick(dialog->trustAlwaysButton(), Qt::LeftButton); // disabled: no answer
    QVERIFY(!state->isAnswered());
    QTest::keyClick(dialog, Qt::Key_Return); // the default is Cancel
    QVERIFY(state->isAnswered());
    QCOMPARE(state->decision(), TrustDecision::Reject);

    auto state2 = std::make_shared<QuestionState>();
    auto *dialog2 = qobject_cast<CertificateDialog *>(
        openQuestionDialog(new QuestionRequest(spec(), info, state2, nullptr), nullptr));
    dialog2->confirmBox()->setChecked(true);
    QVERIFY(dialog2->trustOnceButton()->isEnabled());
    QVERIFY(dialog2->trustAlwaysButton()->isEnabled());
    dialog2->confirmBox()->setChecked(false);
    QVERIFY(!dialog2->trustAlwaysButton()->isEnabled());
    dialog2->confirmBox()->setChecked(true);
    QTest::mouseClick(dialog2->trustAlwaysButton(), Qt::LeftButton);
    QCOMPARE(state2->decision(), TrustDecision::AcceptAlways);

    // A certificate that is only untrusted (nothing trusted before) has no such gate.
    CertificateDialog plain(spec(), certificate());
    QVERIFY(!plain.confirmBox());
    QVERIFY(plain.trustAlwaysButton()->isEnabled());
    QVERIFY(!labelTexts(&plain).join(QLatin1Char('\n')).contains(QLatin1String("CHANGED")));
}

void TestQuestionDialogs::unknownHostKey()
{
    auto state = std::make_shared<QuestionState>();
    auto *request = new QuestionRequest(spec(), hostKey(false), state, nullptr);
    auto *dialog = qobject_cast<HostKeyDialog *>(openQuestionDialog(request, nullptr));
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmBox());
    QVERIFY(dialog->acceptAlwaysButton()->isEnabled());
    QVERIFY(labelTexts(dialog).join(QLatin1Char('\n')).contains(QLatin1String("SHA256:NEWKEY")));
    QTest::mouseClick(dialog->acceptAlwaysButton(), Qt::LeftButton);
    QCOMPARE(state->decision(), TrustDecision::AcceptAlways);
}

void TestQuestionDialogs::changedHostKeyNeedsConfirmation()
{
    auto state = std::make_shared<QuestionState>();
    auto *request = new QuestionRequest(spec(), hostKey(true), state, nullptr);
    auto *dialog = qobject_cast<HostKeyDialog *>(openQuestionDialog(request, nullptr));
    QVERIFY(dialog);
    const QString all = labelTexts(dialog).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("SHA256:OLDKEY")));
    QVERIFY(all.contains(QLatin1String("SHA256:NEWKEY")));
    QVERIFY(all.contains(QLatin1String("CHANGED")));
    QVERIFY(dialog->confirmBox());
    QVERIFY(!dialog->acceptOnceButton()->isEnabled());
    QVERIFY(!dialog->acceptAlwaysButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isDefault());
    // Enter does not accept: it presses the default, Cancel.
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(state->isAnswered());
    QCOMPARE(state->decision(), TrustDecision::Reject);

    auto state2 = std::make_shared<QuestionState>();
    auto *dialog2 = qobject_cast<HostKeyDialog *>(
        openQuestionDialog(new QuestionRequest(spec(), hostKey(true), state2, nullptr), nullptr));
    dialog2->confirmBox()->setChecked(true);
    QVERIFY(dialog2->acceptOnceButton()->isEnabled());
    QTest::mouseClick(dialog2->acceptOnceButton(), Qt::LeftButton);
    QCOMPARE(state2->decision(), TrustDecision::AcceptOnce);
}

// An unknown RSA key from a host whose ed25519 key is trusted: the dialog says so and
// shows the known key's fingerprint beside the offered one.
void TestQuestionDialogs::hostKeyOfAnotherType()
{
    HostKeyInfo info = hostKey(false);
    info.keyType = QStringLiteral("ssh-rsa");
    info.otherKnownKeyTypes = {QStringLiteral("ssh-ed25519")};
    info.otherKnownFingerprint = QStringLiteral("SHA256:EDKEY");
    HostKeyDialog dialog(spec(), info);
    const QString all = labelTexts(&dialog).join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QLatin1String("This server's ssh-ed25519 key is known; it now offers an ssh-rsa key")),
        qPrintable(all));
    QVERIFY(all.contains(QLatin1String("SHA256:EDKEY")));
    QVERIFY(all.contains(QLatin1String("SHA256:NEWKEY")));
    QVERIFY(!labelTexts(&dialog).join(QLatin1Char('\n')).contains(QLatin1String("has not connected")));
    HostKeyDialog plain(spec(), hostKey(false));
    QVERIFY(!labelTexts(&plain).join(QLatin1Char('\n')).contains(QLatin1String("is known")));
}

void TestQuestionDialogs::secretAnswersAndDeclines()
{
    SecretPrompt prompt;
    prompt.title = QStringLiteral("Password for alice@files.example");
    prompt.instruction = QStringLiteral("Enter your one-time code");
    prompt.prompt = QStringLiteral("Verification code:");
    auto state = std::make_shared<QuestionState>();
    auto *dialog = qobject_cast<SecretDialog *>(
        openQuestionDialog(new QuestionRequest(spec(), prompt, state, nullptr), nullptr));
    QVERIFY(dialog);
    QVERIFY(labelTexts(dialog).join(QLatin1Char('\n')).contains(QLatin1String("one-time code")));
    QCOMPARE(dialog->answerEdit()->accessibleName(), QStringLiteral("Verification code:"));
    QTest::keyClicks(dialog->answerEdit(), QStringLiteral("123456"));
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return);
    QVERIFY(state->secretGiven());
    QCOMPARE(state->secret(), QStringLiteral("123456"));

    auto declined = std::make_shared<QuestionState>();
    auto *dialog2 = qobject_cast<SecretDialog *>(
        openQuestionDialog(new QuestionRequest(spec(), prompt, declined, nullptr), nullptr));
    QTest::keyClick(dialog2, Qt::Key_Escape);
    QVERIFY(declined->isAnswered());
    QVERIFY(!declined->secretGiven());
}

void TestQuestionDialogs::secretEchoFollowsPrompt()
{
    SecretPrompt prompt;
    prompt.prompt = QStringLiteral("Token:");
    QCOMPARE(SecretDialog(prompt).answerEdit()->echoMode(), QLineEdit::Password);
    prompt.echo = true;
    QCOMPARE(SecretDialog(prompt).answerEdit()->echoMode(), QLineEdit::Normal);
}

void TestQuestionDialogs::withdrawnRequestClosesDialog()
{
    auto state = std::make_shared<QuestionState>();
    auto *request = new QuestionRequest(spec(), certificate(), state, nullptr);
    QPointer<QDialog> dialog = openQuestionDialog(request, nullptr);
    QVERIFY(dialog->isVisible());
    request->withdraw();
    QTRY_VERIFY(dialog.isNull());
}

void TestQuestionDialogs::closedDialogAnswersNo()
{
    auto state = std::make_shared<QuestionState>();
    QPointer<QDialog> dialog =
        openQuestionDialog(new QuestionRequest(spec(), hostKey(false), state, nullptr), nullptr);
    dialog->close();
    QVERIFY(state->isAnswered());
    QCOMPARE(state->decision(), TrustDecision::Reject);
}

// The queue's file-exists question is a QuestionRequest too: openQuestionDialog opens the
// FileExistsDialog for it; its answer lands in the shared state (so a copy on another
// thread answers the original), "Skip" (Cancel) and a withdrawal answer no action.
void TestQuestionDialogs::fileExistsIsOneOfTheQuestions()
{
    ferry::transfer::QueueItem item;
    item.site = QStringLiteral("sftp://alice@files.example");
    ferry::transfer::ExistsQuestion question;
    question.target = QStringLiteral("/home/alice/report.pdf");
    question.targetSize = 100;
    question.sourceSize = 200;
    using ferry::transfer::ExistsAction;
    using ferry::transfer::FileExistsRequest;

    auto state = std::make_shared<QuestionState>();
    auto *request = new FileExistsRequest(item, question, nullptr, state);
    QCOMPARE(int(request->kind()), int(QuestionRequest::Kind::FileExists));
    QCOMPARE(request->connection().host, QStringLiteral("files.example"));
    auto *copy = qobject_cast<FileExistsRequest *>(request->copy());
    QVERIFY(copy);
    QCOMPARE(copy->question().target, question.target);
    auto *dialog = qobject_cast<FileExistsDialog *>(openQuestionDialog(copy, nullptr));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->actions()->button(int(ExistsAction::Rename))->click();
    dialog->forAll()->setChecked(true);
    QSignalSpy closed(request, &QuestionRequest::closed);
    dialog->accept();
    QVERIFY(state->isAnswered());
    QCOMPARE(int(request->action()), int(ExistsAction::Rename)); // the original sees the copy's answer
    QVERIFY(request->forAll());
    request->withdraw();
    QCOMPARE(closed.count(), 1);

    auto declined = std::make_shared<QuestionState>();
    QPointer<FileExistsRequest> skipped = new FileExistsRequest(item, question, nullptr, declined);
    QPointer<QDialog> second = openQuestionDialog(skipped, nullptr);
    QTest::keyClick(second, Qt::Key_Escape);
    QVERIFY(declined->isAnswered());
    QCOMPARE(int(skipped->action()), int(ExistsAction::Ask)); // no action: the queue skips the file
    QTRY_VERIFY(skipped.isNull());

    QPointer<FileExistsRequest> withdrawn = new FileExistsRequest(item, question, nullptr);
    QPointer<QDialog> third = openQuestionDialog(withdrawn, nullptr);
    QVERIFY(third->isVisible());
    withdrawn->withdraw();
    QTRY_VERIFY(third.isNull());
}

QTEST_MAIN(TestQuestionDialogs)
#include "tst_questiondialogs.moc"
