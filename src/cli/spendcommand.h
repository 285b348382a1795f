// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace Dailies::Cli
{

/// `dailies spend [--by day|model|profile] [--month YYYY-MM] [--budget AMOUNT [--hard-stop]]`: what was spent, and
/// the monthly budget.
class SpendCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendCommand)

public:
    SpendCommand(CliContext *context, QObject *parent);
    ~SpendCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void report();

    QString m_action;
    QStringList m_arguments;
    QString m_groupBy;
    QString m_month;
};

} // namespace Dailies::Cli
