#include "PlatformFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <direct.h>
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#else
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ferry::util::platform {

QString errorText(int code)
{
    // qt_error_string() takes errno values on every system (strerror, or _wcserror on Windows
    // for values below its own table).
    return qt_error_string(code);
}

#ifdef Q_OS_WIN

namespace {

std::wstring wide(const QString &path)
{
    return QFileInfo(path).absoluteFilePath().replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString();
}

// GetLastError() as the errno value the callers test.
int errnoOf(DWORD code)
{
    switch (code) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_WRITE_PROTECT:
        return EACCES;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_INVALID_HANDLE:
        return EBADF;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    default:
        return EIO;
    }
}

qint64 fileTimeToUnixNsec(const FILETIME &t)
{
    // 100 ns units since 1601-01-01.
    const qint64 ticks = (qint64(t.dwHighDateTime) << 32) | t.dwLowDateTime;
    return (ticks - 116444736000000000LL) * 100;
}

void fillStatus(const BY_HANDLE_FILE_INFORMATION &info, bool isLink, FileStatus *out)
{
    out->type = isLink                                               ? FileStatus::Type::Link
                : (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ? FileStatus::Type::Folder
                                                                     : FileStatus::Type::File;
    out->size = (qint64(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    out->device = info.dwVolumeSerialNumber;
    out->inode = (qint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    out->permissions = (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY) ? 0555 : 0755;
    if (out->type == FileStatus::Type::File)
        out->permissions &= 0666;
    const qint64 m = fileTimeToUnixNsec(info.ftLastWriteTime);
    const qint64 a = fileTimeToUnixNsec(info.ftLastAccessTime);
    const qint64 c = fileTimeToUnixNsec(info.ftCreationTime);
    out->mtimeSec = m / 1000000000;
    out->mtimeNsec = long(m % 1000000000);
    out->atimeSec = a / 1000000000;
    out->atimeNsec = long(a % 1000000000);
    out->ctimeSec = c / 1000000000;
    out->ctimeNsec = long(c % 1000000000);
}

HANDLE osHandle(int fd)
{
    return reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
}

} // namespace

int openFile(const QString &path, int flags, int mode, int *error)
{
    const std::wstring name = wide(path);
    if (flags & OpenNoFollow) {
        // No O_NOFOLLOW: refuse a reparse point (a symbolic link or junction) by name. The
        // check and the open are two steps, as in every Windows program that does this.
        const DWORD attributes = ::GetFileAttributesW(name.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
            *error = (flags & OpenExclusive) ? EEXIST : ELOOP;
            return -1;
        }
    }
    int oflag = _O_BINARY | _O_NOINHERIT;
    if ((flags & OpenRead) && (flags & OpenWrite))
        oflag |= _O_RDWR;
    else if (flags & OpenWrite)
        oflag |= _O_WRONLY;
    else
        oflag |= _O_RDONLY;
    if (flags & OpenCreate)
        oflag |= _O_CREAT;
    if (flags & OpenExclusive)
        oflag |= _O_EXCL;
    if (flags & OpenTruncate)
        oflag |= _O_TRUNC;
    // Shared for reading and writing as POSIX files are; _S_IWRITE unless no one may write.
    int fd = -1;
    const errno_t rc =
        ::_wsopen_s(&fd, name.c_str(), oflag, _SH_DENYNO, (mode & 0222) ? (_S_IREAD | _S_IWRITE) : _S_IREAD);
    if (rc != 0) {
        *error = rc;
        return -1;
    }
    return fd;
}

int closeFile(int fd)
{
    return ::_close(fd) == 0 ? 0 : errno;
}

void setBlocking(int)
{
    // Files never block the open on Windows.
}

qint64 readFile(int fd, char *data, qint64 n, int *error)
{
    DWORD got = 0;
    if (!::ReadFile(osHandle(fd), data, DWORD(qMin<qint64>(n, 1 << 30)), &got, nullptr)) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_HANDLE_EOF || code == ERROR_BROKEN_PIPE)
            return 0;
        *error = errnoOf(code);
        return -1;
    }
    return qint64(got);
}

qint64 writeFile(int fd, const char *data, qint64 n, int *error)
{
    DWORD put = 0;
    if (!::WriteFile(osHandle(fd), data, DWORD(qMin<qint64>(n, 1 << 30)), &put, nullptr)) {
        *error = errnoOf(::GetLastError());
        return -1;
    }
    return qint64(put);
}

qint64 readFileAt(int fd, char *data, qint64 n, qint64 offset, int *error)
{
    // An OVERLAPPED offset on a synchronous handle reads there; unlike pread it moves the
    // file position, which none of the callers uses.
    OVERLAPPED at{};
    at.Offset = DWORD(offset & 0xffffffff);
    at.OffsetHigh = DWORD(offset >> 32);
    DWORD got = 0;
    if (!::ReadFile(osHandle(fd), data, DWORD(qMin<qint64>(n, 1 << 30)), &got, &at)) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_HANDLE_EOF)
            return 0;
        *error = errnoOf(code);
        return -1;
    }
    return qint64(got);
}

