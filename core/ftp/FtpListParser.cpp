#include "FtpListParser.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "remote/RemotePath.h"

namespace ferry::ftp {

using remote::DirEntry;
using remote::EntryType;
using remote::MtimePrecision;
using remote::SkippedLines;

namespace {

// ---------------------------------------------------------------------------------------
// Small text helpers. Everything works on QStringView so that a 100,000-line listing costs
// one QString per name, owner and group and nothing per token.

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

char16_t asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
}

bool equalsAsciiCi(QStringView s, QLatin1String word)
{
    return s.compare(word, Qt::CaseInsensitive) == 0;
}

// Plain decimal digits; at most 18 of them so the value fits in qint64.
std::optional<qint64> parseDecimal(QStringView s)
{
    if (s.isEmpty() || s.size() > 18)
        return {};
    qint64 v = 0;
    for (const QChar c : s) {
        if (!isDigit(c))
            return {};
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

std::optional<quint32> parseOctal(QStringView s)
{
    if (s.isEmpty() || s.size() > 10)
        return {};
    quint32 v = 0;
    for (const QChar c : s) {
        if (c < u'0' || c > u'7')
            return {};
        v = v * 8 + (c.unicode() - u'0');
    }
    return v;
}

QStringView chopTrailing(QStringView s, QChar c)
{
    return s.endsWith(c) ? s.chopped(1) : s;
}

// A line split into its first blank-separated tokens. Names are not taken from tokens but
// from the line after a given token, so their inner and trailing spaces survive.
class Tokens
{
public:
    static constexpr int kMax = 16;

    explicit Tokens(QStringView line) : m_line(line)
    {
        qsizetype i = 0;
        const qsizetype len = line.size();
        while (m_count < kMax) {
            while (i < len && isBlank(line[i]))
                ++i;
            if (i >= len)
                break;
            const qsizetype start = i;
            while (i < len && !isBlank(line[i]))
                ++i;
            m_tokens[size_t(m_count++)] = line.sliced(start, i - start);
        }
    }

    int count() const { return m_count; }
    QStringView operator[](int k) const { return m_tokens[size_t(k)]; }
    qsizetype startOf(int k) const { return m_tokens[size_t(k)].data() - m_line.data(); }
    qsizetype endOf(int k) const { return startOf(k) + m_tokens[size_t(k)].size(); }
    // Tokens first..last as they appear in the line, inner blanks included.
    QStringView span(int first, int last) const
    {
        return m_line.sliced(startOf(first), endOf(last) - startOf(first));
    }
    // The rest of the line after token k and exactly one separator.
    QStringView afterOneBlank(int k) const
    {
        const qsizetype p = endOf(k) + 1;
        return p < m_line.size() ? m_line.sliced(p) : QStringView();
    }
    // The rest of the line after token k and all the blanks that follow it.
    QStringView afterBlanks(int k) const
    {
        qsizetype p = endOf(k);
        while (p < m_line.size() && isBlank(m_line[p]))
            ++p;
        return m_line.sliced(p);
    }

private:
    QStringView m_line;
    std::array<QStringView, kMax> m_tokens;
    int m_count = 0;
};

// Listings repeat a handful of owners, groups and permission strings. Handing out one
// shared QString per distinct value saves most of a large listing's allocations.
class Interner
{
public:
    QString get(QStringView s)
    {
        for (const QString &v : m_values) {
            if (v == s)
                return v;
        }
        return remember(s.toString());
    }

    QString permissionsFromMode(quint32 mode)
    {
        for (const auto &[m, text] : m_modes) {
            if (m == mode)
                return text;
        }
        if (m_modes.size() >= kMax)
            m_modes.erase(m_modes.begin());
        m_modes.emplace_back(mode, DirEntry::permissionsFromMode(mode));
        return m_modes.back().second;
    }

private:
    static constexpr size_t kMax = 16;

    QString remember(QString v)
    {
        if (m_values.size() >= kMax)
            m_values.erase(m_values.begin());
        m_values.push_back(v);
        return v;
    }

    std::vector<QString> m_values;
    std::vector<std::pair<quint32, QString>> m_modes;
};

// ---------------------------------------------------------------------------------------
// Dates and times.

// What the whole listing shares: the server's offset and its wall-clock "now".
struct Context
{
    int offsetSeconds = 0;
    QDateTime serverNow;      // the server's wall-clock time, held in a UTC QDateTime for comparing
    mutable Interner strings; // a cache: parsing stays logically const

    // Real zones lie within ±14 h; the bound only keeps a corrupt setting from overflowing.
    explicit Context(const ListParseOptions &opts)
        : offsetSeconds(qBound(-24 * 60, opts.serverTimeZoneOffsetMinutes, 24 * 60) * 60)
    {
        const QDateTime now = opts.now.isValid() ? opts.now : QDateTime::currentDateTimeUtc();
        const QDateTime wall = now.toUTC().addSecs(offsetSeconds);
        serverNow = QDateTime(wall.date(), wall.time(), Qt::UTC);
    }

    QDateTime serverTime(QDate date, QTime time) const
    {
        return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
    }

    // ls prints "Nov 25 13:02" for the last six months: this year, unless that is more than
    // a day ahead of the server's clock (time zones, clock skew), then last year.
    QDate inferYear(int month, int day, QTime time) const
    {
        const int year = serverNow.date().year();
        const QDate thisYear(year, month, day);
        if (thisYear.isValid() && QDateTime(thisYear, time, Qt::UTC) <= serverNow.addDays(1))
            return thisYear;
        return QDate(year - 1, month, day);
    }
};

struct Stamp
{
    QDateTime mtime;
    MtimePrecision precision = MtimePrecision::None;
    bool utc = false;
};

void applyStamp(DirEntry &e, const Stamp &s)
{
    e.mtime = s.mtime;
    e.mtimePrecision = s.precision;
    e.mtimeUtc = s.utc;
}

int englishMonth(QStringView s)
{
    if (s.size() != 3)
        return 0;
    static constexpr char kNames[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    const char16_t a = asciiLower(s[0]), b = asciiLower(s[1]), c = asciiLower(s[2]);
    for (int m = 0; m < 12; ++m) {
        if (a == kNames[3 * m] && b == kNames[3 * m + 1] && c == kNames[3 * m + 2])
            return m + 1;
    }
    return 0;
}

struct MonthName
{
    const char16_t *name;
    int month;
};

// Abbreviations that localized `ls` prints where they differ from English. Tried only
// when a line has no English month, so an owner called "set" cannot pass for September.
constexpr MonthName kLocalizedMonths[] = {
    // German (and Austrian "Jän"), also written out ("26. Juli, 20:10")
    {u"jän", 1},
    {u"januar", 1},
    {u"jänner", 1},
    {u"februar", 2},
    {u"april", 4},
    {u"juni", 6},
    {u"juli", 7},
    {u"august", 8},
    {u"september", 9},
    {u"oktober", 10},
    {u"november", 11},
    {u"dezember", 12},
    {u"mär", 3},
    {u"mrz", 3},
    {u"märz", 3},
    {u"mai", 5},
    {u"okt", 10},
    {u"dez", 12},
    // French
    {u"janv", 1},
    {u"févr", 2},
    {u"fév", 2},
    {u"fevr", 2},
    {u"mars", 3},
    {u"avr", 4},
    {u"juin", 6},
    {u"juil", 7},
    {u"août", 8},
    {u"aout", 8},
    {u"sept", 9},
    {u"déc", 12},
    // Spanish, Italian, Portuguese
    {u"ene", 1},
    {u"abr", 4},
    {u"ago", 8},
    {u"set", 9},
    {u"dic", 12},
    {u"gen", 1},
    {u"mag", 5},
    {u"giu", 6},
    {u"lug", 7},
    {u"ott", 10},
    {u"fev", 2},
    {u"out", 10},
    // Dutch, Swedish, Polish
    {u"mrt", 3},
    {u"mei", 5},
    {u"maj", 5},
    {u"sty", 1},
    {u"lut", 2},
    {u"kwi", 4},
    {u"cze", 6},
    {u"lip", 7},
    {u"sie", 8},
    {u"wrz", 9},
    {u"paź", 10},
    {u"lis", 11},
    {u"gru", 12},
    // Russian
    {u"янв", 1},
    {u"фев", 2},
    {u"мар", 3},
    {u"апр", 4},
    {u"мая", 5},
    {u"май", 5},
    {u"июн", 6},
    {u"июл", 7},
    {u"авг", 8},
    {u"сен", 9},
    {u"окт", 10},
    {u"ноя", 11},
    {u"дек", 12},
};

int localizedMonth(QStringView s)
{
    // Japanese and Chinese locales: "3月"; Korean: "3월".
    if (s.size() >= 2 && s.size() <= 3 && (s.back() == u'月' || s.back() == u'월')) {
        const auto n = parseDecimal(s.chopped(1));
        return (n && *n >= 1 && *n <= 12) ? int(*n) : 0;
    }
    for (const MonthName &m : kLocalizedMonths) {
        if (s.compare(QStringView(m.name), Qt::CaseInsensitive) == 0)
            return m.month;
    }
    return 0;
}

// How month names are read: English only, localized names too, or numbers ("3 29 03:26",
// tried last because a number in a Unix line is usually a size, a link count or an owner).
enum class MonthNames
{
    English,
    Localized,
    Numeric
};

int monthOf(QStringView s, MonthNames names)
{
    if (names == MonthNames::Numeric) {
        const auto n = s.size() <= 2 ? parseDecimal(s) : std::nullopt;
        return (n && *n >= 1 && *n <= 12) ? int(*n) : 0;
    }
    const bool localized = names == MonthNames::Localized;
    s = chopTrailing(chopTrailing(s, u','), u'.');
    if (const int m = englishMonth(s))
        return m;
    return localized ? localizedMonth(s) : 0;
}

// "5", "05", "5." (German), "5日" (Japanese), "5일" (Korean).
int dayOf(QStringView s)
{
    s = chopTrailing(chopTrailing(chopTrailing(chopTrailing(s, u','), u'.'), u'日'), u'일');
    if (s.size() > 2)
        return 0;
    const auto n = parseDecimal(s);
    return (n && *n >= 1 && *n <= 31) ? int(*n) : 0;
}

int twoDigits(QStringView s, qsizetype at)
{
    if (at + 2 > s.size() || !isDigit(s[at]) || !isDigit(s[at + 1]))
        return -1;
    return (s[at].unicode() - u'0') * 10 + (s[at + 1].unicode() - u'0');
}

// "7:08", "07:08", "07:08:09", "07:08:09.123456789". Fractions beyond milliseconds are
// dropped; precision says what was there.
struct ClockTime
{
    QTime time;
    MtimePrecision precision = MtimePrecision::None;
};

std::optional<ClockTime> timeOf(QStringView s)
{
    const qsizetype colon = s.indexOf(u':');
    if (colon < 1 || colon > 2)
        return {};
    const auto hour = parseDecimal(s.first(colon));
    const int minute = twoDigits(s, colon + 1);
    if (!hour || minute < 0)
        return {};
    qsizetype p = colon + 3;
    int second = 0, ms = 0;
    MtimePrecision precision = MtimePrecision::Minute;
    if (p < s.size()) {
        if (s[p] != u':' || (second = twoDigits(s, p + 1)) < 0)
            return {};
        precision = MtimePrecision::Second;
        p += 3;
        if (p < s.size()) {
            if (s[p] != u'.' || p + 1 == s.size())
                return {};
            int scale = 100;
            for (qsizetype i = p + 1; i < s.size(); ++i) {
                if (!isDigit(s[i]))
                    return {};
                ms += (s[i].unicode() - u'0') * scale;
                scale /= 10;
            }
            precision = MtimePrecision::Millisecond;
        }
    }
    const QTime t(int(*hour), minute, second, ms);
    if (!t.isValid())
        return {};
    return ClockTime{t, precision};
}

int yearOf(QStringView s)
{
    if (s.size() != 4)
        return 0;
    const auto n = parseDecimal(s);
    return (n && *n >= 1900) ? int(*n) : 0;
}

// After month and day: either a time (year inferred) or a year (Day precision).
// Italian ls writes the time as "01.59".
std::optional<Stamp> timeOrYear(const Context &ctx, int month, int day, QStringView s)
{
    // "24:00" is the end of the day: the next day's midnight.
    if (s == QLatin1String("24:00")) {
        const QDate d = ctx.inferYear(month, day, QTime(23, 59));
        if (!d.isValid())
            return {};
        return Stamp{ctx.serverTime(d.addDays(1), QTime(0, 0)), MtimePrecision::Minute, false};
    }
    std::optional<ClockTime> t = timeOf(s);
    if (!t && (s.size() == 4 || s.size() == 5) && s[s.size() - 3] == u'.') {
        QString colon = s.toString();
        colon[colon.size() - 3] = u':';
        t = timeOf(colon);
    }
    if (t) {
        const QDate d = ctx.inferYear(month, day, t->time);
        if (!d.isValid())
            return {};
        return Stamp{ctx.serverTime(d, t->time), t->precision, false};
    }
    const QDate d(yearOf(s), month, day);
    if (!d.isValid())
        return {};
    return Stamp{ctx.serverTime(d, QTime(0, 0)), MtimePrecision::Day, false};
}

// "2024-03-05"
QDate isoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const auto y = parseDecimal(s.first(4));
    const int m = twoDigits(s, 5), d = twoDigits(s, 8);
    return y ? QDate(int(*y), m, d) : QDate();
}

// "+0100" / "-0530" from `ls --full-time`.
std::optional<int> zoneOffsetSeconds(QStringView s)
{
    if (s.size() != 5 || (s[0] != u'+' && s[0] != u'-'))
        return {};
    const int h = twoDigits(s, 1), m = twoDigits(s, 3);
    if (h < 0 || m < 0 || h > 14 || m > 59)
        return {};
    return (s[0] == u'-' ? -1 : 1) * (h * 3600 + m * 60);
}

// DOS/IIS and OS/2 dates: "03-05-24", "03-05-2024", "2024-03-05", "05.03.2024", "03/05/24".
// Month first unless that cannot be (first field > 12) or the separator is '.', which
// European servers use with the day first.
QDate dosDate(QStringView s)
{
    if (s.size() < 8 || s.size() > 10)
        return {};
    qsizetype sep1 = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isDigit(s[i])) {
            sep1 = i;
            break;
        }
    }
    if (sep1 < 1)
        return {};
    const QChar sep = s[sep1];
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return {};
    const qsizetype sep2 = s.indexOf(sep, sep1 + 1);
    if (sep2 < 0)
        return {};
    const auto a = parseDecimal(s.first(sep1));
    const auto b = parseDecimal(s.sliced(sep1 + 1, sep2 - sep1 - 1));
    const auto c = parseDecimal(s.sliced(sep2 + 1));
    if (!a || !b || !c)
        return {};
    if (sep1 == 4)
        return QDate(int(*a), int(*b), int(*c));
    int year = int(*c);
    if (s.size() - sep2 - 1 == 2)
        year += year < 70 ? 2000 : 1900;
    else if (s.size() - sep2 - 1 != 4)
        return {};
    int month = int(*a), day = int(*b);
    if (sep == u'.' || (month > 12 && day <= 12))
        std::swap(month, day);
    return QDate(year, month, day);
}

// ---------------------------------------------------------------------------------------
// Sizes and Unix permissions.

// "1234", or "12.5M"/"3K" from servers that humanise sizes (approximate, as shown).
std::optional<qint64> parseSize(QStringView s)
{
    if (const auto n = parseDecimal(s))
        return n;
    if (s.size() < 2 || !isDigit(s[0]))
        return {};
    qint64 unit = 0;
    switch (asciiLower(s.back())) {
    case u'k':
        unit = Q_INT64_C(1) << 10;
        break;
    case u'm':
        unit = Q_INT64_C(1) << 20;
        break;
    case u'g':
        unit = Q_INT64_C(1) << 30;
        break;
    case u't':
        unit = Q_INT64_C(1) << 40;
        break;
    default:
        return {};
    }
    const QStringView number = s.chopped(1);
    const qsizetype dot = number.indexOf(u'.');
    const auto whole = parseDecimal(dot < 0 ? number : number.first(dot));
    if (!whole || *whole > (Q_INT64_C(1) << 20))
        return {};
    qint64 value = *whole * unit;
    if (dot >= 0) {
        const QStringView frac = number.sliced(dot + 1);
        const auto f = parseDecimal(frac);
        if (!f || frac.size() > 3)
            return {};
        qint64 scale = 1;
        for (qsizetype i = 0; i < frac.size(); ++i)
            scale *= 10;
        value += *f * unit / scale;
    }
    return value;
}

// "drwxr-xr-x", "-rw-r--r--@", "lrwxrwxrwx+": the entry type, or nullopt if not permissions.
std::optional<EntryType> unixType(QStringView perms)
{
    if (perms.size() < 10 || perms.size() > 11)
        return {};
    EntryType type = EntryType::Other;
    switch (perms[0].unicode()) {
    case u'-':
        type = EntryType::File;
        break;
    case u'd':
        type = EntryType::Dir;
        break;
    case u'l':
        type = EntryType::Link;
        break;
    case u'c':
    case u'b':
    case u'p':
    case u's':
    case u'D':
    case u'n':
    case u'?':
        break;
    default:
        return {};
    }
    static constexpr QLatin1String kPermChars("-rwxsStTlLeE");
    for (qsizetype i = 1; i < 10; ++i) {
        if (!kPermChars.contains(perms[i]))
            return {};
    }
    // ACL and extended-attribute markers from Linux, macOS and SELinux.
    if (perms.size() == 11 && !QLatin1String("+@.*").contains(perms[10]))
        return {};
    return type;
}

// The nine rwx characters as mode bits, set-id and sticky included.
quint32 modeFromPermissions(QStringView rwx)
{
    static constexpr quint32 kSpecial[3] = {04000, 02000, 01000};
    quint32 mode = 0;
    for (int i = 0; i < 9; ++i) {
        const quint32 bit = 0400u >> i;
        switch (rwx[i].unicode()) {
        case u'r':
        case u'w':
        case u'x':
            mode |= bit;
            break;
        case u's':
        case u't':
            mode |= bit | kSpecial[i / 3];
            break;
        case u'S':
        case u'T':
        case u'l':
        case u'L':
            mode |= kSpecial[i / 3];
            break;
        default:
            break;
        }
    }
    return mode;
}

// ---------------------------------------------------------------------------------------
// Unix `ls -l` and its relatives. The shape is
//   perms [links] [owner [group...]] size date name[ -> target]
// with the date in one of several forms. The date is found first (it is the most
// distinctive part); the size is the token before it; links, owner and group fill the gap.

struct DateMatch
{
    Stamp stamp;
    int tokens = 0; // how many tokens the date took
    // The date was padded after it to line up with the recent-file form (a year where a
    // time could be): a second blank before the name belongs to the date, not the name.
    bool padded = false;
};

// "2005년 1월 6일", "2005年 1月 6日": a year before the month (Korean and Japanese ls).
int cjkYear(QStringView s)
{
    if (s.size() != 5 || (s.back() != u'년' && s.back() != u'年'))
        return 0;
    return yearOf(s.chopped(1));
}

std::optional<DateMatch> unixDateAt(const Tokens &tk, int i, const Context &ctx, MonthNames names)
{
    const int n = tk.count();
    // VShell: "Oct 08, 2002 09:47", a comma after the day, then the year and the time.
    if (i + 3 < n && tk[i + 1].endsWith(u',') && names != MonthNames::Numeric) {
        const int month = monthOf(tk[i], names), day = dayOf(tk[i + 1]);
        const int year = yearOf(tk[i + 2]);
        const auto t = timeOf(tk[i + 3]);
        if (month && day && year && t) {
            const QDate d(year, month, day);
            if (!d.isValid())
                return {};
            return DateMatch{Stamp{ctx.serverTime(d, t->time), t->precision, false}, 4};
        }
    }
    if (names == MonthNames::Localized && i + 3 < n) {
        if (const int year = cjkYear(tk[i])) {
            const int month = monthOf(tk[i + 1], names), day = dayOf(tk[i + 2]);
            const QDate d(year, month, day);
            if (!month || !day || !d.isValid())
                return {};
            return DateMatch{Stamp{ctx.serverTime(d, QTime(0, 0)), MtimePrecision::Day, false}, 3};
        }
    }
    // "Nov 25 13:02", "Nov 25 2019", "Mär 5 13:02", "3月 5日 13:02"
    if (i + 2 < n) {
        // English ls right-aligns a year in the time's five columns ("Nov 25  2019 name");
        // German ls left-aligns it ("25. Nov 2019  name"), so then the name starts a blank later.
        const bool yearPaddedAfter = tk.startOf(i + 2) - tk.endOf(i + 1) == 1;
        if (const int month = monthOf(tk[i], names)) {
            if (const int day = dayOf(tk[i + 1])) {
                if (auto s = timeOrYear(ctx, month, day, tk[i + 2]))
                    return DateMatch{*s, 3, s->precision == MtimePrecision::Day && yearPaddedAfter};
            }
        }
        // "25 nov. 13:02" (French), "25. Nov 2019" (German)
        if (const int day = names == MonthNames::Numeric ? 0 : dayOf(tk[i])) {
            if (const int month = monthOf(tk[i + 1], names)) {
                if (auto s = timeOrYear(ctx, month, day, tk[i + 2]))
                    return DateMatch{*s, 3, s->precision == MtimePrecision::Day && yearPaddedAfter};
            }
        }
    }
    // --time-style=long-iso "2024-03-05 07:08", full-iso "2024-03-05 07:08:09.123456789 +0100",
    // iso "2023-03-05" for older files, padded to the width of "03-05 07:08".
    if (const QDate d = isoDate(tk[i]); d.isValid()) {
        if (i + 1 < n) {
            if (const auto t = timeOf(tk[i + 1])) {
                if (i + 2 < n) {
                    if (const auto zone = zoneOffsetSeconds(tk[i + 2])) {
                        const QDateTime utc = QDateTime(d, t->time, Qt::OffsetFromUTC, *zone).toUTC();
                        return DateMatch{Stamp{utc, t->precision, true}, 3};
                    }
                }
                return DateMatch{Stamp{ctx.serverTime(d, t->time), t->precision, false}, 2};
            }
        }
        return DateMatch{Stamp{ctx.serverTime(d, QTime(0, 0)), MtimePrecision::Day, false}, 1, true};
    }
    // --time-style=iso for recent files: "03-05 07:08"
    const QStringView md = tk[i];
    if (i + 1 < n && md.size() == 5 && md[2] == u'-') {
        const int month = twoDigits(md, 0), day = twoDigits(md, 3);
        const auto t = timeOf(tk[i + 1]);
        if (month >= 1 && month <= 12 && day >= 1 && t) {
            const QDate d = ctx.inferYear(month, day, t->time);
            if (d.isValid())
                return DateMatch{Stamp{ctx.serverTime(d, t->time), t->precision, false}, 2};
        }
    }
    return {};
}

// Fills owner and group from the tokens between the permissions and the size.
void assignOwnerGroup(DirEntry &e, const Tokens &tk, int first, int end, bool netware, Interner &strings)
{
    const int count = end - first;
    if (count <= 0)
        return;
    if (netware) {
        e.owner = strings.get(tk.span(first, end - 1));
        return;
    }
    const bool leadingNumber = parseDecimal(tk[first]).has_value();
    if (count == 1) {
        if (!leadingNumber) // a lone number is the link count
            e.owner = strings.get(tk[first]);
        return;
    }
    if (leadingNumber) // link count first
        ++first;
    e.owner = strings.get(tk[first]);
    if (first + 1 < end) // Windows servers show groups such as "Domain Users"
        e.group = strings.get(tk.span(first + 1, end - 1));
}

std::optional<DirEntry> parseUnixWith(const Tokens &tk, const Context &ctx, MonthNames names)
{
    const QStringView perms = tk[0];
    DirEntry e;
    int first = 1;
    bool netware = false;
    // NetWare: "d [RWCEAFMS] owner 512 Mar 05 07:08 name"
    if (perms.size() == 1 && (perms[0] == u'd' || perms[0] == u'-') && tk[1].size() >= 2 &&
        tk[1].front() == u'[' && tk[1].back() == u']') {
        netware = true;
        e.type = perms[0] == u'd' ? EntryType::Dir : EntryType::File;
        e.permissions = ctx.strings.get(tk[1]);
        first = 2;
    } else if (const auto type = unixType(perms)) {
        e.type = *type;
        e.permissions = ctx.strings.get(perms);
        e.mode = modeFromPermissions(perms.sliced(1, 9));
    } else {
        return {};
    }
    const bool device = perms[0] == u'c' || perms[0] == u'b';

    for (int i = first + 1; i < tk.count(); ++i) {
        const QStringView sizeToken = tk[i - 1];
        std::optional<qint64> size;
        if (!device) {
            size = parseSize(sizeToken);
            if (!size)
                continue;
        }
        const auto date = unixDateAt(tk, i, ctx, names);
        if (!date)
            continue;
        const int last = i + date->tokens - 1;
        // NetWare pads its date column: the name starts after all the blanks.
        QStringView rest = netware ? tk.afterBlanks(last) : tk.afterOneBlank(last);
        if (date->padded && rest.startsWith(u' '))
            rest = rest.sliced(1);
        if (rest.isEmpty())
            return {};
        // Devices show "major, minor" where the size would be.
        int ownerEnd = i - 1;
        if (device && ownerEnd - 1 >= first && tk[ownerEnd - 1].endsWith(u','))
            --ownerEnd;
        assignOwnerGroup(e, tk, first, ownerEnd, netware, ctx.strings);
        e.size = size;
        applyStamp(e, date->stamp);
        QStringView name = rest;
        if (e.type == EntryType::Link) {
            const qsizetype arrow = rest.indexOf(QLatin1String(" -> "));
            if (arrow > 0) {
                name = rest.first(arrow);
                e.linkTarget = rest.sliced(arrow + 4).toString();
            }
        } else if (e.type == EntryType::Dir && name.size() > 1 && name.endsWith(u'/')) {
            name.chop(1); // `ls -F` marks folders with a slash
        }
        e.name = name.toString();
        return e;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// DOS / IIS / Windows: "03-05-24  07:08AM  <DIR>  name", "03-05-2024  19:08  1234 name".

// "07:08", "07:08AM", or "07:08" followed by a separate "AM" token (consumed: *extra = 1).
std::optional<ClockTime> dosTime(const Tokens &tk, int i, int *extra)
{
    *extra = 0;
    QStringView s = tk[i];
    QStringView ampm;
    if (s.size() > 2 && (s.endsWith(QLatin1String("AM"), Qt::CaseInsensitive) ||
                         s.endsWith(QLatin1String("PM"), Qt::CaseInsensitive))) {
        ampm = s.last(2);
        s.chop(2);
    } else if (i + 1 < tk.count() && (equalsAsciiCi(tk[i + 1], QLatin1String("AM")) ||
                                      equalsAsciiCi(tk[i + 1], QLatin1String("PM")))) {
        ampm = tk[i + 1];
        *extra = 1;
    }
    auto t = timeOf(s);
    if (!t)
        return {};
    if (!ampm.isEmpty()) {
        int hour = t->time.hour();
        if (hour < 1 || hour > 12)
            return {};
        hour %= 12;
        if (asciiLower(ampm[0]) == u'p')
            hour += 12;
        t->time = QTime(hour, t->time.minute(), t->time.second(), t->time.msec());
    }
    return t;
}

// "1234" or "1,234" / "1.234" with thousands separators.
std::optional<qint64> dosSize(QStringView s)
{
    if (const auto n = parseDecimal(s))
        return n;
    QString digits;
    for (const QChar c : s) {
        if (isDigit(c))
            digits.append(c);
        else if (c != u',' && c != u'.')
            return {};
    }
    return parseDecimal(digits);
}

std::optional<DirEntry> parseDos(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 4)
        return {};
    const QDate date = dosDate(tk[0]);
    if (!date.isValid())
        return {};
    int extra = 0;
    const auto t = dosTime(tk, 1, &extra);
    const int kind = 2 + extra;
    if (!t || kind >= tk.count())
        return {};
    DirEntry e;
    applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
    const QStringView k = tk[kind];
    QStringView name;
    if (equalsAsciiCi(k, QLatin1String("<DIR>"))) {
        e.type = EntryType::Dir;
        name = tk.afterBlanks(kind); // "<DIR>" is left-aligned in a padded column
    } else if (equalsAsciiCi(k, QLatin1String("<SYMLINKD>")) ||
               equalsAsciiCi(k, QLatin1String("<SYMLINK>")) ||
               equalsAsciiCi(k, QLatin1String("<JUNCTION>"))) {
        e.type = EntryType::Link;
        name = tk.afterBlanks(kind);
        // Windows shows the target as "name [target]".
        const qsizetype open = name.lastIndexOf(QLatin1String(" ["));
        if (open > 0 && name.endsWith(u']')) {
            e.linkTarget = name.sliced(open + 2).chopped(1).toString();
            name = name.first(open);
        }
    } else if (const auto size = dosSize(k)) {
        e.type = EntryType::File;
        e.size = size;
        name = tk.afterOneBlank(kind); // the size is right-aligned, then one blank
    } else {
        return {};
    }
    if (name.isEmpty())
        return {};
    e.name = name.toString();
    return e;
}

// OS/2: "     0           DIR   03-05-24   07:08  name", "  1234  A   03-05-24   07:08  file".
std::optional<DirEntry> parseOs2(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 4)
        return {};
    const auto size = parseDecimal(tk[0]);
    if (!size)
        return {};
    for (int d = 1; d <= 3 && d + 2 < tk.count(); ++d) {
        const QDate date = dosDate(tk[d]);
        const auto t = date.isValid() ? timeOf(tk[d + 1]) : std::nullopt;
        if (!t)
            continue;
        DirEntry e;
        e.type = EntryType::File;
        for (int a = 1; a < d; ++a) {
            if (equalsAsciiCi(tk[a], QLatin1String("DIR")))
                e.type = EntryType::Dir;
        }
        if (e.type == EntryType::File)
            e.size = size;
        applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
        e.name = tk.afterBlanks(d + 1).toString();
        return e.name.isEmpty() ? std::nullopt : std::optional<DirEntry>(std::move(e));
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// EPLF (Bernstein): "+i8388621.29609,m824255902,/,\tdev". Facts up to a tab, then the name.

std::optional<DirEntry> parseEplf(QStringView line)
{
    const qsizetype tab = line.indexOf(u'\t');
    if (!line.startsWith(u'+') || tab < 1 || tab + 1 >= line.size())
        return {};
    DirEntry e;
    bool dir = false, file = false;
    for (const QStringView fact : line.sliced(1, tab - 1).split(u',')) {
        if (fact.isEmpty())
            continue;
        switch (fact[0].unicode()) {
        case u'/':
            dir = true;
            break;
        case u'r':
            file = true;
            break;
        case u's':
            e.size = parseDecimal(fact.sliced(1));
            break;
        case u'm':
            // Up to the end of year 9999, which QDateTime can hold.
            if (const auto secs = parseDecimal(fact.sliced(1)); secs && *secs <= Q_INT64_C(253402300799)) {
                const QDateTime t = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
                if (t.isValid())
                    applyStamp(e, Stamp{t, MtimePrecision::Second, true});
            }
            break;
        case u'u':
            if (fact.startsWith(QLatin1String("up"))) {
                if (const auto mode = parseOctal(fact.sliced(2))) {
                    e.mode = *mode & 07777;
                    e.permissions = DirEntry::permissionsFromMode(*e.mode);
                }
            }
            break;
        default:
            break; // 'i' (identity) and unknown facts
        }
    }
    e.type = dir ? EntryType::Dir : file ? EntryType::File : EntryType::Other;
    e.name = line.sliced(tab + 1).toString();
    return e;
}

// ---------------------------------------------------------------------------------------
// VMS: "FILE.TXT;1  2/4  5-MAR-2024 07:08:09  [GROUP,OWNER]  (RWED,RWED,RE,)".
// Sizes are in 512-byte blocks (used/allocated), so the size is an upper bound.

QDate vmsDate(QStringView s)
{
    const qsizetype d1 = s.indexOf(u'-');
    const qsizetype d2 = d1 < 0 ? -1 : s.indexOf(u'-', d1 + 1);
    if (d1 < 1 || d2 < 0)
        return {};
    const auto day = parseDecimal(s.first(d1));
    const int month = englishMonth(s.sliced(d1 + 1, d2 - d1 - 1));
    const int year = yearOf(s.sliced(d2 + 1));
    return day && month ? QDate(year, month, int(*day)) : QDate();
}

// "12:45:27" or "12:45:27 PM" (some UCX versions): the clock time at tk[i], *used set
// to the tokens it took.
std::optional<ClockTime> vmsTime(const Tokens &tk, int i, int *used)
{
    *used = 0;
    if (i >= tk.count())
        return {};
    auto t = timeOf(tk[i]);
    if (!t)
        return {};
    *used = 1;
    if (i + 1 < tk.count()) {
        const bool am = equalsAsciiCi(tk[i + 1], QLatin1String("AM"));
        const bool pm = equalsAsciiCi(tk[i + 1], QLatin1String("PM"));
        if (am || pm) {
            const int hour = t->time.hour();
            if (hour < 1 || hour > 12)
                return {};
            const int h24 = (hour % 12) + (pm ? 12 : 0);
            t->time = QTime(h24, t->time.minute(), t->time.second(), t->time.msec());
            *used = 2;
        }
    }
    return t;
}

// "NAME.EXT;12  used[/allocated]  D-MON-YYYY [HH:MM[:SS[.hh]] [AM|PM]] [[GROUP,]OWNER] (prot)"
std::optional<DirEntry> parseVms(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 3)
        return {};
    const QStringView full = tk[0];
    const qsizetype semi = full.lastIndexOf(u';');
    if (semi < 1 || !parseDecimal(full.sliced(semi + 1)))
        return {};
    QStringView blocks = tk[1];
    if (const qsizetype slash = blocks.indexOf(u'/'); slash >= 0) {
        if (!parseDecimal(blocks.sliced(slash + 1)))
            return {};
        blocks = blocks.first(slash);
    }
    const auto used = parseDecimal(blocks);
    const QDate date = vmsDate(tk[2]);
    if (!used || !date.isValid() || *used > (Q_INT64_C(1) << 40))
        return {};
    int timeTokens = 0;
    const auto t = vmsTime(tk, 3, &timeTokens);
    DirEntry e;
    QStringView name = full.first(semi);
    if (name.endsWith(QLatin1String(".DIR"), Qt::CaseInsensitive) && name.size() > 4) {
        e.type = EntryType::Dir;
        name.chop(4);
    } else {
        e.type = EntryType::File;
        e.size = *used * 512;
    }
    e.name = name.toString();
    if (t) {
        // Seconds are shown; hundredths are not worth claiming.
        const MtimePrecision precision = std::min(t->precision, MtimePrecision::Second);
        applyStamp(e, Stamp{ctx.serverTime(date, t->time), precision, false});
    } else {
        applyStamp(e, Stamp{ctx.serverTime(date, QTime(0, 0)), MtimePrecision::Day, false});
    }
    for (int i = 3 + timeTokens; i < tk.count(); ++i) {
        const QStringView f = tk[i];
        if (f.size() >= 2 && f.front() == u'[' && f.back() == u']') {
            const QStringView inner = f.sliced(1, f.size() - 2);
            const qsizetype comma = inner.indexOf(u',');
            if (comma >= 0) {
                e.group = ctx.strings.get(inner.first(comma));
                e.owner = ctx.strings.get(inner.sliced(comma + 1));
            } else {
                e.owner = ctx.strings.get(inner);
            }
        } else if (f.size() >= 2 && f.front() == u'(' && f.back() == u')') {
            e.permissions = ctx.strings.get(f);
        } else {
            return {}; // not a VMS line after all
        }
    }
    return e;
}

// ---------------------------------------------------------------------------------------
// IBM i (AS/400, OS/400): "owner size date time *TYPE name", the date in the job's format
// (month first by default, read as DOS dates are), and members of a file without size
// or date: "owner *MEM FILE.FILE/MEMBER.MBR". *DIR, *LIB, *FLR, *DDIR and names ending in
// '/' are folders; the rest (*FILE, *STMF, *MEM, ...) files. A name that is a path keeps
// its last part only, so it is a safe name.

bool isAs400FolderType(QStringView type)
{
    return equalsAsciiCi(type, QLatin1String("*DIR")) || equalsAsciiCi(type, QLatin1String("*LIB")) ||
           equalsAsciiCi(type, QLatin1String("*FLR")) || equalsAsciiCi(type, QLatin1String("*DDIR"));
}

std::optional<DirEntry> parseAs400(const Tokens &tk, const Context &ctx)
{
    DirEntry e;
    QStringView name;
    QStringView type;
    if (tk.count() >= 3 && equalsAsciiCi(tk[1], QLatin1String("*MEM"))) {
        type = tk[1];
        name = tk.afterBlanks(1);
    } else if (tk.count() >= 6 && tk[4].size() >= 2 && tk[4][0] == u'*') {
        const auto size = parseDecimal(tk[1]);
        const QDate date = dosDate(tk[2]);
        const auto t = timeOf(tk[3]);
        if (!size || !date.isValid() || !t)
            return {};
        type = tk[4];
        name = tk.afterBlanks(4);
        e.size = size;
        applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
    } else {
        return {};
    }
    e.owner = ctx.strings.get(tk[0]);
    e.permissions = ctx.strings.get(type);
    e.type = isAs400FolderType(type) ? EntryType::Dir : EntryType::File;
    if (name.size() > 1 && name.endsWith(u'/')) {
        e.type = EntryType::Dir;
        name.chop(1);
    }
    if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0)
        name = name.sliced(slash + 1);
    if (name.isEmpty())
        return {};
    e.name = name.toString();
    return e;
}

// ---------------------------------------------------------------------------------------
// IBM z/OS (MVS). Data sets:
//   "WYNK01 3390   2024/03/05  1   15  FB      80 27920  PS  DATA.SET.NAME"
// (partitioned data sets, Dsorg PO, can be entered like folders) and members of one:
//   "MEMBER1   01.01 2024/03/01 2024/03/05 07:08    10    10     0 USERID".
// Sizes are in tracks or records, not bytes, so they are left unknown.

bool isMvsVersion(QStringView s) // "01.01"
{
    return s.size() == 5 && s[2] == u'.' && twoDigits(s, 0) >= 0 && twoDigits(s, 3) >= 0;
}

bool isHex6(QStringView s)
{
    if (s.size() != 6)
        return false;
    for (const QChar c : s) {
        if (!isDigit(c) && !(c >= u'A' && c <= u'F'))
            return false;
    }
    return true;
}

std::optional<DirEntry> parseMvs(const Tokens &tk, const Context &ctx)
{
    DirEntry e;
    // HSM has migrated the data set, or it is on tape or another device that is not direct
    // access: only its name is known ("Migrated  NAME", "Tape  NAME",
    // "ARCIVE Not Direct Access Device  NAME").
    if ((tk.count() == 2 &&
         (equalsAsciiCi(tk[0], QLatin1String("Migrated")) || equalsAsciiCi(tk[0], QLatin1String("Tape")))) ||
        (tk.count() == 6 && equalsAsciiCi(tk[1], QLatin1String("Not")) &&
         equalsAsciiCi(tk[2], QLatin1String("Direct")) && equalsAsciiCi(tk[4], QLatin1String("Device")))) {
        e.type = EntryType::File;
        e.name = tk[tk.count() - 1].toString();
        return e;
    }
    // Data sets; "**NONE**" where a data set was never referred to.
    const bool neverReferred = tk.count() >= 10 && tk[2] == QLatin1String("**NONE**");
    if (tk.count() >= 10 && (tk[2].size() == 10 || neverReferred) && parseDecimal(tk[3]) &&
        parseDecimal(tk[4]) && parseDecimal(tk[1])) {
        const QDate referred = dosDate(tk[2]);
        if (!referred.isValid() && !neverReferred)
            return {};
        const QStringView dsorg = tk[8];
        e.type =
            dsorg.startsWith(QLatin1String("PO"), Qt::CaseInsensitive) ? EntryType::Dir : EntryType::File;
        if (!neverReferred)
            applyStamp(e, Stamp{ctx.serverTime(referred, QTime(0, 0)), MtimePrecision::Day, false});
        e.name = tk.span(9, tk.count() - 1).toString();
        return e;
    }
    // Members of a load library: "NAME  size  TTR  [alias-of] AC  attributes  amode  rmode",
    // the size in hexadecimal bytes.
    if (tk.count() >= 5 && isHex6(tk[1]) && isHex6(tk[2])) {
        e.type = EntryType::File;
        e.size = tk[1].toLongLong(nullptr, 16);
        e.name = tk[0].toString();
        return e;
    }
    if (tk.count() >= 9 && isMvsVersion(tk[1])) {
        const QDate changed = dosDate(tk[3]);
        const auto t = timeOf(tk[4]);
        if (!dosDate(tk[2]).isValid() || !changed.isValid() || !t)
            return {};
        e.type = EntryType::File;
        applyStamp(e, Stamp{ctx.serverTime(changed, t->time), t->precision, false});
        e.owner = tk[8].toString();
        e.name = tk[0].toString();
        return e;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// IBM z/VM (CMS): "PROFILE  EXEC  V  80  35  1 2003-08-13 10:13:50 TCP191", that is file
// name, file type, record format (F fixed, V variable), record length, records, blocks,
// date, time and the disk's label. Folders of the shared file system show "DIR" as their
// type and "-" in the number columns. A fixed-format file holds exactly records x length
// bytes; a variable one's byte count is not shown.

QDate zvmDate(QStringView s)
{
    if (const QDate d = isoDate(s); d.isValid())
        return d;
    if (s.size() == 8 && s[2] == u'/' && s[5] == u'/') { // "08/13/03", month first
        const int m = twoDigits(s, 0), d = twoDigits(s, 3), y = twoDigits(s, 6);
        if (m < 0 || d < 0 || y < 0)
            return {};
        return QDate(y + (y < 70 ? 2000 : 1900), m, d);
    }
    return {};
}

std::optional<DirEntry> parseZvm(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 8 || tk.count() > 9)
        return {};
    const QStringView format = tk[2];
    const bool dir = equalsAsciiCi(tk[1], QLatin1String("DIR")) && format == u'-';
    if (!dir && format != u'F' && format != u'V')
        return {};
    std::optional<qint64> lrecl, records;
    for (int k = 3; k <= 5; ++k) {
        const auto n = parseDecimal(tk[k]);
        if (dir ? tk[k] != u'-' : !n)
            return {};
        if (k == 3)
            lrecl = n;
        else if (k == 4)
            records = n;
    }
    const QDate date = zvmDate(tk[6]);
    const auto t = timeOf(tk[7]);
    if (!date.isValid() || !t)
        return {};
    if (!dir && (*lrecl > (Q_INT64_C(1) << 20) || *records > (Q_INT64_C(1) << 40)))
        return {};
    DirEntry e;
    applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
    if (dir) {
        e.type = EntryType::Dir;
        e.name = tk[0].toString();
        return e;
    }
    e.type = EntryType::File;
    if (format == u'F')
        e.size = *lrecl * *records;
    e.name = tk[0] + QLatin1Char('.') + tk[1];
    return e;
}

// ---------------------------------------------------------------------------------------
// HP NonStop (Tandem) Guardian: "IARPTS   101   16354 18-Jan-08 16:46:09 255,255 \"nnnn\"",
// that is name, file code (an "O" after it when the file is open), end-of-file in bytes,
// date and time, owner "group,user" (sometimes "255, 255") and the security string in
// quotes. Guardian subvolumes hold files only.

QDate guardianDate(QStringView s) // "18-Jan-08"
{
    if (s.size() != 9 || s[2] != u'-' || s[6] != u'-')
        return {};
    const int d = twoDigits(s, 0), m = englishMonth(s.sliced(3, 3)), y = twoDigits(s, 7);
    if (d < 0 || !m || y < 0)
        return {};
    return QDate(y + (y < 70 ? 2000 : 1900), m, d);
}

std::optional<DirEntry> parseGuardian(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 7 || !parseDecimal(tk[1]))
        return {};
    int i = 2;
    if (tk[i] == u'O')
        ++i;
    const auto size = parseDecimal(tk[i]);
    const QDate date = i + 1 < tk.count() ? guardianDate(tk[i + 1]) : QDate();
    const auto t = i + 2 < tk.count() ? timeOf(tk[i + 2]) : std::nullopt;
    if (!size || !date.isValid() || !t)
        return {};
    i += 3;
    // The owner, possibly split after its comma, then the quoted security string.
    const int ownerFirst = i;
    while (i < tk.count() && !tk[i].startsWith(u'"'))
        ++i;
    if (i != tk.count() - 1 || i == ownerFirst || tk[i].size() < 2 || !tk[i].endsWith(u'"'))
        return {};
    QString owner;
    for (int k = ownerFirst; k < i; ++k)
        owner += tk[k];
    const qsizetype comma = owner.indexOf(u',');
    if (comma < 1 || !parseDecimal(QStringView(owner).first(comma)) ||
        !parseDecimal(QStringView(owner).sliced(comma + 1)))
        return {};
    DirEntry e;
    e.type = EntryType::File;
    e.size = size;
    applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
    e.owner = ctx.strings.get(owner);
    e.permissions = ctx.strings.get(tk[i].sliced(1, tk[i].size() - 2));
    e.name = tk[0].toString();
    return e;
}

// ---------------------------------------------------------------------------------------
// OS-9 (Microware): "  0.0   93/04/13 1434  d-ewrewr   4A8   1792  CMDS", that is owner
// "group.user", date year first, time "hhmm", the attributes (d for a folder, then s,
// public e/w/r and owner e/w/r), the first sector in hexadecimal, the size and the name.

bool isOs9Owner(QStringView s)
{
    const qsizetype dot = s.indexOf(u'.');
    return dot > 0 && parseDecimal(s.first(dot)) && parseDecimal(s.sliced(dot + 1));
}

QDate os9Date(QStringView s) // "93/04/13" or "2003/04/13"
{
    const bool longYear = s.size() == 10;
    if ((s.size() != 8 && !longYear) || s[s.size() - 3] != u'/' || s[s.size() - 6] != u'/')
        return {};
    const auto y = parseDecimal(s.first(longYear ? 4 : 2));
    const int m = twoDigits(s, s.size() - 5), d = twoDigits(s, s.size() - 2);
    if (!y)
        return {};
    const int year = longYear ? int(*y) : int(*y) + (*y < 70 ? 2000 : 1900);
    return QDate(year, m, d);
}

bool isOs9Attributes(QStringView s)
{
    static constexpr QLatin1String kAttributes("dsewrewr");
    if (s.size() != 8)
        return false;
    for (qsizetype i = 0; i < 8; ++i) {
        if (s[i] != u'-' && s[i] != QLatin1Char(kAttributes[i]))
            return false;
    }
    return true;
}

std::optional<DirEntry> parseOs9(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 7 || !isOs9Owner(tk[0]) || !isOs9Attributes(tk[3]))
        return {};
    const QDate date = os9Date(tk[1]);
    const QStringView hhmm = tk[2];
    const int h = hhmm.size() == 4 ? twoDigits(hhmm, 0) : -1, m = h < 0 ? -1 : twoDigits(hhmm, 2);
    const auto size = parseDecimal(tk[5]);
    bool hex = tk[4].size() <= 8;
    for (const QChar c : tk[4])
        hex = hex && (isDigit(c) || (asciiLower(c) >= u'a' && asciiLower(c) <= u'f'));
    if (!date.isValid() || !QTime::isValid(h, m, 0) || !size || !hex)
        return {};
    DirEntry e;
    e.type = tk[3][0] == u'd' ? EntryType::Dir : EntryType::File;
    if (e.type == EntryType::File)
        e.size = size;
    applyStamp(e, Stamp{ctx.serverTime(date, QTime(h, m)), MtimePrecision::Minute, false});
    e.owner = ctx.strings.get(tk[0]);
    e.permissions = ctx.strings.get(tk[3]);
    e.name = tk.afterBlanks(4 + 1).toString();
    return e.name.isEmpty() ? std::nullopt : std::optional<DirEntry>(std::move(e));
}

