#pragma once
// The application's look and language, set from the settings (Theme and Language pages)
// while the window runs.
//
// Theme: "system" gives back the style and palette Qt chose at start (the desktop's);
// "light" and "dark" use the Fusion style with a light or a dark palette, so every
// widget, and every colour the window derives from the palette (the queue's progress
// bars, the log's kinds), follows.
//
// Language: "en" uses the strings in the source; "id" and "de" load ferry_<code>.qm from
// the translations folder; "system" loads the one for the system's locale when there is
// one. The loaded QTranslator replaces the previous one, and Qt sends LanguageChange to
// every widget, which retranslates. The folder is FERRY_TRANSLATIONS_DIR when set, else
// <executable dir>/translations (the build tree), else <prefix>/share/ferry/translations.

#include <QObject>
#include <QPalette>
#include <QString>

#include <memory>

class QTranslator;

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
    QString loadedTranslation() const { return m_loadedFile; }

    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString translationsDir();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    std::unique_ptr<QTranslator> m_translator;
    QString m_loadedFile;
    QString m_theme;
};

} // namespace ferry::ui
