#include "synchronize/SyncPlanModel.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include "common/Format.h"

namespace ferry::ui {

using sync::SyncAction;
using Kind = SyncAction::Kind;
using Reason = SyncAction::Reason;

namespace {

bool under(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) &&
           path.at(folder.size()) == QLatin1Char('/');
}

} // namespace

SyncPlanModel::SyncPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncPlanModel::setPlan(const sync::SyncPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    for (const SyncAction &a : plan.actions) {
        if (a.changes())
            m_rows.append(a);
    }
    m_checked = QList<bool>(m_rows.size(), true);
    endResetModel();
    Q_EMIT checkedChanged();
}

void SyncPlanModel::clear()
{
    setPlan({});
}

sync::SyncPlan SyncPlanModel::checkedPlan() const
{
    sync::SyncPlan out;
    out.options = m_plan.options;
    int row = 0;
    for (const SyncAction &a : m_plan.actions) {
        if (!a.changes()) {
            out.actions.append(a);
            continue;
        }
        if (m_checked.at(row++))
            out.actions.append(a);
    }
    return out;
}

int SyncPlanModel::checkedCount() const
{
    return int(std::count(m_checked.cbegin(), m_checked.cend(), true));
}

QString SyncPlanModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Upload:
        return tr("Upload");
    case Kind::Download:
        return tr("Download");
    case Kind::MakeDir:
        return tr("Create folder");
    case Kind::Delete:
        return tr("Delete");
    case Kind::Skip:
        break;
    }
    return tr("Skip");
}

QString SyncPlanModel::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::OnlySource:
        return tr("only on the source");
    case Reason::SizeDiffers:
        return tr("size differs");
    case Reason::Newer:
        return tr("newer on the source");
    case Reason::ChecksumDiffers:
        return tr("checksum differs");
    case Reason::TypeDiffers:
        return tr("file against folder");
    case Reason::OnlyTarget:
        return tr("only on the target");
    case Reason::Identical:
        return tr("identical");
    case Reason::TargetNewer:
        return tr("newer on the target");
    case Reason::NotAFile:
        break;
    }
    return tr("not a file or folder");
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncAction &a = m_rows.at(index.row());
    const bool removes = a.kind == Kind::Delete;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActionColumn:
            return kindText(a.kind);
        case PathColumn:
            return a.isDir ? a.relativePath + QLatin1Char('/') : a.relativePath;
        case ReasonColumn:
            return reasonText(a.reason);
        case SizeColumn:
            return a.size >= 0 ? humanSize(a.size) : QString();
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == ActionColumn
                   ? QVariant(m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked)
                   : QVariant();
    case Qt::DecorationRole:
        if (index.column() == ActionColumn && removes)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (removes) // deletes stand out, readable in a light and a dark palette
            return QApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                   : QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::AccessibleTextRole:
        return QString(SyncAction::kindName(a.kind) + QLatin1Char(' ') + a.relativePath);
    }
    return {};
}

bool SyncPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ActionColumn || !index.isValid())
        return false;
    setRowChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

void SyncPlanModel::setRowChecked(int row, bool checked)
{
    const SyncAction &a = m_rows.at(row);
    QList<bool> next = m_checked;
    next[row] = checked;
    for (int i = 0; i < m_rows.size(); ++i) {
        const SyncAction &b = m_rows.at(i);
        if (i != row && b.relativePath == a.relativePath)
            next[i] = checked; // both halves of a type clash
        // A new folder unticked: nothing goes into it.
        if (!checked && a.kind == Kind::MakeDir && under(b.relativePath, a.relativePath))
            next[i] = false;
        // Something ticked inside a new folder: the folder is made.
        if (checked && b.kind == Kind::MakeDir && under(a.relativePath, b.relativePath))
            next[i] = true;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (next.at(i) != m_checked.at(i)) {
            m_checked[i] = next.at(i);
            const QModelIndex changed = index(i, ActionColumn);
            Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
        }
    }
    Q_EMIT checkedChanged();
}

Qt::ItemFlags SyncPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActionColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case PathColumn:
        return tr("Path");
    case ReasonColumn:
        return tr("Why");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace ferry::ui
