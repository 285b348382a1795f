// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Dailies
{

/**
 * The library database: SQLite through QtSql, WAL, foreign keys, numbered migrations from
 * `:/dailies/schema/NNNN_name.sql` applied in one transaction each, a schema version (`PRAGMA user_version`) and
 * an application id that tells our files from foreign ones. Before migrating an existing file it is backed up
 * next to itself (`<name>.v<old>.bak`). A file that is corrupt, foreign, or from a newer Dailies is refused with a
 * message and left untouched. One object owns one named connection; it is used from the thread that opened it.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::Database)

public:
    enum class OpenError { None, Io, Corrupt, Foreign, TooNew, Migration };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&) = delete;
    Database &operator=(Database &&) = delete;

    /// Opens (creating if needed) the file at `path`; ":memory:" gives a private in-memory database for tests.
    [[nodiscard]] bool open(const QString &path);
    [[nodiscard]] OpenError openError() const { return m_openError; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /// The newest schema this build knows.
    [[nodiscard]] static int latestSchemaVersion();
    /// Runs `PRAGMA quick_check`; returns an empty string when the file is sound.
    [[nodiscard]] QString integrityProblem();
    /// True when another process has updated the open library to a schema this build does not know.
    [[nodiscard]] bool isNewerThanThisBuild() const;
    /// `PRAGMA data_version`: changes whenever another connection (another process) commits to the file.
    [[nodiscard]] qint64 dataVersion() const;
    /// Starts a transaction that holds the write lock from its first statement (`BEGIN IMMEDIATE`), waiting up to
    /// the busy timeout for other processes. End it with connection().commit() or rollback().
    [[nodiscard]] bool beginImmediate();

    /// A write transaction (`BEGIN IMMEDIATE`) that rolls back unless commit() is called. Nested use is not supported.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Transaction(Transaction &&) = delete;
        Transaction &operator=(Transaction &&) = delete;
        [[nodiscard]] bool commit();
        /// False when the transaction could not start (the library stayed busy): nothing written after is atomic.
        [[nodiscard]] bool isActive() const { return m_active; }

    private:
        Database &m_db;
        bool m_active = false;
    };

    /// Reads and writes the small key-value table (queue paused, budget state, …).
    [[nodiscard]] QString metaValue(const QString &key, const QString &fallback = {}) const;
    bool setMetaValue(const QString &key, const QString &value);

    /// The value `PRAGMA application_id` holds in a Dailies library ("DLYS").
    static constexpr int kApplicationId = 0x444C5953;

private:
    bool fail(OpenError error, const QString &message);
    bool migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    OpenError m_openError = OpenError::None;
    QString m_errorString;
};

} // namespace Dailies
