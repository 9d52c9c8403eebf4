#pragma once
// Small pieces the question dialogs share: a heading with a standard icon, and a form of
// read-only, selectable values (fingerprints must be copyable). GUI thread.

#include <QStyle>

class QBoxLayout;
class QFormLayout;
class QWidget;

namespace ferry::ui {

// Adds an icon and a bold heading (and optional text below it) to layout.
void addDialogHeading(QBoxLayout *layout, QWidget *owner, QStyle::StandardPixmap icon, const QString &heading,
                      const QString &text = {});
// Adds "label: value" with the value selectable by mouse and keyboard.
void addFormValue(QFormLayout *form, QWidget *owner, const QString &label, const QString &value,
                  const QString &accessibleName = {});

} // namespace ferry::ui
