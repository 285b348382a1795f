// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dailies
{

/**
 * The library database: SQLite through QtSql, WAL, foreign keys, numbered migrations from
 * `:/dailies/schema/NNNN_name.sql` applied in one transaction each, a schema version (`PRAGMA user_version`) and
 * an application id that tells our files from foreign ones. Before migrating an existing file it is backed up
 * next to itself (`<name>.v<old>.bak`). A file that is foreign, unreadable or from a newer Dailies is refused with
 * a message and left untouched. The whole-file integrity check is not part of opening (it reads every page): it is
 * due after a process of this host ended without closing the library (integrityDue), and runs on demand
 * (checkIntegrity; `dailies library check`) or in the background (integrityProblemOf). One object owns one named
 * connection; it is used from the thread that opened it.
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

    /// When the whole-file integrity check that is due (integrityDue) runs: in open() before anything is written,
    /// or later by the caller (checkIntegrity, or integrityProblemOf on another thread).
    enum class CheckMode { WhenDue, Deferred };
    /// The check is due after a process of this host ended without closing the file, and every this many days.
    static constexpr int kCheckEveryDays = 7;

    /// Opens (creating if needed) the file at `path`; ":memory:" gives a private in-memory database for tests.
    [[nodiscard]] bool open(const QString &path, CheckMode mode = CheckMode::WhenDue);
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
    /// Whether the file should be checked before it is trusted (a process ended without closing it, a week has
    /// passed, or the last check found damage) and open() left the check to the caller.
    [[nodiscard]] bool integrityDue() const;
    /// integrityProblem(), and the result recorded (`integrity.last` in `meta` for a sound file, which is then no
    /// longer due; nothing is written into a damaged one).
    QString checkIntegrity();
    /// Records the result of a check made elsewhere (integrityProblemOf), as checkIntegrity() does.
    void recordIntegrity(const QString &problem, const QString &when);
    /// `PRAGMA quick_check` of the file at `path` on a connection of its own (any thread); empty when sound.
    [[nodiscard]] static QString integrityProblemOf(const QString &path);
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
    bool removeMetaValue(const QString &key);

    /// The value `PRAGMA application_id` holds in a Dailies library ("DLYS").
    static constexpr int kApplicationId = 0x444C5953;

private:
    bool fail(OpenError error, const QString &message);
    [[nodiscard]] QString sessionFolder() const;
    [[nodiscard]] QStringList endedSessions() const;
    [[nodiscard]] bool checkIsScheduled() const;
    void registerSession();
    bool migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_sessionFile; ///< this object's marker in sessionFolder() while it has the file open
    QStringList m_endedSessions; ///< markers of processes that did not close the file; removed once it is checked
    bool m_integrityDue = false;
    OpenError m_openError = OpenError::None;
    QString m_errorString;
};

} // namespace Dailies
