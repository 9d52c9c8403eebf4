#pragma once
// A token bucket that caps bytes per second, shared by every transfer thread that draws
// from it (the global download or upload limit) or owned by one transfer (its own
// limit). A transfer moves a chunk, then pays for it: consume() sleeps for as long as
// the bucket is in debt, so the long-run rate stays at the limit whatever the chunk size
// and however many threads share the bucket. A burst of up to a quarter second of
// traffic passes without waiting.
//
// Thread-safe.

#include <QMutex>
#include <QtGlobal>

#include <chrono>
#include <functional>

namespace ferry::transfer {

class RateLimiter
{
public:
    // 0: no limit.
    explicit RateLimiter(qint64 bytesPerSecond = 0);

    void setRate(qint64 bytesPerSecond);
    qint64 rate() const;

    // Takes `bytes` from the bucket and sleeps until the debt is paid. Returns false at
    // once when `cancelled` says so (checked every 50 ms while sleeping).
    bool consume(qint64 bytes, const std::function<bool()> &cancelled = {});

    // "40M" -> 41943040: bytes per second with an optional K, M or G suffix (1024-based);
    // -1 when the text is not one.
    static qint64 parseRate(const QString &text);

private:
    using Clock = std::chrono::steady_clock;
    void refill(Clock::time_point now); // m_mutex held

    mutable QMutex m_mutex;
    qint64 m_rate = 0;
    double m_tokens = 0;
    Clock::time_point m_last = Clock::now();
};

} // namespace ferry::transfer
