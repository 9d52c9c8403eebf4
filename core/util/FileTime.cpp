#include "FileTime.h"

#include <QFile>
#include <QTimeZone>

#include "PlatformFile.h"

// Qt 6.6 gives UTC itself; before it, the time is read with stat() (util/PlatformFile:
// GetFileInformationByHandle on Windows), never through a local-time conversion.
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
#define FERRY_STAT_MTIME 1
#endif

namespace ferry::util {

namespace {
#ifdef FERRY_STAT_MTIME
QDateTime fromStat(const platform::FileStatus &st)
{
    const qint64 ms = st.mtimeSec * 1000 + st.mtimeNsec / 1000000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
#endif
} // namespace

QDateTime modificationTimeUtc(const QFileInfo &info)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    return info.lastModified(QTimeZone::UTC);
#elif defined(FERRY_STAT_MTIME)
    platform::FileStatus st;
    if (platform::statPath(info.filePath(), true, &st) != 0)
        return {};
    return fromStat(st);
#endif
}

QDateTime modificationTimeUtc(const QFile &file)
{
#ifdef FERRY_STAT_MTIME
    platform::FileStatus st;
    if (file.handle() >= 0 && platform::statFile(file.handle(), &st) == 0)
        return fromStat(st);
#endif
    return modificationTimeUtc(QFileInfo(file));
}

} // namespace ferry::util
