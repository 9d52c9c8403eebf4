#include "Job.h"

namespace ferry::session {

Job::Job(QObject *parent) : QObject(parent) {}

Job::~Job()
{
    // A job destroyed before it finished (its session closed) must not keep its worker busy.
    m_token.cancel();
}

void Job::cancel()
{
    m_token.cancel();
}

remote::Error Job::cancelledError()
{
    return remote::Error(remote::ErrorKind::Cancelled, tr("Cancelled"));
}

void Job::markFinished()
{
    m_finished = true;
    deleteLater();
}

} // namespace ferry::session
