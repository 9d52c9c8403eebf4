#include "dialogs/CompressDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "remote/RemotePath.h"

namespace ferry::ui {

using archive::ArchiveFormat;

CompressDialog::CompressDialog(const QStringList &sources, const QString &folder, QWidget *parent)
    : QDialog(parent), m_folder(folder), m_name(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("compressDialog"));
    setWindowTitle(tr("Compress"));
    setAccessibleName(tr("Compress"));
    m_format->setObjectName(QStringLiteral("compressFormat"));
    m_format->setAccessibleName(tr("Archive format"));
    m_format->addItem(QStringLiteral("zip"), int(ArchiveFormat::Zip));
    m_format->addItem(QStringLiteral("tar.gz"), int(ArchiveFormat::TarGz));
    m_format->addItem(QStringLiteral("tar.xz"), int(ArchiveFormat::TarXz));
    m_format->addItem(QStringLiteral("tar.zst"), int(ArchiveFormat::TarZst));
    m_name->setObjectName(QStringLiteral("compressName"));
    m_name->setAccessibleName(tr("Archive name"));
    m_name->setText(suggestedName(sources, folder, ArchiveFormat::Zip));
    m_name->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('x')) * 40);
    m_problem->setObjectName(QStringLiteral("compressProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compress"));

    auto *form = new QFormLayout;
    auto *what = new QLabel(
        sources.size() == 1
            ? tr("Compress %1 into a new archive in %2:").arg(QFileInfo(sources.first()).fileName(), folder)
            : tr("Compress %1 items into a new archive in %2:").arg(sources.size()).arg(folder),
        this);
    what->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &CompressDialog::formatChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CompressDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The name without its ending is selected, ready to be typed over.
    m_name->setSelection(0, int(archive::withoutArchiveSuffix(m_name->text()).size()));
    validate();
}

QString CompressDialog::suggestedName(const QStringList &sources, const QString &folder, ArchiveFormat format)
{
    QString base;
    if (sources.size() == 1) {
        const QFileInfo info(sources.first());
        base = info.isDir() ? info.fileName() : info.completeBaseName();
        if (base.isEmpty())
            base = info.fileName();
    } else {
        base = QFileInfo(folder).fileName();
    }
    if (base.isEmpty())
        base = tr("archive");
    return base + archive::suffixOf(format);
}

ArchiveFormat CompressDialog::format() const
{
    return ArchiveFormat(m_format->currentData().toInt());
}

QString CompressDialog::archivePath() const
{
    return QDir(m_folder).filePath(m_name->text().trimmed());
}

void CompressDialog::formatChanged()
{
    const QString stem = archive::withoutArchiveSuffix(m_name->text().trimmed());
    m_name->setText(stem + archive::suffixOf(format()));
}

void CompressDialog::validate()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (!remote::RemotePath::isSafeName(name))
        problem = tr("Type a file name (without a folder).");
    else if (QFileInfo::exists(archivePath()))
        problem = tr("%1 exists already.").arg(name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ferry::ui
