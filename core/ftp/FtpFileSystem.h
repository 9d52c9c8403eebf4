#pragma once
// RemoteFileSystem over FTP, explicit FTPS (AUTH TLS) and implicit FTPS: one control
// connection and, per transfer or listing, one data connection (passive EPSV/PASV or
// active EPRT/PORT). Lives on one worker thread; every call blocks with the configured
// timeout and returns Cancelled when the CancelToken fires.
//
// The login, as the servers expect it: greeting, AUTH TLS (then AUTH SSL) when the
// protocol asks for it, USER, PASS, PBSZ 0 + PROT P under TLS (one packet), FEAT + SYST
// + PWD for the home folder (one packet); OPTS UTF8 ON when offered and TYPE I go out
// with the first command after the login (FtpControlChannel::defer).

#include <QDeadlineTimer>
#include <QHostAddress>

#include <functional>
#include <memory>
#include <optional>

#include "FtpFeatures.h"
#include "FtpReply.h"
#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::ftp {

class FtpControlChannel;
class FtpDataChannel;

class FtpFileSystem : public remote::RemoteFileSystem
{
public:
    FtpFileSystem(remote::ConnectionSpec spec, remote::ConnectOptions options,
                  remote::Interaction *interaction);
    ~FtpFileSystem() override;

    remote::Status connect() override;
    void disconnect() override;
    bool isConnected() const override;
    bool isEncrypted() const override { return isTlsActive(); }
    remote::RemotePath homePath() const override { return m_home; }

    remote::Result<remote::Listing> list(const remote::RemotePath &path) override;
    // One folder after another, each listing's command followed in its packet by the next
    // listing's EPSV (passive mode): its 229 comes with the 226, so a folder costs one
    // round trip less (vsftpd's Nagle holds each reply until the one before is
    // acknowledged, so EPSV on its own is a full round trip). The last folder's EPSV is
    // kept for the next listing on this connection (RemoteTreeLister sends batch after batch).
    QList<remote::Result<remote::Listing>> listMany(const QList<remote::RemotePath> &paths) override;
    // One packet: without MLST, SIZE and MDTM (a file), CWD (a folder, when SIZE finds no
    // file), with MLST MLST; and in passive mode EPSV: the next transfer, RETR or STOR or
    // a listing, when it is the very next command (within 15 s), uses that port and waits
    // for no EPSV of its own (m_prefetchedPassive). A get's stat and an upload's look at
    // its target thus cost one wait (two on vsftpd, whose control connection holds a
    // second reply until the first is acknowledged) where SIZE, MDTM or CWD, then EPSV
    // took three. (All paths are absolute: the working folder a CWD changes matters to
    // nothing.)
    remote::Result<remote::DirEntry> stat(const remote::RemotePath &path) override;
    // A file's size for the check after an upload: SIZE alone (stat() sends three or four
    // commands, in one packet). Falls back to stat(); -1 when the server cannot tell.
    remote::Result<qint64> fileSize(const remote::RemotePath &path) override;
    // With a valid utc: fileSizeAndSetTime(); without: fileSize().
    remote::Result<UploadCheck> checkUpload(const remote::RemotePath &path, qint64 expected,
                                            const QDateTime &utc) override;
    // finishUploadAndCheck() when a time is to be set and the target was absent; else
    // the generic finish() then checkUpload().
    remote::Result<UploadCheck> finishUpload(remote::WriteStream &stream, const remote::RemotePath &path,
                                             const UploadPlan &plan) override;
    // After an upload: the file's size (SIZE) and its modification time set to `utc`
    // (MFMT, or MDTM with a time), the two commands sent together: one round trip where
    // fileSize() then setModificationTime() take two, on servers that send a reply at
    // once (vsftpd's control connection uses Nagle: its second reply waits for our ACK of
    // the first, so there it is still two). The time is set whatever the size turns out
    // to be; a caller that finds the size wrong must not leave it so. Without SIZE in
    // FEAT it is those two calls one after the other.
    struct SizeAndTime
    {
        qint64 size = -1;       // -1: the server cannot tell
        remote::Status timeSet; // the time command's outcome
    };
    remote::Result<SizeAndTime> fileSizeAndSetTime(const remote::RemotePath &path, const QDateTime &utc);
    // Ends an upload opened with openWrite() (stream.finish()) and checks it as
    // fileSizeAndSetTime() does, the check's commands sent as soon as the data connection
    // has closed, before the server's 226 is read: one wait for replies less per file.
    // Only for a target that did not exist before: if the server refuses the upload, the
    // time command it has already received must find no file whose time it would change.
    // Only where the server is known to leave commands unread until the transfer ends
    // (vsftpd, by its greeting; pure-ftpd answers 500 to them mid-transfer); elsewhere it
    // is finish() then fileSizeAndSetTime().
    remote::Result<SizeAndTime> finishUploadAndCheck(remote::WriteStream &stream,
                                                     const remote::RemotePath &path, const QDateTime &utc);
    remote::Status makeDir(const remote::RemotePath &path) override;
    remote::Status removeFile(const remote::RemotePath &path) override;
    remote::Status removeDir(const remote::RemotePath &path) override;
    remote::Status rename(const remote::RemotePath &from, const remote::RemotePath &to) override;
    remote::Status chmod(const remote::RemotePath &path, quint32 mode) override;
    remote::Status setModificationTime(const remote::RemotePath &path, const QDateTime &utc) override;
    remote::Result<std::unique_ptr<remote::ReadStream>> openRead(const remote::RemotePath &path,
                                                                 qint64 offset) override;
    remote::Result<std::unique_ptr<remote::WriteStream>> openWrite(const remote::RemotePath &path,
                                                                   qint64 offset) override;

