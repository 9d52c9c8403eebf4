#include "LibArchive.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <condition_variable>
#include <mutex>

namespace ferry::archive::detail {

using namespace ferry::remote;

ReadHandle::~ReadHandle()
{
    if (m_a)
        archive_read_free(m_a);
}

ReadHandle &ReadHandle::operator=(ReadHandle &&other) noexcept
{
    if (this != &other) {
        if (m_a)
            archive_read_free(m_a);
        m_a = other.m_a;
        other.m_a = nullptr;
    }
    return *this;
}

namespace {
// Archive path -> the password that last fit one of its members (process memory only).
std::mutex g_rememberedMutex;
QHash<QString, std::string> g_remembered;
// Archives one of whose readers asks (or tries its answer) now; under g_rememberedMutex.
QSet<QString> g_asking;
std::condition_variable g_askingChanged;

void releaseQuestion(Passwords &passwords)
{
    if (!passwords.holdsQuestion)
        return;
    passwords.holdsQuestion = false;
    {
        std::lock_guard<std::mutex> lock(g_rememberedMutex);
        g_asking.remove(passwords.archive);
    }
    g_askingChanged.notify_all();
}

std::optional<std::string> remembered(const QString &archive)
{
    std::lock_guard<std::mutex> lock(g_rememberedMutex);
    const auto it = g_remembered.constFind(archive);
    if (it == g_remembered.cend())
        return std::nullopt;
    return *it;
}

// libarchive's passphrase callback: called when a member's data needs a password, again
// after each one that did not fit; NULL ends the tries.
const char *askPassphrase(struct archive *, void *data)
{
    auto *p = static_cast<Passwords *>(data);
    if (!p->archive.isEmpty() && !p->triedRemembered) {
        p->triedRemembered = true;
        if (auto known = remembered(p->archive)) {
            p->given = std::move(*known);
            return p->given.c_str();
        }
    }
    if (!p->asker || p->declined || p->asked >= Passwords::kMaxQuestions)
        return nullptr;
    if (p->oneQuestionAtATime && !p->archive.isEmpty() && !p->holdsQuestion) {
        // Wait for another reader's question (and its answer's first bytes): the password
        // it found is tried before this one asks.
        std::unique_lock<std::mutex> lock(g_rememberedMutex);
        g_askingChanged.wait(lock, [p] { return !g_asking.contains(p->archive); });
        g_asking.insert(p->archive);
        p->holdsQuestion = true;
        if (const auto known = g_remembered.constFind(p->archive);
            known != g_remembered.cend() && *known != p->given) {
            p->given = *known;
            return p->given.c_str();
        }
    }
    const QString why =
        p->asked == 0 ? QString()
                      : QCoreApplication::translate("ferry::archive", "Wrong password for %1; try again.")
                            .arg(p->member);
    ++p->asked;
    const std::optional<QString> answer = p->asker(p->member, why);
    if (!answer) {
        p->declined = true;
        return nullptr;
    }
    p->given = answer->toStdString();
    return p->given.c_str();
}
} // namespace

Passwords::~Passwords()
{
    releaseQuestion(*this);
}

void rememberPassword(Passwords &passwords)
{
    if (!passwords.archive.isEmpty() && !passwords.given.empty()) {
        std::lock_guard<std::mutex> lock(g_rememberedMutex);
        g_remembered.insert(passwords.archive, passwords.given);
    }
    releaseQuestion(passwords);
}

Result<ReadHandle> openForReading(const QString &path, Passwords *passwords)
{
    ReadHandle handle(archive_read_new());
    struct archive *a = handle.get();
    if (!a)
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::archive", "out of memory"));
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (passwords)
        archive_read_set_passphrase_callback(a, passwords, &askPassphrase);
    // archive_read_open_filename seeks in regular files, which zip and 7z need to read the
    // central directory (and lets listing skip over stored data).
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 256 * 1024) != ARCHIVE_OK) {
        const int err = archive_errno(a);
        return Error(err == ENOENT ? ErrorKind::NotFound : ErrorKind::Local,
                     QCoreApplication::translate("ferry::archive", "cannot open the archive %1: %2")
                         .arg(path, QString::fromUtf8(archive_error_string(a))));
    }
    return handle;
}

Result<int> nextHeader(struct archive *a, struct archive_entry **entry, const QString &archivePath)
{
    const int r = archive_read_next_header(a, entry);
    if (r == ARCHIVE_EOF)
        return 0;
    if (r == ARCHIVE_OK || r == ARCHIVE_WARN)
        return 1;
    return archiveError(a, archivePath);
}

ArchiveEntry describe(struct archive_entry *entry)
{
    ArchiveEntry out;
    const char *utf8 = archive_entry_pathname_utf8(entry);
    const QString stored = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
    bool safe = true;
    out.path = normaliseMemberPath(stored, &safe);
    out.safe = safe;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        out.type = EntryType::File;
        break;
    case AE_IFDIR:
        out.type = EntryType::Folder;
        break;
    case AE_IFLNK:
        out.type = EntryType::Symlink;
        break;
    default:
        out.type = EntryType::Other;
        break;
    }
    if (const char *hard = archive_entry_hardlink(entry)) {
        out.type = EntryType::HardLink;
        out.linkTarget = QFile::decodeName(hard);
    } else if (out.type == EntryType::Symlink) {
        const char *sym = archive_entry_symlink_utf8(entry);
        out.linkTarget = sym ? QString::fromUtf8(sym) : QFile::decodeName(archive_entry_symlink(entry));
    }
    // A stored path ending in '/' is a folder whatever the mode says (old zip writers).
    if (stored.endsWith(QLatin1Char('/')) && out.type == EntryType::File)
        out.type = EntryType::Folder;
    out.size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
    if (out.type == EntryType::Folder)
        out.size = 0;
    if (archive_entry_mtime_is_set(entry))
        out.mtime = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(entry), Qt::UTC)
                        .addMSecs(archive_entry_mtime_nsec(entry) / 1000000);
    out.permissions = quint32(archive_entry_perm(entry)) & 07777;
    out.encrypted = archive_entry_is_encrypted(entry);
    return out;
}

Error archiveError(struct archive *a, const QString &archivePath, ErrorKind kind)
{
    const char *text = archive_error_string(a);
    return Error(kind, QCoreApplication::translate("ferry::archive", "%1: %2")
                           .arg(archivePath, text ? QString::fromUtf8(text)
                                                  : QCoreApplication::translate("ferry::archive",
                                                                                "the archive is damaged")));
}

Error encryptedError(const QString &member, const Passwords *passwords)
{
    if (passwords && passwords->asker) {
        if (passwords->declined)
            return Error(
                ErrorKind::Cancelled,
                QCoreApplication::translate("ferry::archive", "%1 is encrypted and no password was given")
                    .arg(member));
        if (passwords->asked > 0)
            return Error(ErrorKind::Local, QCoreApplication::translate(
                                               "ferry::archive", "wrong password for the encrypted member %1")
                                               .arg(member));
    }
    return Error(ErrorKind::Local,
                 QCoreApplication::translate(
                     "ferry::archive", "%1 is encrypted; Ferry cannot read encrypted archive members yet")
                     .arg(member));
}

Error cancelledError()
{
    return Error(ErrorKind::Cancelled, QCoreApplication::translate("ferry::archive", "cancelled"));
}

} // namespace ferry::archive::detail
