#include "TransferQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

#include "TransferTask.h"
#include "session/SiteRef.h"
#include "util/Paths.h"

// Storage notes.
//
// Schema (user_version 1): one table `items`, one row per QueueItem, every field a column;
// options as compact JSON text, created/updated as milliseconds since the epoch (UTC).
// Ids come from AUTOINCREMENT, so an id is never reused after a delete: a scheduler or
// UI holding an old id cannot hit a different item.
//
// Positions: one integer sequence over the whole table, unique per item, so the run order
// "priority descending, then position" is a total order (id breaks ties if update() is
// handed a duplicate). add() takes MAX(position) + 1, which is after every item of its
// priority. expand() shifts every later item by the number of children in one UPDATE and
// gives the children folder + 1 .. folder + n; moveBefore() shifts the later items by one
// and takes the target's old position. Gaps are harmless. setPriority() keeps the
// position, so an item keeps its place relative to items queued around the same time.
//
// Durability: WAL journal, synchronous=NORMAL: every statement or transaction is in the
// WAL when it returns, so a killed process loses nothing acknowledged (a power cut may
// lose the last commits, never consistency). Writes take the lock up front (BEGIN
// IMMEDIATE) so two processes on one file wait for each other (busy_timeout) instead of
// failing on a lock upgrade.

namespace ferry::transfer {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {

Q_LOGGING_CATEGORY(lcQueueStore, "ferry.queue", QtInfoMsg)

// Migration steps (QueueDatabase::Schema): steps[i] brings a database from user_version i to i + 1, in one
// transaction together with the new user_version. Version 2 is one more entry.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the first schema.
        {
            QStringLiteral("CREATE TABLE items ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " parent_id INTEGER NOT NULL DEFAULT 0,"
                           " is_folder INTEGER NOT NULL DEFAULT 0,"
                           " direction INTEGER NOT NULL DEFAULT 0,"
                           " site TEXT NOT NULL DEFAULT '',"
                           " remote_path TEXT NOT NULL DEFAULT '',"
                           " local_path TEXT NOT NULL DEFAULT '',"
                           " target_site TEXT NOT NULL DEFAULT '',"
                           " target_path TEXT NOT NULL DEFAULT '',"
                           " size INTEGER NOT NULL DEFAULT -1,"
                           " bytes_done INTEGER NOT NULL DEFAULT 0,"
                           " state INTEGER NOT NULL DEFAULT 0,"
                           " priority INTEGER NOT NULL DEFAULT 0,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " created INTEGER," // ms since epoch, UTC; NULL: invalid
                           " updated INTEGER,"
                           " exists_action INTEGER NOT NULL DEFAULT 0,"
                           " options TEXT NOT NULL DEFAULT '{}',"
                           " checksum TEXT NOT NULL DEFAULT '')"),
            // The run-order query (nextRunnable) walks this index without sorting.
            QStringLiteral("CREATE INDEX items_run_order ON items (state, priority DESC, position)"),
            QStringLiteral("CREATE INDEX items_parent ON items (parent_id)"),
        },
    };
    return steps;
}

const QString kRunOrder = QStringLiteral(" ORDER BY priority DESC, position, id");

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return QueueDatabase::sqlError(query, what);
}

Error notFound(qint64 id)
{
    return Error(ErrorKind::NotFound,
                 QCoreApplication::translate("ferry::transfer", "transfer queue: no item %1").arg(id));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A defensive measure: the queue must never hold a password, whatever a caller passes in.
// Sites lose theirs through SiteRef::parse() ("sftp://bob:secret@host" -> "sftp://bob@host";
// "site:NAME" references and password-less URLs are kept as given); the options lose a
// "password" or "passphrase" entry at any depth.
QJsonObject withoutSecrets(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        const QString key = it.key().toLower();
        if (key == QLatin1String("password") || key == QLatin1String("passphrase")) {
            it = object.erase(it);
            continue;
        }
        if (it.value().isObject())
            it.value() = withoutSecrets(it.value().toObject());
        ++it;
    }
    return object;
}

