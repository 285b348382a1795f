// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

#include "core/jobs/jobrecord.h"

namespace Dailies
{

class Database;

/// Reads and writes job rows. Every write is one statement (callers group them with Database::Transaction).
class JobStore final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::JobStore)

public:
    explicit JobStore(Database *database);

    /// Inserts `job` and sets its id; returns false with *error on failure.
    bool insert(JobRecord &job, QString *error = nullptr);
    /// Writes every field of `job` (the row must exist).
    bool update(const JobRecord &job, QString *error = nullptr);
    [[nodiscard]] std::optional<JobRecord> load(qint64 id) const;
    /// Jobs the engine still works on (not terminal), in queue order.
    [[nodiscard]] QList<JobRecord> loadActive() const;
    /// Every job, newest first; `states` filters when not empty.
    [[nodiscard]] QList<JobRecord> list(const QList<JobState> &states = {}, int limit = 0) const;
    /// The remote ids this profile's jobs already own (so reconciliation never adopts one twice).
    [[nodiscard]] QSet<QString> remoteIds(const QString &profile) const;
    [[nodiscard]] double lastPosition() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Database *m_db;
    mutable QString m_lastError;
};

} // namespace Dailies