    // --- Segmented downloads (FtpSegments.cpp) ---
    // A large file on a long link over several connections at once, each REST + RETR of
    // its own range written at its offset through sink.fd, the progress kept in a
    // SegmentRecord at sink.segmentsPath so a resume continues every segment. The count:
    // segmentCount(); one segment, or no REST STREAM, or no second login: the generic
    // single stream (the reason logged).
    remote::Result<qint64> downloadTo(const remote::RemotePath &path, qint64 offset, qint64 total,
                                      const LocalSink &sink, const Progress &progress) override;
    // How many connections fetch `bytes` at once, from the round-trip time (the kernel's
    // smallest sample on the control connection, TCP_INFO's tcpi_min_rtt; roundTripMs()
    // where it cannot tell), the size and
    // limit (the site's connection limit, 0: none stated): 1 below 5 ms (loopback, LAN,
    // where one stream is fastest) or under 32 MiB; else 2 below 10 ms and 4 from there,
    // never more than the limit nor one per 8 MiB. FERRY_FTP_SEGMENTS=N (1-16) forces N
    // (tests on loopback), within the same two bounds.
    static int segmentCount(double rttMs, qint64 bytes, int limit);
    // The fastest command round trip seen during login (SYST, PWD, TYPE I), in ms.
    double roundTripMs() const { return m_rttMs; }

    // HASH (after OPTS HASH) or XSHA256/XSHA1/XMD5/XCRC, whichever FEAT offers; see
    // FtpChecksum for the replies understood.
    QStringList checksumAlgorithms() override;
    remote::Result<QString> checksum(const remote::RemotePath &path, const QString &algorithm) override;

    // --- Server-to-server copy (FXP, FtpFxp.cpp) ---
    // FXP from this server to target when it is an FtpFileSystem too and both encrypt
    // data alike (under TLS both must offer SSCN); the steps below, in the order stated
    // there. A refused step is logged on both connections and answered Refused.
    remote::Result<DirectCopy> copyDirect(const remote::RemotePath &from, remote::RemoteFileSystem &target,
                                          const remote::RemotePath &to, qint64 offset, qint64 total) override;
    // The steps copyDirect() takes on the two connections.
    // The classic sequence: PASV on the target, PORT with that address on the source,
    // RETR on the source, STOR on the target; the data flows between the servers and each
    // ends with its own 226. Data under TLS needs SSCN on one side (fxpSecureClient).
    //
    // PASV: this server listens for the other; returns "h1,h2,h3,h4,p1,p2" for PORT (the
    // control peer's address when the one named is unusable, as for our own transfers).
    remote::Result<QString> fxpPassive();
    // PORT hostPort: this server will connect to the other's passive address.
    remote::Status fxpPort(const QString &hostPort);
    // SSCN ON/OFF: this server takes the TLS client role on the next data connections.
    remote::Status fxpSecureClient(bool on);
    // REST offset (when > 0), then "verb path" (RETR or STOR) sent without waiting.
    remote::Status fxpStart(const QString &verb, const remote::RemotePath &path, qint64 offset);
    // The transfer command's first reply: success when it is 1xx (the transfer began).
    remote::Status fxpWaitStarted();
    // The reply that ends the transfer (226/250), waiting up to timeoutMs.
    remote::Status fxpWaitDone(qint64 timeoutMs);
    // ABOR a transfer this connection has no data connection for, and get back in step.
    remote::Status fxpAbort();
    // Data connections are encrypted (PROT P).
    bool isDataTls() const { return m_dataTls; }
    // A status line in this connection's log (which method a copy used, and why).
    void logStatus(const QString &text) const { log(remote::LogKind::Status, text); }

