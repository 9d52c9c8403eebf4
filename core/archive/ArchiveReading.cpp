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
    DirectReader(struct archive *a, ArchiveEntry entry, CancelToken cancel,
                 const detail::Passwords *passwords = nullptr)
        : m_a(a), m_entry(std::move(entry)), m_cancel(std::move(cancel)), m_passwords(passwords)
    {}
    const ArchiveEntry &entry() const override { return m_entry; }
    // Lends libarchive's own block (its decoder's output), valid until the next call:
    // the bytes reach the sender without a copy. A hole in a sparse member is lent as zeros.
    Result<QByteArrayView> borrow(qint64 maxSize) override
    {
        if (m_cancel.isCancelled())
            return detail::cancelledError();
        if (m_hole == 0 && m_left == 0) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int r = archive_read_data_block(m_a, &block, &size, &offset);
            if (r == ARCHIVE_EOF) {
                if (m_entry.size > m_position) // a hole at the end
                    m_hole = m_entry.size - m_position;
                else
                    return QByteArrayView();
            } else if (r < ARCHIVE_WARN) {
                if (m_entry.encrypted)
                    return detail::encryptedError(m_entry.path, m_passwords);
                return detail::archiveError(m_a, m_entry.path);
            } else {
                if (offset > m_position)
                    m_hole = offset - m_position;
                m_block = static_cast<const char *>(block);
                m_left = qint64(size);
            }
        }
        if (m_hole > 0) {
            static const char zeros[64 * 1024] = {};
            const qint64 n = std::min({maxSize, m_hole, qint64(sizeof zeros)});
            m_hole -= n;
            m_position += n;
            return QByteArrayView(zeros, n);
        }
        const qint64 n = std::min(maxSize, m_left);
        const QByteArrayView view(m_block, n);
        m_block += n;
        m_left -= n;
        m_position += n;
        if (n == 0)
            return borrow(maxSize); // an empty block: the next
        return view;
    }
    Result<qint64> read(char *data, qint64 maxSize) override { return copyBorrowed(data, maxSize); }
    // Reads and drops `count` bytes (compressed data cannot be seeked into).
    Status discard(qint64 count)
    {
        while (count > 0) {
            auto got = borrow(count); // looked at, not copied
            if (!got)
                return got.error();
            if (got->isEmpty())
                return Error(ErrorKind::Local,
                             QCoreApplication::translate("ferry::archive",
                                                         "%1 is shorter than the offset to resume from")
                                 .arg(m_entry.path));
            count -= got->size();
        }
        return {};
    }

private:
    struct archive *m_a;
    ArchiveEntry m_entry;
    CancelToken m_cancel;
    const detail::Passwords *m_passwords;
    const char *m_block = nullptr; // the rest of libarchive's current block
    qint64 m_left = 0;
    qint64 m_hole = 0;     // zeros to lend before the block
    qint64 m_position = 0; // in the member
};

Result<ArchiveEntry> checkReadable(const ArchiveEntry &entry, bool canAsk)
{
    if (entry.encrypted && !canAsk)
        return detail::encryptedError(entry.path);
    if (entry.type != EntryType::File)
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::archive", "%1 is not a file in the archive").arg(entry.path));
    return entry;
}

// The member opened on the caller's thread, positioned at offset. Owns the handle and
// the passwords libarchive's callback points at (so both live as long as the reads).
class OwnedDirectReader : public MemberReader
{
public:
    OwnedDirectReader(std::unique_ptr<detail::Passwords> passwords, ReadHandle handle, ArchiveEntry entry,
                      CancelToken cancel)
        : m_passwords(std::move(passwords)), m_handle(std::move(handle)),
          m_reader(m_handle.get(), std::move(entry), std::move(cancel), m_passwords.get())
    {}
    const ArchiveEntry &entry() const override { return m_reader.entry(); }
    Result<qint64> read(char *data, qint64 maxSize) override { return m_reader.read(data, maxSize); }
    Result<QByteArrayView> borrow(qint64 maxSize) override { return m_reader.borrow(maxSize); }
    // Bytes read from the archive file so far (compressed, as stored).
    qint64 storedBytesRead() const { return qint64(archive_filter_bytes(m_handle.get(), -1)); }
    Status discard(qint64 count) { return m_reader.discard(count); }
    // The password that opened the member (if one was asked or tried) is remembered for
    // the archive's next members, in this process's memory only.
    void rememberPassword() const { detail::rememberPassword(*m_passwords); }
    // Fills `data` up to size (less only at the member's end).
    Result<qint64> fill(char *data, qint64 size)
    {
        qint64 filled = 0;
        while (filled < size) {
            auto got = m_reader.read(data + filled, size - filled);
            if (!got)
                return got.error();
            if (*got == 0)
                break;
            filled += *got;
        }
        return filled;
    }

private:
    std::unique_ptr<detail::Passwords> m_passwords;
    ReadHandle m_handle;
    DirectReader m_reader;
};

