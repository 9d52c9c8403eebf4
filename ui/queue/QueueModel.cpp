#include "QueueModel.h"

#include <QThreadPool>

#include <algorithm>

#include "QueueTabModel.h"
#include "archive/Archive.h"
#include "common/Format.h"
#include "util/PoolTask.h"

namespace ferry::ui {

using transfer::Direction;
using transfer::ItemState;
using transfer::QueueItem;
using transfer::QueueProgress;

QueueModel::QueueModel(QObject *parent) : QObject(parent)
{
    for (int category = 0; category < 3; ++category)
        m_tabs[category] = new QueueTabModel(Category(category), this);
    m_disposer.setMaxThreadCount(1);
    m_slicer.setInterval(0);
    connect(&m_slicer, &QTimer::timeout, this, &QueueModel::insertSlice);
}

QueueModel::~QueueModel() = default;

void QueueModel::setService(transfer::QueueService *service)
{
    connect(service, &transfer::QueueService::itemsReset, this, &QueueModel::applyReset);
    connect(service, &transfer::QueueService::itemsAdded, this, &QueueModel::applyAdded);
    connect(service, &transfer::QueueService::itemsChanged, this, &QueueModel::applyChanged);
    connect(service, &transfer::QueueService::itemsRemoved, this, &QueueModel::applyRemoved);
    connect(service, &transfer::QueueService::progress, this, &QueueModel::applyProgress);
}

QueueModel::Category QueueModel::categoryOf(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
    case ItemState::Running:
    case ItemState::Paused:
        return Category::Queued;
    case ItemState::Failed:
    case ItemState::Cancelled:
    case ItemState::Skipped:
        return Category::Failed;
    case ItemState::Done:
        break;
    }
    return Category::Done;
}

namespace {
QString stateText(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
        return QueueModel::tr("Queued");
    case ItemState::Running:
        return QueueModel::tr("Transferring");
    case ItemState::Paused:
        return QueueModel::tr("Paused");
    case ItemState::Failed:
        return QueueModel::tr("Failed");
    case ItemState::Done:
        return QueueModel::tr("Done");
    case ItemState::Skipped:
        return QueueModel::tr("Skipped");
    case ItemState::Cancelled:
        return QueueModel::tr("Cancelled");
    }
    return {};
}

