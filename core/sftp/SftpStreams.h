#pragma once
// The single-channel streams behind SftpFileSystem::openRead()/openWrite().
//
// SftpReadStream keeps up to 16 READs of 128 KiB in flight ahead of the reader and hands
// the data out in file order. It tracks offsets itself: a short DATA reply re-requests the
// missing tail, nothing is requested past the size FSTAT reported, and an early EOF means
// the file shrank (the stream then ends there).
//
// SftpWriteStream cuts the data into WRITEs as large as the server allows (OpenSSH:
// 255 KiB) and keeps up to 64 in flight, collecting their statuses later.
//
// Both live on the engine's worker thread and use its channel exclusively while open.

#include <QByteArray>
#include <QString>

#include <deque>
#include <map>
#include <memory>

#include "SftpChannel.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::sftp {

class SftpReadStream : public remote::ReadStream
{
public:
    // size < 0: unknown, read until EOF.
    SftpReadStream(std::shared_ptr<SftpChannel> channel, QByteArray handle, qint64 offset, qint64 size,
                   QString name);
    ~SftpReadStream() override;

    remote::Result<qint64> read(char *buffer, qint64 maxSize) override;
    remote::Status finish() override;
    remote::Status abort() override;

private:
    struct Request
    {
        qint64 offset;
        qint64 length;
    };
    remote::Status fill();
    remote::Status receiveOne();
    remote::Status close(bool drain);

    std::shared_ptr<SftpChannel> m_ch;
    QByteArray m_handle;
    QString m_name;
    qint64 m_size;                                     // stops requests; lowered on an early EOF
    qint64 m_next;                                     // next offset to request
    qint64 m_delivered;                                // next offset to hand out
    std::deque<std::pair<quint32, Request>> m_pending; // in request order
    std::deque<Request> m_retry;                       // tails of short reads
    std::map<qint64, QByteArray> m_ready;              // received, not yet handed out
    QByteArray m_current;
    qsizetype m_currentPos = 0;
    qint64 m_chunk;
    bool m_closed = false;
};

class SftpWriteStream : public remote::WriteStream
{
public:
    SftpWriteStream(std::shared_ptr<SftpChannel> channel, QByteArray handle, qint64 offset, QString name);
    ~SftpWriteStream() override;

    remote::Status write(const char *data, qint64 size) override;
    remote::Status finish() override;
    remote::Status abort() override;

private:
    remote::Status sendChunk(const char *data, qint64 size);
    remote::Status reap(size_t keep);
    remote::Status close();

    std::shared_ptr<SftpChannel> m_ch;
    QByteArray m_handle;
    QString m_name;
    qint64 m_offset;
    QByteArray m_buffer;
    std::deque<quint32> m_pending;
    bool m_closed = false;
};

// CLOSE of a handle, waiting for its status.
remote::Status closeHandle(SftpChannel &ch, const QByteArray &handle, const QString &name);

} // namespace ferry::sftp
