#pragma once
// SSH host keys the user trusts, in OpenSSH's known_hosts format: reads the user's
// ~/.ssh/known_hosts (plain and hashed "|1|salt|hash" host fields, "[host]:port",
// wildcards, negations, @revoked), any extra file, and Ferry's own file in the config
// folder, which is also where newly accepted keys are written. Used on an engine's worker
// thread; each call reads the files afresh, so there is no shared state.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "base/Result.h"

namespace ferry::trust {

class KnownHosts
{
public:
    enum class Match
    {
        Known,
        Unknown,
        Changed,
        Revoked
    };

    struct Verdict
    {
        Match match = Match::Unknown;
        QString knownFingerprint; // Changed: the key trusted before
        QString knownKeyType;
        QString where; // "file:line" of the entry that decided
        // Unknown: keys of other types trusted for the host (OpenSSH's "other keys
        // known"), their types in file order and the first one's fingerprint and place.
        QStringList otherKeyTypes;
        QString otherFingerprint;
        QString otherWhere;
    };

    // files: read in order; missing files are skipped.
    explicit KnownHosts(QStringList files) : m_files(std::move(files)) {}

    // keyBlob: the server's public key in SSH wire format (what known_hosts base64-encodes).
    Verdict check(const QString &host, quint16 port, const QByteArray &keyBlob) const;
    // Key types ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa") known for the host, so
    // the engine can prefer them in the key exchange.
    QStringList knownKeyTypes(const QString &host, quint16 port) const;

    // Appends "host keytype base64" (host as "[host]:port" unless port 22) to file, atomically.
    static remote::Status add(const QString &file, const QString &host, quint16 port,
                              const QByteArray &keyBlob);

    // "SHA256:" + unpadded base64 of the key's SHA-256, as ssh-keygen -l prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // The key type named inside the blob ("ssh-ed25519"), empty when malformed.
    static QString keyType(const QByteArray &keyBlob);
    // Whether one known_hosts host field ("a,b,[c]:2222,!d", or "|1|salt|hash") names host:port.
    static bool hostFieldMatches(const QString &field, const QString &host, quint16 port);

    static QString userFile();  // ~/.ssh/known_hosts
    static QString ferryFile(); // known_hosts in Ferry's config folder

private:
    QStringList m_files;
};

} // namespace ferry::trust
