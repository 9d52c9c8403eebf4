#pragma once
// The vault's master password for the whole run, asked once: every VaultCredentialStore
// of the process (the window's credential service, the queue's) gets its provider()
// here. The first one that needs the password asks through the Asker (the window turns
// that into a dialog); the answer is checked against the vault file at once, a wrong
// one is asked again with the reason, and the right one is kept in memory until the
// keeper is destroyed, so nobody asks again. Other threads that need it meanwhile wait
// for that one answer instead of asking a second time.
//
// Thread-safe. obtain() blocks (the question, the key derivation that checks the
// answer): worker threads only, never the GUI thread.

#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

#include "VaultCredentialStore.h"
#include "base/Result.h"

namespace ferry::sites {

class MasterPasswordKeeper
{
public:
    // Blocks until the user answers; nullopt when they decline (or the run ends).
    // creating: a new vault is being made with this password; error: why the last answer
    // was refused ("wrong master password"), empty the first time.
    using Asker = std::function<std::optional<QString>(bool creating, const QString &error)>;

    // vaultPath: the vault the answers are checked against ("vault.bin" in the config
    // folder unless given).
    explicit MasterPasswordKeeper(Asker asker, QString vaultPath = {});
    ~MasterPasswordKeeper();
    MasterPasswordKeeper(const MasterPasswordKeeper &) = delete;
    MasterPasswordKeeper &operator=(const MasterPasswordKeeper &) = delete;

    // The master password: the one known in this run, or asked (and checked) now.
    // A Cancelled error when the user declined.
    remote::Result<QString> obtain(bool creating);
    // A VaultCredentialStore provider over obtain(); the keeper must outlive the stores.
    VaultCredentialStore::MasterPasswordProvider provider();

    // After the vault's master password was changed: the new one is known from now on.
    void remember(const QString &password);

    bool isKnown() const;
    // How many times the Asker was called (tests: "asked once").
    int questionsAsked() const;

private:
    Asker m_asker;
    QString m_vaultPath;
    mutable QMutex m_mutex; // held while asking: the other threads wait for the answer
    std::optional<QString> m_known;
    int m_asked = 0;
};

} // namespace ferry::sites
