#pragma once
// The site bookmarks in sites.json (config folder): a schema-versioned JSON file, written
// atomically (QSaveFile, 0600), that never holds a secret.
//
// The GUI and any number of ferry-cli processes may edit it at the same time without
// losing each other's edits: every change takes a lock file (sites.json.lock), reloads
// the file, applies itself to what is there now, writes, and unlocks. A file written by
// a newer schema, or one that does not parse, is read-only to us: changes are refused
// rather than overwriting what we cannot understand.
//
// One instance belongs to one thread; instances on other threads or in other processes
// coordinate through the file lock.

#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

#include "Site.h"
#include "base/Result.h"

namespace ferry::sites {

// Schema 1: {"version", "sites"}. Schema 2 adds each site's "bookmarks" and "folders",
// the folders kept even while empty (a folder that holds sites needs no entry). A
// schema-1 file reads as it is and is written as schema 2 on the next change.
class SiteStore
{
public:
    static constexpr int kSchemaVersion = 2;

    // sites.json in util::Paths::configDir() unless a path is given.
    explicit SiteStore(QString path = {});

    const QString &path() const { return m_path; }

    // Reads the file again; a missing file is an empty store.
    remote::Status reload();
    const QList<Site> &sites() const { return m_sites; }
    // Every folder: the kept ones and those holding sites, with their parents; sorted.
    QList<QStringList> folders() const;

    // A folder kept even while empty. Exists when there is one already.
    remote::Status addFolder(const QStringList &folder);
    // Renames or moves a folder with its sites and subfolders to "to" (its new full path).
    // Exists when "to" is taken; Local when "to" is inside "from".
    remote::Status moveFolder(const QStringList &from, const QStringList &to);
    // Removes a folder, its subfolders and every site in them; returns the removed sites.
    remote::Result<QList<Site>> removeFolder(const QStringList &folder);

    std::optional<Site> byId(const QUuid &id) const;
    // A site by "name" (when only one site has that name) or by its full path
    // "Folder/Sub/name". NotFound, or a Local error listing the candidates when ambiguous.
    remote::Result<Site> find(const QString &nameOrPath) const;

    // A new site (an id is made when it has none). Exists when its folder already holds
    // a site of that name.
    remote::Result<Site> add(Site site);
    // Replaces the site with the same id. NotFound when it is gone.
    remote::Status update(const Site &site);
    remote::Status remove(const QUuid &id);
    // Imports: a site whose folder and name match an existing one replaces it and keeps
    // the existing id; the others are added. Returns the sites as stored (with ids).
    remote::Result<QList<Site>> merge(QList<Site> incoming);

    // The general form: under the lock, on freshly loaded sites, then written.
    remote::Status edit(const std::function<remote::Status(QList<Site> &)> &change);
    // The same with the kept folders.
    remote::Status editTree(const std::function<remote::Status(QList<Site> &, QList<QStringList> &)> &change);

private:
    remote::Status load();
    remote::Status save();

    QString m_path;
    QList<Site> m_sites;
    QList<QStringList> m_folders; // kept folders (schema 2)
    int m_fileVersion = kSchemaVersion;
    QString m_unwritable; // why we refuse to write (newer schema, unreadable file)
};

} // namespace ferry::sites
