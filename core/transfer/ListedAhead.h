#pragma once
// Listings of a remote tree made ahead (sync::RemoteTreeLister over the site's listing
// connections), handed to the queue's folder expansions: the lister puts each folder's
// listing here as it arrives, and an expansion on a connection's worker thread takes the
// one of its folder (TreeWalker's listFolder) instead of listing it itself.
//
// Memory is bounded: a listing is held only until its expansion takes it, and while the
// listings held count more than kMaxHeldEntries entries the lister lists no further
// (full()). An expansion whose folder is not here yet waits while the lister is busy
// (listings in flight) and is neither finished nor full; otherwise it lists the folder
// itself (take() gives nothing), and that folder's listing, when it comes, is dropped.
// So every wait ends: the lister either brings the folder, or stops, or fills up.
//
// Thread-safe: put/finish/setBusy on the lister's (GUI or CLI main) thread, take on
// connections' worker threads.

#include <QHash>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>

#include "base/CancelToken.h"
#include "remote/DirEntry.h"
#include "remote/RemotePath.h"

namespace ferry::transfer {

class ListedAhead
{
public:
    static constexpr qsizetype kMaxHeldEntries = 50000;

    explicit ListedAhead(qsizetype maxHeldEntries = kMaxHeldEntries) : m_maxHeld(maxHeldEntries) {}

    // The lister's side.
    void put(const remote::Listing &listing); // listing.path names the folder
    void setBusy(bool busy);                  // listings in flight (a waiting take() may get one)
    void finish();                            // nothing more comes
    bool full() const;

    // Worker thread: the listing of `folder`, once; nothing when it will not come (the
    // lister stopped, is full, is idle, or gave it already), or on cancel.
    std::optional<remote::Listing> take(const remote::RemotePath &folder, const remote::CancelToken &token);

    bool isFinished() const;
    bool holds(const remote::RemotePath &folder) const; // listed, not taken yet
    qsizetype held() const;                             // listings held (not taken yet)
    int taken() const;                                  // listings handed to an expansion

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QString, remote::Listing> m_held; // by the folder's path
    QSet<QString> m_seen;                   // folders put or given up on (paths only)
    qsizetype m_heldEntries = 0;
    qsizetype m_maxHeld;
    int m_taken = 0;
    bool m_busy = false;
    bool m_finished = false;
};

} // namespace ferry::transfer
