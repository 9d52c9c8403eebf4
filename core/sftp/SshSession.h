#pragma once
// One SSH connection made the way users expect from OpenSSH: ~/.ssh/config (Host
// aliases, HostName, Port, User, IdentityFile, ProxyJump as libssh supports it), AES-GCM
// preferred, host keys checked against known_hosts (a changed key is always refused,
// an unknown one is a question), then authentication in OpenSSH's order: public keys
// (files, then ssh-agent), keyboard-interactive (every prompt relayed), password.
//
// Lives on the engine's worker thread; libssh sessions are not thread-safe, so the
// session and all its channels are only touched from that thread.

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QString>

#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"
#include "remote/SessionLog.h"

namespace ferry::sftp {

class SshSession
{
public:
    SshSession(remote::ConnectionSpec spec, remote::ConnectOptions options, remote::Interaction *interaction,
               remote::LogSink log);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, verifies the host key and logs in. Errors: Network/Timeout (retryable),
    // HostKey (unknown and not accepted, changed, revoked), Auth (no method succeeded).
    remote::Status open(const remote::CancelToken &cancel);

    ssh_session handle() const { return m_session; }
    bool isOpen() const { return m_session && ssh_is_connected(m_session); }
    QString label() const { return m_label; } // "user@host:port" after config
    QString hostKeyFingerprint() const { return m_fingerprint; }
    // The password that logged this session in (the spec's, or the one the user typed when
    // asked), so that more sessions to the same server log in without asking again; empty
    // when none was used.
    QString passwordUsed() const { return m_passwordUsed; }

    // The error for the last libssh failure on this session; Network, retryable.
    remote::Error lastError(const QString &what) const;
    // A line in the session log (the SFTP channels log through it too).
    void log(remote::LogKind kind, const QString &text) const;

private:
    remote::Status applyOptions();
    remote::Status verifyHostKey();
    remote::Status authenticate(const remote::CancelToken &cancel);
    remote::Status keyboardInteractive(bool *passwordRejected, int *rc);
    bool ask(const QString &title, const QString &instruction, const QString &prompt, bool echo,
             QString *answer);
    static int passphraseCallback(const char *prompt, char *buf, size_t len, int echo, int verify,
                                  void *userdata);

    remote::ConnectionSpec m_spec;
    remote::ConnectOptions m_options;
    remote::Interaction *m_interaction;
    remote::LogSink m_log;
    ssh_session m_session = nullptr;
    ssh_callbacks_struct m_callbacks{};
    QString m_host; // after ~/.ssh/config's HostName
    quint16 m_port = 22;
    QString m_user;
    QString m_label;
    QString m_fingerprint;
    QString m_proxyCommand;
    QString m_passwordUsed;
};

} // namespace ferry::sftp
