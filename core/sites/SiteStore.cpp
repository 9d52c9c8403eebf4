#include "SiteStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <algorithm>

#include "SitesLog.h"
#include "util/AtomicFile.h"
#include "util/Paths.h"

Q_LOGGING_CATEGORY(lcSites, "ferry.sites")

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {
constexpr int kLockTimeoutMs = 10000;

bool samePlace(const Site &a, const Site &b)
{
    return a.folder == b.folder && a.name == b.name;
}
} // namespace

SiteStore::SiteStore(QString path)
    : m_path(path.isEmpty() ? util::Paths::configFile(QStringLiteral("sites.json")) : std::move(path))
{}

Status SiteStore::reload()
{
    return load();
}

Status SiteStore::load()
{
    m_sites.clear();
    m_folders.clear();
    m_unwritable.clear();
    m_fileVersion = kSchemaVersion;
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_unwritable =
            QCoreApplication::translate("ferry::sites", "cannot read %1: %2").arg(m_path, file.errorString());
        return Error(ErrorKind::Local, m_unwritable);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_unwritable =
            QCoreApplication::translate("ferry::sites", "%1 is not valid JSON (%2); it is left as it is")
                .arg(m_path, parseError.errorString());
        return Error(ErrorKind::Local, m_unwritable);
    }
    const QJsonObject root = doc.object();
    m_fileVersion = root.value(QStringLiteral("version")).toInt(0);
    if (m_fileVersion < 1) {
        m_unwritable =
            QCoreApplication::translate("ferry::sites", "%1 has no schema version; it is left as it is")
                .arg(m_path);
        return Error(ErrorKind::Local, m_unwritable);
    }
    if (m_fileVersion > kSchemaVersion)
        m_unwritable = QStringLiteral("%1 was written by a newer Ferry (schema %2, this one knows %3); "
                                      "it is read-only here")
                           .arg(m_path)
                           .arg(m_fileVersion)
                           .arg(kSchemaVersion);
    for (const QJsonValue &value : root.value(QStringLiteral("sites")).toArray()) {
        Result<Site> site = Site::fromJson(value.toObject());
        if (!site) {
            // Keep going: one broken entry must not hide the others, and writes are
            // refused so that the entry is not lost.
            qCWarning(lcSites) << "skipping a site in" << m_path << ":" << site.error().message();
            m_unwritable = QCoreApplication::translate(
                               "ferry::sites", "%1 holds a site we cannot read (%2); it is left as it is")
                               .arg(m_path, site.error().message());
            continue;
        }
        m_sites.append(std::move(site).value());
    }
    for (const QJsonValue &value : root.value(QStringLiteral("folders")).toArray()) {
        QStringList folder;
        for (const QJsonValue &part : value.toArray())
            folder.append(part.toString());
        if (!folder.isEmpty() && !m_folders.contains(folder))
            m_folders.append(folder);
    }
    return {};
}

Status SiteStore::save()
{
    if (!m_unwritable.isEmpty())
        return Error(ErrorKind::Local, m_unwritable);
    QJsonArray array;
    for (const Site &site : std::as_const(m_sites))
        array.append(site.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), kSchemaVersion);
    root.insert(QStringLiteral("sites"), array);
    if (!m_folders.isEmpty()) {
        QJsonArray folders;
        for (const QStringList &folder : std::as_const(m_folders))
            folders.append(QJsonArray::fromStringList(folder));
        root.insert(QStringLiteral("folders"), folders);
    }

    return util::AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), true);
}

Status SiteStore::edit(const std::function<Status(QList<Site> &)> &change)
{
    return editTree([&change](QList<Site> &sites, QList<QStringList> &) { return change(sites); });
}

Status SiteStore::editTree(const std::function<Status(QList<Site> &, QList<QStringList> &)> &change)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "%1 is locked by another Ferry process").arg(m_path));
    if (Status loaded = load(); !loaded)
        return loaded;
    QList<Site> sites = m_sites;
    QList<QStringList> folders = m_folders;
    if (Status changed = change(sites, folders); !changed)
        return changed;
    const QList<Site> before = m_sites;
    const QList<QStringList> foldersBefore = m_folders;
    m_sites = sites;
    m_folders = folders;
    if (Status saved = save(); !saved) {
        m_sites = before;
        m_folders = foldersBefore;
        return saved;
    }
    return {};
}

namespace {
bool startsWith(const QStringList &path, const QStringList &prefix)
{
    return path.size() >= prefix.size() && path.mid(0, prefix.size()) == prefix;
}

QList<QStringList> allFolders(const QList<Site> &sites, const QList<QStringList> &kept)
{
    QList<QStringList> out;
    const auto addWithParents = [&out](const QStringList &folder) {
        for (qsizetype n = 1; n <= folder.size(); ++n) {
            const QStringList part = folder.mid(0, n);
            if (!out.contains(part))
                out.append(part);
        }
    };
    for (const QStringList &folder : kept)
        addWithParents(folder);
    for (const Site &site : sites)
        addWithParents(site.folder);
    std::sort(out.begin(), out.end(), [](const QStringList &a, const QStringList &b) {
        return a.join(QChar(0)).localeAwareCompare(b.join(QChar(0))) < 0;
    });
    return out;
}
} // namespace

QList<QStringList> SiteStore::folders() const
{
    return allFolders(m_sites, m_folders);
}

