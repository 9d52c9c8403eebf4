// libFuzzer target for FtpListParser: arbitrary bytes, decoded as UTF-8 and split into
// lines, go through parseList, parseMlsd and parseMlsdLine. Besides crashes and sanitizer
// reports it traps when an unsafe name ("../x", "a/b", "", ".", "..") gets through.
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

#include "ftp/FtpListParser.h"
#include "remote/RemotePath.h"

using ferry::ftp::FtpListParser;
using ferry::ftp::ListParseOptions;

namespace {

void requireSafe(const QList<ferry::remote::DirEntry> &entries)
{
    for (const auto &e : entries) {
        if (!ferry::remote::RemotePath::isSafeName(e.name))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));

    ListParseOptions opts;
    // A fixed clock keeps runs reproducible; the first byte picks a server offset so the
    // year-inference and offset arithmetic see more than one zone.
    opts.now = QDateTime(QDate(2024, 3, 10), QTime(12, 0), Qt::UTC);
    opts.serverTimeZoneOffsetMinutes = size > 0 ? (int(data[0] % 29) - 14) * 60 : 0;

    QStringList rejected;
    ferry::remote::SkippedLines skipped;
    const auto listed = FtpListParser::parseList(lines, opts, &rejected, &skipped);
    requireSafe(listed);
    // Every line is an entry, a rejected name, a header or a skipped line, never two of them.
    if (skipped.count + listed.size() > lines.size() || skipped.first.size() > 200)
        __builtin_trap();
    requireSafe(FtpListParser::parseMlsd(lines, &rejected, &skipped));
    for (const QString &line : lines) {
        if (const auto e = FtpListParser::parseMlsdLine(line); e && e->name.isEmpty())
            __builtin_trap();
    }
    return 0;
}
