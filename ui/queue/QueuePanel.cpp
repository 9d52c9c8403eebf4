#include "QueuePanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include "ProgressDelegate.h"
#include "QueueModel.h"
#include "QueueTabModel.h"
#include "SpeedGraph.h"
#include "archive/ArchiveJobs.h"
#include "common/Format.h"
#include "queue/LocalJobsModel.h"
#include "transfer/QueueService.h"

namespace ferry::ui {

using transfer::ItemState;
using transfer::QueueService;

QueuePanel::QueuePanel(QueueService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new QueueModel(this)), m_tabs(new QTabWidget(this)),
      m_totals(new QLabel(this)), m_graph(new SpeedGraph(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    setAccessibleName(tr("Transfer queue"));
    m_model->setService(service);

    m_pause = new QAction(tr("&Pause"), this);
    m_resume = new QAction(tr("&Resume"), this);
    m_retry = new QAction(tr("Re&try"), this);
    m_remove = new QAction(tr("Re&move"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_clearFinished = new QAction(tr("&Clear finished"), this);
    addAction(m_remove);
    connect(m_pause, &QAction::triggered, this, [this] { m_service->pause(selectedIds()); });
    connect(m_resume, &QAction::triggered, this, [this] { m_service->resume(selectedIds()); });
    connect(m_retry, &QAction::triggered, this, [this] { m_service->retry(selectedIds()); });
    connect(m_remove, &QAction::triggered, this, [this] { m_service->remove(selectedIds()); });
    connect(m_clearFinished, &QAction::triggered, this, [this] { m_service->clearFinished(); });

    const char *names[] = {"queuedView", "failedView", "doneView"};
    for (int tab = QueuedTab; tab <= DoneTab; ++tab) {
        auto *view = new QTreeView(m_tabs);
        view->setObjectName(QLatin1String(names[tab]));
        view->setModel(m_model->tab(QueueModel::Category(tab)));
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true); // 100,000 rows scroll without measuring each
        view->setAlternatingRowColors(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setItemDelegateForColumn(QueueModel::ProgressColumn, new ProgressDelegate(view));
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->header()->setStretchLastSection(true);
        view->header()->resizeSection(QueueModel::NameColumn, 180);
        view->header()->resizeSection(QueueModel::DirectionColumn, 90);
        view->header()->resizeSection(QueueModel::LocalColumn, 220);
        view->header()->resizeSection(QueueModel::RemoteColumn, 220);
        view->header()->resizeSection(QueueModel::SizeColumn, 80);
        view->header()->resizeSection(QueueModel::ProgressColumn, 110);
        view->header()->resizeSection(QueueModel::SpeedColumn, 90);
        view->header()->resizeSection(QueueModel::TimeLeftColumn, 70);
        view->header()->resizeSection(QueueModel::StateColumn, 90);
        // Speed and time left mean nothing once finished; a reason only where one failed.
        view->setColumnHidden(QueueModel::SpeedColumn, tab != QueuedTab);
        view->setColumnHidden(QueueModel::TimeLeftColumn, tab != QueuedTab);
        view->setColumnHidden(QueueModel::ErrorColumn, tab != FailedTab);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
            QMenu *menu = createContextMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(view->viewport()->mapToGlobal(at));
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &QueuePanel::updateActions);
        m_views[tab] = view;
        m_tabs->addTab(view, QString());
    }
    m_views[QueuedTab]->setAccessibleName(tr("Queued files"));
    m_views[FailedTab]->setAccessibleName(tr("Failed transfers"));
    m_views[DoneTab]->setAccessibleName(tr("Successful transfers"));
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->setAccessibleName(tr("Transfer queue tabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Transfer queue tabs"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueuePanel::updateActions);

    m_totals->setObjectName(QStringLiteral("queueTotals"));
    m_totals->setAccessibleName(tr("Queue totals"));
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 2);
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_graph);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_model, &QueueModel::totalsChanged, this, &QueuePanel::updateTotals);
    auto *sampler = new QTimer(this);
    connect(sampler, &QTimer::timeout, this, [this] { m_graph->addSample(m_model->speed()); });
    sampler->start(1000);
    updateTotals();
    updateActions();
    fitTitles();
}

void QueuePanel::setArchiveJobs(archive::ArchiveJobs *jobs)
{
    if (m_jobs || !jobs)
        return;
    m_jobs = jobs;
    m_localModel = new LocalJobsModel(jobs, this);
    m_localView = new QTreeView(m_tabs);
    m_localView->setObjectName(QStringLiteral("localOperationsView"));
    m_localView->setAccessibleName(tr("Local operations"));
    m_localView->setModel(m_localModel);
    m_localView->setRootIsDecorated(false);
    m_localView->setUniformRowHeights(true);
    m_localView->setAlternatingRowColors(true);
    m_localView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_localView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_localView->setItemDelegateForColumn(LocalJobsModel::ProgressColumn, new ProgressDelegate(m_localView));
    m_localView->header()->setStretchLastSection(true);
    m_localView->header()->resizeSection(LocalJobsModel::OperationColumn, 90);
    m_localView->header()->resizeSection(LocalJobsModel::NameColumn, 200);
    m_localView->header()->resizeSection(LocalJobsModel::TargetColumn, 260);
    m_localView->header()->resizeSection(LocalJobsModel::ProgressColumn, 110);
    m_localView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_cancelLocal = new QAction(tr("&Cancel"), this);
    m_cancelLocal->setObjectName(QStringLiteral("cancelLocalOperation"));
    m_cancelLocal->setShortcut(QKeySequence::Delete);
    m_cancelLocal->setShortcutContext(Qt::WidgetShortcut);
    m_localView->addAction(m_cancelLocal);
    m_clearLocal = new QAction(tr("&Clear finished"), this);
    connect(m_cancelLocal, &QAction::triggered, this, [this] {
        for (const QModelIndex &index : m_localView->selectionModel()->selectedRows())
            m_jobs->cancel(m_localModel->idAt(index.row()));
    });
    connect(m_clearLocal, &QAction::triggered, this, [this] { m_jobs->clearFinished(); });
    connect(m_localView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        updateLocalTab();
        auto *menu = new QMenu(this);
        menu->setAccessibleName(tr("Local operation actions"));
        menu->addAction(m_cancelLocal);
        menu->addAction(m_clearLocal);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_localView->viewport()->mapToGlobal(at));
    });
    connect(m_localView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePanel::updateLocalTab);
    connect(m_localModel, &LocalJobsModel::countsChanged, this, &QueuePanel::updateLocalTab);
    // A new job shows its tab, as FileZilla's queue shows a new transfer.
    connect(m_localModel, &QAbstractItemModel::rowsInserted, this,
            [this] { m_tabs->setCurrentWidget(m_localView); });
    m_tabs->addTab(m_localView, QString());
    updateLocalTab();
}

