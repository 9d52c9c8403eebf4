#include "FileTime.h"

#include <QFile>
#include <QTimeZone>

// Qt 6.6 gives UTC itself; before it, Linux reads the time with stat().
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0) && defined(Q_OS_LINUX)
#define FERRY_STAT_MTIME 1
#include <sys/stat.h>
#endif

namespace ferry::util {

namespace {
#ifdef FERRY_STAT_MTIME
QDateTime fromStat(const struct stat &st)
{
    const qint64 ms = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
#endif
} // namespace

QDateTime modificationTimeUtc(const QFileInfo &info)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    return info.lastModified(QTimeZone::UTC);
#elif defined(FERRY_STAT_MTIME)
    struct stat st;
    if (::stat(QFile::encodeName(info.filePath()).constData(), &st) != 0)
        return {};
    return fromStat(st);
#else
    return info.lastModified().toUTC();
#endif
}

QDateTime modificationTimeUtc(const QFile &file)
{
#ifdef FERRY_STAT_MTIME
    struct stat st;
    if (file.handle() >= 0 && ::fstat(file.handle(), &st) == 0)
        return fromStat(st);
#endif
    return modificationTimeUtc(QFileInfo(file));
}

} // namespace ferry::util