    // NOOP, to keep an idle connection open.
    remote::Status keepAlive() override;
    const FtpFeatures &features() const { return m_features; }
    bool isTlsActive() const;

    // Used by the transfer streams.
    FtpControlChannel &control() { return *m_control; }
    // Ends the data connection (cleanly for an upload), ABOR, and brings the control
    // connection back in step.
    remote::Status abortTransfer(FtpDataChannel &data, bool upload);
    // Reads the reply that ends a transfer (226/250) and turns others into errors.
    remote::Status finishTransfer(const QString &what);

    // How a folder is listed, decided here alone: the listing command and, when the
    // folder must be entered first, the CWD sent ahead of it in the same packet (no round
    // trip of its own). MLSD takes the folder's path as its argument (RFC 3659: a path,
    // never options or a pattern) unless a server could still misread it (a name
    // starting with '-', white space at either end of a name, a glob character
    // *?[]{}~\ , a leading '~'); then CWD + MLSD. LIST arguments are options and
    // patterns to most servers (vsftpd lists the parent filtered by the last name when
    // the folder is missing; pure-ftpd splits at spaces and expands globs), so a LIST
    // folder is always entered by CWD, sent with the LIST.
    struct ListingPlan
    {
        QString changeDir; // "CWD path", or empty
        QString command;   // "MLSD path", "MLSD", "LIST -a", "LIST"
        bool mlsd = false;
    };
    static ListingPlan listingPlan(const QString &wirePath, bool mlsd, bool listA);
    static bool pathSafeAsArgument(const QString &wirePath);

    // The typed error for a failed reply (FtpReplyErrors' table): Auth for 530, NotFound
    // or Permission for 550 by its text, transient (retryable) for 4xx, Network for
    // 421/425/426.
    static remote::Error replyError(const FtpReply &reply, const QString &what);

private:
    remote::Status login();
    remote::Result<FtpReply> expect(const QString &command, int expectedClass, const QString &what);
    // A data connection openData() made.
    struct OpenedData
    {
        std::unique_ptr<FtpDataChannel> channel;
        // The command's 1xx is still on its way: the caller reads it (acceptPreliminary)
        // before the end reply. Only when openData() was asked for an early upload.
        bool preliminaryPending = false;
    };
    // Opens a data connection for `command` (RETR/STOR/APPE/LIST/MLSD), after REST when
    // restOffset > 0; returns it connected, after the server's 1xx, TLS done. With
    // earlyUpload a plain passive connection is returned before the 1xx has come
    // (preliminaryPending): the first bytes of the file travel while it is on its way.
    // The steps are listed at its definition (FtpOpenData.cpp).
    // `before`: a command sent in the same packet ahead of it (a listing's CWD), its reply
    // read first; when that fails, so does openData (beforeFailed's error).
    // `after`: a command sent in the same packet behind it (the next listing's EPSV); its
    // reply is the caller's to read after the end reply; when openData fails, the control
    // connection reads it before its next command (FtpControlChannel::settleLater).
    remote::Result<OpenedData> openData(const QString &command, qint64 restOffset, bool earlyUpload = false,
                                        const QString &before = QString(), const QString &after = QString());
    // The error for a failed `before` command (CWD: 550 is NotFound).
    static remote::Error beforeFailed(const FtpReply &reply, const QString &before);
    // PORT's h1,h2,h3,h4,p1,p2 (also what FXP hands from one server to the other).
    static QString portArgument(quint32 v4, quint16 port);

public:
    // The transfer command's first reply, read late (see openData): Ok for 1xx; otherwise
    // the data connection is dropped and the reply becomes the error.
    remote::Status acceptPreliminary(FtpDataChannel &data, const QString &command);

private:
    remote::Status checkPreliminary(const FtpReply &reply, FtpDataChannel &data, const QString &command);
    // PASV, its reply read, and the address checked (an unusable one is replaced by the
    // control connection's peer, as servers behind NAT need).
    struct PassiveTarget
    {
        QHostAddress address;
        quint16 port = 0;
        QString reply;
    };
    remote::Result<PassiveTarget> enterPassive(const QString &what);
    // Opens a data connection for command and hands its bytes to sink as they arrive,
    // then reads the end reply. A sink error ends the transfer (ABOR) and is returned.
    remote::Status readData(const QString &command,
                            const std::function<remote::Status(const char *, qint64)> &sink,
                            const QString &before = QString(), bool passiveAhead = false);
    // LIST or MLSD of path, parsed while it arrives; an error past remote::kMaxListingEntries
    // entries or kMaxListingBytes bytes, or a line over 64 KiB.
    remote::Result<remote::Listing> readListing(const remote::RemotePath &path, const QString &command,
                                                bool mlsd, const QString &before = QString());
    // ABOR, its replies, then NOOP until 200: the control connection back in step.
    remote::Status abortAndResync();
    QString wire(const remote::RemotePath &path) const { return path.toString(); }
    // The command that sets a modification time (MFMT, or MDTM with the time first).
    QString setTimeCommand(const remote::RemotePath &path, const QDateTime &utc) const;
    // fileSizeAndSetTime() in two halves: the commands (true when the next EPSV went
    // with them), and their replies.
    remote::Result<bool> sendSizeAndSetTime(const remote::RemotePath &path, const QDateTime &utc);
    remote::Result<SizeAndTime> readSizeAndSetTime(const remote::RemotePath &path, bool prefetch);
    // Whether an EPSV may be sent ahead of the transfer that will use it.
    bool canPrefetchPassive() const { return !m_options.activeMode && !m_epsvFailed; }
    // The reply to an EPSV sent ahead: its port kept for the very next transfer
    // (openData), while nothing else is sent and for kPrefetchedPassiveFreshMs.
    void keepPrefetchedPassive(const FtpReply &epsv);

