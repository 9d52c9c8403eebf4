#include "panes/FilePane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "common/Format.h"
#include "panes/PathBar.h"

namespace ferry::ui {

FilePane::FilePane(const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_pathBar(new PathBar(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_tree(new QTreeView(m_splitter)), m_list(new QTreeView(m_splitter)), m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_badge(new QLabel(this))
{
    setPaneName(accessibleName);

    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true); // keeps 100,000 rows cheap to lay out
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Drag and drop through Qt's own path (the models say what may go where): drops land
    // on a folder row or in the list's folder, the target row is outlined, and a drop
    // that makes no sense shows the forbidden cursor.
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDragDropOverwriteMode(true);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionsMovable(true);
    m_list->header()->setStretchLastSection(false);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // Until the user's own sizes are restored: the list gets most of the height (the
    // splitter scales these to the pane's size).
    m_splitter->setSizes({2, 3});
    m_splitter->setChildrenCollapsible(false);

    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_status->sizeHint().height() + 4);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    m_badge->setObjectName(QStringLiteral("paneBadge"));
    m_badge->setContentsMargins(6, 0, 6, 0);
    m_badge->setAutoFillBackground(true);
    m_badge->setBackgroundRole(QPalette::ToolTipBase);
    m_badge->setForegroundRole(QPalette::ToolTipText);
    m_badge->hide();
    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->setSpacing(3);
    pathRow->addWidget(m_pathBar, 1);
    pathRow->addWidget(m_badge);
    layout->addLayout(pathRow);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);

    connect(m_pathBar, &PathBar::pathEntered, this, [this](const QString &path) { openTypedPath(path); });
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateListRow(index); });

    // Backspace in the list or the tree goes up; in the path bar it edits.
    for (QWidget *view : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_tree)}) {
        auto *up = new QShortcut(QKeySequence(Qt::Key_Backspace), view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(up, &QShortcut::activated, this, [this] { goUp(); });
    }
}

void FilePane::setModels(QAbstractItemModel *treeModel, QAbstractItemModel *listModel)
{
    m_tree->setModel(treeModel);
    m_list->setModel(listModel);
    fitColumns();
    m_nameMinimum =
        QFontMetrics(m_list->font()).horizontalAdvance(QStringLiteral("a-longer-file-name.txt")) + 40;
    m_list->header()->resizeSection(NameColumn, m_nameMinimum);
    m_list->viewport()->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    m_tree->verticalScrollBar()->installEventFilter(this);
    m_treeFollower = new QTimer(this);
    m_treeFollower->setSingleShot(true);
    m_treeFollower->setInterval(0);
    connect(m_treeFollower, &QTimer::timeout, this, [this] {
        if (m_followTreeRow && m_tree->currentIndex().isValid())
            m_tree->scrollTo(m_tree->currentIndex(), QAbstractItemView::PositionAtCenter);
    });
    connect(treeModel, &QAbstractItemModel::rowsInserted, m_treeFollower, qOverload<>(&QTimer::start));
    connect(treeModel, &QAbstractItemModel::layoutChanged, m_treeFollower, qOverload<>(&QTimer::start));
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == NameColumn && !m_fitting && m_list->isVisible())
            m_nameSizedByUser = true;
    });
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_tree->hasFocus())
                    activateTreeRow(current);
            });
    connect(m_tree, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { activateTreeRow(index); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateStatus(); });
}

void FilePane::setListModel(QAbstractItemModel *listModel)
{
    if (m_list->model() == listModel)
        return;
    const QByteArray header = m_list->header()->saveState();
    QItemSelectionModel *old = m_list->selectionModel();
    m_list->setModel(listModel);
    delete old;
    m_list->header()->restoreState(header);
    m_list->sortByColumn(m_list->header()->sortIndicatorSection(), m_list->header()->sortIndicatorOrder());
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateStatus(); });
    Q_EMIT listModelChanged();
}

void FilePane::setBadge(const QString &text, const QString &toolTip)
{
    m_badge->setText(text);
    m_badge->setToolTip(toolTip);
    m_badge->setAccessibleName(text);
    m_badge->setAccessibleDescription(toolTip);
    m_badge->setVisible(!text.isEmpty());
}

bool FilePane::isBusy() const
{
    return !m_busy->isHidden();
}

void FilePane::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_list->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void FilePane::setTreeBeside(bool beside)
{
    const Qt::Orientation wanted = beside ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    m_splitter->setSizes(beside ? QList<int>{2, 3} : QList<int>{1, 2});
}

