#pragma once
// An archive's listing as a tree of folders: every member once (in archive order), plus
// the folders the archive only implies, and for each folder its children. What the local
// pane's archive model shows one folder of, and what the queue expands a folder inside an
// archive with. A value type built by listArchive() on any thread; read-only afterwards,
// so it may be shared between threads once built.

#include <QHash>
#include <QList>
#include <QString>

#include "ArchiveEntry.h"

namespace ferry::archive {

class ArchiveTree
{
public:
    // Adds a member (in archive order); a later member of the same path replaces the
    // earlier one, as extraction would. Unsafe members are kept in unsafeEntries() only.
    void add(ArchiveEntry entry);

    // Every safe member and implied folder.
    const QList<ArchiveEntry> &entries() const { return m_entries; }
    // Members whose path is unsafe (see ArchiveEntry::safe).
    const QList<ArchiveEntry> &unsafeEntries() const { return m_unsafe; }
    // The member at `path` (normalised; "" is the root and has no entry), or nullptr.
    const ArchiveEntry *find(const QString &path) const;
    // The members directly inside `folder` ("" for the top level), in archive order.
    QList<const ArchiveEntry *> children(const QString &folder) const;
    // Every member at or below `path`, in archive order (the whole archive for "").
    QList<const ArchiveEntry *> below(const QString &path) const;
    // The sum of the files' sizes (what extracting everything writes).
    qint64 totalSize() const { return m_totalSize; }
    qsizetype size() const { return m_entries.size(); }

private:
    qsizetype ensureFolder(const QString &path);

    QList<ArchiveEntry> m_entries;
    QList<ArchiveEntry> m_unsafe;
    QHash<QString, qsizetype> m_index;           // path -> m_entries index
    QHash<QString, QList<qsizetype>> m_children; // folder path -> child indexes
    qint64 m_totalSize = 0;
};

} // namespace ferry::archive
