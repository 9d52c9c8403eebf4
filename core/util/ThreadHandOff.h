#pragma once
// Calls posted to an object on another thread, with the hand-off made visible to
// ThreadSanitizer.
//
// A functor queued with QMetaObject::invokeMethod is written on the posting thread and
// read, run and freed on the receiving one; Qt's event queue orders the two under a lock
// that is a futex inside Qt. A Qt not built for TSan (Debian's is not) hides that lock
// from TSan, which then reports every such hand-off as a race. postCall() queues the call
// exactly as invokeMethod does (Qt::QueuedConnection, in order with the receiver's other
// events); in TSan builds it also tells TSan what Qt's lock guarantees: a release on the
// posting thread once the functor is in Qt's slot object, an acquire on the receiving
// thread before the functor runs or is destroyed. Elsewhere the annotations are empty.
//
// The same for a thread's end: see joinThread().

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <optional>
#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define FERRY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FERRY_TSAN 1
#endif
#endif

#ifdef FERRY_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace ferry::util {

// Orders everything this thread did before release(key) before whatever another thread
// does after acquire(key). For TSan only: no synchronisation of its own.
inline void tsanRelease([[maybe_unused]] const void *key)
{
#ifdef FERRY_TSAN
    __tsan_release(const_cast<void *>(key));
#endif
}

inline void tsanAcquire([[maybe_unused]] const void *key)
{
#ifdef FERRY_TSAN
    __tsan_acquire(const_cast<void *>(key));
#endif
}

namespace detail {

// The last member of a posted call: constructed (by a move into Qt's slot object) after
// the call it guards, so its release follows every write of that call. The receiving
// thread acquires before it runs the call and releases after. Whichever thread drops
// Qt's last reference to the slot object destroys it (the posting one, when the call ran
// before invokeMethod returned): it acquires first.
class HandOffFence
{
public:
    HandOffFence() { tsanRelease(this); }
    HandOffFence(const HandOffFence &) { tsanRelease(this); }
    HandOffFence(HandOffFence &&) noexcept { tsanRelease(this); }
    HandOffFence &operator=(const HandOffFence &) = delete;
    HandOffFence &operator=(HandOffFence &&) = delete;
    ~HandOffFence() { tsanAcquire(this); } // members die in reverse: before the call's
    void enter() const { tsanAcquire(this); }
    void leave() const { tsanRelease(this); }
};

// Destroys the call right after it ran, on the receiving thread, so that what it holds
// (a QPointer, a copy of the receiver's data) never dies on the posting thread while the
// receiver goes on using what it pointed to.
template <typename F> struct HandedOffCall
{
    std::optional<F> call;
    HandOffFence fence; // declared last: see HandOffFence

    void operator()()
    {
        fence.enter();
        (*call)();
        call.reset();
        fence.leave();
    }
};

} // namespace detail

// Runs call() on receiver's thread, queued behind the events posted to it before (as
// QMetaObject::invokeMethod with Qt::QueuedConnection). receiver must not be null.
template <typename F> bool postCall(QObject *receiver, F &&call)
{
    using Call = detail::HandedOffCall<std::decay_t<F>>;
    return QMetaObject::invokeMethod(
        receiver, Call{std::make_optional<std::decay_t<F>>(std::forward<F>(call)), {}}, Qt::QueuedConnection);
}

// QThread::wait() waits on Qt's own condition variable, which TSan does not see either.
// watchThreadEnd(thread) before thread->start(); then joinThread(thread) waits for the
// thread to finish and orders what it did before what follows the join.
inline void watchThreadEnd(QThread *thread)
{
    // finished() is emitted on the ending thread, after its event loop.
    QObject::connect(
        thread, &QThread::finished, thread, [thread] { tsanRelease(thread); }, Qt::DirectConnection);
}

inline void joinThread(QThread *thread)
{
    thread->wait();
    tsanAcquire(thread);
}

// A worker thread as the services start theirs: `thread` named `name` (as debuggers and
// TSan show it) runs an event loop for `worker`, which is deleted when the thread ends;
// its end is watched for joinThread(). The owner quits and joins it.
inline void startWorkerThread(QThread *thread, QObject *worker, const QString &name)
{
    thread->setObjectName(name);
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    watchThreadEnd(thread);
    thread->start();
}

} // namespace ferry::util
