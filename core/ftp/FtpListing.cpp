// FtpFileSystem's listings: MLSD path, or CWD and MLSD or LIST (LIST -a on Unix servers)
// sent together (listingPlan), parsed a batch of lines at a time as the data arrives.
#include "FtpFileSystem.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <cstring>
#include <utility>

#include "FtpControlChannel.h"
#include "FtpListParser.h"
#include "remote/Limits.h"

namespace ferry::ftp {

using namespace ferry::remote;

Error FtpFileSystem::beforeFailed(const FtpReply &reply, const QString &before)
{
    const QString path = before.section(QLatin1Char(' '), 1);
    if (reply.code == 550)
        return Error(ErrorKind::NotFound,
                     QCoreApplication::translate("ferry::ftp", "cannot open the folder %1").arg(path),
                     reply.toString());
    return replyError(reply, QCoreApplication::translate("ferry::ftp", "opening the folder %1").arg(path));
}

bool FtpFileSystem::pathSafeAsArgument(const QString &wirePath)
{
    if (!wirePath.startsWith(QLatin1Char('/')))
        return false; // relative, or '~': the server's own expansion
    static const QString kGlob = QStringLiteral("*?[]{}~\\");
    const QStringList names = wirePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('-')) || name.front().isSpace() || name.back().isSpace())
            return false;
        for (const QChar c : name) {
            if (kGlob.contains(c) || c.unicode() < 0x20 || c == QChar(0x7f))
                return false;
        }
    }
    return true;
}

FtpFileSystem::ListingPlan FtpFileSystem::listingPlan(const QString &wirePath, bool mlsd, bool listA)
{
    ListingPlan plan;
    plan.mlsd = mlsd;
    if (mlsd && pathSafeAsArgument(wirePath)) {
        plan.command = QStringLiteral("MLSD ") + wirePath;
        return plan;
    }
    plan.changeDir = QStringLiteral("CWD ") + wirePath;
    plan.command = mlsd ? QStringLiteral("MLSD") : listA ? QStringLiteral("LIST -a") : QStringLiteral("LIST");
    return plan;
}

Result<Listing> FtpFileSystem::list(const RemotePath &path)
{
    // One round trip less per folder than CWD, then the listing: MLSD takes the path,
    // and a CWD travels in the same packet as its LIST (listingPlan).
    const bool listA = !m_listAFailed && m_system.contains(QLatin1String("UNIX"), Qt::CaseInsensitive);
    const ListingPlan plan = listingPlan(wire(path), m_features.mlsd(), listA);
    auto listing = readListing(path, plan.command, plan.mlsd, plan.changeDir);
    if (!listing && plan.command == QLatin1String("LIST -a") && !m_beforeFailed &&
        listing.error().serverReply().startsWith(QLatin1Char('5'))) {
        // The CWD went through; plain LIST in the folder it entered.
        m_listAFailed = true;
        listing = readListing(path, QStringLiteral("LIST"), false);
    }
    if (!listing)
        return listing.error();
    for (const QString &name : std::as_const(listing->skippedNames))
        log(LogKind::Error,
            QCoreApplication::translate("ferry::ftp", "Skipped an entry with an unsafe name: %1").arg(name));
    if (const SkippedLines &odd = listing->skippedLines; odd.count > 0)
        log(LogKind::Warning,
            QCoreApplication::translate(
                "ferry::ftp", "Listing %1: skipped %n line(s) that no listing format fits; the first: %2",
                nullptr, int(odd.count))
                .arg(path.toString(), odd.first));
    return listing;
}

QList<Result<Listing>> FtpFileSystem::listMany(const QList<RemotePath> &paths)
{
    // Each listing's command carries the next one's EPSV (readData's passiveAhead), so
    // only the first folder of a connection's first batch asks for a port on its own.
    m_listingAhead = true;
    const auto reset = qScopeGuard([this] { m_listingAhead = false; });
    return RemoteFileSystem::listMany(paths);
}

Result<Listing> FtpFileSystem::readListing(const RemotePath &path, const QString &command, bool mlsd,
                                           const QString &before)
{
    // The listing is parsed as it arrives, a batch of lines at a time, so memory holds
    // the entries and one batch, never the whole text (a hostile server may send no end).
    constexpr qsizetype kBatchLines = 4096;
    constexpr qsizetype kMaxLine = 64 * 1024;
    Listing listing;
    listing.path = path;
    QStringList batch;
    QByteArray partial; // a line not ended yet
    qint64 bytes = 0;
    ListParseOptions opts;
    opts.serverTimeZoneOffsetMinutes = m_options.serverTimeZoneOffsetMinutes;
    // `why` is a whole sentence with its limit filled in: %2 the folder, %3 the entries so far.
    const auto tooLong = [&](const QString &why) {
        return Error(ErrorKind::Protocol,
                     why.arg(path.toString()).arg(listing.entries.size() + listing.skippedNames.size()));
    };
    // Parses the batch, keeping back trailing lines that a VMS entry may continue on the
    // next line (the parser joins those with the line after them); a few at most, a
    // real listing has one.
    const auto parseBatch = [&](bool last) -> Status {
        QStringList keep;
        while (!last && keep.size() < 16 && !batch.isEmpty() &&
               FtpListParser::mayContinueOnNextLine(batch.constLast()))
            keep.prepend(batch.takeLast());
        const QList<DirEntry> entries =
            mlsd ? FtpListParser::parseMlsd(batch, &listing.skippedNames, &listing.skippedLines)
                 : FtpListParser::parseList(batch, opts, &listing.skippedNames, &listing.skippedLines);
        listing.entries.append(entries);
        batch = std::move(keep);
        if (listing.entries.size() + listing.skippedNames.size() > kMaxListingEntries)
            return tooLong(
                QCoreApplication::translate(
                    "ferry::ftp",
                    "listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there")
                    .arg(kMaxListingEntries));
        return {};
    };
    const auto addLine = [&](QByteArray line) -> Status {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            batch.append(m_control->decode(line)); // names arrive in the site's charset
        if (batch.size() >= kBatchLines)
            return parseBatch(false);
        return {};
    };
    Status st = readData(
        command,
        [&](const char *data, qint64 size) -> Status {
            bytes += size;
            if (bytes > kMaxListingBytes)
                return tooLong(
                    QCoreApplication::translate(
                        "ferry::ftp",
                        "listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there")
                        .arg(kMaxListingBytes >> 20));
            const char *end = data + size;
            while (data < end) {
                const char *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
                if (!nl) {
                    partial.append(data, end - data);
                    if (partial.size() > kMaxLine)
                        return Error(
                            ErrorKind::Protocol,
                            QCoreApplication::translate(
                                "ferry::ftp", "listing %1: the server sent a line longer than 64 KiB")
                                .arg(path.toString()));
                    break;
                }
                partial.append(data, nl - data);
                if (Status added = addLine(std::exchange(partial, QByteArray())); !added)
                    return added;
                data = nl + 1;
            }
            return {};
        },
        before, m_listingAhead && !m_options.activeMode && !m_epsvFailed);
    if (!st)
        return st.error();
    if (Status added = addLine(std::exchange(partial, QByteArray())); !added)
        return added.error();
    if (Status parsed = parseBatch(true); !parsed)
        return parsed.error();
    return listing;
}

} // namespace ferry::ftp
