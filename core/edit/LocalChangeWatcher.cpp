#include "LocalChangeWatcher.h"

#include <QDir>
#include <QFileInfo>

#include "util/PlatformFile.h"

namespace ferry::edit {

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

bool isUnder(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) &&
           (folder.endsWith(QLatin1Char('/')) || path.at(folder.size()) == QLatin1Char('/'));
}

QString clean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

LocalChangeWatcher::LocalChangeWatcher(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LocalChangeWatcher::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LocalChangeWatcher::onPathChanged);
    m_settleTimer.setInterval(100);
    connect(&m_settleTimer, &QTimer::timeout, this, &LocalChangeWatcher::settle);
    m_pollTimer.setInterval(m_pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LocalChangeWatcher::rescan);
}

LocalChangeWatcher::~LocalChangeWatcher() = default;

void LocalChangeWatcher::setDebounce(int ms)
{
    m_debounceMs = qMax(0, ms);
    // Checked often enough that a report comes at most a tenth of the debounce late.
    m_settleTimer.setInterval(qBound(10, m_debounceMs / 10, 100));
}

void LocalChangeWatcher::setPollInterval(int ms)
{
    m_pollMs = qMax(0, ms);
    if (m_pollMs == 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.setInterval(m_pollMs);
    if (!m_files.isEmpty() || !m_trees.isEmpty())
        m_pollTimer.start();
}

LocalChangeWatcher::Signature LocalChangeWatcher::signatureOf(const QString &path)
{
    Signature s;
    util::platform::FileStatus st;
    if (util::platform::statPath(path, true, &st) != 0 || st.type != util::platform::FileStatus::Type::File)
        return s;
    s.exists = true;
    s.inode = quint64(st.inode);
    s.size = st.size;
    s.mtimeNs = st.mtimeSec * 1000000000LL + st.mtimeNsec;
    return s;
}

void LocalChangeWatcher::setNotifications(bool on)
{
    m_notifications = on;
    if (!on) {
        const QStringList paths = m_watcher.files() + m_watcher.directories();
        if (!paths.isEmpty())
            m_watcher.removePaths(paths);
    }
}

void LocalChangeWatcher::addWatch(const QString &path)
{
    if (!m_notifications)
        return;
    if (!m_watcher.files().contains(path) && !m_watcher.directories().contains(path))
        m_watcher.addPath(path);
}

void LocalChangeWatcher::watchFile(const QString &givenPath)
{
    const QString path = clean(givenPath);
    if (m_files.contains(path))
        return;
    m_files.insert(path);
    const QString folder = parentOf(path);
    if (m_folderUsers[folder]++ == 0)
        addWatch(folder);
    const Signature now = signatureOf(path);
    if (now.exists)
        addWatch(path);
    m_reported.insert(path, now);
    if (m_pollMs > 0)
        m_pollTimer.start();
}

void LocalChangeWatcher::watchTree(const QString &givenRoot, std::function<bool(const QString &)> skip)
{
    const QString root = clean(givenRoot);
    for (const Tree &t : std::as_const(m_trees)) {
        if (t.root == root)
            return;
    }
    m_trees.append(Tree{root, std::move(skip)});
    scanTreeFolder(m_trees.last(), root, false);
    if (m_pollMs > 0)
        m_pollTimer.start();
}

const LocalChangeWatcher::Tree *LocalChangeWatcher::treeOf(const QString &path) const
{
    for (const Tree &t : m_trees) {
        if (path == t.root || isUnder(path, t.root))
            return &t;
    }
    return nullptr;
}

// Lists one folder of a tree: its files are watched and compared (report) or taken as
// they are (the first scan), its new subfolders are scanned likewise.
void LocalChangeWatcher::scanTreeFolder(const Tree &tree, const QString &folder, bool report)
{
    if (!QFileInfo(folder).isDir())
        return;
    const bool isNew = !m_treeFolders.contains(folder);
    m_treeFolders.insert(folder);
    addWatch(folder);
    if (isNew && report && folder != tree.root)
        Q_EMIT folderAdded(folder);
    const QString base = tree.root.endsWith(QLatin1Char('/')) ? tree.root : tree.root + QLatin1Char('/');
    QSet<QString> present;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        const QString path = info.absoluteFilePath();
        const QString relative = path.mid(base.size());
        if (info.isDir() && !info.isSymLink()) {
            if (tree.skip && tree.skip(relative + QLatin1Char('/')))
                continue;
            present.insert(path);
            if (!m_treeFolders.contains(path) || !report)
                scanTreeFolder(tree, path, report);
            continue;
        }
        if (tree.skip && tree.skip(relative))
            continue;
        present.insert(path);
        const Signature now = signatureOf(path);
        if (now.exists)
            addWatch(path);
        if (report)
            observe(path, now);
        else if (!m_reported.contains(path))
            m_reported.insert(path, now);
    }
    if (!report)
        return;
    // What the folder held and holds no more.
    const QStringList known = m_reported.keys();
    for (const QString &file : known) {
        if (parentOf(file) == folder && !present.contains(file) && !m_files.contains(file))
            observe(file, Signature());
    }
    const QStringList folders = m_treeFolders.values();
    for (const QString &sub : folders) {
        if (parentOf(sub) == folder && sub != folder && !present.contains(sub) && m_treeFolders.contains(sub))
            forgetFolder(sub);
    }
}

