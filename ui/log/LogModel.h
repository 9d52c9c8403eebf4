#pragma once
// The message log at the bottom of the window: time, kind, text, one colour per kind.
// Passwords are masked on the way in (LogEntry::redacted), so none is ever shown. Keeps
// the newest kMaxEntries lines. GUI thread.

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPalette>

#include "session/LogEntry.h"

namespace ferry::ui {

class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        TextColumn,
        ColumnCount
    };
    static constexpr int kMaxEntries = 5000;
    // A line's colour by its kind, from the application palette (ForegroundRole; none
    // for Status, which keeps the view's text colour): readable on light and dark bases.
    static QColor kindColour(session::LogEntry::Kind kind, const QPalette &palette);

    explicit LogModel(QObject *parent = nullptr);

    // Adds a line; password is masked in it when given.
    void append(const session::LogEntry &entry, const QString &password = {});
    const session::LogEntry &entryAt(int row) const { return m_entries.at(row); }
    void clear();
    // After a language change: the headers and the kinds' names are read again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<session::LogEntry> m_entries;
};

} // namespace ferry::ui
