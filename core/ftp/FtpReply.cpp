#include "FtpReply.h"

#include <QCoreApplication>
namespace ferry::ftp {

namespace {
// The reply code at the start of a line, or 0.
int leadingCode(const QString &line)
{
    if (line.size() < 3)
        return 0;
    for (int i = 0; i < 3; ++i) {
        const QChar c = line.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    const int code = line.left(3).toInt();
    return (code >= 100 && code <= 599) ? code : 0;
}
} // namespace

QString FtpReply::text() const
{
    if (lines.isEmpty())
        return {};
    const QString &last = lines.last();
    return last.size() > 4 ? last.mid(4) : QString();
}

FtpReplyParser::State FtpReplyParser::feedLine(const QString &line)
{
    const int code = leadingCode(line);
    const QChar sep = line.size() > 3 ? line.at(3) : QLatin1Char(' ');
    if (!m_multi) {
        if (code == 0 || (sep != QLatin1Char(' ') && sep != QLatin1Char('-'))) {
            m_error =
                QCoreApplication::translate("ferry::ftp", "malformed reply line: '%1'").arg(line.left(200));
            m_current = FtpReply();
            return State::Error;
        }
        m_current = FtpReply();
        m_current.code = code;
        m_current.lines.append(line);
        m_chars = line.size();
        if (sep == QLatin1Char('-')) {
            m_multi = true;
            return State::NeedMore;
        }
        m_done = std::move(m_current);
        m_current = FtpReply();
        return State::Complete;
    }
    m_current.lines.append(line);
    m_chars += line.size();
    // Only "<same code><space>" ends a multi-line reply; "<same code>-" and other codes
    // inside are text. A bare "<code>" ends it too (some servers drop the space).
    if (code == m_current.code && (line.size() == 3 || sep == QLatin1Char(' '))) {
        m_multi = false;
        m_done = std::move(m_current);
        m_current = FtpReply();
        return State::Complete;
    }
    if (m_current.lines.size() > kMaxLines || m_chars > kMaxChars) {
        m_error = m_chars > kMaxChars
                      ? QCoreApplication::translate("ferry::ftp", "multi-line reply longer than %1 MiB")
                            .arg(kMaxChars >> 20)
                      : QCoreApplication::translate("ferry::ftp", "multi-line reply longer than %1 lines")
                            .arg(kMaxLines);
        m_multi = false;
        m_current = FtpReply();
        m_chars = 0;
        return State::Error;
    }
    return State::NeedMore;
}

FtpReply FtpReplyParser::takeReply()
{
    FtpReply r = std::move(m_done);
    m_done = FtpReply();
    return r;
}

} // namespace ferry::ftp
