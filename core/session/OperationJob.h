#pragma once
// A FileOperation requested from a Session (Session::runOperation). finished carries the
// number of entries changed, or the first failure (naming the file, with the server's
// reply); Cancelled after cancel(). Lives on the GUI thread; see Job.

#include "FileOperation.h"
#include "Job.h"
#include "base/Result.h"

namespace ferry::session {

class OperationJob : public Job
{
    Q_OBJECT
public:
    OperationJob(const FileOperation &operation, QObject *parent);

    const FileOperation &operation() const { return m_operation; }

    // Called by the Session on the GUI thread; emits finished once.
    void finish(const remote::Result<int> &result);

Q_SIGNALS:
    void finished(const ferry::remote::Result<int> &result);

private:
    FileOperation m_operation;
};

} // namespace ferry::session

Q_DECLARE_METATYPE(ferry::remote::Result<int>)
