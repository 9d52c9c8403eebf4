#pragma once
// One archive member's data as a stream, for uploads straight from an archive: read()
// until it returns 0. Opened at an offset (a resumed upload), it has read and discarded
// the bytes before it: compressed archives cannot seek. Used by one thread at a time.

#include "ArchiveEntry.h"
#include "base/Result.h"

namespace ferry::archive {

class MemberReader
{
public:
    virtual ~MemberReader() = default;
    // The member being read.
    virtual const ArchiveEntry &entry() const = 0;
    // Up to maxSize bytes; 0 at the end of the member. Errors: the archive is damaged,
    // the member is encrypted, or the cancel token fired (ErrorKind::Cancelled).
    virtual remote::Result<qint64> read(char *data, qint64 maxSize) = 0;
};

} // namespace ferry::archive
