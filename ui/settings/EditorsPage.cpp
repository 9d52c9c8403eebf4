#include "EditorsPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::ui {

EditorsPage::EditorsPage(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("editorsPage"));
    m_table->setObjectName(QStringLiteral("editorsTable"));
    m_add->setObjectName(QStringLiteral("addEditor"));
    m_remove->setObjectName(QStringLiteral("removeEditor"));
    m_hint->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem());
        m_table->setItem(row, 1, new QTableWidgetItem());
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    retranslate();
}

void EditorsPage::setEditors(const QMap<QString, QString> &editors)
{
    m_table->setRowCount(0);
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
}

QMap<QString, QString> EditorsPage::editors() const
{
    QMap<QString, QString> editors;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *ext = m_table->item(row, 0);
        const QTableWidgetItem *command = m_table->item(row, 1);
        if (ext && command && !ext->text().trimmed().isEmpty() && !command->text().trimmed().isEmpty())
            editors.insert(ext->text().trimmed(), command->text().trimmed());
    }
    return editors;
}

void EditorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditorsPage::retranslate()
{
    m_hint->setText(tr("View and Edit (F3, F4) open a downloaded file with the command set here for its "
                       "extension (\"txt\", \"tar.gz\", \"*\" for any other); %f stands for the file. "
                       "Other files open with the desktop's default application."));
    m_table->setHorizontalHeaderLabels({tr("Extension"), tr("Command")});
    m_table->setAccessibleName(tr("Editors by extension"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add an editor"));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the editor"));
}

} // namespace ferry::ui
