#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

#include "SitesLog.h"

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {

// Starts the job and waits for it. A job that outlives the timeout is left to delete
// itself when it finally finishes, since QtKeychain's backends call back into it.
template <typename JobT> bool runJob(std::unique_ptr<JobT> &job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        job->setAutoDelete(true);
        job.release();
        return false;
    }
    return true;
}

Error keyringError(const QKeychain::Job &job)
{
    return Error(ErrorKind::Local,
                 QCoreApplication::translate("ferry::sites", "system keyring: %1").arg(job.errorString()));
}

Error timeoutError()
{
    return Error(
        ErrorKind::Timeout,
        QCoreApplication::translate("ferry::sites", "the system keyring did not answer (is it locked?)"));
}

bool sessionBusExpected()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{}

Result<std::optional<QString>> KeychainCredentialStore::password(const QUuid &siteId)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(keyFor(siteId));
    if (!runJob(job, m_timeoutMs))
        return timeoutError();
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job->error() != QKeychain::NoError)
        return keyringError(*job);
    return std::optional<QString>(job->textData());
}

Status KeychainCredentialStore::setPassword(const QUuid &siteId, const QString &password)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(keyFor(siteId));
    job->setTextData(password);
    if (!runJob(job, m_timeoutMs))
        return timeoutError();
    if (job->error() != QKeychain::NoError)
        return keyringError(*job);
    qCDebug(lcSites) << "stored a password in the keyring for site" << siteId;
    return {};
}

Status KeychainCredentialStore::removePassword(const QUuid &siteId)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(keyFor(siteId));
    if (!runJob(job, m_timeoutMs))
        return timeoutError();
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keyringError(*job);
    return {};
}

Status KeychainCredentialStore::probe(const QString &service, int timeoutMs)
{
    if (!sessionBusExpected())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sites",
                                                 "no D-Bus session bus, so no Secret Service keyring"));
    KeychainCredentialStore store(service, timeoutMs);
    const QUuid probeId = QUuid::createUuid();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status written = store.setPassword(probeId, token); !written)
        return written;
    Result<std::optional<QString>> back = store.password(probeId);
    const Status removed = store.removePassword(probeId);
    if (!back)
        return back.error();
    if (!back->has_value() || **back != token)
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "system keyring: a stored entry did not read back"));
    return removed;
}

} // namespace ferry::sites
