#pragma once
// The application's look and language, set from the settings (Theme and Language pages)
// while the window runs.
//
// Theme: "system" gives back the style and palette Qt chose at start (the desktop's);
// "light" and "dark" use the Fusion style with a light or a dark palette, so every
// widget, and every colour the window derives from the palette (the queue's progress
// bars, the log's kinds), follows.
//
// Language: "en" uses the strings in the source; "id" and "de" load that language;
// "system" the locale's (LANGUAGE, LANG) when Ferry has it (util::Translations: the
// translations built into the binary, Qt's own from Qt's folder). The new translators
// replace the previous ones, and Qt sends LanguageChange to every widget, which
// retranslates. A .qm on disk replaces the built-in one: FERRY_TRANSLATIONS_DIR when set,
// else <executable dir>/translations or <prefix>/share/ferry/translations when they exist.

#include <QObject>
#include <QPalette>
#include <QString>

#include "util/Translations.h"

namespace ferry::ui {

class Appearance : public QObject
{
    Q_OBJECT
public:
    explicit Appearance(QObject *parent = nullptr);
    ~Appearance() override;

    void applyTheme(const QString &theme);
    // False when a language's .qm is missing (English strings stay, as with "en").
    bool applyLanguage(const QString &language);
    QString loadedTranslation() const;

    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    util::Translations m_translations;
    QString m_theme;
};

} // namespace ferry::ui
