// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "widgets/settings/settingspage.h"

namespace Ui
{
class BudgetPage;
}

namespace Dailies
{
struct Budget;

/// Settings → Budget: the monthly limit, its alerts and the hard stop, with what was spent this month
/// (ui/settings/budgetpage.ui). Disabled while the library, and so the SpendLedger, is not open.
class BudgetPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPage)

public:
    explicit BudgetPage(Workspace *workspace, QWidget *parent = nullptr);
    ~BudgetPage() override;

    void load() override;
    [[nodiscard]] bool validate(QWidget **field) override;
    void store() override;

private:
    void updateBudget();
    /// The budget as the page shows it, over the stored one (whose currency it keeps).
    [[nodiscard]] Budget shownBudget(const Budget &stored) const;

    std::unique_ptr<Ui::BudgetPage> m_ui;
};

} // namespace Dailies
