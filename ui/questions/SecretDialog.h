#pragma once
// Asks for a password, passphrase or one-time code (keyboard-interactive prompts
// included): the server's instruction, the prompt, and a field that echoes only when
// the server said so. GUI thread; open(), not exec().

#include <QDialog>

#include "remote/Interaction.h"

class QLineEdit;
class QPushButton;

namespace ferry::ui {

class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretDialog(const remote::SecretPrompt &prompt, QWidget *parent = nullptr);

    QLineEdit *answerEdit() const { return m_answer; }
    QPushButton *okButton() const { return m_ok; }

Q_SIGNALS:
    void answered(const QString &secret);
    void declined();

private:
    QLineEdit *m_answer;
    QPushButton *m_ok;
};

} // namespace ferry::ui
