#include "RateLimiter.h"

#include <QString>
#include <QThread>

#include <algorithm>

namespace ferry::transfer {

namespace {
constexpr double kBurstSeconds = 0.25;
constexpr int kSleepSliceMs = 50;
} // namespace

RateLimiter::RateLimiter(qint64 bytesPerSecond)
{
    setRate(bytesPerSecond);
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    QMutexLocker lock(&m_mutex);
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_last = Clock::now();
}

qint64 RateLimiter::rate() const
{
    QMutexLocker lock(&m_mutex);
    return m_rate;
}

void RateLimiter::refill(Clock::time_point now)
{
    const double seconds = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    m_tokens = std::min(m_tokens + seconds * double(m_rate), double(m_rate) * kBurstSeconds);
}

bool RateLimiter::consume(qint64 bytes, const std::function<bool()> &cancelled)
{
    double waitSeconds = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_rate <= 0)
            return !(cancelled && cancelled());
        refill(Clock::now());
        m_tokens -= double(bytes);
        if (m_tokens < 0)
            waitSeconds = -m_tokens / double(m_rate);
    }
    // Every thread that went into debt sleeps off its own share; the bucket's balance
    // already counts all of them, so the total stays at the rate.
    const auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(waitSeconds));
    while (Clock::now() < until) {
        if (cancelled && cancelled())
            return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(left, 1, kSleepSliceMs)));
    }
    return !(cancelled && cancelled());
}

qint64 RateLimiter::parseRate(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    qint64 factor = 1;
    const QChar last = t.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('G')) {
        factor = last == QLatin1Char('K')   ? 1024
                 : last == QLatin1Char('M') ? 1024 * 1024
                                            : qint64(1024) * 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0 || value * double(factor) > 1e15)
        return -1;
    return static_cast<qint64>(value * double(factor));
}

} // namespace ferry::transfer
