#pragma once
// Private to core/archive's .cpp files (never included from a header): what they share
// about libarchive. Replacing libarchive means replacing this folder and the three
// Archive*.cpp files; Archive.h stays.

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <string>

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

// Passwords for encrypted members, asked through an asker while libarchive reads; lives
// as long as the handle it was given to.
struct Passwords
{
    std::function<std::optional<QString>(const QString &member, const QString &error)> asker;
    QString member;        // the member being read
    int asked = 0;         // questions for this member
    bool declined = false; // the user gave none
    std::string given;     // the last answer, as libarchive reads it
    // The archive: the password that last fit one of its members in this process is
    // tried first, before asking (rememberPassword()). Empty: nothing tried unasked.
    QString archive;
    bool triedRemembered = false;
    // One question for the archive at a time (openMember's readers: the queue opens
    // several members of one archive at once): a reader that would ask while another's
    // question, or its answer's first bytes, are pending waits for that, then tries the
    // password that fit before asking itself. Held from the question until
    // rememberPassword() or the end of this object.
    bool oneQuestionAtATime = false;
    bool holdsQuestion = false;
    static constexpr int kMaxQuestions = 3;

    Passwords() = default;
    Passwords(const Passwords &) = delete;
    Passwords &operator=(const Passwords &) = delete;
    ~Passwords();
};

// The password given to `passwords` (the one libarchive used last), remembered for its
// archive in this process's memory only: never written anywhere. Lets the next reader of
// the archive that waits to ask go on (oneQuestionAtATime).
void rememberPassword(Passwords &passwords);

// Opens `path` for reading with every format and filter libarchive knows; a file that is
// no archive, or cannot be read, is an error naming it. With passwords, libarchive asks it
// when a member's data is encrypted.
remote::Result<ReadHandle> openForReading(const QString &path, Passwords *passwords = nullptr);

// The next member's header: 1 and the entry, 0 at the end, or an error.
remote::Result<int> nextHeader(struct archive *a, struct archive_entry **entry, const QString &archivePath);

// The entry as Ferry describes it (normalised path, safe or not).
ArchiveEntry describe(struct archive_entry *entry);

// "ARCHIVE: libarchive's message" as an Error of `kind`.
remote::Error archiveError(struct archive *a, const QString &archivePath,
                           remote::ErrorKind kind = remote::ErrorKind::Local);

// The error for a member whose data is encrypted (and why it could not be read, when a
// password was asked for).
remote::Error encryptedError(const QString &member, const Passwords *passwords = nullptr);
remote::Error cancelledError();

} // namespace ferry::archive::detail
