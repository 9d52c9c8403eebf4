#include "ArchiveEntry.h"

#include <QStringList>

namespace ferry::archive {

QString normaliseMemberPath(const QString &stored, bool *safe)
{
    // Most names need nothing: a relative path without ".", "..", "//", a backslash or a
    // drive letter (checked first, as a listing of 100,000 members calls this for each).
    if (!stored.isEmpty() && !stored.startsWith(QLatin1Char('/')) && !stored.contains(QLatin1Char('\\')) &&
        !stored.contains(QLatin1String("//")) && !stored.contains(QLatin1String("..")) &&
        !stored.startsWith(QLatin1String("./")) && !stored.contains(QLatin1String("/./")) &&
        !stored.endsWith(QLatin1String("/.")) && stored != QLatin1String(".") &&
        !(stored.size() >= 2 && stored.at(1) == QLatin1Char(':'))) {
        if (safe)
            *safe = true;
        return stored.endsWith(QLatin1Char('/')) ? stored.chopped(1) : stored;
    }
    bool ok = true;
    QString text = stored;
    // Judged with a backslash as a separator too: Windows tools write "a\..\b".
    const QString slashed = QString(text).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (slashed.startsWith(QLatin1Char('/')))
        ok = false; // absolute, or "\\server\share"
    if (slashed.size() >= 2 && slashed.at(1) == QLatin1Char(':') && slashed.at(0).isLetter())
        ok = false; // a drive letter: "C:\x" or "C:x"
    QStringList parts;
    for (const QString &part : slashed.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            ok = false;
        parts.append(part);
    }
    if (safe)
        *safe = ok;
    if (!ok)
        return stored;
    // A safe name keeps its backslashes as characters (a valid name on POSIX).
    QStringList kept;
    for (const QString &part : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            kept.append(part);
    }
    return kept.join(QLatin1Char('/'));
}

} // namespace ferry::archive
