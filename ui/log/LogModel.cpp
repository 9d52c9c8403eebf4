#include "log/LogModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace ferry::ui {

using session::LogEntry;

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent) {}

void LogModel::append(const LogEntry &entry, const QString &password)
{
    if (m_entries.size() >= kMaxEntries) {
        const int drop = kMaxEntries / 5;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    LogEntry clean = entry;
    clean.text = LogEntry::redacted(entry.text, password);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(clean);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case KindColumn:
            switch (entry.kind) {
            case LogEntry::Kind::Status:
                return tr("Status");
            case LogEntry::Kind::Command:
                return tr("Command");
            case LogEntry::Kind::Reply:
                return tr("Reply");
            case LogEntry::Kind::Warning:
                return tr("Warning");
            case LogEntry::Kind::Error:
                return tr("Error");
            }
            return {};
        case TextColumn:
            return entry.text;
        }
        return {};
    case Qt::ToolTipRole:
        return entry.time.toLocalTime().toString(Qt::ISODateWithMs);
    case Qt::ForegroundRole:
        return entry.kind == LogEntry::Kind::Status
                   ? QVariant()
                   : QVariant(kindColour(entry.kind, QGuiApplication::palette()));
    }
    return {};
}

QColor LogModel::kindColour(LogEntry::Kind kind, const QPalette &palette)
{
    // Two sets, picked by the palette's base: darker tones on a light base, lighter ones
    // on a dark base (the dark theme), each readable on its own (contrast 4.5:1 or more).
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case LogEntry::Kind::Status:
        return palette.color(QPalette::Text);
    case LogEntry::Kind::Command:
        return dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x2a, 0x6f, 0xdb);
    case LogEntry::Kind::Reply:
        return dark ? QColor(0x7d, 0xd8, 0x8c) : QColor(0x25, 0x7a, 0x33);
    case LogEntry::Kind::Warning:
        return dark ? QColor(0xff, 0xb8, 0x57) : QColor(0x9e, 0x5d, 0x00);
    case LogEntry::Kind::Error:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xd3, 0x2f, 0x2f);
    }
    return palette.color(QPalette::Text);
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Message");
    }
    return {};
}

void LogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), {Qt::DisplayRole});
}

} // namespace ferry::ui
