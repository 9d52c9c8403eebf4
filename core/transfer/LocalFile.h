#pragma once
// The local side of a copy on the system's own calls (util/PlatformFile: POSIX, or Win32
// on Windows), so that every failure says errno's own words ("No space left on device",
// "Permission denied") where QFile would say "Unknown error", and so that partial files
// are created with O_EXCL and never opened through a symbolic link. Owns one file
// descriptor; movable, not copyable.

#include <QString>

#include "base/Result.h"

namespace ferry::transfer {

// Who a file is: device and inode, as fstat() or lstat() tell.
struct FileIdentity
{
    qint64 device = -1;
    qint64 inode = -1;
    bool isValid() const { return inode >= 0; }
    bool operator==(const FileIdentity &other) const = default;
};

class LocalFile
{
public:
    LocalFile() = default;
    ~LocalFile();
    LocalFile(LocalFile &&other) noexcept;
    LocalFile &operator=(LocalFile &&other) noexcept;
    LocalFile(const LocalFile &) = delete;
    LocalFile &operator=(const LocalFile &) = delete;

    // A new file: O_CREAT | O_EXCL | O_NOFOLLOW. An existing name (a file, a folder or a
    // link) fails with ErrorKind::Exists and is left as it is.
    static remote::Result<LocalFile> createNew(const QString &path);
    // An existing regular file, for writing at its end; never through a symbolic link
    // (O_NOFOLLOW), never a folder, device or pipe. A missing file is ErrorKind::NotFound.
    static remote::Result<LocalFile> openExisting(const QString &path);
    // A file, for writing from the start (created or truncated; follows links, as the
    // target the user named may be one).
    static remote::Result<LocalFile> openTruncate(const QString &path);
    // For reading.
    static remote::Result<LocalFile> openRead(const QString &path);

    bool isOpen() const { return m_fd >= 0; }
    int handle() const { return m_fd; }
    const QString &path() const { return m_path; }
    // The size now (fstat), or -1 with the reason in `error`.
    remote::Result<qint64> size() const;
    FileIdentity identity() const;

    remote::Status seek(qint64 offset);
    remote::Status truncate(qint64 size);
    // Writes all `n` bytes (short writes continue; EINTR is retried).
    remote::Status writeAll(const char *data, qint64 n);
    // Up to `n` bytes; 0 at the end.
    remote::Result<qint64> read(char *data, qint64 n);
    // Closes; the error close() reports (NFS, quotas) is returned, not lost.
    remote::Status close();

private:
    LocalFile(int fd, QString path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    QString m_path;
};

// The identity of what `path` names itself (lstat: a link is not followed); invalid
// when nothing is there.
FileIdentity identityOf(const QString &path);

// Uploads: whether the symbolic link `linkPath` points (through every further link) to
// something inside the folder `root` the user chose to upload. False for a dangling link
// and for one that leaves the tree (`innocent.txt -> ../secret`); such links are skipped
// unless the user asked to follow links.
bool linkStaysInside(const QString &root, const QString &linkPath);

// `message` (translated, a whole sentence: %1 the path, %2 the system's reason, as in
// "cannot write %1: %2") for `err` (an errno value), with the ErrorKind it means
// (EACCES/EPERM: Permission, ENOENT: NotFound, EEXIST: Exists, else Local).
remote::Error localFileError(const QString &message, const QString &path, int err);
// That ErrorKind alone.
remote::ErrorKind localErrorKind(int err);

} // namespace ferry::transfer
