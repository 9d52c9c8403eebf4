#pragma once
// "The target file exists": both files' size and modification time, and every rule the
// queue has (overwrite, overwrite if newer, overwrite if the size differs, resume, rename,
// skip), with "apply to all in this queue run". Answers a FileExistsRequest from the
// queue (openQuestionDialog opens it for one); closing the dialog declines, and the queue
// then skips the file (never overwrites it). Opened window-modal with open(); deletes
// itself when closed; a request withdrawn by the queue closes it.
// GUI thread.

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;

namespace ferry::transfer {
class FileExistsRequest;
} // namespace ferry::transfer

namespace ferry::ui {

class FileExistsDialog : public QDialog
{
    Q_OBJECT
public:
    FileExistsDialog(transfer::FileExistsRequest *request, QWidget *parent = nullptr);

    QButtonGroup *actions() const { return m_actions; }
    QCheckBox *forAll() const { return m_forAll; }

    void accept() override;

private:
    QPointer<transfer::FileExistsRequest> m_request;
    QButtonGroup *m_actions;
    QCheckBox *m_forAll;
};

// Opens the dialog for request (as openQuestionDialog does for connection questions).
FileExistsDialog *openFileExistsDialog(transfer::FileExistsRequest *request, QWidget *parent);

} // namespace ferry::ui
