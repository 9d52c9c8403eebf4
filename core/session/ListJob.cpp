#include "ListJob.h"

namespace ferry::session {

ListJob::ListJob(const remote::RemotePath &path, QObject *parent) : Job(parent), m_path(path) {}

void ListJob::finish(const remote::Result<remote::Listing> &result, bool fromCache)
{
    if (isFinished())
        return;
    m_fromCache = fromCache;
    // Once cancelled, the engine's own reaction (an error, or a listing that raced the
    // cancel) does not matter to the caller.
    if (isCancelled())
        Q_EMIT finished(cancelledError());
    else
        Q_EMIT finished(result);
    markFinished();
}

} // namespace ferry::session
