#pragma once
// Copies one file from a server to another (or to another place on the same server over a
// second connection). Between two FTP servers the data goes straight from one server to
// the other (FXP) when both connections have plain data connections, or both are under
// TLS and both servers offer SSCN; otherwise, and whenever a server refuses a step of FXP,
// the file streams through Ferry: source.openRead -> target.openWrite in 256 KiB chunks.
// Either way the target's size is checked against the source's at the end.
//
// Both file systems are used on the calling thread, so both must live on it (the
// scheduler gives a server-to-server item a pair of connections on one worker thread),
// and each checks its own CancelToken: give both the item's token.

#include <QString>

#include "FileCopy.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::transfer {

// Copies `from` on `source` to `to` on `target` (file paths). options.resume continues
// from the target's size; options.preserveTime gives the copy the source's time
// (usePartFile does not apply). progress: FXP has no byte stream through Ferry, so it
// reports the start and the end only; streaming reports every chunk. *method (may be
// null) is set to "fxp" or "stream" for the way the bytes went, or "none" when a resume
// found the target complete already. source and target must be different objects.
remote::Result<CopyResult> copyBetween(remote::RemoteFileSystem &source, const remote::RemotePath &from,
                                       remote::RemoteFileSystem &target, const remote::RemotePath &to,
                                       const CopyOptions &options, const ProgressFn &progress = {},
                                       QString *method = nullptr);

} // namespace ferry::transfer
