#pragma once
// What an engine tells the user's message log: commands sent (passwords already
// redacted), replies received, status lines and errors. The sink is called on the
// engine's worker thread; a GUI sink must forward to its own thread (queued).

#include <QString>

#include <functional>

namespace ferry::remote {

// Warning: the connection goes on, but the user should know (e.g. plain text after a
// refused AUTH TLS).
enum class LogKind
{
    Status,
    Command,
    Reply,
    Warning,
    Error
};

using LogSink = std::function<void(LogKind kind, const QString &text)>;

} // namespace ferry::remote
