#include "HostBackoff.h"

#include <algorithm>

namespace ferry::transfer {

void HostBackoff::setPolicy(int firstDelayMs, int maxDelayMs)
{
    m_firstDelayMs = std::max(0, firstDelayMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxDelayMs);
}

qint64 HostBackoff::failed(const QString &host)
{
    Entry &entry = m_hosts[host.toLower()];
    entry.failures += 1;
    entry.delayMs =
        std::min<qint64>(qint64(m_firstDelayMs) << std::min(entry.failures - 1, 20), m_maxDelayMs);
    entry.since.start();
    return entry.delayMs;
}

void HostBackoff::succeeded(const QString &host)
{
    if (auto it = m_hosts.find(host.toLower()); it != m_hosts.end())
        it->failures = 0;
}

bool HostBackoff::isBackingOff(const QString &host) const
{
    const auto it = m_hosts.constFind(host.toLower());
    return it != m_hosts.cend() && it->since.isValid() && it->since.elapsed() < it->delayMs;
}

qint64 HostBackoff::nextEndMs() const
{
    qint64 next = -1;
    for (const Entry &entry : m_hosts) {
        if (!entry.since.isValid())
            continue;
        const qint64 left = entry.delayMs - entry.since.elapsed();
        if (left > 0 && (next < 0 || left < next))
            next = left;
    }
    return next;
}

} // namespace ferry::transfer
