#include "panes/LocalIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace ferry::ui {

LocalIconProvider *LocalIconProvider::shared()
{
    static auto *provider = new LocalIconProvider; // intentionally never deleted, see header
    return provider;
}

LocalIconProvider::LocalIconProvider()
{
    // Made once on the GUI thread; QIcon copies are then safe to hand out from the
    // gatherer thread.
    QStyle *style = QApplication::style();
    m_folder = style->standardIcon(QStyle::SP_DirIcon);
    m_file = style->standardIcon(QStyle::SP_FileIcon);
    m_link = style->standardIcon(QStyle::SP_FileLinkIcon);
    m_drive = style->standardIcon(QStyle::SP_DriveHDIcon);
    m_computer = style->standardIcon(QStyle::SP_ComputerIcon);
}

QIcon LocalIconProvider::icon(IconType type) const
{
    switch (type) {
    case Computer: return m_computer;
    case Drive: return m_drive;
    case Folder: return m_folder;
    default: return m_file;
    }
}

QIcon LocalIconProvider::icon(const QFileInfo &info) const
{
    if (info.isRoot())
        return m_drive;
    if (info.isDir())
        return info.isSymLink() ? m_link : m_folder;
    return info.isSymLink() ? m_link : m_file;
}

QString LocalIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QApplication::translate("ferry::ui::Format", "Folder");
    if (!info.isFile())
        return QApplication::translate("ferry::ui::Format", "Special");
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return QApplication::translate("ferry::ui::Format", "File");
    return QApplication::translate("ferry::ui::Format", "%1 file").arg(suffix.toUpper());
}

} // namespace ferry::ui
