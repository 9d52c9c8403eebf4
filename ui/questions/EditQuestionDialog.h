#pragma once
// View/Edit's questions (edit::EditQuestion, from core/edit/EditSessions):
// - "NAME was changed. Upload it to the server?" Upload / Don't upload, with "Always
//   upload this file while it is open" (WinSCP and FileZilla ask so);
// - "NAME was changed on the server since you opened it": the three sides' sizes and
//   times, and Overwrite / Download theirs / Cancel (the default).
// Closing the dialog any other way answers Don't upload / Cancel: never an upload.
// Opened window-modal with open(); deletes itself when closed. GUI thread.
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QPushButton;

namespace ferry::edit {
class EditQuestion;
}

namespace ferry::ui {

class EditQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    EditQuestionDialog(edit::EditQuestion *request, QWidget *parent = nullptr);

    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *theirsButton() const { return m_theirs; }
    QCheckBox *always() const { return m_always; }

private:
    QPointer<edit::EditQuestion> m_request;
    QPushButton *m_upload = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_theirs = nullptr;
    QCheckBox *m_always = nullptr;
};

EditQuestionDialog *openEditQuestionDialog(edit::EditQuestion *request, QWidget *parent);

} // namespace ferry::ui
