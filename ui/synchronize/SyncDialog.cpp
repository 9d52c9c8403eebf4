#include "synchronize/SyncDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "session/Session.h"
#include "sync/SyncPlanning.h"
#include "synchronize/SyncPlanModel.h"

namespace ferry::ui {

using namespace ferry::sync;

namespace {

// The queue's partial files are never part of either tree (as ferry-cli sync).
const QStringList kPartialGlobs = {QStringLiteral(".*.ferry-part*"), QStringLiteral("*.filepart")};

} // namespace

SyncDialog::SyncDialog(session::Session &session, const QString &localFolder,
                       const remote::RemotePath &remoteFolder, QWidget *parent)
    : QDialog(parent), m_session(&session), m_local(new QLineEdit(localFolder, this)),
      m_remote(new QLineEdit(remoteFolder.toString(), this)), m_direction(new QComboBox(this)),
      m_compare(new QComboBox(this)), m_delete(new QCheckBox(this)), m_exclude(new QLineEdit(this)),
      m_compareButton(new QPushButton(this)), m_syncButton(new QPushButton(this)),
      m_view(new QTreeView(this)), m_model(new SyncPlanModel(this)), m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Synchronize"));
    setAccessibleName(tr("Synchronize"));

    m_local->setObjectName(QStringLiteral("syncLocal"));
    m_local->setAccessibleName(tr("Local folder"));
    m_remote->setObjectName(QStringLiteral("syncRemote"));
    m_remote->setAccessibleName(tr("Remote folder"));
    m_direction->setObjectName(QStringLiteral("syncDirection"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("Upload: make the remote folder like the local one"), int(SyncDirection::Up));
    m_direction->addItem(tr("Download: make the local folder like the remote one"), int(SyncDirection::Down));
    m_compare->setObjectName(QStringLiteral("syncCompare"));
    m_compare->setAccessibleName(tr("Compare"));
    m_compare->addItem(tr("Size and modification time"), int(SyncCompare::SizeTime));
    m_compare->addItem(tr("Checksum (when the server computes one)"), int(SyncCompare::Checksum));
    m_delete->setObjectName(QStringLiteral("syncDelete"));
    m_delete->setText(tr("&Delete files that exist only on the target"));
    m_delete->setAccessibleName(tr("Delete files that exist only on the target"));
    m_exclude->setObjectName(QStringLiteral("syncExclude"));
    m_exclude->setAccessibleName(tr("Exclude"));
    m_exclude->setPlaceholderText(tr("*.tmp .git node_modules build/*.o"));
    m_exclude->setToolTip(tr("Patterns separated by spaces: a name at any depth (*.tmp), a path from the "
                             "synchronized folder (build/*.o), or a name at the top (/tmp)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Local folder:"), m_local);
    form->addRow(tr("&Remote folder:"), m_remote);
    form->addRow(tr("D&irection:"), m_direction);
    form->addRow(tr("Co&mpare by:"), m_compare);
    form->addRow(tr("E&xclude:"), m_exclude);
    form->addRow(QString(), m_delete);

    m_compareButton->setObjectName(QStringLiteral("syncPlanButton"));
    m_compareButton->setText(tr("&Compare"));
    m_compareButton->setAccessibleName(tr("Compare"));
    m_compareButton->setDefault(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Comparing"));
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose the options, then Compare to see what would change."));
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_compareButton);
    planRow->addWidget(m_busy, 1);

    m_view->setObjectName(QStringLiteral("syncPlan"));
    m_view->setAccessibleName(tr("Planned changes"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SyncPlanModel::PathColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(SyncPlanModel::ActionColumn, 150);
    m_view->header()->resizeSection(SyncPlanModel::ReasonColumn, 170);
    m_view->header()->resizeSection(SyncPlanModel::SizeColumn, 90);

    m_syncButton->setObjectName(QStringLiteral("syncRunButton"));
    m_syncButton->setText(tr("&Synchronize"));
    m_syncButton->setAccessibleName(tr("Synchronize"));
    m_syncButton->setEnabled(false);
    m_buttons->addButton(m_syncButton, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(planRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_compareButton, &QPushButton::clicked, this, &SyncDialog::plan);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_model->checkedCount() == 0)
            return;
        Q_EMIT runRequested(m_model->checkedPlan(), m_plannedLocal, m_plannedRemote, m_remoteMissing);
        accept();
    });
    connect(m_model, &SyncPlanModel::checkedChanged, this, &SyncDialog::showSummary);
    // Another option makes the plan shown stale.
    for (QComboBox *box : {m_direction, m_compare})
        connect(box, &QComboBox::currentIndexChanged, this, &SyncDialog::optionsChanged);
    connect(m_delete, &QCheckBox::toggled, this, &SyncDialog::optionsChanged);
    for (QLineEdit *edit : {m_local, m_remote, m_exclude})
        connect(edit, &QLineEdit::textEdited, this, &SyncDialog::optionsChanged);
}

SyncDialog::~SyncDialog()
{
    if (m_planning)
        m_planning->cancel();
}

QStringList SyncDialog::excludePatterns(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SyncOptions SyncDialog::options() const
{
    SyncOptions o;
    o.direction = SyncDirection(m_direction->currentData().toInt());
    o.compare = SyncCompare(m_compare->currentData().toInt());
    o.deleteExtra = m_delete->isChecked();
    o.excludes = SyncExcludes(excludePatterns(m_exclude->text()) + kPartialGlobs);
    if (m_session)
        o.serverTimeZoneOffsetMinutes = m_session->options().serverTimeZoneOffsetMinutes;
    return o;
}

void SyncDialog::optionsChanged()
{
    if (m_planning)
        return;
    m_model->clear();
    m_syncButton->setEnabled(false);
    m_status->setText(tr("The options changed: Compare again."));
}

void SyncDialog::plan()
{
    if (m_planning || !m_session)
        return;
    const SyncOptions o = options();
    const QString local = QDir::cleanPath(QFileInfo(m_local->text().trimmed()).absoluteFilePath());
    if (o.direction == SyncDirection::Up && !QFileInfo(local).isDir()) {
        m_status->setText(tr("%1 is not a folder").arg(local));
        return;
    }
    SyncPlanning::Request request;
    request.localRoot = local;
    request.remoteRoot = remote::RemotePath(m_remote->text().trimmed());
    request.options = o;
    request.connections = 0; // RemoteTreeLister's default for the protocol
    m_plannedLocal = request.localRoot;
    m_plannedRemote = request.remoteRoot;
    m_model->clear();
    m_syncButton->setEnabled(false);
    m_compareButton->setEnabled(false);
    m_busy->show();
    m_planning = new SyncPlanning(*m_session, request, this);
    connect(m_planning, &SyncPlanning::progressed, this, &SyncDialog::showProgress);
    connect(m_planning, &SyncPlanning::finished, this, &SyncDialog::planned);
    showProgress();
    m_planning->start();
}

void SyncDialog::showProgress()
{
    if (!m_planning)
        return;
    switch (m_planning->stage()) {
    case SyncPlanning::Stage::Checking:
        m_status->setText(tr("Looking at %1 …").arg(m_plannedRemote.toString()));
        break;
    case SyncPlanning::Stage::ListingRemote:
        m_status->setText(tr("Listing the remote folders: %n listed", nullptr, m_planning->remoteListings()));
        break;
    case SyncPlanning::Stage::ListingLocal:
        m_status->setText(tr("Listing the local folders and comparing …"));
        break;
    case SyncPlanning::Stage::Done:
        break;
    }
}

void SyncDialog::planned()
{
    SyncPlanning *planning = m_planning;
    m_planning = nullptr;
    planning->deleteLater();
    m_busy->hide();
    m_compareButton->setEnabled(true);
    if (planning->error()) {
        m_status->setText(tr("Could not compare: %1").arg(planning->error()->message()));
        return;
    }
    m_remoteMissing = planning->remoteMissing();
    m_model->setPlan(planning->plan());
    showSummary();
}

void SyncDialog::showSummary()
{
    const SyncPlan plan = m_model->checkedPlan();
    if (m_model->rowCount() == 0 && m_plannedLocal.isEmpty())
        return;
    const bool up = plan.options.direction == SyncDirection::Up;
    const int copies = plan.count(up ? SyncAction::Kind::Upload : SyncAction::Kind::Download);
    qint64 bytes = 0;
    for (const SyncAction &a : plan.actions) {
        if (a.kind == SyncAction::Kind::Upload || a.kind == SyncAction::Kind::Download)
            bytes += qMax<qint64>(a.size, 0);
    }
    const QString copiesText =
        up ? tr("%n file(s) to upload", nullptr, copies) : tr("%n file(s) to download", nullptr, copies);
    QString text = tr("%1 (%2), %3, %4, %5")
                       .arg(copiesText, QLocale().formattedDataSize(bytes),
                            tr("%n folder(s) to create", nullptr, plan.count(SyncAction::Kind::MakeDir)),
                            tr("%n to delete", nullptr, plan.count(SyncAction::Kind::Delete)),
                            tr("%n left alone", nullptr, plan.count(SyncAction::Kind::Skip)));
    if (m_model->rowCount() == 0)
        text = tr("Nothing to do: the folders are in step (%n left alone).", nullptr,
                  plan.count(SyncAction::Kind::Skip));
    else if (m_model->checkedCount() < m_model->rowCount())
        text += tr("; %n unticked", nullptr, m_model->rowCount() - m_model->checkedCount());
    m_status->setText(text);
    m_syncButton->setEnabled(m_model->checkedCount() > 0);
}

} // namespace ferry::ui
