// Archive.h's reading half on libarchive: names, listing, finding a member, reading one
// member (on a thread of its own or the caller's), and the one-pass walk.
#include "Archive.h"

#include <QDir>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "detail/LibArchive.h"

namespace ferry::archive {

using namespace ferry::remote;
using detail::ReadHandle;

namespace {

struct Suffix
{
    const char *text;
    std::optional<ArchiveFormat> writes;
};
// Longest first, so ".tar.gz" wins over ".gz".
const Suffix kSuffixes[] = {
    {".tar.gz", ArchiveFormat::TarGz},
    {".tar.xz", ArchiveFormat::TarXz},
    {".tar.zst", ArchiveFormat::TarZst},
    {".tar.bz2", std::nullopt},
    {".tar.lz4", std::nullopt},
    {".tar.lzma", std::nullopt},
    {".tgz", ArchiveFormat::TarGz},
    {".txz", ArchiveFormat::TarXz},
    {".tzst", ArchiveFormat::TarZst},
    {".tbz2", std::nullopt},
    {".tbz", std::nullopt},
    {".zip", ArchiveFormat::Zip},
    {".tar", std::nullopt},
    {".7z", std::nullopt},
    {".iso", std::nullopt},
    {".cpio", std::nullopt},
    {".rar", std::nullopt},
    {".jar", std::nullopt},
    {".xpi", std::nullopt},
    {".apk", std::nullopt},
    {".cab", std::nullopt},
    {".lha", std::nullopt},
    {".ar", std::nullopt},
    {".deb", std::nullopt},
};

const Suffix *suffixFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const Suffix &s : kSuffixes) {
        if (lower.endsWith(QLatin1String(s.text)) && lower.size() > qsizetype(qstrlen(s.text)))
            return &s;
    }
    return nullptr;
}

} // namespace

std::optional<ArchiveFormat> formatForName(const QString &fileName)
{
    const Suffix *s = suffixFor(fileName);
    return s ? s->writes : std::nullopt;
}

QString suffixOf(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::Zip:
        return QStringLiteral(".zip");
    case ArchiveFormat::TarGz:
        return QStringLiteral(".tar.gz");
    case ArchiveFormat::TarXz:
        return QStringLiteral(".tar.xz");
    case ArchiveFormat::TarZst:
        return QStringLiteral(".tar.zst");
    }
    return {};
}

bool looksLikeArchive(const QString &fileName)
{
    return suffixFor(fileName) != nullptr;
}

QString withoutArchiveSuffix(const QString &fileName)
{
    const Suffix *s = suffixFor(fileName);
    return s ? fileName.left(fileName.size() - qsizetype(qstrlen(s->text))) : fileName;
}

std::optional<MemberPath> splitMemberPath(const QString &text)
{
    for (qsizetype at = text.indexOf(QLatin1String("!/")); at > 0;
         at = text.indexOf(QLatin1String("!/"), at + 1)) {
        const QString archive = text.left(at);
        const QFileInfo info(archive);
        if (!info.isFile())
            continue;
        bool safe = true;
        const QString member = normaliseMemberPath(text.mid(at + 2), &safe);
        if (!safe)
            return std::nullopt;
        return MemberPath{archive, member};
    }
    return std::nullopt;
}

QString joinMemberPath(const QString &archive, const QString &member)
{
    return archive + QStringLiteral("!/") + member;
}

std::optional<MemberPath> splitFolderPath(const QString &path)
{
    // From the whole path up to "/": the first part that exists decides (a folder: no
    // archive on the way; a file: the archive).
    const QString clean = QDir::cleanPath(path);
    for (qsizetype end = clean.size(); end > 0; end = clean.lastIndexOf(QLatin1Char('/'), end - 1)) {
        const QFileInfo info(clean.left(end));
        if (!info.exists())
            continue;
        if (!info.isFile())
            return std::nullopt;
        bool safe = true;
        const QString member = normaliseMemberPath(clean.mid(end + 1), &safe);
        if (!safe)
            return std::nullopt;
        return MemberPath{clean.left(end), member};
    }
    return std::nullopt;
}

Result<ArchiveTree> listArchive(const QString &archivePath, const CancelToken &cancel)
{
    auto handle = detail::openForReading(archivePath);
    if (!handle)
        return handle.error();
    struct archive *a = handle->get();
    ArchiveTree tree;
    struct archive_entry *entry = nullptr;
    while (true) {
        if (cancel.isCancelled())
            return detail::cancelledError();
        auto next = detail::nextHeader(a, &entry, archivePath);
        if (!next)
            return next.error();
        if (*next == 0)
            break;
        tree.add(detail::describe(entry));
        // The data is skipped, never kept (libarchive seeks past it where it can).
        if (archive_read_data_skip(a) != ARCHIVE_OK)
            return detail::archiveError(a, archivePath);
    }
    return tree;
}

