#include "FakeFileSystem.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

namespace ferry::test {

using namespace ferry::remote;

FakeFileSystem::FakeFileSystem(const ConnectionSpec &spec, const FakeConfig &config, Interaction *interaction,
                               std::shared_ptr<FakeStats> stats)
    : m_spec(spec), m_config(config), m_interaction(interaction), m_stats(std::move(stats))
{
    ++m_stats->made;
    ++m_stats->alive;
    m_stats->record();
}

FakeFileSystem::~FakeFileSystem()
{
    m_stats->record();
    --m_stats->alive;
}

bool FakeFileSystem::sleepCancellable(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancel.isCancelled())
            return false;
        QThread::msleep(5);
    }
    return !m_cancel.isCancelled();
}

Status FakeFileSystem::connect()
{
    m_stats->record();
    ++m_stats->connects;
    if (!sleepCancellable(m_config.connectDelayMs))
        return Error(ErrorKind::Cancelled, QStringLiteral("cancelled"));
    const QString host = m_spec.host;
    if (host == QLatin1String("refused.test"))
        return Error(ErrorKind::Network, QStringLiteral("Connection refused"));
    if (host == QLatin1String("cert.test")) {
        CertificateInfo info;
        info.host = host;
        info.port = m_spec.effectivePort();
        info.subject = QStringLiteral("CN=cert.test, O=Ferry Test");
        info.issuer = QStringLiteral("CN=Ferry Test CA");
        info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        info.sha256Fingerprint = QStringLiteral("SHA256:q1w2e3r4t5y6u7i8o9p0AaSsDdFfGgHhJjKkLlZzXx");
        info.sha256Hex = QStringLiteral("AB:CD:EF:01:23:45:67:89");
        info.problems = {
            QStringLiteral("The issuer certificate of a locally looked up certificate could not be found")};
        if (!m_interaction || m_interaction->askCertificate(info) == TrustDecision::Reject)
            return Error(ErrorKind::Tls, QStringLiteral("The server's certificate was not accepted"));
    } else if (host == QLatin1String("hostkey.test") || host == QLatin1String("changed.test")) {
        HostKeyInfo info;
        info.host = host;
        info.port = m_spec.effectivePort();
        info.keyType = QStringLiteral("ssh-ed25519");
        info.sha256Fingerprint = QStringLiteral("SHA256:NEWNEWNEWnewnewnew0123456789abcdefABCDEF012");
        info.changed = host == QLatin1String("changed.test");
        if (info.changed)
            info.knownFingerprint = QStringLiteral("SHA256:OLDOLDOLDoldoldold0123456789abcdefABCDEF012");
        if (!m_interaction || m_interaction->askHostKey(info) == TrustDecision::Reject)
            return Error(ErrorKind::HostKey, QStringLiteral("The server's host key was not accepted"));
    } else if (host == QLatin1String("password.test") &&
               !(m_spec.hasPassword && m_spec.password == kPassword)) {
        SecretPrompt prompt;
        prompt.title = QStringLiteral("Password for %1@%2").arg(m_spec.user, host);
        prompt.instruction = QStringLiteral("Keyboard-interactive authentication");
        prompt.prompt = QStringLiteral("Password:");
        QString answer;
        if (!m_interaction || !m_interaction->askSecret(prompt, &answer))
            return Error(ErrorKind::Auth, QStringLiteral("No password given"));
        if (answer != kPassword)
            return Error(ErrorKind::Auth, QStringLiteral("Wrong password"));
    }
    if (m_cancel.isCancelled())
        return Error(ErrorKind::Cancelled, QStringLiteral("cancelled"));
    m_connected = true;
    return {};
}

Status FakeFileSystem::keepAlive()
{
    m_stats->record();
    m_stats->keepAlives.fetch_add(1);
    return {};
}

void FakeFileSystem::disconnect()
{
    m_stats->record();
    m_connected = false;
}

