#pragma once
// Tasks run on a pool thread, with the hand-off made visible to ThreadSanitizer.
//
// Qt starts a pool task (QThreadPool::start) under its own futex-based lock, which TSan
// does not see in a Qt not built for it, as with the posted calls of ThreadHandOff.h.
// poolTask(fn, doneKey) wraps fn so that what the starting thread did before (the task's
// captures included) is ordered before fn runs, and what fn did before whatever a thread
// does after tsanAcquire(doneKey) (doneKey may be null when nothing comes back). No
// synchronisation of its own; the annotations are empty outside TSan. Not for
// QtConcurrent::run: Qt 6.4 copies the function on the pool thread before it calls it,
// before the fence inside can acquire (docs/architecture.md, "Sanitizers").

#include <type_traits>
#include <utility>

#include "util/ThreadHandOff.h"

namespace ferry::util {

template <typename F> struct PoolTask
{
    F fn;
    const void *doneKey = nullptr;
    detail::HandOffFence fence; // declared last: see HandOffFence

    decltype(auto) operator()()
    {
        fence.enter();
        if constexpr (std::is_void_v<std::invoke_result_t<F &>>) {
            fn();
            finished();
        } else {
            auto result = fn();
            finished();
            return result;
        }
    }

private:
    void finished() const
    {
        if (doneKey)
            tsanRelease(doneKey);
        fence.leave();
    }
};

template <typename F> PoolTask<std::decay_t<F>> poolTask(F &&fn, const void *doneKey = nullptr)
{
    return PoolTask<std::decay_t<F>>{std::forward<F>(fn), doneKey, {}};
}

} // namespace ferry::util
