#include "QueueModel.h"

#include <QFileInfo>

#include <algorithm>

#include "common/Format.h"

namespace ferry::ui {

using transfer::Direction;
using transfer::ItemState;
using transfer::QueueItem;
using transfer::QueueProgress;

QueueModel::QueueModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_slicer.setInterval(0);
    connect(&m_slicer, &QTimer::timeout, this, &QueueModel::insertSlice);
}

void QueueModel::setService(transfer::QueueService *service)
{
    connect(service, &transfer::QueueService::itemsReset, this, &QueueModel::applyReset);
    connect(service, &transfer::QueueService::itemsAdded, this, &QueueModel::applyAdded);
    connect(service, &transfer::QueueService::itemsChanged, this, &QueueModel::applyChanged);
    connect(service, &transfer::QueueService::itemsRemoved, this, &QueueModel::applyRemoved);
    connect(service, &transfer::QueueService::progress, this, &QueueModel::applyProgress);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QueueModel::Category QueueModel::categoryOf(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
    case ItemState::Running:
    case ItemState::Paused: return Category::Queued;
    case ItemState::Failed:
    case ItemState::Cancelled:
    case ItemState::Skipped: return Category::Failed;
    case ItemState::Done: break;
    }
    return Category::Done;
}

namespace {
QString stateText(ItemState state)
{
    switch (state) {
    case ItemState::Queued: return QueueModel::tr("Queued");
    case ItemState::Running: return QueueModel::tr("Transferring");
    case ItemState::Paused: return QueueModel::tr("Paused");
    case ItemState::Failed: return QueueModel::tr("Failed");
    case ItemState::Done: return QueueModel::tr("Done");
    case ItemState::Skipped: return QueueModel::tr("Skipped");
    case ItemState::Cancelled: return QueueModel::tr("Cancelled");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = *m_rows[size_t(index.row())];
    row.hint = index.row();
    const int percent = row.size > 0 ? int(std::min<qint64>(100, row.done * 100 / row.size)) : (row.size == 0 && row.state == ItemState::Done ? 100 : -1);
    switch (role) {
    case IdRole: return row.id;
    case CategoryRole: return int(categoryOf(row.state));
    case StateRole: return int(row.state);
    case PercentRole: return percent;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == StateColumn)
            return row.error.isEmpty() ? QVariant() : QVariant(row.error);
        if (index.column() == LocalColumn || index.column() == NameColumn)
            return row.local;
        if (index.column() == RemoteColumn)
            return QString(row.site + row.remote);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == TimeLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn)
            return row.direction == Direction::Upload ? tr("upload") : row.direction == Direction::Download ? tr("download") : tr("server to server");
        break;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: {
        const QString &path = row.direction == Direction::Upload ? row.local : row.remote;
        const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        return row.isFolder ? tr("%1 (folder)").arg(name) : name;
    }
    case DirectionColumn:
        return row.direction == Direction::Upload ? QStringLiteral("→") : row.direction == Direction::Download ? QStringLiteral("←") : QStringLiteral("⇄");
    case LocalColumn: return row.local;
    case RemoteColumn: return row.remote;
    case SizeColumn: return row.size >= 0 ? humanSize(row.size) : QString();
    case ProgressColumn: return percent >= 0 ? QStringLiteral("%1%").arg(percent) : QString();
    case SpeedColumn: return row.state == ItemState::Running && row.speed > 0 ? tr("%1/s").arg(humanSize(qint64(row.speed))) : QString();
    case TimeLeftColumn:
        return row.state == ItemState::Running && row.speed > 0 && row.size > 0
            ? durationText(qint64(double(row.size - row.done) / row.speed))
            : QString();
    case StateColumn: return stateText(row.state);
    case ErrorColumn: return row.error;
    default: return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("File");
    case DirectionColumn: return tr("Direction");
    case LocalColumn: return tr("Local file");
    case RemoteColumn: return tr("Remote file");
    case SizeColumn: return tr("Size");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case TimeLeftColumn: return tr("Time left");
    case StateColumn: return tr("State");
    case ErrorColumn: return tr("Reason");
    default: return {};
    }
}

