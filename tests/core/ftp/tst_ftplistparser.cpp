// FtpListParser against listing lines as real servers print them: LIST in its Unix, DOS,
// EPLF, NetWare, VMS and OS/2 shapes, MLSD/MLST, hostile names, and lines that must be
// skipped without a crash.
#include <QTest>

#include "ftp/FtpListParser.h"

using namespace ferry::ftp;
using namespace ferry::remote;

namespace {

constexpr qint64 kNoSize = -1;
constexpr int kNoMode = -1;

// The clock every table row is read against: Sunday 10 March 2024, noon UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 10), QTime(12, 0), Qt::UTC);
}

// What a row expects. mtime is the wall-clock time as the server printed it,
// "yyyy-MM-ddTHH:mm[:ss[.zzz]]", with a trailing "Z" when it must be UTC; empty for none.
struct Expect
{
    const char *name;
    EntryType type;
    qint64 size = kNoSize;
    const char *mtime = "";
    MtimePrecision precision = MtimePrecision::None;
    const char *permissions = "";
    int mode = kNoMode;
    const char *owner = "";
    const char *group = "";
    const char *target = "";
};

DirEntry toEntry(const Expect &x)
{
    DirEntry e;
    e.name = QString::fromUtf8(x.name);
    e.type = x.type;
    if (x.size != kNoSize)
        e.size = x.size;
    QString mtime = QString::fromUtf8(x.mtime);
    e.mtimeUtc = mtime.endsWith(QLatin1Char('Z'));
    if (e.mtimeUtc)
        mtime.chop(1);
    // Held as UTC so that wallClock() reads back the same digits for either kind of row.
    if (!mtime.isEmpty()) {
        const QDateTime parsed = QDateTime::fromString(mtime, Qt::ISODateWithMs);
        e.mtime = mtime.size() == 10 ? QDateTime(QDate::fromString(mtime, Qt::ISODate), QTime(0, 0), Qt::UTC)
                                     : QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    e.mtimePrecision = x.precision;
    e.permissions = QString::fromUtf8(x.permissions);
    if (x.mode != kNoMode)
        e.mode = quint32(x.mode);
    e.owner = QString::fromUtf8(x.owner);
    e.group = QString::fromUtf8(x.group);
    e.linkTarget = QString::fromUtf8(x.target);
    return e;
}

// The wall-clock reading of mtime, to the precision claimed, "Z" when UTC.
QString wallClock(const DirEntry &e)
{
    if (!e.mtime.isValid())
        return {};
    const QDateTime shown = e.mtimeUtc ? e.mtime.toUTC() : e.mtime;
    QString s;
    switch (e.mtimePrecision) {
    case MtimePrecision::None:
        return QStringLiteral("(no precision)");
    case MtimePrecision::Day:
        s = shown.toString(QStringLiteral("yyyy-MM-dd"));
        break;
    case MtimePrecision::Minute:
        s = shown.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        break;
    case MtimePrecision::Second:
        s = shown.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        break;
    case MtimePrecision::Millisecond:
        s = shown.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        break;
    }
    if (e.mtimeUtc)
        s += QLatin1Char('Z');
    return s;
}

void compareEntries(const DirEntry &actual, const DirEntry &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(DirEntry::typeName(actual.type), DirEntry::typeName(expected.type));
    QCOMPARE(actual.size.value_or(kNoSize), expected.size.value_or(kNoSize));
    QCOMPARE(wallClock(actual), wallClock(expected));
    QCOMPARE(int(actual.mtimePrecision), int(expected.mtimePrecision));
    QCOMPARE(actual.mtimeUtc, expected.mtimeUtc);
    QCOMPARE(actual.permissions, expected.permissions);
    QCOMPARE(int(actual.mode.value_or(quint32(kNoMode))), int(expected.mode.value_or(quint32(kNoMode))));
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.group, expected.group);
    QCOMPARE(actual.linkTarget, expected.linkTarget);
}

ListParseOptions fixedOptions()
{
    ListParseOptions o;
    o.now = fixedNow();
    return o;
}

// One LIST line of a (line, expected) table gives exactly that entry.
void checkListRow()
{
    QFETCH(QString, line);
    QFETCH(DirEntry, expected);
    QStringList rejected;
    const auto entries = FtpListParser::parseList({line}, fixedOptions(), &rejected);
    QVERIFY(rejected.isEmpty());
    QCOMPARE(entries.size(), 1);
    compareEntries(entries.first(), expected);
}

void row(const char *tag, const char *line, const Expect &x)
{
    QTest::newRow(tag) << QString::fromUtf8(line) << toEntry(x);
}

constexpr auto F = EntryType::File;
constexpr auto D = EntryType::Dir;
constexpr auto L = EntryType::Link;
constexpr auto O = EntryType::Other;
constexpr auto Day = MtimePrecision::Day;
constexpr auto Min = MtimePrecision::Minute;
constexpr auto Sec = MtimePrecision::Second;
constexpr auto Ms = MtimePrecision::Millisecond;

} // namespace

class TestFtpListParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unixList_data();
    void unixList();
    void otherList_data();
    void otherList();
    void mlsd_data();
    void mlsd();
    void hostileNames_data();
    void hostileNames();
    void skippedLines_data();
    void skippedLines();
    void unixVariants_data();
    void unixVariants();
    void mlsdInList_data();
    void mlsdInList();
    void mlsdInListSkipsCdir();
    void as400List_data();
    void as400List();
    void zosList_data();
    void zosList();
    void zvmList_data();
    void zvmList();
    void guardianList_data();
    void guardianList();
    void os9List_data();
    void os9List();
    void vxworksList_data();
    void vxworksList();
    void sterlingList_data();
    void sterlingList();
    void vshellList_data();
    void vshellList();
    void familyHeadersAreNotSkipped();
    void formatChosenPerListing();
    void netwareList_data();
    void netwareList();
    void vmsList_data();
    void vmsList();
    void vmsListing();
    void skippedLinesAreCountedNotGuessed();
    void digitFirstNames_data();
    void digitFirstNames();
    void crlfLeftovers();
    void wholeListing();
    void vmsWrappedEntry();
    void yearInference_data();
    void yearInference();
    void serverOffset();
    void mlstLine();
    void mlsdCdirAsDir();
};

