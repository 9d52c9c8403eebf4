#pragma once
// Opens the dialog that answers a QuestionRequest from core (certificate, host key,
// secret, or a FileExistsDialog for the queue's file-exists question), window-modal
// with open() (no nested event loop): the dialog's answer goes to the request, and a
// request withdrawn by its asker closes the dialog. The dialog deletes itself when
// closed. GUI thread.

class QDialog;
class QWidget;

namespace ferry::session {
class QuestionRequest;
}

namespace ferry::ui {

QDialog *openQuestionDialog(session::QuestionRequest *request, QWidget *parent);

} // namespace ferry::ui
