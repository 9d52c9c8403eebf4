#include "questions/QuestionDialogs.h"

#include <QPointer>

#include "edit/EditQuestion.h"
#include "questions/CertificateDialog.h"
#include "questions/EditQuestionDialog.h"
#include "questions/FileExistsDialog.h"
#include "questions/HostKeyDialog.h"
#include "questions/SecretDialog.h"
#include "session/QuestionRequest.h"
#include "transfer/FileExistsRequest.h"

namespace ferry::ui {

using session::QuestionRequest;

QDialog *openQuestionDialog(QuestionRequest *request, QWidget *parent)
{
    QDialog *dialog = nullptr;
    const QPointer<QuestionRequest> guard(request);
    switch (request->kind()) {
    case QuestionRequest::Kind::FileExists:
        return openFileExistsDialog(static_cast<transfer::FileExistsRequest *>(request), parent);
    case QuestionRequest::Kind::EditedFile:
        return openEditQuestionDialog(static_cast<edit::EditQuestion *>(request), parent);
    case QuestionRequest::Kind::Certificate: {
        auto *d = new CertificateDialog(request->connection(), request->certificate(), parent);
        QObject::connect(d, &CertificateDialog::decided, request, [guard](remote::TrustDecision decision) {
            if (guard && !guard->isClosed())
                guard->answer(decision);
        });
        dialog = d;
        break;
    }
    case QuestionRequest::Kind::HostKey: {
        auto *d = new HostKeyDialog(request->connection(), request->hostKey(), parent);
        QObject::connect(d, &HostKeyDialog::decided, request, [guard](remote::TrustDecision decision) {
            if (guard && !guard->isClosed())
                guard->answer(decision);
        });
        dialog = d;
        break;
    }
    case QuestionRequest::Kind::Secret: {
        auto *d = new SecretDialog(request->secretPrompt(), parent);
        QObject::connect(d, &SecretDialog::answered, request, [guard](const QString &secret) {
            if (guard && !guard->isClosed())
                guard->answer(secret);
        });
        QObject::connect(d, &SecretDialog::declined, request, [guard] {
            if (guard && !guard->isClosed())
                guard->cancel();
        });
        dialog = d;
        break;
    }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The worker gave up (cancelled, disconnected): the question is moot.
    QObject::connect(request, &QuestionRequest::closed, dialog, [dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
    dialog->open();
    return dialog;
}

} // namespace ferry::ui
