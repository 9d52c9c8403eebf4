#include "TransferQueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>

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

constexpr int kSchemaVersion = 1;
constexpr int kBusyTimeoutMs = 5000;

// Migration steps: kMigrations[i] brings a database from user_version i to i + 1, in one
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

// Every column in the order readItem() expects; the insert and update lists are this
// without id.
#define FERRY_QUEUE_DATA_COLUMNS                                                                             \
    "parent_id, is_folder, direction, site, remote_path, local_path, target_site, target_path, size, "       \
    "bytes_done, state, priority, position, attempts, last_error, created, updated, exists_action, "         \
    "options, checksum"
constexpr int kDataColumns = 20;

const QString kSelect = QStringLiteral("SELECT id, " FERRY_QUEUE_DATA_COLUMNS " FROM items");
const QString kRunOrder = QStringLiteral(" ORDER BY priority DESC, position, id");

// SQLite's primary result codes that mean "this file is not a (healthy) database".
bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */);
}

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown database error") : error.text();
}

Error sqlError(const QSqlQuery &query, const QString &what)
{
    const QString message = QStringLiteral("transfer queue: %1: %2").arg(what, describe(query.lastError()));
    qCWarning(lcQueueStore).noquote() << message;
    return Error(ErrorKind::Local, message);
}

Error notFound(qint64 id)
{
    return Error(ErrorKind::NotFound, QStringLiteral("transfer queue: no item %1").arg(id));
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
// A server written as a URL ("sftp://bob:secret@host") loses its password; "site:NAME"
// references and password-less URLs are stored as given.
QString withoutPassword(const QString &site)
{
    const qsizetype schemeEnd = site.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return site;
    QUrl url(site, QUrl::TolerantMode);
    if (url.isValid()) {
        if (url.password().isEmpty() && !url.userInfo().contains(QLatin1Char(':')))
            return site;
        url.setPassword(QString());
        if (url.userName().isEmpty())
            url.setUserInfo(QString()); // "ftp://:secret@host" -> "ftp://host", not "ftp://@host"
        return url.toString();
    }
    // QUrl gave up; cut everything between the first ':' of the user part and the last '@'.
    const qsizetype userStart = schemeEnd + 3;
    const qsizetype at = site.lastIndexOf(QLatin1Char('@'));
    if (at <= userStart)
        return site;
    const qsizetype colon = site.indexOf(QLatin1Char(':'), userStart);
    if (colon < 0 || colon > at)
        return site;
    return site.left(colon) + site.mid(at);
}

// The same for the options: a "password" or "passphrase" entry at any depth is dropped.
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

// Applies withoutPassword() and withoutSecrets(), remembering the last answers: the items
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
            m_siteOut = withoutPassword(value);
        }
        return m_siteOut;
    }

    QString m_siteIn;
    QString m_siteOut;
    QJsonObject m_optionsIn;
    QJsonObject m_optionsOut;
    bool m_optionsValid = false;
};

// Serialises options, reusing the last result: expanded children usually share them.
class OptionsWriter
{
public:
    const QString &json(const QJsonObject &options)
    {
        if (!m_valid || options != m_last) {
            m_last = options;
            m_json = QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
            m_valid = true;
        }
        return m_json;
    }

private:
    QJsonObject m_last;
    QString m_json;
    bool m_valid = false;
};

// Binds the data columns (everything but id) from position `first` on.
void bindItem(QSqlQuery &query, const QueueItem &item, const QString &optionsJson, int first = 0)
{
    int i = first;
    query.bindValue(i++, item.parentId);
    query.bindValue(i++, item.isFolder ? 1 : 0);
    query.bindValue(i++, int(item.direction));
    query.bindValue(i++, text(item.site));
    query.bindValue(i++, text(item.remotePath));
    query.bindValue(i++, text(item.localPath));
    query.bindValue(i++, text(item.targetSite));
    query.bindValue(i++, text(item.targetPath));
    query.bindValue(i++, item.size);
    query.bindValue(i++, item.bytesDone);
    query.bindValue(i++, int(item.state));
    query.bindValue(i++, item.priority);
    query.bindValue(i++, item.position);
    query.bindValue(i++, item.attempts);
    query.bindValue(i++, text(item.lastError));
    query.bindValue(i++, msecs(item.created));
    query.bindValue(i++, msecs(item.updated));
    query.bindValue(i++, int(item.existsAction));
    query.bindValue(i++, optionsJson);
    query.bindValue(i++, text(item.checksum));
    Q_ASSERT(i - first == kDataColumns);
}

