#include "QueueService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

#include "QueueSites.h"
#include "TransferQueue.h"
#include "session/QuestionRequest.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "util/ThreadHandOff.h"

namespace ferry::transfer {

using session::LogEntry;
using session::QuestionRequest;

namespace {
constexpr int kFlushIntervalMs = 100; // changes and progress reach the caller ten times a second
constexpr int kCloseWaitMs = 3000;    // connections get this long to say QUIT at the end

} // namespace

// The queue thread's side: the database, the scheduler and the transfer sessions. Every
// member is used on the queue thread only; what the caller should know leaves through
// the signals below, which the service re-emits on its own thread.
class QueueEngine : public QObject
{
    Q_OBJECT
public:
    QueueEngine(Scheduler::SiteResolver resolver, session::FileSystemMaker maker, QThread *callerThread)
        : m_resolver(std::move(resolver)), m_maker(std::move(maker)), m_callerThread(callerThread),
          m_flush(this)
    {
        m_flush.setInterval(kFlushIntervalMs);
        connect(&m_flush, &QTimer::timeout, this, &QueueEngine::flush);
    }

    void open(const QString &path)
    {
        m_queue = std::make_unique<TransferQueue>();
        if (remote::Status st = m_queue->open(path); !st) {
            Q_EMIT opened(st.error().toString(), QString(), 0);
            m_queue.reset();
            return;
        }
        m_sessions = m_maker ? std::make_unique<session::SessionManager>(m_maker)
                             : std::make_unique<session::SessionManager>();
        connect(m_sessions.get(), &session::SessionManager::questionAsked, this, &QueueEngine::askQuestion);
        connect(m_sessions.get(), &session::SessionManager::logged, this,
                [this](session::Session *session, const LogEntry &entry) {
                    Q_EMIT logged(session->site().display(), entry);
                });
        m_scheduler = std::make_unique<Scheduler>(*m_queue, *m_sessions, m_resolver);
        applySettings(m_settings);
        connect(m_scheduler.get(), &Scheduler::itemStarted, this, &QueueEngine::changed);
        connect(m_scheduler.get(), &Scheduler::itemFinished, this, [this](const QueueItem &item) {
            m_progress.remove(item.id);
            m_segments.remove(item.id);
            changed(item);
        });
        connect(m_scheduler.get(), &Scheduler::itemProgress, this,
                [this](qint64 id, qint64 done, qint64 total, double rate) {
                    m_progress.insert(id, QueueProgress{id, done, total, rate, m_segments.value(id)});
                });
        connect(m_scheduler.get(), &Scheduler::itemSegments, this,
                [this](qint64 id, const std::vector<remote::SegmentRecord::Segment> &segments) {
                    m_segments.insert(id, segments);
                });
        connect(m_scheduler.get(), &Scheduler::expanded, this,
                [this](const QueueItem &folder, const QList<QueueItem> &children) {
                    flush(); // what happened before comes first
                    Q_EMIT itemsAdded(children, folder.id);
                });
        connect(m_scheduler.get(), &Scheduler::fileExistsAsked, this,
                [this](FileExistsRequest *request) { askQuestion(request); });
        connect(m_scheduler.get(), &Scheduler::logged, this, [this](const QString &line) {
            Q_EMIT logged(QString(), LogEntry::make(LogEntry::Kind::Status, line));
        });
        connect(m_scheduler.get(), &Scheduler::idle, this, [this] {
            flush();
            Q_EMIT idle();
        });
        connect(m_scheduler.get(), &Scheduler::stopped, this, [this] {
            flush();
            setActive(false);
            Q_EMIT stopped();
        });
        const int unfinished = m_queue->count(ItemState::Queued) + m_queue->count(ItemState::Paused) +
                               m_queue->count(ItemState::Running);
        Q_EMIT opened(QString(), m_queue->recoveryMessage(), unfinished);
        Q_EMIT itemsReset(m_queue->items());
        m_flush.start();
    }

    void applySettings(const QueueSettings &settings)
    {
        m_settings = settings;
        if (!m_scheduler)
            return;
        m_scheduler->setConnectionsPerSite(settings.connectionsPerSite);
        m_scheduler->setListingConnections(settings.listingConnections);
        m_scheduler->setRateLimits(settings.downloadLimit, settings.uploadLimit);
        m_scheduler->setItemRateLimit(settings.itemLimit);
        m_scheduler->setRetryPolicy(settings.maxAttempts, settings.firstRetryDelayMs,
                                    settings.maxRetryDelayMs);
        m_scheduler->setDefaultExistsActions(settings.defaultExists, settings.defaultUploadExists);
        m_scheduler->setIdleTimeout(settings.idleTimeoutSeconds);
        m_scheduler->setConnectTimeout(settings.connectTimeoutSeconds);
    }

