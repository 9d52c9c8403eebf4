#pragma once
// The environment the SFTP segment and session tests run ferry-cli in: the fixture's sshd
// (its sessions per connection limited when asked), the root folder given to the test
// user, a known_hosts file with sshd's host key, and a HOME and data folder of the test's
// own (no real ~/.ssh, no agent). FERRY_SFTP_SESSIONS and FERRY_SFTP_SEGMENTS force
// what loopback never asks for. Header-only: the test fixture library does not link
// ferry_core (KnownHosts); every test that includes this does.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include "TestServers.h"
#include "TestUtil.h"
#include "trust/KnownHosts.h"

namespace ferry::test {

// What a ferry-cli run answered, for a failed check's message.
inline QString cliDiag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.right(3000)), QString::fromUtf8(r.err.right(6000)));
}

// How many SSH sessions and SFTP channels a run is made to use; 0: its own choice.
struct SftpStreams
{
    int sessions = 0;
    int segments = 0;
};

struct SftpCliEnv
{
    Fixture fx;
    QTemporaryDir dir;
    const ServerInfo *sshd = nullptr;
    QString kh, home, data;
    QString fingerprint; // sshd's host key, as pinned keys name it

    // Starts sshd (maxSessions > 0: that many sessions per connection) and the folders.
    bool start(int maxSessions = 0)
    {
        if (!fx.isValid())
            return false;
        if (maxSessions > 0)
            fx.setSshMaxSessions(maxSessions);
        sshd = fx.startSshd();
        if (!sshd)
            return false;
        home = dir.filePath(QStringLiteral("home"));
        data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(home);
        QDir().mkpath(data);
        kh = dir.filePath(QStringLiteral("kh"));
        QFile pub(fx.sshHostKeyPath() + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return false;
        const QByteArray blob = QByteArray::fromBase64(pub.readAll().split(' ').value(1));
        fingerprint = trust::KnownHosts::fingerprint(blob);
        return trust::KnownHosts::add(kh, sshd->host, sshd->port, blob).ok() &&
               fx.giveToTestUser(fx.rootDir());
    }
    // An sftp:// URL of a file in the fixture's root folder.
    QString url(const QString &name) const
    {
        return QStringLiteral("sftp://%1@%2:%3%4/%5")
            .arg(Fixture::user(), sshd->host)
            .arg(sshd->port)
            .arg(fx.rootDir(), name);
    }
    // ferry-cli's options for this sshd: its known_hosts and the test user's key.
    QStringList options() const
    {
        return {QStringLiteral("--known-hosts"), kh, QStringLiteral("--identity"), fx.userKeyPath()};
    }
    QProcessEnvironment env(SftpStreams streams) const
    {
        QProcessEnvironment e;
        if (streams.sessions > 0)
            e.insert(QStringLiteral("FERRY_SFTP_SESSIONS"), QString::number(streams.sessions));
        if (streams.segments > 0)
            e.insert(QStringLiteral("FERRY_SFTP_SEGMENTS"), QString::number(streams.segments));
        e.insert(QStringLiteral("HOME"), home); // no real ~/.ssh, no agent
        e.insert(QStringLiteral("SSH_AUTH_SOCK"), QString());
        return e;
    }
    // ferry-cli with `data` as its config and data folder.
    CliResult cli(const QStringList &args, SftpStreams streams) const
    {
        return runCli(args, data, data, {}, 300000, env(streams));
    }
};

} // namespace ferry::test
