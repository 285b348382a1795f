// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Dailies
{

class Database;

/// A monthly budget: alerts at the given percentages and an optional hard stop.
struct Budget {
    Q_DECLARE_TR_FUNCTIONS(Dailies::Budget)

public:
    double monthlyLimit = 0; ///< 0 = no budget
    QString currency = QStringLiteral("USD");
    bool hardStop = false;
    QList<int> alertPercents { 50, 75, 90 };

    /// An empty string, or why the budget cannot be used (a limit of zero or below when set, percentages
    /// outside 1..100).
    [[nodiscard]] QString validate() const;
    [[nodiscard]] bool isSet() const { return monthlyLimit > 0; }
};

/// What the budget says about spending `estimate` more this month.
struct BudgetCheck {
    bool allowed = true; ///< false only with a hard stop that the estimate would pass
    double spent = 0; ///< this month, before the estimate
    double remaining = 0; ///< the limit minus `spent` (before the estimate); may be negative; 0 without a budget
    QList<int> alertsCrossed; ///< the alert percentages this spend would cross (spent before < p ≤ after), ascending
    /// The share of the budget spent after the estimate (0 without a budget), and whether it reaches the lowest
    /// alert percentage (100 without alerts): the compose panel warns from there on.
    int percentAfter = 0;
    bool pastFirstAlert = false;
    QString message; ///< for a person, when not allowed, over the budget, or an alert is crossed
};

/**
 * The spend ledger: one row per paid job (recording twice for the same job changes nothing), totals by day,
 * model and profile, and the monthly budget stored in the database so every Dailies process sees the same one.
 */
class SpendLedger final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::SpendLedger)

public:
    explicit SpendLedger(Database *database);

    /// Records what a job cost. Returns true when the row is stored or the job was recorded before (the first
    /// record stays); false for a negative or non-finite amount, an invalid time, or a database error.
    bool record(qint64 jobId, const QString &profile, const QString &model, double amount, const QString &currency,
        const QDateTime &at);

    enum class GroupBy { Day, Model, Profile };
    struct Row {
        QString key;
        double amount = 0;
        int jobs = 0;
    };
    /// Sums per day ("yyyy-MM-dd", local), model or profile over `from`..`to` inclusive (an invalid date leaves that
    /// end open), ordered by key.
    [[nodiscard]] QList<Row> totals(GroupBy by, const QDate &from, const QDate &to) const;
    [[nodiscard]] double spentInMonth(const QDate &anyDayOfMonth) const;

    [[nodiscard]] Budget budget() const;
    /// Stores a budget after Budget::validate(); returns its message (and stores nothing) when it is not usable.
    [[nodiscard]] QString setBudget(const Budget &budget);
    [[nodiscard]] BudgetCheck check(double estimate, const QDate &today) const;
    /// One message per alert percentage that a spend of `cost`, already recorded in `today`'s month, crossed
    /// (ascending); empty without a budget. The engine announces them when a paid job completes.
    [[nodiscard]] QStringList alertsCrossedBy(double cost, const QDate &today) const;

private:
    Database *m_db;
};

} // namespace Dailies
