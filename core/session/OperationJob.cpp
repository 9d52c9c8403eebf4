#include "OperationJob.h"

namespace ferry::session {

OperationJob::OperationJob(const FileOperation &operation, QObject *parent)
    : Job(parent), m_operation(operation)
{}

void OperationJob::finish(const remote::Result<int> &result)
{
    if (isFinished())
        return;
    if (isCancelled() && !result.ok())
        Q_EMIT finished(cancelledError());
    else
        Q_EMIT finished(result);
    markFinished();
}

} // namespace ferry::session
