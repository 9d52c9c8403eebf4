#pragma once
// Replaces a file's contents atomically through QSaveFile: a reader (another Ferry
// process) sees the old file or the new one, never half of either, and a crash mid-write
// leaves the old one. Stateless; any thread.

#include <QByteArray>
#include <QString>

#include "remote/Result.h"

namespace ferry::sites {

class AtomicFile
{
public:
    // ownerOnly: the new file is readable and writable by its owner alone (0600).
    static remote::Status write(const QString &path, const QByteArray &bytes, bool ownerOnly);
};

} // namespace ferry::sites
