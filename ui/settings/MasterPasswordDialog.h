#pragma once
// Settings > Passwords > "Change master password...": the old master password, the new
// one and the new one again. OK checks that the new two match and are not empty, then
// asks CredentialService::changeMasterPassword (off the GUI thread) and waits with the
// fields disabled; a wrong old password or another failure is shown in the dialog, which
// stays open with what was typed (the old password field cleared and focused); success
// closes it (accepted). The typed passwords are cleared from the fields when it closes.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ferry::sites {
class CredentialService;
} // namespace ferry::sites

namespace ferry::ui {

class MasterPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MasterPasswordDialog(sites::CredentialService &credentials, QWidget *parent = nullptr);

    // The message shown under the fields (empty when none).
    QString error() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void showError(const QString &message);

    sites::CredentialService &m_credentials;
    QLabel *m_intro;
    QLabel *m_oldLabel;
    QLabel *m_newLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ferry::ui