// ---------------------------------------------------------------------------------------
// VxWorks, whose FTP server Nortel's (Meridian, Passport, BayStack) and other embedded
// devices run: "     512 Feb-28-1998 05:23:30   DIR1   <DIR>", "  41 FEB-28-2007 10:12:30 a.txt",
// that is the size, the date "Mon-DD-YYYY", the time and the name, folders marked <DIR>.

QDate vxworksDate(QStringView s)
{
    if (s.size() != 11 || s[3] != u'-' || s[6] != u'-')
        return {};
    const int m = englishMonth(s.first(3)), d = twoDigits(s, 4);
    const int y = yearOf(s.sliced(7));
    return m && d >= 0 && y ? QDate(y, m, d) : QDate();
}

std::optional<DirEntry> parseVxworks(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 4)
        return {};
    const auto size = parseDecimal(tk[0]);
    const QDate date = vxworksDate(tk[1]);
    const auto t = timeOf(tk[2]);
    if (!size || !date.isValid() || !t)
        return {};
    DirEntry e;
    e.type = EntryType::File;
    QStringView name = tk.afterBlanks(2);
    if (tk[tk.count() - 1] == QLatin1String("<DIR>") && tk.count() >= 5) {
        e.type = EntryType::Dir;
        name = tk.span(3, tk.count() - 2);
    } else {
        e.size = size;
    }
    applyStamp(e, Stamp{ctx.serverTime(date, t->time), t->precision, false});
    e.name = name.toString();
    return e;
}