// How a server-to-server copy went: "FXP" (directly between the servers) or "stream".
QString methodText(const QString &method)
{
    if (method == QLatin1String("fxp"))
        return QStringLiteral("FXP");
    if (method == QLatin1String("stream"))
        return QueueModel::tr("stream");
    return method;
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

QVariant QueueModel::rowData(const QueueRow &row, int column, int role)
{
    const int percent = row.size > 0 ? int(std::min<qint64>(100, row.done * 100 / row.size))
                                     : (row.size == 0 && row.state == ItemState::Done ? 100 : -1);
    switch (role) {
    case IdRole:
        return row.id;
    case CategoryRole:
        return int(categoryOf(row.state));
    case StateRole:
        return int(row.state);
    case PercentRole:
        return percent;
    case SegmentsRole: {
        if (row.state != ItemState::Running || row.segments.empty() || row.size <= 0)
            return QVariantList();
        QVariantList out;
        const double size = double(row.size);
        for (const remote::SegmentRecord::Segment &s : row.segments)
            out << double(s.start) / size << double(s.end) / size << double(s.next) / size;
        return out;
    }
    case Qt::ToolTipRole:
        if (column == ErrorColumn || column == StateColumn)
            return row.error.isEmpty() ? QVariant() : QVariant(row.error);
        if (column == LocalColumn || column == NameColumn)
            return row.local;
        if (column == RemoteColumn)
            return QString(row.site + row.remote);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == SpeedColumn || column == TimeLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (column == DirectionColumn)
            return row.direction == Direction::Upload     ? tr("upload")
                   : row.direction == Direction::Download ? tr("download")
                   : row.method.isEmpty()                 ? tr("server to server")
                                          : tr("server to server (%1)").arg(methodText(row.method));
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn: {
        const QString &path = row.direction == Direction::Upload ? row.local : row.remote;
        const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        return row.isFolder ? tr("%1 (folder)").arg(name) : name;
    }
    case DirectionColumn:
        return row.direction == Direction::Upload     ? QStringLiteral("→")
               : row.direction == Direction::Download ? QStringLiteral("←")
               : row.method.isEmpty()                 ? QStringLiteral("⇄")
                                                      : QStringLiteral("⇄ ") + methodText(row.method);
    case LocalColumn:
        return row.local;
    case RemoteColumn:
        return row.remote;
    case SizeColumn:
        return row.size >= 0 ? humanSize(row.size) : QString();
    case ProgressColumn:
        return percent >= 0 ? QStringLiteral("%1%").arg(percent) : QString();
    case SpeedColumn:
        return row.state == ItemState::Running && row.speed > 0 ? tr("%1/s").arg(humanSize(qint64(row.speed)))
                                                                : QString();
    case TimeLeftColumn:
        return row.state == ItemState::Running && row.speed > 0 && row.size > 0
                   ? durationText(qint64(double(row.size - row.done) / row.speed))
                   : QString();
    case StateColumn:
        return stateText(row.state);
    case ErrorColumn:
        return row.error;
    case ServerColumn:
        return row.direction == Direction::Copy ? QString(row.site + QStringLiteral(" → ") + row.targetSite)
                                                : row.site;
    default:
        return {};
    }
}

QVariant QueueModel::header(int section, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case DirectionColumn:
        return tr("Direction");
    case LocalColumn:
        return tr("Local file");
    case RemoteColumn:
        return tr("Remote file");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case ErrorColumn:
        return tr("Reason");
    case ServerColumn:
        return tr("Server");
    default:
        return {};
    }
}

double QueueModel::speed() const
{
    double total = 0;
    for (const qint64 id : m_running) {
        if (const QueueRow *row = m_byId.value(id))
            total += row->speed;
    }
    return total;
}

QList<qint64> QueueModel::idsInQueueOrder() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_all.size()));
    for (const auto &row : m_all)
        ids.append(row->id);
    return ids;
}

QString QueueModel::localPath(qint64 id) const
{
    const QueueRow *row = m_byId.value(id);
    return row ? row->local : QString();
}

QString QueueModel::remoteUrl(qint64 id) const
{
    const QueueRow *row = m_byId.value(id);
    if (!row)
        return {};
    if (row->site.startsWith(QLatin1String("site:")) || row->direction == Direction::Copy)
        return row->site + QLatin1Char(' ') + row->remote;
    return row->site +
           (row->remote.startsWith(QLatin1Char('/')) ? row->remote : QString(QLatin1Char('/') + row->remote));
}

namespace {
// Bytes done as the panel shows them: a finished file of known size counts whole.
qint64 doneOf(const QueueItem &item)
{
    return item.state == ItemState::Done && item.size >= 0 ? item.size : item.bytesDone;
}
} // namespace

std::unique_ptr<QueueRow> QueueModel::rowFrom(const QueueItem &item)
{
    auto row = std::make_unique<QueueRow>();
    row->id = item.id;
    row->direction = item.direction;
    row->state = item.state;
    row->priority = item.priority;
    row->isFolder = item.isFolder;
    row->size = item.size;
    row->done = doneOf(item);
    row->site = item.site;
    row->targetSite = item.targetSite;
    // A member of an archive shows as ferry-cli names it: ARCHIVE!/member (its name last).
    row->local = item.options.archiveMember.isEmpty()
                     ? item.localPath
                     : archive::joinMemberPath(item.localPath, item.options.archiveMember.mid(1));
    row->remote = item.direction == Direction::Copy
                      ? QString(item.remotePath + QStringLiteral(" → ") + item.targetSite + item.targetPath)
                      : item.remotePath;
    row->error = item.lastError;
    row->method = item.options.method;
    return row;
}

