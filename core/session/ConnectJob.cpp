#include "ConnectJob.h"

namespace ferry::session {

ConnectJob::ConnectJob(QObject *parent) : Job(parent) {}

void ConnectJob::finish(const remote::Result<remote::RemotePath> &home)
{
    if (isFinished())
        return;
    if (isCancelled())
        Q_EMIT finished(cancelledError());
    else
        Q_EMIT finished(home);
    markFinished();
}

} // namespace ferry::session
