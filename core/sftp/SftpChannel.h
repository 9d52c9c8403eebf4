#pragma once
// One SFTP conversation: an SSH channel running the "sftp" subsystem, with our own SFTP v3
// framing on top, so that requests can be pipelined freely (many READs or WRITEs in
// flight, OPEN/WRITE/CLOSE of many files at once), which libssh 0.10's sftp_* API cannot.
// Replies are matched to requests by id; a reply for another id read while waiting is
// kept until asked for. A reply for an id nobody asked for (or one answered already) is
// dropped with a log line, and after kMaxUnsolicited of them the channel is ended: a
// hostile server cannot grow memory with them, nor keep the idle timer running.
//
// Lives on the engine's worker thread with its SshSession, which it keeps alive.

#include <libssh/libssh.h>

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

#include "SftpPacket.h"
#include "SshSession.h"
#include "base/CancelToken.h"
#include "base/Result.h"

namespace ferry::sftp {

class SftpChannel
{
public:
    ~SftpChannel();
    SftpChannel(const SftpChannel &) = delete;
    SftpChannel &operator=(const SftpChannel &) = delete;

    // Opens count channels on the session at once (their opens, subsystem requests and
    // INIT handshakes overlap, so a long link pays a few round trips, not a few per channel).
    static remote::Result<std::vector<std::unique_ptr<SftpChannel>>>
    openMany(const std::shared_ptr<SshSession> &session, int count, const remote::CancelToken &cancel,
             int timeoutMs);

    // A new request id; its reply is expected from now on.
    quint32 nextId()
    {
        m_outstanding.insert(m_nextId);
        return m_nextId++;
    }
    remote::Status send(const QByteArray &packet);
    // A packet whose header (from PacketBuilder::take(size)) is followed by size bytes of data.
    remote::Status send(const QByteArray &header, const char *data, qsizetype size);
    // Sends and waits for the reply to id.
    remote::Result<Packet> request(const QByteArray &packet, quint32 id);
    remote::Result<Packet> waitFor(quint32 id);
    // The next reply, whatever its id.
    remote::Result<Packet> next();
    // Without waiting: true and *out when a whole reply is there.
    remote::Result<bool> poll(Packet *out);
    // Waits up to timeoutMs for more of this channel's data (libssh reads the socket and
    // sorts what arrives into every channel of the session); poll() then takes it.
    remote::Status waitForData(int timeoutMs);
    // Forgets a reply that may still arrive for a request nobody waits for any more.
    void discard(quint32 id);

    ssh_channel raw() const { return m_channel; }
    quint32 remoteWindow() const { return ssh_channel_window_size(m_channel); }
    bool hasExtension(const QByteArray &name) const { return m_extensions.contains(name); }
    void setCancelToken(const remote::CancelToken &cancel) { m_cancel = cancel; }

    // Replies for ids nobody asked for that end the channel.
    static constexpr int kMaxUnsolicited = 100;

    quint32 maxRead = 32768; // from limits@openssh.com when offered
    quint32 maxWrite = 32768;

private:
    SftpChannel(std::shared_ptr<SshSession> session, ssh_channel channel, const remote::CancelToken &cancel,
                int timeoutMs);
    remote::Status readSome(int timeoutMs, bool *gotData);
    remote::Result<bool> extract(Packet *out);
    // For a packet extract() gave: true when someone waits for it (its id is taken off
    // the outstanding ones), false when it is to be dropped (discarded, or unsolicited
    // and logged); an error once too many unsolicited replies came.
    remote::Result<bool> expected(const Packet &p);
    remote::Result<Packet> receive(std::optional<quint32> id);
    remote::Error channelError(const QString &what) const;
    remote::Status handshake();
    remote::Status readVersion();
    remote::Status askLimits();

    std::shared_ptr<SshSession> m_session;
    ssh_channel m_channel = nullptr;
    remote::CancelToken m_cancel;
    int m_timeoutMs;
    quint32 m_nextId = 1;
    QByteArray m_in; // received bytes [m_begin, m_end)
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    QHash<quint32, Packet> m_stash;
    QHash<quint32, bool> m_discarded;
    QSet<quint32> m_outstanding{0}; // ids sent and not answered; 0 is INIT's VERSION
    int m_unsolicited = 0;
    QHash<QByteArray, QByteArray> m_extensions;
};

} // namespace ferry::sftp
