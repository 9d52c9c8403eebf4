#pragma once
// Asks what to do with edited files a crashed run left changed and not uploaded
// (EditSessions::leftCopiesFound), as WinSCP does at its next start: one row per file
// (the file, its server, when it was changed); Upload Now sends the selected ones to the
// server and path they came from, Open Folder shows one in the file manager, Discard
// Changes deletes them. A file leaves the list once uploaded or discarded; Close keeps
// the rest, to be asked about again at the next start. Nothing is deleted without
// Discard. GUI thread.
#include <QDialog>
#include <QList>

#include "edit/EditCopies.h"

class QPushButton;
class QTreeWidget;

namespace ferry::ui {

class LeftCopiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LeftCopiesDialog(const QList<edit::EditCopy> &copies, QWidget *parent = nullptr);

    QList<edit::EditCopy> copies() const { return m_copies; }
    // Takes a copy off the list (uploaded, or discarded); the dialog closes when none is left.
    void removeCopy(const QString &localPath);

Q_SIGNALS:
    void uploadRequested(const QList<ferry::edit::EditCopy> &copies);
    void discardRequested(const QList<ferry::edit::EditCopy> &copies);
    void openFolderRequested(const ferry::edit::EditCopy &copy);

private:
    QList<edit::EditCopy> selected() const;
    void updateButtons();

    QList<edit::EditCopy> m_copies;
    QTreeWidget *m_list;
    QPushButton *m_upload;
    QPushButton *m_openFolder;
    QPushButton *m_discard;
};

} // namespace ferry::ui
