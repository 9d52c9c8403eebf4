#include "common/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace ferry::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ferry::ui::Format", text);
}
} // namespace

QString fileColumnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case ModifiedColumn:
        return tr("Modified");
    case PermissionsColumn:
        return tr("Permissions");
    case OwnerColumn:
        return tr("Owner/Group");
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
        return entry.type == remote::EntryType::Link ? tr("Link to folder") : tr("Folder");
    if (entry.type == remote::EntryType::Link)
        return tr("Link");
    if (entry.type == remote::EntryType::Other)
        return tr("Special");
    const qsizetype dot = entry.name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == entry.name.size() - 1)
        return tr("File");
    return tr("%1 file").arg(entry.name.mid(dot + 1).toUpper());
}

QString ownerText(const QString &owner, const QString &group)
{
    if (group.isEmpty())
        return owner;
    return owner + QLatin1Char('/') + group;
}

} // namespace ferry::ui
