#include "LocalFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include "util/PlatformFile.h"

namespace ferry::transfer {

using namespace ferry::remote;
namespace platform = ferry::util::platform;

ErrorKind localErrorKind(int err)
{
    switch (err) {
    case EACCES:
    case EPERM:
        return ErrorKind::Permission;
    case ENOENT:
        return ErrorKind::NotFound;
    case EEXIST:
        return ErrorKind::Exists;
    default:
        return ErrorKind::Local;
    }
}

Error localFileError(const QString &message, const QString &path, int err)
{
    return Error(localErrorKind(err), QString(message).arg(path, platform::errorText(err)));
}

LocalFile::~LocalFile()
{
    if (m_fd >= 0)
        platform::closeFile(m_fd);
}

LocalFile::LocalFile(LocalFile &&other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path))
{
    other.m_fd = -1;
}

LocalFile &LocalFile::operator=(LocalFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            platform::closeFile(m_fd);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

Result<LocalFile> LocalFile::createNew(const QString &path)
{
    int err = 0;
    const int fd = platform::openFile(
        path, platform::OpenWrite | platform::OpenCreate | platform::OpenExclusive | platform::OpenNoFollow,
        0666, &err);
    if (fd < 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot create %1: %2"), path,
                              err);
    return LocalFile(fd, path);
}

Result<LocalFile> LocalFile::openExisting(const QString &path)
{
    int err = 0;
    const int fd = platform::openFile(
        path, platform::OpenWrite | platform::OpenNoFollow | platform::OpenNonBlocking, 0666, &err);
    if (fd < 0) {
        if (err == ELOOP)
            return Error(
                ErrorKind::Local,
                QCoreApplication::translate(
                    "ferry::transfer", "%1 is a symbolic link; a partial file is never written through one")
                    .arg(path));
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot write %1: %2"), path,
                              err);
    }
    LocalFile file(fd, path);
    platform::FileStatus st;
    if (const int e = platform::statFile(fd, &st); e != 0)
        return localFileError(
            QCoreApplication::translate("ferry::transfer", "cannot read the size of %1: %2"), path, e);
    if (st.type != platform::FileStatus::Type::File)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "%1 is not a regular file").arg(path));
    platform::setBlocking(fd);
    return file;
}

Result<LocalFile> LocalFile::openTruncate(const QString &path)
{
    int err = 0;
    const int fd = platform::openFile(
        path, platform::OpenWrite | platform::OpenCreate | platform::OpenTruncate, 0666, &err);
    if (fd < 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot write %1: %2"), path,
                              err);
    return LocalFile(fd, path);
}

Result<LocalFile> LocalFile::openRead(const QString &path)
{
    int err = 0;
    const int fd = platform::openFile(path, platform::OpenRead, 0, &err);
    if (fd < 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot read %1: %2"), path,
                              err);
    return LocalFile(fd, path);
}

Result<qint64> LocalFile::size() const
{
    platform::FileStatus st;
    if (const int e = platform::statFile(m_fd, &st); e != 0)
        return localFileError(
            QCoreApplication::translate("ferry::transfer", "cannot read the size of %1: %2"), m_path, e);
    return st.size;
}

FileIdentity LocalFile::identity() const
{
    platform::FileStatus st;
    if (m_fd < 0 || platform::statFile(m_fd, &st) != 0)
        return {};
    return {st.device, st.inode};
}

FileIdentity identityOf(const QString &path)
{
    platform::FileStatus st;
    if (platform::statPath(path, false, &st) != 0)
        return {};
    return {st.device, st.inode};
}

bool linkStaysInside(const QString &root, const QString &linkPath)
{
    const QString rootReal = QFileInfo(root).canonicalFilePath();
    const QString targetReal = QFileInfo(linkPath).canonicalFilePath(); // empty when dangling
    if (rootReal.isEmpty() || targetReal.isEmpty())
        return false;
    return targetReal == rootReal ||
           targetReal.startsWith(rootReal == QLatin1String("/") ? rootReal : rootReal + QLatin1Char('/'));
}

Status LocalFile::seek(qint64 offset)
{
    if (const int e = platform::seekFile(m_fd, offset); e != 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot seek in %1: %2"), m_path,
                              e);
    return {};
}

Status LocalFile::truncate(qint64 size)
{
    if (const int e = platform::resizeFile(m_fd, size); e != 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot set the size of %1: %2"),
                              m_path, e);
    return {};
}

Status LocalFile::writeAll(const char *data, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        int err = 0;
        const qint64 w = platform::writeFile(m_fd, data + done, n - done, &err);
        if (w < 0)
            return localFileError(QCoreApplication::translate("ferry::transfer", "cannot write %1: %2"),
                                  m_path, err);
        if (w == 0) // no progress and no errno: only a full disk does this
            return localFileError(QCoreApplication::translate("ferry::transfer", "cannot write %1: %2"),
                                  m_path, ENOSPC);
        done += w;
    }
    return {};
}

Result<qint64> LocalFile::read(char *data, qint64 n)
{
    int err = 0;
    const qint64 r = platform::readFile(m_fd, data, n, &err);
    if (r < 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot read %1: %2"), m_path,
                              err);
    return r;
}

Status LocalFile::close()
{
    if (m_fd < 0)
        return {};
    const int fd = m_fd;
    m_fd = -1;
    if (const int e = platform::closeFile(fd); e != 0)
        return localFileError(QCoreApplication::translate("ferry::transfer", "cannot write %1: %2"), m_path,
                              e);
    return {};
}

} // namespace ferry::transfer
