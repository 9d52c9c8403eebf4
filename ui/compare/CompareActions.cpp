#include "compare/CompareActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QStyle>

#include "compare/FolderCompare.h"
#include "compare/SyncBrowsing.h"
#include "tabs/ConnectionTab.h"

namespace ferry::ui {

using sync::FolderComparison;

CompareActions::CompareActions(std::function<ConnectionTab *()> currentTab, QObject *parent)
    : QObject(parent), m_currentTab(std::move(currentTab)), m_compare(new QAction(this)),
      m_compareSize(new QAction(this)), m_compareTime(new QAction(this)), m_hideIdentical(new QAction(this)),
      m_syncBrowsing(new QAction(this)), m_synchronize(new QAction(this)), m_modes(new QActionGroup(this))
{
    m_compare->setObjectName(QStringLiteral("compareFolders"));
    m_compare->setCheckable(true);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QStyle *style = QApplication::style();
    m_compare->setIcon(
        QIcon::fromTheme(QStringLiteral("kompare"), style->standardIcon(QStyle::SP_FileDialogContentsView)));
    m_tr.bind(m_compare, &QAction::setText, QT_TR_NOOP("Directory &comparison"));
    m_tr.bind(m_compare, &QAction::setToolTip,
              QT_TR_NOOP("Compare the local and the remote folder: colours mark what differs (Ctrl+O)"));
    m_compareSize->setObjectName(QStringLiteral("compareSize"));
    m_compareSize->setCheckable(true);
    m_tr.bind(m_compareSize, &QAction::setText, QT_TR_NOOP("Compare file &size"));
    m_compareTime->setObjectName(QStringLiteral("compareTime"));
    m_compareTime->setCheckable(true);
    m_compareTime->setChecked(true);
    m_tr.bind(m_compareTime, &QAction::setText, QT_TR_NOOP("Compare modification &time"));
    m_modes->addAction(m_compareSize);
    m_modes->addAction(m_compareTime);
    m_modes->setExclusive(true);
    m_hideIdentical->setObjectName(QStringLiteral("hideIdentical"));
    m_hideIdentical->setCheckable(true);
    m_tr.bind(m_hideIdentical, &QAction::setText, QT_TR_NOOP("&Hide identical files"));
    m_syncBrowsing->setObjectName(QStringLiteral("syncBrowsing"));
    m_syncBrowsing->setCheckable(true);
    m_syncBrowsing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    // Ferry's own pictures (resources/icons/actions): the themes' "folder-sync" and
    // "view-refresh" looked like Refresh.
    m_syncBrowsing->setIcon(QIcon(QStringLiteral(":/actions/sync-browsing.svg")));
    m_tr.bind(m_syncBrowsing, &QAction::setText, QT_TR_NOOP("S&ynchronized browsing"));
    m_tr.bind(m_syncBrowsing, &QAction::setToolTip,
              QT_TR_NOOP("Opening a folder in one pane opens the same folder in the other (Ctrl+Y)"));

    m_synchronize->setObjectName(QStringLiteral("synchronize"));
    m_synchronize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_synchronize->setIcon(QIcon(QStringLiteral(":/actions/synchronize.svg")));
    m_tr.bind(m_synchronize, &QAction::setText, QT_TR_NOOP("S&ynchronize…"));
    m_tr.bind(m_synchronize, &QAction::setToolTip,
              QT_TR_NOOP("Make the remote folder like the local one, or the reverse (Ctrl+Shift+S)"));
    connect(m_synchronize, &QAction::triggered, this, [this] {
        ConnectionTab *tab = m_currentTab();
        if (!tab || !tab->openSyncDialog())
            Q_EMIT statusMessage(tr("Synchronize needs a connected server"));
    });

    connect(m_compare, &QAction::toggled, this, [this](bool on) {
        if (ConnectionTab *tab = m_currentTab(); tab && !m_updating)
            tab->folderCompare()->setEnabled(on);
    });
    connect(m_modes, &QActionGroup::triggered, this, [this](QAction *action) {
        if (ConnectionTab *tab = m_currentTab(); tab && !m_updating)
            tab->folderCompare()->setMode(action == m_compareSize ? FolderComparison::Mode::Size
                                                                  : FolderComparison::Mode::Time);
    });
    connect(m_hideIdentical, &QAction::toggled, this, [this](bool on) {
        if (ConnectionTab *tab = m_currentTab(); tab && !m_updating)
            tab->folderCompare()->setHideIdentical(on);
    });
    connect(m_syncBrowsing, &QAction::toggled, this, [this](bool on) {
        ConnectionTab *tab = m_currentTab();
        if (!tab || m_updating)
            return;
        watch(tab);
        if (tab->syncBrowsing()->setEnabled(on) != on) {
            Q_EMIT statusMessage(tr("Synchronized browsing needs a connected server"));
            update();
        }
    });
}

void CompareActions::watch(ConnectionTab *tab)
{
    // Switched off by the tab itself (a folder missing on the other side, a disconnection).
    connect(tab->syncBrowsing(), &SyncBrowsing::enabledChanged, this, &CompareActions::update,
            Qt::UniqueConnection);
}

void CompareActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_compare);
    menu->addAction(m_compareSize);
    menu->addAction(m_compareTime);
    menu->addAction(m_hideIdentical);
    menu->addSeparator();
    menu->addAction(m_syncBrowsing);
}

void CompareActions::update()
{
    ConnectionTab *tab = m_currentTab();
    if (!tab)
        return;
    watch(tab);
    m_updating = true;
    m_compare->setChecked(tab->folderCompare()->isEnabled());
    (tab->folderCompare()->mode() == FolderComparison::Mode::Size ? m_compareSize : m_compareTime)
        ->setChecked(true);
    m_hideIdentical->setChecked(tab->folderCompare()->hidesIdentical());
    m_syncBrowsing->setChecked(tab->syncBrowsing()->isEnabled());
    m_updating = false;
}

void CompareActions::retranslate()
{
    m_tr.retranslate();
}

} // namespace ferry::ui