bool FilePane::isTreeBeside() const
{
    return m_splitter->orientation() == Qt::Horizontal;
}

void FilePane::focusPathBar()
{
    m_pathBar->setFocus(Qt::ShortcutFocusReason);
    m_pathBar->lineEdit()->selectAll();
}

void FilePane::showTotals(const Totals &all, const Totals &selected, int selectedCount)
{
    // Plural forms spelled out: without a translation loaded, "%n folder(s)" would show as is.
    const QString folders = all.folders == 1 ? tr("1 folder") : tr("%1 folders").arg(all.folders);
    const QString files = all.files == 1 ? tr("1 file") : tr("%1 files").arg(all.files);
    QString text = tr("%1, %2, %3").arg(folders, files, humanSize(all.bytes));
    if (selectedCount > 0) {
        text += selectedCount == 1 ? tr("; selected: 1 item") : tr("; selected: %1 items").arg(selectedCount);
        if (selected.files > 0)
            text += QStringLiteral(", ") + humanSize(selected.bytes);
    }
    m_status->setText(text);
}

void FilePane::showMessage(const QString &text)
{
    m_status->setText(text);
}

void FilePane::showTreeRow(const QModelIndex &index)
{
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_followTreeRow = true;
}

void FilePane::setPaneName(const QString &name)
{
    setAccessibleName(name);
    m_pathBar->setAccessibleName(tr("%1 path").arg(name));
    m_pathBar->setToolTip(tr("Type a folder and press Enter (Ctrl+L)"));
    m_tree->setAccessibleName(tr("%1 folder tree").arg(name));
    m_list->setAccessibleName(tr("%1 file list").arg(name));
    m_status->setAccessibleName(tr("%1 status").arg(name));
    m_busy->setAccessibleName(tr("%1 loading").arg(name));
}

void FilePane::retranslate()
{
    m_list->header()->viewport()->update();
    m_list->viewport()->update();
    m_tree->viewport()->update();
    updateStatus();
}

void FilePane::fitColumns()
{
    QHeaderView *header = m_list->header();
    // Wide enough for the longest text each column shows, so sizes and dates are never
    // cut; the name takes what is left of the pane (at least a readable width).
    const QFontMetrics fm(m_list->font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    const int headerPad = pad + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    // Each column: its widest usual text, or its title.
    const auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample) + pad,
                                               fm.horizontalAdvance(fileColumnTitle(column)) + headerPad));
    };
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("..")) + 40);
    fit(SizeColumn, QStringLiteral("1,023.9 MiB"));
    fit(TypeColumn, QStringLiteral("JPEG file"));
    fit(ModifiedColumn, QStringLiteral("2024-12-31 23:59:59"));
    fit(PermissionsColumn, QStringLiteral("drwxr-xr-x"));
    fit(OwnerColumn, QStringLiteral("1000/1000"));
}

void FilePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_list->model())
            fitColumns(); // the titles' widths changed with the language
    }
    QWidget::changeEvent(event);
}

bool FilePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    if ((watched == m_tree->viewport() || watched == m_tree->verticalScrollBar()) &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Wheel))
        m_followTreeRow = false; // the user looks elsewhere in the tree
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize && m_followTreeRow)
        m_treeFollower->start();
    return QWidget::eventFilter(watched, event);
}

void FilePane::fitNameColumn()
{
    if (m_nameSizedByUser)
        return;
    QHeaderView *header = m_list->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    m_fitting = true;
    header->resizeSection(NameColumn, std::max(m_nameMinimum, m_list->viewport()->width() - others));
    m_fitting = false;
}

void FilePane::saveState(QSettings &settings, const QString &group) const
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("listHeader"), m_list->header()->saveState());
    settings.setValue(isTreeBeside() ? QStringLiteral("splitterBeside") : QStringLiteral("splitterAbove"),
                      m_splitter->saveState());
    settings.endGroup();
}

void FilePane::restoreState(QSettings &settings, const QString &group)
{
    settings.beginGroup(group);
    const QByteArray header = settings.value(QStringLiteral("listHeader")).toByteArray();
    if (!header.isEmpty() && m_list->header()->restoreState(header)) {
        // restoreState sets the indicator; the model must sort to match.
        m_list->sortByColumn(m_list->header()->sortIndicatorSection(),
                             m_list->header()->sortIndicatorOrder());
    }
    // Each layout keeps its own sizes (a state restores its orientation too).
    const QByteArray split =
        settings.value(isTreeBeside() ? QStringLiteral("splitterBeside") : QStringLiteral("splitterAbove"))
            .toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    settings.endGroup();
}

} // namespace ferry::ui
