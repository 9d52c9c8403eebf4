#include "CliInteraction.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include "util/Platform.h"

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::CliInteraction").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::CliInteraction)
};
} // namespace

using namespace ferry::remote;

CliInteraction::CliInteraction(QTextStream &err) : m_err(err) {}

bool CliInteraction::stdinIsTerminal()
{
    return util::platform::stdinIsTerminal();
}

bool CliInteraction::stderrIsTerminal()
{
    return util::platform::stderrIsTerminal();
}

QString CliInteraction::prompt(const QString &question, bool echo)
{
    m_err << question;
    m_err.flush();
    std::string line;
    {
        std::optional<util::platform::EchoOff> quiet;
        if (!echo)
            quiet.emplace();
        std::getline(std::cin, line);
        if (quiet && quiet->active())
            m_err << '\n';
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

TrustDecision CliInteraction::askCertificate(const CertificateInfo &info)
{
    const QString where = QStringLiteral("%1:%2").arg(info.host).arg(info.port);
    const auto details = [&] {
        m_err << Text::tr("  subject:     %1").arg(info.subject) << '\n'
              << Text::tr("  issuer:      %1").arg(info.issuer) << '\n'
              << Text::tr("  valid:       %1 to %2")
                     .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))
              << '\n';
    };
    if (info.changed) {
        // As a changed SSH host key: a warning with both fingerprints, and no prompt that
        // a stray "y" could answer. A run that expects the new certificate pins it.
        m_err << Text::tr("@@@ WARNING: THE TLS CERTIFICATE OF %1 HAS CHANGED! @@@").arg(where) << '\n'
              << Text::tr("Someone could be intercepting the connection, or the server's certificate was "
                          "replaced.")
              << '\n';
        for (const QString &known : info.knownFingerprints)
            m_err << Text::tr("  trusted certificate: %1").arg(known) << '\n';
        m_err << Text::tr("  offered certificate: %1").arg(info.sha256Fingerprint) << '\n';
        details();
        for (const QString &p : info.problems)
            m_err << "  - " << p << '\n';
        m_err << Text::tr("Refused. If the change is expected, check the new fingerprint with the server's "
                          "administrator and pass --trust-fingerprint %1 (this run only), or trust it in the "
                          "GUI; --accept-new never accepts a changed certificate.")
                     .arg(info.sha256Fingerprint)
              << '\n';
        m_err.flush();
        return TrustDecision::Reject;
    }
    m_err << Text::tr("The TLS certificate of %1 is not trusted:").arg(where) << '\n';
    for (const QString &p : info.problems)
        m_err << "  - " << p << '\n';
    details();
    m_err << Text::tr("  fingerprint: %1").arg(info.sha256Fingerprint) << '\n';
    if (!stdinIsTerminal()) {
        m_err << Text::tr("Refused (no terminal to ask). To trust it, pass --trust-fingerprint %1 or "
                          "--accept-new.")
                     .arg(info.sha256Fingerprint)
              << '\n';
        m_err.flush();
        return TrustDecision::Reject;
    }
    // The answer letters stay English in every language (as scripts and habits expect);
    // the translated prompt names them.
    const QString answer = prompt(Text::tr("Trust it [o]nce, [a]lways, or [N]o? "), true).trimmed().toLower();
    if (answer == QLatin1String("a") || answer == QLatin1String("always"))
        return TrustDecision::AcceptAlways;
    if (answer == QLatin1String("o") || answer == QLatin1String("once"))
        return TrustDecision::AcceptOnce;
    return TrustDecision::Reject;
}

TrustDecision CliInteraction::askHostKey(const HostKeyInfo &info)
{
    const QString where = QStringLiteral("%1:%2").arg(info.host).arg(info.port);
    if (info.changed) {
        m_err << Text::tr("@@@ WARNING: THE HOST KEY OF %1 HAS CHANGED! @@@").arg(where) << '\n'
              << Text::tr("Someone could be intercepting the connection, or the server was reinstalled.")
              << '\n'
              << Text::tr("  known key:   %1").arg(info.knownFingerprint) << '\n'
              << Text::tr("  offered key: %1 %2").arg(info.keyType, info.sha256Fingerprint) << '\n'
              << Text::tr(
                     "Refused. If the change is expected, remove the old key from your known_hosts file.")
              << '\n';
        m_err.flush();
        return TrustDecision::Reject;
    }
    m_err << Text::tr("The SSH host key of %1 is unknown.").arg(where) << '\n';
    if (!info.otherKnownKeyTypes.isEmpty())
        m_err << Text::tr("This server's %1 key is known (%2); it now offers an %3 key. Check with the "
                          "server's administrator that it has both.")
                     .arg(info.otherKnownKeyTypes.join(QStringLiteral(", ")), info.otherKnownFingerprint,
                          info.keyType)
              << '\n';
    m_err << Text::tr("  %1 fingerprint: %2").arg(info.keyType, info.sha256Fingerprint) << '\n';
    if (!stdinIsTerminal()) {
        m_err << Text::tr("Refused (no terminal to ask). To trust it, pass --hostkey %1 or --accept-new.")
                     .arg(info.sha256Fingerprint)
              << '\n';
        m_err.flush();
        return TrustDecision::Reject;
    }
    const QString answer = prompt(Text::tr("Trust it and remember it [y/N]? "), true).trimmed().toLower();
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
    *answer = prompt(secret.prompt.isEmpty() ? Text::tr("Password: ") : secret.prompt + QLatin1Char(' '),
                     secret.echo);
    return true;
}

} // namespace ferry::cli
