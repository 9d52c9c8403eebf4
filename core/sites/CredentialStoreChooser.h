#pragma once
// Picks the CredentialStore: the user's choice from credentials.json in the config folder
// ("keyring", "vault", "none" for "don't save passwords"), or "auto": the system keyring
// when a Secret Service (or the platform's keychain) answers, the vault otherwise.
// An "auto" choice is probed once and remembered in the same file, so passwords never
// end up split between two backends; `setConfigured(Auto)` forgets it and probes again.
//
// open() blocks while it probes or opens (see CredentialStore): a worker thread or the
// CLI's main thread. One instance, one thread.

#include <QString>

#include <memory>

#include "CredentialStore.h"
#include "VaultCredentialStore.h"

namespace ferry::sites {

enum class CredentialBackend
{
    Auto,
    Keyring,
    Vault,
    None
};

class CredentialStoreChooser
{
public:
    // credentials.json in util::Paths::configDir() unless a path is given.
    explicit CredentialStoreChooser(QString settingsPath = {});

    // What the user chose (Auto when nothing is set).
    remote::Result<CredentialBackend> configured() const;
    // What Auto settled on, Auto when not probed yet.
    remote::Result<CredentialBackend> resolved() const;
    remote::Status setConfigured(CredentialBackend backend);

    // The store to use. The provider is asked for the vault's master password, only if
    // the vault is the one and it has to be opened.
    remote::Result<std::unique_ptr<CredentialStore>>
    open(VaultCredentialStore::MasterPasswordProvider provider);

    // The store of one backend (Auto and None: the store that keeps nothing), without
    // asking or probing; vaultPath: vault.bin in the config folder unless given.
    static std::unique_ptr<CredentialStore> make(CredentialBackend backend,
                                                 VaultCredentialStore::MasterPasswordProvider provider,
                                                 const QString &vaultPath = {});
    static QString backendName(CredentialBackend backend);
    static bool backendFromName(const QString &name, CredentialBackend *backend);

private:
    remote::Status write(CredentialBackend chosen, CredentialBackend resolvedTo);

    QString m_path;
};

} // namespace ferry::sites
