#pragma once
// One tab of the queue panel (Queued, Failed, Done): a flat table over the QueueRows
// QueueModel puts in it. QueueModel owns the rows and does every change through the
// functions below, each one insertion, removal or repaint per run of neighbouring rows,
// keeping each row's tabIndex exact. GUI thread.

#include <QAbstractTableModel>

#include <vector>

#include "QueueModel.h"

namespace ferry::ui {

class QueueTabModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    QueueTabModel(QueueModel::Category category, QObject *parent = nullptr);
    QueueModel::Category category() const { return m_category; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    const QueueRow *rowAt(int row) const;

private:
    friend class QueueModel;
    // rows go in at `at`, in their order.
    void insertAt(int at, const std::vector<QueueRow *> &rows);
    void append(const std::vector<QueueRow *> &rows) { insertAt(int(m_rows.size()), rows); }
    // Removes the rows (which are in this tab); many scattered ones reset the tab.
    void remove(std::vector<int> indices);
    // Repaints columns first..last of the rows, one dataChanged per run.
    void repaint(std::vector<int> indices, int first, int last);
    void reset(std::vector<QueueRow *> rows);
    void renumber(size_t from);

    QueueModel::Category m_category;
    std::vector<QueueRow *> m_rows;
};

} // namespace ferry::ui
