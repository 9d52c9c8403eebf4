#pragma once
// Text from a server (names, link targets, replies) made safe to print on a terminal:
// control characters (C0, DEL, C1), Unicode format characters (bidirectional overrides
// and the like), line and paragraph separators and unpaired surrogates are shown escaped
// ("\x1b", "\u202e"), and a backslash as "\\" so that an escape stays unambiguous, as
// `ls -b` does. Invalid UTF-8 from a server is already U+FFFD once decoded. --json output
// does not go through here: JSON escapes such characters itself and keeps names exact.

#include <QString>

namespace ferry::cli {

enum class Newlines
{
    Escape,
    Keep
};

// newlines = Keep leaves '\n' as it is (a multi-line server reply in an error message).
QString terminalSafe(const QString &text, Newlines newlines = Newlines::Escape);

} // namespace ferry::cli
