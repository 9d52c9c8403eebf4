#pragma once
// How long an event loop was blocked: the tests that prove a thread never waits on the
// network, the keyring or a large model change measure it with this.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

#include "Sanitizers.h"

namespace ferry::test {

// The longest stall the tests allow the GUI thread: 100 ms, scaled in sanitizer builds
// (see Sanitizers.h).
constexpr qint64 kStallLimitMs = 100 * kSanitizerTimeFactor;

// Records the longest time between ticks of a 5 ms timer on the thread it lives on: the
// longest the event loop was blocked while it ran.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace ferry::test