    void add(QList<QueueItem> items, bool start)
    {
        if (!ready())
            return;
        if (remote::Status st = m_queue->add(items); !st) {
            Q_EMIT logged(QString(), LogEntry::make(LogEntry::Kind::Error, st.error().toString()));
            return;
        }
        flush();
        Q_EMIT itemsAdded(items, 0);
        if (start)
            this->start();
        else
            m_scheduler->poke();
    }

    void start()
    {
        if (!ready())
            return;
        m_scheduler->start();
        setActive(true);
    }

    void stop()
    {
        if (!ready())
            return;
        m_scheduler->stop();
    }

    void act(const QList<qint64> &ids, const std::function<void(qint64)> &action)
    {
        if (!ready())
            return;
        QList<QueueItem> now;
        (void)m_queue->batched([&] {
            for (const qint64 id : ids) {
                action(id);
                if (auto stored = m_queue->item(id); stored && stored->state != ItemState::Running)
                    now.append(*stored); // a running one reports when its run ends
            }
        });
        for (const QueueItem &item : std::as_const(now))
            changed(item);
        flush();
        m_scheduler->poke();
    }

    void pause(const QList<qint64> &ids)
    {
        act(ids, [this](qint64 id) { m_scheduler->pauseItem(id); });
    }
    void resume(const QList<qint64> &ids)
    {
        act(ids, [this](qint64 id) { (void)m_queue->resume(id); });
    }
    void retry(const QList<qint64> &ids)
    {
        act(ids, [this](qint64 id) { (void)m_queue->retry(id); });
    }

    void remove(const QList<qint64> &ids)
    {
        if (!ready())
            return;
        QList<qint64> removed;
        (void)m_queue->batched([&] {
            for (const qint64 id : ids) {
                m_scheduler->cancelItem(id); // a running one stops; its end finds no row
                m_changed.remove(id);
                m_progress.remove(id);
                if (m_queue->remove(id))
                    removed.append(id);
            }
        });
        flush();
        Q_EMIT itemsRemoved(removed);
        m_scheduler->poke();
    }

    // Moves keep the order the items had among themselves.
    void move(const QList<qint64> &ids, QueueService::Move where)
    {
        if (!ready())
            return;
        const QList<QueueItem> all = m_queue->items();
        QList<qint64> order; // the ids to move, in run order
        for (const QueueItem &item : all) {
            if (ids.contains(item.id))
                order.append(item.id);
        }
        const auto indexOf = [](const QList<QueueItem> &list, qint64 id) {
            return std::find_if(list.cbegin(), list.cend(), [id](const QueueItem &i) { return i.id == id; }) -
                   list.cbegin();
        };
        (void)m_queue->batched([&] {
            if (where == QueueService::Move::Bottom) {
                for (const qint64 id : order)
                    (void)m_queue->moveBefore(id, 0);
                return;
            }
            if (where == QueueService::Move::Down) { // from the last, each past its next neighbour
                for (auto it = order.crbegin(); it != order.crend(); ++it) {
                    const QList<QueueItem> now = m_queue->items();
                    const qsizetype at = indexOf(now, *it);
                    if (at + 1 >= now.size() || now.at(at + 1).priority != now.at(at).priority ||
                        order.contains(now.at(at + 1).id))
                        continue;
                    const qint64 before =
                        at + 2 < now.size() && now.at(at + 2).priority == now.at(at).priority
                            ? now.at(at + 2).id
                            : 0;
                    (void)m_queue->moveBefore(*it, before);
                }
                return;
            }
            for (const qint64 id : order) { // Top, Up
                const QList<QueueItem> now = m_queue->items();
                const qsizetype at = indexOf(now, id);
                qsizetype target = at;
                if (where == QueueService::Move::Top) {
                    while (target > 0 && now.at(target - 1).priority == now.at(at).priority)
                        --target;
                } else if (at > 0 && now.at(at - 1).priority == now.at(at).priority &&
                           !order.contains(now.at(at - 1).id)) {
                    target = at - 1;
                }
                if (target != at)
                    (void)m_queue->moveBefore(id, now.at(target).id);
            }
        });
        flush();
        Q_EMIT itemsReset(m_queue->items());
        m_scheduler->poke();
    }

    void setPriority(const QList<qint64> &ids, int priority)
    {
        if (!ready())
            return;
        (void)m_queue->batched([&] {
            for (const qint64 id : ids)
                (void)m_queue->setPriority(id, priority);
        });
        flush();
        Q_EMIT itemsReset(m_queue->items());
        m_scheduler->poke();
    }

    void clearFinished()
    {
        if (!ready())
            return;
        QList<qint64> gone;
        for (const QueueItem &item : m_queue->items()) {
            if (item.state == ItemState::Done || item.state == ItemState::Skipped)
                gone.append(item.id);
        }
        if (!m_queue->clearDone())
            return;
        flush();
        Q_EMIT itemsRemoved(gone);
    }