// ---------------------------------------------------------------------------------------
// Sterling Connect:Enterprise mailboxes:
//   "-C--E-----FTP B QUA1I1      18128       41 Aug 12 13:56 QUADTEST"
// that is the batch's status flags and the protocol it arrived by, the batch type, the
// mailbox ID, the batch number, the size in bytes and a Unix date. Batches are files.

bool isSterlingFlags(QStringView s)
{
    if (s.size() < 12 || s.size() > 14 || s[0] != u'-')
        return false;
    for (const QChar c : s) {
        if (c != u'-' && !(c >= u'A' && c <= u'Z'))
            return false;
    }
    // The protocol's letters end the field: "...FTP", "...TCP", "...SNA".
    const QStringView protocol = s.last(3);
    return protocol[0] != u'-' && protocol[1] != u'-' && protocol[2] != u'-';
}

std::optional<DirEntry> parseSterling(const Tokens &tk, const Context &ctx)
{
    if (tk.count() < 9 || !isSterlingFlags(tk[0]) || tk[1].size() != 1 || !parseDecimal(tk[3]))
        return {};
    const auto size = parseDecimal(tk[4]);
    const auto date = unixDateAt(tk, 5, ctx, MonthNames::English);
    if (!size || !date || date->tokens != 3)
        return {};
    const QStringView name = tk.afterOneBlank(7);
    if (name.isEmpty())
        return {};
    DirEntry e;
    e.type = EntryType::File;
    e.size = size;
    applyStamp(e, date->stamp);
    e.permissions = ctx.strings.get(tk[0]);
    e.owner = ctx.strings.get(tk[2]);
    e.name = name.toString();
    return e;
}

