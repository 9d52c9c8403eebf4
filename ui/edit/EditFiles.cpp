#include "EditFiles.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QWidget>

#include "edit/EditSessions.h"
#include "edit/EditorLauncher.h"
#include "edit/LeftCopiesDialog.h"
#include "questions/QuestionDialogs.h"
#include "settings/AppSettings.h"

namespace ferry::ui {

using edit::EditSessions;

EditFiles::EditFiles(transfer::QueueService &queue, settings::AppSettings &settings, QWidget *window)
    : QObject(window), m_sessions(new EditSessions(queue, this)), m_settings(settings), m_window(window)
{
    connect(m_sessions, &EditSessions::questionAsked, this,
            [this](session::QuestionRequest *request) { openQuestionDialog(request, m_window); });
    connect(m_sessions, &EditSessions::readyToOpen, this,
            [this](int id, const QString &path, EditSessions::Mode mode) {
                openCopy(id, path, mode == EditSessions::Mode::Edit);
            });
    connect(m_sessions, &EditSessions::failed, this, [this](int id, const QString &message) {
        const auto file = m_sessions->file(id);
        Q_EMIT logged(tr("%1: %2").arg(file ? file->remotePath.toString() : QString(), message), true);
    });
    connect(m_sessions, &EditSessions::uploaded, this, [this](int id) {
        if (const auto file = m_sessions->file(id))
            Q_EMIT logged(tr("Uploaded the edited file %1").arg(file->remotePath.toString()), false);
    });
    // Copies a crashed run left: the unchanged ones are gone, the changed ones are asked about.
    connect(m_sessions, &EditSessions::leftCopiesFound, this, &EditFiles::askAboutLeftCopies);
    connect(m_sessions, &EditSessions::leftCopyUploaded, this,
            [this](const edit::EditCopy &copy, const QString &error) {
                if (!error.isEmpty()) {
                    Q_EMIT logged(tr("%1: %2").arg(copy.remotePath.toString(), error), true);
                    return;
                }
                Q_EMIT logged(
                    tr("Uploaded the edited file %1 left by the last run").arg(copy.remotePath.toString()),
                    false);
                if (m_leftDialog)
                    m_leftDialog->removeCopy(copy.localPath);
            });
    m_sessions->findLeftCopies();
}

void EditFiles::askAboutLeftCopies(const QList<edit::EditCopy> &changed, int removed)
{
    if (removed > 0)
        Q_EMIT logged(
            tr("Removed %n unchanged copy(s) of edited files left by the last run", nullptr, removed), false);
    if (changed.isEmpty())
        return;
    Q_EMIT logged(tr("%n edited file(s) left by the last run were changed and not uploaded", nullptr,
                     int(changed.size())),
                  true);
    if (m_leftDialog) {
        m_leftDialog->raise();
        return;
    }
    m_leftDialog = new LeftCopiesDialog(changed, m_window);
    m_leftDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_leftDialog, &LeftCopiesDialog::uploadRequested, this,
            [this](const QList<edit::EditCopy> &copies) {
                for (const edit::EditCopy &copy : copies)
                    m_sessions->uploadLeftCopy(copy);
            });
    connect(m_leftDialog, &LeftCopiesDialog::discardRequested, this,
            [this](const QList<edit::EditCopy> &copies) {
                for (const edit::EditCopy &copy : copies) {
                    m_sessions->discardLeftCopy(copy);
                    Q_EMIT logged(tr("Discarded the changes to %1").arg(copy.remotePath.toString()), false);
                    if (m_leftDialog)
                        m_leftDialog->removeCopy(copy.localPath);
                }
            });
    connect(m_leftDialog, &LeftCopiesDialog::openFolderRequested, this, [](const edit::EditCopy &copy) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(copy.localPath).absolutePath()));
    });
    m_leftDialog->show();
}

EditFiles::~EditFiles() = default;

void EditFiles::openCopy(int id, const QString &path, bool edit)
{
    const QString command = edit::EditorLauncher::commandFor(m_settings.editors(), path);
    const auto file = m_sessions->file(id);
    const QString remote = file ? file->remotePath.toString() : path;
    if (!command.isEmpty()) {
        if (auto st = edit::EditorLauncher::launch(command, path); !st) {
            Q_EMIT logged(tr("Cannot open %1: %2").arg(remote, st.error().message()), true);
            return;
        }
    } else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        Q_EMIT logged(tr("Cannot open %1: no application is set for this type (choose an editor in "
                         "Settings > Editors)")
                          .arg(remote),
                      true);
        return;
    }
    Q_EMIT logged(edit ? tr("Opened %1 for editing: saved changes are uploaded after asking").arg(remote)
                       : tr("Opened %1 for viewing").arg(remote),
                  false);
}

void EditFiles::askBeforeClosing(const session::Session *session, const std::function<void()> &proceed)
{
    const QList<int> unsaved = m_sessions->unsaved(session);
    if (unsaved.isEmpty()) {
        proceed();
        return;
    }
    QStringList names;
    for (int id : unsaved) {
        if (const auto file = m_sessions->file(id))
            names.append(file->remotePath.toString());
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Edited files not uploaded"),
                                tr("%n edited file(s) changed since the last upload: %1. Close anyway? "
                                   "The changes are lost with the temporary copies.",
                                   nullptr, int(names.size()))
                                    .arg(names.join(QStringLiteral(", "))),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("editedFilesQuestion"));
    box->setAccessibleName(box->windowTitle());
    QPushButton *discard = box->addButton(tr("&Close anyway"), QMessageBox::DestructiveRole);
    discard->setAccessibleName(tr("Close anyway"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [discard, proceed](QAbstractButton *button) {
        if (button == discard)
            proceed();
    });
    box->open();
}

} // namespace ferry::ui
