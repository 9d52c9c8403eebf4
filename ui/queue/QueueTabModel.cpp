#include "QueueTabModel.h"

#include <algorithm>

namespace ferry::ui {

QueueTabModel::QueueTabModel(QueueModel::Category category, QObject *parent)
    : QAbstractTableModel(parent), m_category(category)
{}

int QueueTabModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTabModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QueueModel::ColumnCount;
}

QVariant QueueTabModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    return QueueModel::rowData(*m_rows[size_t(index.row())], index.column(), role);
}

QVariant QueueTabModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? QueueModel::header(section, role) : QVariant();
}

qint64 QueueTabModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->id : 0;
}

const QueueRow *QueueTabModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

void QueueTabModel::renumber(size_t from)
{
    for (size_t i = from; i < m_rows.size(); ++i) {
        m_rows[i]->tabIndex = int(i);
        m_rows[i]->tab = int(m_category);
    }
}

void QueueTabModel::insertAt(int at, const std::vector<QueueRow *> &rows)
{
    if (rows.empty())
        return;
    at = std::clamp(at, 0, int(m_rows.size()));
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    m_rows.insert(m_rows.begin() + at, rows.begin(), rows.end());
    renumber(size_t(at));
    endInsertRows();
}

void QueueTabModel::remove(std::vector<int> indices)
{
    if (indices.empty())
        return;
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    std::vector<std::pair<int, int>> runs; // first, last
    for (const int i : indices) {
        if (!runs.empty() && runs.back().second + 1 == i)
            runs.back().second = i;
        else
            runs.emplace_back(i, i);
    }
    if (runs.size() > size_t(QueueModel::kMaxRemovalRuns)) {
        // Thousands of scattered rows: one reset is cheaper than thousands of removals.
        std::vector<QueueRow *> kept;
        kept.reserve(m_rows.size() - indices.size());
        size_t next = 0;
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (next < indices.size() && indices[next] == int(i))
                ++next;
            else
                kept.push_back(m_rows[i]);
        }
        reset(std::move(kept));
        return;
    }
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
        renumber(size_t(run->first));
        endRemoveRows();
    }
}

void QueueTabModel::repaint(std::vector<int> indices, int first, int last)
{
    std::sort(indices.begin(), indices.end());
    for (size_t i = 0; i < indices.size();) {
        size_t j = i;
        while (j + 1 < indices.size() && indices[j + 1] <= indices[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(indices[i], first), index(indices[j], last));
        i = j + 1;
    }
}

void QueueTabModel::reset(std::vector<QueueRow *> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    renumber(0);
    endResetModel();
}

} // namespace ferry::ui
