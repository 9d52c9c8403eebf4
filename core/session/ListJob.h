#pragma once
// A folder listing requested from a Session. finished carries the Listing or a typed
// Error (Cancelled after cancel()). Lives on the GUI thread; see Job.

#include "Job.h"
#include "base/Result.h"
#include "remote/DirEntry.h"

namespace ferry::session {

class ListJob : public Job
{
    Q_OBJECT
public:
    ListJob(const remote::RemotePath &path, QObject *parent);

    const remote::RemotePath &path() const { return m_path; }
    // True when the listing came from the session's cache, not the server.
    bool fromCache() const { return m_fromCache; }

    // Called by the Session on the GUI thread; emits finished once.
    void finish(const remote::Result<remote::Listing> &result, bool fromCache = false);

Q_SIGNALS:
    void finished(const ferry::remote::Result<ferry::remote::Listing> &result);

private:
    remote::RemotePath m_path;
    bool m_fromCache = false;
};

} // namespace ferry::session

Q_DECLARE_METATYPE(ferry::remote::Result<ferry::remote::Listing>)
