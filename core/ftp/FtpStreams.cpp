// FtpFileSystem's transfers: the read and write streams over a data connection, the
// end of a transfer (226) or its ABOR, and the check after an upload (SIZE with the
// time, sent early by finishUploadAndCheck).
#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <functional>
#include <optional>
#include <utility>

#include "FtpControlChannel.h"
#include "FtpDataChannel.h"

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

class FtpReadStream : public ReadStream
{
public:
    FtpReadStream(FtpFileSystem &fs, std::unique_ptr<FtpDataChannel> data) : m_fs(fs), m_data(std::move(data))
    {}
    ~FtpReadStream() override
    {
        if (!m_done)
            (void)abort();
    }

    Result<qint64> read(char *buffer, qint64 maxSize) override { return m_data->read(buffer, maxSize); }

    Status finish() override
    {
        m_done = true;
        m_data->finishRead();
        return m_fs.finishTransfer(QCoreApplication::translate("ferry::ftp", "the download"));
    }

    Status abort() override
    {
        m_done = true;
        return m_fs.abortTransfer(*m_data, false);
    }

private:
    FtpFileSystem &m_fs;
    std::unique_ptr<FtpDataChannel> m_data;
    bool m_done = false;
};

// How much of an upload goes out before the server's 1xx reply to STOR has been read:
// a small file travels whole (one round trip less per file), a large one waits for the
// reply after its first chunk, so a refused STOR costs at most this much sent in vain.
constexpr qint64 kSentBeforePreliminary = 64 * 1024;

class FtpWriteStream : public WriteStream
{
public:
    FtpWriteStream(FtpFileSystem &fs, std::unique_ptr<FtpDataChannel> data, QString command,
                   bool preliminaryPending)
        : m_fs(fs), m_data(std::move(data)), m_command(std::move(command)),
          m_preliminaryPending(preliminaryPending)
    {}
    ~FtpWriteStream() override
    {
        if (!m_done)
            (void)abort();
    }

    Status write(const char *data, qint64 size) override
    {
        if (m_preliminaryPending && m_sentEarly + size > kSentBeforePreliminary) {
            m_preliminaryPending = false;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st) {
                m_done = m_over = true;
                return st;
            }
        }
        if (!m_preliminaryPending)
            return m_data->write(data, size);
        m_sentEarly += size;
        auto written = m_data->write(data, size);
        if (!written) {
            // A server that refused the command may reset the connection: its reply says why.
            m_preliminaryPending = false;
            m_done = m_over = true;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st)
                return st;
            (void)m_fs.finishTransfer(QCoreApplication::translate("ferry::ftp", "the upload"));
        }
        return written;
    }
    qint64 preferredChunkSize() const override { return m_data->preferredWriteSize(); }

    Status finish() override { return finish({}); }
    // `ahead`, when given, runs once the data connection has closed cleanly, before the
    // server's replies to the upload are read: it may send commands that follow the
    // upload (FtpFileSystem::finishUploadAndCheck), and then must read their replies
    // whatever this returns.
    Status finish(const std::function<void()> &ahead)
    {
        m_done = true;
        const Status closed = m_data->finishWrite();
        if (!closed)
            m_data->abort();
        else if (ahead)
            ahead();
        // The whole file went out before the 1xx was read: it comes now, then the 226. A
        // refusal (553 and the like) is the error to report, rather than what the closed
        // connection said.
        if (m_preliminaryPending) {
            m_preliminaryPending = false;
            if (auto st = m_fs.acceptPreliminary(*m_data, m_command); !st)
                return st;
        }
        if (!closed) {
            // The server still sends a final reply (426 most likely); read it.
            (void)m_fs.finishTransfer(QCoreApplication::translate("ferry::ftp", "the upload"));
            return closed;
        }
        return m_fs.finishTransfer(QCoreApplication::translate("ferry::ftp", "the upload"));
    }

    Status abort() override
    {
        m_done = true;
        if (m_over)
            return {}; // the server has ended the transfer already (it refused the command)
        return m_fs.abortTransfer(*m_data, true);
    }

private:
    FtpFileSystem &m_fs;
    std::unique_ptr<FtpDataChannel> m_data;
    QString m_command;
    bool m_over = false; // the server's final reply has been read
    bool m_preliminaryPending = false;
    qint64 m_sentEarly = 0;
    bool m_done = false;
};

// How long a prefetched EPSV port is used: servers wait about a minute for the data
// connection (vsftpd's accept_timeout is 60 s); an idle connection asks anew.
constexpr qint64 kPrefetchedPassiveFreshMs = 15 * 1000;

} // namespace

Status FtpFileSystem::finishTransfer(const QString &what)
{
    auto reply = m_control->readReply();
    if (!reply)
        return reply.error();
    if (!reply->isOk())
        return replyError(*reply, what);
    return {};
}