namespace {

// Advances `a` to the header of `member`; the entry, or NotFound (an implied folder
// when only longer paths start with it).
Result<ArchiveEntry> seekMember(struct archive *a, const QString &archivePath, const QString &asked,
                                const CancelToken &cancel)
{
    bool safe = true;
    const QString member = normaliseMemberPath(asked, &safe); // "./a//b" is "a/b"
    if (!safe)
        return Error(
            ErrorKind::NotFound,
            QCoreApplication::translate("ferry::archive", "%1 holds no member %2").arg(archivePath, asked));
    const QString prefix = member + QLatin1Char('/');
    bool implied = false;
    struct archive_entry *entry = nullptr;
    while (true) {
        if (cancel.isCancelled())
            return detail::cancelledError();
        auto next = detail::nextHeader(a, &entry, archivePath);
        if (!next)
            return next.error();
        if (*next == 0)
            break;
        ArchiveEntry described = detail::describe(entry);
        if (described.safe && described.path == member)
            return described;
        if (described.safe && described.path.startsWith(prefix))
            implied = true;
        if (archive_read_data_skip(a) != ARCHIVE_OK)
            return detail::archiveError(a, archivePath);
    }
    if (implied || member.isEmpty()) {
        ArchiveEntry folder;
        folder.path = member;
        folder.type = EntryType::Folder;
        folder.size = 0;
        folder.permissions = 0755;
        folder.implied = true;
        return folder;
    }
    return Error(
        ErrorKind::NotFound,
        QCoreApplication::translate("ferry::archive", "%1 holds no member %2").arg(archivePath, member));
}

// Reads the current member's data from the archive handle, on the caller's thread.
class DirectReader : public MemberReader
{
public:
    DirectReader(struct archive *a, ArchiveEntry entry, CancelToken cancel)
        : m_a(a), m_entry(std::move(entry)), m_cancel(std::move(cancel))
    {}
    const ArchiveEntry &entry() const override { return m_entry; }
    Result<qint64> read(char *data, qint64 maxSize) override
    {
        if (m_cancel.isCancelled())
            return detail::cancelledError();
        const la_ssize_t n = archive_read_data(m_a, data, size_t(maxSize));
        if (n < 0) {
            if (m_entry.encrypted)
                return detail::encryptedError(m_entry.path);
            return detail::archiveError(m_a, m_entry.path);
        }
        return qint64(n);
    }
    // Reads and drops `count` bytes (compressed data cannot be seeked into).
    Status discard(qint64 count)
    {
        std::vector<char> scratch(256 * 1024);
        while (count > 0) {
            auto got = read(scratch.data(), std::min<qint64>(count, qint64(scratch.size())));
            if (!got)
                return got.error();
            if (*got == 0)
                return Error(ErrorKind::Local,
                             QCoreApplication::translate("ferry::archive",
                                                         "%1 is shorter than the offset to resume from")
                                 .arg(m_entry.path));
            count -= *got;
        }
        return {};
    }

private:
    struct archive *m_a;
    ArchiveEntry m_entry;
    CancelToken m_cancel;
};

Result<ArchiveEntry> checkReadable(const ArchiveEntry &entry)
{
    if (entry.encrypted)
        return detail::encryptedError(entry.path);
    if (entry.type != EntryType::File)
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::archive", "%1 is not a file in the archive").arg(entry.path));
    return entry;
}

// The member opened on the caller's thread, positioned at offset.
class OwnedDirectReader : public MemberReader
{
public:
    OwnedDirectReader(ReadHandle handle, ArchiveEntry entry, CancelToken cancel)
        : m_handle(std::move(handle)), m_reader(m_handle.get(), std::move(entry), std::move(cancel))
    {}
    const ArchiveEntry &entry() const override { return m_reader.entry(); }
    Result<qint64> read(char *data, qint64 maxSize) override { return m_reader.read(data, maxSize); }
    Status discard(qint64 count) { return m_reader.discard(count); }

private:
    ReadHandle m_handle;
    DirectReader m_reader;
};

// Decompresses on its own thread into a few chunks ahead of read(): while the caller
// sends one chunk, the next is being inflated. Bounded (kChunks x kChunkSize), so a slow
// network never makes it buffer the member.
class ThreadedReader : public MemberReader
{
public:
    static constexpr qint64 kChunkSize = 1024 * 1024;
    static constexpr size_t kChunks = 8;

