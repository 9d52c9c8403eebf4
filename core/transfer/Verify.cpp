#include "Verify.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <memory>
#include <optional>

namespace ferry::transfer {

using namespace ferry::remote;

namespace {

constexpr qint64 kHashChunk = 1024 * 1024;

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        table[i] = c;
    }
    return table;
}

std::optional<QCryptographicHash::Algorithm> qtAlgorithm(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA-256"))
        return QCryptographicHash::Sha256;
    if (algorithm == QLatin1String("SHA-1"))
        return QCryptographicHash::Sha1;
    if (algorithm == QLatin1String("MD5"))
        return QCryptographicHash::Md5;
    return std::nullopt;
}

// Errors that say the connection or the user ended things, not that the server cannot
// hash: these are returned as they are instead of falling back to the size.
bool endsTheJob(const Error &e)
{
    return e.kind() == ErrorKind::Cancelled || e.kind() == ErrorKind::Network ||
           e.kind() == ErrorKind::Timeout;
}

} // namespace

quint32 crc32Update(quint32 crc, const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xff] ^ (c >> 8);
    return ~c;
}

QStringList localChecksumAlgorithms()
{
    return {QStringLiteral("SHA-256"), QStringLiteral("SHA-1"), QStringLiteral("MD5"),
            QStringLiteral("CRC32")};
}

Result<QString> localChecksum(const QString &path, const QString &algorithm, const CancelToken *cancel)
{
    const auto qt = qtAlgorithm(algorithm);
    const bool crc = algorithm == QLatin1String("CRC32");
    if (!qt && !crc)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "Ferry cannot compute %1 checksums")
                         .arg(algorithm));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::transfer", "cannot read %1: %2")
                                           .arg(path, file.errorString()));
    std::optional<QCryptographicHash> hash;
    if (qt)
        hash.emplace(*qt);
    quint32 crcValue = 0;
    std::unique_ptr<char[]> buffer(new char[kHashChunk]);
    while (true) {
        if (cancel && cancel->isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::transfer", "cancelled"));
        const qint64 n = file.read(buffer.get(), kHashChunk);
        if (n < 0)
            return Error(ErrorKind::Local,
                         QCoreApplication::translate("ferry::transfer", "cannot read %1: %2")
                             .arg(path, file.errorString()));
        if (n == 0)
            break;
        if (hash)
            hash->addData(QByteArrayView(buffer.get(), n));
        else
            crcValue = crc32Update(crcValue, buffer.get(), n);
    }
    if (hash)
        return QString::fromLatin1(hash->result().toHex());
    return QStringLiteral("%1").arg(crcValue, 8, 16, QLatin1Char('0'));
}

Result<QString> verifyFile(RemoteFileSystem &fs, const RemotePath &remote, const QString &localPath,
                           qint64 expectedSize)
{
    const QFileInfo local(localPath);
    if (!local.exists() || !local.isFile())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "verification failed: %1 does not exist")
                         .arg(localPath));
    const qint64 localSize = local.size();
    if (expectedSize >= 0 && localSize != expectedSize)
        return Error(ErrorKind::Protocol,
                     QCoreApplication::translate("ferry::transfer",
                                                 "verification failed: %1 has %2 bytes, %3 expected")
                         .arg(localPath)
                         .arg(localSize)
                         .arg(expectedSize));

    auto entry = fs.stat(remote);
    if (!entry)
        return entry.error();
    bool sizeChecked = false;
    if (entry->size) {
        if (*entry->size != localSize)
            return Error(
                ErrorKind::Protocol,
                QCoreApplication::translate("ferry::transfer",
                                            "verification failed: %1 has %2 bytes on the server, %3 has %4")
                    .arg(remote.toString())
                    .arg(*entry->size)
                    .arg(localPath)
                    .arg(localSize));
        sizeChecked = true;
    }
    const QString sizeOnly = sizeChecked ? QStringLiteral("size") : QStringLiteral("none");

    // The best algorithm both sides compute. The server's list is its order; ours decides.
    const QStringList offered = fs.checksumAlgorithms();
    QString algorithm;
    for (const QString &candidate : localChecksumAlgorithms()) {
        if (offered.contains(candidate)) {
            algorithm = candidate;
            break;
        }
    }
    if (algorithm.isEmpty())
        return sizeOnly;

    // The server's hash first: when it refuses, the local file need not be read.
    auto theirs = fs.checksum(remote, algorithm);
    if (!theirs) {
        if (endsTheJob(theirs.error()))
            return theirs.error();
        return sizeOnly; // offered but refused (500/502/550) or unreadable: sizes stand
    }
    auto ours = localChecksum(localPath, algorithm, &fs.cancelToken());
    if (!ours)
        return ours.error();
    if (theirs->compare(*ours, Qt::CaseInsensitive) != 0)
        return Error(
            ErrorKind::Protocol,
            QCoreApplication::translate("ferry::transfer",
                                        "verification failed: %1 of %2 is %3 on the server, %4 of %5 is %6")
                .arg(algorithm, remote.toString(), *theirs, algorithm, localPath, *ours));
    return QString(algorithm + QLatin1Char(':') + ours->toLower());
}

} // namespace ferry::transfer
