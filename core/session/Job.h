#pragma once
// A job handle: what a request to a session returns. The caller connects to the
// subclass's finished(Result) signal; cancel() fires the job's CancelToken, and finished
// still follows, with ErrorKind::Cancelled (a user's cancel, not an error to show).
// A job deletes itself (deleteLater) after finished has been emitted.
//
// Lives on the GUI (or CLI main) thread. The worker thread sees only the CancelToken.

#include <QObject>

#include "base/CancelToken.h"
#include "base/Error.h"

namespace ferry::session {

class Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override;

    // Any number of times, also after finished; thread-safe through the token.
    void cancel();
    bool isCancelled() const { return m_token.isCancelled(); }
    bool isFinished() const { return m_finished; }
    const remote::CancelToken &cancelToken() const { return m_token; }

protected:
    explicit Job(QObject *parent);
    // What finished carries once cancel() was called, whatever the engine returned.
    static remote::Error cancelledError();
    // Subclasses call this right after emitting finished.
    void markFinished();

private:
    remote::CancelToken m_token;
    bool m_finished = false;
};

} // namespace ferry::session
