// The queue panel's model and views, offscreen: batches applied as the QueueService
// sends them (reset, added in slices, a folder replaced by its entries, changed,
// removed, progress), each tab's model checked with QAbstractItemModelTester; counts; the
// context menu's enabled states; the file-exists dialog's answers.
#include <QAbstractItemModelTester>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPaintEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "FakeFileSystem.h"
#include "UiTestSupport.h"
#include "questions/FileExistsDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "queue/SpeedGraph.h"
#include "transfer/QueueRequests.h"
#include "transfer/Scheduler.h"

using namespace ferry::ui;
using namespace ferry::transfer;

namespace {
QueueItem item(qint64 id, ItemState state = ItemState::Queued, qint64 size = 1000, int priority = 0)
{
    QueueItem i;
    i.id = id;
    i.direction = id % 2 ? Direction::Upload : Direction::Download;
    i.site = QStringLiteral("ftpes://alice@example.com");
    i.localPath = QStringLiteral("/home/alice/file%1.bin").arg(id);
    i.remotePath = QStringLiteral("/pub/file%1.bin").arg(id);
    i.size = size;
    i.state = state;
    i.priority = priority;
    return i;
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(QueueModel::IdRole).toLongLong());
    return ids;
}
} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesKeepOrderAndCounts();
    void stormOfChangesMovesRowsBetweenTabs();
    void bigBatchGoesInSlices();
    void folderIsReplacedByItsEntries();
    void progressRepaintsOnlyItsRow();
    void panelTabsAndMenu();
    void progressRepaintsOnlyItsCellOnThePanel();
    void fileExistsDialogAnswers();
    void fileExistsDialogClosedSkips();
    void hundredThousandEntriesKeepThePanelResponsive();
};

