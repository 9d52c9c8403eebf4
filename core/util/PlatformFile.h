#pragma once
// Local files at the level of the operating system, for what QFile does not offer: errno's
// own words for every failure ("No space left on device" where QFile says "Unknown
// error"), O_EXCL and O_NOFOLLOW for partial files, reads and writes at an offset from
// several threads on one descriptor (pread/pwrite), a file's identity (device and inode)
// and the stat fields archives record.
//
// Descriptors are ints on every system: POSIX file descriptors, on Windows the C
// runtime's (_wopen), whose HANDLE _get_osfhandle() gives. Error codes are errno values
// everywhere (the Windows branch maps GetLastError() to them), so callers test ENOENT,
// EEXIST or ENOSPC the same way on every system; errorText() says one in words. The POSIX
// branch is built and tested here; the Windows branch (#ifdef Q_OS_WIN in PlatformFile.cpp)
// is written to the Win32 API and has never been compiled (packaging/README.md).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ferry::util::platform {

// The system's words for an errno value.
QString errorText(int code);

enum OpenFlag : int
{
    OpenRead = 0x1,
    OpenWrite = 0x2,
    OpenCreate = 0x4,
    OpenExclusive = 0x8, // with OpenCreate: fails with EEXIST when the name exists
    OpenTruncate = 0x10,
    OpenNoFollow = 0x20,   // a symbolic link as the last part fails with ELOOP
    OpenNonBlocking = 0x40 // a FIFO does not block the open (POSIX; cleared by setBlocking)
};

// Opens `path` (close-on-exec; EINTR retried); new files get `mode` less the umask.
// Returns the descriptor, or -1 with the errno value in *error.
int openFile(const QString &path, int flags, int mode, int *error);
// Closes; returns 0 or the errno value (EINTR counts as closed: the descriptor is gone).
int closeFile(int fd);
// Clears OpenNonBlocking after the open.
void setBlocking(int fd);

// Reads up to n bytes at the current position (EINTR retried): the count, 0 at the end,
// or -1 with *error.
qint64 readFile(int fd, char *data, qint64 n, int *error);
// Writes up to n bytes at the current position (EINTR retried): the count or -1 with *error.
qint64 writeFile(int fd, const char *data, qint64 n, int *error);
// The same at `offset`, leaving the position alone (pread/pwrite; several threads may use
// one descriptor at once).
qint64 readFileAt(int fd, char *data, qint64 n, qint64 offset, int *error);
qint64 writeFileAt(int fd, const char *data, qint64 n, qint64 offset, int *error);
// 0 or the errno value.
int seekFile(int fd, qint64 offset);
int resizeFile(int fd, qint64 size);
int syncFile(int fd);

struct FileStatus
{
    enum class Type
    {
        File,
        Folder,
        Link,
        Other
    };
    Type type = Type::Other;
    qint64 size = 0;
    qint64 device = -1;
    qint64 inode = -1;
    int permissions = 0; // the rwx bits (0777), as st_mode has them
    qint64 mtimeSec = 0, atimeSec = 0, ctimeSec = 0;
    long mtimeNsec = 0, atimeNsec = 0, ctimeNsec = 0;
};
// fstat: 0 or the errno value.
int statFile(int fd, FileStatus *out);
// stat (followLinks) or lstat: 0 or the errno value.
int statPath(const QString &path, bool followLinks, FileStatus *out);
// What the symbolic link `path` holds, as written (readlink); empty with *error on failure.
QByteArray readLink(const QString &path, int *error);
// unlink: 0 or the errno value. A folder is not removed.
int removeFile(const QString &path);
// rename(): `from` takes the name `to` in one step, replacing a file there (a link there
// is replaced, not followed): 0 or the errno value.
int renameReplacing(const QString &from, const QString &to);
// mkdir with `mode` less the umask: 0 or the errno value.
int makeFolder(const QString &path, int mode);
// The names in the folder `path` (not "." and ".."), unsorted, read straight from the
// system (readdir; FindFirstFileW on Windows): 0 or the errno value (ENOENT, EACCES, or
// an error met part-way, when *names holds what came before it).
int listFolder(const QString &path, QStringList *names);
// rmdir, only when empty: 0 or the errno value.
int removeFolder(const QString &path);

// The user's number for names of per-user things (the instance socket): getuid() on
// POSIX; on Windows the session id, since named pipes are per session there.
quint64 userNumber();

} // namespace ferry::util::platform
