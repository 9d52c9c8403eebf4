#pragma once
// What a window's sync run (SyncRun) still has to do once its copies are done, kept on
// disk so that a crash between the copies and the deletes does not lose the deletes: the
// deletes of what exists only on the target, the copies they wait for (by their queue
// ids, or by direction and paths until the ids are known), and the server (the queue's
// site string and connect options). One small JSON file per run in a folder of the data
// folder, written atomically (QSaveFile) before the copies are queued, again once their
// ids are known, and removed when the run ends. SyncRunResumer reads them at start.
//
// Plain value type and file helpers; any thread (the files are small).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "SyncPlanner.h"
#include "base/Result.h"
#include "remote/RemotePath.h"
#include "transfer/QueueItem.h"

namespace ferry::sync {

struct SyncRunRecord
{
    struct Copy
    {
        transfer::Direction direction = transfer::Direction::Upload;
        QString localPath;
        QString remotePath;
        qint64 itemId = 0; // 0 until the queue has added it
    };

    QString id; // the file's name without ".json"
    QDateTime created;
    QString site;        // the queue's name for the server ("site:NAME" or a URL)
    QJsonObject connect; // the copies' stored connect options
    QString localRoot;
    remote::RemotePath remoteRoot;
    SyncDirection direction = SyncDirection::Up;
    QList<SyncAction> deletes; // SyncApply::Phase::After, in plan order
    QList<Copy> copies;

    QJsonObject toJson() const;
    static std::optional<SyncRunRecord> fromJson(const QJsonObject &json);
    // A plan of the deletes only (what SyncApply::Phase::After runs).
    SyncPlan deletePlan() const;

    // <data folder>/sync-runs
    static QString defaultFolder();
    // Writes folder/<id>.json atomically (giving the record an id when it has none).
    remote::Status save(const QString &folder);
    static void remove(const QString &folder, const QString &id);
    // Every readable record in folder, oldest first; unreadable files are left alone.
    static QList<SyncRunRecord> loadAll(const QString &folder);
};

} // namespace ferry::sync
