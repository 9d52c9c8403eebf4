#pragma once
// The editor View/Edit opens a file with, when the user chose one for its extension
// (Settings > Editors; AppSettings::editors()): a command line where "%f" stands for the
// file (appended when the command has none). Without a choice the window asks the desktop
// (QDesktopServices::openUrl, the default application for the type). A plain helper with
// no state; QProcess::startDetached, so Ferry never waits for the editor.
#include <QMap>
#include <QString>

#include "base/Result.h"

namespace ferry::edit {

class EditorLauncher
{
public:
    // The command chosen for fileName's extension (compared without case; the longest
    // match wins, so "tar.gz" beats "gz"), or "*" as a catch-all; empty when none is.
    static QString commandFor(const QMap<QString, QString> &editors, const QString &fileName);
    // Starts command for path, detached.
    static remote::Status launch(const QString &command, const QString &path);
};

} // namespace ferry::edit