void QueuePanel::updateLocalTab()
{
    if (!m_localModel)
        return;
    const QString text = tr("Local operations (%1)").arg(m_localModel->activeCount());
    if (m_tabs->tabText(LocalTab) != text)
        m_tabs->setTabText(LocalTab, text);
    bool cancellable = false;
    for (const QModelIndex &index : m_localView->selectionModel()->selectedRows()) {
        if (const archive::ArchiveJob *job = m_localModel->jobAt(index.row()); job && !job->finished())
            cancellable = true;
    }
    m_cancelLocal->setEnabled(cancellable);
    m_clearLocal->setEnabled(m_localModel->rowCount() > m_localModel->activeCount());
}

QList<qint64> QueuePanel::selectedIds() const
{
    if (m_tabs->currentIndex() > DoneTab)
        return {};
    const QTreeView *view = m_views[m_tabs->currentIndex()];
    const QueueTabModel *tab = m_model->tab(QueueModel::Category(m_tabs->currentIndex()));
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids; // in queue order
    for (const QModelIndex &index : rows)
        ids.append(tab->idAt(index.row()));
    return ids;
}

QMenu *QueuePanel::createContextMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Queue item actions"));
    const bool any = !selectedIds().isEmpty();
    menu->addAction(m_pause);
    menu->addAction(m_resume);
    menu->addAction(m_retry);
    menu->addAction(m_remove);
    menu->addSeparator();
    QMenu *moveMenu = menu->addMenu(tr("&Move"));
    moveMenu->setEnabled(any && m_tabs->currentIndex() == QueuedTab);
    const QString moves[] = {tr("To the &top"), tr("&Up"), tr("&Down"), tr("To the &bottom")};
    for (int where = 0; where < 4; ++where)
        connect(moveMenu->addAction(moves[where]), &QAction::triggered, this, [this, where] { move(where); });
    QMenu *priority = menu->addMenu(tr("&Priority"));
    priority->setEnabled(any && m_tabs->currentIndex() == QueuedTab);
    const std::pair<int, QString> levels[] = {
        {2, tr("&Highest")}, {1, tr("H&igh")}, {0, tr("&Normal")}, {-1, tr("&Low")}, {-2, tr("L&owest")}};
    for (const auto &[level, text] : levels)
        connect(priority->addAction(text), &QAction::triggered, this,
                [this, level = level] { setPriority(level); });
    menu->addSeparator();
    QAction *open = menu->addAction(tr("Open &local folder"), this, &QueuePanel::openLocalFolder);
    open->setEnabled(selectedIds().size() == 1);
    QAction *copy = menu->addAction(tr("Copy remote &URL"), this, &QueuePanel::copyRemoteUrl);
    copy->setEnabled(any);
    menu->addSeparator();
    menu->addAction(m_clearFinished);
    return menu;
}

