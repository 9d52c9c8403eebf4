#pragma once
// A typed error: what went wrong (kind), for whom (message), and what the server
// said (serverReply). Retries and the queue decide from kind(); users read message().
// A plain value type, safe to copy across threads.

#include <QMetaType>
#include <QString>

namespace ferry::remote {

enum class ErrorKind
{
    Network,    // connection refused, reset, dropped; usually worth retrying
    Timeout,    // the peer did not answer in time
    Auth,       // wrong user, password, key; never retried
    HostKey,    // SSH host key unknown or changed, and not accepted
    Tls,        // the server's TLS certificate was not trusted (the user or the options refused it)
    NotFound,   // no such file or folder
    Permission, // the server or the local disk refused access
    Exists,     // the target exists already
    Protocol,   // the server answered something we cannot use (also: TLS handshake failures)
    Local,      // local disk or local input error
    Cancelled,  // the user cancelled; not an error to show
};

class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message, QString serverReply = {});

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &serverReply() const { return m_serverReply; }

    // A server's "try again later" (FTP 4xx) on an otherwise permanent kind.
    Error &setTransient(bool transient);
    // Network and Timeout errors, and transient server replies, may succeed when retried.
    bool retryable() const;

    // "message (server said: reply)", for logs and the CLI.
    QString toString() const;
    static QString kindName(ErrorKind kind);

private:
    ErrorKind m_kind = ErrorKind::Protocol;
    QString m_message;
    QString m_serverReply;
    bool m_transient = false;
};

} // namespace ferry::remote

Q_DECLARE_METATYPE(ferry::remote::Error)
