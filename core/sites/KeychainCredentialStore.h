#pragma once
// Passwords in the system keyring through QtKeychain: the Secret Service (GNOME Keyring,
// KeePassXC) or KWallet on Linux, the Keychain on macOS, the Credential Manager on
// Windows. Entries are service "ferry", key "site/<uuid>". QtKeychain's plaintext
// fallback stays off: without a keyring, calls fail and nothing is written to disk.
//
// QtKeychain's jobs are asynchronous; each call here runs a local QEventLoop until the
// job finishes (or a timeout passes), so it blocks the calling thread. Use it from a
// worker thread or the CLI's main thread, never from the GUI thread; it needs a
// QCoreApplication and an event dispatcher on the calling thread.

#include "CredentialStore.h"

namespace QKeychain {
class Job;
}

namespace ferry::sites {

class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("ferry"), int timeoutMs = 30000);

    QString backendName() const override { return QStringLiteral("keyring"); }
    remote::Result<std::optional<QString>> password(const QUuid &siteId) override;
    remote::Status setPassword(const QUuid &siteId, const QString &password) override;
    remote::Status removePassword(const QUuid &siteId) override;
    // probe(): before passwords are moved here, proves the keyring answers.
    remote::Status unlock() override { return probe(m_service, m_timeoutMs); }

    // Whether a keyring answers here and now: writes, reads back and deletes a throw-away
    // entry. On Linux without a D-Bus session bus it fails at once, without trying.
    static remote::Status probe(const QString &service = QStringLiteral("ferry"), int timeoutMs = 10000);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ferry::sites
