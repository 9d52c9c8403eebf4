#pragma once
// "Don't save passwords": stores nothing, finds nothing, so every connection asks.
// Stateless; any thread.

#include "CredentialStore.h"

namespace ferry::sites {

class NoCredentialStore final : public CredentialStore
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    remote::Result<std::optional<QString>> password(const QUuid &siteId) override;
    remote::Status setPassword(const QUuid &siteId, const QString &password) override;
    remote::Status removePassword(const QUuid &siteId) override;
};

} // namespace ferry::sites
