#include "sitemanager/SiteManagerDialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "session/Session.h"
#include "session/SessionManager.h"
#include "sitemanager/SiteTreeModel.h"
#include "sites/CredentialService.h"
#include "sites/FileZillaExporter.h"
#include "sites/FileZillaImporter.h"
#include "sites/SiteStore.h"
#include "sites/SshConfigImporter.h"

namespace ferry::ui {

using remote::Protocol;
using sites::Charset;
using sites::LogonType;
using sites::Site;
using sites::TransferMode;

namespace {

// The encryption choices of an FTP site, FileZilla's order.
enum Encryption
{
    TlsIfAvailable,
    RequireExplicit,
    RequireImplicit,
    PlainOnly
};

QString logonLabel(LogonType logon)
{
    switch (logon) {
    case LogonType::Anonymous:
        return SiteManagerDialog::tr("Anonymous");
    case LogonType::Normal:
        return SiteManagerDialog::tr("Normal");
    case LogonType::Ask:
        return SiteManagerDialog::tr("Ask for password");
    case LogonType::Interactive:
        return SiteManagerDialog::tr("Interactive");
    case LogonType::KeyFile:
        return SiteManagerDialog::tr("Key file");
    case LogonType::Agent:
        return SiteManagerDialog::tr("SSH agent");
    }
    return {};
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, Retranslator &texts, const char *accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    texts.bind(edit, &QWidget::setAccessibleName, accessible);
    return edit;
}

} // namespace

SiteManagerDialog::SiteManagerDialog(sites::SiteStore *store, sites::CredentialService *credentials,
                                     session::SessionManager *sessions, QWidget *parent)
    : QDialog(parent), m_store(store), m_credentials(credentials), m_sessions(sessions),
      m_model(new SiteTreeModel(store, this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("siteManager"));
    m_tr.bind(this, &QWidget::setWindowTitle, QT_TR_NOOP("Site Manager"));
    m_tr.bind(this, &QWidget::setAccessibleName, QT_TR_NOOP("Site Manager"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    buildTree(left);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("siteTabs"));
    m_tr.bind(m_tabs, &QWidget::setAccessibleName, QT_TR_NOOP("Site settings"));
    rightLayout->addWidget(m_tabs);
    buildForm();
    m_testResult = new QLabel(right);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_tr.bind(m_testResult, &QWidget::setAccessibleName, QT_TR_NOOP("Test connection result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_testResult);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteManagerStatus"));
    m_tr.bind(m_status, &QWidget::setAccessibleName, QT_TR_NOOP("Site manager status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = boundButton(buttons, QT_TR_NOOP("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectSite"));
    m_tr.bind(m_connect, &QWidget::setAccessibleName, QT_TR_NOOP("Connect to the selected site"));
    m_test = boundButton(buttons, QT_TR_NOOP("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_tr.bind(m_test, &QWidget::setAccessibleName, QT_TR_NOOP("Test connection"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeSiteManager"));
    m_tr.bind(m_close, &QWidget::setAccessibleName, QT_TR_NOOP("Close the site manager"));
    m_connect->setAutoDefault(false);
    m_test->setAutoDefault(false);
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_connect, &QPushButton::clicked, this, &SiteManagerDialog::connectCurrent);
    connect(m_test, &QPushButton::clicked, this, &SiteManagerDialog::testConnection);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_model, &SiteTreeModel::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_model, &SiteTreeModel::changed, this, [this](const QUuid &site, const QStringList &folder) {
        m_tree->expandAll();
        if (!site.isNull())
            selectSite(site);
        else if (!folder.isEmpty())
            selectFolder(folder);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandAll(); });
    m_tree->expandAll();
    resize(QSettings().value(QStringLiteral("SiteManager/size"), QSize(900, 560)).toSize());
    if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    else
        showItem({});
}

SiteManagerDialog::~SiteManagerDialog()
{
    if (m_testSession)
        m_sessions->closeSession(m_testSession);
}

void SiteManagerDialog::buildTree(QWidget *left)
{
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = lineEdit(left, QStringLiteral("siteFilter"), m_tr, QT_TR_NOOP("Filter sites by name or host"));
    m_tr.bind(m_filter, &QLineEdit::setPlaceholderText, QT_TR_NOOP("Filter by name or host"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SiteTreeModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
        if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
    });

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("siteTree"));
    m_tr.bind(m_tree, &QWidget::setAccessibleName, QT_TR_NOOP("Sites"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &) {
                if (m_loaded && !m_loading)
                    saveCurrent();
                showItem(m_proxy->mapToSource(current));
            });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(m_proxy->mapToSource(index)))
            connectCurrent();
    });

    const auto button = [this, left](const char *text, const QString &name) {
        auto *b = new QPushButton(left);
        b->setObjectName(name);
        m_tr.bindNamed(b, &QAbstractButton::setText, text);
        b->setAutoDefault(false);
        return b;
    };
    auto *row1 = new QHBoxLayout;
    m_newSite = button(QT_TR_NOOP("&New site"), QStringLiteral("newSite"));
    m_newFolder = button(QT_TR_NOOP("New &folder"), QStringLiteral("newFolder"));
    m_rename = button(QT_TR_NOOP("&Rename"), QStringLiteral("renameSite"));
    row1->addWidget(m_newSite);
    row1->addWidget(m_newFolder);
    row1->addWidget(m_rename);
    auto *row2 = new QHBoxLayout;
    m_duplicate = button(QT_TR_NOOP("D&uplicate"), QStringLiteral("duplicateSite"));
    m_delete = button(QT_TR_NOOP("&Delete"), QStringLiteral("deleteSite"));
    row2->addWidget(m_duplicate);
    row2->addWidget(m_delete);
    auto *row3 = new QHBoxLayout;
    m_import = button(QT_TR_NOOP("&Import…"), QStringLiteral("importSites"));
    m_export = button(QT_TR_NOOP("E&xport…"), QStringLiteral("exportSites"));
    row3->addWidget(m_import);
    row3->addWidget(m_export);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addLayout(row3);
    connect(m_newSite, &QPushButton::clicked, this, &SiteManagerDialog::newSite);
    connect(m_newFolder, &QPushButton::clicked, this, &SiteManagerDialog::newFolder);
    connect(m_rename, &QPushButton::clicked, this, &SiteManagerDialog::renameCurrent);
    connect(m_duplicate, &QPushButton::clicked, this, &SiteManagerDialog::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SiteManagerDialog::deleteCurrent);

    auto *importMenu = new QMenu(m_import);
    QAction *fromFileZilla = boundAction(importMenu, QT_TR_NOOP("FileZilla site manager (sitemanager.xml)…"));
    fromFileZilla->setObjectName(QStringLiteral("importFileZilla"));
    connect(fromFileZilla, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import FileZilla sites"), QDir::homePath() + QStringLiteral("/.config/filezilla"),
            tr("FileZilla site manager (*.xml);;All files (*)"));
        if (!path.isEmpty())
            importFileZilla(path);
    });
    QAction *fromSsh = boundAction(importMenu, QT_TR_NOOP("OpenSSH configuration (~/.ssh/config)"));
    fromSsh->setObjectName(QStringLiteral("importSshConfig"));
    connect(fromSsh, &QAction::triggered, this, [this] { importSshConfig(QString()); });
    m_import->setMenu(importMenu);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export sites for FileZilla"), QDir::homePath() + QStringLiteral("/sitemanager.xml"),
            tr("FileZilla site manager (*.xml)"));
        if (!path.isEmpty())
            exportFileZilla(path);
    });
}

