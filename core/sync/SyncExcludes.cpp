#include "SyncExcludes.h"

#include <algorithm>

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
        Pattern pattern{QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob)),
                        anchored || glob.contains(QLatin1Char('/')),
                        {},
                        {}};
        // The literal head and tail, where the glob has no set or escape to misread.
        if (!glob.contains(QLatin1Char('[')) && !glob.contains(QLatin1Char('\\'))) {
            qsizetype first = glob.size(), last = -1;
            for (qsizetype i = 0; i < glob.size(); ++i) {
                if (glob[i] == QLatin1Char('*') || glob[i] == QLatin1Char('?')) {
                    first = std::min(first, i);
                    last = i;
                }
            }
            pattern.head = glob.left(first);
            pattern.tail = last < 0 ? QString() : glob.mid(last + 1);
        }
        m_patterns.append(pattern);
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
        const QStringView prefix = QStringView(relativePath).left(end);
        const QStringView name = QStringView(relativePath).mid(start, end - start);
        for (const Pattern &p : m_patterns) {
            const QStringView text = p.wholePath ? prefix : name;
            if (p.mayMatch(text) && p.regex.match(text.toString()).hasMatch())
                return true;
        }
        start = end + 1;
    }
    return false;
}

} // namespace ferry::sync
