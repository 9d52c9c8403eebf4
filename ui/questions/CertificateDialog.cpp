#include "questions/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "questions/DialogParts.h"

namespace ferry::ui {

using remote::TrustDecision;

CertificateDialog::CertificateDialog(const remote::ConnectionSpec &connection,
                                     const remote::CertificateInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    const QString host = info.host.isEmpty() ? connection.host : info.host;
    const quint16 port = info.port ? info.port : connection.effectivePort();
    auto *layout = new QVBoxLayout(this);
    const QString problems =
        info.problems.isEmpty() ? tr("It could not be verified.") : info.problems.join(QLatin1Char('\n'));
    if (info.changed) {
        setWindowTitle(tr("WARNING: certificate changed – %1").arg(host));
        setAccessibleName(tr("Certificate changed"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxCritical,
                         tr("The certificate of %1:%2 has CHANGED").arg(host).arg(port),
                         tr("You trusted another certificate for this server. Someone could be intercepting "
                            "this connection (a man-in-the-middle attack), or the server's certificate was "
                            "replaced. Do not continue unless the server's administrator confirmed the new "
                            "fingerprint.") +
                             QLatin1Char('\n') + problems);
    } else {
        setWindowTitle(tr("Untrusted certificate – %1").arg(host));
        setAccessibleName(tr("Untrusted certificate"));
        addDialogHeading(layout, this, QStyle::SP_MessageBoxWarning,
                         tr("The certificate of %1:%2 is not trusted").arg(host).arg(port), problems);
    }

    auto *form = new QFormLayout;
    const QLocale locale;
    addFormValue(form, this, tr("Subject:"), info.subject, tr("Subject"));
    addFormValue(form, this, tr("Issuer:"), info.issuer, tr("Issuer"));
    addFormValue(form, this, tr("Valid from:"),
                 locale.toString(info.notBefore.toLocalTime(), QLocale::LongFormat), tr("Valid from"));
    addFormValue(form, this, tr("Valid until:"),
                 locale.toString(info.notAfter.toLocalTime(), QLocale::LongFormat), tr("Valid until"));
    for (const QString &known : info.knownFingerprints)
        addFormValue(form, this, tr("Trusted before:"), known, tr("Fingerprint trusted before"));
    addFormValue(form, this, info.changed ? tr("New SHA-256 fingerprint:") : tr("SHA-256 fingerprint:"),
                 info.sha256Hex.isEmpty() ? info.sha256Fingerprint : info.sha256Hex,
                 tr("SHA-256 fingerprint"));
    if (!info.sha256Hex.isEmpty() && !info.sha256Fingerprint.isEmpty())
        addFormValue(form, this, QString(), info.sha256Fingerprint, tr("SHA-256 fingerprint, base64"));
    layout->addLayout(form);

    const TrustAnswers answers =
        addTrustAnswers(layout, this,
                        {tr("Trust &once"), tr("Trust this certificate for this connection only"),
                         info.changed ? tr("&Replace the trusted certificate") : tr("&Always trust"),
                         tr("Always trust this certificate")},
                        info.changed, [this](TrustDecision decision) { Q_EMIT decided(decision); });
    m_once = answers.once;
    m_always = answers.always;
    m_cancel = answers.cancel;
    m_confirm = answers.confirm;
}

} // namespace ferry::ui