void SiteManagerDialog::buildForm()
{
    // General
    auto *general = new QWidget(m_tabs);
    general->setObjectName(QStringLiteral("generalTab"));
    m_general = new QFormLayout(general);
    m_protocol = new QComboBox(general);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_tr.bind(m_protocol, &QWidget::setAccessibleName, QT_TR_NOOP("Protocol"));
    addItem(m_protocol, QT_TR_NOOP("FTP – File Transfer Protocol"), int(Protocol::Ftp));
    addItem(m_protocol, QT_TR_NOOP("SFTP – SSH File Transfer Protocol"), int(Protocol::Sftp));
    m_general->addRow(formLabel(QT_TR_NOOP("&Protocol:"), m_protocol), m_protocol);
    m_encryption = new QComboBox(general);
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_tr.bind(m_encryption, &QWidget::setAccessibleName, QT_TR_NOOP("Encryption"));
    addItem(m_encryption, QT_TR_NOOP("Use explicit FTP over TLS if available"), TlsIfAvailable);
    addItem(m_encryption, QT_TR_NOOP("Require explicit FTP over TLS"), RequireExplicit);
    addItem(m_encryption, QT_TR_NOOP("Require implicit FTP over TLS"), RequireImplicit);
    addItem(m_encryption, QT_TR_NOOP("Only use plain FTP (insecure)"), PlainOnly);
    m_general->addRow(formLabel(QT_TR_NOOP("&Encryption:"), m_encryption), m_encryption);
    auto *hostRow = new QHBoxLayout;
    m_host = lineEdit(general, QStringLiteral("host"), m_tr, QT_TR_NOOP("Host"));
    m_port = new QSpinBox(general);
    m_port->setObjectName(QStringLiteral("port"));
    m_tr.bind(m_port, &QWidget::setAccessibleName, QT_TR_NOOP("Port"));
    m_port->setRange(0, 65535);
    m_tr.bind(m_port, &QAbstractSpinBox::setSpecialValueText, QT_TR_NOOP("default"));
    auto *portLabel = bound<QLabel>(QT_TR_NOOP("Po&rt:"), general);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = bound<QLabel>(QT_TR_NOOP("&Host:"), general);
    hostLabel->setBuddy(m_host);
    m_general->addRow(hostLabel, hostRow);
    m_logon = new QComboBox(general);
    m_logon->setObjectName(QStringLiteral("logonType"));
    m_tr.bind(m_logon, &QWidget::setAccessibleName, QT_TR_NOOP("Logon type"));
    m_general->addRow(formLabel(QT_TR_NOOP("&Logon type:"), m_logon), m_logon);
    m_user = lineEdit(general, QStringLiteral("user"), m_tr, QT_TR_NOOP("User"));
    m_general->addRow(formLabel(QT_TR_NOOP("&User:"), m_user), m_user);
    m_passwordRow = new QWidget(general);
    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_password = lineEdit(m_passwordRow, QStringLiteral("password"), m_tr, QT_TR_NOOP("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_forget = bound<QPushButton>(QT_TR_NOOP("&Forget"), m_passwordRow);
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    m_tr.bind(m_forget, &QWidget::setAccessibleName, QT_TR_NOOP("Forget the stored password"));
    m_forget->setAutoDefault(false);
    passwordLayout->addWidget(m_password, 1);
    passwordLayout->addWidget(m_forget);
    m_general->addRow(formLabel(QT_TR_NOOP("Pass&word:"), m_passwordRow), m_passwordRow);
    m_passwordState = new QLabel(general);
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_tr.bind(m_passwordState, &QWidget::setAccessibleName, QT_TR_NOOP("Password state"));
    m_general->addRow(QString(), m_passwordState);
    m_keyFileRow = new QWidget(general);
    auto *keyLayout = new QHBoxLayout(m_keyFileRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyFile = lineEdit(m_keyFileRow, QStringLiteral("keyFile"), m_tr, QT_TR_NOOP("Key file"));
    auto *browseKey = bound<QPushButton>(QT_TR_NOOP("&Browse…"), m_keyFileRow);
    browseKey->setObjectName(QStringLiteral("browseKeyFile"));
    m_tr.bind(browseKey, &QWidget::setAccessibleName, QT_TR_NOOP("Choose the key file"));
    browseKey->setAutoDefault(false);
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(browseKey);
    m_general->addRow(formLabel(QT_TR_NOOP("&Key file:"), m_keyFileRow), m_keyFileRow);
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the key file"),
                                                          QDir::homePath() + QStringLiteral("/.ssh"));
        if (!path.isEmpty())
            m_keyFile->setText(path);
    });
    m_comments = new QPlainTextEdit(general);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_tr.bind(m_comments, &QWidget::setAccessibleName, QT_TR_NOOP("Comments"));
    m_comments->setTabChangesFocus(true);
    m_general->addRow(formLabel(QT_TR_NOOP("C&omments:"), m_comments), m_comments);
    addTab(general, QT_TR_NOOP("&General"));

    // Advanced
    auto *advanced = new QWidget(m_tabs);
    advanced->setObjectName(QStringLiteral("advancedTab"));
    auto *advancedForm = new QFormLayout(advanced);
    m_localDir = lineEdit(advanced, QStringLiteral("localDir"), m_tr, QT_TR_NOOP("Default local folder"));
    m_remoteDir = lineEdit(advanced, QStringLiteral("remoteDir"), m_tr, QT_TR_NOOP("Default remote folder"));
    m_tr.bind(m_remoteDir, &QLineEdit::setPlaceholderText, QT_TR_NOOP("the login folder"));
    m_timeZone = new QSpinBox(advanced);
    m_timeZone->setObjectName(QStringLiteral("timeZoneOffset"));
    m_tr.bind(m_timeZone, &QWidget::setAccessibleName, QT_TR_NOOP("Server time-zone offset in minutes"));
    m_timeZone->setRange(-24 * 60, 24 * 60);
    m_timeZone->setSingleStep(30);
    m_tr.bind(m_timeZone, &QSpinBox::setSuffix, QT_TR_NOOP(" min"));
    advancedForm->addRow(formLabel(QT_TR_NOOP("Default &local folder:"), m_localDir), m_localDir);
    advancedForm->addRow(formLabel(QT_TR_NOOP("Default &remote folder:"), m_remoteDir), m_remoteDir);
    advancedForm->addRow(formLabel(QT_TR_NOOP("Server &time-zone offset:"), m_timeZone), m_timeZone);
    addTab(advanced, QT_TR_NOOP("&Advanced"));

    // Transfer settings
    m_transferTab = new QWidget(m_tabs);
    m_transferTab->setObjectName(QStringLiteral("transferTab"));
    auto *transferLayout = new QVBoxLayout(m_transferTab);
    auto *modeBox = bound<QGroupBox>(QT_TR_NOOP("Transfer mode"), m_transferTab);
    modeBox->setObjectName(QStringLiteral("transferModeGroup"));
    auto *modeLayout = new QHBoxLayout(modeBox);
    m_modeDefault = bound<QRadioButton>(QT_TR_NOOP("D&efault"), modeBox);
    m_modePassive = bound<QRadioButton>(QT_TR_NOOP("&Passive"), modeBox);
    m_modeActive = bound<QRadioButton>(QT_TR_NOOP("&Active"), modeBox);
    for (QRadioButton *b : {m_modeDefault, m_modePassive, m_modeActive}) {
        m_tr.bind(b, QT_TR_NOOP("Transfer mode: %1"), [b](const QString &text) {
            b->setAccessibleName(text.arg(b->text().remove(QLatin1Char('&'))));
        });
        modeLayout->addWidget(b);
    }
    m_modeDefault->setObjectName(QStringLiteral("modeDefault"));
    m_modePassive->setObjectName(QStringLiteral("modePassive"));
    m_modeActive->setObjectName(QStringLiteral("modeActive"));
    transferLayout->addWidget(modeBox);
    auto *limitRow = new QFormLayout;
    m_maxConnections = new QSpinBox(m_transferTab);
    m_maxConnections->setObjectName(QStringLiteral("maxConnections"));
    m_tr.bind(m_maxConnections, &QWidget::setAccessibleName, QT_TR_NOOP("Maximum number of connections"));
    m_maxConnections->setRange(0, 100);
    m_tr.bind(m_maxConnections, &QAbstractSpinBox::setSpecialValueText, QT_TR_NOOP("no limit of its own"));
    limitRow->addRow(formLabel(QT_TR_NOOP("&Maximum number of connections:"), m_maxConnections),
                     m_maxConnections);
    transferLayout->addLayout(limitRow);
    transferLayout->addStretch(1);
    addTab(m_transferTab, QT_TR_NOOP("&Transfer settings"));

    // Charset
    auto *charsetTab = new QWidget(m_tabs);
    charsetTab->setObjectName(QStringLiteral("charsetTab"));
    auto *charsetLayout = new QVBoxLayout(charsetTab);
    m_charsetAuto =
        bound<QRadioButton>(QT_TR_NOOP("&Autodetect (UTF-8 when the server offers it)"), charsetTab);
    m_charsetUtf8 = bound<QRadioButton>(QT_TR_NOOP("Force &UTF-8"), charsetTab);
    m_charsetNamed = bound<QRadioButton>(QT_TR_NOOP("Use &custom charset:"), charsetTab);
    m_charsetAuto->setObjectName(QStringLiteral("charsetAuto"));
    m_charsetUtf8->setObjectName(QStringLiteral("charsetUtf8"));
    m_charsetNamed->setObjectName(QStringLiteral("charsetNamed"));
    m_charsetName = lineEdit(charsetTab, QStringLiteral("charsetName"), m_tr, QT_TR_NOOP("Custom charset"));
    m_charsetName->setPlaceholderText(QStringLiteral("ISO-8859-15"));
    for (QRadioButton *b : {m_charsetAuto, m_charsetUtf8, m_charsetNamed}) {
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        charsetLayout->addWidget(b);
    }
    charsetLayout->addWidget(m_charsetName);
    charsetLayout->addStretch(1);
    addTab(charsetTab, QT_TR_NOOP("Char&set"));
    connect(m_charsetNamed, &QRadioButton::toggled, m_charsetName, &QWidget::setEnabled);

    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillLogons(Protocol(m_protocol->currentData().toInt()));
        updateFieldVisibility();
    });
    connect(m_logon, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            updateFieldVisibility();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (!m_loaded)
            return;
        const QUuid id = m_loaded->id;
        m_passwordState->setText(tr("Forgetting the password…"));
        m_credentials->removePassword(id, this, [this, id](remote::Status status) {
            if (!status)
                showStatus(tr("The password could not be forgotten: %1").arg(status.error().message()), true);
            if (m_loaded && m_loaded->id == id) {
                m_passwordStored = !status.ok() && m_passwordStored;
                refreshPasswordState();
            }
            Q_EMIT passwordSettled();
        });
    });
}

