#pragma once
// Site passwords for the window without ever blocking its thread: the credential store
// (CredentialStoreChooser's choice: the keyring, the vault or none) lives on a worker
// thread of its own, where the keyring's D-Bus round trips and the vault's Argon2id key
// derivation happen; each call returns at once and its result comes back to the
// caller's thread as a callback, run only while the context object lives.
//
// The vault's master password is asked through the QuestionRequest family
// (questionAsked(), a Secret question the window's openQuestionDialog shows) once per
// run: a MasterPasswordKeeper checks it, asks again on a wrong one with the reason, and
// shares it with the queue's store (opener()), so transfers of vault sites never fail
// with "locked" and never ask a second time.
//
// Lives on the GUI thread (or a test's main thread). A question still open when the
// application quits (aboutToQuit) or the service is destroyed is answered "no", so no
// worker waits for ever.

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <optional>

#include "CredentialStore.h"
#include "MasterPasswordKeeper.h"
#include "PasswordMover.h"
#include "base/Result.h"

class QThread;

namespace ferry::session {
class QuestionRequest;
}

namespace ferry::sites {

class CredentialService : public QObject
{
    Q_OBJECT
public:
    using PasswordDone = std::function<void(remote::Result<std::optional<QString>>)>;
    using StatusDone = std::function<void(remote::Status)>;
    using Opener = std::function<remote::Result<std::unique_ptr<CredentialStore>>()>;

    // chooserPath: credentials.json; vaultPath: vault.bin (the config folder's unless given).
    explicit CredentialService(QString chooserPath = {}, QString vaultPath = {}, QObject *parent = nullptr);
    ~CredentialService() override;

    // The stored password of a site (nullopt: none stored).
    void password(const QUuid &siteId, QObject *context, PasswordDone done);
    void setPassword(const QUuid &siteId, const QString &password, QObject *context, StatusDone done);
    // Forgetting what is not stored succeeds.
    void removePassword(const QUuid &siteId, QObject *context, StatusDone done);
    // The backend in use ("keyring", "vault", "none"), once the store is open.
    void backend(QObject *context, std::function<void(remote::Result<QString>)> done);

    // Moves every stored password of these sites to the target backend and keeps it
    // there from now on (PasswordMover: nothing is lost when a step fails; the vault's
    // master password is asked through questionAsked(), once per run). Runs on the
    // worker after the calls asked before it; passwordsMoved() reports.
    void movePasswords(CredentialBackend target, const QList<PasswordMover::Entry> &sites);

    // Re-encrypts the vault under a new master password (VaultCredentialStore::
    // changeMasterPassword: a wrong old one is an Auth error and changes nothing); the
    // new one is known for the rest of the run. Works whichever store is in use.
    void changeMasterPassword(const QString &oldPassword, const QString &newPassword, QObject *context,
                              StatusDone done);

    // A store for another thread (the queue's): its calls run on this service's worker
    // with this service's store (one keyring client, one vault key) while the calling
    // thread waits. The service must outlive the stores it opens. Never on this thread.
    Opener opener();
    // Runs fn with the store on the worker thread and waits for it (other threads only).
    template <typename T>
    remote::Result<T> runBlocking(std::function<remote::Result<T>(CredentialStore &)> fn);
    MasterPasswordKeeper &keeper() { return *m_keeper; }

    // Ends every open question ("no") and refuses new ones; called on aboutToQuit.
    void shutdown();

Q_SIGNALS:
    // The vault's master password is needed; answer or cancel the request.
    void questionAsked(ferry::session::QuestionRequest *request);
    // The outcome of movePasswords(), on this object's thread.
    void passwordsMoved(const ferry::sites::PasswordMoveReport &report);

private:
    std::optional<QString> ask(bool creating, const QString &error);
    remote::Result<std::unique_ptr<CredentialStore>> openStore(); // on the worker
    // Runs job on the worker thread with the open store (or the error opening it).
    void onWorker(std::function<void(remote::Result<CredentialStore *>)> job);
    void drain(); // on the worker
    // Posts fn back to this thread, run only if context still lives.
    void reply(const QPointer<QObject> &context, std::function<void()> fn);

    QString m_chooserPath;
    QString m_vaultPath;
    std::atomic<bool> m_stopping{false};
    std::unique_ptr<MasterPasswordKeeper> m_keeper;
    QThread *m_thread;
    QObject *m_worker;                        // on m_thread; owns the store through the lambdas' state below
    std::unique_ptr<CredentialStore> m_store; // touched on m_thread only
    std::optional<remote::Error> m_openError; // on m_thread only
    QMutex m_jobsMutex;
    std::deque<std::function<void(remote::Result<CredentialStore *>)>> m_jobs; // waiting, in order
    bool m_draining = false;                                                   // on m_thread only
};

template <typename T>
remote::Result<T> CredentialService::runBlocking(std::function<remote::Result<T>(CredentialStore &)> fn)
{
    std::promise<remote::Result<T>> promise;
    std::future<remote::Result<T>> future = promise.get_future();
    onWorker([&promise, &fn](remote::Result<CredentialStore *> store) {
        promise.set_value(store ? fn(**store) : remote::Result<T>(store.error()));
    });
    return future.get();
}

} // namespace ferry::sites
