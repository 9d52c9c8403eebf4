#pragma once
// Long archive work for the window: extracting an archive (all of it or some members)
// into a folder, and creating an archive from files and folders. The jobs run one after
// the other on a worker thread of this object's own, so the GUI thread never waits on a
// disk or a decompressor; their progress comes back as batched signals (at most about
// ten a second for a job), and cancel() stops a job through its CancelToken (what it
// wrote is removed, as extractArchive/createArchive promise).
//
// Lives on the thread that makes it (the window's: app/ makes it and passes it in
// ui::Services); owns and joins its worker thread. Messages are translated (tr()).

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

#include "Archive.h"
#include "base/CancelToken.h"

class QThread;

namespace ferry::session {
class QuestionRequest;
} // namespace ferry::session

namespace ferry::archive {

struct ArchiveJob
{
    enum class Kind
    {
        Extract,
        Compress,
    };
    enum class State
    {
        Waiting,
        Running,
        Done,
        Failed,
        Cancelled,
    };
    qint64 id = 0;
    Kind kind = Kind::Extract;
    QString source; // Extract: the archive; Compress: the first of the sources
    QString target; // Extract: the folder; Compress: the archive made
    qint64 done = 0;
    qint64 total = -1;
    State state = State::Waiting;
    QString message;     // Failed: why; Done: what was made ("12 files, 2 skipped")
    QStringList skipped; // Extract: "path: reason" for each member left out
    bool finished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
};

class ArchiveJobs : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveJobs(QObject *parent = nullptr);
    // Cancels what runs and waits for the worker thread.
    ~ArchiveJobs() override;

    // Extracts the archive into folder (made when missing; existing files are kept, see
    // extractArchive), or only members (folders with what is below them).
    // removeArchive: the archive is deleted once extracted without error (a download made
    // only to be extracted). Returns the job's id.
    qint64 extract(const QString &archivePath, const QString &folder, const QStringList &members = {},
                   bool removeArchive = false);
    // Creates archivePath in format from sources (see createArchive).
    qint64 compress(const QString &archivePath, ArchiveFormat format, const QStringList &sources);
    // Stops a waiting or running job; it ends as Cancelled.
    void cancel(qint64 id);
    // Forgets the finished jobs (jobRemoved for each).
    void clearFinished();

    const QList<ArchiveJob> &jobs() const { return m_jobs; }
    std::optional<ArchiveJob> job(qint64 id) const;

Q_SIGNALS:
    void jobAdded(const ferry::archive::ArchiveJob &job);
    // State or progress changed (progress at most about ten times a second).
    void jobChanged(const ferry::archive::ArchiveJob &job);
    void jobRemoved(qint64 id);
    // A line for the window's log: a job finished, failed, or skipped members.
    void logged(const QString &text, bool error);
    // An encrypted member's password is needed (a Secret question; the extraction waits
    // for the answer; cancelling the job withdraws it).
    void questionAsked(ferry::session::QuestionRequest *request);

private:
    struct Work;
    qint64 add(ArchiveJob job, Work work);
    void update(qint64 id, const std::function<void(ArchiveJob &)> &change);

    QThread *m_thread;
    QObject *m_worker; // lives on m_thread
    QList<ArchiveJob> m_jobs;
    QHash<qint64, remote::CancelToken> m_cancels;
    qint64 m_nextId = 1;
    // Asks for an encrypted member's password on this object's thread; the extracting
    // thread waits until answered (or the job is cancelled).
    std::optional<QString> askPassword(const QString &archivePath, const QString &member,
                                       const QString &error, const remote::CancelToken &cancel);
    std::atomic_bool m_stopping{false};
};

} // namespace ferry::archive

Q_DECLARE_METATYPE(ferry::archive::ArchiveJob)
