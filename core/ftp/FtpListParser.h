#pragma once
// Turns FTP directory listings (LIST and MLSD/MLST replies) into remote::DirEntry values.
// Pure functions without I/O or state: safe to call from any thread; the FTP engine calls
// them on its worker thread once a listing's data connection has been read and decoded.
//
// LIST has no standard format, so each line is recognised by its shape: Unix `ls -l` and
// its many server variants (NetWare, localized and ISO dates, devices, ACL markers), DOS/IIS,
// EPLF, VMS (including entries wrapped over two lines), OS/2, z/OS, IBM i (AS/400), z/VM,
// HP NonStop (Guardian), OS-9, VxWorks (Nortel), Sterling Connect:Enterprise, VShell and
// MLSD lines sent as a LIST reply. Every format is tried by the shape of the whole line,
// not its first character. docs/ftp-listings.md lists what is understood. A line that fits no
// format is skipped and counted, never guessed at.
//
// Names that could escape the listed folder ("../x", "a/b", "..\\x") are never returned:
// the caller gets them in *rejected so it can warn the user.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "remote/DirEntry.h"

namespace ferry::ftp {

struct ListParseOptions
{
    // LIST times are the server's wall-clock time. The parser keeps them as printed and
    // tags them with this offset (Qt::OffsetFromUTC), so mtime.date()/time() are what the
    // server showed and mtime.toUTC() is right once the offset is known. It also turns
    // `now` into the server's "today" for year inference.
    int serverTimeZoneOffsetMinutes = 0;
    // "Nov 25 13:02" has no year: ls prints it for the last six months, so it is this year
    // unless that puts it more than a day in the future, then it is last year.
    QDateTime now = QDateTime::currentDateTimeUtc();
};

class FtpListParser
{
public:
    // A LIST reply, lines already decoded from the site's charset (a trailing CR is
    // tolerated). Drops ".", ".." and "total N"; skips lines it cannot parse. Unsafe names
    // (see remote::RemotePath::isSafeName) are appended to *rejected instead of returned.
    // Entries have mtimeUtc=false except where the line carries its own zone (EPLF's Unix
    // time, `ls --full-time`'s "+0100").
    // Lines that no format accepts (not blank lines, totals or headers) are counted in
    // *skipped, never given a guessed name.
    static QList<remote::DirEntry> parseList(const QStringList &lines, const ListParseOptions &opts = {},
                                             QStringList *rejected = nullptr,
                                             remote::SkippedLines *skipped = nullptr);

    // An MLSD reply (RFC 3659). Facts are case-insensitive; cdir/pdir entries are skipped;
    // modify= is UTC. Unsafe names go to *rejected as for parseList.
    static QList<remote::DirEntry> parseMlsd(const QStringList &lines, QStringList *rejected = nullptr,
                                             remote::SkippedLines *skipped = nullptr);

    // One MLSD or MLST line. The name is returned as sent, unchecked: for MLST it is a path.
    // cdir/pdir come back as EntryType::Dir. nullopt when the line is not "facts name".
    static std::optional<remote::DirEntry> parseMlsdLine(const QString &line);

    // Whether parseList() may join this line with the next one (a VMS name wrapped over
    // two lines): a caller that parses a listing in batches keeps such a line for the
    // next batch.
    static bool mayContinueOnNextLine(const QString &line);
};

} // namespace ferry::ftp
