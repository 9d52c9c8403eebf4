#include "panes/LocalIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include "common/FileIcons.h"

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
    m_folder = FileIcons::folder();
    m_file = FileIcons::forFileName(QString());
    m_link = FileIcons::link();
    m_drive = FileIcons::drive();
    m_computer = FileIcons::computer();
}

QIcon LocalIconProvider::icon(IconType type) const
{
    switch (type) {
    case Computer:
        return m_computer;
    case Drive:
        return m_drive;
    case Folder:
        return m_folder;
    default:
        return m_file;
    }
}

QIcon LocalIconProvider::icon(const QFileInfo &info) const
{
    if (info.isRoot())
        return m_drive;
    if (info.isDir())
        return info.isSymLink() ? m_link : m_folder;
    if (info.isSymLink())
        return m_link;
    return info.isFile() ? FileIcons::forFileName(info.fileName()) : m_file;
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
