#include "FileExistsDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "DialogParts.h"
#include "common/Format.h"
#include "transfer/FileExistsRequest.h"

namespace ferry::ui {

using transfer::ExistsAction;
using transfer::FileExistsRequest;

namespace {
QString describe(qint64 size, const QDateTime &time)
{
    const QString sizeText =
        size >= 0 ? FileExistsDialog::tr("%1 (%2 bytes)").arg(humanSize(size), QLocale().toString(size))
                  : FileExistsDialog::tr("size unknown");
    const QString timeText = time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                                            : FileExistsDialog::tr("time unknown");
    return FileExistsDialog::tr("%1, modified %2").arg(sizeText, timeText);
}
} // namespace

FileExistsDialog::FileExistsDialog(FileExistsRequest *request, QWidget *parent)
    : QDialog(parent), m_request(request), m_actions(new QButtonGroup(this)), m_forAll(new QCheckBox(this))
{
    setObjectName(QStringLiteral("fileExistsDialog"));
    setWindowTitle(tr("Target file already exists"));
    setAccessibleName(windowTitle());
    const transfer::ExistsQuestion &q = request->question();

    auto *layout = new QVBoxLayout(this);
    addDialogHeading(layout, this, QStyle::SP_MessageBoxQuestion, tr("The target file already exists."),
                     tr("Choose what to do with it."));
    auto *form = new QFormLayout;
    addFormValue(form, this, tr("Target:"), q.target, tr("Target file"));
    addFormValue(form, this, tr("Target has:"), describe(q.targetSize, q.targetTime),
                 tr("Target size and time"));
    addFormValue(form, this, tr("Source:"), q.source, tr("Source file"));
    addFormValue(form, this, tr("Source has:"), describe(q.sourceSize, q.sourceTime),
                 tr("Source size and time"));
    layout->addLayout(form);

    auto *box = new QGroupBox(tr("Action"), this);
    auto *choices = new QVBoxLayout(box);
    const std::pair<ExistsAction, QString> options[] = {
        {ExistsAction::Overwrite, tr("&Overwrite")},
        {ExistsAction::OverwriteIfNewer, tr("Overwrite if source is &newer")},
        {ExistsAction::OverwriteIfSizeDiffers, tr("Overwrite if &size differs")},
        {ExistsAction::Resume, tr("&Resume (continue from the target's size)")},
        {ExistsAction::Rename, tr("Re&name (keep both)")},
        {ExistsAction::Skip, tr("S&kip")},
    };
    for (const auto &[action, text] : options) {
        auto *button = new QRadioButton(text, box);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_actions->addButton(button, int(action));
        choices->addWidget(button);
    }
    // Resume makes sense only when the target is the smaller one.
    m_actions->button(int(ExistsAction::Resume))
        ->setEnabled(q.targetSize >= 0 && (q.sourceSize < 0 || q.targetSize < q.sourceSize));
    m_actions->button(int(ExistsAction::Overwrite))->setChecked(true);
    layout->addWidget(box);

    m_forAll->setText(tr("&Apply to all in this queue run"));
    m_forAll->setAccessibleName(tr("Apply to all in this queue run"));
    layout->addWidget(m_forAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void FileExistsDialog::accept()
{
    // Closed first: the answer closes the request, which would otherwise reject the dialog.
    const QPointer<FileExistsRequest> request = m_request;
    const auto action = ExistsAction(m_actions->checkedId());
    const bool forAll = m_forAll->isChecked();
    QDialog::accept();
    if (request && !request->isClosed())
        request->answer(action, forAll);
}

FileExistsDialog *openFileExistsDialog(FileExistsRequest *request, QWidget *parent)
{
    auto *dialog = new FileExistsDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FileExistsRequest> asked(request);
    QObject::connect(dialog, &QDialog::rejected, dialog, [asked] {
        if (asked && !asked->isClosed())
            asked->cancel(); // unanswered: the queue skips the file
    });
    // Withdrawn by the queue (stopped, or answered elsewhere): the question is moot.
    QObject::connect(request, &session::QuestionRequest::closed, dialog, [dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
    QObject::connect(request, &QObject::destroyed, dialog, [dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

} // namespace ferry::ui
