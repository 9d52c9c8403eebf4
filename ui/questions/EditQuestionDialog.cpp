#include "EditQuestionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "DialogParts.h"
#include "common/Format.h"
#include "edit/EditQuestion.h"

namespace ferry::ui {

using edit::EditQuestion;

namespace {
QString describe(qint64 size, const QDateTime &time)
{
    const QString sizeText =
        size >= 0 ? EditQuestionDialog::tr("%1 (%2 bytes)").arg(humanSize(size), QLocale().toString(size))
                  : EditQuestionDialog::tr("size unknown");
    const QString timeText = time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                                            : EditQuestionDialog::tr("time unknown");
    return EditQuestionDialog::tr("%1, modified %2").arg(sizeText, timeText);
}
} // namespace

EditQuestionDialog::EditQuestionDialog(EditQuestion *request, QWidget *parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("editQuestionDialog"));
    const EditQuestion::Details &d = request->details();
    const QString name = QFileInfo(d.localPath).fileName();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *buttons = new QDialogButtonBox(this);
    const QPointer<EditQuestion> guard(request);
    const auto answer = [this, guard](EditQuestion::Answer a, bool forAll) {
        if (guard && !guard->isClosed())
            guard->answer(a, forAll);
        accept();
    };
    if (d.topic == EditQuestion::Topic::UploadChanged) {
        setWindowTitle(tr("File changed"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxQuestion,
                         tr("%1 was changed. Upload it to the server?").arg(name));
        addFormValue(form, this, tr("Server file:"), d.remotePath.toString(), tr("Server file"));
        addFormValue(form, this, tr("Local copy:"), describe(d.localSize, d.localTime),
                     tr("Local size and time"));
        layout->addLayout(form);
        m_always = new QCheckBox(tr("&Always upload this file while it is open"), this);
        m_always->setAccessibleName(tr("Always upload this file while it is open"));
        layout->addWidget(m_always);
        m_upload = buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
        m_upload->setAccessibleName(tr("Upload"));
        auto *skip = buttons->addButton(tr("&Don't upload"), QDialogButtonBox::RejectRole);
        skip->setAccessibleName(tr("Don't upload"));
        m_upload->setDefault(true);
        connect(m_upload, &QPushButton::clicked, this,
                [this, answer] { answer(EditQuestion::Answer::Upload, m_always->isChecked()); });
        connect(skip, &QPushButton::clicked, this, [answer] { answer(EditQuestion::Answer::Skip, false); });
    } else {
        setWindowTitle(tr("File changed on the server"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxWarning,
                         tr("%1 was changed on the server since you opened it.").arg(name),
                         tr("Uploading your copy would replace the server's changes."));
        addFormValue(form, this, tr("Server file:"), d.remotePath.toString(), tr("Server file"));
        addFormValue(form, this, tr("When opened:"), describe(d.downloadedSize, d.downloadedTime),
                     tr("Server size and time when opened"));
        addFormValue(form, this, tr("Server now:"),
                     d.serverSize < 0 && !d.serverTime.isValid() ? tr("deleted")
                                                                 : describe(d.serverSize, d.serverTime),
                     tr("Server size and time now"));
        addFormValue(form, this, tr("Your copy:"), describe(d.localSize, d.localTime),
                     tr("Local size and time"));
        layout->addLayout(form);
        m_overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
        m_overwrite->setAccessibleName(tr("Overwrite the server's file"));
        m_theirs = buttons->addButton(tr("Download &theirs"), QDialogButtonBox::ActionRole);
        m_theirs->setAccessibleName(tr("Download the server's file"));
        auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setDefault(true);
        cancel->setFocus();
        connect(m_overwrite, &QPushButton::clicked, this,
                [answer] { answer(EditQuestion::Answer::Overwrite, false); });
        connect(m_theirs, &QPushButton::clicked, this,
                [answer] { answer(EditQuestion::Answer::DownloadTheirs, false); });
        connect(cancel, &QPushButton::clicked, this,
                [answer] { answer(EditQuestion::Answer::Cancel, false); });
    }
    setAccessibleName(windowTitle());
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    // Closed any other way: the request's own default (no upload).
    connect(this, &QDialog::finished, this, [guard] {
        if (guard && !guard->isClosed())
            guard->cancel();
    });
}

EditQuestionDialog *openEditQuestionDialog(EditQuestion *request, QWidget *parent)
{
    auto *dialog = new EditQuestionDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(request, &QObject::destroyed, dialog, [dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
    dialog->open();
    return dialog;
}

} // namespace ferry::ui
