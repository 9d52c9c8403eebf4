#pragma once
// The --exclude GLOBs of a sync. A pattern without '/' matches an entry's name at any
// depth ("*.tmp", ".git"); one with '/' matches the path from the sync's root
// ("build/*.o"; "/tmp" is only the root's tmp). '*' and '?' never match '/', "[abc]" is a set.
// An excluded folder excludes everything under it. Excluded entries are never listed,
// copied or deleted, on either side. A plain value type.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ferry::sync {

class SyncExcludes
{
public:
    SyncExcludes() = default;
    explicit SyncExcludes(const QStringList &globs);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    // relativePath: '/'-separated from the root, no leading '/'. True when the entry or
    // one of the folders above it matches.
    bool excludes(const QString &relativePath) const;

private:
    struct Pattern
    {
        QRegularExpression regex;
        bool wholePath = false;
        // What every match starts and ends with (the glob's text before its first and
        // after its last wildcard): most names fail these, and no regex runs for them.
        QString head;
        QString tail;
        bool mayMatch(QStringView text) const
        {
            return text.size() >= head.size() + tail.size() && text.startsWith(head) && text.endsWith(tail);
        }
    };
    QList<Pattern> m_patterns;
};

} // namespace ferry::sync
