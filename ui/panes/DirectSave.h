#pragma once
// The source side of the X Direct Save protocol (XDS,
// https://freedesktop.org/wiki/Specifications/XDS), which Dolphin, Nautilus, Thunar and
// Caja speak as drop targets: a drag out of the remote pane names a file in the property
// XdndDirectSave0 of the drag's source window (Qt's XdndSelection owner); the file
// manager the drop lands on writes back a file:// URL in the folder it shows and asks
// for the selection as XdndDirectSave0; the answer is "S" (saved: we queue the download
// into that folder) or "F" (failed). The only X11 code of the window lives in
// DirectSave.cpp, built with xcb where it is found; elsewhere (Wayland, other platforms)
// available() is false and the drag offers no XDS. GUI thread.

#include <QByteArray>
#include <QString>

#include <optional>

namespace ferry::ui {

namespace DirectSave {

inline constexpr char kFormat[] = "XdndDirectSave0";

// The window runs on X11 (Qt's xcb platform) and Ferry was built with xcb.
bool available();
// Names fileName in the property of the drag's source window; call once the drag has
// started (Qt owns XdndSelection then). False when there is no drag to name it on.
bool offer(const QString &fileName);
// What the drop target wrote into the property (a file:// URL), or nullopt.
std::optional<QByteArray> requestedUrl();

// The folder a target's URL names, checked: a file:// URL of this machine (no host, or
// "localhost") whose folder exists and the user can write; else nullopt and *error says
// why, for the message log.
std::optional<QString> folderOf(const QByteArray &url, QString *error);

} // namespace DirectSave

} // namespace ferry::ui
