#pragma once
// The SQLite file under the transfer queue (Qt Sql, a connection of its own per object):
// opening with the checks that come before any write (SQLite header, schema version,
// quick_check, foreign tables, the columns the queue reads), moving a broken file aside
// and starting fresh, WAL and the journal options, migrations as a list of steps
// (PRAGMA user_version), write transactions that nest as savepoints inside batched(),
// and statements prepared once per open database. Knows nothing about queue items:
// TransferQueue gives it the schema and the SQL.
//
// Lives on the thread that opened it; not thread-safe.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

#include "base/Result.h"

class QSqlQuery;

namespace ferry::transfer {

class QueueDatabase
{
public:
    struct Schema
    {
        // steps[i] brings a database from user_version i to i + 1 (in one transaction,
        // with the new user_version); the current version is steps.size().
        QList<QStringList> steps;
        // A statement that fails unless the tables have every column the caller reads.
        QString columnCheck;
    };

    explicit QueueDatabase(Schema schema);
    ~QueueDatabase(); // closes
    QueueDatabase(const QueueDatabase &) = delete;
    QueueDatabase &operator=(const QueueDatabase &) = delete;

    // Opens `path` (":memory:": a database that lives as long as the connection). A file
    // that is not a healthy database of this schema is moved to
    // "<path>.broken-<UTC time>" and a fresh one started (recoveryMessage() says so); one
    // written by a newer schema is refused and left alone.
    remote::Status open(const QString &path);
    void close();
    bool isOpen() const;
    remote::Status requireOpen() const;
    const QString &recoveryMessage() const { return m_recoveryMessage; }
    int schemaVersion() const { return int(m_schema.steps.size()); }
    const QSqlDatabase &handle() const { return m_db; }

    // A write transaction, rolled back unless committed. BEGIN IMMEDIATE takes the write
    // lock at once (waiting up to the busy timeout for another process); inside batched()
    // it is a savepoint in the batch's: it still rolls back alone, and the batch's commit
    // makes it durable.
    class Transaction
    {
    public:
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        remote::Status begin();
        remote::Status commit();

    private:
        friend class QueueDatabase;
        Transaction(const QSqlDatabase &db, bool nested) : m_db(db), m_nested(nested) {}
        QSqlDatabase m_db;
        bool m_nested = false;
        bool m_active = false;
    };
    Transaction transaction() const { return Transaction(m_db, m_batching); }
    // Runs `writes` in one transaction (see TransferQueue::batched()).
    remote::Status batched(const std::function<void()> &writes);

    // The statement `sql` kept under `key` (a small integer the caller chooses), prepared
    // on first use and handed out reset, ready to bind; nothing may use the same one
    // before it is done with it. A statement that fails to prepare is not kept; exec() on
    // it reports the error.
    QSqlQuery &prepared(int key, const QString &sql) const;

    // "transfer queue: <what>: <SQLite's message>", logged and returned as a Local error.
    static remote::Error sqlError(const QSqlQuery &query, const QString &what);

private:
    enum class Outcome
    {
        Ok,
        Broken,
        Newer,
        Failed
    };
    struct Attempt
    {
        Outcome outcome = Outcome::Ok;
        QString message;
    };
    Attempt openConnection(const QString &path);
    Attempt migrate(int fromVersion);
    Attempt checkColumns();

    Schema m_schema;
    QString m_connectionName; // Qt Sql connection, unique per object
    QString m_recoveryMessage;
    QSqlDatabase m_db; // the handle for m_connectionName; reset before removeDatabase()
    mutable std::vector<std::unique_ptr<QSqlQuery>> m_prepared; // by key; dropped by close()
    mutable std::unique_ptr<QSqlQuery> m_unprepared;            // the last statement that failed to prepare
    bool m_batching = false;                                    // inside batched(): transactions nest
};

} // namespace ferry::transfer
