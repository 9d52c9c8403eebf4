#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ferry::util {

namespace {

// Loads base (ferry, qtbase) for language ("system": the locale's UI languages) from the
// first folder that has it.
std::unique_ptr<QTranslator> load(const QString &base, const QString &language, const QStringList &dirs)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString &dir : dirs) {
        const bool ok = language == QLatin1String("system")
                            ? translator->load(QLocale(), base, QStringLiteral("_"), dir)
                            : translator->load(QLocale(language), base, QStringLiteral("_"), dir);
        if (ok)
            return translator;
    }
    return nullptr;
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

QStringList Translations::defaultOverrideDirs()
{
    const QString env = qEnvironmentVariable("FERRY_TRANSLATIONS_DIR");
    if (!env.isEmpty())
        return {env};
    QStringList dirs;
    const QString app = QCoreApplication::applicationDirPath();
    const QStringList candidates{QString(app + QStringLiteral("/translations")),
                                 QDir::cleanPath(app + QStringLiteral("/../share/ferry/translations"))};
    for (const QString &dir : candidates) {
        if (QFileInfo(dir).isDir())
            dirs.append(dir);
    }
    return dirs;
}

bool Translations::install(const QString &language, const QStringList &overrideDirs)
{
    remove();
    if (language == QLatin1String("en"))
        return true;
    m_ferry = load(QStringLiteral("ferry"), language, overrideDirs + QStringList{QLatin1String(kBuiltIn)});
    // Qt's own strings (standard buttons, file dialogs) only with Ferry's: an English
    // window with German buttons would be worse than either.
    if (m_ferry) {
        m_qt = load(QStringLiteral("qtbase"), language, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        if (m_qt)
            QCoreApplication::installTranslator(m_qt.get());
        QCoreApplication::installTranslator(m_ferry.get()); // sends LanguageChange
        return true;
    }
    if (language != QLatin1String("system"))
        return false;
    // The locale asks for English, or for a language Ferry has no translation for.
    return true;
}

void Translations::remove()
{
    if (m_ferry)
        QCoreApplication::removeTranslator(m_ferry.get()); // sends LanguageChange
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ferry.reset();
    m_qt.reset();
}

QString Translations::loadedFile() const
{
    return m_ferry ? m_ferry->filePath() : QString();
}

bool Translations::qtLoaded() const
{
    return m_qt != nullptr;
}

} // namespace ferry::util
