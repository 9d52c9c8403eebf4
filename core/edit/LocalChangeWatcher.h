#pragma once
// Watches local files, or whole folder trees, and says when a file has changed, appeared
// or gone: what View/Edit (EditSessions) and ferry-cli's `watch` act on.
//
// QFileSystemWatcher (inotify) alone misses a lot: an editor that saves by writing a new
// file and renaming it over the old one makes the watch on the old file vanish; a folder's
// watch says nothing about writes inside its files; and some file systems (network mounts,
// FUSE) report nothing at all. So: every watched file's folder is watched too, and a
// folder event rescans that folder and compares each file's signature (inode, size,
// modification time in nanoseconds) with the last one seen; a file's watch is added again
// whenever the file exists again; and every pollInterval() everything is rescanned the
// same way as a fallback.
//
// Debounce: a file is reported debounce() after its last change (2 s by default), so an
// editor's several writes, or a copy still in progress, give one report; a report is made
// only when the file then differs from what was last reported (a file written and put
// back the same is not reported; a file changed and changed back is not either).
//
// Lives on the thread that made it (the GUI's or the CLI's main thread); stats files on
// that thread, which is cheap for the few files of View/Edit and the folders of a watch.
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

namespace ferry::edit {

class LocalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 2000;
    static constexpr int kDefaultPollMs = 5000;

    explicit LocalChangeWatcher(QObject *parent = nullptr);
    ~LocalChangeWatcher() override;

    // A file reported this long after its last change (tests make it short).
    void setDebounce(int ms);
    int debounce() const { return m_debounceMs; }
    // The fallback rescan of everything watched; 0 turns it off.
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    // Whether inotify is asked at all (true by default). Off, the poll alone sees changes:
    // for file systems that report nothing, and to test the poll.
    void setNotifications(bool on);

    // Watches one file (it need not exist yet): its changes, its replacement by a rename,
    // its removal and its creation. path is absolute.
    void watchFile(const QString &path);
    // Watches a folder and every folder under it, files included; folders made later are
    // watched as they appear. Names matching skip (a predicate on the path relative to
    // root, folders ending in '/') are left out: a watch's excludes.
    void watchTree(const QString &root, std::function<bool(const QString &relative)> skip = {});
    // Stops watching a file given to watchFile, or a tree given to watchTree.
    void unwatch(const QString &path);
    void clear();

    // Files changed (or removed) whose debounce has not run out: a caller acting on the
    // tree leaves them for their own report.
    QStringList pendingPaths() const;
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Rescans everything now (also what the poll timer does).
    void rescan();

Q_SIGNALS:
    // A file's content settled after a change, or a new file appeared (absolute path).
    void fileChanged(const QString &path);
    // A file is gone (deleted, or renamed away) and stayed gone for the debounce.
    void fileRemoved(const QString &path);
    // A tree got a new folder, or lost one (with everything in it: its files are reported
    // removed too). Not debounced: the files in it are.
    void folderAdded(const QString &path);
    void folderRemoved(const QString &path);

private:
    // What identifies a file's content cheaply; exists false when there is none.
    struct Signature
    {
        bool exists = false;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 mtimeNs = 0;
        bool operator==(const Signature &o) const
        {
            return exists == o.exists && inode == o.inode && size == o.size && mtimeNs == o.mtimeNs;
        }
        bool operator!=(const Signature &o) const { return !(*this == o); }
    };
    struct Tree
    {
        QString root;
        std::function<bool(const QString &)> skip;
    };
    struct Pending
    {
        QElapsedTimer since; // the last change seen
        Signature seen;      // what the file was then
    };

    static Signature signatureOf(const QString &path);
    void onPathChanged(const QString &path);
    void scanFolder(const QString &folder);
    void scanTreeFolder(const Tree &tree, const QString &folder, bool report);
    void observe(const QString &file, const Signature &now);
    void forgetFolder(const QString &folder);
    void settle();
    void addWatch(const QString &path);
    const Tree *treeOf(const QString &path) const;

    QFileSystemWatcher m_watcher;
    QTimer m_settleTimer;
    QTimer m_pollTimer;
    int m_debounceMs = kDefaultDebounceMs;
    int m_pollMs = kDefaultPollMs;
    bool m_notifications = true;
    QSet<QString> m_files;                // watchFile's files
    QList<Tree> m_trees;                  // watchTree's roots
    QSet<QString> m_treeFolders;          // every folder of every tree
    QHash<QString, int> m_folderUsers;    // folders watched for watchFile's files: how many
    QHash<QString, Signature> m_reported; // by file: what was last reported (or first seen)
    QHash<QString, Pending> m_pending;    // by file: changed, not yet reported
};

} // namespace ferry::edit
