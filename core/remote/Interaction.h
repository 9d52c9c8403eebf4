#pragma once
// Questions that only the user can answer (untrusted certificate, unknown or changed SSH
// host key, password or one-time code). Core never shows a dialog and never reads a TTY:
// a protocol engine on its worker thread calls the Interaction it was given, which blocks
// that worker thread until the UI or CLI answers (or the cancel token fires).
// Implementations must be callable from any worker thread.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry::remote {

struct CertificateInfo
{
    QString host;
    quint16 port = 0;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // "SHA256:" + base64, as ssh prints key fingerprints
    QString sha256Hex;         // colon-separated hex, as browsers print them
    QStringList problems;      // why it is not trusted, in words
    QByteArray pem;            // the leaf certificate, for storing when trusted
    // Another certificate is trusted for this host:port: the certificate CHANGED, which
    // is asked as a warning (and never accepted by --accept-new).
    bool changed = false;
    QStringList knownFingerprints; // changed: the ones trusted before ("SHA256:...")
};

enum class TrustDecision
{
    Reject,
    AcceptOnce,
    AcceptAlways
};

struct HostKeyInfo
{
    QString host;
    quint16 port = 0;
    QString keyType;
    QString sha256Fingerprint;
    QString knownFingerprint; // for a changed key: what we trusted before
    bool changed = false;
    // An unknown key of another type than the one(s) trusted for this host: "this
    // server's ssh-ed25519 key is known; it now offers an ssh-rsa key" (OpenSSH's "other
    // keys known" note). Empty when no key is known for the host.
    QStringList otherKnownKeyTypes;
    QString otherKnownFingerprint; // the first of those keys
};

struct SecretPrompt
{
    QString title;       // e.g. "Password for ferry@example.com"
    QString instruction; // keyboard-interactive instruction, may be empty
    QString prompt;      // e.g. "Password:" or "Verification code:"
    bool echo = false;
    // A session may answer a password question again from its memory (every connection
    // to a server asks the same); false for a question that is no server's (an archive
    // member's password, asked again after a wrong answer).
    bool sessionReuse = true;
};

class Interaction
{
public:
    virtual ~Interaction() = default;
    virtual TrustDecision askCertificate(const CertificateInfo &info) = 0;
    virtual TrustDecision askHostKey(const HostKeyInfo &info) = 0;
    // Returns false when the user declined to answer.
    virtual bool askSecret(const SecretPrompt &prompt, QString *answer) = 0;
};

} // namespace ferry::remote
