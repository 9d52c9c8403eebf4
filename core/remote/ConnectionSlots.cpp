#include "ConnectionSlots.h"

#include <QMutexLocker>

namespace ferry::remote {

int ConnectionSlots::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

void ConnectionSlots::setLimit(int limit)
{
    QMutexLocker lock(&m_mutex);
    m_limit = limit;
}

int ConnectionSlots::held() const
{
    QMutexLocker lock(&m_mutex);
    return m_pool + m_extras;
}

int ConnectionSlots::extras() const
{
    QMutexLocker lock(&m_mutex);
    return m_extras;
}

bool ConnectionSlots::tryTake()
{
    QMutexLocker lock(&m_mutex);
    if (m_pool + m_extras >= m_limit)
        return false;
    ++m_pool;
    return true;
}

void ConnectionSlots::give()
{
    QMutexLocker lock(&m_mutex);
    if (m_pool > 0)
        --m_pool;
}

bool ConnectionSlots::tryTakeExtra()
{
    QMutexLocker lock(&m_mutex);
    if (m_pool + m_extras >= m_limit)
        return false;
    ++m_extras;
    return true;
}

void ConnectionSlots::giveExtra()
{
    QMutexLocker lock(&m_mutex);
    if (m_extras > 0)
        --m_extras;
    if (m_onGiven)
        m_onGiven();
}

void ConnectionSlots::setOnGiven(std::function<void()> onGiven)
{
    QMutexLocker lock(&m_mutex);
    m_onGiven = std::move(onGiven);
}

std::shared_ptr<void> ConnectionSlots::holdExtra(const std::shared_ptr<ConnectionSlots> &slots)
{
    return std::shared_ptr<void>(nullptr, [slots](void *) { slots->giveExtra(); });
}

} // namespace ferry::remote
