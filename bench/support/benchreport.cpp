// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/benchreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Dailies::Bench
{

void BenchReport::figure(const QString &name, double value, const QString &unit, int decimals)
{
    std::printf("BENCH %s %.*f %s\n", qPrintable(name), decimals, value, qPrintable(unit));
    std::fflush(stdout);
}

void BenchReport::note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

double BenchReport::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void BenchReport::fail(const QString &message)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(1);
}

} // namespace Dailies::Bench
