#pragma once
// RemoteFileSystem over SFTP (libssh 0.10 for SSH, our own pipelined SFTP v3 framing on
// top; see SftpChannel). One SSH session per instance; the instance, its session and its
// channels live on the worker thread that called connect().
//
// Besides the generic calls, three fast paths, reached through RemoteFileSystem's
// virtuals (downloadTo, uploadFrom, uploadFiles): downloadFile() and uploadFile() spread
// one large file over several SFTP channels of the session, as many as the measured
// round-trip time needs (a libssh channel only lets about 1 MB be in flight), and
// uploadFiles() pipelines OPEN/WRITE/CLOSE of many small files.

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "SftpPacket.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"
#include "remote/RemoteFileSystem.h"

class QTimer;

namespace ferry::sftp {

class ExtraSessions;
class SftpChannel;
class SshSession;

class SftpFileSystem : public remote::RemoteFileSystem
{
public:
    // interaction may be null: every question is then answered "no".
    SftpFileSystem(remote::ConnectionSpec spec, remote::ConnectOptions options,
                   remote::Interaction *interaction);
    ~SftpFileSystem() override;

    remote::Status connect() override;
    void disconnect() override;
    bool isConnected() const override;
    bool isEncrypted() const override { return true; } // SSH always is
    remote::RemotePath homePath() const override { return m_home; }

    remote::Result<remote::Listing> list(const remote::RemotePath &path) override;
    // Up to 16 folders in flight on the main channel, OPENDIR/READDIR/CLOSE pipelined
    // (two round trips for a small folder, shared by all in flight).
    QList<remote::Result<remote::Listing>> listMany(const QList<remote::RemotePath> &paths) override;
    int listingsInFlight() const override;
    remote::Result<remote::DirEntry> stat(const remote::RemotePath &path) override;
    remote::Status makeDir(const remote::RemotePath &path) override;
    remote::Status removeFile(const remote::RemotePath &path) override;
    remote::Status removeDir(const remote::RemotePath &path) override;
    // posix-rename@openssh.com (replaces an existing target) when offered, else RENAME.
    remote::Status rename(const remote::RemotePath &from, const remote::RemotePath &to) override;
    remote::Status chmod(const remote::RemotePath &path, quint32 mode) override;
    remote::Status setModificationTime(const remote::RemotePath &path, const QDateTime &utc) override;

    // The "check-file-name" extension, when the server's VERSION packet offers it
    // (OpenSSH does not; ProFTPD's mod_sftp and some commercial servers do).
    QStringList checksumAlgorithms() override;
    remote::Result<QString> checksum(const remote::RemotePath &path, const QString &algorithm) override;

    // Single-channel streams: READs kept in flight ahead of read(), WRITEs pipelined.
    remote::Result<std::unique_ptr<remote::ReadStream>> openRead(const remote::RemotePath &path,
                                                                 qint64 offset) override;
    remote::Result<std::unique_ptr<remote::WriteStream>> openWrite(const remote::RemotePath &path,
                                                                   qint64 offset) override;

    // --- Fast paths (SFTP only) ---
    // downloadFile() through the sink's descriptor; returns the bytes written.
    remote::Result<qint64> downloadTo(const remote::RemotePath &path, qint64 offset, qint64 total,
                                      const LocalSink &sink, const Progress &progress) override;
    // uploadFile() from the source's path, then the generic checkUpload().
    remote::Result<UploadDone> uploadFrom(const LocalSource &source, const remote::RemotePath &path,
                                          const UploadPlan &plan, const Progress &progress) override;
    bool uploadsManyAtOnce() const override { return true; }

    struct TransferOptions
    {
        qint64 offset = 0;         // resume: bytes already at the destination (kept as they are)
        bool preserveMtime = true; // give the copy the source's modification time
        int channels = 0;          // 0: chosen from the round-trip time and the size
        Progress progress;         // (bytes done including offset, total size)
        int localFd = -1;          // downloads: write through this open file, not by name
        // Where the SegmentRecord of a file moved in segments lives (an upload's: see
        // uploadFile; a download's: beside its partial, see downloadFile); empty: several
        // channels share the file chunk by chunk, no record, one SSH session.
        QString segmentsPath;
        SegmentsProgress segmentsProgress;
    };
    // Downloads remote to localPath (created or, with offset, continued; truncated to the
    // remote size at the end). With segmentsPath and more than one channel or session, in
    // segments kept in a SegmentRecord there (the data written before the line), so a
    // resume (offset = the record's contiguousEnd()) continues every segment.
    //
    // Either direction, in segments: on a long link (sessionsWanted) or once the first
    // connection shows loss, up to the site's limit of more SSH sessions join (see
    // SftpSessions.h), each taking the back half of the largest range still ahead; a
    // server that refuses them leaves the channels of this one (logged).
    remote::Status downloadFile(const remote::RemotePath &remote, const QString &localPath,
                                const TransferOptions &options);
    // Uploads localPath to remote (truncated unless offset > 0). With segmentsPath, a file
    // that uploadSegments() splits goes in that many segments, one channel each, every
    // segment's acknowledged progress kept in a SegmentRecord there (the server's STATUS
    // OK for a WRITE first, then the line), so a resume (offset = the record's
    // contiguousEnd()) continues every segment and never leaves a hole; the record is
    // removed when all are done. A server that refuses more channels gets one stream.
    remote::Status uploadFile(const QString &localPath, const remote::RemotePath &remote,
                              const TransferOptions &options);

