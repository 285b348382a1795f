// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <chrono>
#include <optional>

namespace Dailies
{

class Clock;
class Database;

/**
 * One job engine's registration in the library (`engines` table), which makes its claims on jobs count.
 *
 * An engine has an id of its own (host, process id and a random part). While it holds claims it renews its lease
 * (`lease_until`) well before it runs out. Another engine may treat it as gone, delete its row (retire()) and take
 * its claims over by reconciliation, when its lease has passed, or at once when it ran on this host and its process
 * no longer exists (a kill -9). A claim is only taken while the claimer's own lease lives (JobStore::claimForSubmit
 * checks it in the same statement), so a process whose row was retired cannot send anything until it renewed.
 *
 * Not a QObject: the engine decides when to renew. The database and the clock are not owned.
 */
class EngineLease final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::EngineLease)

public:
    struct Engine {
        QString id;
        QString host;
        qint64 pid = 0;
        QString app;
        QDateTime startedAt;
        QDateTime leaseUntil;
    };

    /// How long a lease lasts; renew() is due after a third of it.
    static constexpr std::chrono::milliseconds kLeaseDuration { 30000 };

    EngineLease(Database *database, Clock *clock, QString app);
    ~EngineLease() = default;
    EngineLease(const EngineLease &) = delete;
    EngineLease &operator=(const EngineLease &) = delete;
    EngineLease(EngineLease &&) = delete;
    EngineLease &operator=(EngineLease &&) = delete;

    [[nodiscard]] const QString &id() const { return m_id; }
    /// Writes (or writes again, when another engine retired it) this engine's row with a fresh lease. Returns false
    /// when the database refused; *lostRow tells whether the row had been retired (its claims may be gone).
    bool renew(bool *lostRow = nullptr);
    /// True when the lease was renewed less than a third of its duration ago.
    [[nodiscard]] bool isFresh() const;
    /// The monotonic time (Clock::monotonicMs) at which the lease stops being fresh.
    [[nodiscard]] qint64 renewalDueMs() const;
    /// Deletes this engine's row (the engine is closing).
    void release();

    /// Every registered engine, by id.
    [[nodiscard]] QHash<QString, Engine> engines() const;
    /// Whether `owner` can still hold claims: it has a row whose lease lives and, on this host, a live process.
    [[nodiscard]] bool isAlive(const QString &owner, const QHash<QString, Engine> &engines) const;
    /// When `owner`'s claims should be looked at again: its lease's end, or soon for a process on this host.
    [[nodiscard]] QDateTime nextCheck(const QString &owner, const QHash<QString, Engine> &engines) const;
    /// Deletes the row of an engine that isAlive() found gone, so that its claims can be taken over. Returns false
    /// when it renewed in the meantime.
    bool retire(const Engine &engine);

    /// This machine, as engines name it.
    [[nodiscard]] static QString hostId();
    /// Whether a process with this id runs on this host (a zombie does not count).
    [[nodiscard]] static bool processExists(qint64 pid);

private:
    Database *m_db;
    Clock *m_clock;
    QString m_app;
    QString m_id;
    QDateTime m_startedAt;
    qint64 m_renewedAtMs = -1;
};

} // namespace Dailies