void TestFtpListParser::unixList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");

    // vsftpd: numeric ids unless text_userdb_names, zero-padded day.
    row("vsftpd file", "-rw-r--r--    1 1000     1000         1234 Mar 05 07:08 report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "1000", "1000"});
    row("vsftpd old dir", "drwxr-xr-x    2 1000     1000         4096 Nov 25  2019 old",
        {"old", D, 4096, "2019-11-25", Day, "drwxr-xr-x", 0755, "1000", "1000"});
    row("vsftpd symlink", "lrwxrwxrwx    1 0        0               7 Jan 10 09:15 bin -> usr/bin",
        {"bin", L, 7, "2024-01-10T09:15", Min, "lrwxrwxrwx", 0777, "0", "0", "usr/bin"});
    row("vsftpd leap day", "-rw-r--r--    1 ftp      ftp      104857600 Feb 29 23:59 leap.bin",
        {"leap.bin", F, 104857600, "2024-02-29T23:59", Min, "-rw-r--r--", 0644, "ftp", "ftp"});
    row("vsftpd big file", "-rw-r--r--    1 1000     1000     5368709120 Mar 01 00:00 dvd.iso",
        {"dvd.iso", F, Q_INT64_C(5368709120), "2024-03-01T00:00", Min, "-rw-r--r--", 0644, "1000", "1000"});
    row("vsftpd tomorrow stays this year", "-rw-r--r--    1 1000     1000            1 Mar 11 10:00 skew",
        {"skew", F, 1, "2024-03-11T10:00", Min, "-rw-r--r--", 0644, "1000", "1000"});
    row("vsftpd future is last year", "-rw-r--r--    1 1000     1000            1 Mar 12 10:00 lastyear",
        {"lastyear", F, 1, "2023-03-12T10:00", Min, "-rw-r--r--", 0644, "1000", "1000"});
    // ProFTPD: names, space-padded day.
    row("proftpd file", "-rw-r--r--   1 ferry    ferry        1234 Mar  5 07:08 report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "ferry", "ferry"});
    row("proftpd dir with space", "drwxr-xr-x   2 ferry    ferry        4096 Nov 25  2019 old dir",
        {"old dir", D, 4096, "2019-11-25", Day, "drwxr-xr-x", 0755, "ferry", "ferry"});
    row("proftpd december", "-rw-r--r--   1 ferry    ferry           0 Dec 31 23:59 New Year.txt",
        {"New Year.txt", F, 0, "2023-12-31T23:59", Min, "-rw-r--r--", 0644, "ferry", "ferry"});
    row("proftpd group writable", "-rw-rw-r--   1 www-data www-data    18230 Feb 14 18:30 index.html",
        {"index.html", F, 18230, "2024-02-14T18:30", Min, "-rw-rw-r--", 0664, "www-data", "www-data"});
    // pure-ftpd: wide numeric columns.
    row("pure-ftpd file", "-rw-r--r--    1 1000       1000             5 Mar  5 07:08 a.txt",
        {"a.txt", F, 5, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "1000", "1000"});
    row("pure-ftpd dir", "drwxr-xr-x    2 1000       1000          4096 Jan 30  2023 archive",
        {"archive", D, 4096, "2023-01-30", Day, "drwxr-xr-x", 0755, "1000", "1000"});
    row("pure-ftpd named", "-rw-r--r--    1 ferrytest  ferrytest      42 Mar  9 23:10 notes.md",
        {"notes.md", F, 42, "2024-03-09T23:10", Min, "-rw-r--r--", 0644, "ferrytest", "ferrytest"});
    // FileZilla Server 0.9 fakes a Unix listing.
    row("filezilla server file", "-rw-r--r-- 1 ftp ftp         1234 Mar 05 07:08 report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "ftp", "ftp"});
    row("filezilla server dir", "drwxr-xr-x 1 ftp ftp            0 Nov 25  2019 Old Stuff",
        {"Old Stuff", D, 0, "2019-11-25", Day, "drwxr-xr-x", 0755, "ftp", "ftp"});
    // wu-ftpd on Solaris.
    row("wu-ftpd readme", "-rw-r--r--   1 root     other        531 Jan 29 03:26 README",
        {"README", F, 531, "2024-01-29T03:26", Min, "-rw-r--r--", 0644, "root", "other"});
    row("wu-ftpd etc", "dr-xr-xr-x   2 root     other        512 Apr  8  1994 etc",
        {"etc", D, 512, "1994-04-08", Day, "dr-xr-xr-x", 0555, "root", "other"});
    row("wu-ftpd sticky", "drwxrwxrwt  10 root     sys         1024 Mar  8 14:02 incoming",
        {"incoming", D, 1024, "2024-03-08T14:02", Min, "drwxrwxrwt", 01777, "root", "sys"});
    // NcFTPd
    row("ncftpd pub", "drwxrwxr-x   3 mgleason  ftpusers    512 Nov  1  1997 pub",
        {"pub", D, 512, "1997-11-01", Day, "drwxrwxr-x", 0775, "mgleason", "ftpusers"});
    row("ncftpd zero links", "-r--r--r--   0 ftpuser  ftpusers    1234 Mar  5 07:08 file.tar.gz",
        {"file.tar.gz", F, 1234, "2024-03-05T07:08", Min, "-r--r--r--", 0444, "ftpuser", "ftpusers"});
    // Serv-U
    row("serv-u file", "-rw-r--r--   1 user     group       10485760 Mar  5 07:08 bigfile.iso",
        {"bigfile.iso", F, 10485760, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("serv-u dir", "drw-rw-rw-   1 user     group              0 Mar  5 07:08 folder",
        {"folder", D, 0, "2024-03-05T07:08", Min, "drw-rw-rw-", 0666, "user", "group"});
    // busybox ftpd
    row("busybox file", "-rw-r--r--    1 root     root           123 Mar  5 07:08 busybox.conf",
        {"busybox.conf", F, 123, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "root", "root"});
    row("busybox epoch", "drwxr-xr-x    2 root     root             0 Jan  1  1970 proc",
        {"proc", D, 0, "1970-01-01", Day, "drwxr-xr-x", 0755, "root", "root"});
    // ACL and attribute markers: macOS '@' and '+', SELinux '.'.
    row("macos xattr", "-rw-r--r--@  1 alice  staff  2048 Mar  5 07:08 Photo.jpg",
        {"Photo.jpg", F, 2048, "2024-03-05T07:08", Min, "-rw-r--r--@", 0644, "alice", "staff"});
    row("macos acl", "drwxr-xr-x+ 4 alice  staff   128 Mar  5 07:08 Documents",
        {"Documents", D, 128, "2024-03-05T07:08", Min, "drwxr-xr-x+", 0755, "alice", "staff"});
    row("selinux", "-rw-r--r--. 1 root root 42 Mar  5 07:08 selinux.conf",
        {"selinux.conf", F, 42, "2024-03-05T07:08", Min, "-rw-r--r--.", 0644, "root", "root"});
    // Missing columns.
    row("no group", "-rw-r--r--   1 owner   1234 Mar  5 07:08 nogroup.txt",
        {"nogroup.txt", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "owner"});
    row("no link count", "-rw-r--r-- owner group 1234 Mar  5 07:08 nolinks.txt",
        {"nolinks.txt", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "owner", "group"});
    row("windows domain group", "-rwxrwxrwx   1 owner    Domain Users   4321 Mar  5 07:08 win.txt",
        {"win.txt", F, 4321, "2024-03-05T07:08", Min, "-rwxrwxrwx", 0777, "owner", "Domain Users"});
    // Special files.
    row("char device", "crw-rw-rw-   1 root     root       1,   3 Mar  5 07:08 null",
        {"null", O, kNoSize, "2024-03-05T07:08", Min, "crw-rw-rw-", 0666, "root", "root"});
    row("block device", "brw-rw----   1 root     disk       8,   0 Mar  5 07:08 sda",
        {"sda", O, kNoSize, "2024-03-05T07:08", Min, "brw-rw----", 0660, "root", "disk"});
    row("fifo", "prw-r--r--   1 root     root            0 Mar  5 07:08 fifo",
        {"fifo", O, 0, "2024-03-05T07:08", Min, "prw-r--r--", 0644, "root", "root"});
    row("socket", "srwxrwxrwx   1 root     root            0 Mar  5 07:08 mysql.sock",
        {"mysql.sock", O, 0, "2024-03-05T07:08", Min, "srwxrwxrwx", 0777, "root", "root"});
    row("setuid", "-rwsr-xr-x   1 root     root        54256 Mar  5 07:08 passwd",
        {"passwd", F, 54256, "2024-03-05T07:08", Min, "-rwsr-xr-x", 04755, "root", "root"});
    row("setuid without x", "-rwSr--r--   1 root     root            1 Mar  5 07:08 odd",
        {"odd", F, 1, "2024-03-05T07:08", Min, "-rwSr--r--", 04644, "root", "root"});
    row("setgid dir", "drwxr-sr-x   2 root     staff        4096 Mar  5 07:08 shared",
        {"shared", D, 4096, "2024-03-05T07:08", Min, "drwxr-sr-x", 02755, "root", "staff"});
    // Names: kept exactly, blanks included; only links split at " -> ".
    row("leading space", "-rw-r--r--   1 user     group          12 Mar  5 07:08  leading space",
        {" leading space", F, 12, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("trailing spaces", "-rw-r--r--   1 user     group          12 Mar  5 07:08 trailing  ",
        {"trailing  ", F, 12, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("repeated spaces", "-rw-r--r--   1 user     group          12 Mar  5  2020 two  inner   spaces",
        {"two  inner   spaces", F, 12, "2020-03-05", Day, "-rw-r--r--", 0644, "user", "group"});
    row("arrow in file name", "-rw-r--r--   1 user     group           1 Mar  5 07:08 a -> b",
        {"a -> b", F, 1, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("link with spaces", "lrwxrwxrwx   1 user     group          14 Mar  5 07:08 my link -> ../target dir",
        {"my link", L, 14, "2024-03-05T07:08", Min, "lrwxrwxrwx", 0777, "user", "group", "../target dir"});
    row("absolute link",
        "lrwxrwxrwx   1 root     root           21 Mar  5 07:08 localtime -> /usr/share/zoneinfo/UTC",
        {"localtime", L, 21, "2024-03-05T07:08", Min, "lrwxrwxrwx", 0777, "root", "root",
         "/usr/share/zoneinfo/UTC"});
    row("date-like name", "-rw-r--r--   1 user     group           1 Mar  5  2020 Mar 5 2021 notes",
        {"Mar 5 2021 notes", F, 1, "2020-03-05", Day, "-rw-r--r--", 0644, "user", "group"});
    row("unicode name", "-rw-r--r--   1 user     group           9 Mar  5 07:08 Übersicht €.txt",
        {"Übersicht €.txt", F, 9, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("ls -F folder slash", "drwxr-xr-x   2 user     group        4096 Mar  5 07:08 marked/",
        {"marked", D, 4096, "2024-03-05T07:08", Min, "drwxr-xr-x", 0755, "user", "group"});
    row("human size", "-rw-r--r--   1 user     group        1.5K Mar  5 07:08 small.bin",
        {"small.bin", F, 1536, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    // GNU ls time styles.
    row("long-iso", "-rw-r--r-- 1 user group 1234 2024-03-05 07:08 longiso.txt",
        {"longiso.txt", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("full-iso", "-rw-r--r-- 1 user group 1234 2024-03-05 07:08:09.123456789 +0100 fulliso.txt",
        {"fulliso.txt", F, 1234, "2024-03-05T06:08:09.123Z", Ms, "-rw-r--r--", 0644, "user", "group"});
    row("iso recent", "-rw-r--r-- 1 user group 1234 03-05 07:08 iso-recent.txt",
        {"iso-recent.txt", F, 1234, "2024-03-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("iso old", "-rw-r--r-- 1 user group 1234 2023-03-05  iso-old.txt",
        {"iso-old.txt", F, 1234, "2023-03-05", Day, "-rw-r--r--", 0644, "user", "group"});
    // Localized month names.
    // Localized GNU ls (coreutils 9.1, as servers that shell out to ls send it).
    row("german recent", "-rw-r--r-- 1 root root    0 23. Nov 01:59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("german old", "-rw-r--r-- 1 root root    0 25. Nov 2019  old.txt",
        {"old.txt", F, 0, "2019-11-25", Day, "-rw-r--r--", 0644, "root", "root"});
    row("german umlaut", "drwxr-xr-x 2 root root 4096  5. Mär 2023  Ordner x",
        {"Ordner x", D, 4096, "2023-03-05", Day, "drwxr-xr-x", 0755, "root", "root"});
    row("german october", "-rw-r--r-- 1 user users 1234 12. Okt 2022  bericht.pdf",
        {"bericht.pdf", F, 1234, "2022-10-12", Day, "-rw-r--r--", 0644, "user", "users"});
    row("french recent", "-rw-r--r-- 1 root root    0 23 nov.  01:59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("french old", "-rw-r--r-- 1 root root    0 25 nov.   2019 old.txt",
        {"old.txt", F, 0, "2019-11-25", Day, "-rw-r--r--", 0644, "root", "root"});
    row("french mars", "drwxr-xr-x 2 root root 4096  5 mars   2023 Ordner x",
        {"Ordner x", D, 4096, "2023-03-05", Day, "drwxr-xr-x", 0755, "root", "root"});
    row("french accent", "drwxr-xr-x 2 user group 4096 25 déc.   2019 Noël",
        {"Noël", D, 4096, "2019-12-25", Day, "drwxr-xr-x", 0755, "user", "group"});
    row("french janvier", "-rw-r--r-- 1 user group 77 12 janv. 09:30 rapport",
        {"rapport", F, 77, "2024-01-12T09:30", Min, "-rw-r--r--", 0644, "user", "group"});
    row("spanish recent", "-rw-r--r-- 1 root root    0 nov 23 01:59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("spanish enero", "-rw-r--r-- 1 user group 1234 ene  5 07:08 archivo.txt",
        {"archivo.txt", F, 1234, "2024-01-05T07:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("spanish old", "-rw-r--r-- 1 user group 1234 dic 24  2019 navidad.txt",
        {"navidad.txt", F, 1234, "2019-12-24", Day, "-rw-r--r--", 0644, "user", "group"});
    row("italian dotted time", "-rw-r--r-- 1 root root    0 23 nov 01.59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("italian old", "-rw-r--r-- 1 root root    0  5 mag  2023 maggio.txt",
        {"maggio.txt", F, 0, "2023-05-05", Day, "-rw-r--r--", 0644, "root", "root"});
    row("japanese recent", "-rw-r--r-- 1 root root    0 11月 23 01:59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("japanese old", "drwxr-xr-x 2 root root 4096  3月  5  2023 Ordner x",
        {"Ordner x", D, 4096, "2023-03-05", Day, "drwxr-xr-x", 0755, "root", "root"});
    row("russian", "-rw-r--r-- 1 root root    0 ноя 25  2019 old.txt",
        {"old.txt", F, 0, "2019-11-25", Day, "-rw-r--r--", 0644, "root", "root"});
    row("russian february", "-rw-r--r-- 1 user group 1234 фев 14  2022 файл.txt",
        {"файл.txt", F, 1234, "2022-02-14", Day, "-rw-r--r--", 0644, "user", "group"});
    row("polish iso recent", "-rw-r--r-- 1 root root    0 11-23 01:59 neu.txt",
        {"neu.txt", F, 0, "2023-11-23T01:59", Min, "-rw-r--r--", 0644, "root", "root"});
    row("polish iso old", "drwxr-xr-x 2 root root 4096 2023-03-05  Ordner x",
        {"Ordner x", D, 4096, "2023-03-05", Day, "drwxr-xr-x", 0755, "root", "root"});
    // One blank before the year means a pad blank after it; what is left is the name's.
    row("year padded after, name with a leading blank", "-rw-r--r-- 1 u g 1 Nov 25 2019   lead",
        {" lead", F, 1, "2019-11-25", Day, "-rw-r--r--", 0644, "u", "g"});
    row("owner looks like a month", "-rw-r--r-- 1 set 12 2048 Mar  5  2020 x",
        {"x", F, 2048, "2020-03-05", Day, "-rw-r--r--", 0644, "set", "12"});
    // NetWare: one permission token in brackets, an owner and no group.
    row("netware dir", "d [RWCEAFMS] admin                  512 Mar 05 07:08 PUBLIC",
        {"PUBLIC", D, 512, "2024-03-05T07:08", Min, "[RWCEAFMS]", kNoMode, "admin"});
    row("netware file", "- [RWCEAFMS] admin                 1234 Mar 05  2019 LOGIN.EXE",
        {"LOGIN.EXE", F, 1234, "2019-03-05", Day, "[RWCEAFMS]", kNoMode, "admin"});
    row("netware restricted", "d [R----F--] supervisor            512 Jan 16 18:53 login",
        {"login", D, 512, "2024-01-16T18:53", Min, "[R----F--]", kNoMode, "supervisor"});
}

void TestFtpListParser::unixList()
{
    checkListRow();
}

void TestFtpListParser::otherList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");

    // IIS in its default MS-DOS style, then with four-digit years and a 24-hour clock.
    row("iis dir", "03-05-24  07:08AM       <DIR>          aspnet_client",
        {"aspnet_client", D, kNoSize, "2024-03-05T07:08", Min});
    row("iis file pm", "03-05-24  07:08PM                 1234 default.htm",
        {"default.htm", F, 1234, "2024-03-05T19:08", Min});
    row("iis noon", "02-14-24  12:30PM                  512 noon.txt",
        {"noon.txt", F, 512, "2024-02-14T12:30", Min});
    row("iis midnight", "02-14-24  12:05AM                  512 midnight.txt",
        {"midnight.txt", F, 512, "2024-02-14T00:05", Min});
    row("iis last century", "12-31-99  11:59PM                    0 y2k.txt",
        {"y2k.txt", F, 0, "1999-12-31T23:59", Min});
    row("iis 4-digit 24h", "03-05-2024  19:08                 1234 iis24h.txt",
        {"iis24h.txt", F, 1234, "2024-03-05T19:08", Min});
    row("iis name with spaces", "01-15-24  09:00AM                 2048 My Documents.docx",
        {"My Documents.docx", F, 2048, "2024-01-15T09:00", Min});
    row("iis dir with spaces", "01-15-24  09:00AM       <DIR>          Program Files",
        {"Program Files", D, kNoSize, "2024-01-15T09:00", Min});
    row("windows day first", "25-12-2023  18:00              9999 xmas.txt",
        {"xmas.txt", F, 9999, "2023-12-25T18:00", Min});
    row("windows thousands", "03/05/2024  07:08 PM         1,234,567 setup.exe",
        {"setup.exe", F, 1234567, "2024-03-05T19:08", Min});
    row("windows junction",
        "03/05/2024  07:08 AM    <JUNCTION>     Application Data [C:\\Users\\me\\AppData\\Roaming]",
        {"Application Data", L, kNoSize, "2024-03-05T07:08", Min, "", kNoMode, "", "",
         "C:\\Users\\me\\AppData\\Roaming"});
    // EPLF (publicfile, anonftpd).
    row("eplf dir", "+i8388621.29609,m824255902,/,\tdev", {"dev", D, kNoSize, "1996-02-13T23:58:22Z", Sec});
    row("eplf file", "+i8388621.44468,m839956783,r,s10376,\tRFCEPLF",
        {"RFCEPLF", F, 10376, "1996-08-13T17:19:43Z", Sec});
    row("eplf mode", "+m824255902,up644,r,s0,\tmode file.txt",
        {"mode file.txt", F, 0, "1996-02-13T23:58:22Z", Sec, "rw-r--r--", 0644});
    // VMS (MultiNet, UCX/TCPware): blocks of 512 bytes; versions stripped; .DIR is a folder.
    row("vms file", "FILE.TXT;1  2/4  5-MAR-2024 07:08:09  [GROUP,OWNER]  (RWED,RWED,RE,)",
        {"FILE.TXT", F, 1024, "2024-03-05T07:08:09", Sec, "(RWED,RWED,RE,)", kNoMode, "OWNER", "GROUP"});
    row("vms dir", "SUBDIR.DIR;1          1/3       5-MAR-2024 07:08:09  [SYSTEM]  (RWE,RWE,RE,E)",
        {"SUBDIR", D, kNoSize, "2024-03-05T07:08:09", Sec, "(RWE,RWE,RE,E)", kNoMode, "SYSTEM"});
    row("vms uic numbers", "LOGIN.COM;12   3   1-JAN-2020 00:00  [100,200]  (RWED,RWED,,)",
        {"LOGIN.COM", F, 1536, "2020-01-01T00:00", Min, "(RWED,RWED,,)", kNoMode, "200", "100"});
    row("vms hundredths",
        "BACKUP.BCK;2       12000/12000  28-FEB-2023 23:59:59.99  [OPS,BACKUP]  (RWED,RWED,R,)",
        {"BACKUP.BCK", F, 6144000, "2023-02-28T23:59:59", Sec, "(RWED,RWED,R,)", kNoMode, "BACKUP", "OPS"});
    row("vms bare", "README.;1            5  12-NOV-2019 10:11:12",
        {"README.", F, 2560, "2019-11-12T10:11:12", Sec});
    // OS/2 FTP servers.
    row("os2 dir", "     0           DIR   03-05-24   07:08  OS2DIR",
        {"OS2DIR", D, kNoSize, "2024-03-05T07:08", Min});
    row("os2 file", "  1234  A        03-05-24   07:08  CONFIG.SYS",
        {"CONFIG.SYS", F, 1234, "2024-03-05T07:08", Min});
    // IBM z/OS: data sets (PO is partitioned, entered like a folder) and PDS members.
    row("mvs sequential", "WYNK01 3390   2024/03/05  1   15  FB      80 27920  PS  DATA.SET.NAME",
        {"DATA.SET.NAME", F, kNoSize, "2024-03-05", Day});
    row("mvs partitioned", "WYNK02 3390   2023/11/25  2    5  FB      80 27920  PO  SOURCE.COBOL",
        {"SOURCE.COBOL", D, kNoSize, "2023-11-25", Day});
    row("mvs migrated", "Migrated                                                OLD.DATASET",
        {"OLD.DATASET", F});
    row("mvs member", "MEMBER1   01.01 2024/03/01 2024/03/05 07:08    10    10     0 FERRY",
        {"MEMBER1", F, kNoSize, "2024-03-05T07:08", Min, "", kNoMode, "FERRY"});
}

void TestFtpListParser::otherList()
{
    checkListRow();
}

void TestFtpListParser::mlsd_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");

    row("pure-ftpd file",
        "type=file;size=1234;modify=20240305070809;UNIX.mode=0644;UNIX.uid=1000;UNIX.gid=1000;unique=803g3b; "
        "report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08:09Z", Sec, "rw-r--r--", 0644, "1000", "1000"});
    row("pure-ftpd dir",
        "type=dir;sizd=4096;modify=20231125130201;UNIX.mode=0755;UNIX.uid=0;UNIX.gid=0;unique=803g2; pub",
        {"pub", D, 4096, "2023-11-25T13:02:01Z", Sec, "rwxr-xr-x", 0755, "0", "0"});
    row("proftpd file",
        "modify=20240305070809;perm=adfrw;size=1234;type=file;unique=FD00U2F8;UNIX.group=1000;UNIX.groupname="
        "ferry;"
        "UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=ferry; report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08:09Z", Sec, "rw-r--r--", 0644, "ferry", "ferry"});
    row("proftpd symlink",
        "modify=20240305070809;perm=adfrw;size=7;type=OS.unix=symlink;unique=FD00U2FA;UNIX.group=0;UNIX.mode="
        "0777;UNIX.owner=0; bin",
        {"bin", L, 7, "2024-03-05T07:08:09Z", Sec, "rwxrwxrwx", 0777, "0", "0"});
    row("proftpd slink with target",
        "modify=20240305070809;perm=flcdmpe;type=OS.unix=slink:/srv/"
        "data;unique=FD00U2FB;UNIX.group=0;UNIX.mode=0777;UNIX.owner=0; data",
        {"data", L, kNoSize, "2024-03-05T07:08:09Z", Sec, "rwxrwxrwx", 0777, "0", "0", "/srv/data"});
    row("proftpd setgid dir",
        "modify=20240101000000;perm=flcdmpe;type=dir;unique=FD00U2FC;UNIX.group=50;UNIX.mode=02775;UNIX."
        "owner=1000; shared",
        {"shared", D, kNoSize, "2024-01-01T00:00:00Z", Sec, "rwxrwsr-x", 02775, "1000", "50"});
    row("filezilla server file", "type=file;size=1234;modify=20240305070809;perm=awrfd; report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08:09Z", Sec});
    row("filezilla server dir", "type=dir;modify=20240305070809;perm=cdelmp; My Folder",
        {"My Folder", D, kNoSize, "2024-03-05T07:08:09Z", Sec});
    row("iis", "size=0;modify=20240305070809.000;type=file; iis.txt",
        {"iis.txt", F, 0, "2024-03-05T07:08:09.000Z", Ms});
    row("milliseconds", "type=file;size=0;modify=20240305070809.123; ms.txt",
        {"ms.txt", F, 0, "2024-03-05T07:08:09.123Z", Ms});
    row("case-insensitive facts",
        "Type=File;Size=42;Modify=20240305070809;UNIX.MODE=0600;unix.ownername=Bob; CaseFacts.TXT",
        {"CaseFacts.TXT", F, 42, "2024-03-05T07:08:09Z", Sec, "rw-------", 0600, "Bob"});
    row("semicolons and spaces in name", "type=file;size=1; name; with;  semis ",
        {"name; with;  semis ", F, 1});
    row("leading space in name", "type=file;size=1;  lead", {" lead", F, 1});
    row("device", "type=OS.unix=chr-4/1;modify=20240305070809; tty1",
        {"tty1", O, kNoSize, "2024-03-05T07:08:09Z", Sec});
    row("bad modify and size ignored", "type=file;modify=2024;size=x; odd", {"odd", F});
    row("no facts", " nofacts", {"nofacts", O});
}

void TestFtpListParser::mlsd()
{
    QFETCH(QString, line);
    QFETCH(DirEntry, expected);
    QStringList rejected;
    const auto entries = FtpListParser::parseMlsd({line}, &rejected);
    QVERIFY(rejected.isEmpty());
    QCOMPARE(entries.size(), 1);
    compareEntries(entries.first(), expected);
}

void TestFtpListParser::hostileNames_data()
{
    QTest::addColumn<bool>("mlsd");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");

    const auto add = [](const char *tag, bool mlsd, const char *line, const char *name) {
        QTest::newRow(tag) << mlsd << QString::fromUtf8(line) << QString::fromUtf8(name);
    };
    add("unix parent", false, "-rw-r--r--   1 u  g  1 Mar  5 07:08 ../x", "../x");
    add("unix absolute", false, "-rw-r--r--   1 u  g  1 Mar  5 07:08 /etc/passwd", "/etc/passwd");
    add("unix nested dir", false, "drwxr-xr-x   2 u  g  4096 Mar  5 07:08 a/b", "a/b");
    add("unix backslash", false, "-rw-r--r--   1 u  g  1 Mar  5 07:08 ..\\x", "..\\x");
    add("unix link name", false, "lrwxrwxrwx   1 u  g  4 Mar  5 07:08 ../evil -> /etc", "../evil");
    add("iis backslashes", false, "03-05-24  07:08AM                    1 ..\\..\\boot.ini",
        "..\\..\\boot.ini");
    add("eplf parent", false, "+r,s1,\t../x", "../x");
    add("vms slash", false, "A/B.TXT;1  1  5-MAR-2024 07:08:09", "A/B.TXT");
    add("mlsd parent", true, "type=file;size=1; ../x", "../x");
    add("mlsd absolute", true, "type=file;size=1; /etc/passwd", "/etc/passwd");
    add("mlsd nested", true, "type=dir; a/b", "a/b");
    add("mlsd backslash", true, "type=file; ..\\x", "..\\x");
}

void TestFtpListParser::hostileNames()
{
    QFETCH(bool, mlsd);
    QFETCH(QString, line);
    QFETCH(QString, name);
    QStringList rejected;
    const auto entries = mlsd ? FtpListParser::parseMlsd({line}, &rejected)
                              : FtpListParser::parseList({line}, fixedOptions(), &rejected);
    QVERIFY(entries.isEmpty());
    QCOMPARE(rejected, QStringList{name});
    // Without a list to report into, the entry is still dropped.
    const auto quiet =
        mlsd ? FtpListParser::parseMlsd({line}) : FtpListParser::parseList({line}, fixedOptions());
    QVERIFY(quiet.isEmpty());
}

void TestFtpListParser::vmsList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // OpenVMS (MultiNet, TCPware, UCX/TCP/IP Services) in the shapes its DIRECTORY/FULL-less
    // listings take: the size is the used block count (of 512 bytes), the ";version" goes,
    // NAME.DIR is a folder, the owner is [OWNER] or [GROUP,OWNER], the time may be missing.
    const char *rwed = "(RWED,RWED,RWED,RE)";
    row("vms dash name",
        "1-JUN.LIS;1              9/9           2-JUN-1998 07:32:04  [GROUP,OWNER]    (RWED,RWED,RWED,RE)",
        {"1-JUN.LIS", F, 4608, "1998-06-02T07:32:04", Sec, rwed, kNoMode, "OWNER", "GROUP"});
    row("vms translated owner",
        "DATA.DIR;1               1/9           2-JUN-1998 07:32:04  [TRANSLATED]    (RWED,RWED,,RE)",
        {"DATA", D, kNoSize, "1998-06-02T07:32:04", Sec, "(RWED,RWED,,RE)", kNoMode, "TRANSLATED"});
    row("vms pm clock",
        "120196.TXT;1           118/126        14-APR-1997 12:45:27 PM  [GROUP,OWNER]    (RWED,,RWED,RE)",
        {"120196.TXT", F, 118 * 512, "1997-04-14T12:45:27", Sec, "(RWED,,RWED,RE)", kNoMode, "OWNER",
         "GROUP"});
    row("vms am clock",
        "NIGHT.LOG;3              4/6          14-APR-1997 12:05:00 AM  [GROUP,OWNER]    (RWED,RWED,RE,)",
        {"NIGHT.LOG", F, 2048, "1997-04-14T00:05:00", Sec, "(RWED,RWED,RE,)", kNoMode, "OWNER", "GROUP"});
    row("vms group with dash",
        "30CHARBAR.TXT;1         11/18          2-JUN-1998 08:38:42  [GROUP-1,OWNER]    (RWED,RWED,RWED,RE)",
        {"30CHARBAR.TXT", F, 11 * 512, "1998-06-02T08:38:42", Sec, rwed, kNoMode, "OWNER", "GROUP-1"});
    row("vms dot only ext",
        "A.;2                    18/18          1-JUL-1998 08:43:20  [GROUP,OWNER]    (RWED2,RWED,RWED,RE)",
        {"A.", F, 18 * 512, "1998-07-01T08:43:20", Sec, "(RWED2,RWED,RWED,RE)", kNoMode, "OWNER", "GROUP"});
    row("vms long version",
        "UCX$REXECD_STARTUP.LOG;1098       4/15         24-FEB-2003 13:17:24  [POSTWARE,LP]    "
        "(RWED,RWED,RE,)",
        {"UCX$REXECD_STARTUP.LOG", F, 2048, "2003-02-24T13:17:24", Sec, "(RWED,RWED,RE,)", kNoMode, "LP",
         "POSTWARE"});
    row("vms com",
        "UNXMERGE.COM;15          1/15         20-AUG-1996 13:59:50  [POSTWARE,LP]    (RWE,RWE,RWE,RE)",
        {"UNXMERGE.COM", F, 512, "1996-08-20T13:59:50", Sec, "(RWE,RWE,RWE,RE)", kNoMode, "LP", "POSTWARE"});
    row("vms no time", "VMS.DIR;1               1  7-JAN-2000 [ROOT,root] (RWE,RWE,RE,RE)",
        {"VMS", D, kNoSize, "2000-01-07", Day, "(RWE,RWE,RE,RE)", kNoMode, "root", "ROOT"});
    row("vms no time file", "NOTES.TXT;4  17  7-JAN-2000  [SYSTEM]  (RWED,RWED,RE,)",
        {"NOTES.TXT", F, 17 * 512, "2000-01-07", Day, "(RWED,RWED,RE,)", kNoMode, "SYSTEM"});
    row("vms date only", "BARE.DAT;1  3  28-FEB-2023", {"BARE.DAT", F, 1536, "2023-02-28", Day});
    row("vms minutes", "BOOT.TXT;1              1   6-DEC-2001 15:21  [SYSTEM]  (RWED,RWED,RE,RE)",
        {"BOOT.TXT", F, 512, "2001-12-06T15:21", Min, "(RWED,RWED,RE,RE)", kNoMode, "SYSTEM"});
    row("vms lower case", "login.com;2  2/3  5-mar-2024 07:08:09  [users,ferry]  (RWED,RWED,RE,)",
        {"login.com", F, 1024, "2024-03-05T07:08:09", Sec, "(RWED,RWED,RE,)", kNoMode, "ferry", "users"});
    row("vms hundredths no owner", "MAIL.MAI;1  122/123  11-SEP-2021 09:15:31.42",
        {"MAIL.MAI", F, 122 * 512, "2021-09-11T09:15:31", Sec});
    row("vms zero blocks", "EMPTY.TMP;1  0/0  1-JAN-2024 00:00:00.00  [FERRY]  (RWED,RWED,,)",
        {"EMPTY.TMP", F, 0, "2024-01-01T00:00:00", Sec, "(RWED,RWED,,)", kNoMode, "FERRY"});
    row("vms uic octal", "SYS.EXE;7  500/512  30-NOV-2019 23:59:59  [1,4]  (RWED,RWED,RE,RE)",
        {"SYS.EXE", F, 500 * 512, "2019-11-30T23:59:59", Sec, "(RWED,RWED,RE,RE)", kNoMode, "4", "1"});
    row("vms dir lower", "archive.dir;1  3/3  2-FEB-2022 10:10:10  [FERRY]  (RWE,RWE,RE,E)",
        {"archive", D, kNoSize, "2022-02-02T10:10:10", Sec, "(RWE,RWE,RE,E)", kNoMode, "FERRY"});
    row("vms dollar name", "SYS$LOGIN.DIR;1  1/3  9-SEP-2009 09:09:09  [SYSTEM]  (RWE,RWE,RE,E)",
        {"SYS$LOGIN", D, kNoSize, "2009-09-09T09:09:09", Sec, "(RWE,RWE,RE,E)", kNoMode, "SYSTEM"});
}

void TestFtpListParser::vmsList()
{
    checkListRow();
}

void TestFtpListParser::vmsListing()
{
    // A whole MultiNet listing: header, an entry wrapped over two lines, a truncated line,
    // an access error for one file, totals. Only real entries come out; two lines skipped.
    const QStringList lines = {
        QStringLiteral("Directory USER1:[TEMP]"),
        QString(),
        QStringLiteral("1-JUN.LIS;1              9/9           2-JUN-1998 07:32:04  [GROUP,OWNER]    "
                       "(RWED,RWED,RWED,RE)"),
        QStringLiteral("UNZIP_AND_ATTACH_FILES.COM;1"),
        QStringLiteral(
            "                         3/15          7-JUL-1997 16:37:45  [POSTWARE,LP]    (RWE,RWE,RWE,RE)"),
        QStringLiteral("SECRET.TXT;1    %RMS-E-PRV, insufficient privilege or file protection violation"),
        QStringLiteral("CUT.TXT;1  2/3  5-MAR-2024 07:"),
        QStringLiteral(
            "2024.DIR;1               1/9           2-JUN-1998 07:32:04  [GROUP,OWNER]    (RWED,RWED,,RE)"),
        QString(),
        QStringLiteral("Total of 3 files, 13/33 blocks."),
        QStringLiteral("Grand total of 1 directory, 3 files, 13/33 blocks."),
    };
    SkippedLines skipped;
    const auto entries = FtpListParser::parseList(lines, fixedOptions(), nullptr, &skipped);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].name, QStringLiteral("1-JUN.LIS"));
    QCOMPARE(entries[1].name, QStringLiteral("UNZIP_AND_ATTACH_FILES.COM"));
    QCOMPARE(entries[1].size.value_or(kNoSize), 3 * 512);
    QCOMPARE(entries[1].owner, QStringLiteral("LP"));
    QCOMPARE(entries[2].name, QStringLiteral("2024"));
    QCOMPARE(DirEntry::typeName(entries[2].type), DirEntry::typeName(D));
    QCOMPARE(skipped.count, 2);
    QCOMPARE(skipped.first, lines[5]);
}

void TestFtpListParser::netwareList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // Novell NetWare (and OES) FTP: "d"/"-", the rights in brackets, the owner, the size,
    // the date, then the name after a padded column: the padding is not the name's.
    row("nw padded dir", "d [R----F--] supervisor            512       Jan 16 18:53    login",
        {"login", D, 512, "2024-01-16T18:53", Min, "[R----F--]", kNoMode, "supervisor"});
    row("nw padded file", "- [R----F--] rhesus             214059       Oct 20 15:27    cx.exe",
        {"cx.exe", F, 214059, "2023-10-20T15:27", Min, "[R----F--]", kNoMode, "rhesus"});
    row("nw volume", "d [-W---F--] SCION_VOL2                        512 Apr 13 23:12 VOL2",
        {"VOL2", D, 512, "2023-04-13T23:12", Min, "[-W---F--]", kNoMode, "SCION_VOL2"});
    row("nw sysvol", "d [R----F--] Cion_SYS                          512 Apr 13 23:12 SYSVOL",
        {"SYSVOL", D, 512, "2023-04-13T23:12", Min, "[R----F--]", kNoMode, "Cion_SYS"});
    row("nw bindery", "d [R----F--] Cion_SYS                          512 Jan 22 17:32 BINDERY",
        {"BINDERY", D, 512, "2024-01-22T17:32", Min, "[R----F--]", kNoMode, "Cion_SYS"});
    row("nw name with space", "d [RWCEAFMS] rsa                               512 Nov 10 11:21 Document Root",
        {"Document Root", D, 512, "2023-11-10T11:21", Min, "[RWCEAFMS]", kNoMode, "rsa"});
    row("nw small file", "- [RWCEAFMS] rsa                               129 Jan 08 19:09 archivo",
        {"archivo", F, 129, "2024-01-08T19:09", Min, "[RWCEAFMS]", kNoMode, "rsa"});
    row("nw year", "d [RWCEAFMS] jimwhite                          512 Nov 16  2003 .ssh",
        {".ssh", D, 512, "2003-11-16", Day, "[RWCEAFMS]", kNoMode, "jimwhite"});
    row("nw padded year", "- [RWCEAFMS] admin             1048576       Dec 31  1999    Y2K.LOG",
        {"Y2K.LOG", F, 1048576, "1999-12-31", Day, "[RWCEAFMS]", kNoMode, "admin"});
    row("nw padded space name", "- [RW-----F-] guest                 42       Mar 01 08:00    read me.txt",
        {"read me.txt", F, 42, "2024-03-01T08:00", Min, "[RW-----F-]", kNoMode, "guest"});
    row("nw digit name", "- [RWCEAFMS] admin                 77       Feb 29 23:59    2024.CSV",
        {"2024.CSV", F, 77, "2024-02-29T23:59", Min, "[RWCEAFMS]", kNoMode, "admin"});
    row("nw empty file", "- [RWCEAFMS] admin                  0       Mar 09 00:00    EMPTY.DAT",
        {"EMPTY.DAT", F, 0, "2024-03-09T00:00", Min, "[RWCEAFMS]", kNoMode, "admin"});
    row("nw no rights", "d [--------] nobody                512       Jul 04  2010    locked",
        {"locked", D, 512, "2010-07-04", Day, "[--------]", kNoMode, "nobody"});
    row("nw dotted owner", "- [RWCEAFMS] jdoe.staff.acme      2048       Sep 09 09:09    REPORT.DOC",
        {"REPORT.DOC", F, 2048, "2023-09-09T09:09", Min, "[RWCEAFMS]", kNoMode, "jdoe.staff.acme"});
    row("nw big file", "- [RWCEAFMS] backup         4294967296       Mar 10 03:00    FULL.BAK",
        {"FULL.BAK", F, 4294967296LL, "2024-03-10T03:00", Min, "[RWCEAFMS]", kNoMode, "backup"});
    row("nw single spaces", "d [RWCEAFMS] admin 512 Mar 05 07:08 PUBLIC",
        {"PUBLIC", D, 512, "2024-03-05T07:08", Min, "[RWCEAFMS]", kNoMode, "admin"});
}

void TestFtpListParser::netwareList()
{
    checkListRow();
}

void TestFtpListParser::unixVariants_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    const char *rw = "-rw-r--r--";
    // A numeric month (some Asian-locale servers): "3 29 03:26" is 29 March.
    row("numeric month", "-rw-r--r--   1 root     other        531 3 29 03:26 README",
        {"README", F, 531, "2023-03-29T03:26", Min, rw, 0644, "root", "other"});
    row("numeric month year", "-rw-r--r--   1 root     other        531 12 1  2019 OLD",
        {"OLD", F, 531, "2019-12-01", Day, rw, 0644, "root", "other"});
    row("numeric month dir", "drwxr-xr-x   2 root     other        512 1 15 10:00 docs",
        {"docs", D, 512, "2024-01-15T10:00", Min, "drwxr-xr-x", 0755, "root", "other"});
    // VShell: a comma after the day and both a year and a time.
    row("vshell file", "-rw-r--r--   1 owner    group         1234 Oct 08, 2002 09:47 vshell.txt",
        {"vshell.txt", F, 1234, "2002-10-08T09:47", Min, rw, 0644, "owner", "group"});
    row("vshell dir", "drwxr-xr-x   1 owner    group            0 Mar 05, 2024 07:08 folder",
        {"folder", D, 0, "2024-03-05T07:08", Min, "drwxr-xr-x", 0755, "owner", "group"});
    row("vshell no time", "-rw-r--r--   1 owner    group           42 Jan 31, 1999 y2k",
        {"y2k", F, 42, "1999-01-31", Day, rw, 0644, "owner", "group"});
    // 24:00 is midnight at the end of the day: the next day's 00:00.
    row("24:00", "-rw-r--r-- 1 u g 5 Mar  4 24:00 midnight",
        {"midnight", F, 5, "2024-03-05T00:00", Min, rw, 0644, "u", "g"});
    row("24:00 month end", "-rw-r--r-- 1 u g 5 Jan 31 24:00 monthend",
        {"monthend", F, 5, "2024-02-01T00:00", Min, rw, 0644, "u", "g"});
    // German "26. Juli, 20:10".
    row("german comma", "-rw-r--r--   1 root     root        2179 26. Juli, 20:10 german",
        {"german", F, 2179, "2023-07-26T20:10", Min, rw, 0644, "root", "root"});
    // Korean and Japanese dates, year first when the file is old.
    row("korean year", "-rw-r--r--   1 user     group       1234 2005년  1월  6일 korean",
        {"korean", F, 1234, "2005-01-06", Day, rw, 0644, "user", "group"});
    row("korean recent", "-rw-r--r--   1 user     group       1234  2월  6일 12:34 korean2",
        {"korean2", F, 1234, "2024-02-06T12:34", Min, rw, 0644, "user", "group"});
    row("japanese recent", "-rw-r--r--   1 user     group       1234  1月  6日 12:34 japanese",
        {"japanese", F, 1234, "2024-01-06T12:34", Min, rw, 0644, "user", "group"});
    row("japanese year", "-rw-r--r--   1 user     group       1234 2005年  1月  6日 japanese2",
        {"japanese2", F, 1234, "2005-01-06", Day, rw, 0644, "user", "group"});
    // Long numeric owners and groups; a missing group or link count.
    row("long numeric owner", "-rw-r--r--   1 1234567890123 9876543210987   77 Mar  5 07:08 numbers",
        {"numbers", F, 77, "2024-03-05T07:08", Min, rw, 0644, "1234567890123", "9876543210987"});
    row("no link count", "-rw-r--r--  ferry  staff  77 Mar  5 07:08 nolink",
        {"nolink", F, 77, "2024-03-05T07:08", Min, rw, 0644, "ferry", "staff"});
    row("no group", "-rw-r--r--   1 ferry  77 Mar  5 07:08 nogroup",
        {"nogroup", F, 77, "2024-03-05T07:08", Min, rw, 0644, "ferry"});
    row("owner only", "-rw-r--r--  ferry  77 Mar  5 07:08 owneronly",
        {"owneronly", F, 77, "2024-03-05T07:08", Min, rw, 0644, "ferry"});
}

void TestFtpListParser::unixVariants()
{
    checkListRow();
}

void TestFtpListParser::mlsdInList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // Servers that answer LIST with MLSD-style lines (RFC 3659 facts, a blank, the name).
    row("ml file", "type=file;size=1234;modify=20240305070809; report.pdf",
        {"report.pdf", F, 1234, "2024-03-05T07:08:09Z", Sec});
    row("ml dir", "type=dir;modify=20231125130201; pub", {"pub", D, kNoSize, "2023-11-25T13:02:01Z", Sec});
    row("ml capitalised facts", "Type=file;Size=1024990;Perm=r; 1.txt", {"1.txt", F, 1024990});
    row("ml digit name", "type=file;size=5;modify=20000101000000; 2000.log",
        {"2000.log", F, 5, "2000-01-01T00:00:00Z", Sec});
    row("ml spaces in name", "type=file;size=3;modify=20240101120000;  two  spaces ",
        {" two  spaces ", F, 3, "2024-01-01T12:00:00Z", Sec});
    row("ml semicolon name", "type=file;size=3; a;b.txt", {"a;b.txt", F, 3});
    row("ml millis", "type=file;size=9;modify=20240305070809.123; ms.bin",
        {"ms.bin", F, 9, "2024-03-05T07:08:09.123Z", Ms});
    row("ml unix mode", "type=file;size=1;modify=20240305070809;UNIX.mode=0755;UNIX.uid=0;UNIX.gid=0; run.sh",
        {"run.sh", F, 1, "2024-03-05T07:08:09Z", Sec, "rwxr-xr-x", 0755, "0", "0"});
    row("ml owner names",
        "modify=20240305070809;perm=adfrw;size=12;type=file;UNIX.groupname=staff;UNIX.mode=0640;UNIX."
        "ownername=ferry; notes.txt",
        {"notes.txt", F, 12, "2024-03-05T07:08:09Z", Sec, "rw-r-----", 0640, "ferry", "staff"});
    row("ml symlink", "type=OS.unix=symlink;modify=20240305070809; bin",
        {"bin", L, kNoSize, "2024-03-05T07:08:09Z", Sec});
    row("ml slink target", "type=OS.unix=slink:/srv/data;modify=20240305070809; data",
        {"data", L, kNoSize, "2024-03-05T07:08:09Z", Sec, "", kNoMode, "", "", "/srv/data"});
    row("ml sizd", "type=dir;sizd=4096;modify=20240305070809; big",
        {"big", D, 4096, "2024-03-05T07:08:09Z", Sec});
    row("ml unique first", "unique=803g3b;type=file;size=77;modify=20221231235959; last.txt",
        {"last.txt", F, 77, "2022-12-31T23:59:59Z", Sec});
    row("ml device", "type=OS.unix=chr-1-3;modify=20240305070809; null",
        {"null", O, kNoSize, "2024-03-05T07:08:09Z", Sec});
    row("ml upper type", "TYPE=DIR;MODIFY=20240305070809; UPPER",
        {"UPPER", D, kNoSize, "2024-03-05T07:08:09Z", Sec});
    row("ml zero size", "type=file;size=0;modify=20240305070809; empty",
        {"empty", F, 0, "2024-03-05T07:08:09Z", Sec});
}

void TestFtpListParser::mlsdInList()
{
    checkListRow();
}

void TestFtpListParser::mlsdInListSkipsCdir()
{
    SkippedLines skipped;
    const auto entries =
        FtpListParser::parseList({QStringLiteral("type=cdir;modify=20240305070809; /home/ferry"),
                                  QStringLiteral("type=pdir;modify=20240305070809; .."),
                                  QStringLiteral("type=file;size=1;modify=20240305070809; a")},
                                 fixedOptions(), nullptr, &skipped);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].name, QStringLiteral("a"));
    QCOMPARE(skipped.count, 0);
}

void TestFtpListParser::as400List_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // IBM i (AS/400): owner, size, date (month first), time, object type, name.
    row("as400 dir", "QSYS            77824 02/23/00 15:09:55 *DIR       QOpenSys/",
        {"QOpenSys", D, 77824, "2000-02-23T15:09:55", Sec, "*DIR", kNoMode, "QSYS"});
    row("as400 stmf", "PEP              4019 04/03/18 18:58:16 *STMF      einladung.zip",
        {"einladung.zip", F, 4019, "2018-04-03T18:58:16", Sec, "*STMF", kNoMode, "PEP"});
    row("as400 stmf dir slash", "PEP              8192 04/03/18 18:58:16 *DIR       dir1/",
        {"dir1", D, 8192, "2018-04-03T18:58:16", Sec, "*DIR", kNoMode, "PEP"});
    row("as400 file", "JOHNDOE         36864 07/28/00 11:28:55 *FILE      QCLSRC",
        {"QCLSRC", F, 36864, "2000-07-28T11:28:55", Sec, "*FILE", kNoMode, "JOHNDOE"});
    row("as400 member", "JOHNDOE                                *MEM       QCLSRC.FILE/MEMBER1.MBR",
        {"MEMBER1.MBR", F, kNoSize, "", MtimePrecision::None, "*MEM", kNoMode, "JOHNDOE"});
    row("as400 lib", "QSYS           18944 10/03/96 13:18:11 *LIB       QGPL.LIB/",
        {"QGPL.LIB", D, 18944, "1996-10-03T13:18:11", Sec, "*LIB", kNoMode, "QSYS"});
    row("as400 lib no slash", "QSYS           18944 10/03/96 13:18:11 *LIB       QSYS.LIB",
        {"QSYS.LIB", D, 18944, "1996-10-03T13:18:11", Sec, "*LIB", kNoMode, "QSYS"});
    row("as400 path name", "QSYS            12288 12/17/08 15:50:04 *DIR       /QSYS.LIB/QGPL.LIB/",
        {"QGPL.LIB", D, 12288, "2008-12-17T15:50:04", Sec, "*DIR", kNoMode, "QSYS"});
    row("as400 day first", "QSECOFR          1024 25/12/23 08:00:00 *STMF      xmas.txt",
        {"xmas.txt", F, 1024, "2023-12-25T08:00:00", Sec, "*STMF", kNoMode, "QSECOFR"});
    row("as400 four digit year", "FERRY             512 03/05/2024 07:08:09 *STMF      report.csv",
        {"report.csv", F, 512, "2024-03-05T07:08:09", Sec, "*STMF", kNoMode, "FERRY"});
    row("as400 space name", "FERRY             512 03/05/24 07:08:09 *STMF      my file.txt",
        {"my file.txt", F, 512, "2024-03-05T07:08:09", Sec, "*STMF", kNoMode, "FERRY"});
    row("as400 digit name", "FERRY             512 03/05/24 07:08:09 *STMF      2024.log",
        {"2024.log", F, 512, "2024-03-05T07:08:09", Sec, "*STMF", kNoMode, "FERRY"});
    row("as400 flr", "QDOC             2048 01/02/03 04:05:06 *FLR       QDLS/",
        {"QDLS", D, 2048, "2003-01-02T04:05:06", Sec, "*FLR", kNoMode, "QDOC"});
    row("as400 save file", "QPGMR          163840 11/30/99 23:59:59 *FILE      BACKUP.SAVF",
        {"BACKUP.SAVF", F, 163840, "1999-11-30T23:59:59", Sec, "*FILE", kNoMode, "QPGMR"});
    row("as400 member plain", "QPGMR          *MEM       PAYROLL.MBR",
        {"PAYROLL.MBR", F, kNoSize, "", MtimePrecision::None, "*MEM", kNoMode, "QPGMR"});
    row("as400 zero", "FERRY               0 03/05/24 07:08:09 *STMF      empty",
        {"empty", F, 0, "2024-03-05T07:08:09", Sec, "*STMF", kNoMode, "FERRY"});
}

void TestFtpListParser::as400List()
{
    checkListRow();
}

void TestFtpListParser::zosList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // IBM z/OS data sets: volume, unit, date last referred to, extents, tracks used, record
    // format and length, block size, organisation (PO/PO-E open like folders), name.
    row("zos ps", "SAVE00 3390   2004/06/23  1    1  FB     128  6144  PS  INCOMING.RPTBM023.D061704",
        {"INCOMING.RPTBM023.D061704", F, kNoSize, "2004-06-23", Day});
    row("zos po", "SAVE01 3390   2004/06/23  1    1  FB     128  6144  PO  INCOMING.RPTBM024.D061704",
        {"INCOMING.RPTBM024.D061704", D, kNoSize, "2004-06-23", Day});
    row("zos po-e", "B1N231 3390   2006/03/20  1   15  VB     256 27998  PO-E  PLB",
        {"PLB", D, kNoSize, "2006-03-20", Day});
    row("zos fixed", "B10142 3390   2006/03/20  2   31  F       80    80  PS  MDI.OKL.WORK",
        {"MDI.OKL.WORK", F, kNoSize, "2006-03-20", Day});
    row("zos digit volume", "100001 3390   2024/03/05  1    1  FB      80 27920  PS  FERRY.DATA",
        {"FERRY.DATA", F, kNoSize, "2024-03-05", Day});
    row("zos never referred", "WYNK01 3390   **NONE**    1    1  FB      80 27920  PS  NEW.DATA",
        {"NEW.DATA", F, kNoSize});
    row("zos migrated", "Migrated                                                file1.I", {"file1.I", F});
    row("zos migrated 2", "Migrated                                                HLQ.OLD.BACKUP",
        {"HLQ.OLD.BACKUP", F});
    row("zos tape", "Tape                                                    HLQ.TAPE.DS",
        {"HLQ.TAPE.DS", F});
    row("zos not direct access",
        "ARCIVE Not Direct Access Device                       KJ.IOP998.ERROR.PL.UNITTEST",
        {"KJ.IOP998.ERROR.PL.UNITTEST", F});
    // Members of a partitioned data set with ISPF statistics.
    row("zos member", "NAME      01.01 2004/06/22 2004/06/22 16:32   128   128    0 USER",
        {"NAME", F, kNoSize, "2004-06-22T16:32", Min, "", kNoMode, "USER"});
    row("zos member digit-like", "A1234567  01.03 2002/09/12 2002/09/12 14:43    71    71    0 JOHNDOE",
        {"A1234567", F, kNoSize, "2002-09-12T14:43", Min, "", kNoMode, "JOHNDOE"});
    row("zos member seconds", "JCL01     02.07 2019/01/15 2023/11/25 13:02:01    10    12    2 FERRY",
        {"JCL01", F, kNoSize, "2023-11-25T13:02:01", Sec, "", kNoMode, "FERRY"});
    row("zos member digit", "2004MEM   01.01 2004/06/22 2004/06/22 16:32   128   128    0 USER",
        {"2004MEM", F, kNoSize, "2004-06-22T16:32", Min, "", kNoMode, "USER"});
    // Members of a load library: the size in hexadecimal bytes.
    row("zos load module", "IEFBR14   000008   00000F            00  FO             RN RU      31    ANY",
        {"IEFBR14", F, 8});
    row("zos load alias", "MYPGM     01A3C0   000412   MAINPGM   00  FO             RN RU      31    ANY",
        {"MYPGM", F, 0x01A3C0});
}

void TestFtpListParser::zosList()
{
    checkListRow();
}

void TestFtpListParser::zvmList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // IBM z/VM (CMS minidisks and the shared file system): name, type, record format,
    // record length, records, blocks, date, time, label. Fixed-format files have
    // records x length bytes; variable ones no size shown. SFS folders are "DIR".
    row("zvm exec", "PROFILE  EXEC     V         80         35          1 2003-08-13 10:13:50 TCP191",
        {"PROFILE.EXEC", F, kNoSize, "2003-08-13T10:13:50", Sec});
    row("zvm notebook", "ALL      NOTEBOOK V        133        120          4 2004-01-21 08:02:11 MNT191",
        {"ALL.NOTEBOOK", F, kNoSize, "2004-01-21T08:02:11", Sec});
    row("zvm fixed", "TCPIP    DATA     F         80        210          9 2002-11-05 16:40:00 TCPMNT",
        {"TCPIP.DATA", F, 16800, "2002-11-05T16:40:00", Sec});
    row("zvm fixed small", "SYSTEM   NETID    F         80          4          1 2003-08-13 10:13:50 TCP191",
        {"SYSTEM.NETID", F, 320, "2003-08-13T10:13:50", Sec});
    row("zvm sfs dir", "ACCOUNTS DIR      -          -          -          - 2004-02-11 09:55:41 -",
        {"ACCOUNTS", D, kNoSize, "2004-02-11T09:55:41", Sec});
    row("zvm digit dir", "2024     DIR      -          -          -          - 2024-01-02 03:04:05 -",
        {"2024", D, kNoSize, "2024-01-02T03:04:05", Sec});
    row("zvm readme", "README   TXT      V         72        512         11 2024-03-05 07:08:09 USR191",
        {"README.TXT", F, kNoSize, "2024-03-05T07:08:09", Sec});
    row("zvm digit name", "1999RPT  LISTING  V        133       6015        110 1999-12-31 23:59:59 ARCHIV",
        {"1999RPT.LISTING", F, kNoSize, "1999-12-31T23:59:59", Sec});
    row("zvm us date", "BACKUP   EXEC     V         76         52          2 08/13/03 10:13:50 TCP191",
        {"BACKUP.EXEC", F, kNoSize, "2003-08-13T10:13:50", Sec});
    row("zvm empty", "EMPTY    FILE     F         80          0          0 2024-03-09 00:00:00 USR191",
        {"EMPTY.FILE", F, 0, "2024-03-09T00:00:00", Sec});
    row("zvm big", "BIGFILE  DATA     F       4096     262144      65536 2023-12-01 22:10:05 DATA01",
        {"BIGFILE.DATA", F, 1073741824, "2023-12-01T22:10:05", Sec});
    row("zvm leap", "PROFILE  XEDIT    V         72         18          1 2020-02-29 12:00:00 MAINT",
        {"PROFILE.XEDIT", F, kNoSize, "2020-02-29T12:00:00", Sec});
    row("zvm no label", "SAMPLE   C        V         78        340          7 2010-07-04 14:30:00",
        {"SAMPLE.C", F, kNoSize, "2010-07-04T14:30:00", Sec});
    row("zvm dollar", "$VMFINS$ $MSGLOG$ V        255         12          1 2005-04-29 12:50:27 MAINT",
        {"$VMFINS$.$MSGLOG$", F, kNoSize, "2005-04-29T12:50:27", Sec});
    row("zvm hash", "WEB#INDX HTML     V        255        400         25 2006-10-31 18:45:00 WEBSRV",
        {"WEB#INDX.HTML", F, kNoSize, "2006-10-31T18:45:00", Sec});
    row("zvm minutes", "SHORT    DATA     F         80          1          1 2024-03-05 07:08 A1",
        {"SHORT.DATA", F, 80, "2024-03-05T07:08", Min});
    // Not OS-9's "Directory of . 17:49:51" heading: a file called DIRECTORY OF.
    row("zvm directory of",
        "DIRECTORY OF       V         80         35          1 2003-08-13 10:13:50 TCP191",
        {"DIRECTORY.OF", F, kNoSize, "2003-08-13T10:13:50", Sec});
    row("zvm old us date", "OLD      SCRIPT   F         80         12          1 12/31/99 23:00:00 ARC191",
        {"OLD.SCRIPT", F, 960, "1999-12-31T23:00:00", Sec});
}

void TestFtpListParser::zvmList()
{
    checkListRow();
}

void TestFtpListParser::guardianList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // HP NonStop (Tandem) Guardian: name, file code, "O" when open, end of file in bytes,
    // date and time, owner "group,user", security in quotes (shown as the permissions).
    row("guardian edit file", "IARPTS        101           16354  18-Jan-08 16:46:09 255,255 \"nnnn\"",
        {"IARPTS", F, 16354, "2008-01-18T16:46:09", Sec, "nnnn", kNoMode, "255,255"});
    row("guardian unstructured", "ABCFILE         0            4096  28-Feb-08 11:21:37 101,66   \"nnnn\"",
        {"ABCFILE", F, 4096, "2008-02-28T11:21:37", Sec, "nnnn", kNoMode, "101,66"});
    row("guardian object", "OBJPROG       100          491520  05-Mar-24 07:08:09 200,1 \"nunu\"",
        {"OBJPROG", F, 491520, "2024-03-05T07:08:09", Sec, "nunu", kNoMode, "200,1"});
    row("guardian last century", "CSRC          180           12288  01-Jan-99 00:00:01 8,255 \"aaaa\"",
        {"CSRC", F, 12288, "1999-01-01T00:00:01", Sec, "aaaa", kNoMode, "8,255"});
    row("guardian owner with space",
        "LOGFILE       101            2048  10-Mar-24 11:59:59 255, 255 \"gggg\"",
        {"LOGFILE", F, 2048, "2024-03-10T11:59:59", Sec, "gggg", kNoMode, "255,255"});
    row("guardian no rights", "ZZ99          101               0  29-Feb-24 23:59:59 1,1 \"----\"",
        {"ZZ99", F, 0, "2024-02-29T23:59:59", Sec, "----", kNoMode, "1,1"});
    row("guardian big", "EMSLOG          0      1073741824  31-Dec-23 12:00:00 255,0 \"NUNU\"",
        {"EMSLOG", F, 1073741824, "2023-12-31T12:00:00", Sec, "NUNU", kNoMode, "255,0"});
    row("guardian tacl", "TACLCSTM      101            1536  15-Jun-05 08:30:00 100,255 \"cucu\"",
        {"TACLCSTM", F, 1536, "2005-06-15T08:30:00", Sec, "cucu", kNoMode, "100,255"});
    row("guardian open", "AUDIT1          0 O       4194304  10-Mar-24 11:00:00 255,255 \"nnnn\"",
        {"AUDIT1", F, 4194304, "2024-03-10T11:00:00", Sec, "nnnn", kNoMode, "255,255"});
    row("guardian 1970", "A             101              10  02-Apr-70 01:02:03 0,0 \"oooo\"",
        {"A", F, 10, "1970-04-02T01:02:03", Sec, "oooo", kNoMode, "0,0"});
    row("guardian code 1729", "BACKUP1      1729           65536  13-Aug-12 13:56:00 33,44 \"ngng\"",
        {"BACKUP1", F, 65536, "2012-08-13T13:56:00", Sec, "ngng", kNoMode, "33,44"});
    row("guardian sql", "SQLCAT        572           98304  22-Nov-15 19:20:21 150,1 \"uuuu\"",
        {"SQLCAT", F, 98304, "2015-11-22T19:20:21", Sec, "uuuu", kNoMode, "150,1"});
    row("guardian stdin", "STDIN         101            4096  07-Jul-07 07:07:07 255,254 \"nnnu\"",
        {"STDIN", F, 4096, "2007-07-07T07:07:07", Sec, "nnnu", kNoMode, "255,254"});
    row("guardian mixed rights", "MYCFG         101             512  30-Sep-21 10:00:00 12,3 \"a-a-\"",
        {"MYCFG", F, 512, "2021-09-30T10:00:00", Sec, "a-a-", kNoMode, "12,3"});
    row("guardian single spaces", "TANDEM 101 2014 18-Mar-08 22:28:52 11,12 \"oooo\"",
        {"TANDEM", F, 2014, "2008-03-18T22:28:52", Sec, "oooo", kNoMode, "11,12"});
}

void TestFtpListParser::guardianList()
{
    checkListRow();
}

void TestFtpListParser::os9List_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // OS-9: owner "group.user", date year first, time hhmm, attributes, first sector in
    // hexadecimal, size, name. Folders (attributes starting with d) show no size.
    row("os9 dir", "   0.0   93/04/13 1434  d-ewrewr    4A8       1792 CMDS",
        {"CMDS", D, kNoSize, "1993-04-13T14:34", Min, "d-ewrewr", kNoMode, "0.0"});
    row("os9 file", "   0.0   93/04/13 1434  ------wr    4B0        124 startup",
        {"startup", F, 124, "1993-04-13T14:34", Min, "------wr", kNoMode, "0.0"});
    row("os9 name with space", "  12.4   01/03/29 1026  d-ewrewr   2DD6       4096 os9 dir",
        {"os9 dir", D, kNoSize, "2001-03-29T10:26", Min, "d-ewrewr", kNoMode, "12.4"});
    row("os9 long year", "   0.0   2003/04/13 0800  -s----wr    12F       2048 init",
        {"init", F, 2048, "2003-04-13T08:00", Min, "-s----wr", kNoMode, "0.0"});
    row("os9 recent", "   1.0   24/03/05 0708  ---wr-wr     A0       9999 README.TXT",
        {"README.TXT", F, 9999, "2024-03-05T07:08", Min, "---wr-wr", kNoMode, "1.0"});
    row("os9 y2k eve", "   0.0   99/12/31 2359  d-ewrewr    200        320 SYS",
        {"SYS", D, kNoSize, "1999-12-31T23:59", Min, "d-ewrewr", kNoMode, "0.0"});
    row("os9 y2k", "   0.0   00/01/01 0000  -----ewr    3C4      36864 OS9Boot",
        {"OS9Boot", F, 36864, "2000-01-01T00:00", Min, "-----ewr", kNoMode, "0.0"});
    row("os9 defs", "  20.20  07/03/29 1026  d-ewrewr     5A        160 DEFS",
        {"DEFS", D, kNoSize, "2007-03-29T10:26", Min, "d-ewrewr", kNoMode, "20.20"});
    row("os9 empty", "   0.0   24/03/10 1159  -------r    FFF          0 empty",
        {"empty", F, 0, "2024-03-10T11:59", Min, "-------r", kNoMode, "0.0"});
    row("os9 big sector", "   5.12  19/11/05 1500  ----r-wr  1A2B3    1048576 logfile.dat",
        {"logfile.dat", F, 1048576, "2019-11-05T15:00", Min, "----r-wr", kNoMode, "5.12"});
    row("os9 digit dir", "   0.0   93/04/13 1434  d-ewrewr    4A9       1792 2024",
        {"2024", D, kNoSize, "1993-04-13T14:34", Min, "d-ewrewr", kNoMode, "0.0"});
    row("os9 shell", "   0.0   95/07/22 0930  --e--e-r    0C1      14820 shell",
        {"shell", F, 14820, "1995-07-22T09:30", Min, "--e--e-r", kNoMode, "0.0"});
    row("os9 big owner", "65535.65535 23/09/09 0909  ------wr     7F         42 big owner",
        {"big owner", F, 42, "2023-09-09T09:09", Min, "------wr", kNoMode, "65535.65535"});
    row("os9 shareable", "   0.0   98/02/28 0523  -s-wr-wr     33        512 pipe.log",
        {"pipe.log", F, 512, "1998-02-28T05:23", Min, "-s-wr-wr", kNoMode, "0.0"});
    row("os9 private dir", "   3.1   12/10/31 1845  d-----wr    8E0         96 USR",
        {"USR", D, kNoSize, "2012-10-31T18:45", Min, "d-----wr", kNoMode, "3.1"});
}