// ---------------------------------------------------------------------------------------

QStringView withoutLineEnd(QStringView line)
{
    while (!line.isEmpty() && (line.back() == u'\r' || line.back() == u'\n'))
        line.chop(1);
    return line;
}

bool isTotalLine(const Tokens &tk)
{
    return tk.count() == 2 && equalsAsciiCi(tk[0], QLatin1String("total")) && parseSize(tk[1]);
}

// Lines that describe the listing rather than an entry: not entries, but not unknown either,
// so they are dropped without being counted as skipped.
bool isHeaderLine(const Tokens &tk)
{
    if (isTotalLine(tk))
        return true;
    const QStringView first = tk[0];
    // VMS: "Directory DISK$USER:[FOO]", "Total of 3 files, 12/24 blocks.", "Grand total of ..."
    if (tk.count() == 2 && equalsAsciiCi(first, QLatin1String("Directory")) && tk[1].endsWith(u']'))
        return true;
    if (tk.count() >= 3 &&
        (equalsAsciiCi(first, QLatin1String("Total")) || equalsAsciiCi(first, QLatin1String("Grand"))) &&
        (equalsAsciiCi(tk[1], QLatin1String("of")) || equalsAsciiCi(tk[1], QLatin1String("total"))))
        return true;
    // z/OS: "Volume Unit Referred Ext Used ..." and " Name VV.MM Created Changed ..."
    if (tk.count() >= 3 && equalsAsciiCi(first, QLatin1String("Volume")) &&
        equalsAsciiCi(tk[1], QLatin1String("Unit")))
        return true;
    if (tk.count() >= 3 && equalsAsciiCi(first, QLatin1String("Name")) &&
        (equalsAsciiCi(tk[1], QLatin1String("VV.MM")) || equalsAsciiCi(tk[1], QLatin1String("Size"))))
        return true;
    // HP NonStop: "File  Code  EOF  Last Modification  Owner  RWEP"
    if (tk.count() >= 6 && equalsAsciiCi(first, QLatin1String("File")) &&
        equalsAsciiCi(tk[1], QLatin1String("Code")) && equalsAsciiCi(tk[2], QLatin1String("EOF")))
        return true;
    // OS-9: "Owner  Last modified  Attributes Sector Bytecount Name", "Directory of . 17:49:51"
    if (tk.count() >= 5 && equalsAsciiCi(first, QLatin1String("Owner")) &&
        equalsAsciiCi(tk[1], QLatin1String("Last")) && equalsAsciiCi(tk[3], QLatin1String("Attributes")))
        return true;
    if ((tk.count() == 3 || tk.count() == 4) && equalsAsciiCi(first, QLatin1String("Directory")) &&
        equalsAsciiCi(tk[1], QLatin1String("of")) && timeOf(tk[tk.count() - 1]))
        return true;
    // VxWorks: "size  date  time  name"
    if (tk.count() == 4 && equalsAsciiCi(first, QLatin1String("size")) &&
        equalsAsciiCi(tk[1], QLatin1String("date")) && equalsAsciiCi(tk[2], QLatin1String("time")) &&
        equalsAsciiCi(tk[3], QLatin1String("name")))
        return true;
    // The rules under those headings: "-------  ---------------  ----------"
    for (int k = 0; k < tk.count(); ++k) {
        for (const QChar c : tk[k]) {
            if (c != u'-')
                return false;
        }
    }
    return tk.count() >= 2 || tk[0].size() >= 4;
}