Result<Listing> FakeFileSystem::listingOf(const RemotePath &path, int bigEntries, int largeEntries)
{
    const QDateTime when(QDate(2026, 11, 1), QTime(12, 30, 5), Qt::UTC);
    const auto file = [&when](const QString &name, qint64 size) {
        DirEntry e;
        e.name = name;
        e.type = EntryType::File;
        e.size = size;
        e.mtime = when.addSecs(size % 100000);
        e.mtimePrecision = MtimePrecision::Second;
        e.mtimeUtc = true;
        e.mode = 0644;
        e.permissions = DirEntry::permissionsFromMode(0644);
        e.owner = QStringLiteral("ferry");
        e.group = QStringLiteral("users");
        return e;
    };
    const auto dir = [&when](const QString &name) {
        DirEntry e;
        e.name = name;
        e.type = EntryType::Dir;
        e.mtime = when;
        e.mtimePrecision = MtimePrecision::Minute;
        e.mode = 0755;
        e.permissions = DirEntry::permissionsFromMode(0755);
        e.owner = QStringLiteral("ferry");
        e.group = QStringLiteral("users");
        return e;
    };
    Listing listing;
    listing.path = path;
    const QString p = path.toString();
    if (p == QLatin1String("/")) {
        listing.entries = {dir(QStringLiteral("docs")),
                           dir(QStringLiteral("pub")),
                           dir(QStringLiteral("big")),
                           dir(QStringLiteral("empty")),
                           file(QStringLiteral("readme.txt"), 1234),
                           file(QStringLiteral("data.bin"), 5 * 1024 * 1024)};
    } else if (p == QLatin1String("/docs")) {
        listing.entries = {file(QStringLiteral("a.txt"), 10), file(QStringLiteral("b.txt"), 2000),
                           file(QStringLiteral("c.txt"), 300), dir(QStringLiteral("sub"))};
    } else if (p == QLatin1String("/docs/sub")) {
        listing.entries = {file(QStringLiteral("deep.txt"), 42)};
    } else if (p == QLatin1String("/pub")) {
        for (int i = 1; i <= 10; ++i)
            listing.entries.append(
                file(QStringLiteral("pub%1.bin").arg(i, 2, 10, QLatin1Char('0')), i * 1000));
    } else if (p == QLatin1String("/big")) {
        listing.entries.reserve(bigEntries);
        for (int i = 1; i <= bigEntries; ++i)
            listing.entries.append(
                file(QStringLiteral("file%1.dat").arg(i, 6, 10, QLatin1Char('0')), (i * 7919) % 1000003));
    } else if (p == QLatin1String("/large")) {
        for (int i = 1; i <= largeEntries; ++i)
            listing.entries.append(
                file(QStringLiteral("large%1.bin").arg(i, 2, 10, QLatin1Char('0')), kLargeFileSize));
    } else if (p != QLatin1String("/empty")) {
        return Error(ErrorKind::NotFound, QStringLiteral("No such folder: %1").arg(p),
                     QStringLiteral("550 No such file or directory"));
    }
    return listing;
}

Result<Listing> FakeFileSystem::list(const RemotePath &path)
{
    m_stats->record();
    ++m_stats->lists;
    if (!m_connected)
        return Error(ErrorKind::Network, QStringLiteral("not connected"));
    if (!sleepCancellable(m_config.listDelayMs))
        return Error(ErrorKind::Cancelled, QStringLiteral("cancelled"));
    if (m_stats->dropNextList.exchange(false)) {
        m_connected = false;
        return Error(ErrorKind::Network, QStringLiteral("Connection reset by peer"));
    }
    if (m_config.writable && m_stats->isMadeFolder(keyOf(path))) {
        Listing listing;
        listing.path = path;
        return listing;
    }
    return listingOf(path, m_config.bigEntries, m_config.largeEntries);
}

char FakeFileSystem::contentByte(const QString &path, qint64 offset)
{
    quint32 seed = 0;
    for (const QChar c : path)
        seed = seed * 31 + c.unicode();
    return char((quint64(offset) * 2654435761u + seed + quint64(offset) / 251) & 0xff);
}

QByteArray FakeFileSystem::contentOf(const QString &path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = contentByte(path, i);
    return bytes;
}

namespace {
class FakeReadStream : public ReadStream
{
public:
    FakeReadStream(QString host, QString path, qint64 size, qint64 offset, int chunkDelayMs,
                   std::shared_ptr<FakeStats> stats, std::function<bool(int)> sleep)
        : m_host(std::move(host)), m_path(std::move(path)), m_size(size), m_offset(offset),
          m_chunkDelayMs(chunkDelayMs), m_stats(std::move(stats)), m_sleep(std::move(sleep))
    {
        m_stats->readStarted(m_host, m_path);
    }
    ~FakeReadStream() override { m_stats->readEnded(m_host); }
    Result<qint64> read(char *buffer, qint64 maxSize) override
    {
        if (m_offset >= m_size)
            return qint64(0);
        if (!m_sleep(m_chunkDelayMs))
            return Error(ErrorKind::Cancelled, QStringLiteral("cancelled"));
        const qint64 n = std::min({maxSize, m_size - m_offset, qint64(64 * 1024)});
        for (qint64 i = 0; i < n; ++i)
            buffer[i] = FakeFileSystem::contentByte(m_path, m_offset + i);
        m_offset += n;
        return n;
    }
    Status finish() override { return {}; }
    Status abort() override { return {}; }

private:
    QString m_host;
    QString m_path;
    qint64 m_size;
    qint64 m_offset;
    int m_chunkDelayMs;
    std::shared_ptr<FakeStats> m_stats;
    std::function<bool(int)> m_sleep;
};
} // namespace

