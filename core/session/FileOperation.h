#pragma once
// One file operation on a server, as the window's context menus ask for it: make a
// folder, make an empty file, rename, delete (folders recursively) or change permissions
// (optionally recursively, on everything, files only or folders only). A value type made
// on the GUI thread; run() walks the tree on a connection's worker thread through the
// RemoteFileSystem interface, so every protocol gets the same behaviour.
//
// Walks depth first and holds one listing per level, so memory stays bounded by the
// tree's depth times its widest folder, whatever the number of files. Stops at the first
// failure; its Error names the file and keeps the server's reply.

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <functional>

#include "remote/RemoteFileSystem.h"

namespace ferry::session {

class FileOperation
{
    Q_DECLARE_TR_FUNCTIONS(FileOperation)
public:
    enum class Kind
    {
        MakeDir,
        MakeFile,
        Rename,
        Remove,
        Chmod
    };
    // What a recursive chmod changes.
    enum class Scope
    {
        All,
        FilesOnly,
        FoldersOnly
    };

    // A selected entry: its path and whether it is a real folder (a link to a folder is
    // deleted as a link, never followed).
    struct Target
    {
        remote::RemotePath path;
        bool isDir = false;
    };

    FileOperation() = default;
    static FileOperation makeDir(const remote::RemotePath &path);
    // An empty file (an empty upload); refused when something of that name exists.
    static FileOperation makeFile(const remote::RemotePath &path);
    static FileOperation rename(const remote::RemotePath &from, const remote::RemotePath &to);
    // A rename that never replaces: refused (ErrorKind::Exists) when to exists already, as
    // FTP's RNTO and SFTP's posix-rename would overwrite it. A drop onto a folder moves so.
    static FileOperation move(const remote::RemotePath &from, const remote::RemotePath &to);
    static FileOperation remove(const QList<Target> &targets);
    // recursive: into selected folders; scope then says which entries change (selected
    // entries included). Not recursive: every selected entry changes.
    static FileOperation chmod(const QList<Target> &targets, quint32 mode, bool recursive,
                               Scope scope = Scope::All);

    // An error about `path` that names it (the engines' messages mostly do already; a
    // cancel is left as it is). For every remote file operation, this one's and a tree's.
    static remote::Error namedFor(const remote::Error &error, const remote::RemotePath &path);

    Kind kind() const { return m_kind; }
    const QList<Target> &targets() const { return m_targets; }
    const remote::RemotePath &destination() const { return m_to; }
    quint32 mode() const { return m_mode; }
    bool isRecursive() const { return m_recursive; }
    // A move (see move()): a rename that refuses to replace.
    bool keepsExisting() const { return m_keepExisting; }
    Scope scope() const { return m_scope; }

    // For the message log: "Deleting 3 items (a, b, c)".
    QString description() const;
    // "Deleted 12 files and folders", once run() returned count.
    QString summary(int count) const;
    // Folders whose listing the operation changes (the parents of what it touches).
    QList<remote::RemotePath> affectedFolders() const;
    // Folders that may no longer exist afterwards, with everything under them.
    QList<remote::RemotePath> goneFolders() const;

    // Worker thread. The number of entries changed, or the first failure. progress, when
    // set, hears each path as it is done.
    remote::Result<int> run(remote::RemoteFileSystem &fs,
                            const std::function<void(const remote::RemotePath &)> &progress = {}) const;

private:
    remote::Status removeTree(remote::RemoteFileSystem &fs, const Target &target, int *count,
                              const std::function<void(const remote::RemotePath &)> &progress) const;
    remote::Status chmodTree(remote::RemoteFileSystem &fs, const Target &target, bool top, int *count,
                             const std::function<void(const remote::RemotePath &)> &progress) const;
    bool chmodApplies(bool isDir) const;

    Kind m_kind = Kind::MakeDir;
    QList<Target> m_targets;
    remote::RemotePath m_to;
    quint32 m_mode = 0;
    bool m_recursive = false;
    bool m_keepExisting = false;
    Scope m_scope = Scope::All;
};

} // namespace ferry::session

Q_DECLARE_METATYPE(ferry::session::FileOperation)
