#include "MainMenus.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <ferry/Version.h>

#include "panes/FilePane.h"
#include "panes/PaneMenus.h"

namespace ferry::ui {

MainMenus::MainMenus(QMainWindow *window, const WindowActions &actions,
                     std::function<PaneMenus *()> paneMenus, std::function<FilePane *()> activePane)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_edit = bar->addMenu(QString());
    m_view = bar->addMenu(QString());
    m_transfer = bar->addMenu(QString());
    m_server = bar->addMenu(QString());
    m_bookmarks = bar->addMenu(QString());
    m_help = bar->addMenu(QString());
    const char *const names[] = {"file", "edit", "view", "transfer", "server", "bookmarks", "help"};
    int i = 0;
    for (QMenu *menu : {m_file, m_edit, m_view, m_transfer, m_server, m_bookmarks, m_help})
        menu->setObjectName(QLatin1String(names[i++]) + QStringLiteral("Menu"));
    retranslate();

    // File
    m_file->addAction(actions.connect);
    m_file->addSeparator();
    m_quit = m_file->addAction(QString());
    m_tr.bind(m_quit, &QAction::setText, QT_TR_NOOP("E&xit"));
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);

    // Edit: the file operations of the pane that had the focus last. Their keys (F2, Del)
    // belong to the file lists, so typing in a text field never deletes a file; here they
    // are shown, and the entries act through the pane's own actions.
    const struct
    {
        PaneMenus::Op op;
        const char *text;
        QKeySequence key;
    } editEntries[] = {
        {PaneMenus::Op::Open, QT_TR_NOOP("&Open"), {}},
        {PaneMenus::Op::Rename, QT_TR_NOOP("&Rename"), QKeySequence(Qt::Key_F2)},
        {PaneMenus::Op::Delete, QT_TR_NOOP("&Delete"), QKeySequence(QKeySequence::Delete)},
        {PaneMenus::Op::NewFolder, QT_TR_NOOP("Create &folder…"), {}},
        {PaneMenus::Op::NewFile, QT_TR_NOOP("Create new f&ile…"), {}},
        {PaneMenus::Op::Permissions, QT_TR_NOOP("File &permissions…"), {}},
        {PaneMenus::Op::CopyUrl, QT_TR_NOOP("&Copy URL(s) to clipboard"), {}},
    };
    QList<QPair<QAction *, PaneMenus::Op>> editActions;
    for (const auto &entry : editEntries) {
        QAction *action = m_edit->addAction(QString());
        m_tr.bind(action, &QAction::setText, entry.text);
        action->setObjectName(QStringLiteral("edit-") + QString::number(int(entry.op)));
        if (!entry.key.isEmpty()) {
            action->setShortcut(entry.key);
            action->setShortcutContext(Qt::WidgetShortcut); // the menu's own: never fires elsewhere
        }
        const PaneMenus::Op op = entry.op;
        connect(action, &QAction::triggered, this, [paneMenus, activePane, op] {
            if (QAction *target = paneMenus()->action(activePane(), op); target && target->isEnabled())
                target->trigger();
        });
        editActions.append({action, op});
    }
    connect(m_edit, &QMenu::aboutToShow, this, [paneMenus, activePane, editActions] {
        FilePane *pane = activePane();
        paneMenus()->updateActions(pane);
        for (const auto &[action, op] : editActions) {
            QAction *target = paneMenus()->action(pane, op);
            action->setEnabled(target && target->isEnabled());
        }
    });

    // View
    m_view->addAction(actions.refresh);
    m_view->addAction(actions.up);
    m_view->addAction(actions.goToPath);
    m_view->addSeparator();
    m_treeBeside = m_view->addAction(QString());
    m_tr.bind(m_treeBeside, &QAction::setText, QT_TR_NOOP("Folder trees &beside the file lists"));
    m_treeBeside->setObjectName(QStringLiteral("treeBeside"));
    m_treeBeside->setCheckable(true);
    m_messageLog = m_view->addAction(QString());
    m_tr.bind(m_messageLog, &QAction::setText, QT_TR_NOOP("&Message log"));
    m_messageLog->setObjectName(QStringLiteral("messageLogShown"));
    m_messageLog->setCheckable(true);
    m_messageLog->setChecked(true);

    // Server
    m_server->addAction(actions.reconnect);
    m_server->addAction(actions.disconnect);

    // Help
    QAction *about = m_help->addAction(QString());
    m_tr.bind(about, &QAction::setText, QT_TR_NOOP("&About Ferry"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, window, [window] {
        QMessageBox::about(window, tr("About Ferry"),
                           tr("<p><b>Ferry %1</b></p><p>A desktop client for FTP, FTPS and SFTP.</p>")
                                   .arg(QStringLiteral(FERRY_VERSION)) +
                               tr("<p>Free software under the GNU General Public License, version 3 or "
                                  "later (%1).</p>")
                                   .arg(QStringLiteral("GPL-3.0-or-later")));
    });
    QAction *aboutQt = m_help->addAction(QString());
    m_tr.bind(aboutQt, &QAction::setText, QT_TR_NOOP("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_transfer->setTitle(tr("&Transfer"));
    m_server->setTitle(tr("&Server"));
    m_bookmarks->setTitle(tr("&Bookmarks"));
    m_help->setTitle(tr("&Help"));
    m_tr.retranslate();
}

} // namespace ferry::ui
