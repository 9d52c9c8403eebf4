#include "common/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace ferry::ui {

QString fileColumnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Name");
    case SizeColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Size");
    case TypeColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Type");
    case ModifiedColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Modified");
    case PermissionsColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Permissions");
    case OwnerColumn:
        return QCoreApplication::translate("ferry::ui::Format", "Owner/Group");
    default:
        return {};
    }
}

QString permissionsText(QFileDevice::Permissions permissions)
{
    quint32 mode = 0;
    if (permissions & QFileDevice::ReadOwner)
        mode |= 0400;
    if (permissions & QFileDevice::WriteOwner)
        mode |= 0200;
    if (permissions & QFileDevice::ExeOwner)
        mode |= 0100;
    if (permissions & QFileDevice::ReadGroup)
        mode |= 0040;
    if (permissions & QFileDevice::WriteGroup)
        mode |= 0020;
    if (permissions & QFileDevice::ExeGroup)
        mode |= 0010;
    if (permissions & QFileDevice::ReadOther)
        mode |= 0004;
    if (permissions & QFileDevice::WriteOther)
        mode |= 0002;
    if (permissions & QFileDevice::ExeOther)
        mode |= 0001;
    return remote::DirEntry::permissionsFromMode(mode);
}

QString modifiedText(const remote::DirEntry &entry)
{
    if (!entry.mtime.isValid())
        return {};
    const QDateTime local = entry.mtimeUtc ? entry.mtime.toLocalTime() : entry.mtime;
    switch (entry.mtimePrecision) {
    case remote::MtimePrecision::None:
        return {};
    case remote::MtimePrecision::Day:
        return local.toString(QStringLiteral("yyyy-MM-dd"));
    case remote::MtimePrecision::Minute:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case remote::MtimePrecision::Second:
    case remote::MtimePrecision::Millisecond:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

QString typeText(const remote::DirEntry &entry)
{
    if (entry.isDir())
        return entry.type == remote::EntryType::Link
                   ? QCoreApplication::translate("ferry::ui::Format", "Link to folder")
                   : QCoreApplication::translate("ferry::ui::Format", "Folder");
    if (entry.type == remote::EntryType::Link)
        return QCoreApplication::translate("ferry::ui::Format", "Link");
    if (entry.type == remote::EntryType::Other)
        return QCoreApplication::translate("ferry::ui::Format", "Special");
    const qsizetype dot = entry.name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == entry.name.size() - 1)
        return QCoreApplication::translate("ferry::ui::Format", "File");
    return QCoreApplication::translate("ferry::ui::Format", "%1 file").arg(entry.name.mid(dot + 1).toUpper());
}

QString ownerText(const QString &owner, const QString &group)
{
    if (group.isEmpty())
        return owner;
    return owner + QLatin1Char('/') + group;
}

} // namespace ferry::ui
