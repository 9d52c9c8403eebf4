#pragma once
// The copy loop between a local file and a RemoteFileSystem, for the CLI now and the
// transfer queue later: streams in 256 KiB chunks, resumes from the real partial size,
// writes downloads to "name.part" and renames on success, verifies the size afterwards,
// and keeps the modification time. Runs on the connection's worker thread.

#include <QString>

#include <functional>

#include "remote/RemoteFileSystem.h"

namespace ferry::transfer {

// Called after every chunk with the bytes done and the total (-1 when unknown).
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

struct CopyOptions
{
    bool resume = false;        // continue from what is already there
    bool usePartFile = true;    // downloads: write to "<local>.part", rename at the end
    bool preserveTime = true;   // give the copy the source's modification time
    bool targetAbsent = false;  // uploads: the target is known not to exist (FTP checks
                                // the copy with commands sent before the upload's end is confirmed)
};

struct CopyResult
{
    qint64 transferred = 0; // bytes moved in this run
    qint64 size = 0;        // the file's size at the end
    qint64 resumedFrom = 0; // offset the transfer started at
};

// Downloads `remote` into `localPath` (a file path, not a folder). `known` may carry the
// remote entry from a listing (size, mtime) to save a round trip.
remote::Result<CopyResult> downloadFile(remote::RemoteFileSystem &fs, const remote::RemotePath &remote,
                                        const QString &localPath, const CopyOptions &options,
                                        const ProgressFn &progress = {}, const remote::DirEntry *known = nullptr);

// Uploads `localPath` to `remote` (a file path).
remote::Result<CopyResult> uploadFile(remote::RemoteFileSystem &fs, const QString &localPath,
                                      const remote::RemotePath &remote, const CopyOptions &options,
                                      const ProgressFn &progress = {});

// The suffix of partial downloads.
inline QString partSuffix() { return QStringLiteral(".part"); }

} // namespace ferry::transfer