// Parses options, reusing the last result: rows next to each other usually share them.
class OptionsReader
{
public:
    QJsonObject object(const QString &json)
    {
        if (!m_valid || json != m_json) {
            m_json = json;
            m_object = QJsonDocument::fromJson(json.toUtf8()).object();
            m_valid = true;
        }
        return m_object;
    }

private:
    QString m_json;
    QJsonObject m_object;
    bool m_valid = false;
};

QueueItem readItem(const QSqlQuery &query, OptionsReader &options)
{
    QueueItem item;
    int i = 0;
    item.id = query.value(i++).toLongLong();
    item.parentId = query.value(i++).toLongLong();
    item.isFolder = query.value(i++).toInt() != 0;
    item.direction = Direction(query.value(i++).toInt());
    item.site = query.value(i++).toString();
    item.remotePath = query.value(i++).toString();
    item.localPath = query.value(i++).toString();
    item.targetSite = query.value(i++).toString();
    item.targetPath = query.value(i++).toString();
    item.size = query.value(i++).toLongLong();
    item.bytesDone = query.value(i++).toLongLong();
    item.state = ItemState(query.value(i++).toInt());
    item.priority = query.value(i++).toInt();
    item.position = query.value(i++).toLongLong();
    item.attempts = query.value(i++).toInt();
    item.lastError = query.value(i++).toString();
    item.created = fromMsecs(query.value(i++));
    item.updated = fromMsecs(query.value(i++));
    item.existsAction = ExistsAction(query.value(i++).toInt());
    item.options = options.object(query.value(i++).toString());
    item.checksum = query.value(i++).toString();
    return item;
}

QString insertStatement()
{
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < kDataColumns; ++i)
        placeholders += QStringLiteral(", ?");
    return QStringLiteral("INSERT INTO items (" FERRY_QUEUE_DATA_COLUMNS ") VALUES (") + placeholders +
           QLatin1Char(')');
}

QString updateStatement()
{
    const QStringList columns = QStringLiteral(FERRY_QUEUE_DATA_COLUMNS).split(QStringLiteral(", "));
    QString sql = QStringLiteral("UPDATE items SET ");
    for (const QString &column : columns)
        sql += column + QStringLiteral(" = ?, ");
    sql.chop(2);
    return sql + QStringLiteral(" WHERE id = ?");
}

// A write transaction, rolled back unless committed. BEGIN IMMEDIATE takes the write lock
// at once, waiting up to busy_timeout for another process.
class Transaction
{
public:
    // Inside a TransferQueue::batched() scope the transaction is a savepoint in the
    // batch's: it still rolls back alone, and the batch's commit makes it durable.
    Transaction(const QSqlDatabase &db, bool nested) : m_db(db), m_nested(nested) {}
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            if (m_nested) {
                rollback.exec(QStringLiteral("ROLLBACK TO ferry_nested"));
                rollback.exec(QStringLiteral("RELEASE ferry_nested"));
            } else {
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin()
    {
        QSqlQuery query(m_db);
        if (!query.exec(m_nested ? QStringLiteral("SAVEPOINT ferry_nested") : QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(query, QStringLiteral("cannot start a transaction"));
        m_active = true;
        return {};
    }
    Status commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(m_nested ? QStringLiteral("RELEASE ferry_nested") : QStringLiteral("COMMIT")))
            return sqlError(query, QStringLiteral("cannot commit"));
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_nested = false;
    bool m_active = false;
};

// The item as update() and recordRun() write it: no secrets, updated now.
QueueItem forWriting(const QueueItem &item)
{
    QueueItem stored = item;
    Sanitizer().apply(stored);
    stored.updated = QDateTime::currentDateTimeUtc();
    return stored;
}

// Runs a bound write to the row `id`. `what` ("cannot update item %1") names the failure;
// no row changed means there is no such item.
Status execWrite(QSqlQuery &query, qint64 id, const char *what)
{
    if (!query.exec())
        return sqlError(query, QString::fromLatin1(what).arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("ferry.queue.%1").arg(++counter);
}

// Moves `path` and its -wal/-shm companions to "<path>.broken-<UTC time>[-n]"; returns
// the new name of the database file.
Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return Error(ErrorKind::Local,
                     QStringLiteral("transfer queue: %1 cannot be read and cannot be moved aside to %2")
                         .arg(path, target));
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix); // a stale companion must not be applied to the fresh file
    }
    return target;
}

} // namespace

