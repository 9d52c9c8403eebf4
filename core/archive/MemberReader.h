#pragma once
// One archive member's data as a stream, for uploads straight from an archive: read()
// until it returns 0. Opened at an offset (a resumed upload), it has read and discarded
// the bytes before it: compressed archives cannot seek. Used by one thread at a time.

#include <QByteArrayView>

#include <memory>

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
    // Up to maxSize bytes without a copy into the caller's buffer: a view of the reader's
    // own, valid until the next call of borrow() or read(); empty at the end. The
    // threaded reader (openMember's ownThread) lends the buffer it decompressed into, so
    // the bytes go from the decoder to the socket without another copy; the reader on the
    // caller's thread lends libarchive's own output block. This default
    // reads into a buffer of its own (allocated once).
    virtual remote::Result<QByteArrayView> borrow(qint64 maxSize);
    // Whether the member is decompressed on a thread of its own, ahead of the reader
    // (openMember's ownThread, for a member whose data is compressed in the archive).
    virtual bool decodesOnOwnThread() const { return false; }

protected:
    // read() for a reader that lends: borrow() copied into data.
    remote::Result<qint64> copyBorrowed(char *data, qint64 maxSize);

private:
    std::unique_ptr<char[]> m_scratch;
    qint64 m_scratchSize = 0;
};

} // namespace ferry::archive
