#pragma once
// Asks whether to trust a server's TLS certificate that did not verify: subject, issuer,
// validity, SHA-256 fingerprint and why it failed. Trust once (this connection), always
// (stored), or cancel (the default). A CHANGED certificate (another one is trusted for
// this host:port) is a warning with both fingerprints, and the trust buttons stay
// disabled until the user ticks that they checked the new one, as for a changed host key.
// GUI thread; shown with open(), never exec().

#include <QDialog>

#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"

class QCheckBox;
class QPushButton;

namespace ferry::ui {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const remote::ConnectionSpec &connection, const remote::CertificateInfo &info,
                      QWidget *parent = nullptr);

    QPushButton *trustOnceButton() const { return m_once; }
    QPushButton *trustAlwaysButton() const { return m_always; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Only for a changed certificate; nullptr otherwise.
    QCheckBox *confirmBox() const { return m_confirm; }

Q_SIGNALS:
    // Emitted once, also for Cancel / Escape / closing (Reject).
    void decided(ferry::remote::TrustDecision decision);

private:
    QPushButton *m_once;
    QPushButton *m_always;
    QPushButton *m_cancel;
    QCheckBox *m_confirm = nullptr;
};

} // namespace ferry::ui