std::optional<DirEntry> parseMlsdEntry(QStringView line, bool *selfOrParent, Interner &strings);

// The formats a LIST line can be in. Unix is split by how its months are written, so
// that a listing with numeric months keeps reading its lines so.
enum class Format : quint8
{
    None,
    UnixEnglish,
    UnixLocalized,
    UnixNumeric,
    Dos,
    Os2,
    As400,
    Vms,
    Mvs,
    Zvm,
    Guardian,
    Os9,
    Vxworks,
    Sterling,
    Mlsd,
    Eplf,
    Count
};

// The order formats are tried in when a listing has not shown its format yet (or a line
// does not fit it): the most common first, the loosest shapes last.
constexpr std::array<Format, 14> kTryOrder = {
    Format::UnixEnglish, Format::UnixLocalized, Format::UnixNumeric, Format::Dos, Format::Os2,
    Format::As400,       Format::Vms,           Format::Mvs,         Format::Zvm, Format::Guardian,
    Format::Os9,         Format::Vxworks,       Format::Sterling,    Format::Mlsd};

// A line that is an MLSD entry for the folder itself or its parent: not an entry, not
// unknown.
std::optional<DirEntry> parseMlsdInList(QStringView line, const Tokens &tk, const Context &ctx, bool *header)
{
    if (!tk[0].contains(u'=') || !tk[0].endsWith(u';'))
        return {};
    bool selfOrParent = false;
    auto e = parseMlsdEntry(line, &selfOrParent, ctx.strings);
    if (e && selfOrParent) {
        *header = true;
        return {};
    }
    return e;
}

