#include "SshSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstring>

#include "trust/KnownHosts.h"

namespace ferry::sftp {

using namespace ferry::remote;
using trust::KnownHosts;

namespace {

// AES-GCM first: the fastest on CPUs with AES-NI (measured on this machine), then
// OpenSSH's defaults.
const char kCiphers[] = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                        "aes128-ctr,aes192-ctr,aes256-ctr";
const char kHostKeyAlgorithms[] = "ssh-ed25519,ecdsa-sha2-nistp521,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,"
                                  "rsa-sha2-512,rsa-sha2-256";

QString optionString(ssh_session s, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(s, option, &value) != SSH_OK || !value)
        return {};
    const QString out = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return out;
}

QString normalisedPin(QString pin)
{
    pin = pin.trimmed();
    if (pin.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        pin = pin.mid(7);
    while (pin.endsWith(QLatin1Char('=')))
        pin.chop(1);
    return QStringLiteral("SHA256:") + pin;
}

} // namespace

SshSession::SshSession(ConnectionSpec spec, ConnectOptions options, Interaction *interaction, LogSink log)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_interaction(interaction),
      m_log(std::move(log))
{}

SshSession::~SshSession()
{
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

void SshSession::log(LogKind kind, const QString &text) const
{
    if (m_log)
        m_log(kind, text);
}

Error SshSession::lastError(const QString &what) const
{
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    const bool timeout = detail.contains(QLatin1String("timeout"), Qt::CaseInsensitive);
    return Error(
        timeout ? ErrorKind::Timeout : ErrorKind::Network,
        QStringLiteral("%1: %2").arg(
            what, detail.isEmpty() ? QCoreApplication::translate("ferry::sftp", "connection lost") : detail));
}

Status SshSession::applyOptions()
{
    const QByteArray host = m_spec.host.toUtf8();
    const QString sshDir = QDir::homePath() + QStringLiteral("/.ssh");
    const long timeout = qMax(1, m_options.timeoutSeconds);
    const int one = 1;
    if (ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData()) != SSH_OK ||
        ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR, sshDir.toUtf8().constData()) != SSH_OK ||
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, kCiphers) != SSH_OK ||
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, kCiphers) != SSH_OK ||
        ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &one) != SSH_OK ||
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout) != SSH_OK)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "cannot set SSH options: %1")
                         .arg(QString::fromUtf8(ssh_get_error(m_session))));

    // ~/.ssh/config may rename the host, set port, user, keys, ciphers and proxies; what the
    // URL says explicitly wins, so port and user are applied after it.
    for (const QString &config :
         QStringList{sshDir + QStringLiteral("/config"), QStringLiteral("/etc/ssh/ssh_config")}) {
        if (QFileInfo::exists(config) &&
            ssh_options_parse_config(m_session, config.toUtf8().constData()) != SSH_OK)
            log(LogKind::Status,
                QCoreApplication::translate("ferry::sftp", "could not read all of %1").arg(config));
    }
    const bool no = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    if (m_spec.port) {
        const unsigned int port = m_spec.port;
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_spec.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_spec.user.toUtf8().constData());
    // ADD_IDENTITY prepends, so the first --identity is added last and tried first.
    for (auto it = m_options.identityFiles.crbegin(); it != m_options.identityFiles.crend(); ++it)
        ssh_options_set(m_session, SSH_OPTIONS_ADD_IDENTITY, QFile::encodeName(*it).constData());
    if (!m_options.useAgent)
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, "/nonexistent/ferry-agent-disabled");

    m_host = optionString(m_session, SSH_OPTIONS_HOST);
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_port = static_cast<quint16>(port);
    m_user = optionString(m_session, SSH_OPTIONS_USER);
    m_proxyCommand = optionString(m_session, SSH_OPTIONS_PROXYCOMMAND);
    m_label = QStringLiteral("%1@%2:%3").arg(m_user, m_host).arg(m_port);

    // Ask the server for a key type we already know, so a server with several host keys
    // is checked against the one we trust.
    const QStringList known =
        KnownHosts({KnownHosts::userFile(), m_options.knownHostsFile, KnownHosts::ferryFile()})
            .knownKeyTypes(m_host, m_port);
    if (!known.isEmpty()) {
        QStringList order;
        for (const QString &type : known) {
            if (type == QLatin1String("ssh-rsa"))
                order << QStringLiteral("rsa-sha2-512") << QStringLiteral("rsa-sha2-256");
            else
                order << type;
        }
        for (const QString &type : QString::fromLatin1(kHostKeyAlgorithms).split(QLatin1Char(',')))
            if (!order.contains(type))
                order << type;
        ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, order.join(QLatin1Char(',')).toLatin1().constData());
    }
    return {};
}