double QueueModel::speed() const
{
    double total = 0;
    for (const qint64 id : m_running) {
        if (const Row *row = m_byId.value(id))
            total += row->speed;
    }
    return total;
}

qint64 QueueModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->id : 0;
}

int QueueModel::rowOf(qint64 id) const
{
    const Row *row = m_byId.value(id);
    return row ? indexOf(row) : -1;
}

QString QueueModel::localPath(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->local : QString();
}

QString QueueModel::remoteUrl(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row &r = *m_rows[size_t(row)];
    if (r.site.startsWith(QLatin1String("site:")) || r.direction == Direction::Copy)
        return r.site + QLatin1Char(' ') + r.remote;
    return r.site + (r.remote.startsWith(QLatin1Char('/')) ? r.remote : QString(QLatin1Char('/') + r.remote));
}

int QueueModel::indexOf(const Row *row) const
{
    if (row->hint >= 0 && row->hint < int(m_rows.size()) && m_rows[size_t(row->hint)].get() == row)
        return row->hint;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].get() == row) {
            row->hint = int(i);
            return int(i);
        }
    }
    return -1; // still pending
}

std::unique_ptr<QueueModel::Row> QueueModel::rowFrom(const QueueItem &item)
{
    auto row = std::make_unique<Row>();
    row->id = item.id;
    row->direction = item.direction;
    row->state = item.state;
    row->priority = item.priority;
    row->isFolder = item.isFolder;
    row->size = item.size;
    row->done = item.state == ItemState::Done && item.size >= 0 ? item.size : item.bytesDone;
    row->site = item.site;
    row->local = item.localPath;
    row->remote = item.direction == Direction::Copy
        ? QString(item.remotePath + QStringLiteral(" → ") + item.targetSite + item.targetPath)
        : item.remotePath;
    row->error = item.lastError;
    return row;
}

void QueueModel::account(const Row &row, int sign)
{
    const Category category = categoryOf(row.state);
    m_counts[int(category)] += sign;
    if (category == Category::Queued && row.size >= 0) {
        m_totalBytes += sign * row.size;
        m_doneBytes += sign * std::min(row.done, row.size);
    }
    if (row.state == ItemState::Running) {
        if (sign > 0)
            m_running.append(row.id);
        else
            m_running.removeOne(row.id);
    }
}