std::optional<DirEntry> parseAs(Format f, QStringView line, const Tokens &tk, const Context &ctx,
                                bool *header)
{
    switch (f) {
    case Format::UnixEnglish:
        return tk.count() < 4 ? std::nullopt : parseUnixWith(tk, ctx, MonthNames::English);
    case Format::UnixLocalized:
        return tk.count() < 4 ? std::nullopt : parseUnixWith(tk, ctx, MonthNames::Localized);
    case Format::UnixNumeric:
        return tk.count() < 4 ? std::nullopt : parseUnixWith(tk, ctx, MonthNames::Numeric);
    case Format::Dos:
        return isDigit(tk[0][0]) ? parseDos(tk, ctx) : std::nullopt;
    case Format::Os2:
        return isDigit(tk[0][0]) ? parseOs2(tk, ctx) : std::nullopt;
    case Format::As400:
        return parseAs400(tk, ctx);
    case Format::Vms:
        return parseVms(tk, ctx);
    case Format::Mvs:
        return parseMvs(tk, ctx);
    case Format::Zvm:
        return parseZvm(tk, ctx);
    case Format::Guardian:
        return parseGuardian(tk, ctx);
    case Format::Os9:
        return parseOs9(tk, ctx);
    case Format::Vxworks:
        return parseVxworks(tk, ctx);
    case Format::Sterling:
        return parseSterling(tk, ctx);
    case Format::Mlsd:
        return parseMlsdInList(line, tk, ctx, header);
    case Format::Eplf:
    case Format::None:
    case Format::Count:
        break;
    }
    return {};
}

