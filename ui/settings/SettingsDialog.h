#pragma once
// The Settings dialog (Edit > Settings, Ctrl+,): FileZilla's layout, a list of pages on
// the left (Connection, Transfers, File exists action, Interface, Language, Theme) and the
// page on the right; Passwords (PasswordsPage) acts at once through its own buttons. It edits a
// settings::AppSettings: the controls show the stored values when it opens, Apply and OK write every control
// back (OK then closes), Cancel closes without writing. Whoever follows AppSettings::changed() applies what
// changed at once (MainWindow: the queue, the panes, the theme, the language).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace ferry::settings {
class AppSettings;
} // namespace ferry::settings

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::ui {

class EditorsPage;
class PasswordsPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        ConnectionPage,
        TransfersPage,
        FileExistsPage,
        InterfacePage,
        LanguagePage,
        ThemePage,
        PasswordsPage,
        EditorsPage,
    };

    explicit SettingsDialog(settings::AppSettings &settings, QWidget *parent = nullptr);

    // The Passwords page's services (without them its controls are disabled).
    void setPasswordServices(sites::CredentialService *credentials, sites::SiteStore *sites);
    void showPage(Page page);
    // Shows the stored values in the controls.
    void load();
    // Writes every control to the settings.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *connectionPage();
    QWidget *transfersPage();
    QWidget *fileExistsPage();
    QWidget *interfacePage();
    QWidget *languagePage();
    QWidget *themePage();
    void retranslate();
    QWidget *text(QWidget *widget, const char *source);
    QLabel *label(const char *source, QWidget *buddy);
    QSpinBox *spin(const QString &name, int min, int max);
    QCheckBox *check(const QString &name);
    QComboBox *existsCombo(const QString &name);

    settings::AppSettings &m_settings;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QDialogButtonBox *m_buttons;
    // Every label, check box and group with its untranslated text (QT_TR_NOOP), set
    // through tr() again on a language change; the accessible name follows the text.
    QList<QPair<QWidget *, const char *>> m_texts;
    QSpinBox *m_connections;
    QSpinBox *m_timeout;
    QSpinBox *m_idle;
    QSpinBox *m_retries;
    QSpinBox *m_firstDelay;
    QSpinBox *m_maxDelay;
    QCheckBox *m_limitOn;
    QSpinBox *m_downLimit;
    QSpinBox *m_upLimit;
    QCheckBox *m_partFiles;
    QCheckBox *m_preserveTimes;
    QComboBox *m_downExists;
    QComboBox *m_upExists;
    QCheckBox *m_showHidden;
    QCheckBox *m_restoreTabs;
    QCheckBox *m_confirmDelete;
    QCheckBox *m_confirmOverwrite;
    QCheckBox *m_confirmMove;
    QComboBox *m_language;
    QComboBox *m_theme;
    ui::PasswordsPage *m_passwords = nullptr;
    ui::EditorsPage *m_editors = nullptr;
};

} // namespace ferry::ui
