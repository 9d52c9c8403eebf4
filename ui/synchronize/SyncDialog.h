#pragma once
// Transfer > Synchronize...: the options of ferry-cli sync (direction, delete what only
// the target has, compare by size and time or by checksum, excludes) for the current
// tab's local and remote folder; Compare plans in core (sync::SyncPlanning over the
// tab's session: the remote tree several listings at once, the local tree and checksums
// on a connection's worker thread), shows its progress, then the plan as a list the user
// may untick and a summary; Synchronize hands the ticked plan to the tab (runRequested),
// which queues it through the window's queue. Never waits on the network.
// GUI thread.

#include <QDialog>
#include <QPointer>

#include "remote/RemotePath.h"
#include "sync/SyncPlanner.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace ferry::session {
class Session;
} // namespace ferry::session

namespace ferry::sync {
class SyncPlanning;
} // namespace ferry::sync

namespace ferry::ui {

class SyncPlanModel;

class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(session::Session &session, const QString &localFolder, const remote::RemotePath &remoteFolder,
               QWidget *parent = nullptr);
    ~SyncDialog() override;

    // The parts the tests drive.
    QLineEdit *localEdit() const { return m_local; }
    QLineEdit *remoteEdit() const { return m_remote; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *compareBox() const { return m_compare; }
    QCheckBox *deleteBox() const { return m_delete; }
    QLineEdit *excludeEdit() const { return m_exclude; }
    QPushButton *compareButton() const { return m_compareButton; }
    QPushButton *synchronizeButton() const { return m_syncButton; }
    QTreeView *planView() const { return m_view; }
    SyncPlanModel *planModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    // Planning now.
    bool isPlanning() const { return m_planning != nullptr; }

    // The options as chosen (excludes with the queue's partial files added).
    sync::SyncOptions options() const;
    static QStringList excludePatterns(const QString &text);

Q_SIGNALS:
    // Synchronize: carry out plan between these folders.
    void runRequested(const sync::SyncPlan &plan, const QString &localRoot,
                      const remote::RemotePath &remoteRoot, bool remoteMissing);

private:
    void plan();
    void showProgress();
    void planned();
    void showSummary();
    void optionsChanged();

    QPointer<session::Session> m_session;
    QLineEdit *m_local;
    QLineEdit *m_remote;
    QComboBox *m_direction;
    QComboBox *m_compare;
    QCheckBox *m_delete;
    QLineEdit *m_exclude;
    QPushButton *m_compareButton;
    QPushButton *m_syncButton;
    QTreeView *m_view;
    SyncPlanModel *m_model;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    sync::SyncPlanning *m_planning = nullptr;
    QString m_plannedLocal;
    remote::RemotePath m_plannedRemote;
    bool m_remoteMissing = false;
};

} // namespace ferry::ui
