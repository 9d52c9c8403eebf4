#pragma once
// The synchronous interface every protocol engine implements (FtpFileSystem,
// SftpFileSystem). An instance lives on one worker thread and is used only there; its
// calls block with timeouts, and each checks the CancelToken between chunks and inside
// every wait, returning ErrorKind::Cancelled when it fires.
//
// Besides the basic calls, the whole-file operations the transfer layer and the CLI use
// (fileSize, downloadTo, uploadFrom, finishUpload, checkUpload, copyDirect, uploadFiles)
// are virtual with a generic implementation here, so that a protocol's speed-ups (SFTP's
// channels, FTP's pipelined check after an upload, FXP) live in its own folder and
// transfer/ and app/ never name a protocol.

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>

#include "DirEntry.h"
#include "RemotePath.h"
#include "SegmentRecord.h"
#include "SessionLog.h"
#include "base/CancelToken.h"
#include "base/Result.h"

namespace ferry::remote {

// What the copy loops move per read or write unless a stream prefers otherwise.
inline constexpr qint64 kDefaultChunkSize = 256 * 1024;
// The most a lending source (LocalSource::borrow) is asked for at once.
inline constexpr qint64 kBorrowedChunkSize = 1024 * 1024;

// A download in progress. read() returns 0 at the end of the file; finish() must be
// called after the last read to confirm the server's view (FTP's 226).
class ReadStream
{
public:
    virtual ~ReadStream() = default;
    virtual Result<qint64> read(char *buffer, qint64 maxSize) = 0;
    virtual Status finish() = 0;
    // Stops the transfer early; the connection stays usable.
    virtual Status abort() = 0;
};

// An upload in progress. finish() flushes and waits for the server to confirm.
class WriteStream
{
public:
    virtual ~WriteStream() = default;
    virtual Status write(const char *data, qint64 size) = 0;
    virtual Status finish() = 0;
    virtual Status abort() = 0;
    // How many bytes the caller should hand to write() at a time: the size this stream
    // moves fastest with (see FtpDataChannel::write for plain FTP's 64 KiB).
    virtual qint64 preferredChunkSize() const { return kDefaultChunkSize; }
};

class RemoteFileSystem
{
public:
    virtual ~RemoteFileSystem() = default;

    // Bytes done (a resumed offset included) of the total (-1: unknown).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Every segment's range and progress, after a chunk of a file moved in segments (see
    // SegmentRecord); called one call at a time, from whichever of the engine's threads
    // moved it. Not called for a file moved in one stream.
    using SegmentsProgress = std::function<void(const std::vector<SegmentRecord::Segment> &segments)>;
    // Where downloadTo() puts the bytes: an open local file, positioned where they go.
    struct LocalSink
    {
        int fd = -1;  // its descriptor, for a fast path that writes through it
        QString path; // its name, for messages
        std::function<Status(const char *data, qint64 size)> write; // all of it, at the position
        // Where a fast path that fetches the file in segments (FTP over several
        // connections) keeps its SegmentRecord; empty: not allowed (no partial file). When
        // a valid record is there, offset is its contiguousEnd() and the record says what
        // else is in the file already; an engine without segments just continues from
        // offset (the bytes after it are written again).
        QString segmentsPath;
        SegmentsProgress segmentsProgress;
    };
    // Where uploadFrom() takes the bytes: an open local file, positioned at the offset.
    struct LocalSource
    {
        QString path; // its name (a fast path may open it itself)
        std::function<Result<qint64>(char *data, qint64 maxSize)> read; // 0 at the end
        // Optional: bytes without a copy, a view of the source's own buffer valid until the
        // next call (empty at the end). The generic loop sends them as they are (an
        // archive member's decompressed buffer goes straight to the socket).
        std::function<Result<QByteArrayView>(qint64 maxSize)> borrow;
        // False when path is no file to open (an archive member, decompressed as read):
        // then only read() gives the bytes, and a fast path must use the generic loop.
        bool fileAtPath = true;
    };
    // What the server says after an upload: the size it has, and whether the time asked
    // for went with it.
    struct UploadCheck
    {
        qint64 size = -1;     // -1: the server cannot tell
        bool timeSet = false; // the modification time was set (the caller undoes it if size is wrong)
    };
    struct UploadPlan
    {
        qint64 offset = 0;         // bytes already there (resume); 0 truncates
        qint64 total = 0;          // the local file's size
        QDateTime utc;             // the modification time to give the copy; invalid: none
        bool targetAbsent = false; // nothing was at the path before (lets FTP check early)
        // Where a fast path that sends the file in segments (SFTP over several channels)
        // keeps its SegmentRecord (a local file); empty: one stream, or segments without
        // a record. When a valid record is there, offset is its contiguousEnd() and the
        // record says which later ranges the server has acknowledged; an engine without
        // segments just continues from offset (the bytes after it are sent again).
        QString segmentsPath;
        SegmentsProgress segmentsProgress;
    };
    struct UploadDone
    {
        qint64 transferred = 0;
        UploadCheck check;
    };
    // How copyDirect() went.
    enum class DirectCopy
    {
        NotTried,
        Done,
        Refused
    };
    struct UploadItem
    {
        QString localPath;
        RemotePath remotePath;
    };