namespace {
bool isExpandedFolder(const QueueItem &item)
{
    return item.isFolder && item.state == ItemState::Done;
}
} // namespace

void QueueModel::account(ItemState state, qint64 size, qint64 done, qint64 id, int sign)
{
    const Category category = categoryOf(state);
    m_counts[int(category)] += sign;
    if (category == Category::Queued && size >= 0) {
        m_totalBytes += sign * size;
        m_doneBytes += sign * std::min(done, size);
    }
    if (state == ItemState::Running) {
        if (sign > 0)
            m_running.append(id);
        else
            m_running.removeOne(id);
    }
}

void QueueModel::account(const QueueRow &row, int sign)
{
    account(row.state, row.size, row.done, row.id, sign);
}

void QueueModel::account(const QueueItem &item, int sign)
{
    account(item.state, item.size, doneOf(item), item.id, sign);
}

QueueModel::PendingRef QueueModel::findPending(qint64 id)
{
    for (Pending &batch : m_pending) {
        qsizetype at = -1;
        if (batch.byId.empty()) { // the items are in id order
            const auto it = std::lower_bound(batch.items.cbegin(), batch.items.cend(), id,
                                             [](const QueueItem &item, qint64 key) { return item.id < key; });
            if (it != batch.items.cend() && it->id == id)
                at = it - batch.items.cbegin();
        } else {
            const auto it =
                std::lower_bound(batch.byId.cbegin(), batch.byId.cend(), id,
                                 [&batch](qsizetype i, qint64 key) { return batch.items.at(i).id < key; });
            if (it != batch.byId.cend() && batch.items.at(*it).id == id)
                at = *it;
        }
        if (at >= batch.next && !batch.gone[size_t(at)])
            return {&batch, at};
    }
    return {};
}

void QueueModel::clear()
{
    m_pending.clear();
    m_partsEnd.clear();
    m_slicer.stop();
    for (QueueTabModel *tab : m_tabs)
        tab->reset({});
    m_byId.clear();
    m_all.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_totalBytes = m_doneBytes = 0;
    m_running.clear();
}

void QueueModel::applyReset(const QList<QueueItem> &items)
{
    clear();
    applyAdded(items, 0); // in the queue's order, a slice per turn when large
}

void QueueModel::applyAdded(const QList<QueueItem> &items, qint64 replacing)
{
    Pending batch;
    batch.items = items; // shared, not copied
    batch.replacing = replacing;
    batch.gone.assign(size_t(items.size()), false);
    bool sorted = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QueueItem &item = items.at(i);
        if (isExpandedFolder(item))
            batch.gone[size_t(i)] = true; // its entries stand for it
        else
            account(item, +1);
        if (i > 0 && items.at(i - 1).id >= item.id)
            sorted = false;
    }
    if (!sorted) {
        batch.byId.resize(size_t(items.size()));
        for (size_t i = 0; i < batch.byId.size(); ++i)
            batch.byId[i] = qsizetype(i);
        std::sort(batch.byId.begin(), batch.byId.end(),
                  [&items](qsizetype a, qsizetype b) { return items.at(a).id < items.at(b).id; });
    }
    m_pending.push_back(std::move(batch));
    insertSlice(); // a small batch goes in at once
    if (!m_pending.empty())
        m_slicer.start();
    Q_EMIT totalsChanged();
}