Status FtpFileSystem::abortTransfer(FtpDataChannel &data, bool upload)
{
    // First end the data connection: a server busy in the transfer (vsftpd reading an
    // upload) reads the control connection only once the data connection ends. A download
    // is dropped at once (the server answers 426). An upload is closed cleanly instead:
    // vsftpd and pure-ftpd end the whole session when a TLS upload is reset, while a clean
    // close keeps what arrived (a partial file, ready for --resume). Then ABOR, answered
    // by 225/226, and a NOOP whose 200 proves the control connection is back in step.
    const CancelToken saved = m_cancel;
    m_cancel = CancelToken(); // a user's cancel must not stop the clean-up itself
    if (!upload || !data.finishWrite())
        data.abort();
    const Status result = abortAndResync();
    m_cancel = saved;
    return result;
}

Status FtpFileSystem::abortAndResync()
{
    Status result;
    bool inStep = false;
    if (m_control->send(QStringLiteral("ABOR"))) {
        // The transfer's reply (426 or 226) and ABOR's (225 or 226). NOOP goes only after
        // them: vsftpd under TLS drops a command that arrives together with ABOR.
        for (int i = 0; i < 3; ++i) {
            auto reply = m_control->readReplyWithin(3000);
            if (!reply || !reply->isValid() || reply->code == 225 || reply->code == 226)
                break;
        }
        if (m_control->send(QStringLiteral("NOOP"))) {
            for (int i = 0; i < 4 && !inStep; ++i) {
                auto reply = m_control->readReplyWithin(5000);
                if (!reply || !reply->isValid())
                    break;
                inStep = reply->code == 200;
            }
        }
    }
    if (!inStep) {
        result =
            Error(ErrorKind::Network,
                  QCoreApplication::translate("ferry::ftp", "the connection did not recover after ABOR"));
        m_control->close();
    }
    return result;
}

Status FtpFileSystem::readData(const QString &command,
                               const std::function<Status(const char *, qint64)> &sink, const QString &before,
                               bool passiveAhead)
{
    // passiveAhead: the next data command's EPSV goes out with this one; its 229 arrives
    // with the 226 (one packet where the server holds replies by Nagle, as vsftpd does).
    const QString after = passiveAhead ? QStringLiteral("EPSV") : QString();
    auto opened = openData(command, 0, false, before, after);
    if (!opened)
        return opened.error();
    FtpDataChannel *data = opened->channel.get();
    char buffer[64 * 1024];
    while (true) {
        auto n = data->read(buffer, sizeof buffer);
        if (!n) {
            (void)abortTransfer(*data, false);
            return n.error();
        }
        if (*n == 0)
            break;
        if (Status st = sink(buffer, *n); !st) {
            (void)abortTransfer(*data, false); // the control connection stays usable
            return st;
        }
    }
    data->finishRead();
    const Status finished = finishTransfer(command.section(QLatin1Char(' '), 0, 0));
    if (after.isEmpty())
        return finished;
    if (!finished) {
        m_control->settleLater();
        return finished;
    }
    auto epsv = m_control->readReply();
    if (!epsv)
        return epsv.error();
    quint16 port = 0;
    // A server that refuses it is asked again, the usual way, by the next transfer.
    if (epsv->code == 229 && parseEpsvReply(epsv->text(), &port))
        m_prefetchedPassive =
            PrefetchedPassive{port, m_control->commandsSent(), QDeadlineTimer(kPrefetchedPassiveFreshMs)};
    return finished;
}

Result<FtpFileSystem::SizeAndTime> FtpFileSystem::fileSizeAndSetTime(const RemotePath &path,
                                                                     const QDateTime &utc)
{
    if (!isConnected())
        return Error(ErrorKind::Network, QCoreApplication::translate("ferry::ftp", "not connected"));
    if (!m_features.has(QStringLiteral("SIZE"))) {
        SizeAndTime result;
        auto size = fileSize(path);
        if (!size)
            return size.error();
        result.size = *size;
        result.timeSet = setModificationTime(path, utc);
        return result;
    }
    auto prefetch = sendSizeAndSetTime(path, utc);
    if (!prefetch)
        return prefetch.error();
    return readSizeAndSetTime(path, *prefetch);
}

Result<bool> FtpFileSystem::sendSizeAndSetTime(const RemotePath &path, const QDateTime &utc)
{
    // Both commands go out before either reply is read; the replies come in order. In
    // passive mode the next transfer's EPSV goes with them: a queue uploading file after
    // file saves a round trip (servers with Nagle on the control connection, vsftpd
    // among them, send the last two replies together).
    const bool prefetch = !m_options.activeMode && !m_epsvFailed;
    QStringList commands{QStringLiteral("SIZE ") + wire(path), setTimeCommand(path, utc)};
    if (prefetch)
        commands << QStringLiteral("EPSV");
    if (auto st = m_control->send(commands); !st) // one packet
        return st.error();
    return prefetch;
}

