// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pricing/spendledger.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

const QString kLimitKey = u"budget.limit"_s;
const QString kCurrencyKey = u"budget.currency"_s;
const QString kHardStopKey = u"budget.hardStop"_s;
const QString kAlertsKey = u"budget.alerts"_s;
// Money is summed in floating point; a cent's hundredth is far below anything a person would call "over".
constexpr double kEpsilon = 1e-9;

QString dayOf(const QDate &date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

/// The alert percentages a month's spending crosses going from `before` to `after`, ascending and each once.
QList<int> crossedAlerts(const Budget &b, double before, double after)
{
    QList<int> alerts = b.alertPercents;
    std::sort(alerts.begin(), alerts.end());
    alerts.erase(std::unique(alerts.begin(), alerts.end()), alerts.end());
    QList<int> crossed;
    for (const int percent : std::as_const(alerts)) {
        const double threshold = b.monthlyLimit * percent / 100.0;
        if (before < threshold - kEpsilon && after >= threshold - kEpsilon)
            crossed << percent;
    }
    return crossed;
}

QString money(double amount, const QString &currency)
{
    return u"%1 %2"_s.arg(QString::number(amount, 'f', 2), currency);
}

} // namespace

QString Budget::validate() const
{
    if (!std::isfinite(monthlyLimit))
        return tr("The monthly limit must be a number.");
    if (monthlyLimit < 0)
        return tr("The monthly limit cannot be negative; use 0 for no budget.");
    if (monthlyLimit == 0 && hardStop)
        return tr("A hard stop needs a monthly limit above zero.");
    if (currency.trimmed().isEmpty())
        return tr("The budget needs a currency.");
    for (const int percent : alertPercents) {
        if (percent < 1 || percent > 100)
            return tr("Alerts are percentages of the budget from 1 to 100, not %1.").arg(percent);
    }
    return {};
}

SpendLedger::SpendLedger(Database *database)
    : m_db(database)
{
}

bool SpendLedger::record(qint64 jobId, const QString &profile, const QString &model, double amount,
    const QString &currency, const QDateTime &at)
{
    if (!std::isfinite(amount) || amount < 0 || !at.isValid())
        return false;
    QSqlQuery q(m_db->connection());
    // One row per job: a job reported finished twice (after a crash, by a reconcile) is paid once.
    q.prepare(u"INSERT INTO spend (job_id, profile, model, at, day, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (job_id) DO NOTHING"_s);
    q.addBindValue(jobId);
    q.addBindValue(profile.isNull() ? u""_s : profile);
    q.addBindValue(model.isNull() ? u""_s : model);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(dayOf(at.toLocalTime().date()));
    q.addBindValue(amount);
    q.addBindValue(currency.isEmpty() ? u"USD"_s : currency);
    return q.exec();
}

QList<SpendLedger::Row> SpendLedger::totals(GroupBy by, const QDate &from, const QDate &to) const
{
    const QString column = by == GroupBy::Day ? u"day"_s : by == GroupBy::Model ? u"model"_s : u"profile"_s;
    QStringList conditions;
    QVariantList binds;
    if (from.isValid()) {
        conditions << u"day >= ?"_s;
        binds << dayOf(from);
    }
    if (to.isValid()) {
        conditions << u"day <= ?"_s;
        binds << dayOf(to);
    }
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // `column` is one of three fixed names.
    q.prepare(u"SELECT %1, SUM(amount), COUNT(*) FROM spend %2 GROUP BY %1 ORDER BY %1"_s.arg(
        column, conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(" AND "_L1)));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt() });
    return rows;
}

double SpendLedger::spentInMonth(const QDate &anyDayOfMonth) const
{
    if (!anyDayOfMonth.isValid())
        return 0;
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT SUM(amount) FROM spend WHERE day >= ? AND day <= ?"_s);
    q.addBindValue(dayOf(first));
    q.addBindValue(dayOf(first.addMonths(1).addDays(-1)));
    if (q.exec() && q.next())
        return q.value(0).toDouble();
    return 0;
}

