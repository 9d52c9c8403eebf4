#pragma once
// Asks whether to trust an SSH server's host key. An unknown key shows its type and
// SHA-256 fingerprint. A changed key is a warning: both fingerprints side by side, the
// accept buttons stay disabled until the user ticks that they checked the new key with
// the server's administrator, and Cancel is the default. GUI thread; open(), not exec().

#include <QDialog>

#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"

class QCheckBox;
class QPushButton;

namespace ferry::ui {

class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const remote::ConnectionSpec &connection, const remote::HostKeyInfo &info,
                  QWidget *parent = nullptr);

    QPushButton *acceptOnceButton() const { return m_once; }
    QPushButton *acceptAlwaysButton() const { return m_always; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Only for a changed key; nullptr otherwise.
    QCheckBox *confirmBox() const { return m_confirm; }

Q_SIGNALS:
    void decided(ferry::remote::TrustDecision decision);

private:
    QPushButton *m_once;
    QPushButton *m_always;
    QPushButton *m_cancel;
    QCheckBox *m_confirm = nullptr;
};

} // namespace ferry::ui