void QueueModel::renumberAll(size_t from)
{
    for (size_t i = from; i < m_all.size(); ++i)
        m_all[i]->allIndex = int(i);
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
            if (QueueRow *folder = m_byId.value(batch.replacing)) {
                account(*folder, -1);
                batch.cursor = folder->allIndex;
                removeShown({folder});
            } else if (const PendingRef ref = findPending(batch.replacing); ref.batch) {
                account(ref.batch->items.at(ref.index), -1); // never shown
                ref.batch->gone[size_t(ref.index)] = true;
            } else if (QueueRow *previous = m_byId.value(m_partsEnd.value(batch.replacing))) {
                batch.cursor = previous->allIndex + 1; // a later part of the folder's entries
            }
        }
        if (batch.cursor < 0) { // at the end of the items of the same or higher priority
            const int priority = batch.items.isEmpty() ? 0 : batch.items.constFirst().priority;
            size_t at = m_all.size();
            while (at > 0 && m_all[at - 1]->priority < priority)
                --at;
            batch.cursor = int(at);
        }
    }
    std::vector<std::unique_ptr<QueueRow>> made;
    made.reserve(size_t(std::min<qsizetype>(kSliceRows, batch.items.size() - batch.next)));
    while (batch.next < batch.items.size() && made.size() < size_t(kSliceRows)) {
        const qsizetype i = batch.next++;
        if (!batch.gone[size_t(i)])
            made.push_back(rowFrom(batch.items.at(i)));
    }
    if (!made.empty()) {
        const size_t at = std::min(size_t(batch.cursor), m_all.size());
        // The Queued tab is the queue's order filtered: the new rows go before the first
        // of its rows that follows them.
        int queuedAt = tab(Category::Queued)->rowCount();
        for (size_t i = at; i < m_all.size(); ++i) {
            if (m_all[i]->tab == int(Category::Queued)) {
                queuedAt = m_all[i]->tabIndex;
                break;
            }
        }
        std::vector<QueueRow *> into[3];
        for (const auto &row : made) {
            m_byId.insert(row->id, row.get());
            into[int(categoryOf(row->state))].push_back(row.get());
        }
        const size_t count = made.size();
        m_all.insert(m_all.begin() + qsizetype(at), std::make_move_iterator(made.begin()),
                     std::make_move_iterator(made.end()));
        renumberAll(at);
        tab(Category::Queued)->insertAt(queuedAt, into[int(Category::Queued)]);
        tab(Category::Failed)->append(into[int(Category::Failed)]);
        tab(Category::Done)->append(into[int(Category::Done)]);
        batch.cursor = int(at + count);
        if (batch.replacing != 0)
            m_partsEnd.insert(batch.replacing, m_all[at + count - 1]->id);
    }
    if (batch.next >= batch.items.size()) {
        // Freeing 100,000 QueueItems takes longer than a turn may: another thread does it
        // (not Qt's global pool, which the raster paint engine waits on).
        if (batch.items.size() > kSliceRows)
            m_disposer.start(util::poolTask([items = std::move(batch.items)]() mutable { items.clear(); }));
        m_pending.pop_front();
    }
    if (m_pending.empty())
        m_slicer.stop();
}

void QueueModel::removeShown(const QList<QueueRow *> &rows)
{
    if (rows.isEmpty())
        return;
    std::vector<int> indices[3];
    size_t first = m_all.size();
    for (QueueRow *row : rows) {
        indices[row->tab].push_back(row->tabIndex);
        first = std::min(first, size_t(row->allIndex));
        m_byId.remove(row->id);
        row->allIndex = -1;
    }
    for (int category = 0; category < 3; ++category)
        m_tabs[category]->remove(std::move(indices[category]));
    m_all.erase(std::remove_if(m_all.begin() + qsizetype(first), m_all.end(),
                               [](const std::unique_ptr<QueueRow> &row) { return row->allIndex < 0; }),
                m_all.end());
    renumberAll(first);
}

