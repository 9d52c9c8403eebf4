#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "settings/AppSettings.h"
#include "settings/EditorsPage.h"
#include "settings/PasswordsPage.h"

namespace ferry::ui {

using transfer::ExistsAction;

namespace {

// The page list's entries, in Page order.
const char *const kPageNames[] = {
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Connection"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Transfers"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "File exists action"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Interface"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Language"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Theme"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Passwords"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Editors"),
};

// The file-exists answers, in the combo boxes' order.
const ExistsAction kActions[] = {ExistsAction::Ask,
                                 ExistsAction::Overwrite,
                                 ExistsAction::OverwriteIfNewer,
                                 ExistsAction::OverwriteIfSizeDiffers,
                                 ExistsAction::Resume,
                                 ExistsAction::Rename,
                                 ExistsAction::Skip};
const char *const kActionNames[] = {
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Ask"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Overwrite"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Overwrite if the source is newer"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Overwrite if the size differs"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Resume"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Rename the new file"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Skip"),
};

const char *const kLanguageNames[] = {
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Follow the system"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "English"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Indonesian (Bahasa Indonesia)"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "German (Deutsch)"),
};

const char *const kThemeNames[] = {
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Follow the system"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Light"),
    QT_TRANSLATE_NOOP("ferry::ui::SettingsDialog", "Dark"),
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace

SettingsDialog::SettingsDialog(settings::AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_pages(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_stack->setObjectName(QStringLiteral("settingsStack"));
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));

    m_passwords = new ui::PasswordsPage(this);
    m_editors = new ui::EditorsPage(this);
    for (QWidget *page :
         {connectionPage(), transfersPage(), fileExistsPage(), interfacePage(), languagePage(), themePage(),
          static_cast<QWidget *>(m_passwords), static_cast<QWidget *>(m_editors)}) {
        m_stack->addWidget(page);
        m_pages->addItem(QString());
    }
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QAbstractButton::clicked, this,
            &SettingsDialog::apply);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));

    retranslate();
    load();
    m_pages->setCurrentRow(ConnectionPage);
}

QWidget *SettingsDialog::text(QWidget *widget, const char *source)
{
    m_texts.append({widget, source});
    return widget;
}

QLabel *SettingsDialog::label(const char *source, QWidget *buddy)
{
    auto *l = new QLabel(this);
    l->setBuddy(buddy);
    text(l, source);
    m_texts.append({buddy, source}); // the control's accessible name is its label's text
    return l;
}

QSpinBox *SettingsDialog::spin(const QString &name, int min, int max)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    return box;
}

QCheckBox *SettingsDialog::check(const QString &name)
{
    auto *box = new QCheckBox(this);
    box->setObjectName(name);
    return box;
}

QComboBox *SettingsDialog::existsCombo(const QString &name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    for (size_t i = 0; i < std::size(kActions); ++i)
        box->addItem(QString(), int(kActions[i]));
    return box;
}

QWidget *SettingsDialog::connectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_connections = spin(QStringLiteral("connectionsPerSite"), 1, 10);
    m_timeout = spin(QStringLiteral("connectTimeout"), 1, 600);
    m_idle = spin(QStringLiteral("idleTimeout"), 5, 3600);
    m_retries = spin(QStringLiteral("retries"), 0, 100);
    m_firstDelay = spin(QStringLiteral("firstRetryDelay"), 1, 3600);
    m_maxDelay = spin(QStringLiteral("maxRetryDelay"), 1, 3600);
    form->addRow(label(QT_TR_NOOP("Transfer &connections per site:"), m_connections), m_connections);
    form->addRow(label(QT_TR_NOOP("&Timeout (seconds):"), m_timeout), m_timeout);
    form->addRow(label(QT_TR_NOOP("Close idle transfer connections after (seconds):"), m_idle), m_idle);
    form->addRow(label(QT_TR_NOOP("&Retries after a dropped connection:"), m_retries), m_retries);
    form->addRow(label(QT_TR_NOOP("First retry after (seconds):"), m_firstDelay), m_firstDelay);
    form->addRow(label(QT_TR_NOOP("Longest wait between retries (seconds):"), m_maxDelay), m_maxDelay);
    return page;
}