// An entry, or nullopt; *header is set for lines that are known not to be entries (blank
// lines, totals, headers, "." and "..") so that only unknown lines count as skipped.
// The listing's format so far (`preferred`) is tried first, so a line that fits several
// formats is read as its neighbours are; *matched says which format read the line.
std::optional<DirEntry> parseListLine(QStringView line, const Context &ctx, bool *header,
                                      Format preferred = Format::None, Format *matched = nullptr)
{
    *header = true;
    line = withoutLineEnd(line);
    if (line.isEmpty())
        return {};
    if (line.front() == u'+') {
        *header = false;
        if (matched)
            *matched = Format::Eplf;
        return parseEplf(line);
    }
    const Tokens tk(line);
    if (tk.count() == 0 || isHeaderLine(tk))
        return {};
    *header = false;
    // Every format is tried by the shape of the whole line, whatever its first character:
    // VMS, z/OS and NetWare names may begin with a digit too.
    if (preferred != Format::None && preferred != Format::Eplf) {
        if (auto e = parseAs(preferred, line, tk, ctx, header)) {
            if (matched)
                *matched = preferred;
            return e;
        }
        if (*header)
            return {};
    }
    for (const Format f : kTryOrder) {
        if (f == preferred)
            continue;
        auto e = parseAs(f, line, tk, ctx, header);
        if (e && matched)
            *matched = f;
        if (e || *header)
            return e;
    }
    return {};
}

// VMS wraps an entry whose name fills the column: the name alone, the rest on the next line.
bool mayBeWrappedVmsName(QStringView line)
{
    line = withoutLineEnd(line).trimmed();
    if (line.isEmpty() || !line.contains(u';'))
        return false;
    for (const QChar c : line) {
        if (isBlank(c))
            return false;
    }
    return true;
}