void TestFtpListParser::os9List()
{
    checkListRow();
}

void TestFtpListParser::vxworksList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // VxWorks (Nortel Meridian, Passport and BayStack devices, and other embedded
    // systems): size, "Mon-DD-YYYY", time, name; folders end in <DIR> and show no size.
    row("vx dir", "    2048    Feb-28-1998  05:23:30   vxworks-dir <DIR>",
        {"vxworks-dir", D, kNoSize, "1998-02-28T05:23:30", Sec});
    row("vx file", "      12 Mar-28-2007  17:56:25   fz-vxworks-file",
        {"fz-vxworks-file", F, 12, "2007-03-28T17:56:25", Sec});
    row("vx upper month", "  41 FEB-28-2007 10:12:30 test.txt",
        {"test.txt", F, 41, "2007-02-28T10:12:30", Sec});
    row("vx padded dir", "     512 Jan-01-1980  00:00:00   DIR1          <DIR>",
        {"DIR1", D, kNoSize, "1980-01-01T00:00:00", Sec});
    row("vx image", "  357152 Jan-01-1980  00:00:00   vxWorks.st",
        {"vxWorks.st", F, 357152, "1980-01-01T00:00:00", Sec});
    row("vx empty", "       0 Mar-10-2024  11:59:59   empty.cfg",
        {"empty.cfg", F, 0, "2024-03-10T11:59:59", Sec});
    row("vx boot", " 1048576 Dec-31-1999  23:59:59   BOOT.BIN",
        {"BOOT.BIN", F, 1048576, "1999-12-31T23:59:59", Sec});
    row("vx dir with space", "    4096 Jan-15-2004  09:15:00   my dir  <DIR>",
        {"my dir", D, kNoSize, "2004-01-15T09:15:00", Sec});
    row("vx digit dir", "    8192 Jun-01-2002  12:00:00   2002      <DIR>",
        {"2002", D, kNoSize, "2002-06-01T12:00:00", Sec});
    row("vx config", "     733 Apr-04-2005  04:05:06   config.ini",
        {"config.ini", F, 733, "2005-04-04T04:05:06", Sec});
    row("vx name with space", "   99999 Oct-10-2010  10:10:10   release notes.txt",
        {"release notes.txt", F, 99999, "2010-10-10T10:10:10", Sec});
    row("vx nvram", "     128 May-05-2005  05:05:05   NVRAM.DAT",
        {"NVRAM.DAT", F, 128, "2005-05-05T05:05:05", Sec});
    row("vx short name", "      96 Jul-04-2001  16:00:00   a", {"a", F, 96, "2001-07-04T16:00:00", Sec});
    row("vx logs", "   10240 Nov-11-2011  11:11:11   LOGS   <DIR>",
        {"LOGS", D, kNoSize, "2011-11-11T11:11:11", Sec});
    row("vx switch image", "  523776 Aug-20-2003  08:20:00   switch.img",
        {"switch.img", F, 523776, "2003-08-20T08:20:00", Sec});
    row("vx digit file", "     300 Sep-09-2009  09:09:09   2009.log",
        {"2009.log", F, 300, "2009-09-09T09:09:09", Sec});
}

