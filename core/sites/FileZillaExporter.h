#pragma once
// Writes sites in FileZilla's site manager format (sitemanager.xml), folders nested as
// FileZilla nests them, so that FileZilla (or Ferry's importer) reads them back.
// Passwords are written (base64, as FileZilla does without a master password) only for
// the sites the caller passes them for. Pure functions; any thread.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUuid>

#include "Site.h"
#include "base/Result.h"

namespace ferry::sites {

class FileZillaExporter
{
public:
    static QByteArray toXml(const QList<Site> &sites, const QHash<QUuid, QString> &passwords = {});
    // Written atomically; 0600 when it holds passwords.
    static remote::Status exportFile(const QString &path, const QList<Site> &sites,
                                     const QHash<QUuid, QString> &passwords = {});
};

} // namespace ferry::sites
