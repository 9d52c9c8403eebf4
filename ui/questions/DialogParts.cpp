#include "questions/DialogParts.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace ferry::ui {

void addDialogHeading(QBoxLayout *layout, QWidget *owner, QStyle::StandardPixmap icon, const QString &heading,
                      const QString &text)
{
    auto *row = new QHBoxLayout;
    auto *iconLabel = new QLabel(owner);
    const int size = owner->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, owner);
    iconLabel->setPixmap(owner->style()->standardIcon(icon, nullptr, owner).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    row->addWidget(iconLabel);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>") + heading.toHtmlEscaped() + QStringLiteral("</b>"), owner);
    title->setWordWrap(true);
    title->setAccessibleName(heading);
    column->addWidget(title);
    if (!text.isEmpty()) {
        auto *body = new QLabel(text, owner);
        body->setWordWrap(true);
        body->setTextFormat(Qt::PlainText);
        column->addWidget(body);
    }
    row->addLayout(column, 1);
    layout->addLayout(row);
}

void addFormValue(QFormLayout *form, QWidget *owner, const QString &label, const QString &value,
                  const QString &accessibleName)
{
    auto *field = new QLabel(value, owner);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    field->setAccessibleName(accessibleName.isEmpty() ? label : accessibleName);
    form->addRow(label, field);
}

QCheckBox *addConfirmation(QBoxLayout *layout, QWidget *owner, const QString &text,
                           const QString &accessibleName, const QList<QAbstractButton *> &gated)
{
    auto *box = new QCheckBox(text, owner);
    box->setAccessibleName(accessibleName);
    layout->addWidget(box);
    for (QAbstractButton *button : gated) {
        button->setEnabled(false);
        QObject::connect(box, &QCheckBox::toggled, button, &QAbstractButton::setEnabled);
    }
    return box;
}

TrustAnswers addTrustAnswers(QBoxLayout *layout, QDialog *dialog, const TrustAnswerTexts &texts, bool changed,
                             const std::function<void(remote::TrustDecision)> &decide)
{
    TrustAnswers answers;
    auto *buttons = new QDialogButtonBox(dialog);
    answers.once = buttons->addButton(texts.once, QDialogButtonBox::AcceptRole);
    answers.always = buttons->addButton(texts.always, QDialogButtonBox::AcceptRole);
    answers.cancel = buttons->addButton(QDialogButtonBox::Cancel);
    answers.once->setAccessibleName(texts.onceName);
    answers.always->setAccessibleName(texts.alwaysName);
    answers.cancel->setDefault(true);
    answers.cancel->setFocus();
    if (changed)
        answers.confirm = addConfirmation(
            layout, dialog,
            QCoreApplication::translate("DialogParts",
                                        "I have checked the new fingerprint with the server's administrator"),
            QCoreApplication::translate("DialogParts", "I have checked the new fingerprint"),
            {answers.once, answers.always});
    layout->addWidget(buttons);

    const auto answer = [dialog, decide](remote::TrustDecision decision) {
        dialog->accept(); // first: the answer closes the request, which must not reject this dialog
        decide(decision);
    };
    QObject::connect(answers.once, &QPushButton::clicked, dialog,
                     [answer] { answer(remote::TrustDecision::AcceptOnce); });
    QObject::connect(answers.always, &QPushButton::clicked, dialog,
                     [answer] { answer(remote::TrustDecision::AcceptAlways); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::rejected, dialog, [decide] { decide(remote::TrustDecision::Reject); });
    return answers;
}

} // namespace ferry::ui