void TestFtpListParser::vxworksList()
{
    checkListRow();
}

void TestFtpListParser::sterlingList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // Sterling Connect:Enterprise mailboxes: status flags and protocol (the permissions),
    // batch type, mailbox ID (the owner), batch number, size in bytes, Unix date, name.
    row("sterling b", "-C--E-----FTP B QUA1I1      18128       41 Aug 12 13:56 QUADTEST",
        {"QUADTEST", F, 41, "2023-08-12T13:56", Min, "-C--E-----FTP", kNoMode, "QUA1I1"});
    row("sterling a", "-C--E-----FTP A QUA1I1      18128       41 Aug 12 13:56 QUADTEST2",
        {"QUADTEST2", F, 41, "2023-08-12T13:56", Min, "-C--E-----FTP", kNoMode, "QUA1I1"});
    row("sterling tcp", "-ARTE-----TCP A ACME01      00001     1024 Mar 05 07:08 PAYROLL.DAT",
        {"PAYROLL.DAT", F, 1024, "2024-03-05T07:08", Min, "-ARTE-----TCP", kNoMode, "ACME01"});
    row("sterling year", "-SR--M-----FTP B BANK02       4711   123456 Feb 29  2020 EOD.REPORT",
        {"EOD.REPORT", F, 123456, "2020-02-29", Day, "-SR--M-----FTP", kNoMode, "BANK02"});
    row("sterling sna", "-A-T------SNA A MBX001          7        0 Jan 01 00:00 EMPTY",
        {"EMPTY", F, 0, "2024-01-01T00:00", Min, "-A-T------SNA", kNoMode, "MBX001"});
    row("sterling spaces", "-C--E-----FTP B QUA1I1      18130     2048 Mar 10 11:30 QUAD TEST 3",
        {"QUAD TEST 3", F, 2048, "2024-03-10T11:30", Min, "-C--E-----FTP", kNoMode, "QUA1I1"});
    row("sterling bsc", "-ARTE-----BSC B RJE003        512    80000 Dec 24 23:59 XMAS",
        {"XMAS", F, 80000, "2023-12-24T23:59", Min, "-ARTE-----BSC", kNoMode, "RJE003"});
    row("sterling old", "----E-----FTP A USER1          99  1048576 Oct 01  2019 ARCHIVE.ZIP",
        {"ARCHIVE.ZIP", F, 1048576, "2019-10-01", Day, "----E-----FTP", kNoMode, "USER1"});
    row("sterling digits", "-C--------FTP A 12345          10       10 Nov 11 11:11 1111.TXT",
        {"1111.TXT", F, 10, "2023-11-11T11:11", Min, "-C--------FTP", kNoMode, "12345"});
    row("sterling backup", "-ARTE-----TCP B ACME01      00002      333 Mar 09 18:00 PAYROLL.BAK",
        {"PAYROLL.BAK", F, 333, "2024-03-09T18:00", Min, "-ARTE-----TCP", kNoMode, "ACME01"});
    row("sterling async", "-C--E-----ASY A DIALUP         55     5555 Jun 15  2022 MODEM.LOG",
        {"MODEM.LOG", F, 5555, "2022-06-15", Day, "-C--E-----ASY", kNoMode, "DIALUP"});
    row("sterling edi", "-SR-------FTP B EDI850       1001   204800 Mar 08 08:08 EDI.850.IN",
        {"EDI.850.IN", F, 204800, "2024-03-08T08:08", Min, "-SR-------FTP", kNoMode, "EDI850"});
    row("sterling one letter", "-C--E--X--FTP A QUA1I1      18200       12 Feb 02 02:02 X",
        {"X", F, 12, "2024-02-02T02:02", Min, "-C--E--X--FTP", kNoMode, "QUA1I1"});
    row("sterling long flags", "-ARTE----MFTP A MAINT           3        4 Jan 31 23:59 ok",
        {"ok", F, 4, "2024-01-31T23:59", Min, "-ARTE----MFTP", kNoMode, "MAINT"});
    row("sterling large", "-C--E-----FTP A QUA1I1      18201   999999 Sep 30 12:34 LARGE.BIN",
        {"LARGE.BIN", F, 999999, "2023-09-30T12:34", Min, "-C--E-----FTP", kNoMode, "QUA1I1"});
}

