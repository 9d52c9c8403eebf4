#pragma once
// The window's side of View/Edit (F3 / F4): core's EditSessions (download, watch, check,
// upload through the queue) plus what only a window does: opening the downloaded copy
// (the editor chosen for its extension in Settings > Editors, else the desktop's default
// application through QDesktopServices), showing EditSessions' questions with the other
// question dialogs (openQuestionDialog), reporting to the log, asking before a tab or
// the window closes while an edited file is not uploaded yet, and, at start, asking about
// the changed copies a crashed run left (LeftCopiesDialog). Thin: the decisions are
// core's. GUI thread.
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ferry::edit {
class EditSessions;
struct EditCopy;
} // namespace ferry::edit
namespace ferry::session {
class Session;
}
namespace ferry::settings {
class AppSettings;
}
namespace ferry::transfer {
class QueueService;
}

class QWidget;

namespace ferry::ui {

class LeftCopiesDialog;

class EditFiles : public QObject
{
    Q_OBJECT
public:
    EditFiles(transfer::QueueService &queue, settings::AppSettings &settings, QWidget *window);
    ~EditFiles() override;

    edit::EditSessions *sessions() const { return m_sessions; }
    // Runs proceed at once when no file edited through session (nullptr: any) waits for
    // its upload; else asks first (window-modal, never a nested event loop) and runs it
    // only on "Close anyway". The caller then closes; the copies are removed.
    void askBeforeClosing(const session::Session *session, const std::function<void()> &proceed);

Q_SIGNALS:
    // A line for the message log.
    void logged(const QString &text, bool error);

private:
    void openCopy(int id, const QString &path, bool edit);
    void askAboutLeftCopies(const QList<edit::EditCopy> &changed, int removed);

    edit::EditSessions *m_sessions;
    settings::AppSettings &m_settings;
    QPointer<QWidget> m_window;
    QPointer<LeftCopiesDialog> m_leftDialog;
};

} // namespace ferry::ui
