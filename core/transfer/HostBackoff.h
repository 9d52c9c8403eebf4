#pragma once
// How long the scheduler leaves a host alone after retryable failures: the first failure
// waits firstDelayMs, each further one of the same host doubles it, capped at maxDelayMs;
// a success resets the count (a backoff already running ends on its own). Hosts are
// compared without case. A plain value owned by the Scheduler; not thread-safe.

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace ferry::transfer {

class HostBackoff
{
public:
    void setPolicy(int firstDelayMs, int maxDelayMs);
    int firstDelayMs() const { return m_firstDelayMs; }
    int maxDelayMs() const { return m_maxDelayMs; }

    // A retryable failure on `host`: starts (or restarts) its backoff; the delay in ms.
    qint64 failed(const QString &host);
    // A run on `host` worked: the next failure waits the first delay again.
    void succeeded(const QString &host);
    bool isBackingOff(const QString &host) const;
    // Milliseconds until the first running backoff ends; -1 when none runs.
    qint64 nextEndMs() const;

private:
    struct Entry
    {
        int failures = 0;
        qint64 delayMs = 0;
        QElapsedTimer since; // invalid: no backoff yet
    };
    QHash<QString, Entry> m_hosts; // by lower-case host
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 60000;
};

} // namespace ferry::transfer
