#include "LeftCopiesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::ui {

LeftCopiesDialog::LeftCopiesDialog(const QList<edit::EditCopy> &copies, QWidget *parent)
    : QDialog(parent), m_copies(copies)
{
    setWindowTitle(tr("Edited Files Not Uploaded"));
    setAccessibleName(windowTitle());
    auto *text = new QLabel(tr("Ferry ended while these files were open for editing. They were changed and "
                               "not uploaded; their copies are kept until you decide."),
                            this);
    text->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Edited files not uploaded"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("File"), tr("Server"), tr("Changed")});
    for (const edit::EditCopy &c : std::as_const(m_copies)) {
        auto *row =
            new QTreeWidgetItem(m_list, {c.remotePath.toString(), c.site,
                                         QLocale().toString(c.modified.toLocalTime(), QLocale::ShortFormat)});
        row->setToolTip(0, c.localPath);
        row->setData(0, Qt::UserRole, c.localPath);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->selectAll();

    m_upload = new QPushButton(tr("&Upload Now"), this);
    m_upload->setAccessibleName(tr("Upload the selected files to where they came from"));
    m_openFolder = new QPushButton(tr("&Open Folder"), this);
    m_openFolder->setAccessibleName(tr("Open the folder of the selected file"));
    m_discard = new QPushButton(tr("&Discard Changes"), this);
    m_discard->setAccessibleName(tr("Delete the selected copies and their changes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleName(tr("Keep the copies and ask again next time"));
    buttons->addButton(m_upload, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 300);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &LeftCopiesDialog::updateButtons);
    connect(m_upload, &QPushButton::clicked, this, [this] { Q_EMIT uploadRequested(selected()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardRequested(selected()); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QList<edit::EditCopy> chosen = selected();
        if (!chosen.isEmpty())
            Q_EMIT openFolderRequested(chosen.first());
    });
    updateButtons();
}

QList<edit::EditCopy> LeftCopiesDialog::selected() const
{
    QList<edit::EditCopy> out;
    for (const QTreeWidgetItem *row : m_list->selectedItems()) {
        const QString path = row->data(0, Qt::UserRole).toString();
        for (const edit::EditCopy &c : m_copies) {
            if (c.localPath == path)
                out.append(c);
        }
    }
    return out;
}

void LeftCopiesDialog::removeCopy(const QString &localPath)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == localPath)
            delete m_list->takeTopLevelItem(i--);
    }
    m_copies.removeIf([&localPath](const edit::EditCopy &c) { return c.localPath == localPath; });
    if (m_copies.isEmpty())
        accept();
    updateButtons();
}

void LeftCopiesDialog::updateButtons()
{
    const int count = int(m_list->selectedItems().size());
    m_upload->setEnabled(count > 0);
    m_discard->setEnabled(count > 0);
    m_openFolder->setEnabled(count == 1);
}

} // namespace ferry::ui
