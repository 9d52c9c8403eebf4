#include "common/Retranslator.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::ui {

QString Retranslator::tr(const char *source) const
{
    return QCoreApplication::translate(m_context, source);
}

QString Retranslator::plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

void Retranslator::bind(QObject *target, const char *source, Setter set)
{
    set(tr(source));
    m_entries.push_back({target, source, std::move(set)});
}

void Retranslator::retranslate()
{
    m_entries.erase(
        std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.target; }),
        m_entries.end());
    for (const Entry &entry : m_entries)
        entry.set(tr(entry.source));
}

} // namespace ferry::ui