void TestFtpListParser::sterlingList()
{
    checkListRow();
}

void TestFtpListParser::vshellList_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // VanDyke VShell: Unix-like, but "Mon DD, YYYY HH:MM" always with the year and time;
    // on Windows the owner and group are Windows accounts and groups.
    row("vshell dir", "drwxrwxrwx    1 Administrators None            0 Jun 14, 2006 14:04 folder",
        {"folder", D, 0, "2006-06-14T14:04", Min, "drwxrwxrwx", 0777, "Administrators", "None"});
    row("vshell file", "-rwxrwxrwx    1 Administrators None        50080 Jun 14, 2006 13:54 file.txt",
        {"file.txt", F, 50080, "2006-06-14T13:54", Min, "-rwxrwxrwx", 0777, "Administrators", "None"});
    row("vshell this year", "-rw-------    1 owner    group         1803 Mar 05, 2024 07:08 key.pub",
        {"key.pub", F, 1803, "2024-03-05T07:08", Min, "-rw-------", 0600, "owner", "group"});
    row("vshell epoch", "drwx------    1 owner    group            0 Jan 01, 1970 00:00 epoch",
        {"epoch", D, 0, "1970-01-01T00:00", Min, "drwx------", 0700, "owner", "group"});
    row("vshell group with space", "-rwxr-xr-x    1 jdoe     Domain Users  12345 Feb 29, 2024 23:59 leap.bin",
        {"leap.bin", F, 12345, "2024-02-29T23:59", Min, "-rwxr-xr-x", 0755, "jdoe", "Domain Users"});
    row("vshell y2k", "-r--r--r--    1 SYSTEM   SYSTEM        4096 Dec 31, 1999 23:59 y2k.txt",
        {"y2k.txt", F, 4096, "1999-12-31T23:59", Min, "-r--r--r--", 0444, "SYSTEM", "SYSTEM"});
    row("vshell link", "lrwxrwxrwx    1 root     root            11 Mar 10, 2024 11:00 latest -> build-1234",
        {"latest", L, 11, "2024-03-10T11:00", Min, "lrwxrwxrwx", 0777, "root", "root", "build-1234"});
    row("vshell big", "-rw-r--r--    1 user     group   4294967296 Nov 11, 2011 11:11 big.iso",
        {"big.iso", F, 4294967296LL, "2011-11-11T11:11", Min, "-rw-r--r--", 0644, "user", "group"});
    row("vshell spaces", "-rw-r--r--    1 user     group            0 Mar 09, 2024 00:00 name with  spaces ",
        {"name with  spaces ", F, 0, "2024-03-09T00:00", Min, "-rw-r--r--", 0644, "user", "group"});
    row("vshell one digit day", "-rw-r--r--    1 user     group            1 Aug 8, 2008 08:08 eight",
        {"eight", F, 1, "2008-08-08T08:08", Min, "-rw-r--r--", 0644, "user", "group"});
    row("vshell seconds", "-rw-r--r--    1 user     group          512 Oct 08, 2002 09:47:13 seconds",
        {"seconds", F, 512, "2002-10-08T09:47:13", Sec, "-rw-r--r--", 0644, "user", "group"});
    row("vshell digit dir", "drwxr-xr-x    1 user     group            0 Oct 08, 2002 09:47 2002",
        {"2002", D, 0, "2002-10-08T09:47", Min, "drwxr-xr-x", 0755, "user", "group"});
    row("vshell one digit hour", "-rw-r--r--   1 user  group  77 Oct 08, 2002 9:47 nine",
        {"nine", F, 77, "2002-10-08T09:47", Min, "-rw-r--r--", 0644, "user", "group"});
    row("vshell numeric ids", "-rw-r--r--    1 1000     1000            42 Jul 04, 2010 16:00 numeric.ids",
        {"numeric.ids", F, 42, "2010-07-04T16:00", Min, "-rw-r--r--", 0644, "1000", "1000"});
    row("vshell no link count", "-rw-r--r-- user group 77 Oct 08, 2002 09:47 nolinks",
        {"nolinks", F, 77, "2002-10-08T09:47", Min, "-rw-r--r--", 0644, "user", "group"});
    row("vshell dash name", "-rw-r--r--    1 user     group           77 Oct 08, 2002 09:47 -dash",
        {"-dash", F, 77, "2002-10-08T09:47", Min, "-rw-r--r--", 0644, "user", "group"});
}

