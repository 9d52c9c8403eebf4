#include "AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ferry::util {

using remote::Error;
using remote::ErrorKind;
using remote::Status;

Status AtomicFile::write(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::util", "cannot write %1: %2").arg(path, file.errorString()));
    if (ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::util", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ferry::util
