#pragma once
// The transfer queue as a table for the queue panel: one light row per item (no SQL, no
// QueueItem kept), fed by the QueueService's batched signals. Large batches (a dropped
// folder of 100,000 files) are inserted a slice per event-loop turn, so the window never
// stalls; progress changes repaint only the progress columns of the rows that changed.
// Expanded folder items are not shown: their entries take their place.
//
// Each row belongs to one of the panel's tabs (Category); QueueFilterModel shows one.
// GUI thread.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

#include "transfer/QueueItem.h"
#include "transfer/QueueService.h"

namespace ferry::ui {

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        DirectionColumn,
        LocalColumn,
        RemoteColumn,
        SizeColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        StateColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // Category as int
        PercentRole,  // 0..100, or -1 when the size is unknown
        StateRole,    // transfer::ItemState as int
    };
    enum class Category
    {
        Queued, // queued, running, paused
        Failed, // failed, cancelled, skipped
        Done
    };
    static constexpr int kSliceRows = 2000; // rows inserted per event-loop turn

    explicit QueueModel(QObject *parent = nullptr);
    // Follows service's signals (the model does not own it).
    void setService(transfer::QueueService *service);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count(Category category) const { return m_counts[int(category)]; }
    // Of the Queued tab: bytes of the files whose size is known, bytes done, and the
    // speed of the running ones.
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 doneBytes() const { return m_doneBytes; }
    double speed() const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Rows still waiting to be inserted (large batches go in slices).
    bool isInserting() const { return !m_pending.empty(); }
    // What the local and remote columns show for a row, for the panel's actions.
    QString localPath(int row) const;
    QString remoteUrl(int row) const;

    // The service's batches (public for tests that feed a model directly).
    void applyReset(const QList<transfer::QueueItem> &items);
    void applyAdded(const QList<transfer::QueueItem> &items, qint64 replacing);
    void applyChanged(const QList<transfer::QueueItem> &items);
    void applyRemoved(const QList<qint64> &ids);
    void applyProgress(const QList<transfer::QueueProgress> &updates);

Q_SIGNALS:
    // Counts or totals changed (at most once per batch).
    void totalsChanged();

private:
    struct Row
    {
        qint64 id = 0;
        transfer::Direction direction = transfer::Direction::Download;
        transfer::ItemState state = transfer::ItemState::Queued;
        int priority = 0;
        bool isFolder = false;
        bool gone = false; // removed while still waiting to be inserted
        qint64 size = -1;
        qint64 done = 0;
        double speed = 0;
        QString site;
        QString local;
        QString remote; // for Copy: the source, then " -> " target
        QString error;
        mutable int hint = -1; // its last known row
    };
    struct Pending
    {
        std::vector<std::unique_ptr<Row>> rows;
        size_t next = 0;
        qint64 replacing = 0;
        int cursor = -1; // where the next slice goes; -1 until the first
    };

    static std::unique_ptr<Row> rowFrom(const transfer::QueueItem &item);
    static Category categoryOf(transfer::ItemState state);
    int indexOf(const Row *row) const;
    void insertSlice();
    void account(const Row &row, int sign);
    void removeRows(QList<int> rows);

    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<qint64, Row *> m_byId; // shown and pending rows
    std::deque<Pending> m_pending;
    QTimer m_slicer;
    int m_counts[3] = {0, 0, 0};
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    QList<qint64> m_running;
};

} // namespace ferry::ui