QLabel *SiteManagerDialog::formLabel(const char *source, QWidget *buddy)
{
    auto *label = bound<QLabel>(source, this);
    label->setBuddy(buddy);
    return label;
}

void SiteManagerDialog::addItem(QComboBox *box, const char *source, const QVariant &data)
{
    const int index = box->count();
    box->addItem(QString(), data);
    m_tr.bind(box, source, [box, index](const QString &text) { box->setItemText(index, text); });
}

void SiteManagerDialog::addTab(QWidget *page, const char *source)
{
    const int index = m_tabs->addTab(page, QString());
    m_tr.bind(page, source, [this, index](const QString &text) { m_tabs->setTabText(index, text); });
}

QAction *SiteManagerDialog::boundAction(QMenu *menu, const char *source)
{
    QAction *action = menu->addAction(QString());
    m_tr.bind(action, &QAction::setText, source);
    return action;
}

QPushButton *SiteManagerDialog::boundButton(QDialogButtonBox *box, const char *source,
                                            QDialogButtonBox::ButtonRole role)
{
    QPushButton *button = box->addButton(QString(), role);
    m_tr.bind(button, &QAbstractButton::setText, source);
    return button;
}

// On a language change: every bound text, the logon types (kept as chosen) and what the
// password field says; messages already shown stay as they were said.
void SiteManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tr.retranslate();
        fillLogons(Protocol(m_protocol->currentData().toInt()));
        if (m_loaded)
            refreshPasswordState();
    }
    QDialog::changeEvent(event);
}

