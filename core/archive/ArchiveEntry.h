#pragma once
// One member of an archive as a listing sees it: its path inside the archive, type, size,
// time, permissions and link target. A plain value type, safe to copy across threads; it
// names no archive library, so another backend (KArchive) could fill it in.

#include <QDateTime>
#include <QString>

namespace ferry::archive {

enum class EntryType
{
    File,
    Folder,
    Symlink,
    HardLink, // another member's data under a second name (tar)
    Other,    // devices, pipes, sockets: listed, never extracted
};

struct ArchiveEntry
{
    // The member's path as Ferry uses it: relative, '/'-separated, without "." parts or a
    // trailing '/'. For an unsafe member (see `safe`) the path as stored, for messages.
    QString path;
    EntryType type = EntryType::File;
    qint64 size = -1;        // bytes of data (a file's); -1 when the archive does not say
    QDateTime mtime;         // UTC; invalid when unknown
    quint32 permissions = 0; // the mode's permission bits (07777)
    QString linkTarget;      // Symlink: as stored; HardLink: the member it names
    bool encrypted = false;  // the member's data (or its header) is encrypted
    // False for a member that could not be written inside a target folder: an absolute
    // path, a drive letter, a ".." part. Listed, never extracted.
    bool safe = true;
    // Made up for a folder the archive names only in its members' paths (tar files often
    // hold "a/b/c" without "a/" or "a/b/").
    bool implied = false;

    // The last part of the path.
    QString name() const { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }
    bool isFolder() const { return type == EntryType::Folder; }
};

// The member path Ferry uses for `stored` (what the archive holds), and whether it is safe
// to write inside a target folder: "./a//b/" is "a/b"; "/etc/x", "C:\x", "C:x", "a/../b"
// and "\\server\x" are unsafe (a backslash counts as a separator for that judgement only,
// since Windows tools write it). Empty when nothing is left ("./").
QString normaliseMemberPath(const QString &stored, bool *safe);

} // namespace ferry::archive
