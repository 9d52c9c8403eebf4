#pragma once
// View/Edit of remote files (F3 / F4, docs/sync.md "View and edit"): the files a user
// opened from a remote pane, each downloaded into a private temporary folder, opened in
// an editor by the window, watched, and uploaded through the queue when it changes.
//
// One edited file's life:
//   open()        -> Downloading: the file is listed (its size and time kept: what the
//                    server had when it was downloaded) and downloaded on one of the
//                    session's transfer connections into <temp>/<site>/<id>/NAME
//                    (folders mode 0700); readyToOpen() tells the window to open it.
//   (local change, LocalChangeWatcher: debounced, save-by-rename included)
//                 -> Asking: an EditQuestion UploadChanged (unless "always for this file")
//   Upload        -> Checking: the server's file is listed again; a size or time other
//                    than at download is an EditQuestion ChangedOnServer (Overwrite,
//                    DownloadTheirs, Cancel): nothing is overwritten without that answer
//                 -> Uploading: one queue item (Overwrite); when done the server's file
//                    is listed again and becomes the new "downloaded" state.
//   close()       -> the watch ends and the temporary copy is removed (also for every
//                    file at destruction: the window's quit). Whoever closes asks first
//                    when unsaved() names the file.
// Each copy has a manifest (EditCopies.h) from the moment its folder is made, with the
// SHA-256 of what the server had once downloaded or uploaded, and this object holds a
// lock file while it lives: after a crash, findLeftCopies() at the next start removes
// the copies nobody changed and reports the changed ones (leftCopiesFound), which are
// never removed without the user's answer (uploadLeftCopy, discardLeftCopy).
// View (F3) files are downloaded and opened, never watched or uploaded.
//
// Lives on the GUI (or test) thread; the remote calls run on the session's transfer
// connections, the uploads in the QueueService: nothing here waits on the network.
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "EditCopies.h"
#include "EditQuestion.h"
#include "LocalChangeWatcher.h"
#include "base/Result.h"
#include "remote/DirEntry.h"
#include "remote/RemotePath.h"
#include "transfer/QueueItem.h"
#include "transfer/QueueRequests.h"

namespace ferry::remote {
class RemoteFileSystem;
}
namespace ferry::session {
class Session;
class QuestionRequest;
} // namespace ferry::session
namespace ferry::transfer {
class QueueService;
}

class QLockFile;

namespace ferry::edit {

class EditSessions : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        View,
        Edit
    };
    enum class State
    {
        Downloading,
        Open,      // in the editor, nothing pending
        Asking,    // a question is open
        Checking,  // the server's file is being listed before an upload
        Uploading, // in the queue
        Failed     // the download failed: nothing to edit
    };
    struct File
    {
        int id = 0;
        Mode mode = Mode::Edit;
        State state = State::Downloading;
        transfer::QueueTarget target;
        QString siteKey;
        remote::RemotePath remotePath;
        QString localPath;
        qint64 remoteSize = -1; // the server's file at download (or after our last upload)
        QDateTime remoteTime;
        bool alwaysUpload = false; // "always for this file"
        bool changed = false;      // changed locally since downloaded or uploaded
        bool changedAgain = false; // changed while checking or uploading
        bool closing = false;      // closed while uploading: removed when that ends
        int uploads = 0;           // uploads done
        qint64 queueItem = 0;
        QString error;
        QPointer<session::Session> session;
    };

    explicit EditSessions(transfer::QueueService &queue, QObject *parent = nullptr);
    ~EditSessions() override; // removes every temporary copy

    LocalChangeWatcher &watcher() { return m_watcher; }
    // Where the temporary copies go: <cache>/edit by default (tests set their own).
    void setTempRoot(const QString &folder) { m_tempRoot = folder; }
    QString tempRoot() const;

    // Downloads path of session's server and tells readyToOpen() when it is there; target
    // names the queue site the uploads use. A file already open (same site and path) is
    // not downloaded again: readyToOpen() is told again. Returns the file's id.
    int open(session::Session *session, const transfer::QueueTarget &target, const remote::RemotePath &path,
             Mode mode);
    std::optional<File> file(int id) const;
    QList<File> files() const { return m_files.values(); }
    // Edited files changed and not uploaded (or on their way): of session, or of all.
    QList<int> unsaved(const session::Session *session = nullptr) const;
    // Stops watching and removes the temporary copy (after its upload when one runs).
    void close(int id);
    void closeFor(const session::Session *session);
    void closeAll();

    // Looks for copies a crashed run left (EditCopies::findLeft, on a pool thread):
    // unchanged ones are removed, changed ones reported by leftCopiesFound().
    void findLeftCopies();
    // Uploads a left copy to the server and path it came from, through the queue
    // (overwriting); the copy is removed once the upload is done, kept when it fails.
    void uploadLeftCopy(const EditCopy &copy);
    // Removes a left copy (the user said discard).
    void discardLeftCopy(const EditCopy &copy);

Q_SIGNALS:
    // The file is downloaded (or downloaded again, "download theirs"): open it.
    void readyToOpen(int id, const QString &localPath, ferry::edit::EditSessions::Mode mode);
    void failed(int id, const QString &message);
    void uploaded(int id);
    void fileStateChanged(int id);
    void questionAsked(ferry::session::QuestionRequest *request);
    // findLeftCopies(): the changed copies of runs that are gone, and how many unchanged
    // ones were removed.
    void leftCopiesFound(const QList<ferry::edit::EditCopy> &changed, int removed);
    // uploadLeftCopy() ended: error empty when the upload is done (and the copy gone).
    void leftCopyUploaded(const ferry::edit::EditCopy &copy, const QString &error);

private:
    using Work = std::function<remote::Result<remote::DirEntry>(remote::RemoteFileSystem &)>;
    using Done = std::function<void(const remote::Result<remote::DirEntry> &)>;
    void runRemote(session::Session *session, Work work, Done done);
    void download(int id);
    void localChanged(const QString &localPath);
    void ask(int id);
    void check(int id);
    void askConflict(int id, const remote::Result<remote::DirEntry> &now);
    void queueUpload(int id);
    void uploadEnded(int id, const transfer::QueueItem &item);
    void setState(int id, State state);
    void finishClose(int id);
    File *byLocal(const QString &localPath);
    void writeManifest(const File &f, const QString &sha256);

    transfer::QueueService &m_queue;
    LocalChangeWatcher m_watcher;
    QString m_tempRoot;
    QHash<int, File> m_files;
    int m_nextId = 0;
    QHash<qint64, int> m_byQueueItem;
    QString m_run;                     // names this run's copies and lock
    std::unique_ptr<QLockFile> m_lock; // held while copies of this run may exist
    QList<EditCopy> m_leftUploads;     // uploadLeftCopy(), not yet added to the queue
    QHash<qint64, EditCopy> m_leftByItem;
};

} // namespace ferry::edit