QRadioButton *SiteManagerDialog::transferModeButton(TransferMode mode) const
{
    switch (mode) {
    case TransferMode::Default:
        return m_modeDefault;
    case TransferMode::Passive:
        return m_modePassive;
    case TransferMode::Active:
        return m_modeActive;
    }
    return m_modeDefault;
}

QRadioButton *SiteManagerDialog::charsetButton(Charset charset) const
{
    switch (charset) {
    case Charset::Auto:
        return m_charsetAuto;
    case Charset::Utf8:
        return m_charsetUtf8;
    case Charset::Named:
        return m_charsetNamed;
    }
    return m_charsetAuto;
}

void SiteManagerDialog::fillLogons(Protocol protocol)
{
    const LogonType was = LogonType(m_logon->currentData().toInt());
    const bool had = m_logon->count() > 0;
    const QSignalBlocker block(m_logon);
    m_logon->clear();
    QList<LogonType> types;
    if (protocol == Protocol::Sftp)
        types = {LogonType::Normal, LogonType::Ask, LogonType::Interactive, LogonType::KeyFile,
                 LogonType::Agent};
    else
        types = {LogonType::Anonymous, LogonType::Normal, LogonType::Ask, LogonType::Interactive};
    for (LogonType type : types)
        m_logon->addItem(logonLabel(type), int(type));
    const int keep = had ? m_logon->findData(int(was)) : -1;
    m_logon->setCurrentIndex(keep >= 0 ? keep : m_logon->findData(int(LogonType::Normal)));
}