TransferQueue::TransferQueue() = default;

TransferQueue::~TransferQueue()
{
    close();
}

QString TransferQueue::defaultPath()
{
    return util::Paths::dataFile(QStringLiteral("queue.sqlite"));
}

bool TransferQueue::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void TransferQueue::close()
{
    for (auto &statement : m_prepared)
        statement.reset();
    m_unprepared.reset();
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Status TransferQueue::requireOpen() const
{
    if (!isOpen())
        return Error(ErrorKind::Local, QStringLiteral("transfer queue: not open"));
    return {};
}

Status TransferQueue::open(const QString &path)
{
    close();
    m_path = path;
    m_recoveryMessage.clear();
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory)
        QDir().mkpath(QFileInfo(path).absolutePath());

    Attempt attempt = openConnection(path);
    if (attempt.outcome == Outcome::Broken && !inMemory) {
        close();
        Result<QString> moved = moveAside(path);
        if (!moved) {
            qCWarning(lcQueueStore).noquote() << moved.error().message() << "(" << attempt.message << ")";
            return moved.error();
        }
        m_recoveryMessage = QStringLiteral("The transfer queue %1 could not be read (%2). It was moved to %3 "
                                           "and a new, empty queue was started.")
                                .arg(path, attempt.message, moved.value());
        qCWarning(lcQueueStore).noquote() << m_recoveryMessage;
        attempt = openConnection(path);
    }
    if (attempt.outcome != Outcome::Ok) {
        close();
        return Error(ErrorKind::Local, attempt.message);
    }
    return requeueRunning();
}

// First the checks that only read (lock wait, schema version, integrity), so a file from a
// newer Ferry is not modified at all; then WAL mode and the migrations.
TransferQueue::Attempt TransferQueue::openConnection(const QString &path)
{
    close();
    const bool existed = path != QLatin1String(":memory:") && QFileInfo(path).size() > 0;
    if (existed) {
        // Not SQLite at all: say so before SQLite opens it, as SQLite may drop a -wal file
        // it cannot use, and that file belongs with the broken one.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) &&
            !file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return {Outcome::Broken, QStringLiteral("it is not an SQLite database")};
    }
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    auto failure = [&](const QSqlError &error, const QString &what) {
        // An existing file that SQLite cannot even open counts as unreadable: moved aside.
        const bool broken =
            isCorruption(error) || (existed && error.nativeErrorCode().toInt() == 14 /* SQLITE_CANTOPEN */);
        return Attempt{broken ? Outcome::Broken : Outcome::Failed,
                       broken ? describe(error)
                              : QStringLiteral("transfer queue %1: %2: %3").arg(path, what, describe(error))};
    };
    if (!m_db.open())
        return failure(m_db.lastError(), QStringLiteral("cannot open"));

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)))
        return failure(query.lastError(), QStringLiteral("cannot set the busy timeout"));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(query.lastError(), QStringLiteral("cannot read the schema version"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > kSchemaVersion)
        return {Outcome::Newer,
                QStringLiteral("transfer queue %1 was written by a newer Ferry (schema %2; this one knows "
                               "%3); it is left as it is")
                    .arg(path)
                    .arg(version)
                    .arg(kSchemaVersion)};
    if (version < 0)
        return {Outcome::Broken, QStringLiteral("schema version %1 is not one Ferry writes").arg(version)};

    if (existed) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failure(query.lastError(), QStringLiteral("cannot check the database"));
        QStringList problems;
        while (query.next() && problems.size() < 3)
            problems << query.value(0).toString().split(QLatin1Char('\n'));
        query.finish();
        if (problems != QStringList{QStringLiteral("ok")})
            return {Outcome::Broken, QStringLiteral("integrity check failed: %1%2")
                                         .arg(problems.mid(0, 3).join(QStringLiteral("; ")),
                                              problems.size() > 3 ? QStringLiteral("; ...") : QString())};
        if (version == 0) {
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
                return failure(query.lastError(), QStringLiteral("cannot read the schema"));
            if (query.value(0).toInt() > 0)
                return {Outcome::Broken, QStringLiteral("it is an SQLite database but not a Ferry queue")};
            query.finish();
        } else if (Attempt checked = checkColumns(); checked.outcome != Outcome::Ok) {
            return checked; // before anything is written to it
        }
    }

    // Not in a transaction, and before the migrations so they are written to the WAL.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failure(query.lastError(), QStringLiteral("cannot switch to WAL"));
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        // A large expand() grows the WAL; give the space back after the next checkpoint.
        || !query.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(8 * 1024 * 1024)))
        return failure(query.lastError(), QStringLiteral("cannot set the journal options"));
    query.finish();

    if (const Attempt migrated = migrate(version); migrated.outcome != Outcome::Ok)
        return migrated;

    return checkColumns();
}

