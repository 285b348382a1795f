// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/spendcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/pricing/spendledger.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

SpendCommand::SpendCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int SpendCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    parser.addOption({ u"by"_s, tr("day, model or profile (default day)."), u"group"_s, u"day"_s });
    parser.addOption({ u"month"_s, tr("The month to report, YYYY-MM (default: this month)."), u"month"_s });
    parser.addOption({ u"budget"_s, tr("Set the monthly budget to AMOUNT (0 removes it)."), u"amount"_s });
    parser.addOption({ u"hard-stop"_s, tr("With --budget: refuse jobs that would pass it.") });
    if (!parser.parse(QStringList { u"dailies spend"_s } + arguments)) {
        context().err() << u"dailies spend: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    m_groupBy = parser.value(u"by"_s);
    if (!QStringList { u"day"_s, u"model"_s, u"profile"_s }.contains(m_groupBy)) {
        context().err() << tr("dailies spend: --by takes day, model or profile.") << Qt::endl;
        return ExitUsage;
    }
    m_month = parser.value(u"month"_s);
    if (!m_month.isEmpty() && !QDate::fromString(m_month + u"-01"_s, Qt::ISODate).isValid()) {
        context().err() << tr("dailies spend: --month takes YYYY-MM, such as 2026-11.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"budget"_s)) {
        m_action = u"budget"_s;
        m_arguments = { parser.value(u"budget"_s), parser.isSet(u"hard-stop"_s) ? u"1"_s : u"0"_s };
    }
    if (!context().configure(parser))
        return ExitUsage;
    context().configureLibrary(parser);
    return -1;
}

void SpendCommand::start()
{
    if (!context().openWorkspace()) {
        finish(ExitUsage);
        return;
    }
    report();
}

void SpendCommand::report()
{
    SpendLedger *ledger = context().ledger();
    if (m_action == "budget"_L1) {
        Budget budget = ledger->budget();
        bool ok = false;
        budget.monthlyLimit = m_arguments.first().toDouble(&ok);
        budget.hardStop = m_arguments.at(1) == "1"_L1;
        const QString problem = ok ? ledger->setBudget(budget) : tr("'%1' is not an amount.").arg(m_arguments.first());
        if (!problem.isEmpty()) {
            context().err() << u"dailies spend: "_s << problem << Qt::endl;
            finish(ExitUsage);
            return;
        }
    }
    const QDate first = m_month.isEmpty() ? QDate::currentDate().addDays(1 - QDate::currentDate().day())
                                          : QDate::fromString(m_month + u"-01"_s, Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    const SpendLedger::GroupBy by = m_groupBy == "model"_L1 ? SpendLedger::GroupBy::Model
        : m_groupBy == "profile"_L1                         ? SpendLedger::GroupBy::Profile
                                                            : SpendLedger::GroupBy::Day;
    const QList<SpendLedger::Row> rows = ledger->totals(by, first, last);
    const Budget budget = ledger->budget();
    const double total = ledger->spentInMonth(first);
    if (context().json()) {
        QJsonArray array;
        for (const SpendLedger::Row &r : rows)
            array.append(QJsonObject { { m_groupBy, r.key }, { "amount"_L1, r.amount }, { "jobs"_L1, r.jobs } });
        QJsonObject o { { "month"_L1, first.toString(u"yyyy-MM"_s) }, { "total"_L1, total },
            { "currency"_L1, budget.currency }, { "rows"_L1, array } };
        if (budget.isSet())
            o.insert(
                "budget"_L1, QJsonObject { { "limit"_L1, budget.monthlyLimit }, { "hard_stop"_L1, budget.hardStop } });
        context().printJson(o);
        finish(ExitOk);
        return;
    }
    QTextStream &out = context().out();
    for (const SpendLedger::Row &r : rows)
        out << r.key.leftJustified(24) << QLocale::c().toString(r.amount, 'f', 2).rightJustified(10) << u"  "_s
            << tr("%n job(s)", nullptr, r.jobs) << Qt::endl;
    out << tr("Total for %1: %2 %3")
               .arg(first.toString(u"yyyy-MM"_s), QLocale::c().toString(total, 'f', 2), budget.currency);
    if (budget.isSet())
        out << u"  "_s
            << tr("of a %1 budget (%2 %)%3")
                   .arg(QLocale::c().toString(budget.monthlyLimit, 'f', 2))
                   .arg(qRound(100.0 * total / budget.monthlyLimit))
                   .arg(budget.hardStop ? tr(", hard stop") : QString());
    out << Qt::endl;
    finish(ExitOk);
}

} // namespace Dailies::Cli
