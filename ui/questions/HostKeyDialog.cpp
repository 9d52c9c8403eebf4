#include "questions/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "questions/DialogParts.h"

namespace ferry::ui {

using remote::TrustDecision;

HostKeyDialog::HostKeyDialog(const remote::ConnectionSpec &connection, const remote::HostKeyInfo &info,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const QString host = info.host.isEmpty() ? connection.host : info.host;
    const quint16 port = info.port ? info.port : connection.effectivePort();
    auto *layout = new QVBoxLayout(this);
    if (info.changed) {
        setWindowTitle(tr("WARNING: host key changed – %1").arg(host));
        setAccessibleName(tr("Host key changed"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxCritical,
                         tr("The host key of %1:%2 has CHANGED").arg(host).arg(port),
                         tr("Someone could be intercepting this connection (a man-in-the-middle attack), "
                            "or the server's key was replaced. Do not continue unless the server's "
                            "administrator confirmed the new fingerprint."));
    } else if (!info.otherKnownKeyTypes.isEmpty()) {
        // OpenSSH's "other keys known": the host is known by a key of another type.
        setWindowTitle(tr("Unknown host key – %1").arg(host));
        setAccessibleName(tr("Unknown host key"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxWarning,
                         tr("The authenticity of %1:%2 cannot be established").arg(host).arg(port),
                         tr("This server's %1 key is known; it now offers an %2 key. Accept it only if the "
                            "server's administrator confirms that the server has both keys.")
                             .arg(info.otherKnownKeyTypes.join(tr(" and ")), info.keyType));
    } else {
        setWindowTitle(tr("Unknown host key – %1").arg(host));
        setAccessibleName(tr("Unknown host key"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxQuestion,
                         tr("The authenticity of %1:%2 cannot be established").arg(host).arg(port),
                         tr("Ferry has not connected to this server before. Compare the fingerprint "
                            "with the one the server's administrator gave you."));
    }
    auto *form = new QFormLayout;
    addFormValue(form, this, tr("Key type:"), info.keyType, tr("Key type"));
    if (info.changed)
        addFormValue(form, this, tr("Known fingerprint:"), info.knownFingerprint, tr("Known fingerprint"));
    if (!info.changed && !info.otherKnownKeyTypes.isEmpty())
        addFormValue(form, this, tr("Known %1 key:").arg(info.otherKnownKeyTypes.constFirst()),
                     info.otherKnownFingerprint, tr("Fingerprint of the known key"));
    addFormValue(form, this, info.changed ? tr("New fingerprint:") : tr("Fingerprint:"),
                 info.sha256Fingerprint, tr("SHA-256 fingerprint"));
    layout->addLayout(form);

    const TrustAnswers answers =
        addTrustAnswers(layout, this,
                        {info.changed ? tr("Accept the new key &once") : tr("Accept &once"),
                         tr("Accept this host key for this connection only"),
                         info.changed ? tr("&Replace the stored key") : tr("Accept and &remember"),
                         tr("Accept this host key and store it")},
                        info.changed, [this](TrustDecision decision) { Q_EMIT decided(decision); });
    m_once = answers.once;
    m_always = answers.always;
    m_cancel = answers.cancel;
    m_confirm = answers.confirm;
}

} // namespace ferry::ui
