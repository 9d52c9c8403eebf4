#pragma once
// Where site passwords live, behind one interface: the system keyring
// (KeychainCredentialStore), a vault file encrypted under a master password
// (VaultCredentialStore), or nowhere ("don't save passwords", NoCredentialStore).
// CredentialStoreChooser picks one. Secrets are keyed by the site's stable id, never by
// its name, so renaming or moving a site keeps its password.
//
// Calls are synchronous and may block (a keyring's D-Bus round trip, the vault's key
// derivation): call them from a worker thread or the CLI's main thread, never from the
// GUI thread. An instance belongs to the thread that made it.

#include <QString>
#include <QUuid>

#include <optional>

#include "base/Result.h"

namespace ferry::sites {

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // "keyring", "vault" or "none", for messages and `sites backend`.
    virtual QString backendName() const = 0;

    // The stored password, or nullopt when none is stored for this site.
    virtual remote::Result<std::optional<QString>> password(const QUuid &siteId) = 0;
    virtual remote::Status setPassword(const QUuid &siteId, const QString &password) = 0;
    // Removing what is not there succeeds.
    virtual remote::Status removePassword(const QUuid &siteId) = 0;
    // Makes the store ready now (the vault asks its master password, or makes itself
    // new), so a refusal shows before any other work. Nothing to do for the others.
    virtual remote::Status unlock() { return {}; }

    // The key a site's password is stored under: "site/<uuid>".
    static QString keyFor(const QUuid &siteId)
    {
        return QStringLiteral("site/") + siteId.toString(QUuid::WithoutBraces);
    }
};

} // namespace ferry::sites
