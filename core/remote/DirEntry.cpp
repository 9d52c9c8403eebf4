#include "DirEntry.h"

namespace ferry::remote {

QString DirEntry::typeName(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return QStringLiteral("file");
    case EntryType::Dir:
        return QStringLiteral("dir");
    case EntryType::Link:
        return QStringLiteral("link");
    case EntryType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString DirEntry::mtimeIso() const
{
    if (!mtime.isValid() || mtimePrecision == MtimePrecision::None)
        return {};
    QString s = mtime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (mtimeUtc)
        s += QLatin1Char('Z');
    return s;
}

QString DirEntry::permissionsFromMode(quint32 mode)
{
    QString s(9, QLatin1Char('-'));
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            s[i] = QLatin1Char(letters[i]);
    }
    if (mode & 04000)
        s[2] = (mode & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 02000)
        s[5] = (mode & 0010) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 01000)
        s[8] = (mode & 0001) ? QLatin1Char('t') : QLatin1Char('T');
    return s;
}

} // namespace ferry::remote
