#pragma once
// "File permissions" for remote entries: the mode as three octal digits and as nine
// check boxes (read, write, execute for owner, group and others), kept in step; for a
// selection with folders, "Recurse into subfolders" with what it applies to (all files
// and folders, files only, folders only). GUI thread.

#include <QDialog>

#include "session/FileOperation.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QDialogButtonBox;

namespace ferry::ui {

class PermissionsDialog : public QDialog
{
    Q_OBJECT
public:
    // what: shown to the user ("report.pdf", "3 items"); mode: the starting mode;
    // hasFolders: the selection holds folders (recursion is offered).
    PermissionsDialog(const QString &what, quint32 mode, bool hasFolders, QWidget *parent = nullptr);

    quint32 mode() const { return m_mode; }
    void setMode(quint32 mode);
    bool isRecursive() const;
    session::FileOperation::Scope scope() const;
    // Whether the octal field holds a valid mode (OK is disabled otherwise).
    bool isValid() const { return m_valid; }

    // For tests: [who][what], who 0..2 = owner, group, others; what 0..2 = r, w, x.
    QCheckBox *bitBox(int who, int what) const { return m_bits[who][what]; }
    QLineEdit *octalEdit() const { return m_octal; }
    QCheckBox *recursiveBox() const { return m_recursive; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *filesOnlyButton() const { return m_files; }
    QRadioButton *foldersOnlyButton() const { return m_folders; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void showMode(); // boxes and field from m_mode
    void readBoxes();
    void readOctal(const QString &text);

    QCheckBox *m_bits[3][3] = {};
    QLineEdit *m_octal;
    QCheckBox *m_recursive;
    QRadioButton *m_all;
    QRadioButton *m_files;
    QRadioButton *m_folders;
    QDialogButtonBox *m_buttons;
    quint32 m_mode = 0;
    bool m_valid = true;
    bool m_updating = false;
};

} // namespace ferry::ui
