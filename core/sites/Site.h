#pragma once
// A site bookmark: where a server is, how to log in and the per-site settings, placed in
// a tree of folders (as in FileZilla's site manager). It never holds a password: secrets
// live in a CredentialStore under the site's stable id. A plain value type, usable on any
// thread.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "base/Result.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"

namespace ferry::sites {

enum class LogonType
{
    Anonymous,   // FTP "anonymous"; no password stored
    Normal,      // user and a stored password
    Ask,         // user; the password is asked every time, never stored
    Interactive, // the server's prompts (keyboard-interactive, one-time codes) are answered live
    KeyFile,     // SFTP public key from keyFile (its passphrase asked when needed)
    Agent,       // SFTP keys from the running ssh-agent
};

enum class TransferMode
{
    Default,
    Passive,
    Active
}; // FTP data connections

enum class Charset
{
    Auto,
    Utf8,
    Named
};

// A remote folder to open with one click, and the local folder to show beside it.
struct Bookmark
{
    QString name;      // shown in the Bookmarks menu; the remote folder when empty
    QString remoteDir; // absolute
    QString localDir;  // optional
    QString displayName() const { return name.isEmpty() ? remoteDir : name; }
    bool operator==(const Bookmark &other) const = default;
};

struct Site
{
    QUuid id; // stable; the key of the site's secrets
    QString name;
    QStringList folder; // folder path from the top, e.g. {"Clients", "Acme"}
    remote::Protocol protocol = remote::Protocol::Ftp;
    // Plain FTP only: upgrade with AUTH TLS when the server offers it (FileZilla's
    // protocol 0) rather than never (its protocol 6, "insecure FTP").
    bool tlsIfAvailable = false;
    QString host;
    quint16 port = 0; // 0: the protocol's default
    QString user;
    LogonType logon = LogonType::Normal;
    QString keyFile; // LogonType::KeyFile
    TransferMode transferMode = TransferMode::Default;
    Charset charset = Charset::Auto;
    QString charsetName;           // Charset::Named
    int timeZoneOffsetMinutes = 0; // server-local listing times minus UTC
    int maxConnections = 0;        // 0: the global default
    QString localDir;              // default local folder
    QString remoteDir;             // default remote folder (absolute), empty: the login folder
    QString comments;
    QList<Bookmark> bookmarks; // schema 2

    // "Clients/Acme" for the folder above, "" at the top.
    QString folderPath() const { return folder.join(QLatin1Char('/')); }
    // "Clients/Acme/name".
    QString fullPath() const;
    // Whether a password belongs in the credential store for this logon type.
    bool storesPassword() const { return logon == LogonType::Normal; }

    // Where to connect: protocol, host, port, user (anonymous: empty), no password.
    remote::ConnectionSpec connectionSpec() const;
    // The site's settings laid over options the caller already has.
    void applyTo(remote::ConnectOptions &options) const;

    QJsonObject toJson() const;
    // A Local error names the broken field; the id is required.
    static remote::Result<Site> fromJson(const QJsonObject &object);

    static QString logonName(LogonType logon);
    static bool logonFromName(const QString &name, LogonType *logon);
    static QString transferModeName(TransferMode mode);
    static bool transferModeFromName(const QString &name, TransferMode *mode);

    bool operator==(const Site &other) const = default;
};

} // namespace ferry::sites
