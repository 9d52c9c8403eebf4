#pragma once
// Icons for the local pane from the file's type and name alone (FileIcons: the desktop
// theme's icon for the extension). Qt's default provider sniffs file contents for a MIME
// type, which blocks forever on a FIFO and costs a read per file. GUI thread and QFileSystemModel's gatherer
// thread.

#include <QAbstractFileIconProvider>
#include <QIcon>

namespace ferry::ui {

class LocalIconProvider : public QAbstractFileIconProvider
{
public:
    // One provider for every model, made on first use (GUI thread) and never destroyed:
    // a QFileSystemModel's gatherer thread may call it until the model is entirely gone,
    // which is after any member or owner of the model would have died.
    static LocalIconProvider *shared();

    LocalIconProvider();
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QIcon m_folder, m_file, m_link, m_drive, m_computer;
};

} // namespace ferry::ui
