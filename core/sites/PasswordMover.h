#pragma once
// Moves every stored site password from one CredentialStore to another when "where
// passwords are kept" changes (the window's Passwords settings through CredentialService,
// `ferry-cli sites passwords move`). Three steps, so that no step that fails loses a
// password or leaves one where the choice does not look:
//   1. copy: each site's password is read from the old store and written to the new one
//      (the new one unlocked first: the vault's master password is asked once, before
//      any work); a site whose password cannot be read or written is named in the report;
//   2. commit: only when every password was copied, the choice (credentials.json) is
//      switched to the new store; if a site failed or the switch did not save, the copies
//      are taken back out of the new store and the choice stays: every password is still
//      in the old store, where the choice still looks;
//   3. forget: each moved password is removed from the old store; one that cannot be is
//      reported (the old store keeps a copy nobody reads) but counts as moved.
// Moving to "none" (don't save) forgets the stored passwords.
//
// Blocking (the stores' calls): a worker thread or the CLI's main thread.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

#include "CredentialStore.h"
#include "CredentialStoreChooser.h"

namespace ferry::sites {

struct Site;

struct PasswordMoveReport
{
    QString from; // backend names: "keyring", "vault", "none"
    QString to;
    int moved = 0;            // passwords now kept in `to` (forgotten, when `to` is "none")
    int notStored = 0;        // sites without a stored password
    QStringList failed;       // "site: reason" for each password that could not be moved
    QStringList notForgotten; // "site: reason": moved, but the old store still holds a copy
    QString error;            // why nothing moved when no one site is to blame
    bool switched = false;    // the choice now names `to`

    bool ok() const { return switched; }
    // One line for the user: "3 passwords moved from the keyring to the vault", or why not.
    QString summary() const;
};

class PasswordMover
{
public:
    // A site as the mover needs it: its id (the key) and a name for the report.
    struct Entry
    {
        QUuid id;
        QString name;
    };
    static QList<Entry> entriesOf(const QList<Site> &sites);

    // The three steps above; commit switches the choice (step 2).
    static PasswordMoveReport move(const QList<Entry> &sites, CredentialStore &from, CredentialStore &to,
                                   const std::function<remote::Status()> &commit);

    // The whole switch, for a caller without a store open: opens the store the chooser
    // names now and the target's (vaultPath: the config folder's vault.bin unless given),
    // moves, and names target in the chooser. *opened receives the target's store when
    // the switch was made (a caller that keeps a store open goes on with it).
    static PasswordMoveReport switchTo(CredentialBackend target, const QList<Entry> &sites,
                                       CredentialStoreChooser &chooser,
                                       const VaultCredentialStore::MasterPasswordProvider &provider,
                                       const QString &vaultPath = {},
                                       std::unique_ptr<CredentialStore> *opened = nullptr);
};

} // namespace ferry::sites

Q_DECLARE_METATYPE(ferry::sites::PasswordMoveReport)
