#include "ArchiveJobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QThread>

#include "session/QuestionRequest.h"
#include "util/ThreadHandOff.h"

namespace ferry::archive {

// What a job does on the worker thread: the call, given a progress callback.
struct ArchiveJobs::Work
{
    std::function<remote::Result<QString>(const ArchiveProgress &progress, const remote::CancelToken &cancel,
                                          QStringList &skipped)>
        run;
};

ArchiveJobs::ArchiveJobs(QObject *parent) : QObject(parent), m_thread(new QThread), m_worker(new QObject)
{
    util::startWorkerThread(m_thread, m_worker, QStringLiteral("ferry-archive-jobs"));
}

ArchiveJobs::~ArchiveJobs()
{
    m_stopping = true;
    for (const remote::CancelToken &token : std::as_const(m_cancels))
        token.cancel();
    m_thread->quit();
    util::joinThread(m_thread);
    delete m_thread;
}

std::optional<ArchiveJob> ArchiveJobs::job(qint64 id) const
{
    for (const ArchiveJob &j : m_jobs) {
        if (j.id == id)
            return j;
    }
    return std::nullopt;
}

void ArchiveJobs::update(qint64 id, const std::function<void(ArchiveJob &)> &change)
{
    for (ArchiveJob &j : m_jobs) {
        if (j.id == id) {
            change(j);
            Q_EMIT jobChanged(j);
            return;
        }
    }
}

qint64 ArchiveJobs::add(ArchiveJob job, Work work)
{
    job.id = m_nextId++;
    const qint64 id = job.id;
    const remote::CancelToken cancel;
    m_cancels.insert(id, cancel);
    m_jobs.append(job);
    Q_EMIT jobAdded(job);
    QPointer<ArchiveJobs> self(this);
    util::postCall(m_worker, [self, id, cancel, work = std::move(work)] {
        // On the worker thread; every report goes back to the owner's thread.
        const auto report = [self](auto &&call) {
            if (self)
                util::postCall(self.data(), std::forward<decltype(call)>(call));
        };
        if (cancel.isCancelled()) {
            report([self, id] { self->m_cancels.remove(id); });
            return; // cancel() marked it already
        }
        report([self, id] { self->update(id, [](ArchiveJob &j) { j.state = ArchiveJob::State::Running; }); });
        QElapsedTimer sinceReport;
        sinceReport.start();
        const ArchiveProgress progress = [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() < 100 && done < total)
                return;
            sinceReport.restart();
            report([self, id, done, total] {
                self->update(id, [done, total](ArchiveJob &j) {
                    j.done = done;
                    j.total = total;
                });
            });
        };
        QStringList skipped;
        const remote::Result<QString> result = work.run(progress, cancel, skipped);
        report([self, id, result, skipped, cancelled = cancel.isCancelled()] {
            self->m_cancels.remove(id);
            ArchiveJob finished;
            self->update(id, [&](ArchiveJob &j) {
                j.skipped = skipped;
                if (result.ok()) {
                    j.state = ArchiveJob::State::Done;
                    j.message = result.value();
                    if (j.total >= 0)
                        j.done = j.total;
                } else if (cancelled || result.error().kind() == remote::ErrorKind::Cancelled) {
                    j.state = ArchiveJob::State::Cancelled;
                    j.message = tr("Cancelled");
                } else {
                    j.state = ArchiveJob::State::Failed;
                    j.message = result.error().message();
                }
                finished = j;
            });
            const QString what = finished.kind == ArchiveJob::Kind::Extract
                                     ? tr("Extract %1 to %2").arg(finished.source, finished.target)
                                     : tr("Compress to %1").arg(finished.target);
            for (const QString &line : std::as_const(finished.skipped))
                Q_EMIT self->logged(tr("%1: skipped %2").arg(what, line), true);
            Q_EMIT self->logged(QStringLiteral("%1: %2").arg(what, finished.message),
                                finished.state != ArchiveJob::State::Done);
        });
    });
    return id;
}

