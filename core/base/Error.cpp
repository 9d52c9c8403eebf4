#include "Error.h"

#include <QCoreApplication>

#include <utility>

namespace ferry::remote {

Error::Error(ErrorKind kind, QString message, QString serverReply)
    : m_kind(kind), m_message(std::move(message)), m_serverReply(std::move(serverReply))
{}

Error &Error::setTransient(bool transient)
{
    m_transient = transient;
    return *this;
}

bool Error::retryable() const
{
    switch (m_kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::Auth:
    case ErrorKind::HostKey:
    case ErrorKind::NotFound:
    case ErrorKind::Permission:
    case ErrorKind::Cancelled:
    case ErrorKind::Local:
        return false;
    case ErrorKind::Tls:
    case ErrorKind::Exists:
    case ErrorKind::Protocol:
        return m_transient;
    }
    return false;
}

QString Error::toString() const
{
    if (m_serverReply.isEmpty())
        return m_message;
    // The server's words stay as they came; only the frame is translated.
    return QCoreApplication::translate("ferry::remote", "%1 (server said: %2)").arg(m_message, m_serverReply);
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return QStringLiteral("Network");
    case ErrorKind::Timeout:
        return QStringLiteral("Timeout");
    case ErrorKind::Auth:
        return QStringLiteral("Auth");
    case ErrorKind::HostKey:
        return QStringLiteral("HostKey");
    case ErrorKind::Tls:
        return QStringLiteral("Tls");
    case ErrorKind::NotFound:
        return QStringLiteral("NotFound");
    case ErrorKind::Permission:
        return QStringLiteral("Permission");
    case ErrorKind::Exists:
        return QStringLiteral("Exists");
    case ErrorKind::Protocol:
        return QStringLiteral("Protocol");
    case ErrorKind::Local:
        return QStringLiteral("Local");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace ferry::remote
