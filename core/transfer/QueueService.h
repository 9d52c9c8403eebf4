#pragma once
// The transfer queue as a service, for the window and ferry-cli alike: the persistent
// queue (TransferQueue), the Scheduler that runs it and the transfer connections it
// uses, behind one asynchronous API.
//
// They live on a thread of their own, the queue thread, so that the caller's thread (the
// GUI thread) never runs SQL, never waits on a credential look-up (keyring, vault) and
// never writes the 100,000 entries of an expanded folder: every call here returns at
// once and is carried out there, in the order made. What changes comes back as batched
// signals a view applies in one go: items added or changed, removed, and the progress of
// running items, each at most about ten times a second.
//
// Questions from the queue's connections (certificate, host key, password) and from the
// scheduler (the target exists) reach this thread as request objects that live here, so
// the answering code never touches an object of another thread; answering one wakes the
// connection or the scheduler that asked.
//
// Transfers use connections of their own (a SessionManager on the queue thread), never a
// window's browsing connection. A password typed while browsing reaches them through
// QueueSites::remember().
//
// Lives on the thread that makes it (GUI or CLI main thread); owns and joins the queue
// thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

#include "QueueItem.h"
#include "Scheduler.h"
#include "base/Result.h"
#include "session/ConnectionWorker.h"
#include "session/LogEntry.h"

class QThread;

namespace ferry::session {
class QuestionRequest;
} // namespace ferry::session

namespace ferry::transfer {

class QueueEngine;

struct QueueProgress
{
    qint64 id = 0;
    qint64 done = 0;
    qint64 total = -1;
    double bytesPerSecond = 0;
    // A file moving in segments (several connections or channels): each one's range and
    // progress; empty for a file in one stream.
    std::vector<remote::SegmentRecord::Segment> segments;
};

struct QueueSettings
{
    int connectionsPerSite = 2;
    qint64 downloadLimit = 0; // bytes per second; 0: none
    qint64 uploadLimit = 0;
    qint64 itemLimit = 0;
    int maxAttempts = 5;
    int firstRetryDelayMs = 2000;
    int maxRetryDelayMs = 60000;
    ExistsAction defaultExists = ExistsAction::Ask;       // downloads and copies whose rule is Ask
    ExistsAction defaultUploadExists = ExistsAction::Ask; // uploads whose rule is Ask
    int idleTimeoutSeconds = 120;                         // idle transfer connections close
    int connectTimeoutSeconds = 0; // the wait for the server, for resolved sites too; 0: each site's
    // Connections that list a remote folder's tree ahead for its expansion
    // (Scheduler::setListingConnections): 0, the default for FTP 10 and SFTP 2; 1: none.
    int listingConnections = 0;
};

class QueueService : public QObject
{
    Q_OBJECT
public:
    enum class Move
    {
        Top,
        Up,
        Down,
        Bottom
    };

    // Real engines; resolver turns items' sites into connections (QueueSites::resolver).
    explicit QueueService(Scheduler::SiteResolver resolver, QObject *parent = nullptr);
    // Any engine maker (tests use a test engine).
    QueueService(Scheduler::SiteResolver resolver, session::FileSystemMaker maker, QObject *parent = nullptr);
    // Running items are stopped (back to Queued, resumable) and the queue thread joined.
    ~QueueService() override;

    static void registerMetaTypes();

    // Opens (creates, migrates) the queue at path (":memory:" for one that lives as long
    // as this service); opened() follows, then itemsReset() with every item.
    void open(const QString &path);
    // Applies to the running queue at once (connections per site, limits, retries,
    // file-exists answers, idle timeout); see Scheduler's setters.
    void applySettings(const QueueSettings &settings);

    // Adds items at the end of their priority; itemsAdded() follows with their ids.
    // With start, the queue runs (as start()).
    void add(const QList<QueueItem> &items, bool start);
    void start();
    // Running items are cancelled back to Queued; stopped() follows.
    void stop();
    // As last reported by activeChanged().
    bool isActive() const { return m_active; }

    // User actions on items, by id. A running item is cancelled first.
    void pause(const QList<qint64> &ids);  // -> Paused
    void resume(const QList<qint64> &ids); // Paused -> Queued
    void retry(const QList<qint64> &ids);  // Failed/Cancelled/Skipped -> Queued
    void remove(const QList<qint64> &ids);
    void move(const QList<qint64> &ids, Move where);
    void setPriority(const QList<qint64> &ids, int priority);
    // Removes every Done and Skipped item.
    void clearFinished();

Q_SIGNALS:
    // The queue is open (error empty) or could not be opened (then nothing else works);
    // unfinished counts the Queued, Paused and Running items (Running ones a crash left
    // are Queued again). recoveryMessage says when a broken database was set aside.
    void opened(const QString &error, const QString &recoveryMessage, int unfinished);
    // Every item in run order: after open(), and after changes of order.
    void itemsReset(const QList<ferry::transfer::QueueItem> &items);
    // New items in run order: replacing is the folder item they were expanded from (they
    // take its place and it is gone; a big folder's entries come in several parts, each
    // following the one before), or 0 for items added at the end of their priority.
    void itemsAdded(const QList<ferry::transfer::QueueItem> &items, qint64 replacing);
    // Items whose state or fields changed (started, finished, paused, retried...).
    void itemsChanged(const QList<ferry::transfer::QueueItem> &items);
    void itemsRemoved(const QList<qint64> &ids);
    // Running items' progress, about ten times a second at most.
    void progress(const QList<ferry::transfer::QueueProgress> &updates);
    // Every question, on this thread: a connection's (certificate, host key, secret) and
    // the queue's "the target exists" (Kind::FileExists, a FileExistsRequest). The request
    // deletes itself once answered, declined or withdrawn; a file-exists question closed
    // unanswered skips the file.
    void questionAsked(ferry::session::QuestionRequest *request);
    // The scheduler's own lines have an empty site.
    void logged(const QString &site, const ferry::session::LogEntry &entry);
    void activeChanged(bool active);
    // Running and nothing runnable, nothing running, nothing asked.
    void idle();
    void stopped();

private:
    friend class QueueEngine;
    template <typename F> void post(F &&work);
    void forwardQuestion(quint64 key, ferry::session::QuestionRequest *request);
    void withdraw(quint64 key);
    void setActive(bool active);

    QThread *m_thread;
    QueueEngine *m_engine;                                      // lives on m_thread; deleted there
    QHash<quint64, QPointer<session::QuestionRequest>> m_asked; // open requests here, by the engine's key
    bool m_active = false;
};

} // namespace ferry::transfer

Q_DECLARE_METATYPE(ferry::transfer::QueueProgress)