void keepIfSafe(DirEntry &&e, QList<DirEntry> &out, QStringList *rejected)
{
    if (e.name == QLatin1String(".") || e.name == QLatin1String(".."))
        return;
    if (!remote::RemotePath::isSafeName(e.name)) {
        if (rejected)
            rejected->append(e.name);
        return;
    }
    out.append(std::move(e));
}

// ---------------------------------------------------------------------------------------
// MLSD / MLST (RFC 3659): "fact=value;fact=value; name".

// modify=YYYYMMDDHHMMSS[.sss], always UTC.
std::optional<Stamp> mlsdTime(QStringView s)
{
    if (s.size() < 14)
        return {};
    const auto y = parseDecimal(s.first(4));
    const int mo = twoDigits(s, 4), d = twoDigits(s, 6), h = twoDigits(s, 8), mi = twoDigits(s, 10),
              sec = twoDigits(s, 12);
    if (!y || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0)
        return {};
    int ms = 0;
    MtimePrecision precision = MtimePrecision::Second;
    if (s.size() > 14) {
        const QStringView frac = s.sliced(15);
        if (s[14] != u'.' || frac.isEmpty() || !parseDecimal(frac))
            return {};
        int scale = 100;
        for (qsizetype i = 0; i < frac.size() && scale > 0; ++i, scale /= 10)
            ms += (frac[i].unicode() - u'0') * scale;
        precision = MtimePrecision::Millisecond;
    }
    const QDateTime dt(QDate(int(*y), mo, d), QTime(h, mi, sec, ms), Qt::UTC);
    if (!dt.isValid())
        return {};
    return Stamp{dt, precision, true};
}

enum class Fact
{
    Unknown,
    Type,
    Size,
    Modify,
    Mode,
    OwnerName,
    Owner,
    Uid,
    GroupName,
    Group,
    Gid
};

Fact factOf(QStringView key)
{
    static constexpr std::pair<QLatin1String, Fact> kFacts[] = {
        {QLatin1String("type"), Fact::Type},
        {QLatin1String("size"), Fact::Size},
        {QLatin1String("sizd"), Fact::Size},
        {QLatin1String("modify"), Fact::Modify},
        {QLatin1String("UNIX.mode"), Fact::Mode},
        {QLatin1String("UNIX.ownername"), Fact::OwnerName},
        {QLatin1String("UNIX.owner"), Fact::Owner},
        {QLatin1String("UNIX.uid"), Fact::Uid},
        {QLatin1String("UNIX.groupname"), Fact::GroupName},
        {QLatin1String("UNIX.group"), Fact::Group},
        {QLatin1String("UNIX.gid"), Fact::Gid},
    };
    for (const auto &[name, fact] : kFacts) {
        if (name.size() == key.size() && equalsAsciiCi(key, name)) // the length check keeps misses cheap
            return fact;
    }
    return Fact::Unknown;
}

void applyMlsdType(DirEntry &e, QStringView value, bool *selfOrParent)
{
    if (equalsAsciiCi(value, QLatin1String("file"))) {
        e.type = EntryType::File;
    } else if (equalsAsciiCi(value, QLatin1String("dir"))) {
        e.type = EntryType::Dir;
    } else if (equalsAsciiCi(value, QLatin1String("cdir")) || equalsAsciiCi(value, QLatin1String("pdir"))) {
        e.type = EntryType::Dir;
        *selfOrParent = true;
    } else if (equalsAsciiCi(value, QLatin1String("OS.unix=symlink"))) {
        e.type = EntryType::Link;
    } else if (value.startsWith(QLatin1String("OS.unix=slink"), Qt::CaseInsensitive)) {
        e.type = EntryType::Link;
        const qsizetype colon = value.indexOf(u':');
        if (colon >= 0)
            e.linkTarget = value.sliced(colon + 1).toString();
    } else {
        e.type = EntryType::Other; // OS.unix=chr-2-3, blkdev and the like
    }
}

std::optional<DirEntry> parseMlsdEntry(QStringView line, bool *selfOrParent, Interner &strings)
{
    *selfOrParent = false;
    line = withoutLineEnd(line);
    const qsizetype space = line.indexOf(u' ');
    if (space < 0 || space + 1 >= line.size())
        return {};
    DirEntry e;
    QStringView ownerName, ownerId, uid, groupName, groupId, gid;
    const QStringView facts = line.first(space);
    for (qsizetype from = 0; from < facts.size();) {
        qsizetype semi = facts.indexOf(u';', from);
        if (semi < 0)
            semi = facts.size();
        const QStringView fact = facts.sliced(from, semi - from);
        from = semi + 1;
        if (fact.isEmpty())
            continue;
        const qsizetype eq = fact.indexOf(u'=');
        if (eq < 1)
            return {}; // not a facts list: some other reply or a LIST line
        const QStringView value = fact.sliced(eq + 1);
        switch (factOf(fact.first(eq))) {
        case Fact::Type:
            applyMlsdType(e, value, selfOrParent);
            break;
        case Fact::Size:
            e.size = parseDecimal(value);
            break;
        case Fact::Modify:
            if (const auto stamp = mlsdTime(value))
                applyStamp(e, *stamp);
            break;
        case Fact::Mode:
            if (const auto mode = parseOctal(value)) {
                e.mode = *mode & 07777;
                e.permissions = strings.permissionsFromMode(*e.mode);
            }
            break;
        case Fact::OwnerName:
            ownerName = value;
            break;
        case Fact::Owner:
            ownerId = value;
            break;
        case Fact::Uid:
            uid = value;
            break;
        case Fact::GroupName:
            groupName = value;
            break;
        case Fact::Group:
            groupId = value;
            break;
        case Fact::Gid:
            gid = value;
            break;
        case Fact::Unknown:
            break;
        }
    }
    // ProFTPD sends both numbers (UNIX.owner) and names (UNIX.ownername): names win.
    e.owner = strings.get(!ownerName.isEmpty() ? ownerName : !ownerId.isEmpty() ? ownerId : uid);
    e.group = strings.get(!groupName.isEmpty() ? groupName : !groupId.isEmpty() ? groupId : gid);
    e.name = line.sliced(space + 1).toString();
    return e;
}

} // namespace

QList<DirEntry> FtpListParser::parseList(const QStringList &lines, const ListParseOptions &opts,
                                         QStringList *rejected, SkippedLines *skipped)
{
    const Context ctx(opts);
    QList<DirEntry> out;
    out.reserve(lines.size());
    // FileZilla's way: the format most lines have been read in so far is tried first.
    std::array<qsizetype, size_t(Format::Count)> seen{};
    Format preferred = Format::None;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        bool header = false;
        Format matched = Format::None;
        auto e = parseListLine(lines[i], ctx, &header, preferred, &matched);
        if (!e && i + 1 < lines.size() && mayBeWrappedVmsName(lines[i])) {
            const QString joined = withoutLineEnd(lines[i]).toString() + QLatin1Char(' ') + lines[i + 1];
            bool joinedHeader = false;
            e = parseListLine(joined, ctx, &joinedHeader, preferred, &matched);
            if (e)
                ++i;
        }
        if (e) {
            const qsizetype n = ++seen[size_t(matched)];
            if (preferred == Format::None || n > seen[size_t(preferred)])
                preferred = matched;
            keepIfSafe(std::move(*e), out, rejected);
        } else if (!header && skipped) {
            skipped->add(withoutLineEnd(lines[i]));
        }
    }
    return out;
}

QList<DirEntry> FtpListParser::parseMlsd(const QStringList &lines, QStringList *rejected,
                                         SkippedLines *skipped)
{
    QList<DirEntry> out;
    out.reserve(lines.size());
    Interner strings;
    for (const QString &line : lines) {
        bool selfOrParent = false;
        auto e = parseMlsdEntry(line, &selfOrParent, strings);
        if (e && !selfOrParent)
            keepIfSafe(std::move(*e), out, rejected);
        else if (!e && skipped && !withoutLineEnd(line).trimmed().isEmpty())
            skipped->add(withoutLineEnd(line));
    }
    return out;
}

bool FtpListParser::mayContinueOnNextLine(const QString &line)
{
    return mayBeWrappedVmsName(line);
}

std::optional<DirEntry> FtpListParser::parseMlsdLine(const QString &line)
{
    // An MLST reply shows its entry line indented by one blank.
    bool selfOrParent = false;
    Interner strings;
    return parseMlsdEntry(line.startsWith(QLatin1Char(' ')) ? QStringView(line).sliced(1) : QStringView(line),
                          &selfOrParent, strings);
}

} // namespace ferry::ftp
