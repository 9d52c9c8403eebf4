#pragma once
// SFTP version 3 (draft-ietf-secsh-filexfer-02, what OpenSSH speaks) on the wire: packet
// types, flags, and a builder and a reader for packet bodies. Pure functions and value
// types, usable from any thread.

#include <QByteArray>
#include <QString>

#include <optional>

#include "base/Error.h"
#include "base/Result.h"
#include "remote/DirEntry.h"

namespace ferry::sftp {

namespace fx {
enum Type : quint8
{
    Init = 1,
    Version = 2,
    Open = 3,
    Close = 4,
    Read = 5,
    Write = 6,
    Lstat = 7,
    Fstat = 8,
    Setstat = 9,
    Fsetstat = 10,
    Opendir = 11,
    Readdir = 12,
    Remove = 13,
    Mkdir = 14,
    Rmdir = 15,
    Realpath = 16,
    Stat = 17,
    Rename = 18,
    Readlink = 19,
    Symlink = 20,
    Status = 101,
    Handle = 102,
    Data = 103,
    Name = 104,
    Attrs = 105,
    Extended = 200,
    ExtendedReply = 201,
};
enum OpenFlags : quint32
{
    OpenRead = 1,
    OpenWrite = 2,
    OpenAppend = 4,
    OpenCreate = 8,
    OpenTruncate = 0x10,
    OpenExclusive = 0x20
};
enum AttrFlags : quint32
{
    AttrSize = 1,
    AttrUidGid = 2,
    AttrPermissions = 4,
    AttrTimes = 8,
    AttrExtended = 0x80000000u
};
enum StatusCode : quint32
{
    Ok = 0,
    Eof = 1,
    NoSuchFile = 2,
    PermissionDenied = 3,
    Failure = 4,
    BadMessage = 5,
    NoConnection = 6,
    ConnectionLost = 7,
    OpUnsupported = 8,
};
} // namespace fx

// The attributes SFTP v3 carries for a file.
struct FileAttrs
{
    std::optional<quint64> size;
    std::optional<quint32> uid, gid;
    std::optional<quint32> permissions; // full st_mode, type bits included
    std::optional<quint32> atime, mtime;

    remote::EntryType type() const;
};

// One reply (or request) as read from a channel: the type, the request id (0 for
// VERSION) and the rest of the body after the id.
struct Packet
{
    quint8 type = 0;
    quint32 id = 0;
    QByteArray body;
};

// Appends SFTP's big-endian fields.
class PacketBuilder
{
public:
    // Starts a packet with the length placeholder, the type and (unless INIT) the id.
    PacketBuilder(quint8 type, quint32 id);
    PacketBuilder &u32(quint32 v);
    PacketBuilder &u64(quint64 v);
    PacketBuilder &string(const QByteArray &s);
    PacketBuilder &string(const char *data, qsizetype size);
    PacketBuilder &attrs(const FileAttrs &a);
    // The finished packet with its length filled in. trailing bytes the caller sends right
    // after (a WRITE's data) count in the length but are not copied here.
    QByteArray take(qsizetype trailing = 0);

private:
    QByteArray m_data;
};

// Reads fields from a packet body; any read past the end sets failed() and returns zeros.
class PacketReader
{
public:
    explicit PacketReader(const QByteArray &body) : m_data(body) {}
    quint32 u32();
    quint64 u64();
    QByteArray string();
    FileAttrs attrs();
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos >= m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// The error for a STATUS reply that is not OK; what names the operation and the file.
remote::Error statusError(const Packet &packet, const QString &what);
// The STATUS code of a reply, or -1 when it is not a STATUS.
int statusCode(const Packet &packet);
// A reply of an unexpected type.
remote::Error unexpectedReply(const Packet &packet, const QString &what);

quint32 readBigEndian32(const char *p);

// The "check-file-name" extension (draft-ietf-secsh-filexfer-extensions-00, section 3):
// the server hashes a file itself. Names on the wire are "sha256", "sha1", "md5", "crc32";
// Ferry's are "SHA-256", "SHA-1", "MD5", "CRC32".
QByteArray sftpHashName(const QString &algorithm);
QString algorithmFromSftpHashName(const QByteArray &name);
// Bytes of one hash: 32, 20, 16, 4; 0 for an unknown name.
int sftpHashSize(const QByteArray &name);

// EXTENDED "check-file-name": path, the algorithms the server may choose from (in order
// of preference, comma-separated), start offset, length (0: to the end) and block size
// (0: the whole range as one block).
QByteArray checkFileNameRequest(quint32 id, const QByteArray &path, const QByteArray &algorithms,
                                quint64 offset = 0, quint64 length = 0, quint32 blockSize = 0);

struct CheckFileReply
{
    QByteArray algorithm; // as the server names it ("sha256")
    QByteArray hash;      // the hash bytes (one hash for the whole file)
};
// An EXTENDED_REPLY "check-file": the algorithm used and, as the rest of the packet, the
// hashes. A STATUS reply becomes its error; anything else a Protocol error. With block
// size 0 exactly one hash of the algorithm's size is expected.
remote::Result<CheckFileReply> parseCheckFileReply(const Packet &packet, const QString &what);

} // namespace ferry::sftp
