#include "QueueDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace ferry::transfer {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {

Q_LOGGING_CATEGORY(lcQueueDb, "ferry.queue", QtInfoMsg)

constexpr int kBusyTimeoutMs = 5000;

// SQLite's primary result codes that mean "this file is not a (healthy) database".
bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */);
}

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QCoreApplication::translate("ferry::transfer", "unknown database error")
                                  : error.text();
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
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::transfer",
                                        "transfer queue: %1 cannot be read and cannot be moved aside to %2")
                .arg(path, target));
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix); // a stale companion must not be applied to the fresh file
    }
    return target;
}

} // namespace

Error QueueDatabase::sqlError(const QSqlQuery &query, const QString &what)
{
    const QString message = QCoreApplication::translate("ferry::transfer", "transfer queue: %1: %2")
                                .arg(what, describe(query.lastError()));
    qCWarning(lcQueueDb).noquote() << message;
    return Error(ErrorKind::Local, message);
}

QueueDatabase::QueueDatabase(Schema schema) : m_schema(std::move(schema)) {}

QueueDatabase::~QueueDatabase()
{
    close();
}

bool QueueDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void QueueDatabase::close()
{
    m_prepared.clear();
    m_unprepared.reset();
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Status QueueDatabase::requireOpen() const
{
    if (!isOpen())
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::transfer", "transfer queue: not open"));
    return {};
}

QueueDatabase::Transaction::~Transaction()
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

Status QueueDatabase::Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(m_nested ? QStringLiteral("SAVEPOINT ferry_nested") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot start a transaction"));
    m_active = true;
    return {};
}

Status QueueDatabase::Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(m_nested ? QStringLiteral("RELEASE ferry_nested") : QStringLiteral("COMMIT")))
        return sqlError(query, QCoreApplication::translate("ferry::transfer", "cannot commit"));
    m_active = false;
    return {};
}

Status QueueDatabase::batched(const std::function<void()> &writes)
{
    if (m_batching || !isOpen()) {
        writes();
        return {};
    }
    Transaction batch(m_db, false);
    if (Status begun = batch.begin(); !begun) {
        writes(); // each write commits on its own
        return {};
    }
    m_batching = true;
    writes();
    m_batching = false;
    return batch.commit(); // on failure the destructor rolls the batch back
}

QSqlQuery &QueueDatabase::prepared(int key, const QString &sql) const
{
    if (size_t(key) >= m_prepared.size())
        m_prepared.resize(size_t(key) + 1);
    std::unique_ptr<QSqlQuery> &slot = m_prepared[size_t(key)];
    if (slot) {
        slot->finish(); // a read left part-way still holds its snapshot
        return *slot;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // Not kept, so the next call prepares again; exec() on it reports the error.
        (void)sqlError(*query, QCoreApplication::translate("ferry::transfer", "cannot prepare a statement"));
        m_unprepared = std::move(query);
        return *m_unprepared;
    }
    slot = std::move(query);
    return *slot;
}

Status QueueDatabase::open(const QString &path)
{
    close();
    m_recoveryMessage.clear();
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory)
        QDir().mkpath(QFileInfo(path).absolutePath());

    Attempt attempt = openConnection(path);
    if (attempt.outcome == Outcome::Broken && !inMemory) {
        close();
        Result<QString> moved = moveAside(path);
        if (!moved) {
            qCWarning(lcQueueDb).noquote() << moved.error().message() << "(" << attempt.message << ")";
            return moved.error();
        }
        m_recoveryMessage =
            QCoreApplication::translate("ferry::transfer",
                                        "The transfer queue %1 could not be read (%2). It was moved to %3 "
                                        "and a new, empty queue was started.")
                .arg(path, attempt.message, moved.value());
        qCWarning(lcQueueDb).noquote() << m_recoveryMessage;
        attempt = openConnection(path);
    }
    if (attempt.outcome != Outcome::Ok) {
        close();
        return Error(ErrorKind::Local, attempt.message);
    }
    return {};
}