ItemOptions withoutSecrets(ItemOptions options)
{
    options.connect = withoutSecrets(options.connect);
    options.other = withoutSecrets(options.other);
    return options;
}

// Applies SiteRef::parse() and withoutSecrets(), remembering the last answers: the items
// of one add() or expand() usually share their server and options.
class Sanitizer
{
public:
    void apply(QueueItem &item)
    {
        item.site = site(item.site);
        item.targetSite = site(item.targetSite);
        if (!m_optionsValid || item.options != m_optionsIn) {
            m_optionsIn = item.options;
            m_optionsOut = withoutSecrets(item.options);
            m_optionsValid = true;
        }
        item.options = m_optionsOut;
    }

private:
    QString site(const QString &value)
    {
        if (value != m_siteIn || value.isNull() != m_siteIn.isNull()) {
            m_siteIn = value;
            m_siteOut = session::SiteRef::parse(value).display();
        }
        return m_siteOut;
    }

    QString m_siteIn;
    QString m_siteOut;
    ItemOptions m_optionsIn;
    ItemOptions m_optionsOut;
    bool m_optionsValid = false;
};

// Options as the JSON text of the `options` column, reusing the last result each way:
// neighbouring rows and a folder's entries usually share them.
class OptionsCodec
{
public:
    const QString &write(const ItemOptions &options)
    {
        if (!m_writeValid || options != m_written) {
            m_written = options;
            m_writtenJson = QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));
            m_writeValid = true;
        }
        return m_writtenJson;
    }
    const ItemOptions &read(const QString &json)
    {
        if (!m_readValid || json != m_readJson) {
            m_readJson = json;
            m_read = ItemOptions::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
            m_readValid = true;
        }
        return m_read;
    }

private:
    ItemOptions m_written;
    QString m_writtenJson;
    bool m_writeValid = false;
    QString m_readJson;
    ItemOptions m_read;
    bool m_readValid = false;
};

// The one list of the items table's data columns (everything but id), in the order they
// are selected and bound: reading a row, insert, update and recordRun() are all made from
// it. `run`: recordRun() writes it (what a run decides; not what a user may change
// meanwhile, such as priority and position).
struct Column
{
    const char *name;
    bool run;
    QVariant (*get)(const QueueItem &item, OptionsCodec &options);
    void (*set)(QueueItem &item, const QVariant &value, OptionsCodec &options);
};

const Column kColumns[] = {
    {"parent_id", false, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.parentId); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.parentId = v.toLongLong();
     }},
    {"is_folder", false, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.isFolder ? 1 : 0); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.isFolder = v.toInt() != 0;
     }},
    {"direction", false, [](const QueueItem &i, OptionsCodec &) { return QVariant(int(i.direction)); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.direction = Direction(v.toInt());
     }},
    {"site", false, [](const QueueItem &i, OptionsCodec &) { return text(i.site); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.site = v.toString();
     }},
    {"remote_path", true, [](const QueueItem &i, OptionsCodec &) { return text(i.remotePath); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.remotePath = v.toString();
     }},
    {"local_path", true, [](const QueueItem &i, OptionsCodec &) { return text(i.localPath); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.localPath = v.toString();
     }},
    {"target_site", false, [](const QueueItem &i, OptionsCodec &) { return text(i.targetSite); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.targetSite = v.toString();
     }},
    {"target_path", true, [](const QueueItem &i, OptionsCodec &) { return text(i.targetPath); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.targetPath = v.toString();
     }},
    {"size", true, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.size); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.size = v.toLongLong();
     }},
    {"bytes_done", true, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.bytesDone); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.bytesDone = v.toLongLong();
     }},
    {"state", true, [](const QueueItem &i, OptionsCodec &) { return QVariant(int(i.state)); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.state = ItemState(v.toInt());
     }},
    {"priority", false, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.priority); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.priority = v.toInt();
     }},
    {"position", false, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.position); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.position = v.toLongLong();
     }},
    {"attempts", true, [](const QueueItem &i, OptionsCodec &) { return QVariant(i.attempts); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.attempts = v.toInt();
     }},
    {"last_error", true, [](const QueueItem &i, OptionsCodec &) { return text(i.lastError); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.lastError = v.toString();
     }},
    {"created", false, [](const QueueItem &i, OptionsCodec &) { return msecs(i.created); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.created = fromMsecs(v);
     }},
    {"updated", true, [](const QueueItem &i, OptionsCodec &) { return msecs(i.updated); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.updated = fromMsecs(v);
     }},
    {"exists_action", true, [](const QueueItem &i, OptionsCodec &) { return QVariant(int(i.existsAction)); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.existsAction = ExistsAction(v.toInt());
     }},
    {"options", true, [](const QueueItem &i, OptionsCodec &o) { return QVariant(o.write(i.options)); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &o) {
         i.options = o.read(v.toString());
     }},
    {"checksum", true, [](const QueueItem &i, OptionsCodec &) { return text(i.checksum); },
     [](QueueItem &i, const QVariant &v, OptionsCodec &) {
         i.checksum = v.toString();
     }},
};

