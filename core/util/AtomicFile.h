#pragma once
// Replaces a file's contents atomically through QSaveFile: a reader (another Ferry
// process) sees the old file or the new one, never half of either, and a crash mid-write
// leaves the old one. Used for every file Ferry rewrites whole: sites.json, vault.bin,
// credentials.json, FileZilla exports, known_hosts and trusted_certificates. Stateless;
// any thread.

#include <QByteArray>
#include <QString>

#include "base/Result.h"

namespace ferry::util {

class AtomicFile
{
public:
    // ownerOnly: the new file is readable and writable by its owner alone (0600);
    // otherwise an existing file keeps its permissions. A Local error "cannot write
    // PATH: reason" when it cannot.
    static remote::Status write(const QString &path, const QByteArray &bytes, bool ownerOnly);
};

} // namespace ferry::util
