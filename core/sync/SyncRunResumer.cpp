#include "SyncRunResumer.h"

#include <QCoreApplication>

#include "SyncRun.h"
#include "SyncRunRecord.h"
#include "session/Session.h"
#include "session/SessionManager.h"
#include "transfer/QueueService.h"
#include "util/BackgroundTask.h"

namespace ferry::sync {

using namespace ferry::remote;

SyncRunResumer::SyncRunResumer(transfer::QueueService &queue, session::SessionManager &sessions,
                               transfer::Scheduler::SiteResolver resolve, const QString &folder,
                               QObject *parent)
    : QObject(parent), m_queue(queue), m_sessions(sessions), m_resolve(std::move(resolve)), m_folder(folder)
{}

SyncRunResumer::~SyncRunResumer()
{
    // The runs stop (their records stay for the next start); their sessions close.
    for (SyncRun *run : std::as_const(m_runs)) {
        if (const QPointer<session::Session> &s = m_opened.value(run))
            m_sessions.closeSession(s);
        delete run;
    }
}

int SyncRunResumer::resume()
{
    const QList<SyncRunRecord> records = SyncRunRecord::loadAll(m_folder);
    for (const SyncRunRecord &record : records) {
        const QString site = record.site;
        const QJsonObject options = record.connect;
        // The run asks with itself as the context.
        auto *run = new SyncRun(
            m_queue, record, m_folder,
            [this, site, options](QObject *context, std::function<void(session::Session *)> ready) {
                session(qobject_cast<SyncRun *>(context), site, options, context, std::move(ready));
            },
            this);
        m_runs.append(run);
        QObject::connect(run, &SyncRun::finished, this, [this, run] { finished(run); });
        Q_EMIT logged(QCoreApplication::translate("ferry::sync",
                                                  "Synchronize of %1 and %2 continues: %n delete(s) wait for "
                                                  "its copies in the queue",
                                                  nullptr, int(record.deletes.size()))
                          .arg(record.localRoot, record.remoteRoot.toString()),
                      false);
        run->start();
    }
    return int(records.size());
}

void SyncRunResumer::session(SyncRun *run, const QString &site, const QJsonObject &connect, QObject *context,
                             std::function<void(session::Session *)> ready)
{
    const QPointer<QObject> guard(context);
    const auto resolve = m_resolve;
    util::runInBackground(
        this, [resolve, site, connect] { return resolve(site, connect); },
        [this, guard, run,
         ready = std::move(ready)](const Result<transfer::Scheduler::SiteConnection> &resolved) {
            if (!guard)
                return;
            if (!resolved) {
                Q_EMIT logged(resolved.error().message(), true);
                return ready(nullptr);
            }
            session::Session *s = m_sessions.openOwnSession(resolved->spec, resolved->options);
            m_opened.insert(run, s);
            ready(s);
        });
}

void SyncRunResumer::finished(SyncRun *run)
{
    m_runs.removeAll(run);
    if (const QPointer<session::Session> s = m_opened.take(run))
        m_sessions.closeSession(s);
    const SyncRunRecord &record = run->record();
    if (run->error())
        Q_EMIT logged(QCoreApplication::translate("ferry::sync", "Synchronize of %1 and %2 stopped: %3")
                          .arg(record.localRoot, record.remoteRoot.toString(), run->error()->message()),
                      true);
    else
        Q_EMIT logged(QCoreApplication::translate("ferry::sync",
                                                  "Synchronize of %1 and %2 finished: %n deleted", nullptr,
                                                  int(record.deletes.size()))
                          .arg(record.localRoot, record.remoteRoot.toString()),
                      false);
    Q_EMIT runFinished(run);
    run->deleteLater();
}

} // namespace ferry::sync
