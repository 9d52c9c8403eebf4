#pragma once
// The copy loop between a local file and a RemoteFileSystem, for the CLI now and the
// transfer queue: streams in 256 KiB chunks, resumes from the real partial size, writes
// downloads to a partial file (".NAME.ferry-part", see partialPath()) created with O_EXCL
// and never opened through a link, renames it on success, verifies the size afterwards,
// and keeps the modification time. Runs on the connection's worker thread.

#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>

#include "LocalFile.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::transfer {

// Called after every chunk with the bytes done and the total (-1 when unknown).
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

struct CopyOptions
{
    bool resume = false;     // continue from what is already there
    bool usePartFile = true; // downloads: write to a partial file, rename at the end
    // Downloads with usePartFile: the partial file; empty: partialPath(localPath).
    QString partPath;
    // Resume: the partial must still be this file (the queue records it); otherwise it
    // is not continued and a new partial is made. Invalid: any regular file at partPath.
    FileIdentity partIdentity;
    // A fresh start finding a regular file at partPath: true replaces it (the CLI's own
    // name, a leftover of an earlier run); false keeps it and takes the next free name
    // (partPath + "-2", "-3", ...). Links, folders and the like are never replaced.
    bool replaceStalePart = true;
    // Told the partial file in use and its identity before the first byte is written.
    std::function<void(const QString &path, const FileIdentity &identity)> partialChosen;
    bool preserveTime = true;  // give the copy the source's modification time
    bool targetAbsent = false; // uploads: the target is known not to exist (FTP checks
                               // the copy with commands sent before the upload's end is confirmed)
    // Uploads: where an engine that sends a large file in segments (SFTP) keeps its
    // SegmentRecord (uploadRecordPath()); a resume continues every segment from it.
    // Empty: no record (SFTP then spreads the file over its channels chunk by chunk).
    QString uploadSegmentsPath;
    // Either way: each segment's progress, for a file moved in segments.
    remote::RemoteFileSystem::SegmentsProgress segmentsProgress;
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
                                        const ProgressFn &progress = {},
                                        const remote::DirEntry *known = nullptr);

// Uploads `localPath` to `remote` (a file path).
remote::Result<CopyResult> uploadFile(remote::RemoteFileSystem &fs, const QString &localPath,
                                      const remote::RemotePath &remote, const CopyOptions &options,
                                      const ProgressFn &progress = {});

// An upload's source that is not a local file: an archive member, decompressed while it
// is sent. `open` gives a reader positioned at an offset (a resume reads and drops the
// bytes before it); the reader returns 0 at the end.
struct StreamSource
{
    QString name;    // for messages ("archive.tar.zst!/dir/file")
    qint64 size = 0; // the bytes it will give
    QDateTime mtime; // UTC; invalid when unknown
    using ReadFn = std::function<remote::Result<qint64>(char *data, qint64 maxSize)>;
    using BorrowFn = std::function<remote::Result<QByteArrayView>(qint64 maxSize)>;
    struct Reader
    {
        Reader(ReadFn r, BorrowFn b = {}) : read(std::move(r)), borrow(std::move(b)) {}
        ReadFn read;     // copies into the caller's buffer; 0 at the end
        BorrowFn borrow; // optional: a view of the source's own buffer (no copy), valid
                         // until the next call; empty at the end
    };
    std::function<remote::Result<Reader>(qint64 offset)> open;
};

// Uploads `source` to `remote` as uploadFile() does a local file (resume, time, the size
// check), reading only through source.open.
remote::Result<CopyResult> uploadStream(remote::RemoteFileSystem &fs, const StreamSource &source,
                                        const remote::RemotePath &remote, const CopyOptions &options,
                                        const ProgressFn &progress = {});

// The partial file of a download to `localPath`: ".NAME.ferry-part" beside it, or
// ".NAME.ferry-part-TAG" (the queue tags it with the item's id). Hidden, and named so
// that it cannot be mistaken for the file itself.
QString partialPath(const QString &localPath, const QString &tag = {});
// Where an upload of localPath to remotePath on site (any stable text naming the
// server: the queue item's site, the CLI's URL) keeps its segment record:
// <data>/segments/upload-<hash>.segments. The same transfer finds the same record; a tag
// (the queue's item id) gives each queue item a record of its own, so removing one item
// never deletes the record of another that sends the same file to the same place.
QString uploadRecordPath(const QString &site, const QString &remotePath, const QString &localPath,
                         const QString &tag = {});
// The partial name to use for `name` in a folder whose other files are `siblings` (a
// listing being downloaded): partialPath's name, or with "-2", "-3", ... appended while
// a sibling has that name, so a partial file never lands on a file of the same transfer.
// The same listing gives the same name, so --resume finds it again.
QString partialPathAvoiding(const QString &localPath, const QSet<QString> &siblings);

} // namespace ferry::transfer
