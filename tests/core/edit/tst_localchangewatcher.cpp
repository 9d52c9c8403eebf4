// labels: unit
// The local change watcher (core/edit/LocalChangeWatcher) on real files in a temporary
// folder, debounce shortened to 300 ms: a write in place, an editor's save by rename
// (write a temporary file, rename it over), several saves by rename in a row (the watch
// must be added again each time), delete, create, rename, a burst of writes reported
// once, a file changed back unreported, a tree's new folder, the poll as the only source
// (inotify left out), and unwatch.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "edit/LocalChangeWatcher.h"

using ferry::edit::LocalChangeWatcher;

namespace {

constexpr int kDebounce = 300;

void write(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY2(f.open(mode), qPrintable(f.errorString()));
    QCOMPARE(f.write(data), data.size());
}

// An editor's save: a new file written beside, renamed over the old one (vim, gedit, Kate).
void saveByRename(const QString &path, const QByteArray &data)
{
    const QString tmp = path + QStringLiteral(".tmp~");
    write(tmp, data);
    QCOMPARE(std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()), 0);
}

} // namespace

class TestLocalChangeWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void inPlaceWrite();
    void saveByRenameRepeated();
    void burstIsOneReport();
    void changedBackIsSilent();
    void deleteAndCreate();
    void treeCreateChangeRenameDelete();
    void treeNewFolderAndExcludes();
    void pollAlone();
    void unwatchStops();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalChangeWatcher> m_watcher;
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
};

void TestLocalChangeWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_watcher = std::make_unique<LocalChangeWatcher>();
    m_watcher->setDebounce(kDebounce);
    m_watcher->setPollInterval(0);
}

void TestLocalChangeWatcher::inPlaceWrite()
{
    const QString file = path("a.txt");
    write(file, "one");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QElapsedTimer clock;
    clock.start();
    write(file, "two, longer", QIODevice::WriteOnly | QIODevice::Truncate);
    QVERIFY(changed.wait(5000));
    // Not before the debounce, and not much after it.
    QVERIFY2(clock.elapsed() >= kDebounce, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() < kDebounce + 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), file);
    // Written in place once more (the same inode): reported again.
    write(file, "three", QIODevice::Append);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.wait(kDebounce * 3));
}

void TestLocalChangeWatcher::saveByRenameRepeated()
{
    const QString file = path("b.conf");
    write(file, "v1");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QSignalSpy removed(m_watcher.get(), &LocalChangeWatcher::fileRemoved);
    for (int i = 2; i <= 4; ++i) {
        saveByRename(file, QByteArray("v") + QByteArray::number(i));
        QVERIFY2(changed.wait(5000), qPrintable(QStringLiteral("save %1 unseen").arg(i)));
        QCOMPARE(changed.size(), i - 1);
        QCOMPARE(changed.last().at(0).toString(), file);
    }
    // Then written in place: the watch on the new inode works.
    write(file, "v5 in place", QIODevice::Append);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(removed.size(), 0);
    // The editor's temporary file is not a watched file.
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(0).toString(), file);
}

void TestLocalChangeWatcher::burstIsOneReport()
{
    const QString file = path("c.log");
    write(file, "");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QElapsedTimer clock;
    clock.start();
    // Writes every 50 ms for 1 s: one report, after the last.
    for (int i = 0; i < 20; ++i) {
        write(file, "line\n", QIODevice::Append);
        QTest::qWait(50);
    }
    const qint64 lastWrite = clock.elapsed();
    QVERIFY(changed.wait(5000));
    QVERIFY(clock.elapsed() >= lastWrite + kDebounce - 60);
    QVERIFY(!changed.wait(kDebounce * 3));
    QCOMPARE(changed.size(), 1);
}

void TestLocalChangeWatcher::changedBackIsSilent()
{
    const QString file = path("d.txt");
    write(file, "same");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    // Renamed away and straight back: the same inode, size and time.
    const QString aside = path("d.aside");
    QVERIFY(QFile::rename(file, aside));
    QVERIFY(QFile::rename(aside, file));
    QVERIFY(!changed.wait(kDebounce * 4));
}

void TestLocalChangeWatcher::deleteAndCreate()
{
    const QString file = path("e.txt");
    write(file, "here");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QSignalSpy removed(m_watcher.get(), &LocalChangeWatcher::fileRemoved);
    QVERIFY(QFile::remove(file));
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.at(0).at(0).toString(), file);
    QCOMPARE(changed.size(), 0);
    // Made again: reported as changed (it exists again), and watched again.
    write(file, "back");
    QVERIFY(changed.wait(5000));
    write(file, "back again", QIODevice::Append);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
    // A file watched before it exists.
    const QString later = path("later.txt");
    m_watcher->watchFile(later);
    write(later, "new");
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().at(0).toString(), later);
}