qint64 writeFileAt(int fd, const char *data, qint64 n, qint64 offset, int *error)
{
    OVERLAPPED at{};
    at.Offset = DWORD(offset & 0xffffffff);
    at.OffsetHigh = DWORD(offset >> 32);
    DWORD put = 0;
    if (!::WriteFile(osHandle(fd), data, DWORD(qMin<qint64>(n, 1 << 30)), &put, &at)) {
        *error = errnoOf(::GetLastError());
        return -1;
    }
    return qint64(put);
}

int seekFile(int fd, qint64 offset)
{
    return ::_lseeki64(fd, offset, SEEK_SET) < 0 ? errno : 0;
}

int resizeFile(int fd, qint64 size)
{
    return ::_chsize_s(fd, size);
}

int syncFile(int fd)
{
    return ::FlushFileBuffers(osHandle(fd)) ? 0 : errnoOf(::GetLastError());
}

int statFile(int fd, FileStatus *out)
{
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(osHandle(fd), &info))
        return errnoOf(::GetLastError());
    fillStatus(info, false, out);
    return 0;
}

int statPath(const QString &path, bool followLinks, FileStatus *out)
{
    const std::wstring name = wide(path);
    const DWORD attributes = ::GetFileAttributesW(name.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return errnoOf(::GetLastError());
    const bool link = (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
    // FILE_FLAG_BACKUP_SEMANTICS opens folders; FILE_FLAG_OPEN_REPARSE_POINT the link itself.
    DWORD flags = FILE_FLAG_BACKUP_SEMANTICS;
    if (!followLinks && link)
        flags |= FILE_FLAG_OPEN_REPARSE_POINT;
    HANDLE h = ::CreateFileW(name.c_str(), FILE_READ_ATTRIBUTES,
                             FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                             flags, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return errnoOf(::GetLastError());
    BY_HANDLE_FILE_INFORMATION info{};
    const BOOL ok = ::GetFileInformationByHandle(h, &info);
    const DWORD code = ::GetLastError();
    ::CloseHandle(h);
    if (!ok)
        return errnoOf(code);
    fillStatus(info, link && !followLinks, out);
    return 0;
}

QByteArray readLink(const QString &path, int *error)
{
    // Qt reads the reparse point; it gives the target as an absolute path.
    const QString target = QFileInfo(path).symLinkTarget();
    if (target.isEmpty()) {
        *error = EINVAL;
        return {};
    }
    return QFile::encodeName(QDir::fromNativeSeparators(target));
}

int removeFile(const QString &path)
{
    return ::DeleteFileW(wide(path).c_str()) ? 0 : errnoOf(::GetLastError());
}

int renameReplacing(const QString &from, const QString &to)
{
    // MOVEFILE_WRITE_THROUGH: done on disk before it returns, as rename() is in the journal.
    return ::MoveFileExW(wide(from).c_str(), wide(to).c_str(),
                         MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
               ? 0
               : errnoOf(::GetLastError());
}

int makeFolder(const QString &path, int)
{
    return ::CreateDirectoryW(wide(path).c_str(), nullptr) ? 0 : errnoOf(::GetLastError());
}

int listFolder(const QString &path, QStringList *names)
{
    const std::wstring pattern = wide(path) + L"\\*";
    WIN32_FIND_DATAW found{};
    HANDLE h = ::FindFirstFileExW(pattern.c_str(), FindExInfoBasic, &found, FindExSearchNameMatch, nullptr,
                                  FIND_FIRST_EX_LARGE_FETCH);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD code = ::GetLastError();
        return code == ERROR_FILE_NOT_FOUND ? 0 : errnoOf(code); // an empty root folder
    }
    int result = 0;
    do {
        const QString name = QString::fromWCharArray(found.cFileName);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names->append(name);
    } while (::FindNextFileW(h, &found));
    if (const DWORD code = ::GetLastError(); code != ERROR_NO_MORE_FILES)
        result = errnoOf(code);
    ::FindClose(h);
    return result;
}

int removeFolder(const QString &path)
{
    return ::RemoveDirectoryW(wide(path).c_str()) ? 0 : errnoOf(::GetLastError());
}

quint64 userNumber()
{
    DWORD session = 0;
    ::ProcessIdToSessionId(::GetCurrentProcessId(), &session);
    return session;
}

#else

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

void fillStatus(const struct stat &st, FileStatus *out)
{
    out->type = S_ISREG(st.st_mode)   ? FileStatus::Type::File
                : S_ISDIR(st.st_mode) ? FileStatus::Type::Folder
                : S_ISLNK(st.st_mode) ? FileStatus::Type::Link
                                      : FileStatus::Type::Other;
    out->size = qint64(st.st_size);
    out->device = qint64(st.st_dev);
    out->inode = qint64(st.st_ino);
    out->permissions = int(st.st_mode & 07777);
#ifdef Q_OS_DARWIN
    out->mtimeSec = st.st_mtimespec.tv_sec;
    out->mtimeNsec = st.st_mtimespec.tv_nsec;
    out->atimeSec = st.st_atimespec.tv_sec;
    out->atimeNsec = st.st_atimespec.tv_nsec;
    out->ctimeSec = st.st_ctimespec.tv_sec;
    out->ctimeNsec = st.st_ctimespec.tv_nsec;
#else
    out->mtimeSec = st.st_mtim.tv_sec;
    out->mtimeNsec = st.st_mtim.tv_nsec;
    out->atimeSec = st.st_atim.tv_sec;
    out->atimeNsec = st.st_atim.tv_nsec;
    out->ctimeSec = st.st_ctim.tv_sec;
    out->ctimeNsec = st.st_ctim.tv_nsec;
#endif
}

} // namespace

int openFile(const QString &path, int flags, int mode, int *error)
{
    int oflag = O_CLOEXEC;
    if ((flags & OpenRead) && (flags & OpenWrite))
        oflag |= O_RDWR;
    else if (flags & OpenWrite)
        oflag |= O_WRONLY;
    else
        oflag |= O_RDONLY;
    if (flags & OpenCreate)
        oflag |= O_CREAT;
    if (flags & OpenExclusive)
        oflag |= O_EXCL;
    if (flags & OpenTruncate)
        oflag |= O_TRUNC;
    if (flags & OpenNoFollow)
        oflag |= O_NOFOLLOW;
    if (flags & OpenNonBlocking)
        oflag |= O_NONBLOCK;
    const QByteArray name = encoded(path);
    int fd;
    do {
        fd = ::open(name.constData(), oflag, mode_t(mode));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        *error = errno;
    return fd;
}

int closeFile(int fd)
{
    if (::close(fd) != 0 && errno != EINTR)
        return errno;
    return 0;
}

void setBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
}

qint64 readFile(int fd, char *data, qint64 n, int *error)
{
    while (true) {
        const ssize_t r = ::read(fd, data, size_t(n));
        if (r >= 0)
            return qint64(r);
        if (errno != EINTR) {
            *error = errno;
            return -1;
        }
    }
}

qint64 writeFile(int fd, const char *data, qint64 n, int *error)
{
    while (true) {
        const ssize_t w = ::write(fd, data, size_t(n));
        if (w >= 0)
            return qint64(w);
        if (errno != EINTR) {
            *error = errno;
            return -1;
        }
    }
}

qint64 readFileAt(int fd, char *data, qint64 n, qint64 offset, int *error)
{
    while (true) {
        const ssize_t r = ::pread(fd, data, size_t(n), off_t(offset));
        if (r >= 0)
            return qint64(r);
        if (errno != EINTR) {
            *error = errno;
            return -1;
        }
    }
}

qint64 writeFileAt(int fd, const char *data, qint64 n, qint64 offset, int *error)
{
    while (true) {
        const ssize_t w = ::pwrite(fd, data, size_t(n), off_t(offset));
        if (w >= 0)
            return qint64(w);
        if (errno != EINTR) {
            *error = errno;
            return -1;
        }
    }
}

int seekFile(int fd, qint64 offset)
{
    return ::lseek(fd, off_t(offset), SEEK_SET) < 0 ? errno : 0;
}

int resizeFile(int fd, qint64 size)
{
    return ::ftruncate(fd, off_t(size)) != 0 ? errno : 0;
}

int syncFile(int fd)
{
    return ::fsync(fd) != 0 ? errno : 0;
}

int statFile(int fd, FileStatus *out)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return errno;
    fillStatus(st, out);
    return 0;
}

int statPath(const QString &path, bool followLinks, FileStatus *out)
{
    struct stat st;
    const QByteArray name = encoded(path);
    if ((followLinks ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st)) != 0)
        return errno;
    fillStatus(st, out);
    return 0;
}

QByteArray readLink(const QString &path, int *error)
{
    char target[4096];
    const ssize_t n = ::readlink(encoded(path).constData(), target, sizeof target - 1);
    if (n < 0) {
        *error = errno;
        return {};
    }
    return QByteArray(target, qsizetype(n));
}

int removeFile(const QString &path)
{
    return ::unlink(encoded(path).constData()) != 0 ? errno : 0;
}

int renameReplacing(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) != 0 ? errno : 0;
}

int makeFolder(const QString &path, int mode)
{
    return ::mkdir(encoded(path).constData(), mode_t(mode)) != 0 ? errno : 0;
}

int listFolder(const QString &path, QStringList *names)
{
    DIR *dir = ::opendir(encoded(path).constData());
    if (!dir)
        return errno;
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        const QString name = QFile::decodeName(d->d_name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names->append(name);
    }
    const int err = errno;
    ::closedir(dir);
    return err;
}

int removeFolder(const QString &path)
{
    return ::rmdir(encoded(path).constData()) != 0 ? errno : 0;
}

quint64 userNumber()
{
    return quint64(::getuid());
}

#endif

} // namespace ferry::util::platform