QString FakeFileSystem::keyOf(const RemotePath &path) const
{
    return m_spec.host + QLatin1Char(':') + path.toString();
}

Result<DirEntry> FakeFileSystem::stat(const RemotePath &path)
{
    if (m_config.writable) {
        m_stats->record();
        DirEntry entry;
        entry.name = path.name();
        if (const qint64 size = m_stats->uploadedSize(keyOf(path)); size >= 0) {
            entry.type = EntryType::File;
            entry.size = size;
            return entry;
        }
        if (m_stats->isMadeFolder(keyOf(path))) {
            entry.type = EntryType::Dir;
            return entry;
        }
        if (!m_config.readable)
            return Error(ErrorKind::NotFound, QStringLiteral("No such file: %1").arg(path.toString()),
                         QStringLiteral("550 No such file or directory"));
    }
    if (!m_config.readable)
        return unsupported().error();
    m_stats->record();
    if (path.toString() == QLatin1String("/"))
        return listingOf(path, 0).error();
    auto parent = listingOf(path.parent(), m_config.bigEntries, m_config.largeEntries);
    if (parent) {
        for (const DirEntry &entry : std::as_const(parent->entries)) {
            if (entry.name == path.name())
                return entry;
        }
    }
    return Error(ErrorKind::NotFound, QStringLiteral("No such file: %1").arg(path.toString()),
                 QStringLiteral("550 No such file or directory"));
}

Result<std::unique_ptr<ReadStream>> FakeFileSystem::openRead(const RemotePath &path, qint64 offset)
{
    if (!m_config.readable)
        return unsupported().error();
    m_stats->record();
    if (m_spec.host == QLatin1String("flaky.test")) {
        m_stats->readStarted(m_spec.host, path.toString());
        m_stats->readEnded(m_spec.host);
        return Error(ErrorKind::Network, QStringLiteral("Connection reset by peer"));
    }
    auto entry = stat(path);
    if (!entry)
        return entry.error();
    if (entry->isDir())
        return Error(ErrorKind::Local, QStringLiteral("%1 is a folder").arg(path.toString()));
    return std::unique_ptr<ReadStream>(std::make_unique<FakeReadStream>(
        m_spec.host, path.toString(), entry->size.value_or(0), offset, m_config.readChunkDelayMs, m_stats,
        [this](int ms) { return sleepCancellable(ms); }));
}

Status FakeFileSystem::unsupported()
{
    m_stats->record();
    return Error(ErrorKind::Local, QStringLiteral("not supported by the test engine"));
}

Status FakeFileSystem::makeDir(const RemotePath &path)
{
    if (!m_config.writable)
        return unsupported();
    m_stats->record();
    m_stats->folderMade(keyOf(path));
    return {};
}
Status FakeFileSystem::removeFile(const RemotePath &)
{
    return unsupported();
}
Status FakeFileSystem::removeDir(const RemotePath &)
{
    return unsupported();
}
Status FakeFileSystem::rename(const RemotePath &, const RemotePath &)
{
    return unsupported();
}
Status FakeFileSystem::chmod(const RemotePath &, quint32)
{
    return unsupported();
}
Status FakeFileSystem::setModificationTime(const RemotePath &, const QDateTime &)
{
    if (m_config.writable)
        return {};
    return unsupported();
}

namespace {
// Counts what is written; the file "exists" with that size once finished.
class FakeWriteStream : public WriteStream
{
public:
    FakeWriteStream(QString key, qint64 offset, std::shared_ptr<FakeStats> stats)
        : m_key(std::move(key)), m_size(offset), m_stats(std::move(stats))
    {}
    Status write(const char *, qint64 size) override
    {
        m_size += size;
        return {};
    }
    Status finish() override
    {
        m_stats->uploaded(m_key, m_size);
        return {};
    }
    Status abort() override { return {}; }

private:
    QString m_key;
    qint64 m_size;
    std::shared_ptr<FakeStats> m_stats;
};
} // namespace

Result<std::unique_ptr<WriteStream>> FakeFileSystem::openWrite(const RemotePath &path, qint64 offset)
{
    if (!m_config.writable)
        return unsupported().error();
    m_stats->record();
    return std::unique_ptr<WriteStream>(std::make_unique<FakeWriteStream>(keyOf(path), offset, m_stats));
}

session::FileSystemMaker fakeMaker(const FakeConfig &config, std::shared_ptr<FakeStats> stats)
{
    return [config, stats](const ConnectionSpec &spec, const ConnectOptions &,
                           Interaction *interaction) -> Result<std::unique_ptr<RemoteFileSystem>> {
        return std::unique_ptr<RemoteFileSystem>(
            std::make_unique<FakeFileSystem>(spec, config, interaction, stats));
    };
}

} // namespace ferry::test
