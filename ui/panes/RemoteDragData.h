#pragma once
// What a drag of remote entries out of the remote pane carries. Inside the window (and
// to another Ferry) it is kRemoteEntriesMime, read at once. Out to the desktop nothing
// is fetched before the drop: Qt asks the drag's data for a format only when a drop
// target requests it (retrieveData). A file manager that speaks X Direct Save
// (DirectSave.h) asks for XdndDirectSave0 after naming a file in the folder the drop
// landed on: the entries are then queued for download into that folder
// (directSaveRequested) and the answer is "S", or "F" with a message when the URL is not
// a local folder the user can write. A target that asks for anything else (text/uri-list
// from a file manager without XDS, a text editor) gets nothing, and the message says to
// drop onto a file manager's folder. GUI thread.

#include <QMimeData>

#include "panes/TransferMime.h"

namespace ferry::ui {

class RemoteDragData : public QMimeData
{
    Q_OBJECT
public:
    // origin: the remote pane the drag starts in (paneOrigin()).
    RemoteDragData(const QString &site, const remote::RemotePath &folder,
                   const QList<remote::DirEntry> &entries, const QString &origin = {});

    const RemoteDrag &drag() const { return m_drag; }
    // The file name offered to an XDS target: the entry's name, or the remote folder's
    // name for several entries.
    const QString &suggestedName() const { return m_name; }
    // Names suggestedName() on the drag's source window once the drag has started (on the
    // drag's own event loop). Nothing happens where XDS is not available.
    void offerDirectSave();

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

    // The message shown when a target asks for data without naming a folder.
    static QString noFolderMessage();

Q_SIGNALS:
    // An XDS target named folder: download the drag's entries there.
    void directSaveRequested(const QList<ferry::transfer::RemoteSource> &sources,
                             const QString &folder) const;
    // For the message log and the status bar.
    void message(const QString &text, bool error) const;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QVariant directSave() const;

    RemoteDrag m_drag;
    QString m_name;
    mutable bool m_saved = false;   // answered "S" once: a second request queues nothing
    mutable bool m_refused = false; // said once that the target named no folder
};

} // namespace ferry::ui
