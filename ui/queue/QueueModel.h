#pragma once
// The transfer queue as the queue panel shows it: one light row per item (no SQL, no
// QueueItem kept once shown), fed by the QueueService's batched signals, and split into
// the panel's three tabs, each a QueueTabModel of its own rows (no filtering proxy: a
// storm of thousands of items failing at once moves them between tabs in a few steps).
//
// Large batches (a dropped folder of 100,000 files) stay as the QueueItems the service
// sent and become rows a slice per event-loop turn, so the window never stalls; a change,
// a removal or progress for an item not yet shown is applied to its QueueItem, found by
// binary search on the batch's ids. Counts and totals include such items at once.
// Progress changes repaint only the progress columns of the rows that changed.
// Expanded folder items are not shown: their entries take their place.
//
// The Queued tab keeps the queue's order; the Failed and Done tabs list their rows in the
// order they got there (FileZilla's habit), or in queue order after a reset.
// GUI thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

#include "transfer/QueueItem.h"
#include "transfer/QueueService.h"

namespace ferry::ui {

class QueueTabModel;

// One row of the panel. Its indices are kept exact by QueueModel.
struct QueueRow
{
    qint64 id = 0;
    transfer::Direction direction = transfer::Direction::Download;
    transfer::ItemState state = transfer::ItemState::Queued;
    int priority = 0;
    bool isFolder = false;
    qint64 size = -1;
    qint64 done = 0;
    double speed = 0;
    QString site;
    QString targetSite; // Copy only
    QString local;
    QString remote; // for Copy: the source, then " -> " target
    QString error;
    QString method;   // Copy: "fxp" or "stream" once it ran (ItemOptions::method)
    int tab = 0;      // its Category
    int tabIndex = 0; // its row in that tab
    int allIndex = 0; // its place in the queue's order
    // While it moves in segments: each one's range and progress (QueueProgress::segments).
    std::vector<remote::SegmentRecord::Segment> segments;
};

class QueueModel : public QObject
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
        ServerColumn, // the item's server (for a copy: source → target)
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // Category as int
        PercentRole,  // 0..100, or -1 when the size is unknown
        StateRole,    // transfer::ItemState as int
        // A running file moving in segments: per segment three numbers in [0, 1], its
        // start, its end and how far it has come, as fractions of the file (a
        // QVariantList of doubles); empty otherwise. ProgressDelegate draws one thin bar
        // per segment from them.
        SegmentsRole,
    };
    enum class Category
    {
        Queued, // queued, running, paused
        Failed, // failed, cancelled, skipped
        Done
    };
    static constexpr int kSliceRows = 2000;    // rows made and inserted per event-loop turn
    static constexpr int kMaxRemovalRuns = 32; // more runs in one batch: the tab is reset

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;
    // Follows service's signals (the model does not own it).
    void setService(transfer::QueueService *service);

    QueueTabModel *tab(Category category) const { return m_tabs[int(category)]; }
    int count(Category category) const { return m_counts[int(category)]; }
    // Rows shown in all tabs (items still waiting to be made into rows are not counted).
    int shownRows() const { return int(m_all.size()); }
    // The shown rows' ids in the queue's order.
    QList<qint64> idsInQueueOrder() const;
    // Of the Queued tab: bytes of the files whose size is known, bytes done, and the
    // speed of the running ones.
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 doneBytes() const { return m_doneBytes; }
    double speed() const;
    // Items still waiting to be made into rows (large batches go in slices).
    bool isInserting() const { return !m_pending.empty(); }
    // What the local and remote columns show for an item, for the panel's actions.
    QString localPath(qint64 id) const;
    QString remoteUrl(qint64 id) const;

    // What a tab's view shows for a row.
    static QVariant rowData(const QueueRow &row, int column, int role);
    static QVariant header(int section, int role);
    static Category categoryOf(transfer::ItemState state);

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
    // A batch of items not all made into rows yet.
    struct Pending
    {
        QList<transfer::QueueItem> items;
        std::vector<qsizetype> byId; // indices sorted by id; empty when items are
        std::vector<bool> gone;      // removed (or an expanded folder) before shown
        qsizetype next = 0;          // the first item not made into a row yet
        qint64 replacing = 0;
        int cursor = -1; // the queue order's place for the next slice; -1 until the first
    };
    struct PendingRef
    {
        Pending *batch = nullptr;
        qsizetype index = -1;
    };

    static std::unique_ptr<QueueRow> rowFrom(const transfer::QueueItem &item);
    PendingRef findPending(qint64 id);
    void account(transfer::ItemState state, qint64 size, qint64 done, qint64 id, int sign);
    void account(const QueueRow &row, int sign);
    void account(const transfer::QueueItem &item, int sign);
    void insertSlice();
    void removeShown(const QList<QueueRow *> &rows);
    void renumberAll(size_t from);
    void clear();

    QueueTabModel *m_tabs[3] = {};
    std::vector<std::unique_ptr<QueueRow>> m_all; // shown rows in the queue's order
    QHash<qint64, QueueRow *> m_byId;             // shown rows
    std::deque<Pending> m_pending;
    // A folder whose entries come in parts: its id -> the id of the last entry shown, so
    // the next part follows the earlier ones.
    QHash<qint64, qint64> m_partsEnd;
    QTimer m_slicer;
    QThreadPool m_disposer; // frees large batches' QueueItems
    int m_counts[3] = {0, 0, 0};
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    QList<qint64> m_running;
};

} // namespace ferry::ui