void TestFtpListParser::vshellList()
{
    checkListRow();
}

void TestFtpListParser::formatChosenPerListing()
{
    // A server whose ls prints numeric months. The last name holds an English date, so on
    // its own the line fits the English-month reading too (size 2023, "Jan 12 2024",
    // name "minutes.pdf"). In the listing, whose lines are all numeric-month lines, it
    // is read as its neighbours are.
    const QString ambiguous =
        QStringLiteral("-rw-r--r--   1 root     other        531 3 29  2023 Jan 12 2024 minutes.pdf");
    const auto alone = FtpListParser::parseList({ambiguous}, fixedOptions());
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone[0].name, QStringLiteral("minutes.pdf"));

    const QStringList lines = {
        QStringLiteral("total 6"),
        QStringLiteral("-rw-r--r--   1 root     other        531 3 29 03:26 README"),
        QStringLiteral("-rw-r--r--   1 root     other       1024 2 14 11:00 notes.txt"),
        QStringLiteral("drwxr-xr-x   2 root     other        512 1 5  2023 old"),
        ambiguous,
    };
    SkippedLines skipped;
    const auto entries = FtpListParser::parseList(lines, fixedOptions(), nullptr, &skipped);
    QCOMPARE(skipped.count, 0);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[2].name, QStringLiteral("old"));
    compareEntries(entries[3], toEntry({"Jan 12 2024 minutes.pdf", F, 531, "2023-03-29", Day, "-rw-r--r--",
                                        0644, "root", "other"}));

    // A mixed listing still reads each line by its own shape when the listing's format
    // does not fit it.
    const QStringList mixed = {
        QStringLiteral("-rw-r--r--   1 root     other        531 3 29 03:26 README"),
        QStringLiteral("-rw-r--r--   1 root     other        531 3 29 03:27 README2"),
        QStringLiteral("03-05-24  07:08AM       <DIR>          aspnet_client"),
        QStringLiteral("-rw-r--r--   1 root     other         77 Mar  5 07:08 english"),
    };
    const auto mixedEntries = FtpListParser::parseList(mixed, fixedOptions());
    QCOMPARE(mixedEntries.size(), 4);
    QCOMPARE(mixedEntries[2].name, QStringLiteral("aspnet_client"));
    QCOMPARE(mixedEntries[3].name, QStringLiteral("english"));
    QCOMPARE(mixedEntries[3].mtime.date(), QDate(2024, 3, 5));
}

