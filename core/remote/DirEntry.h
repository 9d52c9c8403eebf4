#pragma once
// One entry of a remote folder listing, protocol-neutral. Parsers fill what the server
// told them and leave the rest unknown (nullopt, empty, MtimePrecision::None).
// A plain value type, safe to copy across threads.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

#include "RemotePath.h"

namespace ferry::remote {

enum class EntryType
{
    File,
    Dir,
    Link,
    Other
};

// How much of mtime the server told us. LIST's "Nov 25 2019" is Day, "Nov 25 13:02" is
// Minute, MLSD's modify=20191125130201 is Second.
enum class MtimePrecision
{
    None,
    Day,
    Minute,
    Second,
    Millisecond
};

struct DirEntry
{
    QString name;
    EntryType type = EntryType::Other;
    std::optional<qint64> size;
    QDateTime mtime; // invalid when unknown
    MtimePrecision mtimePrecision = MtimePrecision::None;
    bool mtimeUtc = false;       // true: mtime is UTC (MLSD, MDTM, SFTP); false: server-local time
    QString permissions;         // as the server showed them, e.g. "rwxr-xr-x" or "drwxr-xr-x"
    std::optional<quint32> mode; // numeric Unix mode bits (07777) when known
    QString owner;
    QString group;
    QString linkTarget; // for links, where the server said they point
    // For a link whose target is known to be a folder (SFTP after stat, MLSD OS.unix=slink:...
    // hints): lets the browser open it as a folder.
    std::optional<EntryType> linkTargetType;

    bool isDir() const
    {
        return type == EntryType::Dir || (type == EntryType::Link && linkTargetType == EntryType::Dir);
    }

    static QString typeName(EntryType type);
    // mtime as ISO 8601 "YYYY-MM-DDTHH:MM:SS", with "Z" only when known to be UTC;
    // empty when unknown.
    QString mtimeIso() const;
    // "rwxr-xr-x" from mode bits.
    static QString permissionsFromMode(quint32 mode);
};

// Listing lines that no format accepts (FTP LIST and MLSD): they are never guessed at, only
// counted, and the first is kept (cut to 200 characters) so that the user can report it.
struct SkippedLines
{
    qsizetype count = 0;
    QString first;

    void add(QStringView line)
    {
        if (count++ == 0)
            first = line.left(200).toString();
    }
};

struct Listing
{
    RemotePath path;
    QList<DirEntry> entries;
    // Names the server listed that are unsafe to use as file names ("../x", "a/b", ...):
    // left out of entries, kept here so the user can be warned.
    QStringList skippedNames;
    // Lines no listing format accepts (headers and totals are not counted).
    SkippedLines skippedLines;
};

} // namespace ferry::remote

Q_DECLARE_METATYPE(ferry::remote::DirEntry)
Q_DECLARE_METATYPE(ferry::remote::Listing)
