// Times FtpListParser on large listings: 100,000 Unix LIST lines and 100,000 MLSD lines in
// the shapes vsftpd, ProFTPD and pure-ftpd send, each parsed five times; prints the median.
// Usage: bench_listparse [lines]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include "ftp/FtpListParser.h"

using ferry::ftp::FtpListParser;
using ferry::ftp::ListParseOptions;

namespace {

constexpr int kRuns = 5;

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kOwners[] = {"ferry", "www-data", "1000", "root", "ftp"};
const char *const kExtensions[] = {".txt", ".tar.gz", ".jpg", ".pdf", ".html", ""};

// A deterministic mix: mostly files, some folders and links, recent and old dates, names
// with blanks, sizes from bytes to gigabytes.
QStringList unixLines(int count)
{
    QStringList lines;
    lines.reserve(count + 1);
    lines << QStringLiteral("total %1").arg(count * 4);
    for (int i = 0; i < count; ++i) {
        const int kind = i % 20;
        const QString owner = QString::fromLatin1(kOwners[i % 5]);
        const QString month = QString::fromLatin1(kMonths[i % 12]);
        const QString when = (i % 3 == 0) ? QStringLiteral("%1").arg(2010 + i % 14, 5)
                                          : QStringLiteral("%1:%2")
                                                .arg(i % 24, 2, 10, QLatin1Char('0'))
                                                .arg(i % 60, 2, 10, QLatin1Char('0'));
        const QString date = QStringLiteral("%1 %2 %3").arg(month).arg(1 + i % 28, 2).arg(when);
        QString name = QStringLiteral("file number %1%2").arg(i).arg(QString::fromLatin1(kExtensions[i % 6]));
        QString perms = QStringLiteral("-rw-r--r--");
        qint64 size = (qint64(i) * 7919) % (qint64(1) << (10 + i % 22));
        if (kind == 0) {
            perms = QStringLiteral("drwxr-xr-x");
            size = 4096;
            name = QStringLiteral("folder %1").arg(i);
        } else if (kind == 1) {
            perms = QStringLiteral("lrwxrwxrwx");
            name = QStringLiteral("link%1 -> ../target/%1").arg(i);
        }
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(perms)
                     .arg(1 + i % 3, 4)
                     .arg(owner, -8)
                     .arg(owner, -8)
                     .arg(size, 12)
                     .arg(date, name);
    }
    return lines;
}

QStringList mlsdLines(int count)
{
    QStringList lines;
    lines.reserve(count + 1);
    lines << QStringLiteral("type=cdir;sizd=4096;modify=20240305070809;UNIX.mode=0755; .");
    for (int i = 0; i < count; ++i) {
        const bool dir = i % 20 == 0;
        const QString modify = QStringLiteral("20%1%2%3%4%5%6")
                                   .arg(10 + i % 14)
                                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                   .arg(i % 24, 2, 10, QLatin1Char('0'))
                                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                                   .arg((i * 7) % 60, 2, 10, QLatin1Char('0'));
        lines << QStringLiteral("modify=%1;perm=adfrw;%2=%3;type=%4;unique=FD00U%5;UNIX.group=1000;"
                                "UNIX.groupname=ferry;UNIX.mode=%6;UNIX.owner=1000;UNIX.ownername=ferry; %7")
                     .arg(modify, dir ? QStringLiteral("sizd") : QStringLiteral("size"))
                     .arg((qint64(i) * 7919) % (qint64(1) << (10 + i % 22)))
                     .arg(dir ? QStringLiteral("dir") : QStringLiteral("file"))
                     .arg(i, 0, 16)
                     .arg(dir ? QStringLiteral("0755") : QStringLiteral("0644"))
                     .arg(dir ? QStringLiteral("folder %1").arg(i)
                              : QStringLiteral("file number %1.txt").arg(i));
    }
    return lines;
}

// Median wall time of kRuns calls; *entries is what the last call returned.
double medianSeconds(const std::function<qsizetype()> &parse, qsizetype *entries)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        *entries = parse();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;

    const QStringList unixListing = unixLines(count);
    const QStringList mlsd = mlsdLines(count);
    ListParseOptions opts;
    opts.now = QDateTime(QDate(2024, 3, 10), QTime(12, 0), Qt::UTC);

    qsizetype listed = 0;
    const double listSeconds =
        medianSeconds([&] { return FtpListParser::parseList(unixListing, opts).size(); }, &listed);
    qsizetype mlsdListed = 0;
    const double mlsdSeconds =
        medianSeconds([&] { return FtpListParser::parseMlsd(mlsd).size(); }, &mlsdListed);

    std::printf("LIST (Unix): %d lines -> %lld entries, median of %d: %.3f s\n", count, qlonglong(listed),
                kRuns, listSeconds);
    std::printf("MLSD:        %d lines -> %lld entries, median of %d: %.3f s\n", count, qlonglong(mlsdListed),
                kRuns, mlsdSeconds);
    // Every generated line is valid: fewer entries means the parser dropped some.
    return (listed == count && mlsdListed == count) ? 0 : 1;
}
