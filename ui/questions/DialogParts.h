#pragma once
// Small pieces the question dialogs share: a heading with a standard icon, and a form of
// read-only, selectable values (fingerprints must be copyable), and the confirmation that
// makes accepting a changed host key or certificate deliberate. GUI thread.

#include <QStyle>

#include <QList>

#include <functional>

#include "remote/Interaction.h"

class QAbstractButton;
class QBoxLayout;
class QCheckBox;
class QDialog;
class QPushButton;
class QFormLayout;
class QWidget;

namespace ferry::ui {

// Adds an icon and a bold heading (and optional text below it) to layout.
void addDialogHeading(QBoxLayout *layout, QWidget *owner, QStyle::StandardPixmap icon, const QString &heading,
                      const QString &text = {});
// Adds "label: value" with the value selectable by mouse and keyboard.
void addFormValue(QFormLayout *form, QWidget *owner, const QString &label, const QString &value,
                  const QString &accessibleName = {});
// Adds a check box to layout that the gated buttons wait for: they are disabled until it
// is ticked (and again when it is cleared).
QCheckBox *addConfirmation(QBoxLayout *layout, QWidget *owner, const QString &text,
                           const QString &accessibleName, const QList<QAbstractButton *> &gated);

// The answers of a certificate or host-key question: accept once, accept always, and
// Cancel (the default, with the focus). For a changed certificate or key, a confirmation
// box gates the accepting buttons. decide is called once with the answer, after the
// dialog closed (closing it any other way answers Reject).
struct TrustAnswers
{
    QPushButton *once = nullptr;
    QPushButton *always = nullptr;
    QPushButton *cancel = nullptr;
    QCheckBox *confirm = nullptr; // only for a changed certificate or key
};
struct TrustAnswerTexts
{
    QString once, onceName, always, alwaysName;
};
TrustAnswers addTrustAnswers(QBoxLayout *layout, QDialog *dialog, const TrustAnswerTexts &texts, bool changed,
                             const std::function<void(remote::TrustDecision)> &decide);

} // namespace ferry::ui