enum class Columns
{
    All,
    Run
};

bool included(const Column &column, Columns which)
{
    return which == Columns::All || column.run;
}

QString columnList()
{
    QStringList names;
    for (const Column &column : kColumns)
        names << QLatin1String(column.name);
    return names.join(QStringLiteral(", "));
}

const QString kSelect = QStringLiteral("SELECT id, ") + columnList() + QStringLiteral(" FROM items");

QString insertStatement()
{
    QStringList marks;
    for (qsizetype i = 0; i < qsizetype(std::size(kColumns)); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO items (%1) VALUES (%2)")
        .arg(columnList(), marks.join(QStringLiteral(", ")));
}

// "UPDATE items SET a = ?, b = ? ... WHERE id = ?", for bindColumns() then the id.
QString updateStatement(Columns which)
{
    QStringList sets;
    for (const Column &column : kColumns) {
        if (included(column, which))
            sets << QLatin1String(column.name) + QStringLiteral(" = ?");
    }
    return QStringLiteral("UPDATE items SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", ")));
}

// Binds the columns from position 0 on; returns the next position.
int bindColumns(QSqlQuery &query, const QueueItem &item, OptionsCodec &options, Columns which = Columns::All)
{
    int i = 0;
    for (const Column &column : kColumns) {
        if (included(column, which))
            query.bindValue(i++, column.get(item, options));
    }
    return i;
}

QueueItem readItem(const QSqlQuery &query, OptionsCodec &options)
{
    QueueItem item;
    item.id = query.value(0).toLongLong();
    int i = 1;
    for (const Column &column : kColumns)
        column.set(item, query.value(i++), options);
    return item;
}

// The item as update() and recordRun() write it: no secrets, updated now.
QueueItem forWriting(const QueueItem &item)
{
    QueueItem stored = item;
    Sanitizer().apply(stored);
    stored.updated = QDateTime::currentDateTimeUtc();
    return stored;
}

// Runs a bound write to the row `id`. `what` (QT_TRANSLATE_NOOP: "cannot update item %1")
// names the failure, translated here; no row changed means there is no such item.
Status execWrite(QSqlQuery &query, qint64 id, const char *what)
{
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("ferry::transfer", what).arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

} // namespace

TransferQueue::TransferQueue()
    : m_db(QueueDatabase::Schema{migrations(), kSelect + QStringLiteral(" LIMIT 0")})
{}

TransferQueue::~TransferQueue() = default;

QString TransferQueue::defaultPath()
{
    return util::Paths::dataFile(QStringLiteral("queue.sqlite"));
}

bool TransferQueue::isOpen() const
{
    return m_db.isOpen();
}

Status TransferQueue::open(const QString &path)
{
    m_path = path;
    if (Status opened = m_db.open(path); !opened)
        return opened;
    return requeueRunning();
}

Status TransferQueue::add(QList<QueueItem> &items)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    if (items.isEmpty())
        return {};
    QueueDatabase::Transaction transaction = m_db.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun;

    QSqlQuery query(m_db.handle());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM items")) || !query.next())
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot read positions"));
    qint64 position = query.value(0).toLongLong();
    query.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QueueItem> stored = items;
    OptionsCodec options;
    Sanitizer sanitizer;
    if (!query.prepare(insertStatement()))
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot prepare the insert"));
    for (QueueItem &item : stored) {
        sanitizer.apply(item);
        item.position = ++position;
        item.created = now;
        item.updated = now;
        bindColumns(query, item, options);
        if (!query.exec())
            return sqlError(
                query, QCoreApplication::translate("ferry::transfer", "cannot add %1").arg(item.remotePath));
        item.id = query.lastInsertId().toLongLong();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    items = std::move(stored);
    return {};
}

Status TransferQueue::expand(qint64 folderId, QList<QueueItem> &children, bool last)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const std::optional<QueueItem> folder = item(folderId);
    if (!folder)
        return notFound(folderId);
    if (!folder->isFolder)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "transfer queue: item %1 is not a folder")
                         .arg(folderId));
    if (folder->state == ItemState::Done)
        return Error(ErrorKind::Local, QCoreApplication::translate(
                                           "ferry::transfer", "transfer queue: folder %1 is expanded already")
                                           .arg(folderId));

    QueueDatabase::Transaction transaction = m_db.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_db.handle());
    // After the folder, or after its entries an earlier part (or a cut-short run) stored.
    qint64 anchor = folder->position;
    query.prepare(QStringLiteral("SELECT MAX(position) FROM items WHERE parent_id = ?"));
    query.bindValue(0, folderId);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ferry::transfer", "cannot read the folder's contents"));
    if (query.next() && !query.value(0).isNull())
        anchor = std::max(anchor, query.value(0).toLongLong());
    query.finish();
    const qint64 n = children.size();
    if (n > 0) {
        // Make room right after the anchor: one UPDATE instead of renumbering.
        query.prepare(QStringLiteral("UPDATE items SET position = position + ? WHERE position > ?"));
        query.bindValue(0, n);
        query.bindValue(1, anchor);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("ferry::transfer",
                                                               "cannot make room for the folder's contents"));
    }

    // One child at a time is copied and completed; `children` itself changes only after
    // the commit (100,000 items held twice would double the peak memory).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    ids.reserve(children.size());
    OptionsCodec options;
    Sanitizer sanitizer;
    if (!query.prepare(insertStatement()))
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot prepare the insert"));
    auto complete = [&](QueueItem &child, qsizetype index) {
        sanitizer.apply(child);
        child.parentId = folderId;
        child.priority = folder->priority;
        child.position = anchor + 1 + index;
        child.created = now;
        child.updated = now;
    };
    for (qsizetype i = 0; i < children.size(); ++i) {
        QueueItem child = children.at(i);
        complete(child, i);
        bindColumns(query, child, options);
        if (!query.exec())
            return sqlError(
                query, QCoreApplication::translate("ferry::transfer", "cannot add %1").arg(child.remotePath));
        ids << query.lastInsertId().toLongLong();
    }

    if (last) {
        query.prepare(QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE id = ?"));
        query.bindValue(0, int(ItemState::Done));
        query.bindValue(1, msecs(now));
        query.bindValue(2, folderId);
        if (!query.exec())
            return sqlError(
                query,
                QCoreApplication::translate("ferry::transfer", "cannot mark folder %1 done").arg(folderId));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    for (qsizetype i = 0; i < children.size(); ++i) {
        QueueItem &child = children[i];
        complete(child, i);
        child.id = ids.at(i);
    }
    return {};
}

QSet<QString> TransferQueue::childPaths(qint64 folderId) const
{
    QSet<QString> paths;
    if (!isOpen())
        return paths;
    QSqlQuery query(m_db.handle());
    query.prepare(
        QStringLiteral("SELECT direction, local_path, remote_path, options FROM items WHERE parent_id = ?"));
    query.bindValue(0, folderId);
    if (!query.exec())
        return paths;
    while (query.next()) {
        const bool upload = query.value(0).toInt() == int(Direction::Upload);
        QString path = query.value(upload ? 1 : 2).toString();
        // Members of one archive share its local path: their member path tells them apart.
        if (upload && query.value(3).toString().contains(QLatin1String("archiveMember"))) {
            const QJsonObject options = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
            path += QLatin1Char('!') + options.value(QStringLiteral("archiveMember")).toString();
        }
        paths.insert(path);
    }
    return paths;
}

QSqlQuery &TransferQueue::prepared(Statement which) const
{
    switch (which) {
    case Statement::Item:
        return m_db.prepared(int(which), kSelect + QStringLiteral(" WHERE id = ?"));
    case Statement::NextRunnable:
        return m_db.prepared(int(which), kSelect + QStringLiteral(" WHERE state = ?") + kRunOrder);
    case Statement::Update:
        return m_db.prepared(int(which), updateStatement(Columns::All));
    case Statement::RecordRun:
        return m_db.prepared(int(which), updateStatement(Columns::Run));
    case Statement::SetState:
        return m_db.prepared(
            int(which),
            QStringLiteral("UPDATE items SET state = ?, last_error = ?, updated = ? WHERE id = ?"));
    case Statement::SetProgress:
        break;
    }
    return m_db.prepared(
        int(which), QStringLiteral("UPDATE items SET bytes_done = ?, size = ?, updated = ? WHERE id = ?"));
}

std::optional<QueueItem> TransferQueue::item(qint64 id) const
{
    QSqlQuery &query = prepared(Statement::Item);
    query.bindValue(0, id);
    if (!query.exec()) {
        (void)sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot read item %1").arg(id));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    OptionsCodec options;
    QueueItem found = readItem(query, options);
    query.finish();
    return found;
}

QList<QueueItem> TransferQueue::items() const
{
    QList<QueueItem> result;
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + kRunOrder)) {
        (void)sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot read the queue"));
        return result;
    }
    OptionsCodec options;
    while (query.next())
        result.append(readItem(query, options));
    return result;
}

