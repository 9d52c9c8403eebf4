#include "settings/MasterPasswordDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "sites/CredentialService.h"

namespace ferry::ui {

MasterPasswordDialog::MasterPasswordDialog(sites::CredentialService &credentials, QWidget *parent)
    : QDialog(parent), m_credentials(credentials), m_intro(new QLabel(this)), m_oldLabel(new QLabel(this)),
      m_newLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)), m_old(new QLineEdit(this)),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("masterPasswordDialog"));
    m_intro->setWordWrap(true);
    m_old->setObjectName(QStringLiteral("oldMasterPassword"));
    m_new->setObjectName(QStringLiteral("newMasterPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatMasterPassword"));
    m_error->setObjectName(QStringLiteral("masterPasswordError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    for (QLineEdit *edit : {m_old, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_oldLabel->setBuddy(m_old);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("masterPasswordOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("masterPasswordCancel"));

    auto *form = new QFormLayout;
    form->addRow(m_oldLabel, m_old);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MasterPasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        for (QLineEdit *edit : {m_old, m_new, m_repeat})
            edit->clear();
    });
    retranslate();
    m_old->setFocus();
}

QString MasterPasswordDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MasterPasswordDialog::retranslate()
{
    setWindowTitle(tr("Change the vault's master password"));
    setAccessibleName(windowTitle());
    m_intro->setText(tr("The password vault is encrypted again under the new master password. The old "
                        "one stops working."));
    m_oldLabel->setText(tr("&Current master password:"));
    m_newLabel->setText(tr("&New master password:"));
    m_repeatLabel->setText(tr("&Repeat the new one:"));
    m_old->setAccessibleName(tr("Current master password"));
    m_new->setAccessibleName(tr("New master password"));
    m_repeat->setAccessibleName(tr("Repeat the new master password"));
    m_error->setAccessibleName(tr("Error"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void MasterPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MasterPasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MasterPasswordDialog::submit()
{
    if (m_busy)
        return;
    if (m_new->text().isEmpty()) {
        showError(tr("The new master password must not be empty."));
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showError(tr("The new master passwords do not match."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_busy = true;
    showError(QString());
    for (QWidget *w : {static_cast<QWidget *>(m_old), static_cast<QWidget *>(m_new),
                       static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_buttons)})
        w->setEnabled(false);
    m_credentials.changeMasterPassword(m_old->text(), m_new->text(), this, [this](remote::Status status) {
        m_busy = false;
        for (QWidget *w : {static_cast<QWidget *>(m_old), static_cast<QWidget *>(m_new),
                           static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_buttons)})
            w->setEnabled(true);
        if (status) {
            accept();
            return;
        }
        if (status.error().kind() == remote::ErrorKind::Auth)
            showError(tr("The current master password is wrong. Nothing was changed."));
        else
            showError(tr("The master password was not changed: %1").arg(status.error().message()));
        m_old->clear();
        m_old->setFocus();
    });
}

} // namespace ferry::ui
