// Lists an archive with core/archive's listArchive(), as the local pane and the queue
// would, and prints the members, the time and this process's peak RSS:
//   bench_archive_list ARCHIVE  ->  "members N seconds S peak_rss_kib K"
// bench_archive.sh runs it beside `bsdtar -tf` and `tar -tzf` on the same archive.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#include "archive/Archive.h"

namespace {
long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_archive_list ARCHIVE\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    auto tree = ferry::archive::listArchive(QString::fromLocal8Bit(argv[1]));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!tree) {
        std::fprintf(stderr, "bench_archive_list: %s\n", qPrintable(tree.error().toString()));
        return 2;
    }
    std::printf("members %lld seconds %.3f peak_rss_kib %ld\n", static_cast<long long>(tree->size()), seconds,
                peakRssKiB());
    return 0;
}
