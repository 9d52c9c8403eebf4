#include "LogEntry.h"

#include <QRegularExpression>

namespace ferry::session {

QString LogEntry::redacted(const QString &text, const QString &password)
{
    static const QRegularExpression passCommand(QStringLiteral("^(\\s*PASS\\s+).*$"),
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::MultilineOption);
    QString out = text;
    out.replace(passCommand, QStringLiteral("\\1********"));
    if (password.size() >= 2)
        out.replace(password, QStringLiteral("********"));
    return out;
}

QString LogEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("Status");
    case Kind::Command:
        return QStringLiteral("Command");
    case Kind::Reply:
        return QStringLiteral("Reply");
    case Kind::Warning:
        return QStringLiteral("Warning");
    case Kind::Error:
        return QStringLiteral("Error");
    }
    return QStringLiteral("Status");
}

} // namespace ferry::session
