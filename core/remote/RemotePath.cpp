#include "RemotePath.h"

namespace ferry::remote {

namespace {
QString normalise(const QString &path)
{
    QStringList out;
    const auto parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(part);
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}
} // namespace

RemotePath::RemotePath(const QString &path) : m_path(normalise(path)) {}

QString RemotePath::name() const
{
    return isRoot() ? QString() : m_path.mid(m_path.lastIndexOf(QLatin1Char('/')) + 1);
}

RemotePath RemotePath::parent() const
{
    if (isRoot())
        return *this;
    const qsizetype slash = m_path.lastIndexOf(QLatin1Char('/'));
    return RemotePath(m_path.left(slash));
}

QStringList RemotePath::segments() const
{
    return m_path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

RemotePath RemotePath::child(const QString &name) const
{
    Q_ASSERT(isSafeName(name));
    RemotePath p;
    p.m_path = isRoot() ? QString(QLatin1Char('/') + name) : QString(m_path + QLatin1Char('/') + name);
    return p;
}

RemotePath RemotePath::resolved(const QString &relative) const
{
    if (relative.startsWith(QLatin1Char('/')))
        return RemotePath(relative);
    return RemotePath(m_path + QLatin1Char('/') + relative);
}

bool RemotePath::isSafeName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() == 0)
            return false;
    }
    return true;
}

} // namespace ferry::remote
