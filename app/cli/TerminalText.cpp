#include "TerminalText.h"

namespace ferry::cli {

namespace {

bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    switch (c.category()) {
    case QChar::Other_Format:        // U+200E/F, U+202A-E, U+2066-9 and the like
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

} // namespace

QString terminalSafe(const QString &text, Newlines newlines)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('\\')) {
            out += QLatin1String("\\\\");
        } else if (c == QLatin1Char('\n') && newlines == Newlines::Keep) {
            out += c;
        } else if (c.isSurrogate() || needsEscape(c)) {
            const char16_t u = c.unicode();
            out += u <= 0xff ? QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace ferry::cli
