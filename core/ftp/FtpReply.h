#pragma once
// An FTP reply and the parser that assembles one from the control connection's lines.
// Multi-line replies start with "123-" and end with a line "123 " (same code, then a
// space); lines in between may start with anything, other digits included (RFC 959 4.2).
// Pure code, no I/O; used on the connection's worker thread.

#include <QString>
#include <QStringList>

namespace ferry::ftp {

struct FtpReply
{
    int code = 0;      // 100..599
    QStringList lines; // as received, codes included, without CR/LF

    bool isValid() const { return code >= 100 && code <= 599; }
    bool isPreliminary() const { return code / 100 == 1; }
    bool isOk() const { return code / 100 == 2; }
    bool isIntermediate() const { return code / 100 == 3; }
    bool isTransientError() const { return code / 100 == 4; }
    bool isPermanentError() const { return code / 100 == 5; }
    // The last line's text after the code, e.g. "Entering Passive Mode (...)".
    QString text() const;
    // All lines joined with "\n", for error messages and logs.
    QString toString() const { return lines.join(QLatin1Char('\n')); }
};

class FtpReplyParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Error
    };

    // One reply holds at most this many lines and characters (a hostile server could
    // otherwise send lines without end); past either, feedLine() says Error.
    static constexpr qsizetype kMaxLines = 10000;
    static constexpr qsizetype kMaxChars = 4 * 1024 * 1024;

    // Feeds one line (without CR/LF). Complete: takeReply() has the reply. Error: the line
    // cannot start a reply; errorString() says why, and the parser is reset.
    State feedLine(const QString &line);
    FtpReply takeReply();
    const QString &errorString() const { return m_error; }
    bool inMultiLine() const { return m_multi; }

private:
    FtpReply m_current;
    FtpReply m_done;
    QString m_error;
    bool m_multi = false;
    qsizetype m_chars = 0; // characters in m_current's lines
};

} // namespace ferry::ftp