void FtpFileSystem::keepPrefetchedPassive(const FtpReply &epsv)
{
    quint16 port = 0;
    // A server that refuses it is asked again, the usual way, when a transfer comes.
    if (epsv.code == 229 && parseEpsvReply(epsv.text(), &port))
        m_prefetchedPassive =
            PrefetchedPassive{port, m_control->commandsSent(), QDeadlineTimer(kPrefetchedPassiveFreshMs)};
}

Result<FtpFileSystem::SizeAndTime> FtpFileSystem::readSizeAndSetTime(const RemotePath &path, bool prefetch)
{
    SizeAndTime result;
    auto size = m_control->readReply();
    if (!size)
        return size.error();
    auto set = m_control->readReply();
    if (!set)
        return set.error();
    if (prefetch) {
        auto epsv = m_control->readReply();
        if (!epsv)
            return epsv.error();
        keepPrefetchedPassive(*epsv);
    }
    if (!set->isOk())
        result.timeSet =
            replyError(*set, QCoreApplication::translate("ferry::ftp", "setting the modification time of %1")
                                 .arg(path.toString()));
    bool ok = false;
    const qint64 bytes = size->text().trimmed().toLongLong(&ok);
    if (size->code == 213 && ok) {
        result.size = bytes;
        return result;
    }
    if (size->code == 550)
        return Error(ErrorKind::NotFound,
                     QCoreApplication::translate("ferry::ftp", "%1 does not exist").arg(path.toString()),
                     size->toString());
    // SIZE refused for another reason: ask the way stat() does.
    auto st = stat(path);
    if (!st)
        return st.error();
    result.size = st->size.value_or(-1);
    return result;
}

Result<FtpFileSystem::SizeAndTime>
FtpFileSystem::finishUploadAndCheck(WriteStream &stream, const RemotePath &path, const QDateTime &utc)
{
    auto *own = dynamic_cast<FtpWriteStream *>(&stream);
    if (!own || !m_queuesCommandsDuringTransfer || !m_features.has(QStringLiteral("SIZE"))) {
        if (auto st = stream.finish(); !st)
            return st.error();
        return fileSizeAndSetTime(path, utc);
    }
    std::optional<bool> prefetch; // set when the check went out
    const Status finished = own->finish([&] {
        if (auto sent = sendSizeAndSetTime(path, utc))
            prefetch = *sent;
    });
    if (!finished) {
        // The server answers the check too (SIZE and the time refused for a file that is
        // not there, EPSV as usual): read those replies so the connection stays in step.
        if (prefetch && isConnected()) {
            for (int i = 0; i < (*prefetch ? 3 : 2); ++i) {
                auto reply = m_control->readReplyWithin(3000);
                if (!reply || !reply->isValid()) {
                    m_control->close();
                    break;
                }
            }
        }
        return finished.error();
    }
    if (!prefetch)
        return fileSizeAndSetTime(path, utc);
    return readSizeAndSetTime(path, *prefetch);
}

Result<RemoteFileSystem::UploadCheck> FtpFileSystem::checkUpload(const RemotePath &path, qint64 expected,
                                                                 const QDateTime &utc)
{
    Q_UNUSED(expected); // the caller judges the size (and undoes the time when it is wrong)
    UploadCheck check;
    if (!utc.isValid()) {
        auto size = fileSize(path);
        if (!size)
            return size.error();
        check.size = *size;
        return check;
    }
    auto after = fileSizeAndSetTime(path, utc);
    if (!after)
        return after.error();
    check.size = after->size;
    check.timeSet = after->timeSet.ok();
    return check;
}

Result<RemoteFileSystem::UploadCheck> FtpFileSystem::finishUpload(WriteStream &stream, const RemotePath &path,
                                                                  const UploadPlan &plan)
{
    if (!plan.utc.isValid() || !plan.targetAbsent)
        return RemoteFileSystem::finishUpload(stream, path, plan);
    auto after = finishUploadAndCheck(stream, path, plan.utc);
    if (!after)
        return after.error();
    UploadCheck check;
    check.size = after->size;
    check.timeSet = after->timeSet.ok();
    return check;
}

Result<std::unique_ptr<ReadStream>> FtpFileSystem::openRead(const RemotePath &path, qint64 offset)
{
    auto data = openData(QStringLiteral("RETR ") + wire(path), offset);
    if (!data)
        return data.error();
    return std::unique_ptr<ReadStream>(std::make_unique<FtpReadStream>(*this, std::move(data->channel)));
}

Result<std::unique_ptr<WriteStream>> FtpFileSystem::openWrite(const RemotePath &path, qint64 offset)
{
    const QString command = (offset < 0 ? QStringLiteral("APPE ") : QStringLiteral("STOR ")) + wire(path);
    auto data = openData(command, qMax<qint64>(0, offset), true);
    if (!data)
        return data.error();
    return std::unique_ptr<WriteStream>(
        std::make_unique<FtpWriteStream>(*this, std::move(data->channel), command, data->preliminaryPending));
}

} // namespace ferry::ftp