void QueueModel::applyReset(const QList<QueueItem> &items)
{
    beginResetModel();
    m_pending.clear();
    m_slicer.stop();
    m_rows.clear();
    m_byId.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_totalBytes = m_doneBytes = 0;
    m_running.clear();
    m_rows.reserve(size_t(items.size()));
    for (const QueueItem &item : items) {
        if (item.isFolder && item.state == ItemState::Done)
            continue; // expanded: its entries stand for it
        auto row = rowFrom(item);
        account(*row, +1);
        m_byId.insert(row->id, row.get());
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

void QueueModel::applyAdded(const QList<QueueItem> &items, qint64 replacing)
{
    Pending batch;
    batch.replacing = replacing;
    batch.rows.reserve(size_t(items.size()));
    for (const QueueItem &item : items) {
        auto row = rowFrom(item);
        account(*row, +1);
        m_byId.insert(row->id, row.get());
        batch.rows.push_back(std::move(row));
    }
    m_pending.push_back(std::move(batch));
    insertSlice(); // a small batch goes in at once
    if (!m_pending.empty())
        m_slicer.start();
    Q_EMIT totalsChanged();
}

void QueueModel::insertSlice()
{
    if (m_pending.empty()) {
        m_slicer.stop();
        return;
    }
    Pending &batch = m_pending.front();
    if (batch.cursor < 0) {
        if (batch.replacing != 0) { // the entries take the folder's place
            Row *folder = m_byId.value(batch.replacing);
            const int at = folder ? indexOf(folder) : -1;
            if (folder && at >= 0) {
                account(*folder, -1);
                beginRemoveRows({}, at, at);
                m_byId.remove(folder->id);
                m_rows.erase(m_rows.begin() + at);
                endRemoveRows();
                batch.cursor = at;
            } else if (folder) { // the folder itself is still pending: it is simply not shown
                account(*folder, -1);
                folder->gone = true;
                m_byId.remove(folder->id);
            }
        }
        if (batch.cursor < 0) { // at the end of the items of the same or higher priority
            const int priority = batch.rows.empty() ? 0 : batch.rows.front()->priority;
            int at = int(m_rows.size());
            while (at > 0 && m_rows[size_t(at - 1)]->priority < priority)
                --at;
            batch.cursor = at;
        }
    }
    std::vector<std::unique_ptr<Row>> slice;
    while (batch.next < batch.rows.size() && slice.size() < size_t(kSliceRows)) {
        std::unique_ptr<Row> &row = batch.rows[batch.next++];
        if (!row->gone)
            slice.push_back(std::move(row));
    }
    if (!slice.empty()) {
        const int at = std::min(batch.cursor, int(m_rows.size()));
        beginInsertRows({}, at, at + int(slice.size()) - 1);
        m_rows.insert(m_rows.begin() + at, std::make_move_iterator(slice.begin()), std::make_move_iterator(slice.end()));
        endInsertRows();
        batch.cursor = at + int(slice.size());
    }
    if (batch.next >= batch.rows.size())
        m_pending.pop_front();
    if (m_pending.empty())
        m_slicer.stop();
}

void QueueModel::applyChanged(const QList<QueueItem> &items)
{
    QList<int> expandedRows;
    for (const QueueItem &item : items) {
        Row *row = m_byId.value(item.id);
        if (!row)
            continue; // not ours (removed meanwhile)
        account(*row, -1);
        const bool wasVisibleFolder = row->isFolder;
        std::unique_ptr<Row> fresh = rowFrom(item);
        fresh->hint = row->hint;
        fresh->speed = item.state == ItemState::Running ? row->speed : 0;
        *row = *fresh;
        account(*row, +1);
        const int at = indexOf(row);
        if (at < 0)
            continue; // pending: goes in as it is now
        if (wasVisibleFolder && item.isFolder && item.state == ItemState::Done)
            expandedRows.append(at);
        else
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (!expandedRows.isEmpty())
        removeRows(expandedRows);
    Q_EMIT totalsChanged();
}

void QueueModel::applyRemoved(const QList<qint64> &ids)
{
    QList<int> rows;
    for (const qint64 id : ids) {
        Row *row = m_byId.take(id);
        if (!row)
            continue;
        account(*row, -1);
        const int at = indexOf(row);
        if (at >= 0)
            rows.append(at);
        else
            row->gone = true;
    }
    removeRows(rows);
    Q_EMIT totalsChanged();
}

void QueueModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    // From the last: contiguous runs go in one removal each.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_byId.remove(m_rows[size_t(r)]->id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        end = start - 1;
    }
}

void QueueModel::applyProgress(const QList<QueueProgress> &updates)
{
    for (const QueueProgress &p : updates) {
        Row *row = m_byId.value(p.id);
        if (!row)
            continue;
        account(*row, -1);
        row->done = p.done;
        if (p.total >= 0)
            row->size = p.total;
        row->speed = p.bytesPerSecond;
        account(*row, +1);
        if (const int at = indexOf(row); at >= 0)
            Q_EMIT dataChanged(index(at, SizeColumn), index(at, TimeLeftColumn));
    }
    if (!updates.isEmpty())
        Q_EMIT totalsChanged();
}

} // namespace ferry::ui