void QueuePanel::updateActions()
{
    bool running = false, queued = false, paused = false, finished = false;
    const QTreeView *view = m_tabs->currentIndex() <= DoneTab ? m_views[m_tabs->currentIndex()] : nullptr;
    const QModelIndexList rows = view ? view->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &index : rows) {
        switch (ItemState(index.data(QueueModel::StateRole).toInt())) {
        case ItemState::Running:
            running = true;
            break;
        case ItemState::Queued:
            queued = true;
            break;
        case ItemState::Paused:
            paused = true;
            break;
        default:
            finished = true;
            break;
        }
    }
    const bool failedTab = m_tabs->currentIndex() == FailedTab;
    m_pause->setEnabled(running || queued);
    m_resume->setEnabled(paused);
    m_retry->setEnabled(finished && failedTab);
    m_remove->setEnabled(running || queued || paused || finished);
    m_clearFinished->setEnabled(m_model->count(QueueModel::Category::Done) > 0);
}

// On a language change: the actions, the tabs, the totals, and the headers and states the
// views read from the models (repainted: the models translate as they answer).
void QueuePanel::fitTitles()
{
    // Each column at least as wide as its title in the language now shown.
    const QFontMetrics fm(font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    for (QTreeView *view : m_views) {
        if (!view || !view->model())
            continue;
        QHeaderView *header = view->header();
        for (int column = 0; column < header->count() - 1; ++column) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            const int wanted = fm.horizontalAdvance(title) + pad;
            if (header->sectionSize(column) < wanted)
                header->resizeSection(column, wanted);
        }
    }
}

void QueuePanel::retranslate()
{
    setAccessibleName(tr("Transfer queue"));
    m_pause->setText(tr("&Pause"));
    m_resume->setText(tr("&Resume"));
    m_retry->setText(tr("Re&try"));
    m_remove->setText(tr("Re&move"));
    m_clearFinished->setText(tr("&Clear finished"));
    m_views[QueuedTab]->setAccessibleName(tr("Queued files"));
    m_views[FailedTab]->setAccessibleName(tr("Failed transfers"));
    m_views[DoneTab]->setAccessibleName(tr("Successful transfers"));
    m_tabs->setAccessibleName(tr("Transfer queue tabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Transfer queue tabs"));
    m_totals->setAccessibleName(tr("Queue totals"));
    if (m_localView) {
        m_localView->setAccessibleName(tr("Local operations"));
        m_cancelLocal->setText(tr("&Cancel"));
        m_clearLocal->setText(tr("&Clear finished"));
        m_localView->header()->viewport()->update();
        m_localView->viewport()->update();
        updateLocalTab();
    }
    for (QTreeView *view : m_views) {
        view->header()->viewport()->update();
        view->viewport()->update();
    }
    updateTotals();
    fitTitles();
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueuePanel::updateTotals()
{
    const int queued = m_model->count(QueueModel::Category::Queued);
    // Progress comes ten times a second: a tab's text is set only when its count changed,
    // as QTabBar lays out and repaints the whole panel on every setTabText.
    const auto setTabText = [this](int tab, const QString &text) {
        if (m_tabs->tabText(tab) != text)
            m_tabs->setTabText(tab, text);
    };
    setTabText(QueuedTab, tr("Queued files (%1)").arg(queued));
    setTabText(FailedTab, tr("Failed transfers (%1)").arg(m_model->count(QueueModel::Category::Failed)));
    setTabText(DoneTab, tr("Successful transfers (%1)").arg(m_model->count(QueueModel::Category::Done)));
    const double speed = m_model->speed();
    const qint64 total = m_model->totalBytes();
    const qint64 done = m_model->doneBytes();
    QString text;
    if (queued == 0) {
        text = tr("Queue empty");
    } else {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        text = tr("%n file(s) queued, %1 of %2 (%3%)", nullptr, queued)
                   .arg(humanSize(done), humanSize(total))
                   .arg(percent);
        if (speed > 0) {
            const qint64 left = qint64(double(total - done) / speed);
            text += tr(", %1/s, %2:%3 left")
                        .arg(humanSize(qint64(speed)))
                        .arg(left / 60)
                        .arg(left % 60, 2, 10, QLatin1Char('0'));
        }
    }
    m_totals->setText(text);
    m_clearFinished->setEnabled(m_model->count(QueueModel::Category::Done) > 0);
}

void QueuePanel::move(int where)
{
    m_service->move(selectedIds(), QueueService::Move(where));
}

void QueuePanel::setPriority(int priority)
{
    m_service->setPriority(selectedIds(), priority);
}

void QueuePanel::openLocalFolder()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString local = m_model->localPath(ids.first());
    if (!local.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(local).absolutePath()));
}

void QueuePanel::copyRemoteUrl()
{
    QStringList urls;
    for (const qint64 id : selectedIds())
        urls.append(m_model->remoteUrl(id));
    QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

} // namespace ferry::ui
