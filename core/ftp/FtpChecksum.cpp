#include "FtpChecksum.h"

#include <QStringList>

namespace ferry::ftp {

namespace {

const QStringList &preference()
{
    static const QStringList order = {QStringLiteral("SHA-256"), QStringLiteral("SHA-1"),
                                      QStringLiteral("MD5"), QStringLiteral("CRC32")};
    return order;
}

QString legacyVerbFor(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA-256"))
        return QStringLiteral("XSHA256");
    if (algorithm == QLatin1String("SHA-1"))
        return QStringLiteral("XSHA1");
    if (algorithm == QLatin1String("MD5"))
        return QStringLiteral("XMD5");
    if (algorithm == QLatin1String("CRC32"))
        return QStringLiteral("XCRC");
    return {};
}

bool isHex(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

// A token as a server may decorate it: quotes or brackets around, punctuation after.
QString cleanToken(QString token)
{
    static const QString edges = QStringLiteral("\"'<>()[]");
    while (!token.isEmpty() && edges.contains(token.front()))
        token.remove(0, 1);
    static const QString trailing = QStringLiteral("\"'<>()[].,;:");
    while (!token.isEmpty() && trailing.contains(token.back()))
        token.chop(1);
    if (token.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        token.remove(0, 2);
    return token;
}

} // namespace

QString FtpChecksum::canonicalAlgorithm(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("SHA256"))
        return QStringLiteral("SHA-256");
    if (n == QLatin1String("SHA1"))
        return QStringLiteral("SHA-1");
    if (n == QLatin1String("MD5"))
        return QStringLiteral("MD5");
    if (n == QLatin1String("CRC32") || n == QLatin1String("CRC"))
        return QStringLiteral("CRC32");
    return {};
}

int FtpChecksum::hexLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA-256"))
        return 64;
    if (algorithm == QLatin1String("SHA-1"))
        return 40;
    if (algorithm == QLatin1String("MD5"))
        return 32;
    if (algorithm == QLatin1String("CRC32"))
        return 8;
    return 0;
}

QList<FtpChecksumCommand> FtpChecksum::offered(const FtpFeatures &features)
{
    // The server's own spellings from "HASH SHA-256;SHA-1*;MD5".
    QHash<QString, QString> hashNames;
    if (features.has(QStringLiteral("HASH"))) {
        const QStringList parts =
            features.parameters(QStringLiteral("HASH")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString p : parts) {
            p = p.trimmed();
            if (p.endsWith(QLatin1Char('*')))
                p.chop(1);
            const QString canonical = canonicalAlgorithm(p);
            if (!canonical.isEmpty() && !hashNames.contains(canonical))
                hashNames.insert(canonical, p);
        }
    }
    QList<FtpChecksumCommand> result;
    for (const QString &algorithm : preference()) {
        FtpChecksumCommand c;
        c.algorithm = algorithm;
        c.hashName = hashNames.value(algorithm);
        const QString verb = legacyVerbFor(algorithm);
        if (features.has(verb))
            c.legacyVerb = verb;
        if (!c.hashName.isEmpty() || !c.legacyVerb.isEmpty())
            result.append(c);
    }
    return result;
}

QString FtpChecksum::selectedHash(const FtpFeatures &features)
{
    const QStringList parts =
        features.parameters(QStringLiteral("HASH")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString p : parts) {
        p = p.trimmed();
        if (p.endsWith(QLatin1Char('*'))) {
            p.chop(1);
            return canonicalAlgorithm(p);
        }
    }
    return {};
}

std::optional<FtpChecksum::Parsed> FtpChecksum::parseReply(const QString &text, const QString &algorithm,
                                                           const QString &path)
{
    QString rest = text;
    // The path as the server may echo it. Paths start with '/', which hex never contains,
    // so taking them out cannot cut into the hash.
    if (path.startsWith(QLatin1Char('/'))) {
        rest.replace(QLatin1Char('"') + path + QLatin1Char('"'), QStringLiteral(" "));
        rest.replace(QLatin1Char('\'') + path + QLatin1Char('\''), QStringLiteral(" "));
        rest.replace(path, QStringLiteral(" "));
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString name = slash >= 0 ? path.mid(slash + 1) : path;

    Parsed parsed;
    QStringList hexTokens;
    const QStringList tokens = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        // A file name echoed alone (relative to the folder) is never the hash.
        if (!name.isEmpty() && (raw == name || cleanToken(raw) == name))
            continue;
        const QString token = cleanToken(raw);
        if (token.isEmpty())
            continue;
        if (parsed.algorithm.isEmpty() && !isHex(token)) {
            const QString named = canonicalAlgorithm(token);
            if (!named.isEmpty()) {
                parsed.algorithm = named;
                continue;
            }
        }
        if (isHex(token))
            hexTokens.append(token);
    }
    // The reply's own algorithm decides the length when it names one (a server that
    // ignored OPTS HASH answers with its current one; the caller sees the difference).
    const QString lengthOf = parsed.algorithm.isEmpty() ? algorithm : parsed.algorithm;
    const int length = hexLength(lengthOf);
    if (length == 0)
        return std::nullopt;
    for (const QString &token : std::as_const(hexTokens)) {
        if (token.size() == length) {
            parsed.hex = token.toLower();
            return parsed;
        }
    }
    // Some servers drop a CRC's leading zeros ("250 4D5A9A0").
    if (lengthOf == QLatin1String("CRC32") && hexTokens.size() == 1 && hexTokens.front().size() < 8) {
        parsed.hex = hexTokens.front().toLower().rightJustified(8, QLatin1Char('0'));
        return parsed;
    }
    return std::nullopt;
}

} // namespace ferry::ftp
