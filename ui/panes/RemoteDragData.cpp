#include "panes/RemoteDragData.h"

#include <QTimer>

#include "panes/DirectSave.h"

namespace ferry::ui {

RemoteDragData::RemoteDragData(const QString &site, const remote::RemotePath &folder,
                               const QList<remote::DirEntry> &entries, const QString &origin)
{
    setData(kRemoteEntriesMime, remoteEntriesJson(site, folder, entries, origin));
    m_drag = remoteEntriesOf(this);
    if (m_drag.sources.size() == 1)
        m_name = remote::RemotePath(m_drag.sources.first().path).name();
    else
        m_name = folder.isRoot() ? QStringLiteral("download") : folder.name();
}

void RemoteDragData::offerDirectSave()
{
    if (!DirectSave::available() || m_drag.sources.isEmpty())
        return;
    // QDrag::exec() makes Qt the owner of XdndSelection, then runs its own event loop:
    // this runs on that loop's first turn, before any target can see a drop.
    QTimer::singleShot(0, this, [this] { DirectSave::offer(m_name); });
}

QString RemoteDragData::noFolderMessage()
{
    return tr(
        "Nothing downloaded: drop onto a file manager folder to download there; this target did not name a "
        "folder");
}

QStringList RemoteDragData::formats() const
{
    QStringList out{kRemoteEntriesMime};
    if (DirectSave::available())
        out << QString::fromLatin1(DirectSave::kFormat);
    // Offered so that a file manager without XDS takes the drop and asks: it then hears
    // (through the message) what to do instead.
    out << QStringLiteral("text/uri-list");
    return out;
}

bool RemoteDragData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant RemoteDragData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == kRemoteEntriesMime)
        return QMimeData::retrieveData(mimeType, type);
    if (mimeType == QLatin1String(DirectSave::kFormat) && DirectSave::available())
        return directSave();
    if (!m_refused) {
        m_refused = true;
        Q_EMIT message(noFolderMessage(), true);
    }
    return {};
}

QVariant RemoteDragData::directSave() const
{
    if (m_saved)
        return QByteArray("S");
    const std::optional<QByteArray> url = DirectSave::requestedUrl();
    if (!url) {
        Q_EMIT message(noFolderMessage(), true);
        return QByteArray("F");
    }
    QString why;
    const std::optional<QString> folder = DirectSave::folderOf(*url, &why);
    if (!folder) {
        Q_EMIT message(tr("Nothing downloaded: %1").arg(why), true);
        return QByteArray("F");
    }
    m_saved = true;
    Q_EMIT directSaveRequested(m_drag.sources, *folder);
    return QByteArray("S");
}

} // namespace ferry::ui
