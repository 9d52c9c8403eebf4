#include "CliInteraction.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace ferry::cli {

using namespace ferry::remote;

CliInteraction::CliInteraction(QTextStream &err) : m_err(err) {}

bool CliInteraction::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool CliInteraction::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

QString CliInteraction::prompt(const QString &question, bool echo)
{
    m_err << question;
    m_err.flush();
    termios saved{};
    const bool hide = !echo && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << '\n';
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

TrustDecision CliInteraction::askCertificate(const CertificateInfo &info)
{
    if (info.changed) {
        // As a changed SSH host key: a warning with both fingerprints, and no prompt that
        // a stray "y" could answer. A run that expects the new certificate pins it.
        m_err << "@@@ WARNING: THE TLS CERTIFICATE OF " << info.host << ':' << info.port
              << " HAS CHANGED! @@@\n"
              << "Someone could be intercepting the connection, or the server's certificate was replaced.\n";
        for (const QString &known : info.knownFingerprints)
            m_err << "  trusted certificate: " << known << '\n';
        m_err << "  offered certificate: " << info.sha256Fingerprint << '\n'
              << "  subject:     " << info.subject << '\n'
              << "  issuer:      " << info.issuer << '\n'
              << "  valid:       " << info.notBefore.toString(Qt::ISODate) << " to "
              << info.notAfter.toString(Qt::ISODate) << '\n';
        for (const QString &p : info.problems)
            m_err << "  - " << p << '\n';
        m_err << "Refused. If the change is expected, check the new fingerprint with the server's "
                 "administrator "
                 "and pass --trust-fingerprint "
              << info.sha256Fingerprint
              << " (this run only), or trust it in the GUI; --accept-new never accepts a changed "
                 "certificate.\n";
        m_err.flush();
        return TrustDecision::Reject;
    }
    m_err << "The TLS certificate of " << info.host << ':' << info.port << " is not trusted:\n";
    for (const QString &p : info.problems)
        m_err << "  - " << p << '\n';
    m_err << "  subject:     " << info.subject << '\n'
          << "  issuer:      " << info.issuer << '\n'
          << "  valid:       " << info.notBefore.toString(Qt::ISODate) << " to "
          << info.notAfter.toString(Qt::ISODate) << '\n'
          << "  fingerprint: " << info.sha256Fingerprint << '\n';
    if (!stdinIsTerminal()) {
        m_err << "Refused (no terminal to ask). To trust it, pass --trust-fingerprint "
              << info.sha256Fingerprint << " or --accept-new.\n";
        m_err.flush();
        return TrustDecision::Reject;
    }
    const QString answer =
        prompt(QStringLiteral("Trust it [o]nce, [a]lways, or [N]o? "), true).trimmed().toLower();
    if (answer == QLatin1String("a") || answer == QLatin1String("always"))
        return TrustDecision::AcceptAlways;
    if (answer == QLatin1String("o") || answer == QLatin1String("once"))
        return TrustDecision::AcceptOnce;
    return TrustDecision::Reject;
}

TrustDecision CliInteraction::askHostKey(const HostKeyInfo &info)
{
    if (info.changed) {
        m_err << "@@@ WARNING: THE HOST KEY OF " << info.host << ':' << info.port << " HAS CHANGED! @@@\n"
              << "Someone could be intercepting the connection, or the server was reinstalled.\n"
              << "  known key:   " << info.knownFingerprint << '\n'
              << "  offered key: " << info.keyType << ' ' << info.sha256Fingerprint << '\n'
              << "Refused. If the change is expected, remove the old key from your known_hosts file.\n";
        m_err.flush();
        return TrustDecision::Reject;
    }
    m_err << "The SSH host key of " << info.host << ':' << info.port << " is unknown.\n";
    if (!info.otherKnownKeyTypes.isEmpty())
        m_err << "This server's " << info.otherKnownKeyTypes.join(QStringLiteral(" and "))
              << " key is known (" << info.otherKnownFingerprint << "); it now offers an " << info.keyType
              << " key. Check with the server's administrator that it has both.\n";
    m_err << "  " << info.keyType << " fingerprint: " << info.sha256Fingerprint << '\n';
    if (!stdinIsTerminal()) {
        m_err << "Refused (no terminal to ask). To trust it, pass --hostkey " << info.sha256Fingerprint
              << " or --accept-new.\n";
        m_err.flush();
        return TrustDecision::Reject;
    }
    const QString answer =
        prompt(QStringLiteral("Trust it and remember it [y/N]? "), true).trimmed().toLower();
    return (answer == QLatin1String("y") || answer == QLatin1String("yes")) ? TrustDecision::AcceptAlways
                                                                            : TrustDecision::Reject;
}

bool CliInteraction::askSecret(const SecretPrompt &secret, QString *answer)
{
    if (!stdinIsTerminal())
        return false;
    if (!secret.title.isEmpty())
        m_err << secret.title << '\n';
    if (!secret.instruction.isEmpty())
        m_err << secret.instruction << '\n';
    *answer =
        prompt(secret.prompt.isEmpty() ? QStringLiteral("Password: ") : secret.prompt + QLatin1Char(' '),
               secret.echo);
    return true;
}

} // namespace ferry::cli
