#pragma once
// What the local and the remote pane share: a path bar, a folder tree above a file list
// (FileZilla's layout; setTreeBeside() puts it to the left), a status line (folders, files, total size,
// selection) and a busy indicator; and their keys: Enter opens a folder, Backspace goes up (the window wires
// F5, Ctrl+L and Tab, which act on the pane that has the focus). Subclasses bring the models and say what the
// actions mean. GUI thread.

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QSettings;
class QSplitter;
class QTreeView;
class QAbstractItemModel;

namespace ferry::ui {

class PathBar;

class FilePane : public QWidget
{
    Q_OBJECT
public:
    PathBar *pathBar() const { return m_pathBar; }
    QTreeView *folderTree() const { return m_tree; }
    QTreeView *fileList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *busyIndicator() const { return m_busy; }
    // The badge beside the path bar ("Read-only" inside an archive); hidden when empty.
    QLabel *badge() const { return m_badge; }
    bool isBusy() const;

    void focusPathBar();
    // The folder tree to the left of the file list instead of above it.
    void setTreeBeside(bool beside);
    bool isTreeBeside() const;
    virtual void goUp() = 0;
    virtual void refresh() = 0;

    // Column widths, sort order and the tree/list split, under group in settings.
    void saveState(QSettings &settings, const QString &group) const;
    void restoreState(QSettings &settings, const QString &group);

Q_SIGNALS:
    // The file list got another model (and selection model): setListModel().
    void listModelChanged();

protected:
    FilePane(const QString &accessibleName, QWidget *parent);
    // Call once from the subclass's constructor.
    void setModels(QAbstractItemModel *treeModel, QAbstractItemModel *listModel);
    void setBusy(bool busy);
    // Another model for the file list (the local pane inside an archive): the columns'
    // widths and sort order stay as they are.
    void setListModel(QAbstractItemModel *listModel);
    void setBadge(const QString &text, const QString &toolTip);
    // Makes index the tree's current row and keeps it in view while the tree fills (rows
    // loading above it would push it out), until the user scrolls or clicks the tree.
    void showTreeRow(const QModelIndex &index);

    struct Totals
    {
        int folders = 0;
        int files = 0;
        qint64 bytes = 0;
    };
    void showTotals(const Totals &all, const Totals &selected, int selectedCount);
    void showMessage(const QString &text);

    // Enter or double-click on a list row.
    virtual void activateListRow(const QModelIndex &index) = 0;
    // A click (or current-row change) in the folder tree.
    virtual void activateTreeRow(const QModelIndex &index) = 0;
    // The user typed or picked a path in the path bar.
    virtual void openTypedPath(const QString &path) = 0;
    // Recompute the status line (called after selection changes).
    virtual void updateStatus() = 0;

    bool eventFilter(QObject *watched, QEvent *event) override;
    // The pane's name ("Local", "Remote") in the accessible names of its parts.
    void setPaneName(const QString &name);
    void changeEvent(QEvent *event) override;
    // On a language change: the subclass names the pane again (setPaneName) and its own
    // texts; this base repaints the headers (the models translate as they answer) and
    // recomputes the status line.
    virtual void retranslate();

private:
    // The size, type, date, permissions and owner columns: wide enough for their usual
    // text and for their title in the language now shown.
    void fitColumns();
    // The name column takes the list's width that the other columns leave, but never
    // less than a readable width (narrower panes scroll sideways instead), until the
    // user sizes it by hand.
    void fitNameColumn();

    PathBar *m_pathBar;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QTreeView *m_list;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_badge;
    int m_nameMinimum = 0;
    bool m_fitting = false;
    bool m_nameSizedByUser = false;
    bool m_followTreeRow = false;
    QTimer *m_treeFollower = nullptr;
};

} // namespace ferry::ui
