#include "CertificateStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>

#include "util/AtomicFile.h"
#include "util/Paths.h"

namespace ferry::trust {

using namespace ferry::remote;

namespace {
QMutex g_writeMutex;

QString entryKey(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}
} // namespace

CertificateStore::CertificateStore(QString filePath)
    : m_path(filePath.isEmpty() ? util::Paths::configFile(QStringLiteral("trusted_certificates"))
                                : std::move(filePath))
{}

bool CertificateStore::isTrusted(const QString &host, quint16 port, const QString &sha256Fingerprint) const
{
    return knownFingerprints(host, port).contains(sha256Fingerprint);
}

QStringList CertificateStore::knownFingerprints(const QString &host, quint16 port) const
{
    QStringList out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QString key = entryKey(host, port);
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 2 && parts.at(0) == key && !out.contains(parts.at(1)))
            out.append(parts.at(1));
    }
    return out;
}

Status CertificateStore::trust(const QString &host, quint16 port, const QString &sha256Fingerprint,
                               const QString &subject)
{
    QMutexLocker lock(&g_writeMutex);
    QByteArray existing;
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            existing = f.readAll();
    }
    if (existing.isEmpty())
        existing = "# TLS certificates trusted by the user: host:port SHA256-fingerprint subject\n";
    if (!existing.endsWith('\n'))
        existing += '\n';
    // One certificate per host:port: the lines of the one it replaces go.
    const QByteArray keyPrefix = (entryKey(host, port) + QLatin1Char(' ')).toUtf8();
    QByteArray kept;
    for (const QByteArray &line : existing.split('\n')) {
        if (line.isEmpty() || line.trimmed().startsWith(keyPrefix))
            continue;
        kept += line + '\n';
    }
    existing = kept;
    QString cleanSubject = subject;
    cleanSubject.replace(QLatin1Char('\n'), QLatin1Char(' '));
    existing +=
        (entryKey(host, port) + QLatin1Char(' ') + sha256Fingerprint + QLatin1Char(' ') + cleanSubject)
            .toUtf8() +
        '\n';
    return util::AtomicFile::write(m_path, existing, false);
}

QString CertificateStore::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString CertificateStore::hexFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool CertificateStore::fingerprintMatches(const QString &given, const QSslCertificate &certificate)
{
    QString g = given.trimmed();
    if (g.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        g = g.mid(7);
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    if (g == QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals)) ||
        g == QString::fromLatin1(digest.toBase64()))
        return true;
    QString hex = g;
    hex.remove(QLatin1Char(':'));
    return hex.compare(QString::fromLatin1(digest.toHex()), Qt::CaseInsensitive) == 0;
}

CertificateInfo CertificateStore::describe(const QSslCertificate &certificate, const QString &host,
                                           quint16 port, const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256Fingerprint = fingerprint(certificate);
    info.sha256Hex = hexFingerprint(certificate);
    info.pem = certificate.toPem();
    for (const QSslError &e : errors)
        info.problems.append(e.errorString());
    info.problems.removeDuplicates();
    return info;
}

} // namespace ferry::trust
