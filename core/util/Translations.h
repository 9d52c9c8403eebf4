#pragma once
// The program's language: Ferry's own strings (ferry_<lang>.qm, compiled from translations/
// and built into the binaries under :/i18n) and Qt's (qtbase_<lang>.qm from Qt's
// translations folder, QLibraryInfo::TranslationsPath), installed on the application.
//
// "system" follows the locale (QLocale::uiLanguages(): LANGUAGE, then LC_ALL, LC_MESSAGES,
// LANG); "en" installs nothing; any other code loads that language. A folder given in
// overrideDirs is searched before the built-in files, so a .qm on disk replaces the built-in
// one (FERRY_TRANSLATIONS_DIR, a translations folder beside the program). Installing again
// replaces what the previous call installed (Qt then sends LanguageChange). QtCore only:
// ferry-cli uses it as the window does. One thread (the application's).

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace ferry::util {

class Translations
{
public:
    Translations();
    ~Translations(); // removes what it installed
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // True when Ferry's strings for the language were found, or the language is English
    // ("en", or "system" on an English or unknown locale).
    bool install(const QString &language, const QStringList &overrideDirs = {});
    void remove();
    // The file Ferry's strings came from (":/i18n/ferry_id.qm" or a file on disk); empty
    // when none was installed.
    QString loadedFile() const;
    bool qtLoaded() const;

    // The folders searched before the built-in files: FERRY_TRANSLATIONS_DIR when set,
    // else <executable dir>/translations and <executable dir>/../share/ferry/translations
    // where they exist.
    static QStringList defaultOverrideDirs();
    static constexpr const char *kBuiltIn = ":/i18n";

private:
    std::unique_ptr<QTranslator> m_ferry;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ferry::util
