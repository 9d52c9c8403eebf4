#pragma once
// The synchronous interface every protocol engine implements (FtpFileSystem,
// SftpFileSystem). An instance lives on one worker thread and is used only there; its
// calls block with timeouts, and each checks the CancelToken between chunks and inside
// every wait, returning ErrorKind::Cancelled when it fires.

#include <QDateTime>
#include <QStringList>

#include <memory>

#include "CancelToken.h"
#include "DirEntry.h"
#include "RemotePath.h"
#include "Result.h"
#include "SessionLog.h"

namespace ferry::remote {

// What the copy loops move per read or write unless a stream prefers otherwise.
inline constexpr qint64 kDefaultChunkSize = 256 * 1024;

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
        return Error(ErrorKind::Protocol, QStringLiteral("the server does not offer %1 checksums (not offered)").arg(algorithm));
    }

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
