#include "SftpPacket.h"

#include <QCoreApplication>
#include <QtEndian>

namespace ferry::sftp {

using namespace ferry::remote;

EntryType FileAttrs::type() const
{
    if (!permissions)
        return EntryType::Other;
    switch (*permissions & 0170000) {
    case 0040000:
        return EntryType::Dir;
    case 0100000:
        return EntryType::File;
    case 0120000:
        return EntryType::Link;
    default:
        return EntryType::Other;
    }
}

PacketBuilder::PacketBuilder(quint8 type, quint32 id)
{
    m_data.reserve(64);
    m_data.append(4, '\0');
    m_data.append(static_cast<char>(type));
    if (type != fx::Init)
        u32(id);
}

PacketBuilder &PacketBuilder::u32(quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    m_data.append(b, 4);
    return *this;
}

PacketBuilder &PacketBuilder::u64(quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    m_data.append(b, 8);
    return *this;
}

PacketBuilder &PacketBuilder::string(const QByteArray &s)
{
    return string(s.constData(), s.size());
}

PacketBuilder &PacketBuilder::string(const char *data, qsizetype size)
{
    u32(static_cast<quint32>(size));
    m_data.append(data, size);
    return *this;
}

PacketBuilder &PacketBuilder::attrs(const FileAttrs &a)
{
    quint32 flags = 0;
    if (a.size)
        flags |= fx::AttrSize;
    if (a.uid && a.gid)
        flags |= fx::AttrUidGid;
    if (a.permissions)
        flags |= fx::AttrPermissions;
    if (a.mtime)
        flags |= fx::AttrTimes;
    u32(flags);
    if (a.size)
        u64(*a.size);
    if (a.uid && a.gid)
        u32(*a.uid).u32(*a.gid);
    if (a.permissions)
        u32(*a.permissions);
    if (a.mtime)
        u32(a.atime.value_or(*a.mtime)).u32(*a.mtime);
    return *this;
}

QByteArray PacketBuilder::take(qsizetype trailing)
{
    qToBigEndian(static_cast<quint32>(m_data.size() - 4 + trailing), m_data.data());
    return std::move(m_data);
}

quint32 readBigEndian32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint32 PacketReader::u32()
{
    if (m_pos + 4 > m_data.size()) {
        m_failed = true;
        return 0;
    }
    const quint32 v = qFromBigEndian<quint32>(m_data.constData() + m_pos);
    m_pos += 4;
    return v;
}

quint64 PacketReader::u64()
{
    if (m_pos + 8 > m_data.size()) {
        m_failed = true;
        return 0;
    }
    const quint64 v = qFromBigEndian<quint64>(m_data.constData() + m_pos);
    m_pos += 8;
    return v;
}

QByteArray PacketReader::string()
{
    const quint32 n = u32();
    if (m_failed || m_pos + qsizetype(n) > m_data.size()) {
        m_failed = true;
        return {};
    }
    QByteArray s = m_data.mid(m_pos, n);
    m_pos += n;
    return s;
}

FileAttrs PacketReader::attrs()
{
    FileAttrs a;
    const quint32 flags = u32();
    if (flags & fx::AttrSize)
        a.size = u64();
    if (flags & fx::AttrUidGid) {
        a.uid = u32();
        a.gid = u32();
    }
    if (flags & fx::AttrPermissions)
        a.permissions = u32();
    if (flags & fx::AttrTimes) {
        a.atime = u32();
        a.mtime = u32();
    }
    if (flags & fx::AttrExtended) {
        const quint32 count = u32();
        for (quint32 i = 0; i < count && !m_failed; ++i) {
            string();
            string();
        }
    }
    return a;
}

int statusCode(const Packet &packet)
{
    if (packet.type != fx::Status)
        return -1;
    PacketReader r(packet.body);
    const quint32 code = r.u32();
    return r.failed() ? int(fx::BadMessage) : int(code);
}

Error statusError(const Packet &packet, const QString &what)
{
    if (packet.type != fx::Status)
        return unexpectedReply(packet, what);
    PacketReader r(packet.body);
    const quint32 code = r.u32();
    const QString message = QString::fromUtf8(r.string());
    ErrorKind kind = ErrorKind::Protocol;
    QString reason;
    switch (code) {
    case fx::NoSuchFile:
        kind = ErrorKind::NotFound;
        reason = QCoreApplication::translate("ferry::sftp", "no such file or folder");
        break;
    case fx::PermissionDenied:
        kind = ErrorKind::Permission;
        reason = QCoreApplication::translate("ferry::sftp", "permission denied");
        break;
    case fx::Eof:
        reason = QCoreApplication::translate("ferry::sftp", "unexpected end of file");
        break;
    case fx::NoConnection:
    case fx::ConnectionLost:
        kind = ErrorKind::Network;
        reason = QCoreApplication::translate("ferry::sftp", "connection lost");
        break;
    case fx::OpUnsupported:
        reason = QCoreApplication::translate("ferry::sftp", "not supported by the server");
        break;
    default:
        reason = QCoreApplication::translate("ferry::sftp", "failed");
        break;
    }
    return Error(kind, what + QStringLiteral(": ") + reason, message);
}

Error unexpectedReply(const Packet &packet, const QString &what)
{
    return Error(ErrorKind::Protocol,
                 QCoreApplication::translate("ferry::sftp", "%1: unexpected SFTP reply type %2")
                     .arg(what)
                     .arg(packet.type));
}

QByteArray sftpHashName(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA-256"))
        return QByteArrayLiteral("sha256");
    if (algorithm == QLatin1String("SHA-1"))
        return QByteArrayLiteral("sha1");
    if (algorithm == QLatin1String("MD5"))
        return QByteArrayLiteral("md5");
    if (algorithm == QLatin1String("CRC32"))
        return QByteArrayLiteral("crc32");
    return {};
}

QString algorithmFromSftpHashName(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    if (n == "sha256")
        return QStringLiteral("SHA-256");
    if (n == "sha1")
        return QStringLiteral("SHA-1");
    if (n == "md5")
        return QStringLiteral("MD5");
    if (n == "crc32")
        return QStringLiteral("CRC32");
    return {};
}

int sftpHashSize(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    if (n == "sha256")
        return 32;
    if (n == "sha1")
        return 20;
    if (n == "md5")
        return 16;
    if (n == "crc32")
        return 4;
    return 0;
}

QByteArray checkFileNameRequest(quint32 id, const QByteArray &path, const QByteArray &algorithms,
                                quint64 offset, quint64 length, quint32 blockSize)
{
    return PacketBuilder(fx::Extended, id)
        .string(QByteArrayLiteral("check-file-name"))
        .string(path)
        .string(algorithms)
        .u64(offset)
        .u64(length)
        .u32(blockSize)
        .take();
}

Result<CheckFileReply> parseCheckFileReply(const Packet &packet, const QString &what)
{
    if (packet.type == fx::Status)
        return statusError(packet, what);
    if (packet.type != fx::ExtendedReply)
        return unexpectedReply(packet, what);
    PacketReader r(packet.body);
    const QByteArray name = r.string();
    CheckFileReply reply;
    reply.algorithm = r.string();
    if (r.failed() || name != "check-file")
        return Error(
            ErrorKind::Protocol,
            QCoreApplication::translate("ferry::sftp", "%1: a malformed check-file reply").arg(what));
    // The rest of the packet is the hash (several, one per block, when blocks were asked for).
    const qsizetype consumed = 4 + name.size() + 4 + reply.algorithm.size();
    reply.hash = packet.body.mid(consumed);
    const int size = sftpHashSize(reply.algorithm);
    if (size == 0)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp", "%1: the server used an unknown hash, %2")
                         .arg(what, QString::fromLatin1(reply.algorithm)));
    if (reply.hash.size() != size)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::sftp", "%1: %2 bytes of %3 hash, %4 expected")
                         .arg(what)
                         .arg(reply.hash.size())
                         .arg(QString::fromLatin1(reply.algorithm))
                         .arg(size));
    return reply;
}

} // namespace ferry::sftp