QWidget *SettingsDialog::transfersPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *limits = new QGroupBox(page);
    text(limits, QT_TR_NOOP("Speed limits"));
    auto *form = new QFormLayout(limits);
    m_limitOn = check(QStringLiteral("speedLimitOn"));
    text(m_limitOn, QT_TR_NOOP("&Limit the transfer speed (the toolbar's Speed limit button)"));
    m_downLimit = spin(QStringLiteral("downloadLimit"), 1, 10 * 1024 * 1024);
    m_upLimit = spin(QStringLiteral("uploadLimit"), 1, 10 * 1024 * 1024);
    form->addRow(m_limitOn);
    form->addRow(label(QT_TR_NOOP("&Download (KiB/s):"), m_downLimit), m_downLimit);
    form->addRow(label(QT_TR_NOOP("&Upload (KiB/s):"), m_upLimit), m_upLimit);
    layout->addWidget(limits);
    m_partFiles = check(QStringLiteral("partFiles"));
    text(m_partFiles, QT_TR_NOOP("Download to a &partial file (.NAME.ferry-part), renamed when complete"));
    m_preserveTimes = check(QStringLiteral("preserveTimes"));
    text(m_preserveTimes, QT_TR_NOOP("Keep the source's &modification time"));
    layout->addWidget(m_partFiles);
    layout->addWidget(m_preserveTimes);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::fileExistsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_downExists = existsCombo(QStringLiteral("downloadExistsAction"));
    m_upExists = existsCombo(QStringLiteral("uploadExistsAction"));
    form->addRow(label(QT_TR_NOOP("When a &download's target exists:"), m_downExists), m_downExists);
    form->addRow(label(QT_TR_NOOP("When an &upload's target exists:"), m_upExists), m_upExists);
    return page;
}

QWidget *SettingsDialog::interfacePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_showHidden = check(QStringLiteral("showHidden"));
    text(m_showHidden, QT_TR_NOOP("Show &hidden files (names starting with a dot)"));
    layout->addWidget(m_showHidden);
    m_restoreTabs = check(QStringLiteral("restoreTabs"));
    text(m_restoreTabs, QT_TR_NOOP("&Reopen the tabs (sites and folders) at the next start"));
    layout->addWidget(m_restoreTabs);
    auto *confirm = new QGroupBox(page);
    text(confirm, QT_TR_NOOP("Ask before"));
    auto *inner = new QVBoxLayout(confirm);
    m_confirmDelete = check(QStringLiteral("confirmDelete"));
    text(m_confirmDelete, QT_TR_NOOP("&Deleting files and folders"));
    m_confirmOverwrite = check(QStringLiteral("confirmOverwrite"));
    text(m_confirmOverwrite, QT_TR_NOOP("&Overwriting a file (when the file exists action is Ask)"));
    m_confirmMove = check(QStringLiteral("confirmMove"));
    text(m_confirmMove, QT_TR_NOOP("&Moving files on the server by drag and drop"));
    inner->addWidget(m_confirmDelete);
    inner->addWidget(m_confirmOverwrite);
    inner->addWidget(m_confirmMove);
    layout->addWidget(confirm);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::languagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : settings::AppSettings::languages())
        m_language->addItem(QString(), code);
    form->addRow(label(QT_TR_NOOP("&Language:"), m_language), m_language);
    return page;
}

