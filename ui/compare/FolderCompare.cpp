#include "compare/FolderCompare.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include "compare/CompareColors.h"
#include "panes/LocalFileModel.h"
#include "panes/LocalPane.h"
#include "panes/LocalSortProxy.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "session/Session.h"

namespace ferry::ui {

using sync::FolderComparison;
using Mark = FolderComparison::Mark;

namespace {

const Mark kLegendMarks[] = {Mark::OnlyHere, Mark::Differs, Mark::Newer};

} // namespace

FolderCompare::FolderCompare(LocalPane *local, RemotePane *remote, QWidget *legendParent)
    : QObject(legendParent), m_local(local), m_remote(remote), m_legend(new QWidget(legendParent)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &FolderCompare::compareNow);

    m_legend->setObjectName(QStringLiteral("compareLegend"));
    auto *row = new QHBoxLayout(m_legend);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(6);
    for (const Mark mark : kLegendMarks) {
        auto *swatch = new QLabel(m_legend);
        swatch->setFixedSize(14, 14);
        swatch->setFrameShape(QFrame::Box);
        swatch->setAutoFillBackground(true);
        swatch->setProperty("mark", int(mark));
        auto *text = new QLabel(m_legend);
        text->setProperty("mark", int(mark));
        row->addWidget(swatch);
        row->addWidget(text);
        row->addSpacing(12);
        m_legendTexts.append(text);
    }
    row->addStretch(1);
    m_legend->hide();
    m_legend->installEventFilter(this);
    retranslate();

    // Either side changing folder or listing compares again.
    LocalFileModel *files = local->fileModel();
    connect(local, &LocalPane::folderChanged, this, &FolderCompare::schedule);
    connect(files, &QFileSystemModel::directoryLoaded, this, &FolderCompare::schedule);
    connect(files, &QAbstractItemModel::rowsInserted, this, &FolderCompare::schedule);
    connect(files, &QAbstractItemModel::rowsRemoved, this, &FolderCompare::schedule);
    connect(files, &QAbstractItemModel::dataChanged, this, &FolderCompare::schedule);
    connect(files, &QAbstractItemModel::modelReset, this, &FolderCompare::schedule);
    connect(remote, &RemotePane::folderOpened, this, &FolderCompare::schedule);
    connect(remote->fileModel(), &RemoteFileModel::loadingChanged, this, &FolderCompare::schedule);
    connect(remote->fileModel(), &QAbstractItemModel::modelReset, this, &FolderCompare::schedule);
}

void FolderCompare::retranslate()
{
    for (QLabel *text : std::as_const(m_legendTexts)) {
        const Mark mark = Mark(text->property("mark").toInt());
        text->setText(compareMarkText(mark));
    }
    paintSwatches();
    m_legend->setAccessibleName(tr("Folder comparison legend"));
}

void FolderCompare::paintSwatches()
{
    for (QLabel *swatch : m_legend->findChildren<QLabel *>()) {
        if (m_legendTexts.contains(swatch))
            continue;
        QPalette palette = swatch->palette();
        palette.setColor(QPalette::Window, compareBackground(Mark(swatch->property("mark").toInt())));
        swatch->setPalette(palette);
    }
}

bool FolderCompare::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_legend && event->type() == QEvent::PaletteChange)
        paintSwatches();
    return QObject::eventFilter(watched, event);
}

void FolderCompare::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_legend->setVisible(enabled);
    compareNow();
}

void FolderCompare::setMode(FolderComparison::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    schedule();
}

void FolderCompare::setHideIdentical(bool hide)
{
    if (hide == m_hideIdentical)
        return;
    m_hideIdentical = hide;
    schedule();
}

void FolderCompare::schedule()
{
    if (m_enabled)
        m_timer->start();
}

void FolderCompare::clearMarks()
{
    m_result = {};
    if (m_local)
        m_local->sortProxy()->setCompareMarks(QString(), {}, false);
    if (m_remote)
        m_remote->fileModel()->setCompareMarks(remote::RemotePath(), {}, false);
}

void FolderCompare::compareNow()
{
    m_timer->stop();
    if (!m_local || !m_remote)
        return;
    RemoteFileModel *remoteFiles = m_remote->fileModel();
    if (!m_enabled || !m_remote->session() || !remoteFiles->hasListing() ||
        m_local->currentPath().isEmpty()) {
        clearMarks();
        Q_EMIT compared();
        return;
    }
    // The local folder's entries as QFileSystemModel has read them so far (it reads on
    // its own thread; rows arriving later compare again).
    LocalFileModel *files = m_local->fileModel();
    const QModelIndex root = files->index(m_local->currentPath());
    QList<sync::SyncEntry> left;
    const int rows = files->rowCount(root);
    left.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = files->index(row, 0, root);
        if (LocalFileModel::isUpEntry(index))
            continue;
        left.append(FolderComparison::localEntry(files->fileInfo(index)));
    }
    QList<sync::SyncEntry> right;
    const QList<remote::DirEntry> entries = remoteFiles->comparableEntries();
    right.reserve(entries.size());
    for (const remote::DirEntry &entry : entries)
        right.append(FolderComparison::remoteEntry(entry));

    FolderComparison::Options options;
    options.mode = m_mode;
    options.serverTimeZoneOffsetMinutes = m_remote->session()->options().serverTimeZoneOffsetMinutes;
    m_result = FolderComparison::compare(left, right, options);
    m_local->sortProxy()->setCompareMarks(m_local->currentPath(), m_result.left, m_hideIdentical);
    remoteFiles->setCompareMarks(remoteFiles->path(), m_result.right, m_hideIdentical);
    Q_EMIT compared();
}

} // namespace ferry::ui