qint64 ArchiveJobs::extract(const QString &archivePath, const QString &folder, const QStringList &members,
                            bool removeArchive)
{
    ArchiveJob job;
    job.kind = ArchiveJob::Kind::Extract;
    job.source = archivePath;
    job.target = folder;
    job.total = QFileInfo(archivePath).size();
    Work work;
    work.run = [this, archivePath, folder, members,
                removeArchive](const ArchiveProgress &progress, const remote::CancelToken &cancel,
                               QStringList &skipped) -> remote::Result<QString> {
        ExtractOptions options;
        options.members = members;
        options.progress = progress;
        options.cancel = cancel;
        // On the worker thread: the question goes to this object's thread; `this` outlives
        // the worker (the destructor joins it).
        options.password = [this, archivePath, cancel](const QString &member, const QString &error) {
            return askPassword(archivePath, member, error, cancel);
        };
        auto report = extractArchive(archivePath, folder, options);
        if (!report)
            return report.error();
        for (const SkippedMember &s : std::as_const(report->skipped))
            skipped.append(QStringLiteral("%1: %2").arg(s.path, s.reason));
        // A download made only to be extracted goes; with members left out it stays, so
        // nothing of it is lost.
        if (removeArchive && report->skipped.isEmpty())
            QFile::remove(archivePath);
        QString text = tr("%1 files, %2 folders extracted").arg(report->files).arg(report->folders);
        if (!report->skipped.isEmpty())
            text += tr("; %1 skipped").arg(report->skipped.size());
        return text;
    };
    return add(job, std::move(work));
}

qint64 ArchiveJobs::compress(const QString &archivePath, ArchiveFormat format, const QStringList &sources)
{
    ArchiveJob job;
    job.kind = ArchiveJob::Kind::Compress;
    job.source = sources.value(0);
    job.target = archivePath;
    Work work;
    work.run = [archivePath, format, sources](const ArchiveProgress &progress,
                                              const remote::CancelToken &cancel,
                                              QStringList &) -> remote::Result<QString> {
        CreateOptions options;
        options.progress = progress;
        options.cancel = cancel;
        auto size = createArchive(archivePath, format, sources, options);
        if (!size)
            return size.error();
        return tr("%1 bytes written").arg(*size);
    };
    return add(job, std::move(work));
}

std::optional<QString> ArchiveJobs::askPassword(const QString &archivePath, const QString &member,
                                                const QString &error, const remote::CancelToken &cancel)
{
    auto state = std::make_shared<session::QuestionState>();
    remote::SecretPrompt prompt;
    prompt.title = tr("Password for %1").arg(QFileInfo(archivePath).fileName());
    prompt.instruction = error.isEmpty()
                             ? tr("%1 is encrypted. Enter the archive's password to extract it.").arg(member)
                             : error;
    prompt.prompt = tr("Password:");
    auto request = std::make_shared<QPointer<session::QuestionRequest>>();
    QPointer<ArchiveJobs> self(this);
    util::postCall(this, [self, state, prompt, request] {
        *request = new session::QuestionRequest(remote::ConnectionSpec(), prompt, state, self.data());
        Q_EMIT self->questionAsked(*request);
    });
    const bool answered = state->wait([this, cancel] { return m_stopping.load() || cancel.isCancelled(); });
    if (!answered || !state->secretGiven()) {
        util::postCall(this, [request] {
            if (*request && !(*request)->isClosed())
                (*request)->withdraw();
        });
        return std::nullopt;
    }
    return state->secret();
}

void ArchiveJobs::cancel(qint64 id)
{
    const auto token = m_cancels.constFind(id);
    if (token == m_cancels.constEnd())
        return;
    token->cancel();
    // A job that has not started ends now; a running one when its call returns.
    update(id, [](ArchiveJob &j) {
        if (j.state == ArchiveJob::State::Waiting) {
            j.state = ArchiveJob::State::Cancelled;
            j.message = tr("Cancelled");
        }
    });
}

void ArchiveJobs::clearFinished()
{
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i) {
        if (m_jobs.at(i).finished()) {
            const qint64 id = m_jobs.at(i).id;
            m_jobs.removeAt(i);
            Q_EMIT jobRemoved(id);
        }
    }
}

} // namespace ferry::archive
