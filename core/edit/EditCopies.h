#pragma once
// The record that lets a View/Edit copy outlive a crash. Each copy EditSessions makes
// gets a small manifest beside its folder (<temp>/<site>/<run>-<id>.json): the server
// (the queue's site string and connect options), the remote path, the copy's path and,
// once downloaded (or uploaded), the SHA-256 of what the server has. Each EditSessions
// holds a lock file (<temp>/<run>.lock, QLockFile) while it lives, so that a later run
// tells the copies of a run that is gone (crashed, killed) from those of a window still
// open.
//
// findLeft() (the next start, off the GUI thread) goes through the manifests of runs
// that are gone: a copy whose bytes are still what was downloaded (or never finished
// downloading) is removed with its manifest; a copy the user changed is never removed
// here: it is returned, for the window to ask (upload now, open its folder, discard).
//
// Plain functions over small files; any thread.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "remote/RemotePath.h"
#include "transfer/QueueRequests.h"

namespace ferry::edit {

struct EditCopy
{
    QString manifest;    // the manifest's path
    QString run;         // the run that made it
    QString site;        // the queue's name for the server
    QJsonObject connect; // the server's connect options (QueueOptions), never a password
    remote::RemotePath remotePath;
    QString localPath;
    QString downloadedSha256; // what the server had; empty until the download ended
    QDateTime modified;       // the copy's time (findLeft's changed copies)

    QJsonObject toJson() const;
    static std::optional<EditCopy> fromJson(const QJsonObject &json, const QString &manifest);
    // Writes the manifest (atomically); false when it cannot.
    bool save() const;
    // The queue target the copy uploads to (the remembered server).
    transfer::QueueTarget target() const;
};

class EditCopies
{
public:
    // The manifest of a copy at localPath (<temp>/<site>/<run>-<id>/NAME).
    static QString manifestFor(const QString &localPath);
    // The lock file of run under tempRoot.
    static QString lockFor(const QString &tempRoot, const QString &run);
    // Whether run (under tempRoot) still holds its lock: a live Ferry.
    static bool runAlive(const QString &tempRoot, const QString &run);
    // Hex SHA-256 of a file; empty when it cannot be read.
    static QString sha256(const QString &path);

    struct Found
    {
        int removed = 0;         // unchanged copies removed
        QList<EditCopy> changed; // changed copies, kept
    };
    // The copies of runs that are gone: unchanged ones removed, changed ones returned.
    // Blocking (hashes the copies): call it off the GUI thread.
    static Found findLeft(const QString &tempRoot);
    // Removes a copy, its folder and its manifest (the user said discard, or it is
    // uploaded).
    static void discard(const EditCopy &copy);
};

} // namespace ferry::edit
