#include "CredentialStoreChooser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "KeychainCredentialStore.h"
#include "NoCredentialStore.h"
#include "SitesLog.h"
#include "util/AtomicFile.h"
#include "util/Paths.h"

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {

Result<QJsonObject> readSettings(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "cannot read %1: %2").arg(path, file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sites", "%1 is not valid JSON").arg(path));
    return doc.object();
}

Result<CredentialBackend> backendField(const QString &path, const QString &field)
{
    Result<QJsonObject> settings = readSettings(path);
    if (!settings)
        return settings.error();
    CredentialBackend backend = CredentialBackend::Auto;
    const QString name = settings->value(field).toString(QStringLiteral("auto"));
    if (!CredentialStoreChooser::backendFromName(name, &backend))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sites", "%1: unknown credential backend '%2'")
                         .arg(path, name));
    return backend;
}

} // namespace

CredentialStoreChooser::CredentialStoreChooser(QString settingsPath)
    : m_path(settingsPath.isEmpty() ? util::Paths::configFile(QStringLiteral("credentials.json"))
                                    : std::move(settingsPath))
{}

QString CredentialStoreChooser::backendName(CredentialBackend backend)
{
    switch (backend) {
    case CredentialBackend::Auto:
        return QStringLiteral("auto");
    case CredentialBackend::Keyring:
        return QStringLiteral("keyring");
    case CredentialBackend::Vault:
        return QStringLiteral("vault");
    case CredentialBackend::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("auto");
}

bool CredentialStoreChooser::backendFromName(const QString &name, CredentialBackend *backend)
{
    for (CredentialBackend b : {CredentialBackend::Auto, CredentialBackend::Keyring, CredentialBackend::Vault,
                                CredentialBackend::None}) {
        if (name.compare(backendName(b), Qt::CaseInsensitive) == 0) {
            *backend = b;
            return true;
        }
    }
    return false;
}

Result<CredentialBackend> CredentialStoreChooser::configured() const
{
    return backendField(m_path, QStringLiteral("backend"));
}

Result<CredentialBackend> CredentialStoreChooser::resolved() const
{
    return backendField(m_path, QStringLiteral("resolved"));
}

Status CredentialStoreChooser::write(CredentialBackend chosen, CredentialBackend resolvedTo)
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("backend"), backendName(chosen));
    if (chosen == CredentialBackend::Auto && resolvedTo != CredentialBackend::Auto)
        root.insert(QStringLiteral("resolved"), backendName(resolvedTo));
    return util::AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), false);
}

Status CredentialStoreChooser::setConfigured(CredentialBackend backend)
{
    return write(backend, CredentialBackend::Auto);
}

Result<std::unique_ptr<CredentialStore>>
CredentialStoreChooser::open(VaultCredentialStore::MasterPasswordProvider provider)
{
    Result<CredentialBackend> chosen = configured();
    if (!chosen)
        return chosen.error();
    CredentialBackend backend = *chosen;
    if (backend == CredentialBackend::Auto) {
        Result<CredentialBackend> earlier = resolved();
        backend = earlier ? *earlier : CredentialBackend::Auto;
    }
    if (backend == CredentialBackend::Auto) {
        const Status keyring = KeychainCredentialStore::probe();
        backend = keyring ? CredentialBackend::Keyring : CredentialBackend::Vault;
        if (!keyring)
            qCInfo(lcSites).noquote() << "no system keyring (" << keyring.error().message()
                                      << "); passwords go to the encrypted vault";
        if (Status remembered = write(CredentialBackend::Auto, backend); !remembered)
            return remembered.error();
    }
    return make(backend, std::move(provider));
}

std::unique_ptr<CredentialStore>
CredentialStoreChooser::make(CredentialBackend backend, VaultCredentialStore::MasterPasswordProvider provider,
                             const QString &vaultPath)
{
    switch (backend) {
    case CredentialBackend::Keyring:
        return std::make_unique<KeychainCredentialStore>();
    case CredentialBackend::Vault:
        return std::make_unique<VaultCredentialStore>(std::move(provider), vaultPath);
    case CredentialBackend::None:
    case CredentialBackend::Auto:
        break;
    }
    return std::make_unique<NoCredentialStore>();
}

} // namespace ferry::sites
