#pragma once
// File-type icons from the desktop's icon theme (text-x-generic, image-png, ...), by the
// file name's extension only (never the content: a FIFO would block), the same for
// both panes; the standard style icons when the theme has none. ".." has one icon on
// both panes. Icons are made once per type and kept.
//
// Any thread: QFileSystemModel's gatherer thread asks for icons too; the cache is locked.

#include <QIcon>
#include <QString>

namespace ferry::ui {

class FileIcons
{
public:
    // Picks an icon theme when the platform gave none (a bare X session, Xvfb): the
    // first installed of Adwaita, breeze, gnome. GUI thread, before the first icon.
    static void ensureTheme();

    static QIcon forFileName(const QString &name);
    static QIcon folder();
    static QIcon link();
    static QIcon up();
    static QIcon drive();
    static QIcon computer();
};

} // namespace ferry::ui
