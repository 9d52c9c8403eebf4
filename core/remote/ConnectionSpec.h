#pragma once
// Where to connect and as whom: protocol, host, port, user, password, and a path, parsed
// from the URLs users type (quick-connect bar, ferry-cli, "ferry URL"). Shared by the CLI,
// the GUI and the site store. A plain value type.
//
// URL forms:
//   ftp://[user[:password]@]host[:port]/path     plain FTP (port 21)
//   ftpes://...                                   explicit TLS, AUTH TLS (port 21)
//   ftps://...                                    implicit TLS (port 990)
//   sftp://...                                    SFTP (port 22)
// User, password and path are percent-decoded. For FTP the path is relative to the login
// folder, as RFC 1738, curl and lftp have it: ftp://host/a/b is "a/b" below the login
// folder, ftp://host//etc and ftp://host/%2Fetc are "/etc". For SFTP the path is absolute
// and "/~/" starts at the home folder (as curl has it): sftp://host/~/x is "x" below home;
// without a path (sftp://host/) it is the home folder, sftp://host// is "/".
// Without a user, FTP logs in as anonymous.

#include <QMetaType>
#include <QString>

#include "RemotePath.h"
#include "base/Result.h"

namespace ferry::remote {

enum class Protocol
{
    Ftp,
    Ftpes,
    Ftps,
    Sftp
};

struct ConnectionSpec
{
    Protocol protocol = Protocol::Ftp;
    QString host;     // without brackets, also for IPv6
    quint16 port = 0; // 0: the protocol's default
    QString user;     // empty: anonymous (FTP) or the local user name (SFTP)
    QString password;
    bool hasPassword = false; // the URL carried a password (possibly empty)
    // The path as the user gave it: starting with '/' it is absolute, otherwise it is
    // relative to the login (home) folder. Empty means the login folder.
    QString path;
    bool trailingSlash = false; // "…/dir/": the user named a folder

    quint16 effectivePort() const { return port ? port : defaultPort(protocol); }
    bool isFtp() const { return protocol != Protocol::Sftp; }
    // The path resolved against the folder the server put us in after login.
    RemotePath resolvedPath(const RemotePath &home) const;

    static quint16 defaultPort(Protocol protocol);
    static QString scheme(Protocol protocol);
    static bool protocolFromScheme(const QString &scheme, Protocol *protocol);

    // Parses a URL; a Local error with a clear message when it is not one we can use.
    static Result<ConnectionSpec> fromUrl(const QString &url);
    // The URL back, with the password left out (never shown, never logged) unless asked.
    QString toUrl(bool withPassword = false) const;
};

} // namespace ferry::remote

Q_DECLARE_METATYPE(ferry::remote::ConnectionSpec)