std::optional<QueueItem>
TransferQueue::nextRunnable(const std::function<bool(const QueueItem &)> &accept) const
{
    const QList<QueueItem> found = runnable(
        [&accept](const QueueItem &item) { return !accept || accept(item) ? Pick::Take : Pick::Skip; }, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<QueueItem> TransferQueue::runnable(const std::function<Pick(const QueueItem &)> &pick, int max) const
{
    // A forward-only cursor over the run-order index: rows are read one by one and the
    // walk stops once `max` are taken or `pick` says Stop.
    // `pick` must not use the queue: the walk holds the prepared statement.
    QList<QueueItem> taken;
    if (max <= 0)
        return taken;
    QSqlQuery &query = prepared(Statement::NextRunnable);
    query.bindValue(0, int(ItemState::Queued));
    if (!query.exec()) {
        (void)sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot read the queue"));
        return taken;
    }
    OptionsCodec options;
    while (query.next()) {
        QueueItem candidate = readItem(query, options);
        const Pick verdict = pick(candidate);
        if (verdict == Pick::Stop)
            break;
        if (verdict == Pick::Take) {
            taken.append(std::move(candidate));
            if (taken.size() >= max)
                break;
        }
    }
    query.finish();
    return taken;
}

Status TransferQueue::batched(const std::function<void()> &writes)
{
    return m_db.batched(writes);
}

int TransferQueue::count(ItemState state) const
{
    QSqlQuery query(m_db.handle());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE state = ?"));
    query.bindValue(0, int(state));
    if (!query.exec() || !query.next()) {
        (void)sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot count items"));
        return 0;
    }
    return query.value(0).toInt();
}

Status TransferQueue::update(QueueItem &item)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QueueItem stored = forWriting(item);
    QSqlQuery &query = prepared(Statement::Update);
    OptionsCodec options;
    query.bindValue(bindColumns(query, stored, options), stored.id);
    if (Status st =
            execWrite(query, stored.id, QT_TRANSLATE_NOOP("ferry::transfer", "cannot update item %1"));
        !st)
        return st;
    item = std::move(stored);
    return {};
}

Status TransferQueue::recordRun(QueueItem &item)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QueueItem stored = forWriting(item);
    QSqlQuery &query = prepared(Statement::RecordRun);
    OptionsCodec options;
    query.bindValue(bindColumns(query, stored, options, Columns::Run), stored.id);
    if (Status st = execWrite(query, stored.id,
                              QT_TRANSLATE_NOOP("ferry::transfer", "cannot record the run of item %1"));
        !st)
        return st;
    item = std::move(stored);
    return {};
}