void QueueModel::applyChanged(const QList<QueueItem> &items)
{
    QList<QueueRow *> expanded;
    std::vector<int> leaving[3];
    std::vector<QueueRow *> entering[3];
    std::vector<int> staying[3];
    for (const QueueItem &item : items) {
        if (QueueRow *row = m_byId.value(item.id)) {
            account(*row, -1);
            if (row->isFolder && isExpandedFolder(item)) { // its entries stand for it
                expanded.append(row);
                continue;
            }
            const double speed = item.state == ItemState::Running ? row->speed : 0;
            const int tab = row->tab;
            const int index = row->tabIndex;
            const int allIndex = row->allIndex;
            *row = *rowFrom(item);
            row->speed = speed;
            row->tab = tab;
            row->tabIndex = index;
            row->allIndex = allIndex;
            account(*row, +1);
            const int now = int(categoryOf(row->state));
            if (now == tab) {
                staying[tab].push_back(index);
            } else {
                leaving[tab].push_back(index);
                entering[now].push_back(row);
            }
        } else if (const PendingRef ref = findPending(item.id); ref.batch) {
            QueueItem &waiting = ref.batch->items[ref.index];
            account(waiting, -1);
            if (isExpandedFolder(item)) {
                ref.batch->gone[size_t(ref.index)] = true;
                continue;
            }
            waiting = item;
            account(waiting, +1);
        } // else not ours (removed meanwhile)
    }
    for (int category = 0; category < 3; ++category)
        m_tabs[category]->repaint(std::move(staying[category]), 0, ColumnCount - 1);
    for (int category = 0; category < 3; ++category)
        m_tabs[category]->remove(std::move(leaving[category]));
    removeShown(expanded);
    tab(Category::Failed)->append(entering[int(Category::Failed)]);
    tab(Category::Done)->append(entering[int(Category::Done)]);
    std::vector<QueueRow *> &back = entering[int(Category::Queued)];
    if (back.size() > size_t(kMaxRemovalRuns)) { // many back in the queue (a retry): rebuild
        for (QueueRow *row : back)
            row->tab = int(Category::Queued);
        std::vector<QueueRow *> queued;
        for (const auto &row : m_all) {
            if (row->tab == int(Category::Queued))
                queued.push_back(row.get());
        }
        tab(Category::Queued)->reset(std::move(queued));
    } else {
        std::sort(back.begin(), back.end(),
                  [](const QueueRow *a, const QueueRow *b) { return a->allIndex < b->allIndex; });
        for (QueueRow *row : back) { // before the next row of the queue's order in the tab
            int at = tab(Category::Queued)->rowCount();
            for (size_t i = size_t(row->allIndex) + 1; i < m_all.size(); ++i) {
                if (m_all[i]->tab == int(Category::Queued)) {
                    at = m_all[i]->tabIndex;
                    break;
                }
            }
            tab(Category::Queued)->insertAt(at, {row});
        }
    }
    Q_EMIT totalsChanged();
}

void QueueModel::applyRemoved(const QList<qint64> &ids)
{
    QList<QueueRow *> rows;
    for (const qint64 id : ids) {
        if (QueueRow *row = m_byId.value(id)) {
            account(*row, -1);
            rows.append(row);
        } else if (const PendingRef ref = findPending(id); ref.batch) {
            account(ref.batch->items.at(ref.index), -1);
            ref.batch->gone[size_t(ref.index)] = true;
        }
    }
    removeShown(rows);
    Q_EMIT totalsChanged();
}

void QueueModel::applyProgress(const QList<QueueProgress> &updates)
{
    std::vector<int> rows[3];
    for (const QueueProgress &p : updates) {
        if (QueueRow *row = m_byId.value(p.id)) {
            account(*row, -1);
            row->done = p.done;
            if (p.total >= 0)
                row->size = p.total;
            row->speed = p.bytesPerSecond;
            row->segments = p.segments;
            account(*row, +1);
            rows[row->tab].push_back(row->tabIndex);
        } else if (const PendingRef ref = findPending(p.id); ref.batch) {
            QueueItem &waiting = ref.batch->items[ref.index];
            account(waiting, -1);
            waiting.bytesDone = p.done;
            if (p.total >= 0)
                waiting.size = p.total;
            account(waiting, +1);
        }
    }
    for (int category = 0; category < 3; ++category)
        m_tabs[category]->repaint(std::move(rows[category]), SizeColumn, TimeLeftColumn);
    if (!updates.isEmpty())
        Q_EMIT totalsChanged();
}

} // namespace ferry::ui
