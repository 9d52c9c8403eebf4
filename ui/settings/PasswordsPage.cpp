#include "settings/PasswordsPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "settings/MasterPasswordDialog.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"

namespace ferry::ui {

using sites::CredentialBackend;

namespace {

const CredentialBackend kBackends[] = {CredentialBackend::Keyring, CredentialBackend::Vault,
                                       CredentialBackend::None};
const char *const kBackendNames[] = {
    QT_TRANSLATE_NOOP("ferry::ui::PasswordsPage", "The system keyring"),
    QT_TRANSLATE_NOOP("ferry::ui::PasswordsPage", "An encrypted vault with a master password"),
    QT_TRANSLATE_NOOP("ferry::ui::PasswordsPage", "Do not save passwords"),
};

} // namespace

PasswordsPage::PasswordsPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_whereLabel(new QLabel(this)),
      m_where(new QComboBox(this)), m_move(new QPushButton(this)), m_masterIntro(new QLabel(this)),
      m_changeMaster(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordsPage"));
    m_where->setObjectName(QStringLiteral("passwordBackend"));
    m_move->setObjectName(QStringLiteral("movePasswords"));
    m_changeMaster->setObjectName(QStringLiteral("changeMasterPassword"));
    m_status->setObjectName(QStringLiteral("passwordsStatus"));
    for (QLabel *l : {m_intro, m_masterIntro, m_status})
        l->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_whereLabel->setBuddy(m_where);
    for (CredentialBackend backend : kBackends)
        m_where->addItem(QString(), sites::CredentialStoreChooser::backendName(backend));

    auto *row = new QHBoxLayout;
    row->addWidget(m_where, 1);
    row->addWidget(m_move);
    auto *form = new QFormLayout;
    form->addRow(m_whereLabel, row);
    auto *masterRow = new QHBoxLayout;
    masterRow->addWidget(m_changeMaster);
    masterRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_masterIntro);
    layout->addLayout(masterRow);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_where, &QComboBox::currentIndexChanged, this, &PasswordsPage::updateButtons);
    connect(m_move, &QPushButton::clicked, this, &PasswordsPage::moveClicked);
    connect(m_changeMaster, &QPushButton::clicked, this, &PasswordsPage::changeMasterPassword);
    retranslate();
    updateButtons();
}

void PasswordsPage::setServices(sites::CredentialService *credentials, sites::SiteStore *sites)
{
    if (m_credentials)
        disconnect(m_credentials, nullptr, this, nullptr);
    m_credentials = credentials;
    m_sites = sites;
    if (m_credentials)
        connect(m_credentials, &sites::CredentialService::passwordsMoved, this, &PasswordsPage::moved);
    refreshBackend();
}

void PasswordsPage::refreshBackend()
{
    m_current.clear();
    updateButtons();
    if (!m_credentials)
        return;
    m_credentials->backend(this, [this](remote::Result<QString> backend) {
        m_current = backend ? *backend : QString();
        if (backend)
            m_where->setCurrentIndex(m_where->findData(m_current));
        updateButtons();
    });
}

QString PasswordsPage::status() const
{
    return m_status->text();
}

void PasswordsPage::updateButtons()
{
    const bool ready = m_credentials && m_sites && !m_current.isEmpty() && !m_moving;
    m_where->setEnabled(ready);
    m_move->setEnabled(ready && m_where->currentData().toString() != m_current);
    m_changeMaster->setEnabled(m_credentials && !m_moving);
}

void PasswordsPage::moveClicked()
{
    CredentialBackend target = CredentialBackend::Keyring;
    if (!m_credentials || !m_sites ||
        !sites::CredentialStoreChooser::backendFromName(m_where->currentData().toString(), &target))
        return;
    if (auto reloaded = m_sites->reload(); !reloaded) {
        m_report.reset();
        m_status->setText(tr("The saved sites could not be read: %1").arg(reloaded.error().message()));
        return;
    }
    if (target == CredentialBackend::None &&
        QMessageBox::question(this, tr("Do not save passwords"),
                              tr("Ferry will forget every saved site password and ask for it when it "
                                 "connects. Forget them?"),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_moving = true;
    m_report.reset();
    m_masterChanged = false;
    showStatus();
    updateButtons();
    m_credentials->movePasswords(target, sites::PasswordMover::entriesOf(m_sites->sites()));
}

void PasswordsPage::moved(const sites::PasswordMoveReport &report)
{
    m_moving = false;
    m_report = report;
    m_masterChanged = false;
    if (report.switched)
        m_current = report.to;
    m_where->setCurrentIndex(m_where->findData(m_current));
    showStatus();
    updateButtons();
}

void PasswordsPage::showStatus()
{
    if (m_moving) {
        m_status->setText(tr("Moving the passwords..."));
        return;
    }
    if (m_masterChanged) {
        m_status->setText(tr("The vault's master password was changed."));
        return;
    }
    if (!m_report) {
        m_status->clear();
        return;
    }
    QStringList lines{m_report->summary()};
    for (const QString &failed : m_report->failed)
        lines << tr("Not moved: %1").arg(failed);
    for (const QString &kept : m_report->notForgotten)
        lines << tr("Moved, but a copy is left in the old place: %1").arg(kept);
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void PasswordsPage::changeMasterPassword()
{
    if (!m_credentials)
        return;
    auto *dialog = new MasterPasswordDialog(*m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_masterChanged = true;
        m_report.reset();
        showStatus();
    });
    dialog->open();
}

void PasswordsPage::retranslate()
{
    m_intro->setText(tr("Saved sites keep their passwords in one place. Choosing another place moves "
                        "every saved password there."));
    m_whereLabel->setText(tr("&Keep passwords in:"));
    m_where->setAccessibleName(tr("Keep passwords in"));
    for (int i = 0; i < m_where->count(); ++i)
        m_where->setItemText(i, tr(kBackendNames[i]));
    m_move->setText(tr("&Move passwords"));
    m_move->setAccessibleName(tr("Move passwords"));
    m_masterIntro->setText(tr("The vault is encrypted under a master password that Ferry asks for once "
                              "each time it starts."));
    m_changeMaster->setText(tr("Change &master password..."));
    m_changeMaster->setAccessibleName(tr("Change master password"));
    m_status->setAccessibleName(tr("Passwords status"));
    showStatus();
}

void PasswordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ferry::ui
