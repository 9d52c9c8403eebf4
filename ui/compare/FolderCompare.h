#pragma once
// One tab's folder comparison (FileZilla's View > Directory comparison): while it is on,
// the local pane's folder and the remote pane's folder are compared by name
// (sync::FolderComparison, the sync's rules: the site's time-zone offset, each listing's
// precision) and both lists colour their rows by the result; "hide identical files"
// leaves the identical ones out of both. It compares again whenever either pane opens
// another folder or its listing changes (a refresh, QFileSystemModel noticing a change,
// a new listing), coalesced to one comparison per event-loop turn; a big folder is
// compared on a pool thread. A legend (a small bar
// under the panes) says what the colours mean while the comparison is on.
// GUI thread.

#include <QObject>
#include <QPointer>

#include "remote/DirEntry.h"
#include "remote/RemotePath.h"
#include "sync/FolderComparison.h"

class QLabel;
class QTimer;
class QWidget;

namespace ferry::ui {

class LocalPane;
class RemotePane;

class FolderCompare : public QObject
{
    Q_OBJECT
public:
    // The legend is made as a child of legendParent (hidden while the comparison is off).
    FolderCompare(LocalPane *local, RemotePane *remote, QWidget *legendParent);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    sync::FolderComparison::Mode mode() const { return m_mode; }
    void setMode(sync::FolderComparison::Mode mode);
    bool hidesIdentical() const { return m_hideIdentical; }
    void setHideIdentical(bool hide);
    QWidget *legend() const { return m_legend; }

    // Up to this many entries (both sides) are compared on the GUI thread at once; more
    // on a pool thread.
    static constexpr int kSyncCompareLimit = 4000;

    // Compares now (also what the coalescing timer runs; a big folder's result follows).
    void compareNow();
    // The last comparison (empty sides when off or nothing to compare).
    const sync::FolderComparison::Result &result() const { return m_result; }
    // After a language change.
    void retranslate();

Q_SIGNALS:
    // A comparison was made (or cleared).
    void compared();

protected:
    // The legend's swatches follow a theme change (light, dark).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paintSwatches();
    void schedule();
    void clearMarks();
    void apply(const sync::FolderComparison::Result &result, const QString &localFolder,
               const remote::RemotePath &remoteFolder);
    // Pure: reads the local files' sizes and times and compares; any thread.
    static sync::FolderComparison::Result compareEntries(const QStringList &localPaths,
                                                         const QList<remote::DirEntry> &remoteEntries,
                                                         const sync::FolderComparison::Options &options);

    QPointer<LocalPane> m_local;
    QPointer<RemotePane> m_remote;
    QWidget *m_legend;
    QList<QLabel *> m_legendTexts;
    QTimer *m_timer;
    quint64 m_generation = 0; // bumped by every comparison asked for
    bool m_enabled = false;
    bool m_hideIdentical = false;
    sync::FolderComparison::Mode m_mode = sync::FolderComparison::Mode::Time;
    sync::FolderComparison::Result m_result;
};

} // namespace ferry::ui
