#pragma once
// How to connect, beyond where (ConnectionSpec): per-protocol settings that a site, the
// CLI's options or the GUI's dialogs provide. A plain value type.

#include <QString>
#include <QStringList>

#include <memory>

namespace ferry::remote {

class ConnectionSlots;

struct ConnectOptions
{
    int timeoutSeconds = 20; // every wait for the server (connect, reply, data)
    // The site's limit on connections (0: none stated). FTP's segmented downloads open at
    // most this many for one file (see FtpSegments.cpp); 1 keeps every download to one.
    int maxConnections = 0;
    // The site's connections counted with the pool that opened this one (a Session's
    // transfer connections): an engine's extra connections for one file take their slots
    // here, never more than its limit. Unset (the CLI's single get/put, a window's
    // browsing connection): maxConnections and the engine's own count decide.
    std::shared_ptr<ConnectionSlots> slots;
    // The first transfer on this connection is likely a download of about this many bytes
    // (-1: a single file of a size not known yet, ferry-cli's `get`; 0: nothing known).
    // FTP then starts a segmented download's extra logins together with its own on a long
    // link (without `slots` only), rather than once the size is known.
    qint64 likelyDownloadBytes = 0;

    // FTP
    bool activeMode = false;             // PORT/EPRT instead of PASV/EPSV
    bool tlsIfAvailable = false;         // ftp:// only: AUTH TLS first; plain text if the server refuses it
    QString charset;                     // empty or "auto": UTF-8 when offered; else a codec name
    QStringList caFiles;                 // extra CAs trusted for this connection (--ca-file)
    QStringList trustedCertFingerprints; // "SHA256:..." accepted for this run
    bool acceptNewCertificate = false;   // store an untrusted certificate without asking
    int serverTimeZoneOffsetMinutes = 0; // LIST times are server-local; shift by this

    // SFTP
    QStringList identityFiles;     // private keys to try (--identity), before ~/.ssh defaults
    QString knownHostsFile;        // extra OpenSSH known_hosts (--known-hosts)
    QStringList pinnedHostKeys;    // "SHA256:..." accepted for this run (--hostkey)
    bool acceptNewHostKey = false; // store an unknown host key without asking (never a changed one)
    bool useAgent = true;          // try SSH_AUTH_SOCK
};

} // namespace ferry::remote
