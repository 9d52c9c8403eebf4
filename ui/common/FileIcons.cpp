#include "common/FileIcons.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QMutex>
#include <QStyle>

#include <functional>

namespace ferry::ui {

namespace {
QMutex g_mutex;

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    QIcon icon = QIcon::fromTheme(name);
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(fallback);
    return icon;
}

// name -> icon, made once (under g_mutex).
QIcon cached(const QString &key, const std::function<QIcon()> &make)
{
    static QHash<QString, QIcon> icons;
    QMutexLocker lock(&g_mutex);
    const auto it = icons.constFind(key);
    if (it != icons.cend())
        return it.value();
    const QIcon icon = make();
    icons.insert(key, icon);
    return icon;
}
} // namespace

void FileIcons::ensureTheme()
{
    const QString current = QIcon::themeName();
    if (!current.isEmpty() && current != QLatin1String("hicolor"))
        return;
    const QStringList bases = QIcon::themeSearchPaths();
    for (const QString &theme :
         {QStringLiteral("Adwaita"), QStringLiteral("breeze"), QStringLiteral("gnome")}) {
        for (const QString &base : bases) {
            if (QFileInfo::exists(base + QLatin1Char('/') + theme + QStringLiteral("/index.theme"))) {
                QIcon::setThemeName(theme);
                return;
            }
        }
    }
}

QIcon FileIcons::forFileName(const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString suffix = dot > 0 ? name.mid(dot + 1).toLower() : QString();
    return cached(QStringLiteral("suffix:") + suffix, [&name, &suffix] {
        static const QMimeDatabase db;
        const QMimeType type = suffix.isEmpty()
                                   ? db.mimeTypeForName(QStringLiteral("application/octet-stream"))
                                   : db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
        QIcon icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
        if (icon.isNull())
            icon = themed(QStringLiteral("text-x-generic"), QStyle::SP_FileIcon);
        return icon;
    });
}

QIcon FileIcons::folder()
{
    return cached(QStringLiteral("folder"),
                  [] { return themed(QStringLiteral("folder"), QStyle::SP_DirIcon); });
}

QIcon FileIcons::link()
{
    return cached(QStringLiteral("link"),
                  [] { return themed(QStringLiteral("emblem-symbolic-link"), QStyle::SP_FileLinkIcon); });
}

QIcon FileIcons::up()
{
    return cached(QStringLiteral("up"),
                  [] { return themed(QStringLiteral("go-up"), QStyle::SP_FileDialogToParent); });
}

QIcon FileIcons::drive()
{
    return cached(QStringLiteral("drive"),
                  [] { return themed(QStringLiteral("drive-harddisk"), QStyle::SP_DriveHDIcon); });
}

QIcon FileIcons::computer()
{
    return cached(QStringLiteral("computer"),
                  [] { return themed(QStringLiteral("computer"), QStyle::SP_ComputerIcon); });
}

} // namespace ferry::ui
