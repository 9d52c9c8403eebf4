#include "ListedAhead.h"

#include <chrono>

namespace ferry::transfer {

using namespace ferry::remote;

void ListedAhead::put(const Listing &listing)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const QString key = listing.path.toString();
        if (m_seen.contains(key))
            return; // an expansion listed it itself meanwhile
        m_seen.insert(key);
        m_heldEntries += listing.entries.size() + listing.skippedNames.size() + 1;
        m_held.insert(key, listing);
    }
    m_changed.notify_all();
}

void ListedAhead::setBusy(bool busy)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_busy == busy)
            return;
        m_busy = busy;
    }
    m_changed.notify_all();
}

void ListedAhead::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_busy = false;
    }
    m_changed.notify_all();
}

bool ListedAhead::full() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_heldEntries >= m_maxHeld;
}

bool ListedAhead::isFinished() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_finished;
}

bool ListedAhead::holds(const RemotePath &folder) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_held.contains(folder.toString());
}

qsizetype ListedAhead::held() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_held.size();
}

int ListedAhead::taken() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_taken;
}

std::optional<Listing> ListedAhead::take(const RemotePath &folder, const CancelToken &token)
{
    const QString key = folder.toString();
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (auto it = m_held.find(key); it != m_held.end()) {
            std::optional<Listing> out(std::move(it.value()));
            m_held.erase(it);
            m_heldEntries -= out->entries.size() + out->skippedNames.size() + 1;
            ++m_taken;
            return out;
        }
        // Not here: given already (a second expansion of the folder), or it will not come
        // soon enough. The caller lists it; a listing that arrives later is dropped.
        if (m_seen.contains(key) || m_finished || !m_busy || m_heldEntries >= m_maxHeld ||
            token.isCancelled()) {
            m_seen.insert(key);
            return std::nullopt;
        }
        // The cancel token has no wake-up of its own: look at it every 100 ms.
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
}

} // namespace ferry::transfer