Status SshSession::open(const CancelToken &cancel)
{
    m_session = ssh_new();
    if (!m_session)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sftp", "cannot create an SSH session"));
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.auth_function = &SshSession::passphraseCallback;
    ssh_set_callbacks(m_session, &m_callbacks);
    if (Status s = applyOptions(); !s)
        return s;

    log(LogKind::Status,
        QCoreApplication::translate("ferry::sftp", "Connecting to %1:%2").arg(m_host).arg(m_port));
    if (ssh_connect(m_session) != SSH_OK) {
        Error e = lastError(
            QCoreApplication::translate("ferry::sftp", "cannot connect to %1:%2").arg(m_host).arg(m_port));
        if (!m_proxyCommand.isEmpty())
            e = Error(e.kind(),
                      e.message() +
                          QStringLiteral(" (through the ProxyCommand/ProxyJump from ~/.ssh/config, \"%1\"; "
                                         "libssh runs it as a command, so it needs OpenSSH's ssh on PATH)")
                              .arg(m_proxyCommand));
        return e;
    }
    if (cancel.isCancelled())
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
    if (Status s = verifyHostKey(); !s)
        return s;
    return authenticate(cancel);
}

Status SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return lastError(QCoreApplication::translate("ferry::sftp", "no host key from %1").arg(m_host));
    char *b64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &b64);
    ssh_key_free(key);
    if (rc != SSH_OK || !b64)
        return Error(
            ErrorKind::Protocol,
            QCoreApplication::translate("ferry::sftp", "cannot read the host key of %1").arg(m_host));
    const QByteArray blob = QByteArray::fromBase64(QByteArray(b64));
    ssh_string_free_char(b64);

    const QString type = KnownHosts::keyType(blob);
    m_fingerprint = KnownHosts::fingerprint(blob);
    const QString storeFile =
        m_options.knownHostsFile.isEmpty() ? KnownHosts::ferryFile() : m_options.knownHostsFile;
    const KnownHosts known({KnownHosts::userFile(), m_options.knownHostsFile, KnownHosts::ferryFile()});
    const KnownHosts::Verdict verdict = known.check(m_host, m_port, blob);
    const QString where = m_port == 22 ? m_host : QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);

    switch (verdict.match) {
    case KnownHosts::Match::Known:
        log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Host key %1 %2 known (%3)")
                                 .arg(type, m_fingerprint, verdict.where));
        return {};
    case KnownHosts::Match::Revoked:
        return Error(
            ErrorKind::HostKey,
            QCoreApplication::translate(
                "ferry::sftp", "the host key of %1 (%2 %3) is marked @revoked in %4; refusing to connect")
                .arg(where, type, m_fingerprint, verdict.where));
    case KnownHosts::Match::Changed:
        // Never a question: accepting a changed key must take a deliberate edit.
        return Error(ErrorKind::HostKey,
                     QCoreApplication::translate(
                         "ferry::sftp",
                         "WARNING: THE HOST KEY OF %1 HAS CHANGED. The server now presents %2 %3, but %4 %5 "
                         "is trusted (%6). Someone may be intercepting the connection, or the server was "
                         "reinstalled. Ferry refuses to connect. If the change is expected, remove the old "
                         "key (ssh-keygen -R '%1' -f FILE) and connect again.")
                         .arg(where, type, m_fingerprint, verdict.knownKeyType, verdict.knownFingerprint,
                              verdict.where));
    case KnownHosts::Match::Unknown:
        break;
    }

    for (const QString &pin : m_options.pinnedHostKeys) {
        if (normalisedPin(pin) == m_fingerprint) {
            log(LogKind::Status,
                QCoreApplication::translate("ferry::sftp", "Host key %1 %2 accepted: pinned for this run")
                    .arg(type, m_fingerprint));
            return {};
        }
    }
    // A key of another type is trusted for this host (we asked for that type first, so the
    // server no longer has it, or no longer offers it first): said in every question and
    // refusal, as OpenSSH's "other keys known" note does.
    QString otherKeys;
    if (!verdict.otherKeyTypes.isEmpty())
        otherKeys = QCoreApplication::translate(
                        "ferry::sftp", "; this server's %1 key is known (%2, %3); it now offers an %4 key")
                        .arg(verdict.otherKeyTypes.join(QStringLiteral(" and ")), verdict.otherFingerprint,
                             verdict.otherWhere, type);
    TrustDecision decision = TrustDecision::Reject;
    if (m_options.acceptNewHostKey) {
        decision = TrustDecision::AcceptAlways;
    } else if (m_interaction) {
        HostKeyInfo info;
        info.host = m_host;
        info.port = m_port;
        info.keyType = type;
        info.sha256Fingerprint = m_fingerprint;
        info.otherKnownKeyTypes = verdict.otherKeyTypes;
        info.otherKnownFingerprint = verdict.otherFingerprint;
        decision = m_interaction->askHostKey(info);
    }
    if (decision == TrustDecision::Reject)
        return Error(ErrorKind::HostKey,
                     QCoreApplication::translate(
                         "ferry::sftp", "the host key of %1 is not known (%2 %3) and was not accepted%4")
                         .arg(where, type, m_fingerprint, otherKeys));
    if (!otherKeys.isEmpty())
        log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Host key %1 %2 accepted%3")
                                 .arg(type, m_fingerprint, otherKeys));
    if (decision == TrustDecision::AcceptAlways) {
        if (Status s = KnownHosts::add(storeFile, m_host, m_port, blob); !s)
            return s;
        log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Host key %1 %2 added to %3")
                                 .arg(type, m_fingerprint, storeFile));
    }
    return {};
}

