#pragma once
// An absolute, normalised remote path with '/' separators ("/", "/pub/file.txt").
// Building a child from a name that came from a server goes through isSafeName(), so a
// hostile listing entry ("../x", "/etc/x", "a\\b") can never become a path.

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ferry::remote {

class RemotePath
{
public:
    RemotePath() : m_path(QStringLiteral("/")) {}
    // Normalises: collapses "//", resolves "." and "..", never climbs above "/".
    explicit RemotePath(const QString &path);

    const QString &toString() const { return m_path; }
    bool isRoot() const { return m_path.size() == 1; }
    QString name() const;
    RemotePath parent() const;
    QStringList segments() const;

    // The path of a child; name must be safe (see isSafeName). Asserts in debug.
    RemotePath child(const QString &name) const;
    // Appends a relative path ("a/b"), normalising it.
    RemotePath resolved(const QString &relative) const;

    // A single path element that is safe to use as a local or remote file name:
    // not empty, not "." or "..", no '/', '\\' or NUL.
    static bool isSafeName(const QString &name);

    friend bool operator==(const RemotePath &a, const RemotePath &b) { return a.m_path == b.m_path; }
    friend bool operator!=(const RemotePath &a, const RemotePath &b) { return a.m_path != b.m_path; }

private:
    QString m_path;
};

} // namespace ferry::remote

Q_DECLARE_METATYPE(ferry::remote::RemotePath)
