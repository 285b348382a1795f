// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dailies::Bench
{

/**
 * What a benchmark tells scripts/bench: one machine-readable line `BENCH <name> <value> <unit>` per figure on
 * stdout (collected into the table), and free-form notes on stderr (kept in the log).
 */
class BenchReport final
{
public:
    BenchReport() = delete;

    /// Prints `BENCH name value unit`; `decimals` digits after the point.
    static void figure(const QString &name, double value, const QString &unit, int decimals = 1);
    /// A line for the log (stderr), not for the table.
    static void note(const QString &text);
    /// The p-th percentile (0..100) of `values` by the nearest-rank method; 0 for an empty list.
    [[nodiscard]] static double percentile(QList<double> values, double p);
    /// Prints the message on stderr and ends the process with exit code 1.
    [[noreturn]] static void fail(const QString &message);
};

} // namespace Dailies::Bench
