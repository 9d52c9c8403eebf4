#pragma once
// "Compress to…" on local files: the new archive's name and format (zip, tar.gz, tar.xz,
// tar.zst), in the folder the files are in. Changing the format changes the name's
// ending. Opened window-modal with open(); accepted() then says what to make. GUI thread.

#include <QDialog>

#include "archive/Archive.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ferry::ui {

class CompressDialog : public QDialog
{
    Q_OBJECT
public:
    // sources: what goes in (their names suggest the archive's); folder: where it goes.
    CompressDialog(const QStringList &sources, const QString &folder, QWidget *parent = nullptr);

    QString archivePath() const;
    archive::ArchiveFormat format() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatBox() const { return m_format; }

    // The name suggested: one source's name (a file's without its ending), else the
    // folder's name; with the format's ending.
    static QString suggestedName(const QStringList &sources, const QString &folder,
                                 archive::ArchiveFormat format);

private:
    void formatChanged();
    void validate();

    QString m_folder;
    QLineEdit *m_name;
    QComboBox *m_format;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ferry::ui
