#pragma once
// How ferry-cli answers the questions an engine asks. With a terminal on standard input
// it asks there; without one it refuses, printing what it refused (with the fingerprint)
// so that a script's user can pin it with --trust-fingerprint or --hostkey. A changed
// SSH host key is always refused. Called on the engine's thread (the main thread here).

#include "remote/Interaction.h"

#include <QTextStream>

namespace ferry::cli {

class CliInteraction : public remote::Interaction
{
public:
    explicit CliInteraction(QTextStream &err);
    remote::TrustDecision askCertificate(const remote::CertificateInfo &info) override;
    remote::TrustDecision askHostKey(const remote::HostKeyInfo &info) override;
    bool askSecret(const remote::SecretPrompt &prompt, QString *answer) override;

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

private:
    QString prompt(const QString &question, bool echo);
    QTextStream &m_err;
};

} // namespace ferry::cli
