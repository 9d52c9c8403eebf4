#include "ArchiveTree.h"

#include <QStringList>

namespace ferry::archive {

namespace {
QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}
} // namespace

qsizetype ArchiveTree::ensureFolder(const QString &path)
{
    if (path.isEmpty())
        return -1;
    if (auto it = m_index.constFind(path); it != m_index.cend())
        return *it;
    const QString parent = parentOf(path);
    ensureFolder(parent);
    ArchiveEntry folder;
    folder.path = path;
    folder.type = EntryType::Folder;
    folder.size = 0;
    folder.permissions = 0755;
    folder.implied = true;
    const qsizetype index = m_entries.size();
    m_entries.append(folder);
    m_index.insert(path, index);
    m_children[parent].append(index);
    return index;
}

void ArchiveTree::add(ArchiveEntry entry)
{
    if (!entry.safe || entry.path.isEmpty()) {
        if (!entry.safe)
            m_unsafe.append(std::move(entry));
        return;
    }
    const QString parent = parentOf(entry.path);
    ensureFolder(parent);
    if (auto it = m_index.constFind(entry.path); it != m_index.cend()) {
        ArchiveEntry &old = m_entries[*it];
        if (old.type == EntryType::File && old.size > 0)
            m_totalSize -= old.size;
        // A folder named again (its own entry after implied use) stays where it is.
        old = std::move(entry);
        if (old.type == EntryType::File && old.size > 0)
            m_totalSize += old.size;
        return;
    }
    if (entry.type == EntryType::File && entry.size > 0)
        m_totalSize += entry.size;
    const qsizetype index = m_entries.size();
    m_index.insert(entry.path, index);
    m_entries.append(std::move(entry));
    m_children[parent].append(index);
}

const ArchiveEntry *ArchiveTree::find(const QString &path) const
{
    auto it = m_index.constFind(path);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

QList<const ArchiveEntry *> ArchiveTree::children(const QString &folder) const
{
    QList<const ArchiveEntry *> out;
    const auto it = m_children.constFind(folder);
    if (it == m_children.cend())
        return out;
    out.reserve(it->size());
    for (qsizetype index : *it)
        out.append(&m_entries.at(index));
    return out;
}

QList<const ArchiveEntry *> ArchiveTree::below(const QString &path) const
{
    QList<const ArchiveEntry *> out;
    const QString prefix = path + QLatin1Char('/');
    for (const ArchiveEntry &entry : m_entries) {
        if (path.isEmpty() || entry.path == path || entry.path.startsWith(prefix))
            out.append(&entry);
    }
    return out;
}

} // namespace ferry::archive