bool SiteManagerDialog::fieldShown(QWidget *field) const
{
    if (!field->isEnabled())
        return false;
    for (QWidget *w = field; w && w != this; w = w->parentWidget()) {
        if (const int tab = m_tabs->indexOf(w); tab >= 0) // a page: hidden while another tab shows
            return m_tabs->isTabEnabled(tab) && m_tabs->isTabVisible(tab);
        if (w->isHidden())
            return false;
    }
    return true;
}

void SiteManagerDialog::updateFieldVisibility()
{
    const bool ftp = Protocol(m_protocol->currentData().toInt()) != Protocol::Sftp;
    const LogonType logon = LogonType(m_logon->currentData().toInt());
    m_general->setRowVisible(m_encryption, ftp);
    m_general->setRowVisible(m_passwordRow, logon == LogonType::Normal);
    m_general->setRowVisible(m_passwordState, logon == LogonType::Normal);
    m_general->setRowVisible(m_keyFileRow, !ftp && logon == LogonType::KeyFile);
    m_user->setEnabled(logon != LogonType::Anonymous);
    // FTP's data connections: passive or active; SFTP has none.
    m_tabs->setTabEnabled(m_tabs->indexOf(m_transferTab), true);
    for (QRadioButton *b : {m_modeDefault, m_modePassive, m_modeActive})
        b->parentWidget()->setEnabled(ftp);
    m_charsetName->setEnabled(m_charsetNamed->isChecked());
}

void SiteManagerDialog::setFormEnabled(bool enabled)
{
    m_tabs->setEnabled(enabled);
    m_connect->setEnabled(enabled);
    m_test->setEnabled(enabled);
    m_duplicate->setEnabled(enabled);
}

QModelIndex SiteManagerDialog::currentSource() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

void SiteManagerDialog::selectSource(const QModelIndex &sourceIndex)
{
    const QModelIndex shown = m_proxy->mapFromSource(sourceIndex);
    if (!shown.isValid())
        return;
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
}

bool SiteManagerDialog::selectSite(const QUuid &id)
{
    const QModelIndex index = m_model->indexOfSite(id);
    if (!index.isValid())
        return false;
    selectSource(index);
    return m_proxy->mapFromSource(index).isValid();
}

bool SiteManagerDialog::selectFolder(const QStringList &path)
{
    const QModelIndex index = m_model->indexOfFolder(path);
    if (!index.isValid())
        return false;
    selectSource(index);
    return true;
}

void SiteManagerDialog::showItem(const QModelIndex &sourceIndex)
{
    // The store's copy: the tree's may predate the last save.
    std::optional<Site> site = m_model->site(sourceIndex);
    if (site)
        site = m_store->byId(site->id);
    m_rename->setEnabled(sourceIndex.isValid());
    m_delete->setEnabled(sourceIndex.isValid());
    m_testResult->clear();
    if (!site) {
        m_loaded.reset();
        setFormEnabled(false);
        return;
    }
    setFormEnabled(true);
    loadSite(*site);
}

void SiteManagerDialog::loadSite(const Site &site)
{
    m_loading = true;
    m_loaded = site;
    m_protocol->setCurrentIndex(
        m_protocol->findData(int(site.protocol == Protocol::Sftp ? Protocol::Sftp : Protocol::Ftp)));
    Encryption encryption = RequireExplicit;
    if (site.protocol == Protocol::Ftp)
        encryption = site.tlsIfAvailable ? TlsIfAvailable : PlainOnly;
    else if (site.protocol == Protocol::Ftps)
        encryption = RequireImplicit;
    m_encryption->setCurrentIndex(m_encryption->findData(encryption));
    m_logon->clear();
    fillLogons(site.protocol);
    m_logon->setCurrentIndex(std::max(0, m_logon->findData(int(site.logon))));
    m_host->setText(site.host);
    m_port->setValue(site.port);
    m_user->setText(site.user);
    m_password->clear();
    m_keyFile->setText(site.keyFile);
    m_comments->setPlainText(site.comments);
    m_localDir->setText(site.localDir);
    m_remoteDir->setText(site.remoteDir);
    m_timeZone->setValue(site.timeZoneOffsetMinutes);
    transferModeButton(site.transferMode)->setChecked(true);
    m_maxConnections->setValue(site.maxConnections);
    charsetButton(site.charset)->setChecked(true);
    m_charsetName->setText(site.charsetName);
    m_loading = false;
    updateFieldVisibility();

    m_passwordStored = false;
    m_password->setPlaceholderText(QString());
    if (!site.storesPassword()) {
        refreshPasswordState();
        return;
    }
    m_passwordState->setText(tr("Looking for a stored password…"));
    const QUuid id = site.id;
    m_credentials->password(id, this, [this, id](remote::Result<std::optional<QString>> result) {
        if (!m_loaded || m_loaded->id != id)
            return;
        if (!result) {
            m_passwordState->setText(
                tr("The password store is not available: %1").arg(result.error().message()));
            Q_EMIT passwordSettled();
            return;
        }
        m_passwordStored = result->has_value();
        refreshPasswordState();
        Q_EMIT passwordSettled();
    });
}

void SiteManagerDialog::refreshPasswordState()
{
    m_forget->setEnabled(m_passwordStored);
    m_password->setPlaceholderText(m_passwordStored ? tr("stored – type to replace") : QString());
    m_passwordState->setText(m_passwordStored ? tr("A password is stored for this site.")
                                              : tr("No password is stored for this site."));
}