// Decompresses on its own thread into a ring of a few large buffers, ahead of the
// caller: while the caller sends one buffer, the next ones are being inflated. The
// decoder reads straight into a ring buffer and borrow() lends that same buffer to the
// sender, so the bytes are copied once (libarchive's output into the ring) between the
// decoder and the socket; the buffers are allocated once, and the two threads meet once
// per buffer (1 MiB), not per send. Bounded (kSlots x kSlotSize), so a slow network never
// makes it buffer the member. The first buffer is filled on the opening thread, so a
// password question or a damaged archive is the open's answer.
class ThreadedReader : public MemberReader
{
public:
    static constexpr qint64 kSlotSize = 1024 * 1024;
    static constexpr int kSlots = 4;

    explicit ThreadedReader(std::unique_ptr<OwnedDirectReader> source, CancelToken cancel)
        : m_entry(source->entry()), m_cancel(std::move(cancel)), m_source(std::move(source))
    {
        for (Slot &slot : m_slots)
            slot.data.reset(new char[kSlotSize]);
    }
    ~ThreadedReader() override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    // Fills the first buffer here, then starts the decoder thread on the rest, or, for a
    // member stored without compression, lends libarchive's own blocks from then on.
    Status start()
    {
        const qint64 storedBefore = m_source->storedBytesRead();
        auto got = m_source->fill(m_slots[0].data.get(), kSlotSize);
        if (!got)
            return got.error();
        m_slots[0].size = *got;
        // Its first bytes decrypted: the password (if one was asked or tried) fits.
        m_source->rememberPassword();
        m_filled = 1;
        m_produced = 1;
        if (*got < kSlotSize) {
            m_done = true;
            return {};
        }
        // Random or already compressed data is stored as it is (zstd, xz and deflate keep
        // incompressible blocks raw), and "decoding" it is a copy: a thread would add a
        // copy into the ring and a hand-over per buffer and save nothing, and on a machine
        // whose cores are busy (the server, the sending) it costs a third of the speed.
        // About as many bytes read from the file as the member gave: stored. Read-ahead
        // makes the count approximate (a few hundred KiB), hence the margin.
        const qint64 stored = m_source->storedBytesRead() - storedBefore;
        if (stored >= kSlotSize * 3 / 4) {
            m_inline = true;
            return {};
        }
        m_thread = std::thread([this] { produce(); });
        return {};
    }
    bool decodesOnOwnThread() const override { return m_thread.joinable(); }
    const ArchiveEntry &entry() const override { return m_entry; }

    Result<QByteArrayView> borrow(qint64 maxSize) override
    {
        if (m_inline) {
            if (m_offset < m_slots[0].size) { // the first buffer, filled by start()
                const qint64 n = std::min<qint64>(maxSize, m_slots[0].size - m_offset);
                const QByteArrayView view(m_slots[0].data.get() + m_offset, n);
                m_offset += n;
                return view;
            }
            return m_source->borrow(maxSize);
        }
        Slot *slot = &m_slots[m_consumed % kSlots];
        if (m_holding && m_offset == slot->size) {
            // The buffer lent last time is sent: the decoder may fill it again.
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                --m_filled;
            }
            m_changed.notify_all();
            ++m_consumed;
            m_offset = 0;
            m_holding = false;
            slot = &m_slots[m_consumed % kSlots];
        }
        if (!m_holding) {
            std::unique_lock<std::mutex> lock(m_mutex);
            while (m_filled == 0 && !m_done) {
                if (m_cancel.isCancelled())
                    return detail::cancelledError();
                m_changed.wait_for(lock, std::chrono::milliseconds(50));
            }
            if (m_filled == 0) {
                if (m_error)
                    return *m_error;
                return QByteArrayView();
            }
            m_holding = true;
        }
        const qint64 n = std::min<qint64>(maxSize, slot->size - m_offset);
        const QByteArrayView view(slot->data.get() + m_offset, n);
        m_offset += n;
        if (n == 0) // an empty last buffer: the end
            return borrow(maxSize);
        return view;
    }

    Result<qint64> read(char *data, qint64 maxSize) override { return copyBorrowed(data, maxSize); }

