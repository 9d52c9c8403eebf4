#include "queue/LocalJobsModel.h"

#include <QFileInfo>

#include <algorithm>

#include "queue/QueueModel.h"

namespace ferry::ui {

using archive::ArchiveJob;

LocalJobsModel::LocalJobsModel(archive::ArchiveJobs *jobs, QObject *parent)
    : QAbstractTableModel(parent), m_jobs(jobs->jobs())
{
    connect(jobs, &archive::ArchiveJobs::jobAdded, this, [this](const ArchiveJob &job) {
        beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
        m_jobs.append(job);
        endInsertRows();
        Q_EMIT countsChanged();
    });
    connect(jobs, &archive::ArchiveJobs::jobChanged, this, [this](const ArchiveJob &job) {
        const int row = rowOf(job.id);
        if (row < 0)
            return;
        const bool stateChanged = m_jobs[row].state != job.state;
        m_jobs[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (stateChanged)
            Q_EMIT countsChanged();
    });
    connect(jobs, &archive::ArchiveJobs::jobRemoved, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_jobs.removeAt(row);
        endRemoveRows();
        Q_EMIT countsChanged();
    });
}

int LocalJobsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 LocalJobsModel::idAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row).id : 0;
}

const ArchiveJob *LocalJobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int LocalJobsModel::activeCount() const
{
    return int(
        std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const ArchiveJob &j) { return !j.finished(); }));
}

int LocalJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int LocalJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalJobsModel::data(const QModelIndex &index, int role) const
{
    const ArchiveJob *job = jobAt(index.row());
    if (!job)
        return {};
    const int percent = job->finished() && job->state == ArchiveJob::State::Done
                            ? 100
                            : (job->total > 0 ? int(std::min<qint64>(100, job->done * 100 / job->total)) : 0);
    if (role == QueueModel::PercentRole)
        return percent;
    if (role == Qt::ToolTipRole) {
        QString tip = job->kind == ArchiveJob::Kind::Extract
                          ? job->source + QStringLiteral(" → ") + job->target
                          : job->target;
        if (!job->message.isEmpty())
            tip += QLatin1Char('\n') + job->message;
        for (const QString &line : job->skipped)
            tip += QLatin1Char('\n') + tr("skipped %1").arg(line);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OperationColumn:
        return job->kind == ArchiveJob::Kind::Extract ? tr("Extract") : tr("Compress");
    case NameColumn:
        return QFileInfo(job->kind == ArchiveJob::Kind::Extract ? job->source : job->target).fileName();
    case TargetColumn:
        return job->target;
    case ProgressColumn:
        return QStringLiteral("%1%").arg(percent);
    case StateColumn:
        switch (job->state) {
        case ArchiveJob::State::Waiting:
            return tr("Waiting");
        case ArchiveJob::State::Running:
            return tr("Running");
        case ArchiveJob::State::Done:
            return job->message;
        case ArchiveJob::State::Failed:
            return tr("Failed: %1").arg(job->message);
        case ArchiveJob::State::Cancelled:
            return tr("Cancelled");
        }
        return {};
    default:
        return {};
    }
}

QVariant LocalJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case NameColumn:
        return tr("Name");
    case TargetColumn:
        return tr("Target");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ferry::ui