// The table must have every column we use, whatever user_version claims.
TransferQueue::Attempt TransferQueue::checkColumns()
{
    QSqlQuery query(m_db);
    if (!query.exec(kSelect + QStringLiteral(" LIMIT 0")))
        return {Outcome::Broken, QStringLiteral("the items table does not match schema %1: %2")
                                     .arg(kSchemaVersion)
                                     .arg(describe(query.lastError()))};
    return {};
}

TransferQueue::Attempt TransferQueue::migrate(int fromVersion)
{
    const QList<QStringList> &steps = migrations();
    Q_ASSERT(steps.size() == kSchemaVersion);
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        Transaction transaction(m_db, m_batching);
        Status status = transaction.begin();
        QSqlQuery query(m_db);
        QSqlError error;
        for (const QString &statement : steps.at(version)) {
            if (!status)
                break;
            if (!query.exec(statement)) {
                error = query.lastError();
                status = sqlError(query, QStringLiteral("migration to schema %1").arg(version + 1));
            }
        }
        if (status && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            error = query.lastError();
            status = sqlError(query, QStringLiteral("migration to schema %1").arg(version + 1));
        }
        if (status)
            status = transaction.commit();
        if (!status)
            return {isCorruption(error) ? Outcome::Broken : Outcome::Failed, status.error().message()};
        qCDebug(lcQueueStore) << "queue schema migrated to version" << version + 1;
    }
    return {};
}

Status TransferQueue::add(QList<QueueItem> &items)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    if (items.isEmpty())
        return {};
    Transaction transaction(m_db, m_batching);
    if (Status begun = transaction.begin(); !begun)
        return begun;

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM items")) || !query.next())
        return sqlError(query, QStringLiteral("cannot read positions"));
    qint64 position = query.value(0).toLongLong();
    query.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QueueItem> stored = items;
    OptionsWriter options;
    Sanitizer sanitizer;
    if (!query.prepare(insertStatement()))
        return sqlError(query, QStringLiteral("cannot prepare the insert"));
    for (QueueItem &item : stored) {
        sanitizer.apply(item);
        item.position = ++position;
        item.created = now;
        item.updated = now;
        bindItem(query, item, options.json(item.options));
        if (!query.exec())
            return sqlError(query, QStringLiteral("cannot add %1").arg(item.remotePath));
        item.id = query.lastInsertId().toLongLong();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    items = std::move(stored);
    return {};
}

