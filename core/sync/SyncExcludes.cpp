#include "SyncExcludes.h"

namespace ferry::sync {

SyncExcludes::SyncExcludes(const QStringList &globs)
{
    for (QString glob : globs) {
        const bool anchored = glob.startsWith(QLatin1Char('/'));
        while (glob.startsWith(QLatin1Char('/')))
            glob.remove(0, 1);
        while (glob.endsWith(QLatin1Char('/')))
            glob.chop(1);
        if (glob.isEmpty())
            continue;
        // Qt's conversion before 6.6 is the path one: '*' and '?' stop at '/'.
        m_patterns.append({QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob)),
                           anchored || glob.contains(QLatin1Char('/'))});
    }
}

bool SyncExcludes::excludes(const QString &relativePath) const
{
    if (m_patterns.isEmpty() || relativePath.isEmpty())
        return false;
    qsizetype start = 0;
    while (start <= relativePath.size()) {
        qsizetype end = relativePath.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = relativePath.size();
        const QString prefix = relativePath.left(end);
        const QString name = relativePath.mid(start, end - start);
        for (const Pattern &p : m_patterns) {
            if (p.regex.match(p.wholePath ? prefix : name).hasMatch())
                return true;
        }
        start = end + 1;
    }
    return false;
}

} // namespace ferry::sync
