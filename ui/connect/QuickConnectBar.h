#pragma once
// The quick-connect bar: protocol, host, user, password, port and Connect. Pasting or
// typing a URL (sftp://user@host:2222/path) into the host field fills every field.
// Return in any field connects. The drop-down button beside Connect lists the last
// connections (kMaxHistory, newest first, never with a password; kept in QSettings under
// QuickConnect/history); picking one connects. GUI thread.

#include <QWidget>

#include "common/Retranslator.h"

#include "remote/ConnectionSpec.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ferry::ui {

class QuickConnectBar : public QWidget
{
    Q_OBJECT
public:
    explicit QuickConnectBar(QWidget *parent = nullptr);

    QComboBox *protocolBox() const { return m_protocol; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *portEdit() const { return m_port; }
    QPushButton *connectButton() const { return m_connect; }
    QToolButton *historyButton() const { return m_historyButton; }

    static constexpr int kMaxHistory = 10;
    // The last connections as URLs without password, newest first.
    QStringList history() const;
    // Records a connection that worked (moved to the top when there already); stored.
    void addToHistory(const remote::ConnectionSpec &spec);

    // What the fields say; a Local error when the host is missing or the port is invalid.
    remote::Result<remote::ConnectionSpec> spec() const;
    // Fills the fields (the path is kept for the next connectRequested).
    void setSpec(const remote::ConnectionSpec &spec);
    // Parses a URL into the fields; false (fields untouched) when it is not one.
    bool fillFromUrl(const QString &url);

Q_SIGNALS:
    void connectRequested(const ferry::remote::ConnectionSpec &spec);
    // The fields do not make a connection (shown to the user by the window).
    void invalidInput(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void requestConnect();
    void updatePortPlaceholder();
    void rebuildHistoryMenu();

    QComboBox *m_protocol;
    QLineEdit *m_host;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_port;
    QPushButton *m_connect;
    QToolButton *m_historyButton;
    QString m_path; // from the last URL, until the fields are edited by hand
    bool m_trailingSlash = false;
    bool m_filling = false;
    qsizetype m_lastHostLength = 0;
    Retranslator m_tr{staticMetaObject.className()};
};

} // namespace ferry::ui