Status TransferQueue::expand(qint64 folderId, QList<QueueItem> &children)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const std::optional<QueueItem> folder = item(folderId);
    if (!folder)
        return notFound(folderId);
    if (!folder->isFolder)
        return Error(ErrorKind::Local,
                     QStringLiteral("transfer queue: item %1 is not a folder").arg(folderId));
    if (folder->state == ItemState::Done)
        return Error(ErrorKind::Local,
                     QStringLiteral("transfer queue: folder %1 is expanded already").arg(folderId));

    Transaction transaction(m_db, m_batching);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_db);
    const qint64 n = children.size();
    if (n > 0) {
        // Make room right after the folder: one UPDATE instead of renumbering.
        query.prepare(QStringLiteral("UPDATE items SET position = position + ? WHERE position > ?"));
        query.bindValue(0, n);
        query.bindValue(1, folder->position);
        if (!query.exec())
            return sqlError(query, QStringLiteral("cannot make room for the folder's contents"));
    }

    // One child at a time is copied and completed; `children` itself changes only after
    // the commit (100,000 items held twice would double the peak memory).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    ids.reserve(children.size());
    OptionsWriter options;
    Sanitizer sanitizer;
    if (!query.prepare(insertStatement()))
        return sqlError(query, QStringLiteral("cannot prepare the insert"));
    auto complete = [&](QueueItem &child, qsizetype index) {
        sanitizer.apply(child);
        child.parentId = folderId;
        child.priority = folder->priority;
        child.position = folder->position + 1 + index;
        child.created = now;
        child.updated = now;
    };
    for (qsizetype i = 0; i < children.size(); ++i) {
        QueueItem child = children.at(i);
        complete(child, i);
        bindItem(query, child, options.json(child.options));
        if (!query.exec())
            return sqlError(query, QStringLiteral("cannot add %1").arg(child.remotePath));
        ids << query.lastInsertId().toLongLong();
    }

    query.prepare(QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE id = ?"));
    query.bindValue(0, int(ItemState::Done));
    query.bindValue(1, msecs(now));
    query.bindValue(2, folderId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot mark folder %1 done").arg(folderId));
    if (Status committed = transaction.commit(); !committed)
        return committed;
    for (qsizetype i = 0; i < children.size(); ++i) {
        QueueItem &child = children[i];
        complete(child, i);
        child.id = ids.at(i);
    }
    return {};
}

QSqlQuery &TransferQueue::prepared(Statement which) const
{
    std::unique_ptr<QSqlQuery> &slot = m_prepared[size_t(which)];
    if (slot) {
        slot->finish(); // a read left part-way still holds its snapshot
        return *slot;
    }
    QString sql;
    switch (which) {
    case Statement::Item: sql = kSelect + QStringLiteral(" WHERE id = ?"); break;
    case Statement::NextRunnable: sql = kSelect + QStringLiteral(" WHERE state = ?") + kRunOrder; break;
    case Statement::Update: sql = updateStatement(); break;
    case Statement::RecordRun:
        sql = QStringLiteral("UPDATE items SET local_path = ?, remote_path = ?, target_path = ?, size = ?, "
                             "bytes_done = ?, state = ?, attempts = ?, last_error = ?, updated = ?, "
                             "exists_action = ?, options = ?, checksum = ? WHERE id = ?");
        break;
    case Statement::SetState:
        sql = QStringLiteral("UPDATE items SET state = ?, last_error = ?, updated = ? WHERE id = ?");
        break;
    case Statement::SetProgress:
        sql = QStringLiteral("UPDATE items SET bytes_done = ?, size = ?, updated = ? WHERE id = ?");
        break;
    case Statement::Count: break;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // Not kept, so the next call prepares again; exec() on it reports the error.
        (void)sqlError(*query, QStringLiteral("cannot prepare a statement"));
        m_unprepared = std::move(query);
        return *m_unprepared;
    }
    slot = std::move(query);
    return *slot;
}

std::optional<QueueItem> TransferQueue::item(qint64 id) const
{
    QSqlQuery &query = prepared(Statement::Item);
    query.bindValue(0, id);
    if (!query.exec()) {
        (void)sqlError(query, QStringLiteral("cannot read item %1").arg(id));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    OptionsReader options;
    QueueItem found = readItem(query, options);
    query.finish();
    return found;
}

QList<QueueItem> TransferQueue::items() const
{
    QList<QueueItem> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(kSelect + kRunOrder)) {
        (void)sqlError(query, QStringLiteral("cannot read the queue"));
        return result;
    }
    OptionsReader options;
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
        (void)sqlError(query, QStringLiteral("cannot read the queue"));
        return taken;
    }
    OptionsReader options;
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
    if (m_batching || !isOpen()) {
        writes();
        return {};
    }
    Transaction transaction(m_db, false);
    if (Status begun = transaction.begin(); !begun) {
        writes(); // each write commits on its own
        return {};
    }
    m_batching = true;
    writes();
    m_batching = false;
    return transaction.commit(); // on failure the destructor rolls the batch back
}

int TransferQueue::count(ItemState state) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE state = ?"));
    query.bindValue(0, int(state));
    if (!query.exec() || !query.next()) {
        (void)sqlError(query, QStringLiteral("cannot count items"));
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
    OptionsWriter options;
    bindItem(query, stored, options.json(stored.options));
    query.bindValue(kDataColumns, stored.id);
    if (Status st = execWrite(query, stored.id, "cannot update item %1"); !st)
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
    int i = 0;
    query.bindValue(i++, text(stored.localPath));
    query.bindValue(i++, text(stored.remotePath));
    query.bindValue(i++, text(stored.targetPath));
    query.bindValue(i++, stored.size);
    query.bindValue(i++, stored.bytesDone);
    query.bindValue(i++, int(stored.state));
    query.bindValue(i++, stored.attempts);
    query.bindValue(i++, text(stored.lastError));
    query.bindValue(i++, msecs(stored.updated));
    query.bindValue(i++, int(stored.existsAction));
    query.bindValue(i++, OptionsWriter().json(stored.options));
    query.bindValue(i++, text(stored.checksum));
    query.bindValue(i++, stored.id);
    if (Status st = execWrite(query, stored.id, "cannot record the run of item %1"); !st)
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
    return execWrite(query, id, "cannot set the state of item %1");
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
    return execWrite(query, id, "cannot record the progress of item %1");
}