Protocol SiteManagerDialog::protocolChosen(bool *tlsIfAvailable) const
{
    *tlsIfAvailable = false;
    if (Protocol(m_protocol->currentData().toInt()) == Protocol::Sftp)
        return Protocol::Sftp;
    switch (Encryption(m_encryption->currentData().toInt())) {
    case TlsIfAvailable:
        *tlsIfAvailable = true;
        return Protocol::Ftp;
    case RequireExplicit:
        return Protocol::Ftpes;
    case RequireImplicit:
        return Protocol::Ftps;
    case PlainOnly:
        return Protocol::Ftp;
    }
    return Protocol::Ftpes;
}

std::optional<Site> SiteManagerDialog::editedSite() const
{
    if (!m_loaded)
        return std::nullopt;
    Site site = *m_loaded;
    site.protocol = protocolChosen(&site.tlsIfAvailable);
    site.host = m_host->text().trimmed();
    site.port = quint16(m_port->value());
    site.logon = LogonType(m_logon->currentData().toInt());
    site.user = site.logon == LogonType::Anonymous ? QString() : m_user->text().trimmed();
    site.keyFile = site.logon == LogonType::KeyFile ? m_keyFile->text().trimmed() : QString();
    site.comments = m_comments->toPlainText();
    site.localDir = m_localDir->text().trimmed();
    site.remoteDir = m_remoteDir->text().trimmed();
    site.timeZoneOffsetMinutes = m_timeZone->value();
    site.transferMode = m_modePassive->isChecked()  ? TransferMode::Passive
                        : m_modeActive->isChecked() ? TransferMode::Active
                                                    : TransferMode::Default;
    site.maxConnections = m_maxConnections->value();
    site.charset = m_charsetUtf8->isChecked()    ? Charset::Utf8
                   : m_charsetNamed->isChecked() ? Charset::Named
                                                 : Charset::Auto;
    site.charsetName = site.charset == Charset::Named ? m_charsetName->text().trimmed() : QString();
    return site;
}

bool SiteManagerDialog::saveCurrent()
{
    const std::optional<Site> site = editedSite();
    if (!site)
        return true;
    if (!site->remoteDir.isEmpty() && !site->remoteDir.startsWith(QLatin1Char('/'))) {
        showStatus(tr("The default remote folder must start with \"/\"."), true);
        return false;
    }
    if (*site != *m_loaded) {
        if (remote::Status saved = m_store->update(*site); !saved) {
            showStatus(tr("The site could not be saved: %1").arg(saved.error().message()), true);
            return false;
        }
        m_loaded = site;
    }
    const QUuid id = site->id;
    const QString typed = m_password->text();
    if (site->storesPassword() && !typed.isEmpty()) {
        m_password->clear();
        m_passwordState->setText(tr("Storing the password…"));
        m_credentials->setPassword(id, typed, this, [this, id](remote::Status status) {
            if (!status)
                showStatus(tr("The password could not be stored: %1").arg(status.error().message()), true);
            if (m_loaded && m_loaded->id == id) {
                m_passwordStored = status.ok() || m_passwordStored;
                refreshPasswordState();
            }
            Q_EMIT passwordSettled();
        });
    } else if (!site->storesPassword() && m_passwordStored) {
        // A logon that keeps no password: the stored one goes.
        m_passwordStored = false;
        m_credentials->removePassword(id, this, [this](remote::Status) { Q_EMIT passwordSettled(); });
    }
    return true;
}

void SiteManagerDialog::newSite()
{
    if (m_loaded && !saveCurrent())
        return;
    const QModelIndex current = currentSource();
    Site site;
    site.folder = m_model->folderPath(current);
    site.protocol = Protocol::Ftpes;
    site.logon = LogonType::Normal;
    QString name = tr("New site");
    for (int n = 2; std::any_of(m_store->sites().begin(), m_store->sites().end(),
                                [&](const Site &s) { return s.folder == site.folder && s.name == name; });
         ++n)
        name = tr("New site %1").arg(n);
    site.name = name;
    remote::Result<Site> added = m_store->add(site);
    if (!added) {
        showStatus(tr("The site could not be added: %1").arg(added.error().message()), true);
        return;
    }
    m_loaded.reset(); // nothing to save when the selection moves to the new one
    m_model->reload();
    selectSite(added->id);
    m_tree->edit(m_tree->currentIndex());
}

void SiteManagerDialog::newFolder()
{
    if (m_loaded && !saveCurrent())
        return;
    const QStringList parent = m_model->folderPath(currentSource());
    QString name = tr("New folder");
    const QList<QStringList> folders = m_store->folders();
    for (int n = 2; folders.contains(parent + QStringList{name}); ++n)
        name = tr("New folder %1").arg(n);
    if (remote::Status added = m_store->addFolder(parent + QStringList{name}); !added) {
        showStatus(tr("The folder could not be added: %1").arg(added.error().message()), true);
        return;
    }
    m_loaded.reset();
    m_model->reload();
    selectFolder(parent + QStringList{name});
    m_tree->edit(m_tree->currentIndex());
}

void SiteManagerDialog::renameCurrent()
{
    if (m_tree->currentIndex().isValid())
        m_tree->edit(m_tree->currentIndex());
}

