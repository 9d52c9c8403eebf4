#pragma once
// The transfer queue at the bottom of the window, as FileZilla shows it: tabs for Queued
// files, Failed transfers and Successful transfers (each with its count), a context menu
// on the items, and under them the total progress, speed, time left and a speed graph of
// the last minute. All changes go to the QueueService; the views show its batches.
// GUI thread.

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace ferry::transfer {
class QueueService;
} // namespace ferry::transfer

namespace ferry::archive {
class ArchiveJobs;
} // namespace ferry::archive

namespace ferry::ui {

class LocalJobsModel;
class QueueModel;
class SpeedGraph;

class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        QueuedTab,
        FailedTab,
        DoneTab,
        LocalTab // "Local operations": extracting, compressing (setArchiveJobs)
    };

    // service must outlive the panel.
    explicit QueuePanel(transfer::QueueService *service, QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }
    // Adds the "Local operations" tab: jobs' rows with their progress and Cancel.
    void setArchiveJobs(archive::ArchiveJobs *jobs);
    LocalJobsModel *localJobs() const { return m_localModel; }
    QTreeView *localView() const { return m_localView; }
    QAction *cancelLocalAction() const { return m_cancelLocal; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *view(Tab tab) const { return tab == LocalTab ? m_localView : m_views[tab]; }
    SpeedGraph *speedGraph() const { return m_graph; }
    QLabel *totalsLabel() const { return m_totals; }
    // The selected items' ids in the current tab.
    QList<qint64> selectedIds() const;
    // The item actions, enabled for the current selection (for menus and tests).
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *retryAction() const { return m_retry; }
    QAction *removeAction() const { return m_remove; }
    QAction *clearFinishedAction() const { return m_clearFinished; }
    // The context menu for the current selection (built fresh, owned by the caller).
    QMenu *createContextMenu(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Each column at least as wide as its title in the language now shown.
    void fitTitles();
    void updateTotals();
    void updateActions();
    void move(int where);
    void setPriority(int priority);
    void openLocalFolder();
    void copyRemoteUrl();

    transfer::QueueService *m_service;
    QueueModel *m_model;
    QTabWidget *m_tabs;
    QTreeView *m_views[3] = {};
    QLabel *m_totals;
    SpeedGraph *m_graph;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_retry;
    QAction *m_remove;
    QAction *m_clearFinished;
    archive::ArchiveJobs *m_jobs = nullptr;
    LocalJobsModel *m_localModel = nullptr;
    QTreeView *m_localView = nullptr;
    QAction *m_cancelLocal = nullptr;
    QAction *m_clearLocal = nullptr;
    void updateLocalTab();
};

} // namespace ferry::ui
