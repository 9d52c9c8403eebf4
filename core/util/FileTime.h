#pragma once
// A local file's modification time in UTC. QFileInfo::lastModified() (Qt before 6.6)
// gives local time, and turning it into UTC made glibc look at /etc/localtime again,
// a stat each time: several per file a queue uploads.

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace ferry::util {

// Invalid when the file cannot be read.
QDateTime modificationTimeUtc(const QFileInfo &info);
// The same for a file that is open (one fstat).
QDateTime modificationTimeUtc(const QFile &file);

} // namespace ferry::util