// Runs QAbstractItemModelTester on the three tabs of model.
struct TabTesters
{
    explicit TabTesters(const QueueModel &model)
        : queued(model.tab(QueueModel::Category::Queued),
                 QAbstractItemModelTester::FailureReportingMode::QtTest),
          failed(model.tab(QueueModel::Category::Failed),
                 QAbstractItemModelTester::FailureReportingMode::QtTest),
          done(model.tab(QueueModel::Category::Done), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {}
    QAbstractItemModelTester queued, failed, done;
};

QString cell(const QueueModel &model, qint64 id, int column)
{
    for (QueueTabModel *tab :
         {model.tab(QueueModel::Category::Queued), model.tab(QueueModel::Category::Failed),
          model.tab(QueueModel::Category::Done)}) {
        for (int row = 0; row < tab->rowCount(); ++row) {
            if (tab->idAt(row) == id)
                return tab->index(row, column).data().toString();
        }
    }
    return QStringLiteral("(no row)");
}

void TestQueueModel::batchesKeepOrderAndCounts()
{
    QueueModel model;
    TabTesters testers(model);
    const QueueTabModel &queued = *model.tab(QueueModel::Category::Queued);
    const QueueTabModel &failed = *model.tab(QueueModel::Category::Failed);
    const QueueTabModel &done = *model.tab(QueueModel::Category::Done);

    model.applyReset({item(1), item(2, ItemState::Done), item(3, ItemState::Failed)});
    QCOMPARE(model.count(QueueModel::Category::Queued), 1);
    QCOMPARE(model.count(QueueModel::Category::Done), 1);
    QCOMPARE(model.count(QueueModel::Category::Failed), 1);
    // A higher priority goes before, the same priority at the end of its block.
    model.applyAdded({item(4, ItemState::Queued, 10, 1)}, 0);
    model.applyAdded({item(5)}, 0);
    QCOMPARE(model.idsInQueueOrder(), (QList<qint64>{4, 1, 2, 3, 5}));
    QCOMPARE(idsOf(queued), (QList<qint64>{4, 1, 5}));
    QCOMPARE(model.totalBytes(), 2010);

    QueueItem running = item(1, ItemState::Running);
    model.applyChanged({running});
    QCOMPARE(cell(model, 1, QueueModel::StateColumn), QStringLiteral("Transferring"));
    QueueItem finished = item(1, ItemState::Done);
    finished.bytesDone = 1000;
    QueueItem broke = item(5, ItemState::Failed);
    broke.lastError = QStringLiteral("550 Permission denied");
    model.applyChanged({finished, broke});
    QCOMPARE(idsOf(queued), (QList<qint64>{4}));
    QCOMPARE(idsOf(done), (QList<qint64>{2, 1})); // in the order they finished
    QCOMPARE(idsOf(failed), (QList<qint64>{3, 5}));
    QCOMPARE(cell(model, 5, QueueModel::ErrorColumn), QStringLiteral("550 Permission denied"));
    QCOMPARE(model.count(QueueModel::Category::Failed), 2);

    // Retried: back in the Queued tab at its place in the queue's order.
    model.applyChanged({item(5), item(3)});
    QCOMPARE(idsOf(queued), (QList<qint64>{4, 3, 5}));
    QCOMPARE(idsOf(failed), (QList<qint64>{}));
    model.applyChanged({broke, item(3, ItemState::Failed)});

    model.applyRemoved({2, 3, 99});
    QCOMPARE(model.idsInQueueOrder(), (QList<qint64>{4, 1, 5}));
    QCOMPARE(idsOf(done), (QList<qint64>{1}));
    QCOMPARE(idsOf(failed), (QList<qint64>{5}));
    QCOMPARE(model.count(QueueModel::Category::Done), 1);
    model.applyChanged({item(77)}); // unknown: ignored
    QCOMPARE(model.shownRows(), 3);
}

// Thousands of rows changing tab in one batch, scattered or in runs, and many retried at
// once: the tabs stay consistent (the testers check every signal) and in order.
void TestQueueModel::stormOfChangesMovesRowsBetweenTabs()
{
    QueueModel model;
    TabTesters testers(model);
    QList<QueueItem> many;
    for (qint64 id = 1; id <= 5000; ++id)
        many.append(item(id));
    model.applyAdded(many, 0);
    QTRY_VERIFY(!model.isInserting());
    QList<QueueItem> failing; // every third: thousands of runs of one row
    for (qint64 id = 1; id <= 5000; id += 3)
        failing.append(item(id, ItemState::Failed));
    QList<QueueItem> finishing; // the first 100 others: a few runs
    for (qint64 id = 2; id <= 150; ++id) {
        if (id % 3 != 1)
            finishing.append(item(id, ItemState::Done));
    }
    model.applyChanged(failing + finishing);
    const QueueTabModel &queued = *model.tab(QueueModel::Category::Queued);
    QCOMPARE(model.tab(QueueModel::Category::Failed)->rowCount(), failing.size());
    QCOMPARE(model.tab(QueueModel::Category::Done)->rowCount(), finishing.size());
    QCOMPARE(queued.rowCount(), 5000 - failing.size() - finishing.size());
    QCOMPARE(model.count(QueueModel::Category::Queued), queued.rowCount());
    QList<qint64> ids = idsOf(queued);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QList<QueueItem> retried;
    for (const QueueItem &f : failing)
        retried.append(item(f.id));
    model.applyChanged(retried);
    ids = idsOf(queued);
    QCOMPARE(ids.size(), 5000 - finishing.size());
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QCOMPARE(model.tab(QueueModel::Category::Failed)->rowCount(), 0);
}

void TestQueueModel::bigBatchGoesInSlices()
{
    QueueModel model;
    TabTesters testers(model);
    const QueueTabModel &queued = *model.tab(QueueModel::Category::Queued);
    QList<QueueItem> many;
    for (qint64 id = 1; id <= 10000; ++id)
        many.append(item(id));
    ferry::test::StallMeter meter;
    model.applyAdded(many, 0);
    QCOMPARE(queued.rowCount(), QueueModel::kSliceRows); // one slice at once, the rest later
    QVERIFY(model.isInserting());
    QCOMPARE(model.count(QueueModel::Category::Queued), 10000); // counted at once
    // A change, progress and a removal for rows not inserted yet are applied when they go in.
    model.applyChanged({item(9999, ItemState::Done), item(9000, ItemState::Running)});
    model.applyProgress({QueueProgress{9000, 250, 1000, 100.0, {}}});
    QCOMPARE(model.doneBytes(), 250);
    model.applyRemoved({10000});
    QCOMPARE(model.count(QueueModel::Category::Queued), 9998);
    QCOMPARE(model.count(QueueModel::Category::Done), 1);
    QTRY_VERIFY(!model.isInserting());
    QCOMPARE(queued.rowCount(), 9998);
    QCOMPARE(model.shownRows(), 9999);
    QCOMPARE(cell(model, 9999, QueueModel::StateColumn), QStringLiteral("Done"));
    QCOMPARE(cell(model, 9000, QueueModel::ProgressColumn), QStringLiteral("25%"));
    QCOMPARE(cell(model, 10000, QueueModel::StateColumn), QStringLiteral("(no row)"));
    QCOMPARE(idsOf(queued).first(), 1);
    QVERIFY2(meter.longest() < ferry::test::kStallLimitMs,
             qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
}

void TestQueueModel::folderIsReplacedByItsEntries()
{
    QueueModel model;
    TabTesters testers(model);
    QueueItem folder = item(2, ItemState::Queued, -1);
    folder.isFolder = true;
    model.applyReset({item(1), folder, item(3)});
    QCOMPARE(cell(model, 2, QueueModel::NameColumn), QStringLiteral("file2.bin (folder)"));
    QList<QueueItem> children;
    for (qint64 id = 10; id < 10 + 2 * QueueModel::kSliceRows + 5; ++id)
        children.append(item(id));
    model.applyAdded(children, 2);
    QTRY_VERIFY(!model.isInserting());
    const QList<qint64> ids = idsOf(*model.tab(QueueModel::Category::Queued));
    QCOMPARE(model.idsInQueueOrder(), ids);
    QCOMPARE(ids.size(), 2 + children.size());
    QCOMPARE(ids.first(), 1);
    QCOMPARE(ids.at(1), 10);
    QCOMPARE(ids.at(ids.size() - 2), 10 + children.size() - 1);
    QCOMPARE(ids.last(), 3); // the entries stand where the folder stood
    QVERIFY(!ids.contains(2));

    // A big folder's entries come in parts (the queue stores them while the walk goes
    // on): each part follows the one before, still before what followed the folder; a
    // part may come while the one before is still going in.
    QueueItem big = item(5000, ItemState::Queued, -1);
    big.isFolder = true;
    model.applyAdded({big, item(5001)}, 0);
    QList<QueueItem> first, second, third;
    for (qint64 id = 6000; id < 6000 + QueueModel::kSliceRows + 3; ++id)
        first.append(item(id));
    for (qint64 id = 7000; id < 7010; ++id)
        second.append(item(id));
    third.append(item(8000));
    model.applyAdded(first, 5000);
    model.applyAdded(second, 5000);
    QTRY_VERIFY(!model.isInserting());
    model.applyAdded(third, 5000);
    QTRY_VERIFY(!model.isInserting());
    const QList<qint64> after = idsOf(*model.tab(QueueModel::Category::Queued));
    QCOMPARE(model.idsInQueueOrder(), after);
    const qsizetype at = after.indexOf(6000);
    QVERIFY(at > 0);
    QCOMPARE(after.at(at + first.size()), 7000);
    QCOMPARE(after.at(at + first.size() + second.size()), 8000);
    QCOMPARE(after.at(at + first.size() + second.size() + 1), 5001);
    QVERIFY(!after.contains(5000));
}

void TestQueueModel::progressRepaintsOnlyItsRow()
{
    QueueModel model;
    model.applyReset({item(1, ItemState::Running, 4000), item(2, ItemState::Running, 1000), item(3)});
    const QueueTabModel &queued = *model.tab(QueueModel::Category::Queued);
    QSignalSpy changed(&queued, &QAbstractItemModel::dataChanged);
    model.applyProgress({QueueProgress{2, 500, 1000, 2048.0, {}}});
    QCOMPARE(changed.count(), 1);
    const QModelIndex first = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex last = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(first.row(), 1);
    QCOMPARE(last.row(), 1);
    QCOMPARE(first.column(), int(QueueModel::SizeColumn));
    QCOMPARE(last.column(), int(QueueModel::TimeLeftColumn));
    QCOMPARE(queued.index(1, QueueModel::ProgressColumn).data(QueueModel::PercentRole).toInt(), 50);
    QCOMPARE(queued.index(1, QueueModel::SpeedColumn).data().toString(), QStringLiteral("2.0 KiB/s"));
    QCOMPARE(model.speed(), 2048.0);
    QCOMPARE(model.doneBytes(), 500);
}

void TestQueueModel::panelTabsAndMenu()
{
    ferry::test::TestServices services;
    QueuePanel panel(&services.queue());
    panel.resize(900, 300);
    panel.show();
    QueueModel *model = panel.model();
    model->applyReset({item(1), item(2, ItemState::Running), item(3, ItemState::Paused),
                       item(4, ItemState::Failed), item(5, ItemState::Done)});
    QCOMPARE(panel.tabs()->tabText(QueuePanel::QueuedTab), QStringLiteral("Queued files (3)"));
    QCOMPARE(panel.tabs()->tabText(QueuePanel::FailedTab), QStringLiteral("Failed transfers (1)"));
    QCOMPARE(panel.tabs()->tabText(QueuePanel::DoneTab), QStringLiteral("Successful transfers (1)"));
    QVERIFY(panel.totalsLabel()->text().startsWith(QStringLiteral("3 file")));

    // Nothing selected: nothing to do.
    QVERIFY(!panel.pauseAction()->isEnabled());
    QVERIFY(!panel.removeAction()->isEnabled());
    QTreeView *queued = panel.view(QueuePanel::QueuedTab);
    queued->selectionModel()->select(queued->model()->index(2, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(panel.resumeAction()->isEnabled()); // the paused one
    QVERIFY(!panel.pauseAction()->isEnabled());
    QVERIFY(!panel.retryAction()->isEnabled());
    queued->selectionModel()->select(queued->model()->index(1, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(panel.pauseAction()->isEnabled()); // and the running one
    QCOMPARE(panel.selectedIds(), (QList<qint64>{2, 3}));
    std::unique_ptr<QMenu> menu(panel.createContextMenu(&panel));
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().remove(QLatin1Char('&'));
    QVERIFY(texts.contains(QStringLiteral("Move")));
    QVERIFY(texts.contains(QStringLiteral("Priority")));
    QVERIFY(texts.contains(QStringLiteral("Copy remote URL")));

    panel.tabs()->setCurrentIndex(QueuePanel::FailedTab);
    QTreeView *failed = panel.view(QueuePanel::FailedTab);
    failed->selectionModel()->select(failed->model()->index(0, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(panel.retryAction()->isEnabled());
    QVERIFY(!failed->isColumnHidden(QueueModel::ErrorColumn));
    QVERIFY(queued->isColumnHidden(QueueModel::ErrorColumn));
    QVERIFY(panel.clearFinishedAction()->isEnabled());

    panel.speedGraph()->addSample(1000);
    panel.speedGraph()->addSample(3000);
    QCOMPARE(panel.speedGraph()->samples().size(), size_t(2));
    for (int i = 0; i < 100; ++i)
        panel.speedGraph()->addSample(i);
    QCOMPARE(panel.speedGraph()->samples().size(), size_t(SpeedGraph::kSamples));
}

// Counts the paint events a widget gets and the tallest area painted.
struct PaintCount : QObject
{
    int paints = 0;
    int tallest = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            tallest = std::max(tallest, static_cast<QPaintEvent *>(event)->rect().height());
        }
        return false;
    }
};

void TestQueueModel::progressRepaintsOnlyItsCellOnThePanel()
{
    // Progress comes ten times a second while a file runs: the panel repaints the row's
    // cells, not its tab bar or the whole list (which also made every flush of the
    // window convert the whole bottom area).
    ferry::test::TestServices services;
    QueuePanel panel(&services.queue());
    QueueModel *model = panel.model();
    // The service's own first reset (its empty queue) arrives after the panel is made:
    // wait for it, so that it does not replace the rows below.
    QSignalSpy opened(model->tab(QueueModel::Category::Queued), &QAbstractItemModel::modelReset);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(opened.count() > 0);
    model->applyReset({item(1, ItemState::Running, 1 << 20), item(2), item(3)});
    QTest::qWait(50);
    QTreeView *queued = panel.view(QueuePanel::QueuedTab);
    PaintCount tabBar;
    PaintCount list;
    panel.tabs()->tabBar()->installEventFilter(&tabBar);
    queued->viewport()->installEventFilter(&list);
    for (int tick = 1; tick <= 10; ++tick) {
        model->applyProgress({QueueProgress{1, tick * 1000, 1 << 20, 1000.0 * tick, {}}});
        QTest::qWait(20);
    }
    QCOMPARE(panel.tabs()->tabText(QueuePanel::QueuedTab), QStringLiteral("Queued files (3)"));
    QVERIFY(list.paints > 0); // the row's progress was drawn
    QCOMPARE(tabBar.paints, 0);
    QVERIFY2(list.tallest <= queued->visualRect(queued->model()->index(0, 0)).height(),
             qPrintable(QStringLiteral("painted %1 px high").arg(list.tallest)));
}

void TestQueueModel::fileExistsDialogAnswers()
{
    ExistsQuestion q;
    q.source = QStringLiteral("/home/alice/a.bin");
    q.target = QStringLiteral("/pub/a.bin");
    q.sourceSize = 2000;
    q.targetSize = 1000;
    q.sourceTime = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    q.targetTime = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    auto *request = new FileExistsRequest(item(1), q, nullptr);
    QSignalSpy answered(request, &FileExistsRequest::answered);
    FileExistsDialog *dialog = openFileExistsDialog(request, nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->actions()->button(int(ExistsAction::Resume))->isEnabled()); // target is smaller
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    const bool showsSizes =
        std::any_of(labels.cbegin(), labels.cend(),
                    [](QLabel *l) { return l->text().contains(QStringLiteral("2,000 bytes")); }) ||
        std::any_of(labels.cbegin(), labels.cend(),
                    [](QLabel *l) { return l->text().contains(QStringLiteral("2000")); });
    QVERIFY(showsSizes);
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && !w->inherits("QLineEdit") &&
            !w->inherits("QLabel"))
            QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                     w->metaObject()->className());
    }
    dialog->actions()->button(int(ExistsAction::OverwriteIfNewer))->click();
    dialog->forAll()->setChecked(true);
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(answered.count(), 1);
    QVERIFY(answered.at(0).at(0).value<ExistsAction>() == ExistsAction::OverwriteIfNewer);
    QCOMPARE(answered.at(0).at(1).toBool(), true);
}

void TestQueueModel::fileExistsDialogClosedSkips()
{
    ExistsQuestion q;
    q.target = QStringLiteral("/pub/b.bin");
    q.targetSize = 5000;
    q.sourceSize = 10;
    QPointer<FileExistsRequest> request = new FileExistsRequest(item(2), q, nullptr);
    QSignalSpy answered(request.data(), &FileExistsRequest::answered);
    FileExistsDialog *dialog = openFileExistsDialog(request, nullptr);
    QVERIFY(!dialog->actions()->button(int(ExistsAction::Resume))->isEnabled()); // target is larger
    dialog->reject();
    QTRY_VERIFY(request.isNull()); // dropped unanswered: the scheduler skips the file
    QCOMPARE(answered.count(), 0);
}

// A queued folder of 100,000 files (the test engine's /big) through the real QueueService:
// the queue thread expands it and runs its files (the test engine refuses to read them,
// so they fail at once: a storm of changes); every entry reaches the panel, the failures
// land in the Failed tab, and stop() ends the run. The event loop never stalls 100 ms
// (issue #16; figures in docs/benchmarks.md).
void TestQueueModel::hundredThousandEntriesKeepThePanelResponsive()
{
    auto stats = std::make_shared<ferry::test::FakeStats>();
    ferry::test::TestServices services(ferry::test::fakeMaker({}, stats));
    QueuePanel panel(&services.queue());
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QueueTarget target{QStringLiteral("ftpes://alice@big.test"), {}};
    const QList<QueueItem> folder = downloadItems(target, {RemoteSource{QStringLiteral("/big"), true, -1}},
                                                  QDir::tempPath() + QStringLiteral("/ferry-never-written"));
    QCOMPARE(folder.size(), 1);
    ferry::test::StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    services.queue().add(folder, true);
    QueueModel *model = panel.model();
    qint64 firstRun = -1; // when the first file left the Queued tab (the test engine fails it)
    connect(model, &QueueModel::totalsChanged, &panel, [&] {
        if (firstRun < 0 && model->count(QueueModel::Category::Failed) > 0)
            firstRun = clock.elapsed();
    });
    const auto total = [model] {
        return model->count(QueueModel::Category::Queued) + model->count(QueueModel::Category::Failed) +
               model->count(QueueModel::Category::Done);
    };
    constexpr int kWaitMs = 30000 * ferry::test::kSanitizerTimeFactor;
    QTRY_VERIFY_WITH_TIMEOUT(total() == 100000, kWaitMs);
    const qint64 expanded = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isInserting() && model->shownRows() == 100000, kWaitMs);
    const qint64 shown = clock.elapsed();
    QTest::qWait(2000); // files failing by the hundred meanwhile
    services.queue().stop();
    QSignalSpy stopped(&services.queue(), &QueueService::stopped);
    QVERIFY(stopped.wait(10000));
    qInfo("100,000 entries: counted after %lld ms, first run after %lld ms, all rows in after %lld ms, %d "
          "failed so "
          "far, longest stall %lld ms",
          expanded, firstRun, shown, model->count(QueueModel::Category::Failed), meter.longest());
    QVERIFY2(meter.longest() < ferry::test::kStallLimitMs,
             qPrintable(QStringLiteral("stall %1 ms").arg(meter.longest())));
    QVERIFY(firstRun >= 0);
    QVERIFY(model->count(QueueModel::Category::Failed) > 0);
    QCOMPARE(total(), 100000);
    QCOMPARE(panel.view(QueuePanel::FailedTab)->model()->rowCount(),
             model->count(QueueModel::Category::Failed));
    QCOMPARE(panel.view(QueuePanel::QueuedTab)->model()->rowCount(),
             model->count(QueueModel::Category::Queued));
}

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
