#include "questions/SecretDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "questions/DialogParts.h"

namespace ferry::ui {

SecretDialog::SecretDialog(const remote::SecretPrompt &prompt, QWidget *parent)
    : QDialog(parent), m_answer(new QLineEdit(this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(prompt.title.isEmpty() ? tr("Password") : prompt.title);
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    addDialogHeading(layout, this, QStyle::SP_MessageBoxQuestion, windowTitle(), prompt.instruction);
    auto *form = new QFormLayout;
    const QString label = prompt.prompt.isEmpty() ? tr("Password:") : prompt.prompt;
    m_answer->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
    m_answer->setAccessibleName(label);
    form->addRow(label, m_answer);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    m_answer->setFocus();
    // As wide as FileZilla's password prompt: the instruction (an archive member's path, a
    // server's keyboard-interactive text) wraps in a few lines, not a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString secret = m_answer->text();
        m_answer->clear(); // do not keep the secret in the widget longer than needed
        accept();
        Q_EMIT answered(secret);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { Q_EMIT declined(); });
}

} // namespace ferry::ui
