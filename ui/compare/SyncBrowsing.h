#pragma once
// One tab's synchronized browsing (FileZilla's View > Synchronized browsing): switched on
// with the local pane at folder L and the remote pane at R, opening a folder in either
// pane opens the same relative folder in the other (L/a/b <-> R/a/b; going up above L
// goes up above R alike). When the other side has no such folder it is switched off and
// says so (FileZilla does the same). Acts only through the panes' own openFolder.
// GUI thread.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

#include "remote/RemotePath.h"

namespace ferry::ui {

class LocalPane;
class RemotePane;

class SyncBrowsing : public QObject
{
    Q_OBJECT
public:
    SyncBrowsing(LocalPane *local, RemotePane *remote, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    // On: the panes' current folders are the pair the others are relative to. False (and
    // stays off) without a remote folder shown.
    bool setEnabled(bool enabled);

    // The folder on the other side that corresponds to a folder of one side (nullopt:
    // above the other side's root). Pure, for the tests too.
    static QStringList relative(const QStringList &base, const QStringList &path);
    static std::optional<QStringList> apply(const QStringList &base, const QStringList &relative);

Q_SIGNALS:
    void enabledChanged(bool enabled);
    // Why it was switched off, for the status bar and the log.
    void message(const QString &text);

private:
    void localChanged(const QString &path);
    void remoteOpened(const remote::RemotePath &path);
    void remoteFailed(const remote::RemotePath &path, const QString &error);
    void switchOff(const QString &why);

    QPointer<LocalPane> m_local;
    QPointer<RemotePane> m_remote;
    bool m_enabled = false;
    QStringList m_localBase;                   // segments of L
    QStringList m_remoteBase;                  // segments of R
    std::optional<remote::RemotePath> m_asked; // the remote folder opened to follow the local pane
};

} // namespace ferry::ui