Status TransferQueue::setState(qint64 id, ItemState state, const QString &lastError)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery &query = prepared(Statement::SetState);
    query.bindValue(0, int(state));
    query.bindValue(1, text(lastError));
    query.bindValue(2, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(3, id);
    return execWrite(query, id, QT_TRANSLATE_NOOP("ferry::transfer", "cannot set the state of item %1"));
}

Status TransferQueue::setProgress(qint64 id, qint64 bytesDone, qint64 size)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery &query = prepared(Statement::SetProgress);
    query.bindValue(0, bytesDone);
    query.bindValue(1, size);
    query.bindValue(2, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(3, id);
    return execWrite(query, id,
                     QT_TRANSLATE_NOOP("ferry::transfer", "cannot record the progress of item %1"));
}

Status TransferQueue::transition(qint64 id, std::initializer_list<ItemState> from, ItemState to,
                                 Change change)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const std::optional<QueueItem> current = item(id);
    if (!current)
        return notFound(id);
    if (current->state == to)
        return {};
    if (std::find(from.begin(), from.end(), current->state) == from.end())
        return Error(ErrorKind::Local,
                     (change == Change::Pause
                          ? QCoreApplication::translate("ferry::transfer",
                                                        "transfer queue: cannot pause item %1: it is %2")
                      : change == Change::Resume
                          ? QCoreApplication::translate("ferry::transfer",
                                                        "transfer queue: cannot resume item %1: it is %2")
                          : QCoreApplication::translate("ferry::transfer",
                                                        "transfer queue: cannot retry item %1: it is %2"))
                         .arg(id)
                         .arg(toString(current->state)));
    QSqlQuery query(m_db.handle());
    // Retrying starts the count of failed runs again.
    query.prepare(
        to == ItemState::Queued && change == Change::Retry
            ? QStringLiteral("UPDATE items SET state = ?, updated = ?, attempts = 0, last_error = '' "
                             "WHERE id = ? AND state = ?")
            : QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE id = ? AND state = ?"));
    query.bindValue(0, int(to));
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    query.bindValue(3, int(current->state));
    if (!query.exec())
        return sqlError(query, (change == Change::Pause
                                    ? QCoreApplication::translate("ferry::transfer", "cannot pause item %1")
                                : change == Change::Resume
                                    ? QCoreApplication::translate("ferry::transfer", "cannot resume item %1")
                                    : QCoreApplication::translate("ferry::transfer", "cannot retry item %1"))
                                   .arg(id));
    return {};
}

