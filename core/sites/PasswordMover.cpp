#include "PasswordMover.h"

#include <QCoreApplication>

#include "Site.h"
#include "SitesLog.h"

namespace ferry::sites {

using remote::Result;
using remote::Status;

namespace {

QString place(const QString &backend)
{
    if (backend == QLatin1String("keyring"))
        return QCoreApplication::translate("PasswordMover", "the system keyring");
    if (backend == QLatin1String("vault"))
        return QCoreApplication::translate("PasswordMover", "the password vault");
    return QCoreApplication::translate("PasswordMover", "nowhere (passwords are not saved)");
}

QString named(const PasswordMover::Entry &site, const QString &why)
{
    return site.name + QStringLiteral(": ") + why;
}

} // namespace

QString PasswordMoveReport::summary() const
{
    if (!error.isEmpty())
        return QCoreApplication::translate("PasswordMover", "No password was moved: %1").arg(error);
    if (!failed.isEmpty())
        return QCoreApplication::translate("PasswordMover",
                                           "No password was moved: %n site(s) failed, and every password "
                                           "stays in %1.",
                                           nullptr, int(failed.size()))
            .arg(place(from));
    if (!switched)
        return QCoreApplication::translate("PasswordMover", "No password was moved.");
    if (from == to)
        return QCoreApplication::translate("PasswordMover", "Passwords are kept in %1.").arg(place(to));
    if (to == QLatin1String("none"))
        return QCoreApplication::translate("PasswordMover", "%n stored password(s) forgotten.", nullptr,
                                           moved);
    return QCoreApplication::translate("PasswordMover", "%n password(s) moved from %1 to %2.", nullptr, moved)
        .arg(place(from), place(to));
}

QList<PasswordMover::Entry> PasswordMover::entriesOf(const QList<Site> &sites)
{
    QList<Entry> entries;
    entries.reserve(sites.size());
    for (const Site &site : sites) {
        const QString path = site.folderPath();
        entries.append({site.id, path.isEmpty() ? site.name : path + QLatin1Char('/') + site.name});
    }
    return entries;
}

PasswordMoveReport PasswordMover::move(const QList<Entry> &sites, CredentialStore &from, CredentialStore &to,
                                       const std::function<Status()> &commit)
{
    PasswordMoveReport report;
    report.from = from.backendName();
    report.to = to.backendName();
    if (report.from == report.to) {
        if (Status committed = commit(); !committed)
            report.error = committed.error().message();
        else
            report.switched = true;
        return report;
    }
    const bool forgetting = report.to == QLatin1String("none");
    // The new store is made ready first (a vault asks its master password, or for a new
    // one, once), so a refusal shows before any password is touched.
    if (Status ready = to.unlock(); !ready) {
        report.error = ready.error().message();
        return report;
    }

    // 1. Copy.
    QList<Entry> copied;
    for (const Entry &site : sites) {
        Result<std::optional<QString>> password = from.password(site.id);
        if (!password) {
            // A declined or wrong master password is not this site's fault, and asking
            // again for each site would not help.
            const remote::ErrorKind kind = password.error().kind();
            if (kind == remote::ErrorKind::Cancelled || kind == remote::ErrorKind::Auth) {
                report.error = password.error().message();
                break;
            }
            report.failed.append(named(site, password.error().message()));
            continue;
        }
        if (!password->has_value()) {
            ++report.notStored;
            continue;
        }
        if (!forgetting) {
            if (Status written = to.setPassword(site.id, **password); !written) {
                report.failed.append(named(site, written.error().message()));
                continue;
            }
        }
        copied.append(site);
    }

    // 2. Commit, or take the copies back.
    if (report.failed.isEmpty() && report.error.isEmpty()) {
        if (Status committed = commit(); !committed)
            report.error = committed.error().message();
        else
            report.switched = true;
    }
    if (!report.switched) {
        if (!forgetting) {
            for (const Entry &site : std::as_const(copied))
                if (Status removed = to.removePassword(site.id); !removed)
                    qCWarning(lcSites).noquote()
                        << "could not take a copied password back out of the" << report.to << "for"
                        << site.name << ":" << removed.error().message();
        }
        return report;
    }

    // 3. Forget in the old store.
    for (const Entry &site : std::as_const(copied)) {
        ++report.moved;
        if (Status removed = from.removePassword(site.id); !removed)
            report.notForgotten.append(named(site, removed.error().message()));
    }
    qCInfo(lcSites).noquote() << report.moved << "password(s) moved from" << report.from << "to" << report.to;
    return report;
}

PasswordMoveReport PasswordMover::switchTo(CredentialBackend target, const QList<Entry> &sites,
                                           CredentialStoreChooser &chooser,
                                           const VaultCredentialStore::MasterPasswordProvider &provider,
                                           const QString &vaultPath, std::unique_ptr<CredentialStore> *opened)
{
    Result<std::unique_ptr<CredentialStore>> from = chooser.open(provider);
    if (!from) {
        PasswordMoveReport report;
        report.to = CredentialStoreChooser::backendName(target);
        report.error = from.error().message();
        return report;
    }
    if ((*from)->backendName() == QLatin1String("vault") && !vaultPath.isEmpty())
        *from = CredentialStoreChooser::make(CredentialBackend::Vault, provider, vaultPath);
    std::unique_ptr<CredentialStore> to = CredentialStoreChooser::make(target, provider, vaultPath);
    PasswordMoveReport report =
        move(sites, **from, *to, [&chooser, target] { return chooser.setConfigured(target); });
    if (report.switched && opened)
        *opened = std::move(to);
    return report;
}

} // namespace ferry::sites