// First the checks that only read (lock wait, schema version, integrity), so a file from a
// newer Ferry is not modified at all; then WAL mode and the migrations.
QueueDatabase::Attempt QueueDatabase::openConnection(const QString &path)
{
    close();
    const bool existed = path != QLatin1String(":memory:") && QFileInfo(path).size() > 0;
    if (existed) {
        // Not SQLite at all: say so before SQLite opens it, as SQLite may drop a -wal file
        // it cannot use, and that file belongs with the broken one.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) &&
            !file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return {Outcome::Broken,
                    QCoreApplication::translate("ferry::transfer", "it is not an SQLite database")};
    }
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // `message`: one whole sentence, %1 the queue's path, %2 SQLite's reason.
    auto failure = [&](const QSqlError &error, const char *message) {
        // An existing file that SQLite cannot even open counts as unreadable: moved aside.
        const bool broken =
            isCorruption(error) || (existed && error.nativeErrorCode().toInt() == 14 /* SQLITE_CANTOPEN */);
        return Attempt{
            broken ? Outcome::Broken : Outcome::Failed,
            broken ? describe(error)
                   : QCoreApplication::translate("ferry::transfer", message).arg(path, describe(error))};
    };
    if (!m_db.open())
        return failure(m_db.lastError(),
                       QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot open it: %2"));

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)))
        return failure(
            query.lastError(),
            QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot set the busy timeout: %2"));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(
            query.lastError(),
            QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot read the schema version: %2"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion())
        return {Outcome::Newer,
                QCoreApplication::translate(
                    "ferry::transfer", "transfer queue %1 was written by a newer Ferry (schema %2; this one "
                                       "knows %3); it is left as it is")
                    .arg(path)
                    .arg(version)
                    .arg(schemaVersion())};
    if (version < 0)
        return {Outcome::Broken,
                QCoreApplication::translate("ferry::transfer", "schema version %1 is not one Ferry writes")
                    .arg(version)};

    if (existed) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failure(
                query.lastError(),
                QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot check the database: %2"));
        QStringList problems;
        while (query.next() && problems.size() < 3)
            problems << query.value(0).toString().split(QLatin1Char('\n'));
        query.finish();
        if (problems != QStringList{QStringLiteral("ok")})
            return {Outcome::Broken,
                    QCoreApplication::translate("ferry::transfer", "integrity check failed: %1%2")
                        .arg(problems.mid(0, 3).join(QStringLiteral("; ")),
                             problems.size() > 3 ? QStringLiteral("; ...") : QString())};
        if (version == 0) {
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
                return failure(
                    query.lastError(),
                    QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot read the schema: %2"));
            if (query.value(0).toInt() > 0)
                return {Outcome::Broken,
                        QCoreApplication::translate("ferry::transfer",
                                                    "it is an SQLite database but not a Ferry queue")};
            query.finish();
        } else if (Attempt checked = checkColumns(); checked.outcome != Outcome::Ok) {
            return checked; // before anything is written to it
        }
    }

    // Not in a transaction, and before the migrations so they are written to the WAL.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failure(query.lastError(),
                       QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot switch to WAL: %2"));
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        // A large expand() grows the WAL; give the space back after the next checkpoint.
        || !query.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(8 * 1024 * 1024)))
        return failure(
            query.lastError(),
            QT_TRANSLATE_NOOP("ferry::transfer", "transfer queue %1: cannot set the journal options: %2"));
    query.finish();

    if (const Attempt migrated = migrate(version); migrated.outcome != Outcome::Ok)
        return migrated;

    return checkColumns();
}

// The table must have every column we use, whatever user_version claims.
QueueDatabase::Attempt QueueDatabase::checkColumns()
{
    QSqlQuery query(m_db);
    if (!query.exec(m_schema.columnCheck))
        return {Outcome::Broken,
                QCoreApplication::translate("ferry::transfer", "the items table does not match schema %1: %2")
                    .arg(schemaVersion())
                    .arg(describe(query.lastError()))};
    return {};
}

QueueDatabase::Attempt QueueDatabase::migrate(int fromVersion)
{
    const QList<QStringList> &steps = m_schema.steps;
    for (int version = fromVersion; version < schemaVersion(); ++version) {
        Transaction step(m_db, m_batching);
        Status status = step.begin();
        QSqlQuery query(m_db);
        QSqlError error;
        for (const QString &statement : steps.at(version)) {
            if (!status)
                break;
            if (!query.exec(statement)) {
                error = query.lastError();
                status =
                    sqlError(query, QCoreApplication::translate("ferry::transfer", "migration to schema %1")
                                        .arg(version + 1));
            }
        }
        if (status && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            error = query.lastError();
            status = sqlError(
                query,
                QCoreApplication::translate("ferry::transfer", "migration to schema %1").arg(version + 1));
        }
        if (status)
            status = step.commit();
        if (!status)
            return {isCorruption(error) ? Outcome::Broken : Outcome::Failed, status.error().message()};
        qCDebug(lcQueueDb) << "queue schema migrated to version" << version + 1;
    }
    return {};
}

} // namespace ferry::transfer
