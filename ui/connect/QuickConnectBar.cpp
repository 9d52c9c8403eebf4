#include "connect/QuickConnectBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace ferry::ui {

using remote::ConnectionSpec;
using remote::Protocol;

QuickConnectBar::QuickConnectBar(QWidget *parent)
    : QWidget(parent), m_protocol(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_port(new QLineEdit(this)),
      m_connect(new QPushButton(this)), m_historyButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("quickConnectBar"));
    m_tr.bind(this, &QWidget::setAccessibleName, QT_TR_NOOP("Quick connect"));
    const struct
    {
        const char *name;
        Protocol protocol;
    } protocols[] = {{QT_TR_NOOP("FTP"), Protocol::Ftp},
                     {QT_TR_NOOP("FTPES – explicit TLS"), Protocol::Ftpes},
                     {QT_TR_NOOP("FTPS – implicit TLS"), Protocol::Ftps},
                     {QT_TR_NOOP("SFTP – over SSH"), Protocol::Sftp}};
    for (const auto &p : protocols) {
        const int index = m_protocol->count();
        m_protocol->addItem(QString(), int(p.protocol));
        m_tr.bind(m_protocol, p.name,
                  [this, index](const QString &text) { m_protocol->setItemText(index, text); });
    }
    m_protocol->setCurrentIndex(1);
    m_tr.bind(m_protocol, &QWidget::setAccessibleName, QT_TR_NOOP("Protocol"));
    m_tr.bind(m_host, &QWidget::setAccessibleName, QT_TR_NOOP("Host"));
    m_tr.bind(m_host, &QLineEdit::setPlaceholderText, QT_TR_NOOP("host or URL"));
    m_tr.bind(m_host, &QWidget::setToolTip,
              QT_TR_NOOP("A host name or address, or a whole URL such as sftp://user@host/path"));
    m_host->setMinimumWidth(180);
    m_tr.bind(m_user, &QWidget::setAccessibleName, QT_TR_NOOP("User"));
    m_tr.bind(m_user, &QLineEdit::setPlaceholderText, QT_TR_NOOP("anonymous"));
    m_tr.bind(m_password, &QWidget::setAccessibleName, QT_TR_NOOP("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tr.bind(m_password, &QLineEdit::setPlaceholderText, QT_TR_NOOP("ask"));
    m_tr.bind(m_port, &QWidget::setAccessibleName, QT_TR_NOOP("Port"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(70);
    m_tr.bind(m_connect, &QAbstractButton::setText, QT_TR_NOOP("&Connect"));
    m_tr.bind(m_connect, &QWidget::setAccessibleName, QT_TR_NOOP("Connect"));
    m_connect->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    const auto addLabeled = [this, layout](const char *text, QWidget *field) {
        auto *label = new QLabel(this);
        m_tr.bind(label, &QLabel::setText, text);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    addLabeled(QT_TR_NOOP("P&rotocol:"), m_protocol);
    addLabeled(QT_TR_NOOP("&Host:"), m_host);
    addLabeled(QT_TR_NOOP("&User:"), m_user);
    addLabeled(QT_TR_NOOP("Pass&word:"), m_password);
    addLabeled(QT_TR_NOOP("P&ort:"), m_port);
    layout->addWidget(m_connect);
    m_historyButton->setObjectName(QStringLiteral("quickConnectHistory"));
    m_tr.bind(m_historyButton, &QWidget::setAccessibleName, QT_TR_NOOP("Recent connections"));
    m_tr.bind(m_historyButton, &QWidget::setToolTip, QT_TR_NOOP("Recent connections"));
    m_historyButton->setArrowType(Qt::DownArrow);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(new QMenu(m_historyButton));
    layout->addWidget(m_historyButton);
    layout->addStretch();
    rebuildHistoryMenu();
    setFocusProxy(m_host);

    connect(m_connect, &QPushButton::clicked, this, [this] { requestConnect(); });
    for (QLineEdit *edit : {m_host, m_user, m_password, m_port})
        connect(edit, &QLineEdit::returnPressed, this, [this] { requestConnect(); });
    // A pasted URL (text arriving at once) fills the fields straight away; a URL typed
    // character by character is parsed when editing ends or on Connect, since its
    // prefixes ("sftp://h") would parse too early.
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qsizetype grew = text.size() - m_lastHostLength;
        m_lastHostLength = text.size();
        if (m_filling)
            return;
        if (!text.contains(QLatin1String("://")))
            m_path.clear();
        else if (grew > 1)
            fillFromUrl(text);
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (m_host->text().contains(QLatin1String("://")))
            fillFromUrl(m_host->text());
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] { updatePortPlaceholder(); });
    updatePortPlaceholder();
}

void QuickConnectBar::updatePortPlaceholder()
{
    m_port->setPlaceholderText(
        QString::number(ConnectionSpec::defaultPort(Protocol(m_protocol->currentData().toInt()))));
}

remote::Result<ConnectionSpec> QuickConnectBar::spec() const
{
    ConnectionSpec spec;
    spec.protocol = Protocol(m_protocol->currentData().toInt());
    spec.host = m_host->text().trimmed();
    if (spec.host.startsWith(QLatin1Char('[')) && spec.host.endsWith(QLatin1Char(']')))
        spec.host = spec.host.mid(1, spec.host.size() - 2);
    if (spec.host.isEmpty())
        return remote::Error(remote::ErrorKind::Local, tr("Enter a host name or a URL."));
    if (!m_port->text().isEmpty()) {
        bool ok = false;
        const int port = m_port->text().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return remote::Error(remote::ErrorKind::Local, tr("The port must be a number from 1 to 65535."));
        spec.port = quint16(port);
    }
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    spec.hasPassword = !spec.password.isEmpty();
    spec.path = m_path;
    spec.trailingSlash = m_trailingSlash;
    return spec;
}

void QuickConnectBar::setSpec(const ConnectionSpec &spec)
{
    m_filling = true;
    m_protocol->setCurrentIndex(m_protocol->findData(int(spec.protocol)));
    m_host->setText(spec.host);
    m_user->setText(spec.user);
    m_password->setText(spec.hasPassword ? spec.password : QString());
    m_port->setText(spec.port ? QString::number(spec.port) : QString());
    m_path = spec.path;
    m_trailingSlash = spec.trailingSlash;
    m_filling = false;
}

bool QuickConnectBar::fillFromUrl(const QString &url)
{
    const auto parsed = ConnectionSpec::fromUrl(url);
    if (!parsed.ok())
        return false;
    setSpec(parsed.value());
    return true;
}

void QuickConnectBar::requestConnect()
{
    // A URL typed and not yet parsed (textChanged handles pastes; this covers odd input).
    if (m_host->text().contains(QLatin1String("://")) && !fillFromUrl(m_host->text())) {
        Q_EMIT invalidInput(ConnectionSpec::fromUrl(m_host->text()).error().message());
        return;
    }
    const auto result = spec();
    if (!result.ok()) {
        Q_EMIT invalidInput(result.error().message());
        return;
    }
    Q_EMIT connectRequested(result.value());
}

QStringList QuickConnectBar::history() const
{
    return QSettings().value(QStringLiteral("QuickConnect/history")).toStringList();
}

void QuickConnectBar::addToHistory(const ConnectionSpec &spec)
{
    ConnectionSpec clean = spec;
    clean.password.clear();
    clean.hasPassword = false;
    const QString url = clean.toUrl(false);
    QStringList list = history();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > kMaxHistory)
        list.removeLast();
    QSettings().setValue(QStringLiteral("QuickConnect/history"), list);
    rebuildHistoryMenu();
}

void QuickConnectBar::rebuildHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    const QStringList list = history();
    for (const QString &url : list) {
        QAction *action = menu->addAction(url);
        connect(action, &QAction::triggered, this, [this, url] {
            if (!fillFromUrl(url))
                return;
            m_password->clear(); // asked when the server wants one
            requestConnect();
        });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent connections"))->setEnabled(false);
    m_historyButton->setEnabled(true);
}

void QuickConnectBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tr.retranslate();
        updatePortPlaceholder();
        rebuildHistoryMenu();
    }
    QWidget::changeEvent(event);
}

} // namespace ferry::ui
