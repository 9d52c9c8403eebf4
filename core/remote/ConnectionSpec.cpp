#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QUrl>

namespace ferry::remote {

quint16 ConnectionSpec::defaultPort(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Ftp:
    case Protocol::Ftpes:
        return 21;
    case Protocol::Ftps:
        return 990;
    case Protocol::Sftp:
        return 22;
    }
    return 21;
}

QString ConnectionSpec::scheme(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Ftp:
        return QStringLiteral("ftp");
    case Protocol::Ftpes:
        return QStringLiteral("ftpes");
    case Protocol::Ftps:
        return QStringLiteral("ftps");
    case Protocol::Sftp:
        return QStringLiteral("sftp");
    }
    return QStringLiteral("ftp");
}

bool ConnectionSpec::protocolFromScheme(const QString &scheme, Protocol *protocol)
{
    const QString s = scheme.toLower();
    if (s == QLatin1String("ftp"))
        *protocol = Protocol::Ftp;
    else if (s == QLatin1String("ftpes"))
        *protocol = Protocol::Ftpes;
    else if (s == QLatin1String("ftps"))
        *protocol = Protocol::Ftps;
    else if (s == QLatin1String("sftp"))
        *protocol = Protocol::Sftp;
    else
        return false;
    return true;
}

RemotePath ConnectionSpec::resolvedPath(const RemotePath &home) const
{
    if (path.startsWith(QLatin1Char('/')))
        return RemotePath(path);
    return home.resolved(path);
}

Result<ConnectionSpec> ConnectionSpec::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype sep = trimmed.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate(
                         "ferry::remote", "'%1' is not a URL: expected ftp://, ftpes://, ftps:// or sftp://")
                         .arg(trimmed));
    ConnectionSpec spec;
    if (!protocolFromScheme(trimmed.left(sep), &spec.protocol))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote",
                                                 "unsupported protocol '%1': use ftp, ftpes, ftps or sftp")
                         .arg(trimmed.left(sep)));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote", "invalid URL: %1").arg(url.errorString()));
    spec.host = url.host(QUrl::FullyDecoded);
    if (spec.host.isEmpty())
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::remote", "the URL names no host"));
    const int port = url.port(0);
    if (port < 0 || port > 65535)
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::remote", "invalid port"));
    spec.port = static_cast<quint16>(port);
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.password = url.password(QUrl::FullyDecoded);
    spec.hasPassword = !spec.password.isEmpty();

    // The first '/' after the authority only separates; what follows is decoded as a
    // whole, so "%2F" (or a second '/') makes the FTP path absolute.
    QString encodedPath = url.path(QUrl::FullyEncoded);
    if (encodedPath.startsWith(QLatin1Char('/')))
        encodedPath.remove(0, 1);
    spec.trailingSlash = encodedPath.endsWith(QLatin1Char('/'));
    const QString decoded = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    if (decoded.contains(QChar(0)))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::remote", "the path contains a NUL character"));
    if (spec.protocol == Protocol::Sftp) {
        // No path ("sftp://host", "sftp://host/") is the home folder, as in FileZilla and
        // every SSH tool; the root is "sftp://host//".
        if (decoded.isEmpty() || decoded == QLatin1String("~"))
            spec.path = QString();
        else if (decoded.startsWith(QLatin1String("~/")))
            spec.path = decoded.mid(2);
        else
            spec.path = decoded.startsWith(QLatin1Char('/')) ? decoded : QLatin1Char('/') + decoded;
    } else {
        spec.path = decoded;
    }
    return spec;
}

QString ConnectionSpec::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(scheme(protocol));
    url.setHost(host);
    if (port && port != defaultPort(protocol))
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && hasPassword)
        url.setPassword(password);
    const auto encode = [](const QString &relative) {
        QStringList parts = relative.split(QLatin1Char('/'));
        for (QString &part : parts)
            part = QString::fromUtf8(QUrl::toPercentEncoding(part));
        return parts.join(QLatin1Char('/'));
    };
    const bool absolute = path.startsWith(QLatin1Char('/'));
    QString encodedPath;
    if (protocol == Protocol::Sftp)
        encodedPath = absolute ? encode(path) : QString(QStringLiteral("/~/") + encode(path));
    else
        encodedPath = absolute ? QString(QStringLiteral("/%2F") + encode(path.mid(1)))
                               : QString(QLatin1Char('/') + encode(path));
    if (trailingSlash && !encodedPath.endsWith(QLatin1Char('/')))
        encodedPath += QLatin1Char('/');
    // QUrl would re-encode "%2F", so the path is appended already encoded.
    return url.toString(QUrl::FullyEncoded) + encodedPath;
}

} // namespace ferry::remote
