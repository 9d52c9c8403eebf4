#pragma once
// The vocabulary of FileZilla's sitemanager.xml shared by its importer and exporter:
// protocol and logon-type numbers, transfer mode names and server "safe paths".
// Pure functions; any thread.

#include <QString>

#include "Site.h"

namespace ferry::sites {

class FileZillaFormat
{
public:
    // FileZilla protocol numbers: 0 FTP (TLS if available), 1 SFTP, 3 FTPS (implicit),
    // 4 FTPES (explicit), 6 insecure FTP. False for the ones Ferry does not speak.
    static bool protocolFromNumber(int number, Site *site);
    static int numberForProtocol(const Site &site);

    // Logon types: 0 anonymous, 1 normal, 2 ask, 3 interactive, 4 account, 5 key file.
    // Account becomes normal (Ferry sends no ACCT); unknown ones are false.
    static bool logonFromNumber(int number, LogonType *logon);
    // Agent has no FileZilla number: it is written as normal without a password, which
    // FileZilla answers from its agent (Pageant or SSH_AUTH_SOCK).
    static int numberForLogon(LogonType logon);

    static TransferMode transferModeFromName(const QString &name); // MODE_ACTIVE, ...
    static QString nameForTransferMode(TransferMode mode);

    // A server path "1 0 4 home 3 bob" (type, prefix length, prefix, then length-prefixed
    // segments) as "/home/bob"; empty when it is malformed.
    static QString fromSafePath(const QString &safePath);
    // "/home/bob" as a Unix safe path "1 0 4 home 3 bob"; empty for an empty path.
    static QString toSafePath(const QString &path);
};

} // namespace ferry::sites
