#pragma once
// ferry-cli's `queue` command (add, list, run, pause, resume, retry, remove, priority,
// clear) over the persistent queue in the data folder, and the scheduler run that
// `get -r --parallel N` and `put -r --parallel N` share with it. Runs on the main thread
// with an event loop while the scheduler works.

#include <QList>
#include <QString>

#include "remote/ConnectionSpec.h"
#include "transfer/QueueItem.h"

namespace ferry::session {
class QuestionRequest;
}

namespace ferry::cli {

// The queue command's usage, printed after a usage error of it.
extern const char kQueueHelp[];

struct CliContext;

int cmdQueue(CliContext &ctx);

// A recursive get or put through the scheduler with ctx.parallel connections: one
// folder item in a queue that lives in memory for this run. `remote` is absolute.
// Runs the queue at queuePath (after adding `adding`) until nothing runnable is left, as
// `queue run` does: its options (--limit-rate, --exists, --retries, ...), its questions,
// its progress line and exit codes. passwordSite/passwordSpec: a server this command line
// already named, with the password it was given.
int runQueueFile(CliContext &ctx, const QString &queuePath, const QList<transfer::QueueItem> &adding,
                 const QString &passwordSite, const remote::ConnectionSpec &passwordSpec);

// Whether Ctrl-C or SIGTERM stopped a runQueueFile of this process.
bool queueRunInterrupted();

// Answers a question from a session or the queue on the terminal (or refuses it without
// one), as the queue's run does.
void answerCliQuestion(CliContext &ctx, session::QuestionRequest *request);

int runParallelTree(CliContext &ctx, transfer::Direction direction, const remote::ConnectionSpec &spec,
                    const QString &remote, const QString &local);

} // namespace ferry::cli
