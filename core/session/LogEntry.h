#pragma once
// One line of a connection's message log: when, what kind (status, command sent, reply
// received, warning, error) and the text. Passwords never reach a LogEntry: the worker redacts
// what it logs, and LogEntry::redacted() is applied once more by whoever stores entries.
// A plain value type, safe to copy across threads.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ferry::session {

struct LogEntry
{
    enum class Kind
    {
        Status,
        Command,
        Reply,
        Warning,
        Error
    };

    QDateTime time; // UTC; shown in local time by whoever displays it
    Kind kind = Kind::Status;
    QString text;

    // UTC: taking the local time re-reads the time-zone file (glibc stats /etc/localtime
    // on every conversion), and a busy queue logs several lines per file.
    static LogEntry make(Kind kind, const QString &text)
    {
        return {QDateTime::currentDateTimeUtc(), kind, text};
    }
    // "PASS secret" becomes "PASS ********", and every occurrence of the password (when
    // it is at least two characters long) is masked.
    static QString redacted(const QString &text, const QString &password);
    static QString kindName(Kind kind);
};

} // namespace ferry::session

Q_DECLARE_METATYPE(ferry::session::LogEntry)