    // The token checked by every call from now on; swap it per job.
    void setCancelToken(const CancelToken &token) { m_cancel = token; }
    const CancelToken &cancelToken() const { return m_cancel; }
    // Where commands, replies and status lines go (the GUI's message log, the CLI's -v).
    void setLogSink(LogSink sink) { m_log = std::move(sink); }

    virtual Status connect() = 0;
    virtual void disconnect() = 0;
    virtual bool isConnected() const = 0;
    // Keeps an idle connection open (FTP NOOP, an SFTP round trip); Ok when not needed.
    virtual Status keepAlive() { return {}; }
    // Whether the connection is encrypted (FTPS, SFTP), once connected. Plain FTP is not,
    // nor is an "FTP, TLS if available" connection whose server refused AUTH TLS.
    virtual bool isEncrypted() const { return false; }

    // The folder the server put us in after login.
    virtual RemotePath homePath() const = 0;

    virtual Result<Listing> list(const RemotePath &path) = 0;
    // Several folders' listings, result i for paths[i], each as list() gives it. Generic:
    // one list() after another, the rest given the same error once one is a cancel or the
    // connection is lost. SFTP overrides it with several folders in flight on its channel.
    virtual QList<Result<Listing>> listMany(const QList<RemotePath> &paths);
    // How many folders listMany() has in flight at once (1: one after another).
    virtual int listingsInFlight() const { return 1; }
    virtual Result<DirEntry> stat(const RemotePath &path) = 0;
    virtual Status makeDir(const RemotePath &path) = 0;
    virtual Status removeFile(const RemotePath &path) = 0;
    virtual Status removeDir(const RemotePath &path) = 0;
    virtual Status rename(const RemotePath &from, const RemotePath &to) = 0;
    virtual Status chmod(const RemotePath &path, quint32 mode) = 0;
    virtual Status setModificationTime(const RemotePath &path, const QDateTime &utc) = 0;

    // Reads from offset (0 for the whole file; > 0 to resume).
    virtual Result<std::unique_ptr<ReadStream>> openRead(const RemotePath &path, qint64 offset) = 0;
    // Writes at offset: 0 truncates, > 0 resumes at that offset, -1 appends.
    virtual Result<std::unique_ptr<WriteStream>> openWrite(const RemotePath &path, qint64 offset) = 0;

    // Checksums the server computes itself, so a transfer can be verified without reading
    // the file back: "SHA-256", "SHA-1", "MD5", "CRC32", best first. Empty when the server
    // offers none (the default, and most servers).
    virtual QStringList checksumAlgorithms() { return {}; }
    // The server's checksum of the whole file with one of checksumAlgorithms(), in lower
    // case hex. A server that offers a command may still refuse it (a Protocol error).
    virtual Result<QString> checksum(const RemotePath &path, const QString &algorithm)
    {
        Q_UNUSED(path);
        return Error(ErrorKind::Protocol,
                     QStringLiteral("the server does not offer %1 checksums (not offered)").arg(algorithm));
    }

    // --- Whole-file operations: the generic way here, a protocol's faster one in its class ---

    // A file's size, for the check after a copy; -1 when the server cannot tell.
    // Generic: stat().
    virtual Result<qint64> fileSize(const RemotePath &path);
    // Downloads path from offset into sink; total is its size (-1: unknown). Returns the
    // bytes written. Generic: openRead() and 256 KiB reads until the end, then finish().
    virtual Result<qint64> downloadTo(const RemotePath &path, qint64 offset, qint64 total,
                                      const LocalSink &sink, const Progress &progress);
    // Uploads source to path as plan says and checks the result (finishUpload). Generic:
    // openWrite() and writes of the stream's preferred size, then finishUpload().
    virtual Result<UploadDone> uploadFrom(const LocalSource &source, const RemotePath &path,
                                          const UploadPlan &plan, const Progress &progress);
    // Ends an upload opened with openWrite() and checks it. Generic: stream.finish(),
    // then checkUpload().
    virtual Result<UploadCheck> finishUpload(WriteStream &stream, const RemotePath &path,
                                             const UploadPlan &plan);
    // After an upload (or when nothing needed sending): the size the server has and, when
    // utc is valid, the modification time set. Generic: fileSize(), then the time only
    // when the size is `expected` (or unknown); a failure to set it is not an error.
    virtual Result<UploadCheck> checkUpload(const RemotePath &path, qint64 expected, const QDateTime &utc);
    // Copies from this server straight to target's without the bytes passing through
    // Ferry (FTP's FXP). NotTried when this pair cannot (the generic answer), Refused
    // when a server refused a step (logged; both connections still usable); an error
    // (a cancel, a lost connection) ends the copy.
    virtual Result<DirectCopy> copyDirect(const RemotePath &from, RemoteFileSystem &target,
                                          const RemotePath &to, qint64 offset, qint64 total);
    // Whether uploadFiles() sends many files faster than one upload after another.
    virtual bool uploadsManyAtOnce() const { return false; }
    // Uploads many files at once (SFTP pipelines them); parent folders must exist; stops
    // at the first failure, naming the file. Generic: an error (ask uploadsManyAtOnce()).
    virtual Status uploadFiles(const QList<UploadItem> &items, bool preserveMtime,
                               const Progress &progress = {});

protected:
    void log(LogKind kind, const QString &text) const
    {
        if (m_log)
            m_log(kind, text);
    }

    CancelToken m_cancel;
    LogSink m_log;
};

} // namespace ferry::remote