    // Uploads many files with their OPEN/WRITE/CLOSE requests overlapping (up to 32 files
    // at once); large files (over 4 MiB) go through uploadFile(). Parent folders must
    // exist. Stops at the first failure, naming the file.
    remote::Status uploadFiles(const QList<UploadItem> &items, bool preserveMtime,
                               const Progress &progress = {}) override;

    // Round trip of a small SFTP request, measured at connect and by keepAlive().
    double roundTripMs() const { return m_rttMs; }
    QString hostKeyFingerprint() const;
    // Sends a cheap request so NAT and servers keep an idle session; a dead one is a
    // Network error. Called by a timer every 30 s while the worker thread is idle.
    remote::Status keepAlive() override;
    // The channel count downloadFile()/uploadFile() would use for a file of this size.
    int channelsFor(qint64 size, bool upload = false) const;
    // The segments uploadFile() splits `bytes` into (remote::segmentCount: one on
    // loopback/LAN and under 8 MiB; two from 5 ms, four from 10 ms; never more than the
    // site's connection limit nor one per 4 MiB; FERRY_SFTP_SEGMENTS forces).
    int uploadSegments(qint64 bytes) const;
    // The link's round trip: the kernel's smallest sample on the SSH socket, else the
    // fastest SFTP request's.
    double linkRoundTripMs() const;
    // SSH sessions (this one included) for a file moved in segments: one on loopback and
    // LAN (under 5 ms); else up to four, at once from 50 ms (*atOnce), on shorter links
    // once the first connection shows loss (from 10 ms logged in at the start, in reserve,
    // and used then); never more than sessionLimit().
    // FERRY_SFTP_SESSIONS=N forces N (1: never more than this one), at once.
    int sessionsWanted(bool *atOnce) const;
    // On a queue's connection (ConnectOptions::slots): the queue's per-site limit, counted
    // with the pool's connections and every extra one (remote::ConnectionSlots). Else the
    // site's connection limit (maxConnections), four when it states none, counted with
    // every other SSH connection of this process to the same server (ConnectionCount).
    int sessionLimit() const;

private:
    remote::Status ensureConnected() const;
    remote::Result<Packet> call(const QByteArray &packet, quint32 id);
    remote::Status simple(quint8 type, const remote::RemotePath &path, const QString &what);
    remote::Result<QByteArray> openHandle(SftpChannel &ch, const remote::RemotePath &path, quint32 flags,
                                          const QString &what);
    // A listing's links: their targets and what they lead to (STAT and READLINK, all sent
    // before the first reply is read).
    remote::Status resolveLinks(SftpChannel &ch, const remote::RemotePath &path, remote::Listing &listing);
    remote::Result<FileAttrs> statAttrs(const remote::RemotePath &path, bool followLinks);
    remote::Status openChannels(int count);
    // openChannels(count), or as many as the server allows (at least one); how many are open.
    remote::Result<int> openChannelsUpTo(int count);
    void touch();
    std::unique_ptr<ExtraSessions> extraSessions(const remote::RemotePath &path, quint32 openFlags,
                                                 int channelsEach) const;

    QByteArray encode(const remote::RemotePath &path) const { return path.toString().toUtf8(); }

    remote::ConnectionSpec m_spec;
    remote::ConnectOptions m_options;
    remote::Interaction *m_interaction;
    std::shared_ptr<SshSession> m_session;
    std::vector<std::shared_ptr<SftpChannel>> m_channels; // [0] is the main channel; more for fast paths
    remote::RemotePath m_home;
    double m_rttMs = 0;
    std::unique_ptr<QObject> m_timerContext;
    QTimer *m_keepAlive = nullptr;
    qint64 m_lastUse = 0;
    QString m_countedAs; // the server in ConnectionCount while connected
};

} // namespace ferry::sftp
