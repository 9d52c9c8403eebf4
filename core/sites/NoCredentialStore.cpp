#include "NoCredentialStore.h"

#include <QCoreApplication>

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

Result<std::optional<QString>> NoCredentialStore::password(const QUuid &)
{
    return std::optional<QString>();
}

Status NoCredentialStore::setPassword(const QUuid &, const QString &)
{
    return Error(ErrorKind::Local,
                 QCoreApplication::translate(
                     "ferry::sites", "passwords are not saved (credential storage is set to \"none\"); "
                                     "the password will be asked for every time"));
}

Status NoCredentialStore::removePassword(const QUuid &)
{
    return {};
}

} // namespace ferry::sites