    // Stops the scheduler, lets the connections say goodbye, and ends the thread.
    void shutdown()
    {
        if (!m_scheduler) {
            thread()->quit();
            return;
        }
        // Queued: the scheduler emits stopped() from inside its own methods (the last run's
        // result), and closeSessions() destroys it.
        connect(m_scheduler.get(), &Scheduler::stopped, this, &QueueEngine::closeSessions,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
        m_scheduler->stop();
    }

    // From the caller's thread (queued): the copy of a question was answered or closed.
    void questionClosed(quint64 key)
    {
        if (QPointer<QuestionRequest> original = m_questions.take(key); original && !original->isClosed())
            original->withdraw(); // its state holds the answer already
    }

Q_SIGNALS:
    void opened(const QString &error, const QString &recoveryMessage, int unfinished);
    void itemsReset(const QList<ferry::transfer::QueueItem> &items);
    void itemsAdded(const QList<ferry::transfer::QueueItem> &items, qint64 replacing);
    void itemsChanged(const QList<ferry::transfer::QueueItem> &items);
    void itemsRemoved(const QList<qint64> &ids);
    void progress(const QList<ferry::transfer::QueueProgress> &updates);
    void questionReady(quint64 key, ferry::session::QuestionRequest *copy);
    void withdrawn(quint64 key);
    void logged(const QString &site, const ferry::session::LogEntry &entry);
    void activeChanged(bool active);
    void idle();
    void stopped();

private:
    bool ready() const { return m_scheduler != nullptr; }

    void setActive(bool active)
    {
        if (active == m_active)
            return;
        m_active = active;
        Q_EMIT activeChanged(active);
    }

    void changed(const QueueItem &item) { m_changed.insert(item.id, item); }

    void flush()
    {
        if (!m_changed.isEmpty()) {
            QList<QueueItem> items = m_changed.values();
            m_changed.clear();
            Q_EMIT itemsChanged(items);
        }
        if (!m_progress.isEmpty()) {
            QList<QueueProgress> updates = m_progress.values();
            m_progress.clear();
            Q_EMIT progress(updates);
        }
    }

    // Every question (a connection's, the scheduler's file-exists) goes to the caller's
    // thread as a copy sharing the QuestionState: answering the copy answers the original.
    void askQuestion(QuestionRequest *request)
    {
        const quint64 key = ++m_lastKey;
        m_questions.insert(key, request);
        const auto gone = [this, key] {
            if (m_questions.remove(key))
                Q_EMIT withdrawn(key); // the asker gave up: the copy closes too
        };
        connect(request, &QuestionRequest::closed, this, gone);
        connect(request, &QObject::destroyed, this, gone);
        QuestionRequest *copy = request->copy();
        copy->moveToThread(m_callerThread);
        Q_EMIT questionReady(key, copy);
    }

    void closeSessions()
    {
        flush();
        m_scheduler.reset();
        const QList<session::Session *> open = m_sessions->sessions();
        for (session::Session *s : open)
            m_sessions->closeSession(s);
        auto *poll = new QTimer(this);
        auto *deadline = new QElapsedTimer;
        deadline->start();
        connect(poll, &QTimer::timeout, this, [this, poll, deadline] {
            if (m_sessions->closingCount() > 0 && deadline->elapsed() < kCloseWaitMs)
                return;
            poll->stop();
            delete deadline;
            m_sessions.reset(); // joins the connections' threads
            m_queue.reset();
            thread()->quit();
        });
        poll->start(20);
    }

    Scheduler::SiteResolver m_resolver;
    session::FileSystemMaker m_maker;
    QThread *m_callerThread;
    QTimer m_flush; // a child, so that it moves to the queue thread with the engine
    QueueSettings m_settings;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<session::SessionManager> m_sessions;
    std::unique_ptr<Scheduler> m_scheduler;
    QHash<qint64, QueueItem> m_changed;
    QHash<qint64, QueueProgress> m_progress;
    QHash<qint64, std::vector<remote::SegmentRecord::Segment>> m_segments; // the last of each running item
    QHash<quint64, QPointer<QuestionRequest>> m_questions;
    quint64 m_lastKey = 0;
    bool m_active = false;
};

namespace {
// The engine's signal, emitted again by the service's on the service's thread. The
// arguments cross by util::postCall (so ThreadSanitizer sees the hand-off) rather than as
// a queued connection's copies, which Qt makes and frees where TSan cannot follow.
template <typename... Args>
void relay(QueueEngine *engine, void (QueueEngine::*from)(Args...), QueueService *service,
           void (QueueService::*to)(Args...))
{
    QObject::connect(
        engine, from, engine,
        [service, to](Args... args) {
            util::postCall(service, [service, to, args...] { (service->*to)(args...); });
        },
        Qt::DirectConnection);
}
} // namespace

void QueueService::registerMetaTypes()
{
    session::SessionManager::registerMetaTypes();
    qRegisterMetaType<QueueItem>();
    qRegisterMetaType<QList<QueueItem>>();
    qRegisterMetaType<QueueProgress>();
    qRegisterMetaType<QList<QueueProgress>>();
    qRegisterMetaType<ExistsQuestion>();
    qRegisterMetaType<ExistsAction>();
}

QueueService::QueueService(Scheduler::SiteResolver resolver, QObject *parent)
    : QueueService(std::move(resolver), session::FileSystemMaker(), parent)
{}

QueueService::QueueService(Scheduler::SiteResolver resolver, session::FileSystemMaker maker, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_engine(new QueueEngine(std::move(resolver), std::move(maker), QThread::currentThread()))
{
    registerMetaTypes();

    relay(m_engine, &QueueEngine::opened, this, &QueueService::opened);
    relay(m_engine, &QueueEngine::itemsReset, this, &QueueService::itemsReset);
    relay(m_engine, &QueueEngine::itemsAdded, this, &QueueService::itemsAdded);
    relay(m_engine, &QueueEngine::itemsChanged, this, &QueueService::itemsChanged);
    relay(m_engine, &QueueEngine::itemsRemoved, this, &QueueService::itemsRemoved);
    relay(m_engine, &QueueEngine::progress, this, &QueueService::progress);
    relay(m_engine, &QueueEngine::logged, this, &QueueService::logged);
    relay(m_engine, &QueueEngine::idle, this, &QueueService::idle);
    relay(m_engine, &QueueEngine::stopped, this, &QueueService::stopped);
    relay(m_engine, &QueueEngine::activeChanged, this, &QueueService::setActive);
    relay(m_engine, &QueueEngine::questionReady, this, &QueueService::forwardQuestion);
    relay(m_engine, &QueueEngine::withdrawn, this, &QueueService::withdraw);
    util::startWorkerThread(m_thread, m_engine, QStringLiteral("ferry-queue"));
}

QueueService::~QueueService()
{
    post([](QueueEngine &engine) { engine.shutdown(); });
    util::joinThread(m_thread);
}

template <typename F> void QueueService::post(F &&work)
{
    QueueEngine *engine = m_engine;
    util::postCall(engine, [engine, work = std::forward<F>(work)]() mutable { work(*engine); });
}

void QueueService::open(const QString &path)
{
    post([path](QueueEngine &engine) { engine.open(path); });
}

void QueueService::applySettings(const QueueSettings &settings)
{
    post([settings](QueueEngine &engine) { engine.applySettings(settings); });
}

void QueueService::add(const QList<QueueItem> &items, bool start)
{
    post([items, start](QueueEngine &engine) { engine.add(items, start); });
}

void QueueService::start()
{
    post([](QueueEngine &engine) { engine.start(); });
}

void QueueService::stop()
{
    post([](QueueEngine &engine) { engine.stop(); });
}

void QueueService::pause(const QList<qint64> &ids)
{
    post([ids](QueueEngine &engine) { engine.pause(ids); });
}

void QueueService::resume(const QList<qint64> &ids)
{
    post([ids](QueueEngine &engine) { engine.resume(ids); });
}

void QueueService::retry(const QList<qint64> &ids)
{
    post([ids](QueueEngine &engine) { engine.retry(ids); });
}

void QueueService::remove(const QList<qint64> &ids)
{
    post([ids](QueueEngine &engine) { engine.remove(ids); });
}

void QueueService::move(const QList<qint64> &ids, Move where)
{
    post([ids, where](QueueEngine &engine) { engine.move(ids, where); });
}

void QueueService::setPriority(const QList<qint64> &ids, int priority)
{
    post([ids, priority](QueueEngine &engine) { engine.setPriority(ids, priority); });
}

void QueueService::clearFinished()
{
    post([](QueueEngine &engine) { engine.clearFinished(); });
}

void QueueService::forwardQuestion(quint64 key, QuestionRequest *request)
{
    request->setParent(this);
    m_asked.insert(key, request);
    connect(request, &QuestionRequest::closed, this, [this, key] {
        m_asked.remove(key);
        post([key](QueueEngine &engine) { engine.questionClosed(key); });
    });
    Q_EMIT questionAsked(request);
}

void QueueService::setActive(bool active)
{
    m_active = active;
    Q_EMIT activeChanged(active);
}

void QueueService::withdraw(quint64 key)
{
    if (const QPointer<QuestionRequest> asked = m_asked.take(key))
        asked->withdraw();
}

} // namespace ferry::transfer

#include "QueueService.moc"
