// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <optional>
#include <unordered_map>

#include "core/jobs/jobrecord.h"

namespace Dailies
{

class Clock;

class Database;

/**
 * Reads and writes job rows. Every write is one statement (callers group them with Database::Transaction), and
 * every write gives the row the next `rev`, so other processes find it with changedSince().
 *
 * Many processes share the table (docs/ARCHITECTURE.md, "Many processes"), so every write after the insert is
 * conditional: it names what the writer believes about the row (its owner, its state) and changes nothing when
 * another process got there first. Such a write returns Write::Lost; the caller then reads the row again.
 */
class JobStore final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::JobStore)

public:
    enum class Write {
        Done, ///< the row changed
        Lost, ///< the row was not as expected (another process changed it); nothing was written
        Failed, ///< the database refused (busy for too long, disk full, ...): lastError() says why
    };

    /// The clock (not owned; default: the system's) dates a job inserted without a creation time.
    explicit JobStore(Database *database, Clock *clock = nullptr);

    /// Inserts `job` and sets its id; returns false with *error on failure.
    bool insert(JobRecord &job, QString *error = nullptr);
    /// Writes every field of `job` when the row's owner is still `expectedOwner` (empty: nobody) and, when given,
    /// its state is still `expectedState`.
    Write update(const JobRecord &job, const QString &expectedOwner,
        std::optional<JobState> expectedState = std::nullopt, QString *error = nullptr);
    /// Writes what a poll of a running job changes (state, the provider's status and progress, its answer, expiry and
    /// the time of the last change) when the row's owner is still `expectedOwner`: a short statement, for the many
    /// writes of many running jobs.
    Write updateProgress(const JobRecord &job, const QString &expectedOwner, QString *error = nullptr);
    /// The claim that precedes a create: writes `job` (already marked Submitting and owned by `job.owner`) only
    /// while the row is still waiting and unowned, the queue is not paused, the claiming engine's lease lives, and
    /// fewer than `limit` jobs of the profile are in flight across all processes. One statement: of any number of
    /// processes claiming the same job, exactly one gets Done.
    Write claimForSubmit(const JobRecord &job, int limit, qint64 nowMs, QString *error = nullptr);
    /// Takes over a job whose owner `deadOwner` is gone (its engine row deleted, see EngineLease::retire): writes
    /// `job` (owned by its new owner) only while the row is still owned by `deadOwner` and that engine has no row.
    Write takeOver(const JobRecord &job, const QString &deadOwner, QString *error = nullptr);
    /// Asks the owner of an unfinished job to cancel it; false when the job has ended.
    bool requestCancel(qint64 id);
    /// Hands this engine's claims on jobs the provider already knows back to nobody (when the engine closes), so
    /// another process adopts them without reconciling. Jobs whose create is unanswered stay claimed.
    void releaseClaims(const QString &owner);

    [[nodiscard]] std::optional<JobRecord> load(qint64 id) const;
    /// Jobs that have not ended (waiting and in flight), in queue order.
    [[nodiscard]] QList<JobRecord> loadActive() const;
    /// The profiles of the jobs that have not ended, each once, in the order their first job is queued.
    [[nodiscard]] QStringList activeProfiles() const;
    /// Every job, newest first; `states` filters when not empty.
    [[nodiscard]] QList<JobRecord> list(const QList<JobState> &states = {}, int limit = 0) const;
    /// Rows written since `rev` (by any process), in the order they were written.
    [[nodiscard]] QList<JobRecord> changedSince(qint64 rev) const;
    /// The newest `rev` in the table.
    [[nodiscard]] qint64 lastRev() const;
    /// The highest job id so far.
    [[nodiscard]] qint64 lastId() const;
    /// The remote ids this profile's jobs already own (so reconciliation never adopts one twice).
    [[nodiscard]] QSet<QString> remoteIds(const QString &profile) const;
    [[nodiscard]] double lastPosition() const;
    /// The queue's paused flag, shared by every process of the library (a claim reads it in the same statement).
    bool setQueuePaused(bool paused);
    [[nodiscard]] bool isQueuePaused() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    /// MAX(column) over the table, 0 when empty.
    [[nodiscard]] QVariant highest(const QString &column) const;
    Write conditionalWrite(const JobRecord &job, const QString &condition, const QVariantList &binds, QString *error);
    /// The statement for `sql` on the library's connection, prepared once (the store lives no longer than the
    /// Database it writes to). Empty when it cannot be prepared; m_lastError says why.
    QSqlQuery *statement(const QString &sql);
    Write finishWrite(QSqlQuery *q, qint64 jobId, QString *error);

    Database *m_db;
    Clock *m_clock;
    mutable QString m_lastError;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Dailies
