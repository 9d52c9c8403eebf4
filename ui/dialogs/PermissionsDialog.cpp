#include "dialogs/PermissionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {
// The bit of [who][what]: owner read is 0400, others execute is 0001.
quint32 bitOf(int who, int what)
{
    return 1u << ((2 - who) * 3 + (2 - what));
}
} // namespace

PermissionsDialog::PermissionsDialog(const QString &what, quint32 mode, bool hasFolders, QWidget *parent)
    : QDialog(parent), m_octal(new QLineEdit(this)),
      m_recursive(new QCheckBox(tr("&Recurse into subfolders"), this)),
      m_all(new QRadioButton(tr("Apply to &all files and folders"), this)),
      m_files(new QRadioButton(tr("Apply to &files only"), this)),
      m_folders(new QRadioButton(tr("Apply to f&olders only"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("permissionsDialog"));
    setWindowTitle(tr("Change file permissions"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Permissions of %1:").arg(what), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QString whoNames[3] = {tr("Owner"), tr("Group"), tr("Others")};
    const QString whatNames[3] = {tr("Read"), tr("Write"), tr("Execute")};
    auto *grid = new QGridLayout;
    for (int who = 0; who < 3; ++who) {
        auto *group = new QGroupBox(tr("%1 permissions").arg(whoNames[who]), this);
        auto *row = new QHBoxLayout(group);
        for (int bit = 0; bit < 3; ++bit) {
            auto *box = new QCheckBox(whatNames[bit], group);
            box->setAccessibleName(tr("%1 %2").arg(whoNames[who], whatNames[bit].toLower()));
            m_bits[who][bit] = box;
            row->addWidget(box);
            connect(box, &QCheckBox::toggled, this, [this] { readBoxes(); });
        }
        grid->addWidget(group, who, 0);
    }
    layout->addLayout(grid);

    auto *octalRow = new QHBoxLayout;
    auto *octalLabel = new QLabel(tr("&Numeric value:"), this);
    octalLabel->setBuddy(m_octal);
    m_octal->setAccessibleName(tr("Numeric value"));
    m_octal->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{0,4}")), m_octal));
    m_octal->setMaxLength(4);
    m_octal->setToolTip(tr("Three octal digits (owner, group, others), for example 644 or 755"));
    octalRow->addWidget(octalLabel);
    octalRow->addWidget(m_octal);
    octalRow->addStretch();
    layout->addLayout(octalRow);
    connect(m_octal, &QLineEdit::textEdited, this, [this](const QString &text) { readOctal(text); });

    layout->addWidget(m_recursive);
    auto *scopeBox = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(20, 0, 0, 0);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_files);
    scopeLayout->addWidget(m_folders);
    layout->addWidget(scopeBox);
    m_all->setChecked(true);
    m_recursive->setVisible(hasFolders);
    scopeBox->setVisible(hasFolders);
    scopeBox->setEnabled(false);
    connect(m_recursive, &QCheckBox::toggled, scopeBox, &QWidget::setEnabled);

    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMode(mode);
}

void PermissionsDialog::setMode(quint32 mode)
{
    m_mode = mode & 0777;
    m_valid = true;
    showMode();
    m_octal->setText(QStringLiteral("%1").arg(m_mode, 3, 8, QLatin1Char('0')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void PermissionsDialog::showMode()
{
    m_updating = true;
    for (int who = 0; who < 3; ++who) {
        for (int bit = 0; bit < 3; ++bit)
            m_bits[who][bit]->setChecked(m_mode & bitOf(who, bit));
    }
    m_updating = false;
}

void PermissionsDialog::readBoxes()
{
    if (m_updating)
        return;
    quint32 mode = 0;
    for (int who = 0; who < 3; ++who) {
        for (int bit = 0; bit < 3; ++bit) {
            if (m_bits[who][bit]->isChecked())
                mode |= bitOf(who, bit);
        }
    }
    setMode(mode);
}

void PermissionsDialog::readOctal(const QString &text)
{
    bool ok = false;
    const quint32 mode = text.toUInt(&ok, 8);
    m_valid = ok && text.size() >= 3 && mode <= 0777;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    if (!m_valid)
        return;
    m_mode = mode;
    showMode();
}

bool PermissionsDialog::isRecursive() const
{
    return !m_recursive->isHidden() && m_recursive->isChecked();
}

session::FileOperation::Scope PermissionsDialog::scope() const
{
    if (m_files->isChecked())
        return session::FileOperation::Scope::FilesOnly;
    if (m_folders->isChecked())
        return session::FileOperation::Scope::FoldersOnly;
    return session::FileOperation::Scope::All;
}

} // namespace ferry::ui
