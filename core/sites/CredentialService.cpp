#include "CredentialService.h"

#include <QCoreApplication>
#include <QThread>

#include "CredentialStoreChooser.h"
#include "session/QuestionRequest.h"
#include "util/ThreadHandOff.h"

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

CredentialService::CredentialService(QString chooserPath, QString vaultPath, QObject *parent)
    : QObject(parent), m_chooserPath(std::move(chooserPath)), m_vaultPath(std::move(vaultPath)),
      m_keeper(std::make_unique<MasterPasswordKeeper>(
          [this](bool creating, const QString &error) { return ask(creating, error); }, m_vaultPath)),
      m_thread(new QThread), m_worker(new QObject)
{
    util::startWorkerThread(m_thread, m_worker, QStringLiteral("ferry-credentials"));
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &CredentialService::shutdown);
}

CredentialService::~CredentialService()
{
    shutdown();
    // The store belongs to the worker thread: it goes there, after the jobs posted before,
    // and then the thread ends. Not a blocking call: its hand-off back would be Qt's, which
    // ThreadSanitizer does not see (util/ThreadHandOff.h); the join is.
    util::postCall(m_worker, [this] {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    util::joinThread(m_thread);
    delete m_thread;
}

void CredentialService::shutdown()
{
    m_stopping = true;
    for (session::QuestionRequest *request : findChildren<session::QuestionRequest *>())
        if (!request->isClosed())
            request->cancel();
}

std::optional<QString> CredentialService::ask(bool creating, const QString &error)
{
    if (m_stopping)
        return std::nullopt;
    auto state = std::make_shared<session::QuestionState>();
    remote::SecretPrompt prompt;
    prompt.title = creating ? tr("New password vault") : tr("Password vault");
    if (!error.isEmpty())
        prompt.instruction = error;
    else if (creating)
        prompt.instruction =
            tr("Passwords are kept in an encrypted vault on this computer. Choose its master "
               "password; Ferry asks for it once each time it starts.");
    else
        prompt.instruction =
            tr("Enter the master password of the password vault. Ferry asks once while it runs.");
    prompt.prompt = creating ? tr("New master password:") : tr("Master password:");
    auto request = std::make_shared<QPointer<session::QuestionRequest>>();
    util::postCall(this, [this, state, prompt, request] {
        if (m_stopping) {
            state->answer(remote::TrustDecision::Reject);
            return;
        }
        *request = new session::QuestionRequest(remote::ConnectionSpec(), prompt, state, this);
        Q_EMIT questionAsked(*request);
    });
    const bool answered = state->wait([this] { return m_stopping.load(); });
    if (!answered || !state->secretGiven()) {
        util::postCall(this, [request] {
            if (*request && !(*request)->isClosed())
                (*request)->withdraw();
        });
        return std::nullopt;
    }
    return state->secret();
}

namespace {

// The queue's store: each call runs on the service's worker thread, with the service's
// own store, and the calling thread waits for it. So one thread in the process talks to
// the keyring (QtKeychain's job queue is not made for several) and one vault key serves
// every caller.
class ServiceCredentialStore final : public CredentialStore
{
public:
    explicit ServiceCredentialStore(CredentialService *service, QString backend)
        : m_service(service), m_backend(std::move(backend))
    {}
    QString backendName() const override { return m_backend; }
    Result<std::optional<QString>> password(const QUuid &siteId) override
    {
        return m_service->runBlocking<std::optional<QString>>(
            [siteId](CredentialStore &store) { return store.password(siteId); });
    }
    Status setPassword(const QUuid &siteId, const QString &password) override
    {
        return m_service->runBlocking<void>(
            [siteId, password](CredentialStore &store) { return store.setPassword(siteId, password); });
    }
    Status removePassword(const QUuid &siteId) override
    {
        return m_service->runBlocking<void>(
            [siteId](CredentialStore &store) { return store.removePassword(siteId); });
    }

private:
    CredentialService *m_service;
    QString m_backend;
};

} // namespace

CredentialService::Opener CredentialService::opener()
{
    return [this]() -> Result<std::unique_ptr<CredentialStore>> {
        Result<QString> backend = runBlocking<QString>(
            [](CredentialStore &store) -> Result<QString> { return store.backendName(); });
        if (!backend)
            return backend.error();
        return std::unique_ptr<CredentialStore>(std::make_unique<ServiceCredentialStore>(this, *backend));
    };
}

Result<std::unique_ptr<CredentialStore>> CredentialService::openStore()
{
    Result<std::unique_ptr<CredentialStore>> opened =
        CredentialStoreChooser(m_chooserPath).open(m_keeper->provider());
    if (opened && !m_vaultPath.isEmpty() && (*opened)->backendName() == QLatin1String("vault"))
        return std::unique_ptr<CredentialStore>(
            std::make_unique<VaultCredentialStore>(m_keeper->provider(), m_vaultPath));
    return opened;
}

void CredentialService::onWorker(std::function<void(Result<CredentialStore *>)> job)
{
    {
        QMutexLocker lock(&m_jobsMutex);
        m_jobs.push_back(std::move(job));
    }
    util::postCall(m_worker, [this] { drain(); });
}

// The jobs one after the other, in the order asked. A keyring call waits in a local
// event loop, where the next posted drain() arrives: it returns at once, and this loop
// runs that job after the current one, so calls never overlap or overtake each other.
void CredentialService::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    for (;;) {
        std::function<void(Result<CredentialStore *>)> job;
        {
            QMutexLocker lock(&m_jobsMutex);
            if (m_jobs.empty())
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!m_store && !m_openError) {
            Result<std::unique_ptr<CredentialStore>> opened = openStore();
            if (opened)
                m_store = std::move(*opened);
            else
                m_openError = opened.error();
        }
        if (m_openError)
            job(*m_openError);
        else
            job(m_store.get());
    }
    m_draining = false;
}

void CredentialService::reply(const QPointer<QObject> &context, std::function<void()> fn)
{
    util::postCall(this, [context, fn = std::move(fn)] {
        if (context)
            fn();
    });
}

void CredentialService::password(const QUuid &siteId, QObject *context, PasswordDone done)
{
    const QPointer<QObject> guard(context);
    onWorker([this, siteId, guard, done = std::move(done)](Result<CredentialStore *> store) {
        Result<std::optional<QString>> result =
            store ? (*store)->password(siteId) : Result<std::optional<QString>>(store.error());
        reply(guard, [done, result] { done(result); });
    });
}

void CredentialService::setPassword(const QUuid &siteId, const QString &password, QObject *context,
                                    StatusDone done)
{
    const QPointer<QObject> guard(context);
    onWorker([this, siteId, password, guard, done = std::move(done)](Result<CredentialStore *> store) {
        Status result = store ? (*store)->setPassword(siteId, password) : Status(store.error());
        reply(guard, [done, result] { done(result); });
    });
}

void CredentialService::removePassword(const QUuid &siteId, QObject *context, StatusDone done)
{
    const QPointer<QObject> guard(context);
    onWorker([this, siteId, guard, done = std::move(done)](Result<CredentialStore *> store) {
        Status result = store ? (*store)->removePassword(siteId) : Status(store.error());
        reply(guard, [done, result] { done(result); });
    });
}

void CredentialService::movePasswords(CredentialBackend target, const QList<PasswordMover::Entry> &sites)
{
    onWorker([this, target, sites](Result<CredentialStore *> store) {
        PasswordMoveReport report;
        std::unique_ptr<CredentialStore> to =
            CredentialStoreChooser::make(target, m_keeper->provider(), m_vaultPath);
        if (!store) {
            report.to = to->backendName();
            report.error = store.error().message();
        } else {
            report = PasswordMover::move(sites, **store, *to, [this, target] {
                return CredentialStoreChooser(m_chooserPath).setConfigured(target);
            });
        }
        if (report.switched)
            m_store = std::move(to); // every later call, the queue's too, uses the new store
        // Through postCall, as every other answer: the report's strings, written here, are
        // read on the service's thread.
        util::postCall(this, [this, report] { Q_EMIT passwordsMoved(report); });
    });
}

void CredentialService::changeMasterPassword(const QString &oldPassword, const QString &newPassword,
                                             QObject *context, StatusDone done)
{
    const QPointer<QObject> guard(context);
    // Not through the store: the vault may be there while another store is in use.
    onWorker([this, oldPassword, newPassword, guard, done = std::move(done)](Result<CredentialStore *>) {
        VaultCredentialStore vault(m_keeper->provider(), m_vaultPath);
        Status result = vault.changeMasterPassword(oldPassword, newPassword);
        if (result)
            m_keeper->remember(newPassword);
        reply(guard, [done, result] { done(result); });
    });
}

void CredentialService::backend(QObject *context, std::function<void(Result<QString>)> done)
{
    const QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)](Result<CredentialStore *> store) {
        Result<QString> result =
            store ? Result<QString>((*store)->backendName()) : Result<QString>(store.error());
        reply(guard, [done, result] { done(result); });
    });
}

} // namespace ferry::sites
