#pragma once
// Work on a pool thread whose result comes back to the thread of the object that asked.
//
// Used instead of QtConcurrent::run with a QFutureWatcher, whose hand-offs ThreadSanitizer
// cannot see in a Qt not built for it (QtConcurrent copies the task on the pool thread
// before any fence inside it can run; see PoolTask.h and docs/architecture.md,
// "Sanitizers"). runInBackground(context, work, done) moves work into a PoolTask on the
// calling thread, runs it on pool, and posts done(result) with postCall to the
// application object, which calls it only if context still exists then. context must
// live on the application's (GUI) thread; done runs there. A newer request making an
// older result moot is the caller's business (compare a generation number in done).

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>
#include <utility>

#include "util/PoolTask.h"
#include "util/ThreadHandOff.h"

namespace ferry::util {

template <typename Work, typename Done>
void runInBackground(QObject *context, Work &&work, Done &&done,
                     QThreadPool *pool = QThreadPool::globalInstance())
{
    Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
    pool->start(poolTask([guard = QPointer<QObject>(context), work = std::forward<Work>(work),
                          done = std::forward<Done>(done)]() mutable {
        auto result = work();
        postCall(QCoreApplication::instance(),
                 [guard, done = std::move(done), result = std::move(result)]() mutable {
                     if (guard)
                         done(std::move(result));
                 });
    }));
}

} // namespace ferry::util
