// SPDX-License-Identifier: GPL-3.0-or-later
// The spend ledger: one row per paid job, totals, the monthly budget kept in the database, and what check() says
// before a submit.
#include <QTest>
#include <limits>

#include "core/pricing/spendledger.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::LocalTime);
}

} // namespace

class TestSpendLedger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SpendLedger> m_ledger;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(u":memory:"_s), qPrintable(m_db->errorString()));
        m_ledger = std::make_unique<SpendLedger>(m_db.get());
    }

    void cleanup()
    {
        m_ledger.reset();
        m_db.reset();
    }

    void recordIsIdempotentPerJob()
    {
        QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, 0.4, u"USD"_s, at(2026, 3, 14)));
        QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, 0.4, u"USD"_s, at(2026, 3, 14)));
        QVERIFY(m_ledger->record(1, u"other"_s, u"sora-2-pro"_s, 9.0, u"USD"_s, at(2026, 3, 15))); // first one wins
        QCOMPARE(m_ledger->spentInMonth(QDate(2026, 3, 1)), 0.4);
        const QList<SpendLedger::Row> rows = m_ledger->totals(SpendLedger::GroupBy::Profile, {}, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().jobs, 1);
        QVERIFY(m_ledger->record(2, u"demo"_s, u"sora-2"_s, 0.8, u"USD"_s, at(2026, 3, 14)));
        QCOMPARE(m_ledger->spentInMonth(QDate(2026, 3, 31)), 1.2);
    }

    void recordRefusesNonsense_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QDateTime>("when");
        QTest::newRow("negative") << -1.0 << at(2026, 3, 14);
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << at(2026, 3, 14);
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << at(2026, 3, 14);
        QTest::newRow("no time") << 1.0 << QDateTime();
    }

    void recordRefusesNonsense()
    {
        QFETCH(double, amount);
        QFETCH(QDateTime, when);
        QVERIFY(!m_ledger->record(5, u"demo"_s, u"sora-2"_s, amount, u"USD"_s, when));
        QVERIFY(m_ledger->totals(SpendLedger::GroupBy::Day, {}, {}).isEmpty());
    }

    void totals()
    {
        QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, 0.5, u"USD"_s, at(2026, 2, 28, 23)));
        QVERIFY(m_ledger->record(2, u"demo"_s, u"sora-2"_s, 1.0, u"USD"_s, at(2026, 3, 1, 0)));
        QVERIFY(m_ledger->record(3, u"work"_s, u"sora-2-pro"_s, 3.0, u"USD"_s, at(2026, 3, 1, 18)));
        QVERIFY(m_ledger->record(4, u"work"_s, u"sora-2-pro"_s, 6.0, u"USD"_s, at(2026, 3, 31, 23)));
        QVERIFY(m_ledger->record(5, u"demo"_s, u"sora-2"_s, 2.0, u"USD"_s, at(2026, 4, 1, 0)));
        QVERIFY(m_ledger->record(6, u"demo"_s, QString(), 0.25, u"USD"_s, at(2026, 3, 2)));

        const QList<SpendLedger::Row> days
            = m_ledger->totals(SpendLedger::GroupBy::Day, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0].key, u"2026-03-01"_s);
        QCOMPARE(days[0].amount, 4.0);
        QCOMPARE(days[0].jobs, 2);
        QCOMPARE(days[1].key, u"2026-03-02"_s);
        QCOMPARE(days[2].key, u"2026-03-31"_s);
        QCOMPARE(days[2].amount, 6.0);

        const QList<SpendLedger::Row> models = m_ledger->totals(SpendLedger::GroupBy::Model, {}, {});
        QCOMPARE(models.size(), 3);
        QCOMPARE(models[0].key, QString());
        QCOMPARE(models[1].key, u"sora-2"_s);
        QCOMPARE(models[1].amount, 3.5);
        QCOMPARE(models[1].jobs, 3);
        QCOMPARE(models[2].key, u"sora-2-pro"_s);
        QCOMPARE(models[2].amount, 9.0);

        const QList<SpendLedger::Row> profiles
            = m_ledger->totals(SpendLedger::GroupBy::Profile, QDate(2026, 3, 1), QDate());
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles[0].key, u"demo"_s);
        QCOMPARE(profiles[0].amount, 3.25);
        QCOMPARE(profiles[1].key, u"work"_s);
        QCOMPARE(profiles[1].amount, 9.0);

        QCOMPARE(m_ledger->spentInMonth(QDate(2026, 3, 17)), 10.25);
        QCOMPARE(m_ledger->spentInMonth(QDate(2026, 2, 1)), 0.5);
        QCOMPARE(m_ledger->spentInMonth(QDate(2026, 5, 1)), 0.0);
    }

    void budgetValidation_data()
    {
        QTest::addColumn<double>("limit");
        QTest::addColumn<bool>("hardStop");
        QTest::addColumn<QList<int>>("alerts");
        QTest::addColumn<QString>("reason"); // empty: valid

        QTest::newRow("unset") << 0.0 << false << QList<int> { 50, 75, 90 } << QString();
        QTest::newRow("set") << 100.0 << true << QList<int> { 50, 75, 90 } << QString();
        QTest::newRow("no alerts") << 20.0 << false << QList<int> {} << QString();
        QTest::newRow("alert 100") << 20.0 << false << QList<int> { 100 } << QString();
        QTest::newRow("negative limit") << -5.0 << false << QList<int> { 50 } << u"negative"_s;
        QTest::newRow("hard stop without limit") << 0.0 << true << QList<int> { 50 } << u"hard stop"_s;
        QTest::newRow("alert 0") << 100.0 << false << QList<int> { 0, 50 } << u"1 to 100"_s;
        QTest::newRow("alert 150") << 100.0 << false << QList<int> { 50, 150 } << u"1 to 100"_s;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << false << QList<int> {}
                                      << u"number"_s;
    }

    void budgetValidation()
    {
        QFETCH(double, limit);
        QFETCH(bool, hardStop);
        QFETCH(QList<int>, alerts);
        QFETCH(QString, reason);
        Budget budget;
        budget.monthlyLimit = limit;
        budget.hardStop = hardStop;
        budget.alertPercents = alerts;
        const QString problem = budget.validate();
        const QString stored = m_ledger->setBudget(budget);
        QCOMPARE(stored, problem);
        if (reason.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const Budget back = m_ledger->budget();
            QCOMPARE(back.monthlyLimit, limit);
            QCOMPARE(back.hardStop, hardStop);
            QCOMPARE(back.alertPercents, alerts);
            QCOMPARE(back.isSet(), limit > 0);
        } else {
            QVERIFY2(problem.contains(reason), qPrintable(problem));
            QVERIFY(!m_ledger->budget().isSet()); // nothing stored
            QVERIFY(m_db->metaValue(u"budget.limit"_s).isEmpty());
        }
    }

    void budgetIsKeptInTheDatabase()
    {
        Budget budget;
        budget.monthlyLimit = 42.5;
        budget.currency = u"EUR"_s;
        budget.hardStop = true;
        budget.alertPercents = { 90, 50, 50 };
        QCOMPARE(m_ledger->setBudget(budget), QString());
        QCOMPARE(m_db->metaValue(u"budget.limit"_s), u"42.5"_s);
        QCOMPARE(m_db->metaValue(u"budget.currency"_s), u"EUR"_s);
        QCOMPARE(m_db->metaValue(u"budget.hardStop"_s), u"1"_s);
        QCOMPARE(m_db->metaValue(u"budget.alerts"_s), u"50,90"_s);
        const SpendLedger another(m_db.get()); // another window or process sees the same budget
        QCOMPARE(another.budget().monthlyLimit, 42.5);
        QCOMPARE(another.budget().currency, u"EUR"_s);
        QCOMPARE(another.budget().alertPercents, (QList<int> { 50, 90 }));

        // A value edited by hand into nonsense reads as no budget, not as a wrong one.
        QVERIFY(m_db->setMetaValue(u"budget.limit"_s, u"-3"_s));
        QVERIFY(!m_ledger->budget().isSet());
    }

    void check_data()
    {
        QTest::addColumn<double>("spent");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<bool>("hardStop");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QList<int>>("crossed");
        QTest::addColumn<QString>("message"); // a part of it; empty: no message

        // Budget 100 with alerts at 50/75/90.
        QTest::newRow("well below") << 10.0 << 5.0 << true << true << QList<int> {} << QString();
        QTest::newRow("crosses 50") << 45.0 << 10.0 << true << true << QList<int> { 50 } << u"50 %"_s;
        QTest::newRow("lands on 50") << 40.0 << 10.0 << true << true << QList<int> { 50 } << u"50 %"_s;
        QTest::newRow("already past 50") << 55.0 << 10.0 << true << true << QList<int> {} << QString();
        QTest::newRow("crosses 75 and 90") << 70.0 << 21.0 << true << true << QList<int> { 75, 90 } << u"90 %"_s;
        QTest::newRow("crosses all") << 0.0 << 95.0 << true << true << QList<int> { 50, 75, 90 } << u"90 %"_s;
        QTest::newRow("exactly the limit") << 90.0 << 10.0 << true << true << QList<int> {} << QString();
        QTest::newRow("hard stop refuses") << 92.0 << 10.0 << true << false << QList<int> {}
                                           << u"only 8.00 USD of this month's budget of 100.00 USD is left"_s;
        QTest::newRow("hard stop, used up") << 100.0 << 1.0 << true << false << QList<int> {} << u"used up"_s;
        QTest::newRow("no hard stop warns") << 92.0 << 10.0 << false << true << QList<int> {}
                                            << u"over this month's budget of 100.00 USD by 2.00 USD"_s;
        QTest::newRow("no hard stop, crossing and over")
            << 85.0 << 30.0 << false << true << QList<int> { 90 } << u"over"_s;
        QTest::newRow("zero estimate") << 60.0 << 0.0 << true << true << QList<int> {} << QString();
    }

    void check()
    {
        QFETCH(double, spent);
        QFETCH(double, estimate);
        QFETCH(bool, hardStop);
        QFETCH(bool, allowed);
        QFETCH(QList<int>, crossed);
        QFETCH(QString, message);
        Budget budget;
        budget.monthlyLimit = 100;
        budget.hardStop = hardStop;
        budget.alertPercents = { 90, 50, 75 }; // any order
        QCOMPARE(m_ledger->setBudget(budget), QString());
        if (spent > 0)
            QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, spent, u"USD"_s, at(2026, 3, 10)));
        // Spending of another month does not count.
        QVERIFY(m_ledger->record(2, u"demo"_s, u"sora-2"_s, 500, u"USD"_s, at(2026, 2, 10)));

        const BudgetCheck result = m_ledger->check(estimate, QDate(2026, 3, 20));
        QCOMPARE(result.allowed, allowed);
        QCOMPARE(result.spent, spent);
        QCOMPARE(result.remaining, 100 - spent);
        QCOMPARE(result.alertsCrossed, crossed);
        // The compose panel's warning starts at the lowest alert (50 %) after the estimate.
        QCOMPARE(result.percentAfter, qRound(spent + estimate));
        QCOMPARE(result.pastFirstAlert, spent + estimate >= 50);
        if (message.isEmpty())
            QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        else
            QVERIFY2(result.message.contains(message), qPrintable(result.message));
    }

    void alertsCrossedBySpend_data()
    {
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("cost");
        QTest::addColumn<QList<int>>("crossed");

        // Budget 100 with alerts at 50/75/90 (and 75 given twice): the job's cost is already in the ledger.
        QTest::newRow("below every alert") << 10.0 << 5.0 << QList<int> {};
        QTest::newRow("crosses 50") << 45.0 << 10.0 << QList<int> { 50 };
        QTest::newRow("lands on 75") << 70.0 << 5.0 << QList<int> { 75 };
        QTest::newRow("crosses two at once") << 70.0 << 25.0 << QList<int> { 75, 90 };
        QTest::newRow("already past all") << 95.0 << 10.0 << QList<int> {};
        QTest::newRow("free job") << 49.0 << 0.0 << QList<int> {};
    }

    void alertsCrossedBySpend()
    {
        QFETCH(double, before);
        QFETCH(double, cost);
        QFETCH(QList<int>, crossed);
        Budget budget;
        budget.monthlyLimit = 100;
        budget.alertPercents = { 90, 75, 50, 75 };
        QCOMPARE(m_ledger->setBudget(budget), QString());
        if (before > 0)
            QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, before, u"USD"_s, at(2026, 3, 10)));
        if (cost > 0)
            QVERIFY(m_ledger->record(2, u"demo"_s, u"sora-2"_s, cost, u"USD"_s, at(2026, 3, 11)));
        const QStringList alerts = m_ledger->alertsCrossedBy(cost, QDate(2026, 3, 20));
        QCOMPARE(alerts.size(), crossed.size());
        for (qsizetype i = 0; i < crossed.size(); ++i)
            QVERIFY2(
                alerts.at(i).startsWith(u"%1 % of this month's budget"_s.arg(crossed.at(i))), qPrintable(alerts.at(i)));
    }

    void checkWithoutBudget()
    {
        QVERIFY(m_ledger->record(1, u"demo"_s, u"sora-2"_s, 1000, u"USD"_s, at(2026, 3, 10)));
        const BudgetCheck result = m_ledger->check(5000, QDate(2026, 3, 20));
        QVERIFY(result.allowed);
        QCOMPARE(result.spent, 1000.0);
        QVERIFY(result.alertsCrossed.isEmpty());
        QVERIFY(!result.pastFirstAlert);
        QVERIFY(result.message.isEmpty());
        QVERIFY(m_ledger->alertsCrossedBy(1000, QDate(2026, 3, 20)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpendLedger)
#include "tst_spendledger.moc"