Status SiteStore::addFolder(const QStringList &folder)
{
    if (folder.isEmpty() || folder.contains(QString()))
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::sites", "a folder needs a name"));
    return editTree([&folder](QList<Site> &sites, QList<QStringList> &kept) -> Status {
        if (allFolders(sites, kept).contains(folder))
            return Error(ErrorKind::Exists,
                         QCoreApplication::translate("ferry::sites", "a folder '%1' exists already")
                             .arg(folder.join(QLatin1Char('/'))));
        kept.append(folder);
        return {};
    });
}

Status SiteStore::moveFolder(const QStringList &from, const QStringList &to)
{
    if (from.isEmpty() || to.isEmpty() || to.contains(QString()))
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::sites", "a folder needs a name"));
    if (from == to)
        return {};
    if (startsWith(to, from))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sites", "a folder cannot move into itself"));
    return editTree([&from, &to](QList<Site> &sites, QList<QStringList> &kept) -> Status {
        const QList<QStringList> existing = allFolders(sites, kept);
        if (!existing.contains(from))
            return Error(ErrorKind::NotFound, QCoreApplication::translate("ferry::sites", "no folder '%1'")
                                                  .arg(from.join(QLatin1Char('/'))));
        if (existing.contains(to))
            return Error(ErrorKind::Exists,
                         QCoreApplication::translate("ferry::sites", "a folder '%1' exists already")
                             .arg(to.join(QLatin1Char('/'))));
        const auto moved = [&from, &to](const QStringList &path) {
            return to + path.mid(from.size());
        };
        for (Site &site : sites) {
            if (startsWith(site.folder, from))
                site.folder = moved(site.folder);
        }
        for (QStringList &folder : kept) {
            if (startsWith(folder, from))
                folder = moved(folder);
        }
        if (!kept.contains(to))
            kept.append(to); // an empty folder stays one
        return {};
    });
}

Result<QList<Site>> SiteStore::removeFolder(const QStringList &folder)
{
    QList<Site> removed;
    Status status = editTree([&folder, &removed](QList<Site> &sites, QList<QStringList> &kept) -> Status {
        for (const Site &site : std::as_const(sites)) {
            if (startsWith(site.folder, folder))
                removed.append(site);
        }
        sites.removeIf([&folder](const Site &s) { return startsWith(s.folder, folder); });
        kept.removeIf([&folder](const QStringList &f) { return startsWith(f, folder); });
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

std::optional<Site> SiteStore::byId(const QUuid &id) const
{
    for (const Site &site : m_sites) {
        if (site.id == id)
            return site;
    }
    return std::nullopt;
}

Result<Site> SiteStore::find(const QString &nameOrPath) const
{
    QList<Site> byName;
    for (const Site &site : m_sites) {
        if (site.fullPath() == nameOrPath)
            return site;
        if (site.name == nameOrPath)
            byName.append(site);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.isEmpty())
        return Error(ErrorKind::NotFound,
                     QCoreApplication::translate("ferry::sites", "no site named '%1'").arg(nameOrPath));
    QStringList paths;
    for (const Site &site : std::as_const(byName))
        paths.append(site.fullPath());
    return Error(ErrorKind::Local,
                 QCoreApplication::translate("ferry::sites", "several sites are named '%1'; give one of: %2")
                     .arg(nameOrPath, paths.join(QStringLiteral(", "))));
}

Result<Site> SiteStore::add(Site site)
{
    if (site.id.isNull())
        site.id = QUuid::createUuid();
    Status status = edit([&site](QList<Site> &sites) -> Status {
        for (const Site &existing : std::as_const(sites)) {
            if (samePlace(existing, site))
                return Error(ErrorKind::Exists,
                             QCoreApplication::translate("ferry::sites", "a site '%1' exists already")
                                 .arg(site.fullPath()));
            if (existing.id == site.id)
                return Error(ErrorKind::Exists,
                             QCoreApplication::translate("ferry::sites", "a site with id %1 exists already")
                                 .arg(site.id.toString(QUuid::WithoutBraces)));
        }
        sites.append(site);
        return {};
    });
    if (!status)
        return status.error();
    return site;
}

Status SiteStore::update(const Site &site)
{
    return edit([&site](QList<Site> &sites) -> Status {
        for (Site &existing : sites) {
            if (existing.id == site.id) {
                existing = site;
                return {};
            }
        }
        return Error(ErrorKind::NotFound,
                     QCoreApplication::translate("ferry::sites", "the site '%1' no longer exists")
                         .arg(site.fullPath()));
    });
}

Status SiteStore::remove(const QUuid &id)
{
    return edit([&id](QList<Site> &sites) -> Status {
        const qsizetype removed = sites.removeIf([&id](const Site &s) { return s.id == id; });
        if (removed == 0)
            return Error(ErrorKind::NotFound,
                         QCoreApplication::translate("ferry::sites", "no site with id %1")
                             .arg(id.toString(QUuid::WithoutBraces)));
        return {};
    });
}

Result<QList<Site>> SiteStore::merge(QList<Site> incoming)
{
    Status status = edit([&incoming](QList<Site> &sites) -> Status {
        for (Site &site : incoming) {
            auto existing = std::find_if(sites.begin(), sites.end(),
                                         [&site](const Site &s) { return samePlace(s, site); });
            if (existing != sites.end()) {
                site.id = existing->id;
                *existing = site;
            } else {
                if (site.id.isNull())
                    site.id = QUuid::createUuid();
                sites.append(site);
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return incoming;
}

} // namespace ferry::sites
