#pragma once
// Deletes remote files and folders (the window's Delete, ferry-cli rm -r) without walking
// the tree one folder at a time: the selected folders' trees are listed ahead first
// (RemoteTreeLister, several folders at once over the site's listing connections, its
// listings kept), then every file, link and special file is removed over several
// connections at once, then the folders, deepest first (the folders of one depth at once).
// On a 20 ms link a tree of 2,000 folders costs about 2,000 / connections round trips in a
// row for each step, not 2,000 listings plus every delete in a row.
//
// The rules are FileOperation::remove's: a link is removed as a link (never followed, so
// nothing outside the selection is touched); a folder that holds a name that cannot be
// used safely is refused, and then nothing at all is deleted (the check comes before the
// first delete); the first failure ends it, naming the file, after what was removed.
//
// Lives on the session's (GUI or CLI main) thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

#include "base/CancelToken.h"
#include "base/Result.h"
#include "remote/RemotePath.h"
#include "session/FileOperation.h"

namespace ferry::session {
class Connection;
class OperationJob;
class Session;
} // namespace ferry::session

namespace ferry::sync {

class RemoteTreeLister;

class TreeRemoval : public QObject
{
    Q_OBJECT
public:
    // connections: listing and deleting at once; 0: RemoteTreeLister::defaultConnections.
    TreeRemoval(session::Session &session, const QList<session::FileOperation::Target> &targets,
                int connections = 0, QObject *parent = nullptr);
    ~TreeRemoval() override;

    // The window's Delete: a job like Session::runOperation's (finished with the number of
    // entries removed, or the first failure; the session's cached listings of what it
    // touched dropped and foldersChanged emitted at the end). An operation without a
    // folder, or a site that takes one connection only, runs as Session::runOperation.
    static session::OperationJob *run(session::Session &session, const session::FileOperation &remove);

    // finished() follows (also after a failure or cancel()).
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<remote::Error> &error() const { return m_error; }
    int removed() const { return m_removed; }
    int foldersListed() const { return m_foldersListed; }
    int peakListing() const { return m_peakListing; }   // the most folders listed at once
    int peakDeleting() const { return m_peakDeleting; } // the most connections deleting at once

Q_SIGNALS:
    void finished();

private:
    void listNext();
    void listed();
    void pump();
    void launch(session::Connection *connection, const QList<remote::RemotePath> &batch, bool folders);
    void fail(const remote::Error &error);
    void finish();

    session::Session &m_session;
    QList<session::FileOperation::Target> m_targets;
    int m_connections;
    int m_loweredLimit = 0;
    remote::CancelToken m_token;
    qsizetype m_nextTarget = 0;
    std::unique_ptr<RemoteTreeLister> m_lister;
    // What to delete: files (and links) first, then folders by depth, deepest first.
    QList<remote::RemotePath> m_files;
    QHash<int, QList<remote::RemotePath>> m_foldersByDepth;
    std::deque<remote::RemotePath> m_pending; // of the current step
    bool m_deletingFolders = false;
    int m_depth = -1; // the depth whose folders are deleted now
    int m_inFlight = 0;
    int m_removed = 0;
    int m_foldersListed = 0;
    int m_peakListing = 0;
    int m_peakDeleting = 0;
    bool m_started = false;
    bool m_finished = false;
    std::optional<remote::Error> m_error;
};

} // namespace ferry::sync