void SiteManagerDialog::duplicateCurrent()
{
    if (!saveCurrent())
        return;
    std::optional<Site> site = m_model->site(currentSource());
    if (site)
        site = m_store->byId(site->id);
    if (!site)
        return;
    const QUuid original = site->id;
    site->id = QUuid();
    QString name = tr("Copy of %1").arg(site->name);
    for (int n = 2; std::any_of(m_store->sites().begin(), m_store->sites().end(),
                                [&](const Site &s) { return s.folder == site->folder && s.name == name; });
         ++n)
        name = tr("Copy (%1) of %2").arg(n).arg(site->name);
    site->name = name;
    remote::Result<Site> added = m_store->add(*site);
    if (!added) {
        showStatus(tr("The site could not be duplicated: %1").arg(added.error().message()), true);
        return;
    }
    m_loaded.reset();
    m_model->reload();
    selectSite(added->id);
    if (!site->storesPassword())
        return;
    // The copy gets the original's password under its own id.
    const QUuid copy = added->id;
    m_credentials->password(original, this, [this, copy](remote::Result<std::optional<QString>> password) {
        if (!password || !password->has_value()) {
            Q_EMIT passwordSettled();
            return;
        }
        m_credentials->setPassword(copy, **password, this, [this, copy](remote::Status status) {
            if (m_loaded && m_loaded->id == copy) {
                m_passwordStored = status.ok();
                refreshPasswordState();
            }
            Q_EMIT passwordSettled();
        });
    });
}

void SiteManagerDialog::deleteCurrent()
{
    const QModelIndex current = currentSource();
    if (!current.isValid())
        return;
    const bool folder = m_model->isFolder(current);
    const QString name = current.data().toString();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete"),
                                folder ? tr("Delete the folder \"%1\" and every site in it?").arg(name)
                                       : tr("Delete the site \"%1\"?").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(QStringLiteral("deleteConfirmation"));
    ask->setAccessibleName(tr("Confirm deletion"));
    ask->setDefaultButton(QMessageBox::No);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<Site> site = m_model->site(current);
    const QStringList path = m_model->folderPath(current);
    connect(ask, &QMessageBox::finished, this, [this, folder, site, path](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        QList<Site> removed;
        if (folder) {
            remote::Result<QList<Site>> gone = m_store->removeFolder(path);
            if (!gone) {
                showStatus(tr("The folder could not be deleted: %1").arg(gone.error().message()), true);
                return;
            }
            removed = *gone;
        } else if (site) {
            if (remote::Status gone = m_store->remove(site->id); !gone) {
                showStatus(tr("The site could not be deleted: %1").arg(gone.error().message()), true);
                return;
            }
            removed = {*site};
        }
        m_loaded.reset();
        m_model->reload();
        // Their passwords go too.
        for (const Site &s : std::as_const(removed)) {
            if (s.storesPassword())
                m_credentials->removePassword(s.id, this,
                                              [this](remote::Status) { Q_EMIT passwordSettled(); });
        }
        showStatus(tr("Deleted %n site(s).", nullptr, int(removed.size())));
    });
    ask->open();
}

void SiteManagerDialog::connectCurrent()
{
    if (!saveCurrent())
        return;
    const std::optional<Site> site = editedSite();
    if (!site)
        return;
    if (site->host.isEmpty()) {
        showStatus(tr("Enter the host first."), true);
        return;
    }
    // The password being stored is read back by the window: wait for it to be written.
    if (site->storesPassword()) {
        m_credentials->backend(this, [this, s = *site](remote::Result<QString>) {
            Q_EMIT connectRequested(s);
            accept();
        });
        return;
    }
    Q_EMIT connectRequested(*site);
    accept();
}

