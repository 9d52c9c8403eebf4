#pragma once
// The connections one site may have open at once, shared between the pool that opens
// transfer connections (session::Session: one slot per transfer connection it holds,
// busy or idle) and the engines running on them, whose extra connections for one large
// file (SFTP's extra SSH sessions, FTP's segment connections) each take a slot too and
// give it back when the file ends. So a site limited to N never has more than N, and a
// file that finds no free slot runs on fewer connections.
//
// Any thread: every call takes one mutex. The callback set by setOnGiven() runs on the
// thread that gave a slot back, under that mutex (it must only post, never block).

#include <QMutex>

#include <functional>
#include <memory>

namespace ferry::remote {

class ConnectionSlots
{
public:
    explicit ConnectionSlots(int limit) : m_limit(limit) {}

    int limit() const;
    void setLimit(int limit);
    // Slots held: the pool's connections and the extra ones.
    int held() const;
    // Extra connections held by the engines.
    int extras() const;

    // The pool: one slot more when fewer than limit() are held; false otherwise.
    bool tryTake();
    void give();
    // An engine's extra connection: the same, counted apart, and giving one back calls
    // the onGiven callback (the pool may open a connection it was refused).
    bool tryTakeExtra();
    void giveExtra();
    void setOnGiven(std::function<void()> onGiven);

    // A slot taken with tryTakeExtra(), given back when the last copy is dropped.
    static std::shared_ptr<void> holdExtra(const std::shared_ptr<ConnectionSlots> &slots);

private:
    mutable QMutex m_mutex;
    int m_limit;
    int m_pool = 0;
    int m_extras = 0;
    std::function<void()> m_onGiven;
};

} // namespace ferry::remote