void TestLocalChangeWatcher::treeCreateChangeRenameDelete()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("tree/sub")));
    const QString root = path("tree");
    write(root + QStringLiteral("/a.txt"), "a");
    write(root + QStringLiteral("/sub/b.txt"), "b");
    m_watcher->watchTree(root);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QSignalSpy removed(m_watcher.get(), &LocalChangeWatcher::fileRemoved);
    const auto settle = [&] {
        QElapsedTimer clock;
        clock.start();
        // Until nothing is pending, then a debounce more of quiet.
        while ((m_watcher->hasPending() || clock.elapsed() < kDebounce) && clock.elapsed() < 5000)
            QTest::qWait(20);
        QTest::qWait(kDebounce);
    };
    // create
    write(root + QStringLiteral("/sub/new.txt"), "new");
    settle();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toString(), root + QStringLiteral("/sub/new.txt"));
    // change in place (the folder's watch alone would not see it)
    write(root + QStringLiteral("/a.txt"), "a changed", QIODevice::Append);
    settle();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toString(), root + QStringLiteral("/a.txt"));
    // save by rename inside the tree: the editor's temporary file appears and is renamed
    // within the debounce, so only the real file is reported.
    saveByRename(root + QStringLiteral("/sub/b.txt"), "b saved");
    settle();
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).toString(), root + QStringLiteral("/sub/b.txt"));
    QCOMPARE(removed.size(), 0);
    // rename: the old name removed, the new one changed
    QVERIFY(QFile::rename(root + QStringLiteral("/a.txt"), root + QStringLiteral("/sub/a2.txt")));
    settle();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.last().at(0).toString(), root + QStringLiteral("/a.txt"));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().at(0).toString(), root + QStringLiteral("/sub/a2.txt"));
    // delete
    QVERIFY(QFile::remove(root + QStringLiteral("/sub/new.txt")));
    settle();
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.last().at(0).toString(), root + QStringLiteral("/sub/new.txt"));
    QCOMPARE(changed.size(), 4);
}

void TestLocalChangeWatcher::treeNewFolderAndExcludes()
{
    const QString root = path("tree2");
    QVERIFY(QDir().mkpath(root));
    m_watcher->watchTree(root, [](const QString &relative) {
        return relative.endsWith(QLatin1String(".tmp")) || relative == QLatin1String("skip/");
    });
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QSignalSpy removed(m_watcher.get(), &LocalChangeWatcher::fileRemoved);
    QSignalSpy folderAdded(m_watcher.get(), &LocalChangeWatcher::folderAdded);
    QSignalSpy folderRemoved(m_watcher.get(), &LocalChangeWatcher::folderRemoved);
    QVERIFY(QDir(root).mkpath(QStringLiteral("deep/er")));
    QVERIFY(QDir(root).mkpath(QStringLiteral("skip")));
    QVERIFY(folderAdded.wait(5000));
    // Files written into the new folders at once, and later (their folders are watched).
    write(root + QStringLiteral("/deep/er/x.txt"), "x");
    write(root + QStringLiteral("/deep/y.tmp"), "excluded");
    write(root + QStringLiteral("/skip/z.txt"), "excluded");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(changed.at(0).at(0).toString(), root + QStringLiteral("/deep/er/x.txt"));
    QCOMPARE(folderAdded.size(), 2);
    write(root + QStringLiteral("/deep/er/x.txt"), "more", QIODevice::Append);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    // A folder removed with its file.
    QVERIFY(QDir(root + QStringLiteral("/deep")).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
    QCOMPARE(removed.at(0).at(0).toString(), root + QStringLiteral("/deep/er/x.txt"));
    QVERIFY(folderRemoved.size() >= 1);
    QTest::qWait(kDebounce * 2);
    QCOMPARE(changed.size(), 2);
}

void TestLocalChangeWatcher::pollAlone()
{
    // What a file system without inotify events leaves: the periodic check only.
    const QString file = path("polled.txt");
    write(file, "1");
    m_watcher->setNotifications(false);
    m_watcher->setPollInterval(200);
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    QElapsedTimer clock;
    clock.start();
    write(file, "22", QIODevice::WriteOnly | QIODevice::Truncate);
    QVERIFY(changed.wait(5000));
    QVERIFY2(clock.elapsed() < 200 + kDebounce + 500, qPrintable(QString::number(clock.elapsed())));
    saveByRename(file, "333");
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
}

void TestLocalChangeWatcher::unwatchStops()
{
    const QString file = path("f.txt");
    write(file, "1");
    m_watcher->watchFile(file);
    QSignalSpy changed(m_watcher.get(), &LocalChangeWatcher::fileChanged);
    write(file, "2", QIODevice::Append);
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->hasPending(), 2000);
    m_watcher->unwatch(file);
    QVERIFY(!m_watcher->hasPending());
    write(file, "3", QIODevice::Append);
    QVERIFY(!changed.wait(kDebounce * 3));
}

QTEST_GUILESS_MAIN(TestLocalChangeWatcher)
#include "tst_localchangewatcher.moc"
