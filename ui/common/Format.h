#pragma once
// Shared by both panes: the file-list columns and how sizes, times and permissions read.
// GUI thread (and the sorting helpers, which only read values).

#include <QFileDevice>
#include <QLocale>
#include <QString>

#include "remote/DirEntry.h"
#include "util/HumanSize.h"

namespace ferry::ui {

// The columns of both file lists, in this order.
enum FileColumn
{
    NameColumn,
    SizeColumn,
    TypeColumn,
    ModifiedColumn,
    PermissionsColumn,
    OwnerColumn,
    FileColumnCount
};

QString fileColumnTitle(int column);
// "0 B", "1,023 B", "1.5 KiB", "12.3 MiB": util::humanSize in the user's locale.
inline QString humanSize(qint64 bytes)
{
    return util::humanSize(bytes, QLocale());
}
// "rwxr-xr-x" from Qt's permission flags (owner, group, others).
QString permissionsText(QFileDevice::Permissions permissions);
// A remote entry's modification time in local time, as precise as the server said.
QString modifiedText(const remote::DirEntry &entry);
// "Folder", "Link", "TXT file", "File".
QString typeText(const remote::DirEntry &entry);
// "owner/group", "owner", or empty.
QString ownerText(const QString &owner, const QString &group);

} // namespace ferry::ui
