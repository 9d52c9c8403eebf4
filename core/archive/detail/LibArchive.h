#pragma once
// Private to core/archive's .cpp files (never included from a header): what they share
// about libarchive. Replacing libarchive means replacing this folder and the three
// Archive*.cpp files; Archive.h stays.

#include <QCoreApplication>
#include <QString>

#include "archive/ArchiveEntry.h"
#include "base/Result.h"

struct archive;
struct archive_entry;

namespace ferry::archive::detail {

// A libarchive read handle, freed when destroyed.
class ReadHandle
{
public:
    ReadHandle() = default;
    explicit ReadHandle(struct archive *a) : m_a(a) {}
    ~ReadHandle();
    ReadHandle(ReadHandle &&other) noexcept : m_a(other.m_a) { other.m_a = nullptr; }
    ReadHandle &operator=(ReadHandle &&other) noexcept;
    ReadHandle(const ReadHandle &) = delete;
    ReadHandle &operator=(const ReadHandle &) = delete;
    struct archive *get() const { return m_a; }

private:
    struct archive *m_a = nullptr;
};

// Opens `path` for reading with every format and filter libarchive knows; a file that is
// no archive, or cannot be read, is an error naming it.
remote::Result<ReadHandle> openForReading(const QString &path);

// The next member's header: 1 and the entry, 0 at the end, or an error.
remote::Result<int> nextHeader(struct archive *a, struct archive_entry **entry, const QString &archivePath);

// The entry as Ferry describes it (normalised path, safe or not).
ArchiveEntry describe(struct archive_entry *entry);

// "ARCHIVE: libarchive's message" as an Error of `kind`.
remote::Error archiveError(struct archive *a, const QString &archivePath,
                           remote::ErrorKind kind = remote::ErrorKind::Local);

// The error for a member whose data is encrypted.
remote::Error encryptedError(const QString &member);
remote::Error cancelledError();

} // namespace ferry::archive::detail
