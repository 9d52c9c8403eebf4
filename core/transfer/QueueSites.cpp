#include "QueueSites.h"

#include <QCoreApplication>

#include "QueueOptions.h"
#include "sites/SiteStore.h"

namespace ferry::transfer {

using remote::ConnectionSpec;
using remote::Error;
using remote::ErrorKind;
using remote::Result;
using session::SiteRef;

QueueSites::QueueSites(const remote::ConnectOptions &base, CredentialOpener openCredentials)
    : m_base(base), m_openCredentials(std::move(openCredentials))
{}

void QueueSites::remember(const QString &site, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.insert(SiteRef::parse(site).key(), password);
}

void QueueSites::setTimeout(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_base.timeoutSeconds = std::max(1, seconds);
}

void QueueSites::trustForThisRun(const QString &site, const QString &certificateFingerprint,
                                 const QString &hostKeyFingerprint)
{
    const QString key = SiteRef::parse(site).key();
    QMutexLocker lock(&m_mutex);
    if (!certificateFingerprint.isEmpty() && !m_certificates[key].contains(certificateFingerprint))
        m_certificates[key].append(certificateFingerprint);
    if (!hostKeyFingerprint.isEmpty() && !m_hostKeys[key].contains(hostKeyFingerprint))
        m_hostKeys[key].append(hostKeyFingerprint);
}

void QueueSites::setGivenPassword(const std::optional<QString> &password)
{
    QMutexLocker lock(&m_mutex);
    m_given = password;
}

void QueueSites::setForcedActiveMode(std::optional<bool> active)
{
    QMutexLocker lock(&m_mutex);
    m_forcedActive = active;
}

void QueueSites::setSiteStorePath(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_siteStorePath = path;
}

Result<Scheduler::SiteConnection> QueueSites::resolve(const QString &site, const QJsonObject &connect)
{
    const SiteRef ref = SiteRef::parse(site);
    QMutexLocker lock(&m_mutex);
    Scheduler::SiteConnection out;
    out.options = connectOptionsFromJson(connect, m_base);
    out.options.trustedCertFingerprints.append(m_certificates.value(ref.key()));
    out.options.pinnedHostKeys.append(m_hostKeys.value(ref.key()));
    if (!ref.isSaved()) {
        Result<ConnectionSpec> spec = ConnectionSpec::fromUrl(site);
        if (!spec)
            return spec.error();
        out.spec = *spec;
        if (!out.spec.hasPassword) {
            if (const auto typed = m_passwords.constFind(ref.key()); typed != m_passwords.cend()) {
                out.spec.password = *typed;
                out.spec.hasPassword = true;
            } else if (m_given) {
                out.spec.password = *m_given;
                out.spec.hasPassword = true;
            }
        }
        out.spec.path.clear();
        out.spec.trailingSlash = false;
        return out;
    }

    sites::SiteStore store(m_siteStorePath);
    if (remote::Status loaded = store.reload(); !loaded)
        return loaded.error();
    Result<sites::Site> found = store.find(ref.savedName());
    if (!found)
        return found.error();
    const sites::Site &saved = *found;
    out.spec = saved.connectionSpec();
    out.spec.path.clear();
    out.spec.trailingSlash = false;
    if (m_given) { // given in this run: wins over the stored one, and needs no vault
        out.spec.password = *m_given;
        out.spec.hasPassword = true;
    } else if (saved.storesPassword()) {
        if (!m_credentials && !m_credentialError) {
            Result<std::unique_ptr<sites::CredentialStore>> opened =
                m_openCredentials
                    ? m_openCredentials()
                    : Result<std::unique_ptr<sites::CredentialStore>>(Error(
                          ErrorKind::Local, QCoreApplication::translate("QueueSites", "no password store")));
            if (opened)
                m_credentials = std::move(*opened);
            else
                m_credentialError = opened.error();
        }
        if (m_credentialError)
            return *m_credentialError;
        Result<std::optional<QString>> password = m_credentials->password(saved.id);
        if (!password)
            return password.error();
        if (password->has_value()) {
            out.spec.password = **password;
            out.spec.hasPassword = true;
        }
    }
    saved.applyTo(out.options);
    if (m_forcedActive)
        out.options.activeMode = *m_forcedActive;
    out.maxConnections = saved.maxConnections;
    return out;
}

Scheduler::SiteResolver QueueSites::resolver(std::shared_ptr<QueueSites> sites)
{
    return [sites](const QString &site, const QJsonObject &connect) {
        return sites->resolve(site, connect);
    };
}

} // namespace ferry::transfer