bool SshSession::ask(const QString &title, const QString &instruction, const QString &prompt, bool echo,
                     QString *answer)
{
    if (!m_interaction)
        return false;
    SecretPrompt p;
    p.title = title;
    p.instruction = instruction;
    p.prompt = prompt;
    p.echo = echo;
    return m_interaction->askSecret(p, answer);
}

int SshSession::passphraseCallback(const char *prompt, char *buf, size_t len, int echo, int verify,
                                   void *userdata)
{
    Q_UNUSED(verify);
    auto *self = static_cast<SshSession *>(userdata);
    QString answer;
    if (!self->ask(QCoreApplication::translate("ferry::sftp", "Passphrase for a private key (%1)")
                       .arg(self->m_label),
                   QString(), QString::fromUtf8(prompt), echo != 0, &answer))
        return SSH_ERROR;
    const QByteArray bytes = answer.toUtf8();
    if (size_t(bytes.size()) + 1 > len)
        return SSH_ERROR;
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
    buf[bytes.size()] = '\0';
    return SSH_OK;
}

// Answers the server's keyboard-interactive rounds. A prompt that asks for the password
// gets the URL's password once; every other prompt (one-time codes, "Verification code:")
// goes to the user. *rc is libssh's final answer.
Status SshSession::keyboardInteractive(bool *passwordRejected, int *rc)
{
    bool passwordUsed = false;
    QString passwordTyped; // the user's answer to a password prompt: more sessions reuse it
    *rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    for (int round = 0; *rc == SSH_AUTH_INFO && round < 32; ++round) {
        const QString name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_session));
        const QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt =
                QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo));
            QString answer;
            if (!echo && m_spec.hasPassword && !passwordUsed &&
                prompt.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
                answer = m_spec.password;
                passwordUsed = true;
            } else if (!ask(name.isEmpty() ? QStringLiteral("%1 asks").arg(m_label) : name, instruction,
                            prompt, echo != 0, &answer)) {
                return Error(
                    ErrorKind::Auth,
                    QStringLiteral("%1 asked \"%2\" and no answer was given").arg(m_label, prompt.trimmed()));
            } else if (!echo && prompt.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
                passwordTyped = answer;
            }
            if (ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.toUtf8().constData()) < 0)
                return lastError(QCoreApplication::translate("ferry::sftp", "keyboard-interactive login"));
        }
        *rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    *passwordRejected = passwordUsed && *rc == SSH_AUTH_DENIED;
    if (*rc == SSH_AUTH_SUCCESS || *rc == SSH_AUTH_PARTIAL) {
        if (passwordUsed)
            m_passwordUsed = m_spec.password;
        else if (!passwordTyped.isEmpty())
            m_passwordUsed = passwordTyped;
    }
    return {};
}

Status SshSession::authenticate(const CancelToken &cancel)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return lastError(QCoreApplication::translate("ferry::sftp", "login"));
    QStringList tried;
    bool passwordRejected = false;
    enum Step
    {
        PublicKey,
        KeyboardInteractive,
        Password
    };
    for (Step step : {PublicKey, KeyboardInteractive, Password}) {
        if (cancel.isCancelled())
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::sftp", "cancelled"));
        const int methods = ssh_userauth_list(m_session, nullptr);
        if (step == PublicKey && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
            tried << QStringLiteral("publickey");
            log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Trying public keys"));
            rc = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
        } else if (step == KeyboardInteractive && (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
            tried << QStringLiteral("keyboard-interactive");
            log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Trying keyboard-interactive"));
            if (Status s = keyboardInteractive(&passwordRejected, &rc); !s)
                return s;
        } else if (step == Password && (methods & SSH_AUTH_METHOD_PASSWORD) && !passwordRejected) {
            QString password = m_spec.password;
            if (!m_spec.hasPassword &&
                !ask(QCoreApplication::translate("ferry::sftp", "Password for %1").arg(m_label), QString(),
                     QCoreApplication::translate("ferry::sftp", "Password:"), false, &password))
                continue;
            tried << QStringLiteral("password");
            log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Trying password"));
            rc = ssh_userauth_password(m_session, nullptr, password.toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL)
                m_passwordUsed = password;
        } else {
            continue;
        }
        if (rc == SSH_AUTH_SUCCESS) {
            log(LogKind::Status, QCoreApplication::translate("ferry::sftp", "Logged in as %1").arg(m_label));
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return lastError(QCoreApplication::translate("ferry::sftp", "login"));
        // SSH_AUTH_PARTIAL: one factor done; the next step may complete it.
    }
    return Error(ErrorKind::Auth,
                 QCoreApplication::translate("ferry::sftp", "authentication failed for %1 (tried: %2)")
                     .arg(m_label, tried.isEmpty() ? QCoreApplication::translate("ferry::sftp",
                                                                                 "nothing the server offers")
                                                   : tried.join(QStringLiteral(", "))));
}

} // namespace ferry::sftp
