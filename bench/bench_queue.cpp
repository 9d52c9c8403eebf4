// Times queueing a 100,000-file tree: one folder item added to a fresh queue.sqlite in a
// temporary data folder, then TransferQueue::expand() with 100,000 children (one
// transaction). Prints the time to build the children, to expand, to read the queue back
// in run order, and the peak RSS. Targets: expand under 2 s, peak RSS under 200 MiB.
// Usage: bench_queue [children]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

#include "transfer/TransferQueue.h"

using ferry::transfer::QueueItem;
using ferry::transfer::TransferQueue;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));

    TransferQueue queue;
    if (const auto opened = queue.open(path); !opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    QueueItem folder;
    folder.isFolder = true;
    folder.site = QStringLiteral("site:Bench");
    folder.remotePath = QStringLiteral("/pub/tree");
    folder.localPath = QStringLiteral("/home/me/Downloads/tree");
    folder.options.preserveTime = true;
    folder.options.usePartFile = true;
    QList<QueueItem> top{folder};
    if (!queue.add(top))
        return 1;

    QElapsedTimer timer;
    timer.start();
    QList<QueueItem> children;
    children.reserve(count);
    for (int i = 0; i < count; ++i) {
        QueueItem child = folder;
        child.isFolder = false;
        const QString relative =
            QStringLiteral("/dir%1/sub%2/file-%3.dat").arg(i / 1000).arg(i / 100 % 10).arg(i);
        child.remotePath = folder.remotePath + relative;
        child.localPath = folder.localPath + relative;
        child.size = 1024 + i;
        children << child;
    }
    const qint64 buildMs = timer.restart();
    if (const auto expanded = queue.expand(top.first().id, children); !expanded) {
        std::fprintf(stderr, "expand: %s\n", qPrintable(expanded.error().message()));
        return 1;
    }
    const qint64 expandMs = timer.restart();
    const long expandRssKiB = peakRssKiB();
    const auto next = queue.nextRunnable();
    const qint64 nextMs = timer.restart();
    const qsizetype all = queue.items().size();
    const qint64 itemsMs = timer.elapsed();

    std::printf("children: %d\n", count);
    std::printf("build children: %lld ms\n", static_cast<long long>(buildMs));
    std::printf("expand: %lld ms\n", static_cast<long long>(expandMs));
    std::printf("peak RSS after expand: %.1f MiB\n", expandRssKiB / 1024.0);
    std::printf("nextRunnable: %lld ms (%s)\n", static_cast<long long>(nextMs),
                next ? qPrintable(next->remotePath) : "none");
    std::printf("items(): %lld ms for %lld items\n", static_cast<long long>(itemsMs),
                static_cast<long long>(all));
    std::printf("queue.sqlite: %.1f MiB (+ wal %.1f MiB)\n", QFileInfo(path).size() / 1048576.0,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);
    std::printf("peak RSS at the end: %.1f MiB\n", peakRssKiB() / 1024.0);
    return 0;
}
