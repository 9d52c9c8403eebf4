#pragma once
// How queue items name their server, and how a run turns that name back into a
// connection. An item's site is "site:NAME" (a saved site) or the URL of the server
// without password and path ("ftpes://alice@host:21"): session::SiteRef's display(),
// and the maps below are keyed by its key().
//
// QueueSites::resolve() is the queue's SiteResolver for the CLI and the window alike:
// a saved site through the SiteStore and the credential store, a URL with a password
// given in this run (remember()) or on the command line (setGivenPassword()); the item's
// stored connect options are merged over the run's own, and a saved site's settings over
// both. It may block (the keyring, the vault's key derivation), so the QueueService calls
// it on its queue thread. Thread-safe: the service's thread resolves while the caller's
// thread remembers passwords.

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "Scheduler.h"
#include "remote/ConnectOptions.h"
#include "session/SiteRef.h"
#include "sites/CredentialStore.h"

namespace ferry::transfer {

class QueueSites
{
public:
    using CredentialOpener = std::function<remote::Result<std::unique_ptr<sites::CredentialStore>>()>;

    // base: the run's connect options; openCredentials: the credential store for saved
    // sites' passwords (called once, on the resolving thread, when first needed).
    QueueSites(const remote::ConnectOptions &base, CredentialOpener openCredentials);

    // A password typed in this run for a server (a SiteRef's display()); kept in memory only.
    void remember(const QString &site, const QString &password);
    // A certificate or host key the user accepted once (for this run) while browsing the
    // site: the queue's connections to it accept it too. In memory only, never stored
    // with the items.
    void trustForThisRun(const QString &site, const QString &certificateFingerprint,
                         const QString &hostKeyFingerprint);
    // A password given on the command line: used for every server without one of its own,
    // and over a saved site's stored password.
    void setGivenPassword(const std::optional<QString> &password);
    // A passive/active choice made on the command line wins over a saved site's.
    void setForcedActiveMode(std::optional<bool> active);
    // The wait for the server (ConnectOptions::timeoutSeconds) of connections opened from
    // now on (the window's settings change it while the queue runs).
    void setTimeout(int seconds);
    // The SiteStore file (sites.json in the config folder unless set; tests set it).
    void setSiteStorePath(const QString &path);

    remote::Result<Scheduler::SiteConnection> resolve(const QString &site, const QJsonObject &connect);
    // resolve() as the Scheduler's resolver; shares this object, which must outlive it.
    static Scheduler::SiteResolver resolver(std::shared_ptr<QueueSites> sites);

private:
    QMutex m_mutex;
    remote::ConnectOptions m_base;
    CredentialOpener m_openCredentials;
    std::unique_ptr<sites::CredentialStore> m_credentials;
    std::optional<remote::Error> m_credentialError;
    QHash<QString, QString> m_passwords;
    QHash<QString, QStringList> m_certificates; // by site: "SHA256:..." accepted once
    QHash<QString, QStringList> m_hostKeys;
    std::optional<QString> m_given;
    std::optional<bool> m_forcedActive;
    QString m_siteStorePath;
};

} // namespace ferry::transfer
