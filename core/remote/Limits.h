#pragma once
// Bounds on what a server can make Ferry hold in memory, shared by the protocols. A
// server past one gets a clear error (ErrorKind::Protocol) instead of Ferry's memory.

#include <QtGlobal>

namespace ferry::remote {

// One folder listing: entries (skipped unsafe names included) and the bytes the server
// sent for it (LIST/MLSD text, SFTP NAME replies). A DirEntry with its strings takes
// about 450 bytes plus twice its name's length, so ferry-cli's peak RSS for the
// largest listing these allow stays near 250 MB whatever the names' length (measured:
// docs/security.md, section 6).
constexpr qsizetype kMaxListingEntries = 400000;
constexpr qint64 kMaxListingBytes = 48LL * 1024 * 1024;

} // namespace ferry::remote
