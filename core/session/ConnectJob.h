#pragma once
// Connecting (and logging in) a session's browsing connection. finished carries the
// folder the server put us in, or a typed Error. Lives on the GUI thread; see Job.

#include "Job.h"
#include "base/Result.h"
#include "remote/RemotePath.h"

namespace ferry::session {

class ConnectJob : public Job
{
    Q_OBJECT
public:
    explicit ConnectJob(QObject *parent);

    // Called by the Session on the GUI thread; emits finished once.
    void finish(const remote::Result<remote::RemotePath> &home);

Q_SIGNALS:
    void finished(const ferry::remote::Result<ferry::remote::RemotePath> &home);
};

} // namespace ferry::session

Q_DECLARE_METATYPE(ferry::remote::Result<ferry::remote::RemotePath>)
