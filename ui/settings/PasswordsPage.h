#pragma once
// The Settings dialog's Passwords page: where site passwords are kept (the system
// keyring, the encrypted vault, or not saved) and the vault's master password.
// "Move passwords" switches the store: CredentialService::movePasswords moves every
// saved site's password there off the GUI thread (asking the vault's master password
// through the usual question, once) and the page says how many moved, or which sites
// failed and that nothing was lost. Moving to "don't save" asks first: it forgets them.
// "Change master password..." opens a MasterPasswordDialog. Without the services (a
// dialog made on its own) the controls are disabled.

#include <QWidget>

#include "sites/PasswordMover.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

class PasswordsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordsPage(QWidget *parent = nullptr);

    void setServices(sites::CredentialService *credentials, sites::SiteStore *sites);
    // What the page says about the last move or change (tests, accessibility).
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshBackend();
    void moveClicked();
    void moved(const sites::PasswordMoveReport &report);
    void changeMasterPassword();
    void showStatus();
    void updateButtons();

    sites::CredentialService *m_credentials = nullptr;
    sites::SiteStore *m_sites = nullptr;
    QLabel *m_intro;
    QLabel *m_whereLabel;
    QComboBox *m_where;
    QPushButton *m_move;
    QLabel *m_masterIntro;
    QPushButton *m_changeMaster;
    QLabel *m_status;
    QString m_current; // the backend in use ("keyring", "vault", "none"), empty until known
    bool m_moving = false;
    std::optional<sites::PasswordMoveReport> m_report; // the last move, shown in m_status
    bool m_masterChanged = false;
};

} // namespace ferry::ui