void TestFtpListParser::familyHeadersAreNotSkipped()
{
    // Whole listings as the servers send them: their headings and rules are neither
    // entries nor skipped lines.
    const QList<QStringList> listings = {
        {QStringLiteral("File         Code             EOF  Last Modification    Owner  RWEP"),
         QStringLiteral("IARPTS        101           16354  18-Jan-08 16:46:09 255,255 \"nnnn\""),
         QStringLiteral("ABCFILE         0            4096  28-Feb-08 11:21:37 101,66   \"nnnn\"")},
        {QStringLiteral("                            Directory of . 17:49:51"),
         QStringLiteral(" Owner    Last modified  Attributes Sector Bytecount Name"),
         QStringLiteral("-------  ---------------  ---------- ------ --------- ----"),
         QStringLiteral("   0.0   93/04/13 1434  d-ewrewr    4A8       1792 CMDS"),
         QStringLiteral("   0.0   93/04/13 1434  ------wr    4B0        124 startup")},
        {QStringLiteral("  size          date       time       name"),
         QStringLiteral("--------       ------     ------    --------"),
         QStringLiteral("    2048    Feb-28-1998  05:23:30   vxworks-dir <DIR>"),
         QStringLiteral("      12 Mar-28-2007  17:56:25   fz-vxworks-file")},
    };
    for (const QStringList &lines : listings) {
        SkippedLines skipped;
        const auto entries = FtpListParser::parseList(lines, fixedOptions(), nullptr, &skipped);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(skipped.count, 0);
    }
}

void TestFtpListParser::digitFirstNames_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<DirEntry>("expected");
    // A line that begins with a digit is not only DOS or OS/2: the whole line decides.
    row("vms digit name", "2024REPORT.TXT;1  2/4  5-MAR-2024 07:08:09  [GROUP,OWNER]  (RWED,RWED,RE,)",
        {"2024REPORT.TXT", F, 1024, "2024-03-05T07:08:09", Sec, "(RWED,RWED,RE,)", kNoMode, "OWNER",
         "GROUP"});
    row("vms digit dir", "1999.DIR;1  1/3  5-MAR-2024 07:08:09  [SYSTEM]  (RWE,RWE,RE,E)",
        {"1999", D, kNoSize, "2024-03-05T07:08:09", Sec, "(RWE,RWE,RE,E)", kNoMode, "SYSTEM"});
    row("vms all digits", "12345;1  1  5-MAR-2024 07:08:09", {"12345", F, 512, "2024-03-05T07:08:09", Sec});
    row("mvs digit member", "1MEMBER   01.01 2024/03/01 2024/03/05 07:08    10    10     0 FERRY",
        {"1MEMBER", F, kNoSize, "2024-03-05T07:08", Min, "", kNoMode, "FERRY"});
    row("mvs digit migrated", "Migrated                                                2024.DATA",
        {"2024.DATA", F});
    row("netware padded digit", "- [RWCEAFMS] admin              1234 Mar 05 07:08    2024.TXT",
        {"2024.TXT", F, 1234, "2024-03-05T07:08", Min, "[RWCEAFMS]", kNoMode, "admin"});
}

void TestFtpListParser::digitFirstNames()
{
    checkListRow();
}