private:
    void produce()
    {
        while (true) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                while (m_filled >= kSlots && !m_stop)
                    m_changed.wait(lock);
                if (m_stop)
                    return;
            }
            // This slot is the decoder's alone until it is counted as filled.
            Slot &slot = m_slots[m_produced % kSlots];
            auto got = m_source->fill(slot.data.get(), kSlotSize);
            slot.size = got ? *got : 0;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (got && *got > 0) {
                    ++m_filled;
                    ++m_produced;
                }
                if (!got)
                    m_error = got.error();
                if (!got || *got < kSlotSize)
                    m_done = true;
            }
            m_changed.notify_all();
            if (!got || *got < kSlotSize)
                return;
        }
    }

    struct Slot
    {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
    };
    ArchiveEntry m_entry;
    CancelToken m_cancel;
    std::unique_ptr<OwnedDirectReader> m_source; // the decoder thread's while it runs
    Slot m_slots[kSlots];
    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Under m_mutex: buffers filled and not yet given back; the decoder's state.
    int m_filled = 0;
    bool m_done = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    quint64 m_produced = 0; // the decoder's count of buffers filled (its next slot)
    // The reading thread's alone.
    quint64 m_consumed = 0; // buffers given back
    qint64 m_offset = 0;    // bytes of the current buffer lent
    bool m_holding = false; // the current buffer counts as the reader's
    bool m_inline = false;  // a stored member: no decoder thread, libarchive's blocks lent
    std::thread m_thread;
};

} // namespace

Result<qint64> MemberReader::copyBorrowed(char *data, qint64 maxSize)
{
    auto view = borrow(maxSize);
    if (!view)
        return view.error();
    if (!view->isEmpty())
        memcpy(data, view->data(), size_t(view->size()));
    return qint64(view->size());
}

Result<QByteArrayView> MemberReader::borrow(qint64 maxSize)
{
    if (m_scratchSize < maxSize) {
        m_scratch.reset(new char[size_t(maxSize)]);
        m_scratchSize = maxSize;
    }
    auto got = read(m_scratch.get(), maxSize);
    if (!got)
        return got.error();
    return QByteArrayView(m_scratch.get(), *got);
}

Result<ArchiveEntry> findMember(const QString &archivePath, const QString &member, const CancelToken &cancel)
{
    auto handle = detail::openForReading(archivePath);
    if (!handle)
        return handle.error();
    return seekMember(handle->get(), archivePath, member, cancel);
}

Result<std::unique_ptr<MemberReader>> openMember(const QString &archivePath, const QString &member,
                                                 qint64 offset, const CancelToken &cancel, bool ownThread,
                                                 const PasswordAsker &password)
{
    // libarchive's callback points at the passwords: made before the handle, freed after.
    auto passwords = std::make_unique<detail::Passwords>();
    passwords->asker = password;
    passwords->archive = archivePath;
    // Its first bytes are read before the open returns (ownThread): then a password that
    // fits is known at once, and other readers of the archive waiting to ask go on.
    passwords->oneQuestionAtATime = ownThread;
    auto handle = detail::openForReading(archivePath, passwords.get());
    if (!handle)
        return handle.error();
    auto found = seekMember(handle->get(), archivePath, member, cancel);
    if (!found)
        return found.error();
    if (auto readable = checkReadable(*found, bool(password)); !readable)
        return readable.error();
    passwords->member = found->path;
    auto direct =
        std::make_unique<OwnedDirectReader>(std::move(passwords), std::move(handle.value()), *found, cancel);
    if (offset > 0) {
        // On the caller's thread: a failure to get there is the open's failure.
        if (auto st = direct->discard(offset); !st)
            return st.error();
    }
    if (!ownThread)
        return std::unique_ptr<MemberReader>(std::move(direct));
    auto threaded = std::make_unique<ThreadedReader>(std::move(direct), cancel);
    if (auto st = threaded->start(); !st)
        return st.error();
    return std::unique_ptr<MemberReader>(std::move(threaded));
}

Status forEachMember(const QString &archivePath, const std::function<bool(const ArchiveEntry &)> &wanted,
                     const MemberVisitor &visit, const CancelToken &cancel, const PasswordAsker &password)
{
    detail::Passwords passwords; // before the handle: libarchive's callback points at it
    passwords.asker = password;
    passwords.archive = archivePath;
    auto handle = detail::openForReading(archivePath, &passwords);
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
                passwords.member = described.path;
                passwords.asked = 0;
                DirectReader reader(a, described, cancel, &passwords);
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