// A tree's folder is gone (removed, renamed away, or excluded): it and everything under it
// stop being watched, and its files are reported removed once their debounce ends.
void LocalChangeWatcher::forgetFolder(const QString &folder)
{
    const QStringList folders = m_treeFolders.values();
    for (const QString &sub : folders) {
        if (sub == folder || isUnder(sub, folder)) {
            m_treeFolders.remove(sub);
            m_watcher.removePath(sub);
        }
    }
    const QStringList known = m_reported.keys();
    for (const QString &file : known) {
        if (isUnder(file, folder)) {
            m_watcher.removePath(file);
            observe(file, Signature());
        }
    }
    Q_EMIT folderRemoved(folder);
}

void LocalChangeWatcher::scanFolder(const QString &folder)
{
    if (m_treeFolders.contains(folder)) {
        const Tree *tree = treeOf(folder);
        if (!QFileInfo(folder).isDir()) {
            // Gone, with everything in it (a tree's root comes back through the poll).
            forgetFolder(folder);
        } else if (tree) {
            scanTreeFolder(*tree, folder, true);
        }
    }
    if (m_folderUsers.contains(folder)) {
        for (const QString &file : std::as_const(m_files)) {
            if (parentOf(file) != folder)
                continue;
            const Signature now = signatureOf(file);
            // An editor's save by rename: the new file needs a watch of its own.
            if (now.exists)
                addWatch(file);
            observe(file, now);
        }
    }
}

void LocalChangeWatcher::onPathChanged(const QString &path)
{
    if (m_treeFolders.contains(path) || m_folderUsers.contains(path)) {
        scanFolder(path);
        return;
    }
    // A file's own event (a write in place, or its removal or replacement).
    const Signature now = signatureOf(path);
    if (now.exists)
        addWatch(path); // re-added when the inode changed under the same name
    observe(path, now);
    // Another write with the same signature (the clock's granularity): still a change in
    // progress, so the debounce starts again.
    auto it = m_pending.find(path);
    if (it != m_pending.end())
        it->since.start();
}

void LocalChangeWatcher::observe(const QString &file, const Signature &now)
{
    auto it = m_pending.find(file);
    const Signature before = it != m_pending.end() ? it->seen : m_reported.value(file);
    if (now == before)
        return;
    if (it == m_pending.end())
        it = m_pending.insert(file, Pending());
    it->seen = now;
    it->since.start();
    if (!m_settleTimer.isActive())
        m_settleTimer.start();
}

void LocalChangeWatcher::settle()
{
    QStringList changed;
    QStringList removed;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->since.elapsed() < m_debounceMs) {
            ++it;
            continue;
        }
        // Looked at once more: a change no event told of restarts the wait.
        const Signature now = signatureOf(it.key());
        if (now != it->seen) {
            it->seen = now;
            it->since.start();
            ++it;
            continue;
        }
        const QString file = it.key();
        it = m_pending.erase(it);
        if (now == m_reported.value(file))
            continue; // changed and changed back
        if (now.exists) {
            m_reported.insert(file, now);
            changed.append(file);
        } else {
            if (m_files.contains(file))
                m_reported.insert(file, now);
            else
                m_reported.remove(file);
            removed.append(file);
        }
    }
    if (m_pending.isEmpty())
        m_settleTimer.stop();
    for (const QString &file : std::as_const(removed))
        Q_EMIT fileRemoved(file);
    for (const QString &file : std::as_const(changed))
        Q_EMIT fileChanged(file);
}

void LocalChangeWatcher::rescan()
{
    for (const Tree &tree : std::as_const(m_trees)) {
        if (!m_treeFolders.contains(tree.root) && QFileInfo(tree.root).isDir())
            scanTreeFolder(tree, tree.root, true); // the root came back
    }
    const QStringList folders = m_treeFolders.values() + m_folderUsers.keys();
    for (const QString &folder : folders)
        scanFolder(folder);
}

QStringList LocalChangeWatcher::pendingPaths() const
{
    return m_pending.keys();
}

void LocalChangeWatcher::unwatch(const QString &givenPath)
{
    const QString path = clean(givenPath);
    if (m_files.remove(path)) {
        const QString folder = parentOf(path);
        if (--m_folderUsers[folder] <= 0) {
            m_folderUsers.remove(folder);
            if (!m_treeFolders.contains(folder))
                m_watcher.removePath(folder);
        }
        if (!treeOf(path))
            m_watcher.removePath(path);
        m_reported.remove(path);
        m_pending.remove(path);
    }
    for (qsizetype i = 0; i < m_trees.size(); ++i) {
        if (m_trees.at(i).root != path)
            continue;
        m_trees.removeAt(i);
        const QStringList folders = m_treeFolders.values();
        for (const QString &sub : folders) {
            if (sub == path || isUnder(sub, path)) {
                m_treeFolders.remove(sub);
                if (!m_folderUsers.contains(sub))
                    m_watcher.removePath(sub);
            }
        }
        const QStringList known = m_reported.keys();
        for (const QString &file : known) {
            if (isUnder(file, path) && !m_files.contains(file)) {
                m_watcher.removePath(file);
                m_reported.remove(file);
                m_pending.remove(file);
            }
        }
        break;
    }
    if (m_files.isEmpty() && m_trees.isEmpty())
        m_pollTimer.stop();
}

void LocalChangeWatcher::clear()
{
    const QStringList files = m_files.values();
    for (const QString &file : files)
        unwatch(file);
    while (!m_trees.isEmpty())
        unwatch(m_trees.first().root);
    m_pending.clear();
    m_settleTimer.stop();
}

} // namespace ferry::edit