Budget SpendLedger::budget() const
{
    Budget b;
    b.monthlyLimit = m_db->metaValue(kLimitKey, u"0"_s).toDouble();
    b.currency = m_db->metaValue(kCurrencyKey, b.currency);
    b.hardStop = m_db->metaValue(kHardStopKey, u"0"_s) == "1"_L1;
    const QString alerts = m_db->metaValue(kAlertsKey, u"50,75,90"_s);
    b.alertPercents.clear();
    const QStringList parts = alerts.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int percent = part.trimmed().toInt(&ok);
        b.alertPercents << (ok ? percent : -1);
    }
    // A value edited by hand into something unusable counts as no budget rather than a wrong one.
    if (!b.validate().isEmpty())
        return Budget {};
    return b;
}

QString SpendLedger::setBudget(const Budget &budget)
{
    if (const QString problem = budget.validate(); !problem.isEmpty())
        return problem;
    QList<int> alerts = budget.alertPercents;
    std::sort(alerts.begin(), alerts.end());
    alerts.erase(std::unique(alerts.begin(), alerts.end()), alerts.end());
    QStringList alertTexts;
    for (const int percent : std::as_const(alerts))
        alertTexts << QString::number(percent);

    Database::Transaction transaction(*m_db);
    const bool ok = m_db->setMetaValue(kLimitKey, QString::number(budget.monthlyLimit, 'g', 17))
        && m_db->setMetaValue(kCurrencyKey, budget.currency.trimmed())
        && m_db->setMetaValue(kHardStopKey, budget.hardStop ? u"1"_s : u"0"_s)
        && m_db->setMetaValue(kAlertsKey, alertTexts.isEmpty() ? u""_s : alertTexts.join(u','));
    if (!ok || !transaction.commit())
        return tr("The budget could not be saved in the library database.");
    return {};
}

BudgetCheck SpendLedger::check(double estimate, const QDate &today) const
{
    BudgetCheck result;
    const Budget b = budget();
    const double more = std::isfinite(estimate) ? std::max(0.0, estimate) : 0.0;
    result.spent = spentInMonth(today);
    if (!b.isSet())
        return result;
    const double after = result.spent + more;
    result.remaining = b.monthlyLimit - result.spent;

    result.alertsCrossed = crossedAlerts(b, result.spent, after);
    result.percentAfter = qRound(100.0 * after / b.monthlyLimit);
    const int firstAlert
        = b.alertPercents.isEmpty() ? 100 : *std::min_element(b.alertPercents.cbegin(), b.alertPercents.cend());
    result.pastFirstAlert = after >= b.monthlyLimit * firstAlert / 100.0 - kEpsilon;

    const bool over = after > b.monthlyLimit + kEpsilon;
    if (over && b.hardStop) {
        result.allowed = false;
        result.message = result.remaining > kEpsilon
            ? tr("This would cost %1, but only %2 of this month's budget of %3 is left.")
                  .arg(money(more, b.currency), money(result.remaining, b.currency), money(b.monthlyLimit, b.currency))
            : tr("This month's budget of %1 is used up (%2 spent, nothing left), so nothing more is sent.")
                  .arg(money(b.monthlyLimit, b.currency), money(result.spent, b.currency));
    } else if (over) {
        result.message = tr("This goes over this month's budget of %1 by %2 (%3 left before it).")
                             .arg(money(b.monthlyLimit, b.currency), money(after - b.monthlyLimit, b.currency),
                                 money(std::max(0.0, result.remaining), b.currency));
    } else if (!result.alertsCrossed.isEmpty()) {
        result.message = tr("This takes this month's spending past %1 % of the budget (%2 of %3).")
                             .arg(result.alertsCrossed.constLast())
                             .arg(money(after, b.currency), money(b.monthlyLimit, b.currency));
    }
    return result;
}

QStringList SpendLedger::alertsCrossedBy(double cost, const QDate &today) const
{
    QStringList messages;
    const Budget b = budget();
    if (!b.isSet() || !std::isfinite(cost) || cost <= 0)
        return messages;
    const double after = spentInMonth(today);
    for (const int percent : crossedAlerts(b, after - cost, after))
        messages << tr("%1 % of this month's budget is spent (%2 of %3 %4).")
                        .arg(percent)
                        .arg(after, 0, 'f', 2)
                        .arg(b.monthlyLimit, 0, 'f', 2)
                        .arg(b.currency);
    return messages;
}

} // namespace Dailies
