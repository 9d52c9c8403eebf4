#pragma once
// A cancellation flag shared between the thread that asks for a cancel (GUI, CLI
// signal handler, queue) and the worker thread that checks it between chunks and
// inside every wait. Copies share the same flag. Thread-safe.

#include <atomic>
#include <memory>

namespace ferry::remote {

class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace ferry::remote
