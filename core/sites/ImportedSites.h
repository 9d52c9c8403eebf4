#pragma once
// What an importer found: sites (with their passwords when the source had them) and
// warnings about what could not be carried over. Plain values, any thread.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "Site.h"

namespace ferry::sites {

struct ImportedSite
{
    Site site;                       // no id yet
    std::optional<QString> password; // for the credential store; never written to sites.json
};

struct ImportedSites
{
    QList<ImportedSite> sites;
    QStringList warnings;
};

} // namespace ferry::sites
