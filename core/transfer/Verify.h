#pragma once
// Proof that a transfer arrived whole: the sizes always (the server's view of the remote
// file, the local file, and the size the caller expects), then, when the server computes
// checksums itself, the best algorithm both sides know, compared with our own hash of the
// local file. Runs on the connection's worker thread; local hashing streams the file in
// 1 MiB chunks and checks the engine's CancelToken between them.

#include <QString>

#include "remote/RemoteFileSystem.h"

namespace ferry::transfer {

// What was verified: "size", or "<algorithm>:<hex>" ("SHA-256:9f86...") when a checksum
// matched too ("none" when the server reports no size and offers no checksum). A
// mismatch is a Protocol error whose message says "verification failed" and names both
// values. A server that offers a checksum but refuses or garbles it falls back to "size";
// a dropped connection or a cancel is returned as the error it is. expectedSize < 0: not
// known to the caller.
remote::Result<QString> verifyFile(remote::RemoteFileSystem &fs, const remote::RemotePath &remote,
                                   const QString &localPath, qint64 expectedSize);

// The algorithms Ferry computes locally, best first: SHA-256, SHA-1, MD5, CRC32.
QStringList localChecksumAlgorithms();

// The lower case hex checksum of a local file, read in 1 MiB chunks. cancel may be null.
remote::Result<QString> localChecksum(const QString &path, const QString &algorithm,
                                      const remote::CancelToken *cancel = nullptr);

// CRC-32 as zlib and XCRC compute it (reflected 0xEDB88320, initial and final XOR all
// ones). Feed chunks by passing the previous result as crc; start with 0.
quint32 crc32Update(quint32 crc, const char *data, qsizetype size);

} // namespace ferry::transfer
