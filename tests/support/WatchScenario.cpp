#include "WatchScenario.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstdio>

#include "TestUtil.h"

namespace ferry::test {

bool writeTreeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(mode) && f.write(data) == data.size();
}

bool seedWatchedTree(const QString &root)
{
    const QDir dir(root);
    return writeTreeFile(dir.filePath(QStringLiteral("a.txt")), "alpha\n") &&
           writeTreeFile(dir.filePath(QStringLiteral("sub/b.conf")), "[b]\n") &&
           writeTreeFile(dir.filePath(QStringLiteral("c.txt")), "to be renamed\n") &&
           writeTreeFile(dir.filePath(QStringLiteral("sub/old.txt")), "to be deleted\n");
}

QList<WatchStep> watchSteps(WatchSteps which)
{
    const auto at = [](const QString &root, const char *relative) {
        return QDir(root).filePath(QString::fromUtf8(relative));
    };
    QList<WatchStep> steps = {
        {"create",
         [at](const QString &root) {
             return writeTreeFile(at(root, "new.txt"), "new file\n");
         }},
        {"change in place",
         [at](const QString &root) {
             return writeTreeFile(at(root, "a.txt"), "more alpha\n", QIODevice::Append);
         }},
        {"save by rename",
         [at](const QString &root) {
             // As editors save: a new file beside, renamed over the old one.
             return writeTreeFile(at(root, "sub/.b.conf.swp"), "[b]\nsaved=1\n") &&
                    std::rename(QFile::encodeName(at(root, "sub/.b.conf.swp")).constData(),
                                QFile::encodeName(at(root, "sub/b.conf")).constData()) == 0;
         }},
    };
    if (which == WatchSteps::EditsAndRemoves) {
        steps.append({"rename", [at](const QString &root) {
                          return QFile::rename(at(root, "c.txt"), at(root, "d.txt"));
                      }});
        steps.append({"delete", [at](const QString &root) {
                          return QFile::remove(at(root, "sub/old.txt"));
                      }});
    }
    steps.append({"new folder", [at](const QString &root) {
                      return writeTreeFile(at(root, "fresh/deep/e.bin"), QByteArray(300000, 'e'));
                  }});
    return steps;
}

bool changeWhileServerIsDown(const QString &root, const QElapsedTimer &down)
{
    const QDir dir(root);
    if (!writeTreeFile(dir.filePath(QStringLiteral("a.txt")), "changed while down\n", QIODevice::Append) ||
        !writeTreeFile(dir.filePath(QStringLiteral("b.txt")), "made while down\n"))
        return false;
    QTest::qWait(1500);
    if (!writeTreeFile(dir.filePath(QStringLiteral("later/c.txt")), "made later while down\n"))
        return false;
    QTest::qWait(int(qMax<qint64>(0, 5000 - down.elapsed())));
    return true;
}

qint64 waitTreesEqual(const QString &remote, const QString &local, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (treeOf(remote) == treeOf(local))
            return clock.elapsed();
        QTest::qWait(50);
    }
    return -1;
}

QString followWatchSteps(const QList<WatchStep> &steps, const QString &local, const QString &remote,
                         qint64 limitMs, const std::function<QString()> &why)
{
    for (const WatchStep &step : steps) {
        const QString what = QString::fromUtf8(step.what);
        if (!step.change(local))
            return QStringLiteral("%1: the change itself failed").arg(what);
        const qint64 took = waitTreesEqual(remote, local, 15000);
        if (took < 0)
            return QStringLiteral("%1: the server did not follow: %2").arg(what, why());
        qInfo("%s: the server followed %lld ms after the change", step.what, took);
        if (took > limitMs)
            return QStringLiteral("%1 took %2 ms (the limit: %3 ms)").arg(what).arg(took).arg(limitMs);
    }
    return {};
}

} // namespace ferry::test
