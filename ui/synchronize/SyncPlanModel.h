#pragma once
// The Synchronize dialog's plan: one row per change (upload or download, folder to make,
// delete), each with a check box the user may clear; the skips are only counted. Rows
// hang together as the run needs them to: clearing a folder to make clears what would go
// into it, ticking something inside an unticked new folder ticks the folder, and the two
// halves of a type clash (delete, then put the other kind there) go together. Deletes
// read in the palette's error colour with a warning icon. GUI thread.

#include <QAbstractTableModel>
#include <QList>

#include "sync/SyncPlanner.h"

namespace ferry::ui {

class SyncPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActionColumn,
        PathColumn,
        ReasonColumn,
        SizeColumn,
        ColumnCount
    };

    explicit SyncPlanModel(QObject *parent = nullptr);

    void setPlan(const sync::SyncPlan &plan);
    void clear();
    // The plan with the unticked changes left out (skips kept).
    sync::SyncPlan checkedPlan() const;
    int checkedCount() const;
    const sync::SyncAction &actionAt(int row) const { return m_rows.at(row); }
    bool isChecked(int row) const { return m_checked.at(row); }
    // What the action's kind reads as ("Upload", "Delete", ...), translated.
    static QString kindText(sync::SyncAction::Kind kind);
    static QString reasonText(sync::SyncAction::Reason reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    void setRowChecked(int row, bool checked);

    sync::SyncPlan m_plan;
    QList<sync::SyncAction> m_rows; // the changes
    QList<bool> m_checked;
};

} // namespace ferry::ui
