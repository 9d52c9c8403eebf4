#pragma once
// Helpers shared by the widget tests: a stall meter for the GUI thread and settings kept
// in a temporary folder.

#include <QElapsedTimer>
#include <QObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace ferry::test {

// Records the longest time between ticks of a 5 ms timer on the GUI thread: the longest
// the event loop was blocked while it ran.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
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

// Points QSettings (user scope, INI and native) at a temporary folder for the test's life.
class ScopedSettings
{
public:
    ScopedSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace ferry::test
