// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/budgetpage.h"

#include <QDate>
#include <QLocale>

#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "session/workspace.h"
#include "ui_budgetpage.h"

namespace Dailies
{

BudgetPage::BudgetPage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::BudgetPage>())
{
    m_ui->setupUi(this);
    SpendLedger *ledger = workspace->ledger();
    setEnabled(ledger != nullptr);
    const QString currency = ledger ? ledger->budget().currency : workspace->capabilities().currency();
    m_ui->budgetSpin->setSuffix(u' ' + currency);
    m_ui->budgetSpin->setSpecialValueText(tr("No budget"));
    for (QCheckBox *check : { m_ui->alert50Check, m_ui->alert75Check, m_ui->alert90Check, m_ui->hardStopCheck })
        connect(check, &QCheckBox::toggled, this, &BudgetPage::updateBudget);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, &BudgetPage::updateBudget);
}

BudgetPage::~BudgetPage() = default;

void BudgetPage::load()
{
    if (SpendLedger *ledger = workspace()->ledger()) {
        const Budget budget = ledger->budget();
        m_ui->budgetSpin->setValue(budget.monthlyLimit);
        m_ui->alert50Check->setChecked(budget.alertPercents.contains(50));
        m_ui->alert75Check->setChecked(budget.alertPercents.contains(75));
        m_ui->alert90Check->setChecked(budget.alertPercents.contains(90));
        m_ui->hardStopCheck->setChecked(budget.hardStop);
    }
    updateBudget();
}

void BudgetPage::updateBudget()
{
    SpendLedger *ledger = workspace()->ledger();
    if (!ledger) {
        m_ui->spentLabel->setText(tr("The library is not open, so the budget cannot be shown."));
        return;
    }
    const QLocale locale;
    const Budget stored = ledger->budget();
    const double spent = ledger->spentInMonth(QDate::currentDate());
    const double limit = m_ui->budgetSpin->value();
    const auto money = [&locale, &stored](double amount) -> QString {
        return locale.toString(amount, 'f', 2) + u' ' + stored.currency;
    };
    const QString spentText = money(spent);
    m_ui->spentLabel->setText(limit > 0
            ? tr("Spent this month: %1 of %2 (%3 %).").arg(spentText, money(limit)).arg(qRound(100.0 * spent / limit))
            : tr("Spent this month: %1.").arg(spentText));
    const bool hasBudget = limit > 0;
    for (QCheckBox *check : { m_ui->alert50Check, m_ui->alert75Check, m_ui->alert90Check, m_ui->hardStopCheck })
        check->setEnabled(hasBudget);
}

Budget BudgetPage::shownBudget(const Budget &stored) const
{
    Budget budget = stored;
    budget.monthlyLimit = m_ui->budgetSpin->value();
    budget.hardStop = m_ui->hardStopCheck->isChecked();
    budget.alertPercents.clear();
    if (m_ui->alert50Check->isChecked())
        budget.alertPercents << 50;
    if (m_ui->alert75Check->isChecked())
        budget.alertPercents << 75;
    if (m_ui->alert90Check->isChecked())
        budget.alertPercents << 90;
    return budget;
}

bool BudgetPage::validate(QWidget **field)
{
    *field = nullptr;
    SpendLedger *ledger = workspace()->ledger();
    if (!ledger)
        return true;
    if (const QString problem = shownBudget(ledger->budget()).validate(); !problem.isEmpty()) {
        showError(m_ui->budgetError, problem);
        *field = m_ui->budgetSpin;
        return false;
    }
    return true;
}

void BudgetPage::store()
{
    if (SpendLedger *ledger = workspace()->ledger())
        showError(m_ui->budgetError, ledger->setBudget(shownBudget(ledger->budget())));
}

} // namespace Dailies
