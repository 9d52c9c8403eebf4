#pragma once
// The queue panel's "Local operations" tab: the archive::ArchiveJobs (extracting,
// compressing) as rows, newest last, each with what, where, its progress and its state
// (the reason when it failed). Follows the jobs' batched signals. GUI thread.

#include <QAbstractTableModel>
#include <QList>

#include "archive/ArchiveJobs.h"

namespace ferry::ui {

class LocalJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OperationColumn,
        NameColumn,
        TargetColumn,
        ProgressColumn,
        StateColumn,
        ColumnCount
    };

    explicit LocalJobsModel(archive::ArchiveJobs *jobs, QObject *parent = nullptr);

    qint64 idAt(int row) const;
    const archive::ArchiveJob *jobAt(int row) const;
    // Jobs still waiting or running.
    int activeCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    int rowOf(qint64 id) const;

    QList<archive::ArchiveJob> m_jobs;
};

} // namespace ferry::ui
