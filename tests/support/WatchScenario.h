#pragma once
// The local changes a folder watch must carry to the server, written once for both
// watches: the window's (tst_folderwatch, core/edit/FolderWatch) and ferry-cli watch
// (tst_watchcli). A test seeds the watched folder, starts its watch, waits for the first
// sync, then runs the steps: after each change the server's tree must equal the local one
// within the limit.

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

class QElapsedTimer;

namespace ferry::test {

// Writes (or with QIODevice::Append, adds to) a file, making its folders.
bool writeTreeFile(const QString &path, const QByteArray &data,
                   QIODevice::OpenMode mode = QIODevice::WriteOnly);

// The tree the steps start from, under `root`: a.txt, sub/b.conf, c.txt, sub/old.txt.
bool seedWatchedTree(const QString &root);

struct WatchStep
{
    const char *what;
    std::function<bool(const QString &root)> change; // false when the change itself failed
};

enum class WatchSteps
{
    Edits,          // create, change in place, save by rename (an editor's save), new folder
    EditsAndRemoves // also rename c.txt to d.txt and delete sub/old.txt (a watch with --delete)
};
QList<WatchStep> watchSteps(WatchSteps which);

// What changes under `root` while the server is away for five seconds: a.txt grows, b.txt
// is made, and 1.5 s later later/c.txt; returns once five seconds have passed since `down`
// started (when the server was stopped). False when a write failed.
bool changeWhileServerIsDown(const QString &root, const QElapsedTimer &down);

// Waits until the tree under `remote` equals the one under `local` (test::treeOf): the
// milliseconds it took, or -1 after timeoutMs.
qint64 waitTreesEqual(const QString &remote, const QString &local, int timeoutMs);

// Runs each step on `local`, then waits (15 s at most) for `remote` to follow and checks
// that it did within limitMs (the time printed). Empty when all did; otherwise what went
// wrong, with why() (the watch's log, the trees) appended.
QString followWatchSteps(const QList<WatchStep> &steps, const QString &local, const QString &remote,
                         qint64 limitMs, const std::function<QString()> &why);

} // namespace ferry::test
