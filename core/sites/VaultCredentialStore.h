#pragma once
// Passwords in a vault file encrypted under a master password, for machines without a
// keyring or users who prefer one: libsodium's Argon2id derives the key from the master
// password and a random salt; XChaCha20-Poly1305 encrypts the entries, with a fresh
// nonce on every write; the file is replaced atomically (QSaveFile, 0600) under a lock
// file, after re-reading it, so two processes do not lose each other's changes.
//
// File layout (little-endian), the whole header authenticated as associated data:
//   "FERRYVLT" | u8 format 1 | u8 algorithm 1 | u16 0 | u32 Argon2id ops | u32 memory KiB
//   | salt[16] | verifier[32] | nonce[24] | header hash[16] | ciphertext (JSON entries + tag)
// The verifier, a hash of a second half of the derived key, tells a wrong master
// password (an Auth error; nothing is touched) from a damaged file (the header hash or
// the tag does not match): a damaged vault is moved aside to "<file>.damaged-<time>",
// reported, and never overwritten; the next save starts a new vault.
//
// The derived key is kept in locked, guarded memory (sodium_malloc) while the instance
// lives. Blocking (key derivation takes a fraction of a second by design): a worker
// thread or the CLI's main thread, never the GUI thread. One instance, one thread.

#include <QByteArray>
#include <QMap>

#include <functional>

#include "CredentialStore.h"

namespace ferry::sites {

class VaultCredentialStore final : public CredentialStore
{
public:
    // Asked for the master password when the vault must be opened (creating: a new vault
    // is being made, so this password will become its master password).
    using MasterPasswordProvider = std::function<remote::Result<QString>(bool creating)>;

    // Argon2id cost for new vaults; an existing vault's own cost is read from its header.
    struct Cost
    {
        quint32 opsLimit;
        quint32 memLimitKiB;
    };
    static Cost defaultCost(); // 3 passes over 64 MiB

    // The vault file; "vault.bin" in util::Paths::configDir() unless a path is given.
    explicit VaultCredentialStore(MasterPasswordProvider provider, QString path = {});
    ~VaultCredentialStore() override;
    VaultCredentialStore(const VaultCredentialStore &) = delete;
    VaultCredentialStore &operator=(const VaultCredentialStore &) = delete;

    void setCostForNewVaults(Cost cost) { m_cost = cost; }
    const QString &path() const { return m_path; }
    bool exists() const;

    QString backendName() const override { return QStringLiteral("vault"); }
    remote::Result<std::optional<QString>> password(const QUuid &siteId) override;
    remote::Status setPassword(const QUuid &siteId, const QString &password) override;
    remote::Status removePassword(const QUuid &siteId) override;

    // Opens the vault now (or makes a new one), so a wrong master password shows up
    // before any other work.
    remote::Status unlock() override;

    // Re-encrypts the vault under a new master password (a new salt and key; the cost of
    // new vaults), after checking the old one: a wrong old password is an Auth error and
    // changes nothing. The new file replaces the old in one rename (util::AtomicFile),
    // under the lock file, so a crash at any point leaves the old vault, readable with
    // the old password, or the new one. This instance goes on with the new key.
    remote::Status changeMasterPassword(const QString &oldPassword, const QString &newPassword);

private:
    using Entries = QMap<QString, QString>;
    struct Key;

    remote::Result<Entries> read(bool *missing);
    remote::Result<Entries> decrypt(const QByteArray &file);
    remote::Status write(const Entries &entries);
    remote::Status change(const std::function<void(Entries &)> &apply);
    remote::Status newKey();
    remote::Status deriveInto(Key &key, const QString &password) const;
    remote::Error damaged(const QString &why);

    MasterPasswordProvider m_provider;
    QString m_path;
    Cost m_cost;
    Key *m_key = nullptr; // sodium_malloc'd; null until the vault is opened
};

} // namespace ferry::sites