    // One extra connection for a segmented download: the same server, user, password
    // (the one that logged this connection in) and options, the certificate this
    // connection accepted trusted by fingerprint, and no questions (it fails instead).
    // It logs in with fewer round trips: FEAT, SYST and PWD are taken from this one
    // (m_siblingOf), only USER, PASS (and TLS's commands), OPTS UTF8 and TYPE I are sent.
    std::unique_ptr<FtpFileSystem> makeSibling() const;
    struct SiblingOf
    {
        FtpFeatures features;
        QString system;
        remote::RemotePath home;
    };
    std::optional<SiblingOf> m_siblingOf;
    // Extra connections started together with this one's login (FtpSegments.cpp): when
    // ConnectOptions::likelyDownloadBytes says a large download comes first and the link
    // is long, they connect while this one logs in, send PASS only once this one's was
    // accepted, and wait, logged in, for downloadTo() to give them ranges (or are called
    // off: a small file, a folder, another command, disconnect()).
    struct EarlySiblings;
    std::shared_ptr<EarlySiblings> m_early;       // this connection's
    std::shared_ptr<EarlySiblings> m_earlyParent; // the one this connection helps
    // Before USER: starts them when the conditions hold (see ConnectOptions).
    void startEarlySiblings();
    // This connection's login: PASS accepted with `password` (or failed).
    void earlyLoginVerdict(bool ok, const QString &password);
    // Calls off the extra connections that no download took; `join`: waits for their
    // threads (they log out on their own).
    void dismissEarlySiblings(bool join);
    // An early sibling's login: waits for the parent's PASS verdict (false: failed or called off).
    bool waitForParentLogin(QString *password);
    // An early sibling taken by a download: the parent's FEAT, SYST and PWD answers.
    void adoptSiblingOf(const SiblingOf &of);
    // An early sibling waiting for its first range: EPSV now, its port kept for the RETR.
    remote::Status prefetchPassive();

    remote::ConnectionSpec m_spec;
    QString m_loginPassword; // what PASS sent (a sibling connection logs in with it)
    double m_rttMs = 0;
    remote::ConnectOptions m_options;
    remote::Interaction *m_interaction;
    std::unique_ptr<FtpControlChannel> m_control;
    FtpFeatures m_features;
    remote::RemotePath m_home;
    QString m_system;       // SYST reply text
    bool m_dataTls = false; // PROT P accepted
    bool m_epsvFailed = false;
    bool m_queuesCommandsDuringTransfer = false; // the greeting is vsftpd's (finishUploadAndCheck)
    bool m_eprtFailed = false;
    bool m_listAFailed = false;
    bool m_beforeFailed = false; // the last openData() failed at its `before` command
    bool m_ticketWaited = false;
    bool m_listingAhead = false; // listMany(): each listing sends the next one's EPSV
    // An EPSV sent ahead with the last upload's check (fileSizeAndSetTime), for the next
    // transfer: its port, and the control connection's command count when it was sent.
    // Used only if nothing else was sent since, and while it is fresh.
    struct PrefetchedPassive
    {
        quint16 port = 0;
        quint64 atCommand = 0;
        QDeadlineTimer freshUntil;
    };
    std::optional<PrefetchedPassive> m_prefetchedPassive;
    QString m_hashSelected; // the HASH algorithm in force (FEAT's star, then OPTS HASH)
};

} // namespace ferry::ftp
