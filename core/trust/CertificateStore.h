#pragma once
// TLS certificates the user chose to trust although no CA vouches for them (self-signed
// FTPS servers), remembered per host and port by SHA-256 fingerprint in
// <config>/trusted_certificates (one "host:port SHA256:... subject" line each, written
// atomically). One certificate is trusted per host:port: storing another replaces it, and
// a different certificate for a host:port with a trusted one is a changed certificate
// (knownFingerprints()), as a different SSH host key is a changed key. Safe to use from
// any worker thread: the file is re-read on every check and writes are serialised
// in-process.

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include "base/Result.h"
#include "remote/Interaction.h"

namespace ferry::trust {

class CertificateStore
{
public:
    // Defaults to the file in the config folder (util::Paths).
    explicit CertificateStore(QString filePath = {});

    bool isTrusted(const QString &host, quint16 port, const QString &sha256Fingerprint) const;
    // The fingerprints trusted for host:port, in file order (more than one only in files
    // written by older versions).
    QStringList knownFingerprints(const QString &host, quint16 port) const;
    // Stores the certificate for host:port, replacing any other trusted for it.
    remote::Status trust(const QString &host, quint16 port, const QString &sha256Fingerprint,
                         const QString &subject);
    const QString &filePath() const { return m_path; }

    // "SHA256:<base64 without padding>", the form ssh prints.
    static QString fingerprint(const QSslCertificate &certificate);
    // "AB:CD:..." upper-case hex, the form browsers print.
    static QString hexFingerprint(const QSslCertificate &certificate);
    // Accepts "SHA256:base64", plain base64, or hex with or without colons.
    static bool fingerprintMatches(const QString &given, const QSslCertificate &certificate);
    // What a dialog or the CLI shows about an untrusted certificate.
    static remote::CertificateInfo describe(const QSslCertificate &certificate, const QString &host,
                                            quint16 port, const QList<QSslError> &errors);

private:
    QString m_path;
};

} // namespace ferry::trust