void TestFtpListParser::skippedLines_data()
{
    // Each line goes to parseList, or to parseMlsd for the "mlsd" rows.
    QTest::addColumn<bool>("mlsd");
    QTest::addColumn<QString>("line");
    const auto add = [](const char *tag, const char *line) {
        QTest::newRow(tag) << false << QString::fromUtf8(line);
    };
    const auto addMlsd = [](const char *tag, const char *line) {
        QTest::newRow(tag) << true << QString::fromUtf8(line);
    };
    add("empty", "");
    add("blanks", "   \t ");
    add("cr only", "\r");
    add("total", "total 1234");
    add("total human", "total 12K");
    add("dot", "drwxr-xr-x   2 u  g  4096 Mar  5 07:08 .");
    add("dotdot", "drwxr-xr-x   9 u  g  4096 Mar  5 07:08 ..");
    add("word", "garbage");
    add("perms only", "-rw-r--r--");
    add("no date", "-rw-r--r-- 1 u g");
    add("no name", "-rw-r--r-- 1 u g 12 Mar  5 07:08");
    add("blank name", "-rw-r--r-- 1 u g 12 Mar  5 07:08 ");
    add("bad size", "drwxr-xr-x 1 u g abc Mar 5 07:08 x");
    add("bad month", "-rw-r--r-- 1 u g 12 Foo 5 07:08 x");
    add("bad day", "-rw-r--r-- 1 u g 12 Mar 32 07:08 x");
    add("bad hour", "-rw-r--r-- 1 u g 12 Mar 5 25:08 x");
    add("bad perms", "-rw-r--r-Z 1 u g 12 Mar 5 07:08 x");
    add("feb 30", "-rw-r--r-- 1 u g 12 Feb 30  2020 x");
    add("dos no name", "03-05-24  07:08AM       <DIR>");
    add("dos bad time", "03-05-24  27:08AM       1 x");
    add("dos bad date", "13-45-24  07:08AM       1 x");
    add("eplf no tab", "+i8388621.29609,m824255902,/, dev");
    add("eplf bare plus", "+");
    add("vms header", "Directory DISK$USER:[FOO]");
    add("vms total", "Total of 3 files, 12/24 blocks.");
    add("vms error", "SECRET.TXT;1  %RMS-E-PRV, insufficient privilege or file protection violation");
    add("server error", "ls: cannot open directory .: Permission denied");
    add("reply code", "550 No files found");
    add("truncated unix", "-rw-r--r--   1 u  g  1234 Ma");
    add("truncated date", "-rw-r--r--   1 u  g  1234 Mar  5 07:");
    add("truncated iso", "-rw-r--r-- 1 u g 1234 2024-03-");
    add("os2 truncated", "  1234  A        03-05-24");
    add("mvs header", "Volume Unit    Referred Ext Used Recfm Lrecl BlkSz Dsorg Dsname");
    add("mvs member header", " Name     VV.MM   Created       Changed      Size  Init   Mod   Id");
    add("mvs load header", " Name      Size   TTR   Alias-of AC --------- Attributes --------- Amode Rmode");
    add("numbers", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20");
    addMlsd("mlsd empty", "");
    addMlsd("mlsd word", "garbage");
    addMlsd("mlsd facts without name", "type=file;size=1;");
    addMlsd("mlsd facts then blank", "type=file;size=1; ");
    addMlsd("mlsd given a unix line", "-rw-r--r-- 1 u g 1 Mar 5 07:08 x");
    addMlsd("mlsd fact without value", "type;size=1; x");
    addMlsd("mlsd cdir", "type=cdir;sizd=4096;modify=20240305070809;UNIX.mode=0755; /home/ferry");
    addMlsd("mlsd pdir", "type=pdir;sizd=4096;modify=20240305070809;UNIX.mode=0755; ..");
    addMlsd("mlsd dot", "type=dir;modify=20240305070809; .");
    addMlsd("mlsd reply", "250 End");
}

void TestFtpListParser::skippedLines()
{
    QFETCH(bool, mlsd);
    QFETCH(QString, line);
    QStringList rejected;
    SkippedLines skipped;
    const auto entries = mlsd ? FtpListParser::parseMlsd({line}, &rejected, &skipped)
                              : FtpListParser::parseList({line}, fixedOptions(), &rejected, &skipped);
    QVERIFY(entries.isEmpty());
    QVERIFY(rejected.isEmpty());
    // Blank lines, totals, headers and the folder's own entries are expected, not unknown.
    static const QStringList kExpected = {
        QStringLiteral("empty"),
        QStringLiteral("blanks"),
        QStringLiteral("cr only"),
        QStringLiteral("total"),
        QStringLiteral("total human"),
        QStringLiteral("dot"),
        QStringLiteral("dotdot"),
        QStringLiteral("vms header"),
        QStringLiteral("vms total"),
        QStringLiteral("mvs header"),
        QStringLiteral("mvs member header"),
        QStringLiteral("mvs load header"),
        QStringLiteral("mlsd empty"),
        QStringLiteral("mlsd cdir"),
        QStringLiteral("mlsd pdir"),
        QStringLiteral("mlsd dot"),
    };
    const bool expected = kExpected.contains(QString::fromUtf8(QTest::currentDataTag()));
    QCOMPARE(skipped.count, expected ? 0 : 1);
    QCOMPARE(skipped.first, expected ? QString() : QString(line).remove(QLatin1Char('\r')));
}

void TestFtpListParser::skippedLinesAreCountedNotGuessed()
{
    // A VMS listing with a header, a total, two lines no format fits and a long one.
    const QString longLine(500, QLatin1Char('x'));
    const QStringList lines = {
        QStringLiteral("Directory DKA0:[FERRY]"),
        QString(),
        QStringLiteral("README.TXT;1  %RMS-E-PRV, insufficient privilege or file protection violation"),
        QStringLiteral("LOGIN.COM;12   3   1-JAN-2020 00:00  [100,200]  (RWED,RWED,,)"),
        longLine,
        QStringLiteral("Total of 1 file, 3/4 blocks."),
    };
    SkippedLines skipped;
    const auto entries = FtpListParser::parseList(lines, fixedOptions(), nullptr, &skipped);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].name, QStringLiteral("LOGIN.COM"));
    QCOMPARE(skipped.count, 2);
    QCOMPARE(skipped.first, lines[2]);
    // The count goes on over batches; the first line is kept, cut to 200 characters.
    FtpListParser::parseList({longLine}, fixedOptions(), nullptr, &skipped);
    QCOMPARE(skipped.count, 3);
    QCOMPARE(skipped.first, lines[2]);
    SkippedLines fresh;
    FtpListParser::parseList({longLine}, fixedOptions(), nullptr, &fresh);
    QCOMPARE(fresh.first.size(), 200);
}

void TestFtpListParser::crlfLeftovers()
{
    const QString line = QStringLiteral("-rw-r--r--   1 u  g  12 Mar  5 07:08 file.txt");
    const auto list = FtpListParser::parseList({line + QStringLiteral("\r"), line + QStringLiteral("\r\n")},
                                               fixedOptions());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("file.txt"));
    QCOMPARE(list[1].name, QStringLiteral("file.txt"));

    const auto mlsd = FtpListParser::parseMlsd({QStringLiteral("type=file;size=3; a b\r")});
    QCOMPARE(mlsd.size(), 1);
    QCOMPARE(mlsd[0].name, QStringLiteral("a b"));

    const auto iis = FtpListParser::parseList({QStringLiteral("03-05-24  07:08AM       <DIR>          x\r")},
                                              fixedOptions());
    QCOMPARE(iis.size(), 1);
    QCOMPARE(iis[0].name, QStringLiteral("x"));
}

void TestFtpListParser::wholeListing()
{
    // A ProFTPD "LIST -a" reply, as it arrives, with a hostile entry in the middle.
    const QStringList lines = {
        QStringLiteral("total 24"),
        QStringLiteral("drwxr-xr-x   4 ferry    ferry        4096 Mar  5 07:08 ."),
        QStringLiteral("drwxr-xr-x  12 root     root         4096 Jan  2  2023 .."),
        QStringLiteral("-rw-------   1 ferry    ferry         220 Jan  2  2023 .bash_logout"),
        QStringLiteral("drwxr-xr-x   2 ferry    ferry        4096 Mar  5 07:08 docs"),
        QStringLiteral("-rw-r--r--   1 ferry    ferry           1 Mar  5 07:08 ../../etc/cron.d/x"),
        QStringLiteral("lrwxrwxrwx   1 ferry    ferry           4 Mar  5 07:08 www -> docs"),
        QString(),
    };
    QStringList rejected;
    const auto entries = FtpListParser::parseList(lines, fixedOptions(), &rejected);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].name, QStringLiteral(".bash_logout"));
    QCOMPARE(entries[1].name, QStringLiteral("docs"));
    QCOMPARE(entries[2].name, QStringLiteral("www"));
    QCOMPARE(rejected, QStringList{QStringLiteral("../../etc/cron.d/x")});
}

void TestFtpListParser::vmsWrappedEntry()
{
    const QStringList lines = {
        QStringLiteral("Directory DKA0:[FERRY]"),
        QString(),
        QStringLiteral("A_VERY_LONG_FILE_NAME_THAT_DOES_NOT_FIT.TXT;3"),
        QStringLiteral(
            "                        12/15     5-MAR-2024 07:08:09.55  [USERS,FERRY]  (RWED,RWED,RE,)"),
        QStringLiteral(
            "SHORT.TXT;1              1/3      5-MAR-2024 07:08:10  [USERS,FERRY]  (RWED,RWED,RE,)"),
        QString(),
        QStringLiteral("Total of 2 files, 13/18 blocks."),
    };
    const auto entries = FtpListParser::parseList(lines, fixedOptions());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, QStringLiteral("A_VERY_LONG_FILE_NAME_THAT_DOES_NOT_FIT.TXT"));
    QCOMPARE(entries[0].size.value_or(kNoSize), 12 * 512);
    QCOMPARE(entries[0].owner, QStringLiteral("FERRY"));
    QCOMPARE(entries[1].name, QStringLiteral("SHORT.TXT"));
}

void TestFtpListParser::yearInference_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QDate>("expected");
    const QDateTime jan1 = QDateTime(QDate(2025, 1, 1), QTime(0, 30), Qt::UTC);
    QTest::newRow("december seen in january")
        << jan1 << QStringLiteral("Dec 31 23:59") << QDate(2024, 12, 31);
    QTest::newRow("new year's morning") << jan1 << QStringLiteral("Jan  1 00:10") << QDate(2025, 1, 1);
    QTest::newRow("one day ahead") << jan1 << QStringLiteral("Jan  2 00:00") << QDate(2025, 1, 2);
    QTest::newRow("two days ahead") << jan1 << QStringLiteral("Jan  3 00:00") << QDate(2024, 1, 3);
    QTest::newRow("feb 29 after a leap year") << QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC)
                                              << QStringLiteral("Feb 29 10:00") << QDate(2024, 2, 29);
    QTest::newRow("summer") << QDateTime(QDate(2024, 8, 1), QTime(0, 0), Qt::UTC)
                            << QStringLiteral("Jul 31 22:00") << QDate(2024, 7, 31);
}

void TestFtpListParser::yearInference()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, date);
    QFETCH(QDate, expected);
    ListParseOptions opts;
    opts.now = now;
    const auto entries =
        FtpListParser::parseList({QStringLiteral("-rw-r--r-- 1 u g 1 ") + date + QStringLiteral(" f")}, opts);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].mtime.date(), expected);
    QCOMPARE(int(entries[0].mtimePrecision), int(MtimePrecision::Minute));
}

void TestFtpListParser::serverOffset()
{
    // A server two hours ahead of UTC: its clock already shows 1 January when UTC is still
    // in December, so "Jan 1 01:00" is this (new) year.
    ListParseOptions opts;
    opts.serverTimeZoneOffsetMinutes = 120;
    opts.now = QDateTime(QDate(2024, 12, 31), QTime(23, 30), Qt::UTC);
    const auto entries = FtpListParser::parseList(
        {QStringLiteral("-rw-r--r-- 1 u g 1 Jan  1 01:00 f"), QStringLiteral("+m824255902,r,\teplf")}, opts);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].mtime.date(), QDate(2025, 1, 1));
    QCOMPARE(entries[0].mtime.time(), QTime(1, 0));
    QCOMPARE(entries[0].mtime.offsetFromUtc(), 7200);
    QCOMPARE(entries[0].mtime.toUTC(), QDateTime(QDate(2024, 12, 31), QTime(23, 0), Qt::UTC));
    QVERIFY(!entries[0].mtimeUtc);
    // EPLF carries Unix time: the server offset does not apply.
    QVERIFY(entries[1].mtimeUtc);
    QCOMPARE(entries[1].mtime, QDateTime::fromSecsSinceEpoch(824255902, Qt::UTC));
}

void TestFtpListParser::mlstLine()
{
    // MLST answers one entry, indented by a blank, named by its path.
    const auto e = FtpListParser::parseMlsdLine(
        QStringLiteral(" type=file;size=1234;modify=20240305070809;UNIX.mode=0640; /pub/report.pdf"));
    QVERIFY(e.has_value());
    QCOMPARE(e->name, QStringLiteral("/pub/report.pdf"));
    QCOMPARE(DirEntry::typeName(e->type), DirEntry::typeName(EntryType::File));
    QCOMPARE(e->size.value_or(kNoSize), 1234);
    QCOMPARE(e->mode.value_or(0), 0640u);
    QVERIFY(e->mtimeUtc);
    QVERIFY(!FtpListParser::parseMlsdLine(QStringLiteral("garbage")).has_value());
    QVERIFY(!FtpListParser::parseMlsdLine(QString()).has_value());
}

void TestFtpListParser::mlsdCdirAsDir()
{
    const auto e =
        FtpListParser::parseMlsdLine(QStringLiteral("type=cdir;modify=20240305070809; /home/ferry"));
    QVERIFY(e.has_value());
    QCOMPARE(DirEntry::typeName(e->type), DirEntry::typeName(EntryType::Dir));
    QCOMPARE(e->name, QStringLiteral("/home/ferry"));
}

QTEST_GUILESS_MAIN(TestFtpListParser)
#include "tst_ftplistparser.moc"
