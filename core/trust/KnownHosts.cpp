#include "KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include "util/AtomicFile.h"
#include "util/Paths.h"

namespace ferry::trust {

using namespace ferry::remote;

namespace {

struct Entry
{
    QString keyType;
    QByteArray blob;
    bool revoked = false;
    QString where;
};

// The name known_hosts files use for host:port.
QString lookupName(const QString &host, quint16 port)
{
    const QString h = host.toLower();
    return port == 22 ? h : QStringLiteral("[%1]:%2").arg(h).arg(port);
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern.compare(text, Qt::CaseInsensitive) == 0;
    const QString rx = QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QStringLiteral("\\A(?:") + rx + QStringLiteral(")\\z"),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

bool hashedMatches(const QString &field, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

// Every entry of the files that names host:port.
QList<Entry> entriesFor(const QStringList &files, const QString &host, quint16 port)
{
    QList<Entry> out;
    for (const QString &file : files) {
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
            continue;
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            bool revoked = false;
            if (fields.first().startsWith(QLatin1Char('@'))) {
                if (fields.first() == QLatin1String("@revoked"))
                    revoked = true;
                else
                    continue; // @cert-authority: host certificates are not used
                fields.removeFirst();
            }
            if (fields.size() < 3 || !KnownHosts::hostFieldMatches(fields.at(0), host, port))
                continue;
            Entry e;
            e.keyType = fields.at(1);
            e.blob = QByteArray::fromBase64(fields.at(2).toLatin1());
            e.revoked = revoked;
            e.where = QStringLiteral("%1:%2").arg(file).arg(lineNo);
            out.append(e);
        }
    }
    return out;
}

} // namespace

bool KnownHosts::hostFieldMatches(const QString &field, const QString &host, quint16 port)
{
    const QString name = lookupName(host, port);
    if (field.startsWith(QLatin1Char('|')))
        return hashedMatches(field, name);
    bool matched = false;
    for (const QString &pattern : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        const QString p = negated ? pattern.mid(1) : pattern;
        if (wildcardMatch(p, name)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

KnownHosts::Verdict KnownHosts::check(const QString &host, quint16 port, const QByteArray &keyBlob) const
{
    const QList<Entry> entries = entriesFor(m_files, host, port);
    const QString type = keyType(keyBlob);
    Verdict v;
    for (const Entry &e : entries) {
        if (e.revoked && e.blob == keyBlob) {
            v.match = Match::Revoked;
            v.where = e.where;
            return v;
        }
    }
    for (const Entry &e : entries) {
        if (!e.revoked && e.blob == keyBlob) {
            v.match = Match::Known;
            v.where = e.where;
            return v;
        }
    }
    // A different key of the same type for this host: the key changed. Keys of other
    // types only mean the server now offers a type we have not seen (as in OpenSSH, a
    // question, not a refusal); the engine asks for known types first to avoid that.
    for (const Entry &e : entries) {
        if (!e.revoked && e.keyType == type) {
            v.match = Match::Changed;
            v.knownFingerprint = fingerprint(e.blob);
            v.knownKeyType = e.keyType;
            v.where = e.where;
            return v;
        }
    }
    for (const Entry &e : entries) {
        if (e.revoked || v.otherKeyTypes.contains(e.keyType))
            continue;
        if (v.otherKeyTypes.isEmpty()) {
            v.otherFingerprint = fingerprint(e.blob);
            v.otherWhere = e.where;
        }
        v.otherKeyTypes.append(e.keyType);
    }
    return v;
}

QStringList KnownHosts::knownKeyTypes(const QString &host, quint16 port) const
{
    QStringList types;
    for (const Entry &e : entriesFor(m_files, host, port)) {
        if (!e.revoked && !types.contains(e.keyType))
            types.append(e.keyType);
    }
    return types;
}

Status KnownHosts::add(const QString &file, const QString &host, quint16 port, const QByteArray &keyBlob)
{
    QByteArray content;
    {
        QFile existing(file);
        if (existing.exists() && existing.open(QIODevice::ReadOnly))
            content = existing.readAll();
    }
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content +=
        lookupName(host, port).toUtf8() + ' ' + keyType(keyBlob).toUtf8() + ' ' + keyBlob.toBase64() + '\n';
    QDir().mkpath(QFileInfo(file).absolutePath());
    return util::AtomicFile::write(file, content, false);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHosts::keyType(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4)
        return {};
    const quint32 n = (quint32(quint8(keyBlob[0])) << 24) | (quint32(quint8(keyBlob[1])) << 16) |
                      (quint32(quint8(keyBlob[2])) << 8) | quint32(quint8(keyBlob[3]));
    if (n == 0 || n > 64 || qsizetype(n) + 4 > keyBlob.size())
        return {};
    return QString::fromLatin1(keyBlob.mid(4, n));
}

QString KnownHosts::userFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::ferryFile()
{
    return util::Paths::configFile(QStringLiteral("known_hosts"));
}

} // namespace ferry::trust
