#pragma once
// The site manager, as FileZilla's: the tree of folders and saved sites on the left (New
// site, New folder, Rename, Duplicate, Delete, a filter by name or host), the selected
// site's fields on the right in FileZilla's groups (General, Advanced, Transfer
// settings, Charset), with the fields that do not apply to the protocol or logon type
// hidden. The password goes to the credential store (never to sites.json): the field
// says whether one is stored without showing it, and can replace or forget it. Connect
// (Enter, double-click), Test connection (connects and lists the default folder through
// the SessionManager, the outcome shown here, no tab opened), Import (FileZilla's
// sitemanager.xml, ~/.ssh/config) and Export (sitemanager.xml) through core's importers.
//
// Edits are saved to the SiteStore when another item is selected, on Connect, Test
// connection and Close. Never blocks: passwords come back through CredentialService's
// callbacks. GUI thread.

#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPointer>
#include <QUuid>

#include <optional>
#include <type_traits>

#include "common/Retranslator.h"
#include "sites/Site.h"

class QCheckBox;
class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace ferry::session {
class Session;
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

class SiteTreeModel;

class SiteManagerDialog : public QDialog
{
    Q_OBJECT
public:
    SiteManagerDialog(sites::SiteStore *store, sites::CredentialService *credentials,
                      session::SessionManager *sessions, QWidget *parent = nullptr);
    ~SiteManagerDialog() override;

    SiteTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *protocolBox() const { return m_protocol; }
    QComboBox *encryptionBox() const { return m_encryption; }
    QComboBox *logonBox() const { return m_logon; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *forgetPasswordButton() const { return m_forget; }
    QLabel *passwordState() const { return m_passwordState; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QPlainTextEdit *commentsEdit() const { return m_comments; }
    QLineEdit *localDirEdit() const { return m_localDir; }
    QLineEdit *remoteDirEdit() const { return m_remoteDir; }
    QSpinBox *timeZoneSpin() const { return m_timeZone; }
    QRadioButton *transferModeButton(sites::TransferMode mode) const;
    QSpinBox *maxConnectionsSpin() const { return m_maxConnections; }
    QRadioButton *charsetButton(sites::Charset charset) const;
    QLineEdit *charsetNameEdit() const { return m_charsetName; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *testButton() const { return m_test; }
    // Whether a form field is shown for the selected site (hidden rows and tabs count as not).
    bool fieldShown(QWidget *field) const;

    // The site shown on the right, as edited (nullopt for a folder or nothing).
    std::optional<sites::Site> editedSite() const;
    bool selectSite(const QUuid &id);
    bool selectFolder(const QStringList &path);

    // The buttons' actions.
    void newSite();
    void newFolder();
    void renameCurrent();
    void duplicateCurrent();
    // Asks first (a window-modal question, objectName "deleteConfirmation").
    void deleteCurrent();
    // Writes the edited site to the store and its password to the credential store; false
    // with the reason shown when the store refused.
    bool saveCurrent();
    void connectCurrent();
    void testConnection();
    // Import and export without the file dialogs; the summary is shown and returned.
    QString importFileZilla(const QString &path);
    QString importSshConfig(const QString &path);
    QString exportFileZilla(const QString &path);

Q_SIGNALS:
    // Connect was chosen: the window connects (the password is stored by then).
    void connectRequested(const ferry::sites::Site &site);
    // A credential-store call finished (tests wait for it).
    void passwordSettled();
    // Test connection finished; ok and the message shown.
    void testFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Texts bound to m_tr, set again on a language change.
    template <typename T> T *bound(const char *source, QWidget *parent)
    {
        auto *widget = new T(parent);
        if constexpr (std::is_same_v<T, QGroupBox>)
            m_tr.bind(widget, &QGroupBox::setTitle, source);
        else
            m_tr.bind(widget, &T::setText, source);
        return widget;
    }
    QLabel *formLabel(const char *source, QWidget *buddy);
    void addItem(QComboBox *box, const char *source, const QVariant &data);
    void addTab(QWidget *page, const char *source);
    QAction *boundAction(QMenu *menu, const char *source);
    QPushButton *boundButton(QDialogButtonBox *box, const char *source, QDialogButtonBox::ButtonRole role);

    void buildTree(QWidget *left);
    void buildForm();
    void showItem(const QModelIndex &sourceIndex);
    void loadSite(const sites::Site &site);
    void updateFieldVisibility();
    void fillLogons(remote::Protocol protocol);
    void setFormEnabled(bool enabled);
    remote::Protocol protocolChosen(bool *tlsIfAvailable) const;
    QModelIndex currentSource() const;
    void selectSource(const QModelIndex &sourceIndex);
    void refreshPasswordState();
    void showStatus(const QString &text, bool error = false);
    QString storeImported(const QString &what, const QList<sites::Site> &merged,
                          const QList<std::optional<QString>> &passwords, const QStringList &warnings);

    sites::SiteStore *m_store;
    sites::CredentialService *m_credentials;
    session::SessionManager *m_sessions;
    SiteTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QPushButton *m_newSite;
    QPushButton *m_newFolder;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QFormLayout *m_general;
    QComboBox *m_protocol;
    QComboBox *m_encryption;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_logon;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordState;
    QPushButton *m_forget;
    QWidget *m_passwordRow;
    QLineEdit *m_keyFile;
    QWidget *m_keyFileRow;
    QPlainTextEdit *m_comments;
    QLineEdit *m_localDir;
    QLineEdit *m_remoteDir;
    QSpinBox *m_timeZone;
    QWidget *m_transferTab;
    QRadioButton *m_modeDefault;
    QRadioButton *m_modePassive;
    QRadioButton *m_modeActive;
    QSpinBox *m_maxConnections;
    QRadioButton *m_charsetAuto;
    QRadioButton *m_charsetUtf8;
    QRadioButton *m_charsetNamed;
    QLineEdit *m_charsetName;
    QLabel *m_testResult;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_test;
    QPushButton *m_close;

    std::optional<sites::Site> m_loaded; // the site on the right as stored
    bool m_passwordStored = false;
    bool m_loading = false;
    QPointer<session::Session> m_testSession;
    Retranslator m_tr{staticMetaObject.className()};
};

} // namespace ferry::ui
