#include "FileZillaFormat.h"

#include <QStringList>

namespace ferry::sites {

using remote::Protocol;

namespace {
constexpr int kUnixServerType = 1;

// Reads a decimal number that ends at a space (or the end); false when there is none.
bool readNumber(const QString &text, qsizetype *pos, int *number)
{
    const qsizetype start = *pos;
    qsizetype end = start;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    if (end == start || end - start > 6 || (end < text.size() && text.at(end) != QLatin1Char(' ')))
        return false;
    *number = QStringView(text).mid(start, end - start).toInt();
    *pos = end < text.size() ? end + 1 : end;
    return true;
}
} // namespace

bool FileZillaFormat::protocolFromNumber(int number, Site *site)
{
    switch (number) {
    case 0:
        site->protocol = Protocol::Ftp;
        site->tlsIfAvailable = true;
        return true;
    case 1:
        site->protocol = Protocol::Sftp;
        return true;
    case 3:
        site->protocol = Protocol::Ftps;
        return true;
    case 4:
        site->protocol = Protocol::Ftpes;
        return true;
    case 6:
        site->protocol = Protocol::Ftp;
        site->tlsIfAvailable = false;
        return true;
    default:
        return false;
    }
}

int FileZillaFormat::numberForProtocol(const Site &site)
{
    switch (site.protocol) {
    case Protocol::Ftp:
        return site.tlsIfAvailable ? 0 : 6;
    case Protocol::Sftp:
        return 1;
    case Protocol::Ftps:
        return 3;
    case Protocol::Ftpes:
        return 4;
    }
    return 0;
}

bool FileZillaFormat::logonFromNumber(int number, LogonType *logon)
{
    switch (number) {
    case 0:
        *logon = LogonType::Anonymous;
        return true;
    case 1:
    case 4:
        *logon = LogonType::Normal;
        return true;
    case 2:
        *logon = LogonType::Ask;
        return true;
    case 3:
        *logon = LogonType::Interactive;
        return true;
    case 5:
        *logon = LogonType::KeyFile;
        return true;
    default:
        return false;
    }
}

int FileZillaFormat::numberForLogon(LogonType logon)
{
    switch (logon) {
    case LogonType::Anonymous:
        return 0;
    case LogonType::Normal:
    case LogonType::Agent:
        return 1;
    case LogonType::Ask:
        return 2;
    case LogonType::Interactive:
        return 3;
    case LogonType::KeyFile:
        return 5;
    }
    return 1;
}

TransferMode FileZillaFormat::transferModeFromName(const QString &name)
{
    if (name == QLatin1String("MODE_ACTIVE"))
        return TransferMode::Active;
    if (name == QLatin1String("MODE_PASSIVE"))
        return TransferMode::Passive;
    return TransferMode::Default;
}

QString FileZillaFormat::nameForTransferMode(TransferMode mode)
{
    switch (mode) {
    case TransferMode::Default:
        return QStringLiteral("MODE_DEFAULT");
    case TransferMode::Passive:
        return QStringLiteral("MODE_PASSIVE");
    case TransferMode::Active:
        return QStringLiteral("MODE_ACTIVE");
    }
    return QStringLiteral("MODE_DEFAULT");
}

QString FileZillaFormat::fromSafePath(const QString &safePath)
{
    qsizetype pos = 0;
    int type = 0;
    int prefixLength = 0;
    if (!readNumber(safePath, &pos, &type) || !readNumber(safePath, &pos, &prefixLength))
        return {};
    QString prefix;
    if (prefixLength > 0) {
        if (pos + prefixLength > safePath.size())
            return {};
        prefix = safePath.mid(pos, prefixLength);
        pos += prefixLength + 1;
    }
    QStringList segments;
    while (pos < safePath.size()) {
        int length = 0;
        if (!readNumber(safePath, &pos, &length) || length == 0 || pos + length > safePath.size())
            return {};
        segments.append(safePath.mid(pos, length));
        pos += length + 1; // the separating space
    }
    return prefix + QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

QString FileZillaFormat::toSafePath(const QString &path)
{
    if (path.isEmpty())
        return {};
    QString out = QString::number(kUnixServerType) + QStringLiteral(" 0");
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out += QLatin1Char(' ') + QString::number(segment.size()) + QLatin1Char(' ') + segment;
    return out;
}

} // namespace ferry::sites
