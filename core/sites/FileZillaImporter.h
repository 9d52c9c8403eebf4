#pragma once
// Reads FileZilla's site manager file (sitemanager.xml): nested folders, protocols 0
// (FTP, TLS if available), 1 (SFTP), 3 (implicit FTPS), 4 (explicit FTPS) and 6 (plain
// FTP only), logon types 0-5, passwords (base64 or plain; ones under FileZilla's own
// master password cannot be read and turn the site into "ask"), key files, comments,
// transfer mode, charset, time-zone offset, maximum connections and default folders
// (FileZilla's length-prefixed "safe path" form). Other protocols (S3, WebDAV, ...)
// are skipped with a warning. Pure functions; any thread.

#include <QByteArray>
#include <QString>

#include "ImportedSites.h"
#include "base/Result.h"

namespace ferry::sites {

class FileZillaImporter
{
public:
    static remote::Result<ImportedSites> importFile(const QString &path);
    static remote::Result<ImportedSites> importXml(const QByteArray &xml);
};

} // namespace ferry::sites