Status TransferQueue::pause(qint64 id)
{
    return transition(id, {ItemState::Queued, ItemState::Running}, ItemState::Paused, Change::Pause);
}

Status TransferQueue::resume(qint64 id)
{
    return transition(id, {ItemState::Paused}, ItemState::Queued, Change::Resume);
}

Status TransferQueue::retry(qint64 id)
{
    return transition(id, {ItemState::Failed, ItemState::Cancelled, ItemState::Skipped}, ItemState::Queued,
                      Change::Retry);
}

Status TransferQueue::remove(qint64 id)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const QString doomed =
        QStringLiteral("WITH RECURSIVE doomed(id) AS ("
                       " SELECT id FROM items WHERE id = ?"
                       " UNION ALL SELECT items.id FROM items JOIN doomed ON items.parent_id = doomed.id)");
    // The ones a run began (only those can have left a segment record), for afterwards.
    QList<QueueItem> begun;
    {
        QSqlQuery query(m_db.handle());
        query.setForwardOnly(true);
        query.prepare(doomed + kSelect + QStringLiteral(" WHERE id IN doomed AND instr(options, ?) > 0"));
        query.bindValue(0, id);
        query.bindValue(1, QStringLiteral("\"started\":true"));
        if (query.exec()) {
            OptionsCodec options;
            while (query.next())
                begun.append(readItem(query, options));
        }
    }
    // The item and everything expanded from it, at any depth (one statement: atomic).
    QSqlQuery query(m_db.handle());
    query.prepare(doomed + QStringLiteral(" DELETE FROM items WHERE id IN doomed"));
    query.bindValue(0, id);
    if (Status removed = execWrite(query, id, QT_TRANSLATE_NOOP("ferry::transfer", "cannot remove item %1"));
        !removed)
        return removed;
    for (const QueueItem &gone : std::as_const(begun))
        removeSegmentRecords(gone);
    return {};
}

