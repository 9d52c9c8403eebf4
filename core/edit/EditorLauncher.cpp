#include "EditorLauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace ferry::edit {

QString EditorLauncher::commandFor(const QMap<QString, QString> &editors, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    QString best;
    qsizetype bestLength = -1;
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        QString ext = it.key().trimmed().toLower();
        while (ext.startsWith(QLatin1Char('.')) || ext.startsWith(QLatin1String("*.")))
            ext = ext.mid(ext.startsWith(QLatin1Char('*')) ? 2 : 1);
        if (ext.isEmpty() || it.value().trimmed().isEmpty())
            continue;
        if (ext == QLatin1String("*")) {
            if (bestLength < 0) {
                best = it.value();
                bestLength = 0;
            }
            continue;
        }
        if (name.endsWith(QLatin1Char('.') + ext) && ext.size() > bestLength) {
            best = it.value();
            bestLength = ext.size();
        }
    }
    return best.trimmed();
}

remote::Status EditorLauncher::launch(const QString &command, const QString &path)
{
    QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty())
        return remote::Error(remote::ErrorKind::Local,
                             QCoreApplication::translate("ferry::edit::EditorLauncher", "No editor command"));
    bool substituted = false;
    for (QString &part : parts) {
        if (part.contains(QLatin1String("%f"))) {
            part.replace(QLatin1String("%f"), path);
            substituted = true;
        }
    }
    if (!substituted)
        parts.append(path);
    const QString program = parts.takeFirst();
    if (!QProcess::startDetached(program, parts))
        return remote::Error(
            remote::ErrorKind::Local,
            QCoreApplication::translate("ferry::edit::EditorLauncher", "Cannot start %1").arg(program));
    return {};
}

} // namespace ferry::edit
