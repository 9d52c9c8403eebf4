#include "LocalFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

int openRetrying(const QString &path, int flags, mode_t mode = 0666)
{
    const QByteArray name = encoded(path);
    int fd;
    do {
        fd = ::open(name.constData(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

Error localFileError(const QString &what, const QString &path, int err)
{
    ErrorKind kind = ErrorKind::Local;
    switch (err) {
    case EACCES:
    case EPERM:
        kind = ErrorKind::Permission;
        break;
    case ENOENT:
        kind = ErrorKind::NotFound;
        break;
    case EEXIST:
        kind = ErrorKind::Exists;
        break;
    default:
        break;
    }
    return Error(kind, QStringLiteral("%1 %2: %3").arg(what, path, qt_error_string(err)));
}

LocalFile::~LocalFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

LocalFile::LocalFile(LocalFile &&other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path))
{
    other.m_fd = -1;
}

LocalFile &LocalFile::operator=(LocalFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

Result<LocalFile> LocalFile::createNew(const QString &path)
{
    const int fd = openRetrying(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW);
    if (fd < 0)
        return localFileError(QStringLiteral("cannot create"), path, errno);
    return LocalFile(fd, path);
}

Result<LocalFile> LocalFile::openExisting(const QString &path)
{
    const int fd = openRetrying(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP)
            return Error(ErrorKind::Local,
                         QStringLiteral("%1 is a symbolic link; a partial file is never written "
                                        "through one")
                             .arg(path));
        return localFileError(QStringLiteral("cannot write"), path, err);
    }
    LocalFile file(fd, path);
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return localFileError(QStringLiteral("cannot read the size of"), path, errno);
    if (!S_ISREG(st.st_mode))
        return Error(ErrorKind::Local, QStringLiteral("%1 is not a regular file").arg(path));
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return file;
}

Result<LocalFile> LocalFile::openTruncate(const QString &path)
{
    const int fd = openRetrying(path, O_WRONLY | O_CREAT | O_TRUNC);
    if (fd < 0)
        return localFileError(QStringLiteral("cannot write"), path, errno);
    return LocalFile(fd, path);
}

Result<LocalFile> LocalFile::openRead(const QString &path)
{
    const int fd = openRetrying(path, O_RDONLY);
    if (fd < 0)
        return localFileError(QStringLiteral("cannot read"), path, errno);
    return LocalFile(fd, path);
}

Result<qint64> LocalFile::size() const
{
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return localFileError(QStringLiteral("cannot read the size of"), m_path, errno);
    return qint64(st.st_size);
}

FileIdentity LocalFile::identity() const
{
    struct stat st;
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0)
        return {};
    return {qint64(st.st_dev), qint64(st.st_ino)};
}

FileIdentity identityOf(const QString &path)
{
    struct stat st;
    if (::lstat(encoded(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_dev), qint64(st.st_ino)};
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
    if (::lseek(m_fd, off_t(offset), SEEK_SET) < 0)
        return localFileError(QStringLiteral("cannot seek in"), m_path, errno);
    return {};
}

Status LocalFile::truncate(qint64 size)
{
    if (::ftruncate(m_fd, off_t(size)) != 0)
        return localFileError(QStringLiteral("cannot set the size of"), m_path, errno);
    return {};
}

Status LocalFile::writeAll(const char *data, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const ssize_t w = ::write(m_fd, data + done, size_t(n - done));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return localFileError(QStringLiteral("cannot write"), m_path, errno);
        }
        if (w == 0) // no progress and no errno: only a full disk does this
            return localFileError(QStringLiteral("cannot write"), m_path, ENOSPC);
        done += w;
    }
    return {};
}

Result<qint64> LocalFile::read(char *data, qint64 n)
{
    while (true) {
        const ssize_t r = ::read(m_fd, data, size_t(n));
        if (r >= 0)
            return qint64(r);
        if (errno != EINTR)
            return localFileError(QStringLiteral("cannot read"), m_path, errno);
    }
}

Status LocalFile::close()
{
    if (m_fd < 0)
        return {};
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR)
        return localFileError(QStringLiteral("cannot write"), m_path, errno);
    return {};
}

} // namespace ferry::transfer