Status TransferQueue::setPriority(qint64 id, int priority)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery query(m_db.handle());
    query.prepare(QStringLiteral("UPDATE items SET priority = ?, updated = ? WHERE id = ?"));
    query.bindValue(0, priority);
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    return execWrite(query, id, QT_TRANSLATE_NOOP("ferry::transfer", "cannot set the priority of item %1"));
}

Status TransferQueue::moveBefore(qint64 id, qint64 beforeId)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const std::optional<QueueItem> moving = item(id);
    if (!moving)
        return notFound(id);
    if (beforeId == id)
        return {};
    std::optional<QueueItem> before;
    if (beforeId != 0) {
        before = item(beforeId);
        if (!before)
            return notFound(beforeId);
        if (before->priority != moving->priority)
            return Error(ErrorKind::Local,
                         QCoreApplication::translate(
                             "ferry::transfer", "transfer queue: cannot move item %1 before item %2: their "
                                                "priorities differ (%3, %4)")
                             .arg(id)
                             .arg(beforeId)
                             .arg(moving->priority)
                             .arg(before->priority));
    }

    QueueDatabase::Transaction transaction = m_db.transaction();
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_db.handle());
    qint64 position = 0;
    if (before) {
        position = before->position;
        query.prepare(QStringLiteral("UPDATE items SET position = position + 1 WHERE position >= ?"));
        query.bindValue(0, position);
        if (!query.exec())
            return sqlError(query,
                            QCoreApplication::translate("ferry::transfer", "cannot make room before item %1")
                                .arg(beforeId));
    } else {
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM items")) || !query.next())
            return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot read positions"));
        position = query.value(0).toLongLong() + 1;
        query.finish();
    }
    query.prepare(QStringLiteral("UPDATE items SET position = ?, updated = ? WHERE id = ?"));
    query.bindValue(0, position);
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot move item %1").arg(id));
    return transaction.commit();
}

Result<int> TransferQueue::clearDone()
{
    if (Status ready = requireOpen(); !ready)
        return ready.error();
    // A finished folder stays while anything expanded from it (at any depth) is unfinished,
    // so no remaining item points at a parent that is gone.
    QSqlQuery query(m_db.handle());
    query.prepare(QStringLiteral("WITH RECURSIVE keep(id) AS ("
                                 " SELECT parent_id FROM items WHERE parent_id != 0 AND state NOT IN (?, ?)"
                                 " UNION SELECT items.parent_id FROM items JOIN keep ON items.id = keep.id"
                                 "  WHERE items.parent_id != 0)"
                                 " DELETE FROM items WHERE state IN (?, ?) AND id NOT IN keep"));
    query.bindValue(0, int(ItemState::Done));
    query.bindValue(1, int(ItemState::Skipped));
    query.bindValue(2, int(ItemState::Done));
    query.bindValue(3, int(ItemState::Skipped));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot clear finished items"));
    return query.numRowsAffected();
}

Status TransferQueue::requeueRunning()
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery query(m_db.handle());
    query.prepare(QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE state = ?"));
    query.bindValue(0, int(ItemState::Queued));
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, int(ItemState::Running));
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ferry::transfer", "cannot requeue running items"));
    if (const int n = query.numRowsAffected(); n > 0)
        qCInfo(lcQueueStore) << n << "items left running by a previous run are queued again";
    return {};
}

} // namespace ferry::transfer