QWidget *SettingsDialog::themePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const QString &code : settings::AppSettings::themes())
        m_theme->addItem(QString(), code);
    form->addRow(label(QT_TR_NOOP("T&heme:"), m_theme), m_theme);
    return page;
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_pages->setAccessibleName(tr("Settings pages"));
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->item(i)->setText(tr(kPageNames[i]));
    for (const auto &[widget, source] : std::as_const(m_texts)) {
        const QString translated = tr(source);
        if (auto *l = qobject_cast<QLabel *>(widget))
            l->setText(translated);
        else if (auto *b = qobject_cast<QAbstractButton *>(widget))
            b->setText(translated);
        else if (auto *g = qobject_cast<QGroupBox *>(widget))
            g->setTitle(translated);
        widget->setAccessibleName(plain(translated));
    }
    for (QComboBox *box : {m_downExists, m_upExists}) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, tr(kActionNames[i]));
    }
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, tr(kLanguageNames[i]));
    for (int i = 0; i < m_theme->count(); ++i)
        m_theme->setItemText(i, tr(kThemeNames[i]));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_downLimit->setSuffix(tr(" KiB/s"));
    m_upLimit->setSuffix(tr(" KiB/s"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::setPasswordServices(sites::CredentialService *credentials, sites::SiteStore *sites)
{
    m_passwords->setServices(credentials, sites);
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentRow(page);
}

void SettingsDialog::load()
{
    const settings::AppSettings &s = m_settings;
    m_connections->setValue(s.connectionsPerSite());
    m_timeout->setValue(s.connectTimeoutSeconds());
    m_idle->setValue(s.idleTimeoutSeconds());
    m_retries->setValue(s.retries());
    m_firstDelay->setValue(s.firstRetryDelaySeconds());
    m_maxDelay->setValue(s.maxRetryDelaySeconds());
    m_limitOn->setChecked(s.speedLimitOn());
    m_downLimit->setValue(s.downloadLimitKiB());
    m_upLimit->setValue(s.uploadLimitKiB());
    m_partFiles->setChecked(s.partFiles());
    m_preserveTimes->setChecked(s.preserveTimes());
    m_downExists->setCurrentIndex(m_downExists->findData(int(s.downloadExistsAction())));
    m_upExists->setCurrentIndex(m_upExists->findData(int(s.uploadExistsAction())));
    m_showHidden->setChecked(s.showHidden());
    m_confirmDelete->setChecked(s.confirmDelete());
    m_confirmOverwrite->setChecked(s.confirmOverwrite());
    m_confirmMove->setChecked(s.confirmMove());
    m_restoreTabs->setChecked(s.restoreTabs());
    m_language->setCurrentIndex(m_language->findData(s.language()));
    m_theme->setCurrentIndex(m_theme->findData(s.theme()));
    m_editors->setEditors(s.editors());
}

void SettingsDialog::apply()
{
    settings::AppSettings &s = m_settings;
    s.setConnectionsPerSite(m_connections->value());
    s.setConnectTimeoutSeconds(m_timeout->value());
    s.setIdleTimeoutSeconds(m_idle->value());
    s.setRetries(m_retries->value());
    s.setFirstRetryDelaySeconds(m_firstDelay->value());
    s.setMaxRetryDelaySeconds(m_maxDelay->value());
    s.setDownloadLimitKiB(m_downLimit->value());
    s.setUploadLimitKiB(m_upLimit->value());
    s.setSpeedLimitOn(m_limitOn->isChecked());
    s.setPartFiles(m_partFiles->isChecked());
    s.setPreserveTimes(m_preserveTimes->isChecked());
    s.setDownloadExistsAction(ExistsAction(m_downExists->currentData().toInt()));
    s.setUploadExistsAction(ExistsAction(m_upExists->currentData().toInt()));
    s.setShowHidden(m_showHidden->isChecked());
    s.setConfirmDelete(m_confirmDelete->isChecked());
    s.setConfirmOverwrite(m_confirmOverwrite->isChecked());
    s.setConfirmMove(m_confirmMove->isChecked());
    s.setRestoreTabs(m_restoreTabs->isChecked());
    s.setTheme(m_theme->currentData().toString());
    s.setEditors(m_editors->editors());
    // Last: switching the language retranslates this dialog too.
    s.setLanguage(m_language->currentData().toString());
}

} // namespace ferry::ui