Status TransferQueue::transition(qint64 id, std::initializer_list<ItemState> from, ItemState to,
                                 const QString &verb)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    const std::optional<QueueItem> current = item(id);
    if (!current)
        return notFound(id);
    if (current->state == to)
        return {};
    if (std::find(from.begin(), from.end(), current->state) == from.end())
        return Error(ErrorKind::Local, QStringLiteral("transfer queue: cannot %1 item %2: it is %3")
                                           .arg(verb)
                                           .arg(id)
                                           .arg(toString(current->state)));
    QSqlQuery query(m_db);
    // Retrying starts the count of failed runs again.
    query.prepare(
        to == ItemState::Queued && verb == QLatin1String("retry")
            ? QStringLiteral("UPDATE items SET state = ?, updated = ?, attempts = 0, last_error = '' "
                             "WHERE id = ? AND state = ?")
            : QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE id = ? AND state = ?"));
    query.bindValue(0, int(to));
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    query.bindValue(3, int(current->state));
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot %1 item %2").arg(verb).arg(id));
    return {};
}

Status TransferQueue::pause(qint64 id)
{
    return transition(id, {ItemState::Queued, ItemState::Running}, ItemState::Paused,
                      QStringLiteral("pause"));
}

Status TransferQueue::resume(qint64 id)
{
    return transition(id, {ItemState::Paused}, ItemState::Queued, QStringLiteral("resume"));
}

Status TransferQueue::retry(qint64 id)
{
    return transition(id, {ItemState::Failed, ItemState::Cancelled, ItemState::Skipped}, ItemState::Queued,
                      QStringLiteral("retry"));
}

Status TransferQueue::remove(qint64 id)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    // The item and everything expanded from it, at any depth (one statement: atomic).
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("WITH RECURSIVE doomed(id) AS ("
                       " SELECT id FROM items WHERE id = ?"
                       " UNION ALL SELECT items.id FROM items JOIN doomed ON items.parent_id = doomed.id)"
                       " DELETE FROM items WHERE id IN doomed"));
    query.bindValue(0, id);
    return execWrite(query, id, "cannot remove item %1");
}

Status TransferQueue::setPriority(qint64 id, int priority)
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE items SET priority = ?, updated = ? WHERE id = ?"));
    query.bindValue(0, priority);
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    return execWrite(query, id, "cannot set the priority of item %1");
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
            return Error(
                ErrorKind::Local,
                QStringLiteral("transfer queue: cannot move item %1 before item %2: their priorities "
                               "differ (%3, %4)")
                    .arg(id)
                    .arg(beforeId)
                    .arg(moving->priority)
                    .arg(before->priority));
    }

    Transaction transaction(m_db, m_batching);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_db);
    qint64 position = 0;
    if (before) {
        position = before->position;
        query.prepare(QStringLiteral("UPDATE items SET position = position + 1 WHERE position >= ?"));
        query.bindValue(0, position);
        if (!query.exec())
            return sqlError(query, QStringLiteral("cannot make room before item %1").arg(beforeId));
    } else {
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM items")) || !query.next())
            return sqlError(query, QStringLiteral("cannot read positions"));
        position = query.value(0).toLongLong() + 1;
        query.finish();
    }
    query.prepare(QStringLiteral("UPDATE items SET position = ?, updated = ? WHERE id = ?"));
    query.bindValue(0, position);
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot move item %1").arg(id));
    return transaction.commit();
}

Result<int> TransferQueue::clearDone()
{
    if (Status ready = requireOpen(); !ready)
        return ready.error();
    // A finished folder stays while anything expanded from it (at any depth) is unfinished,
    // so no remaining item points at a parent that is gone.
    QSqlQuery query(m_db);
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
        return sqlError(query, QStringLiteral("cannot clear finished items"));
    return query.numRowsAffected();
}

Status TransferQueue::requeueRunning()
{
    if (Status ready = requireOpen(); !ready)
        return ready;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE state = ?"));
    query.bindValue(0, int(ItemState::Queued));
    query.bindValue(1, msecs(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, int(ItemState::Running));
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot requeue running items"));
    if (const int n = query.numRowsAffected(); n > 0)
        qCInfo(lcQueueStore) << n << "items left running by a previous run are queued again";
    return {};
}

} // namespace ferry::transfer