void SiteManagerDialog::testConnection()
{
    if (!saveCurrent())
        return;
    const std::optional<Site> site = editedSite();
    if (!site || site->host.isEmpty()) {
        showStatus(tr("Enter the host first."), true);
        return;
    }
    if (m_testSession) {
        m_sessions->closeSession(m_testSession);
        m_testSession = nullptr;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1 …").arg(site->host));
    const auto run = [this, site = *site](std::optional<QString> password) {
        remote::ConnectOptions options;
        site.applyTo(options);
        remote::ConnectionSpec spec = site.connectionSpec();
        if (password) {
            spec.password = *password;
            spec.hasPassword = true;
        }
        // An open session to the same site (the window's) is reused: the test must not
        // close it afterwards.
        const QList<session::Session *> before = m_sessions->sessions();
        session::Session *session = m_sessions->openSession(spec, options);
        const bool reused = before.contains(session);
        m_testSession = reused ? nullptr : session;
        const auto finish = [this, session, reused](bool ok, const QString &message) {
            m_testResult->setText(message);
            m_testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020"));
            m_test->setEnabled(true);
            if (!reused && m_testSession == session) {
                m_sessions->closeSession(session);
                m_testSession = nullptr;
            }
            Q_EMIT testFinished(ok, message);
        };
        session::ConnectJob *job = session->connectToServer();
        connect(job, &session::ConnectJob::finished, this,
                [this, session, finish, reused,
                 remoteDir = site.remoteDir](const remote::Result<remote::RemotePath> &home) {
                    if (!reused && m_testSession != session)
                        return;
                    if (!home) {
                        finish(false, tr("Connection failed: %1").arg(home.error().message()));
                        return;
                    }
                    const remote::RemotePath folder =
                        remoteDir.isEmpty() ? home.value() : remote::RemotePath(remoteDir);
                    session::ListJob *list = session->list(folder, session::Session::CachePolicy::Reload);
                    connect(list, &session::ListJob::finished, this,
                            [this, session, finish, folder,
                             reused](const remote::Result<remote::Listing> &listing) {
                                if (!reused && m_testSession != session)
                                    return;
                                if (!listing)
                                    finish(false, tr("Connected, but %1 could not be listed: %2")
                                                      .arg(folder.toString(), listing.error().message()));
                                else
                                    finish(true, tr("Connected and listed %1 (%n item(s)).", nullptr,
                                                    int(listing->entries.size()))
                                                     .arg(folder.toString()));
                            });
                });
    };
    const QString typed = m_password->text();
    if (site->storesPassword() && typed.isEmpty()) {
        m_credentials->password(site->id, this, [run](remote::Result<std::optional<QString>> password) {
            run(password ? *password : std::nullopt);
        });
    } else {
        run(site->storesPassword() ? std::optional<QString>(typed) : std::nullopt);
    }
}

QString SiteManagerDialog::storeImported(const QString &what, const QList<Site> &merged,
                                         const QList<std::optional<QString>> &passwords,
                                         const QStringList &warnings)
{
    int withPassword = 0;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        if (passwords.value(i) && merged.at(i).storesPassword()) {
            ++withPassword;
            m_credentials->setPassword(
                merged.at(i).id, *passwords.at(i), this, [this](remote::Status status) {
                    if (!status)
                        showStatus(tr("A password could not be stored: %1").arg(status.error().message()),
                                   true);
                    Q_EMIT passwordSettled();
                });
        }
    }
    m_loaded.reset();
    m_model->reload();
    // Whole sentences, each translated with its own plural; %1 is the text before.
    QString summary = tr("Imported %n site(s) from %1.", nullptr, int(merged.size())).arg(what);
    if (withPassword > 0)
        summary = tr("%1 %n password(s) going to the password store.", nullptr, withPassword).arg(summary);
    if (!warnings.isEmpty())
        summary = tr("%1 Skipped or changed %n:\n%2", nullptr, int(warnings.size()))
                      .arg(summary, warnings.join(QLatin1Char('\n')));
    showStatus(summary);
    if (!merged.isEmpty())
        selectSite(merged.first().id);
    return summary;
}

QString SiteManagerDialog::importFileZilla(const QString &path)
{
    if (m_loaded && !saveCurrent())
        return {};
    remote::Result<sites::ImportedSites> imported = sites::FileZillaImporter::importFile(path);
    if (!imported) {
        const QString message = tr("Nothing imported: %1").arg(imported.error().message());
        showStatus(message, true);
        return message;
    }
    QList<Site> incoming;
    QList<std::optional<QString>> passwords;
    for (const sites::ImportedSite &s : std::as_const(imported->sites)) {
        incoming.append(s.site);
        passwords.append(s.password);
    }
    remote::Result<QList<Site>> merged = m_store->merge(incoming);
    if (!merged) {
        const QString message = tr("Nothing imported: %1").arg(merged.error().message());
        showStatus(message, true);
        return message;
    }
    return storeImported(QDir::toNativeSeparators(path), *merged, passwords, imported->warnings);
}

QString SiteManagerDialog::importSshConfig(const QString &path)
{
    if (m_loaded && !saveCurrent())
        return {};
    remote::Result<sites::ImportedSites> imported = sites::SshConfigImporter::importFile(path);
    if (!imported) {
        const QString message = tr("Nothing imported: %1").arg(imported.error().message());
        showStatus(message, true);
        return message;
    }
    QList<Site> incoming;
    for (const sites::ImportedSite &s : std::as_const(imported->sites))
        incoming.append(s.site);
    remote::Result<QList<Site>> merged = m_store->merge(incoming);
    if (!merged) {
        const QString message = tr("Nothing imported: %1").arg(merged.error().message());
        showStatus(message, true);
        return message;
    }
    return storeImported(path.isEmpty() ? QStringLiteral("~/.ssh/config") : QDir::toNativeSeparators(path),
                         *merged, {}, imported->warnings);
}

QString SiteManagerDialog::exportFileZilla(const QString &path)
{
    if (m_loaded && !saveCurrent())
        return {};
    // Without passwords: ferry-cli's --with-passwords is the deliberate way to write them.
    const remote::Status written = sites::FileZillaExporter::exportFile(path, m_store->sites());
    const QString message =
        written ? tr("Exported %n site(s) to %1 (without passwords).", nullptr, int(m_store->sites().size()))
                      .arg(QDir::toNativeSeparators(path))
                : tr("Nothing exported: %1").arg(written.error().message());
    showStatus(message, !written);
    return message;
}

void SiteManagerDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void SiteManagerDialog::done(int result)
{
    if (result != QDialog::Accepted)
        saveCurrent();
    QSettings().setValue(QStringLiteral("SiteManager/size"), size());
    QDialog::done(result);
}

bool SiteManagerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a site connects (F2, the tree's own edit key, renames).
    // Only keys typed in the tree itself: the Return that finishes renaming in place
    // reaches the tree too (the line edit passes it on) while the editor has the focus.
    if (watched == m_tree && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_tree) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_model->isFolder(currentSource()) &&
            currentSource().isValid()) {
            connectCurrent();
            return true;
        }
        if (key == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ferry::ui