    ThreadedReader(std::unique_ptr<OwnedDirectReader> source, CancelToken cancel)
        : m_entry(source->entry()), m_cancel(std::move(cancel))
    {
        m_thread = std::thread([this, source = std::move(source)]() mutable { produce(*source); });
    }
    ~ThreadedReader() override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    const ArchiveEntry &entry() const override { return m_entry; }

    Result<qint64> read(char *data, qint64 maxSize) override
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (m_chunks.empty() && !m_done) {
            if (m_cancel.isCancelled())
                return detail::cancelledError();
            m_changed.wait_for(lock, std::chrono::milliseconds(50));
        }
        if (m_chunks.empty()) {
            if (m_error)
                return *m_error;
            return qint64(0);
        }
        Chunk &front = m_chunks.front();
        const qint64 n = std::min<qint64>(maxSize, front.size - m_frontOffset);
        memcpy(data, front.data.get() + m_frontOffset, size_t(n));
        m_frontOffset += n;
        if (m_frontOffset == front.size) {
            m_spare.push_back(std::move(front.data)); // the producer fills it again
            m_chunks.pop_front();
            m_frontOffset = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        return n;
    }

private:
    void produce(OwnedDirectReader &source)
    {
        while (true) {
            // A buffer read empty before, else a new one (never zeroed: it is written first).
            Chunk chunk;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (!m_spare.empty()) {
                    chunk.data = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            if (!chunk.data)
                chunk.data.reset(new char[kChunkSize]);
            qint64 filled = 0;
            std::optional<Error> error;
            while (filled < kChunkSize) {
                auto got = source.read(chunk.data.get() + filled, kChunkSize - filled);
                if (!got) {
                    error = got.error();
                    break;
                }
                if (*got == 0)
                    break;
                filled += *got;
            }
            chunk.size = filled;
            std::unique_lock<std::mutex> lock(m_mutex);
            while (m_chunks.size() >= kChunks && !m_stop)
                m_changed.wait(lock);
            if (m_stop)
                return;
            if (filled > 0)
                m_chunks.push_back(std::move(chunk));
            if (error || filled < kChunkSize) {
                m_error = std::move(error);
                m_done = true;
                lock.unlock();
                m_changed.notify_all();
                return;
            }
            lock.unlock();
            m_changed.notify_all();
        }
    }

    ArchiveEntry m_entry;
    CancelToken m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
    };
    std::deque<Chunk> m_chunks;
    std::vector<std::unique_ptr<char[]>> m_spare;
    qint64 m_frontOffset = 0;
    bool m_done = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace

Result<ArchiveEntry> findMember(const QString &archivePath, const QString &member, const CancelToken &cancel)
{
    auto handle = detail::openForReading(archivePath);
    if (!handle)
        return handle.error();
    return seekMember(handle->get(), archivePath, member, cancel);
}

Result<std::unique_ptr<MemberReader>> openMember(const QString &archivePath, const QString &member,
                                                 qint64 offset, const CancelToken &cancel, bool ownThread)
{
    auto handle = detail::openForReading(archivePath);
    if (!handle)
        return handle.error();
    auto found = seekMember(handle->get(), archivePath, member, cancel);
    if (!found)
        return found.error();
    if (auto readable = checkReadable(*found); !readable)
        return readable.error();
    auto direct = std::make_unique<OwnedDirectReader>(std::move(handle.value()), *found, cancel);
    if (offset > 0) {
        // On the caller's thread: a failure to get there is the open's failure.
        if (auto st = direct->discard(offset); !st)
            return st.error();
    }
    if (!ownThread)
        return std::unique_ptr<MemberReader>(std::move(direct));
    return std::unique_ptr<MemberReader>(std::make_unique<ThreadedReader>(std::move(direct), cancel));
}

Status forEachMember(const QString &archivePath, const std::function<bool(const ArchiveEntry &)> &wanted,
                     const MemberVisitor &visit, const CancelToken &cancel)
{
    auto handle = detail::openForReading(archivePath);
    if (!handle)
        return handle.error();
    struct archive *a = handle->get();
    struct archive_entry *entry = nullptr;
    while (true) {
        if (cancel.isCancelled())
            return detail::cancelledError();
        auto next = detail::nextHeader(a, &entry, archivePath);
        if (!next)
            return next.error();
        if (*next == 0)
            return {};
        const ArchiveEntry described = detail::describe(entry);
        if (!wanted || wanted(described)) {
            Status st;
            if (described.type == EntryType::File) {
                DirectReader reader(a, described, cancel);
                st = visit(described, &reader);
            } else {
                st = visit(described, nullptr);
            }
            if (!st)
                return st;
        }
        if (archive_read_data_skip(a) != ARCHIVE_OK)
            return detail::archiveError(a, archivePath);
    }
}

} // namespace ferry::archive
