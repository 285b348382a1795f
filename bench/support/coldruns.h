// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Dailies::Bench
{

/**
 * The parent side of a cold-start benchmark: runs this executable as `--child FOLDER` in fresh processes, the first
 * one only to warm the page cache, and gathers the figures each child prints on one line
 * `CHILD key=value key=value ...`. A child that fails or prints no `total` ends the benchmark.
 */
class ColdRuns final
{
public:
    using Figures = QHash<QString, double>;

    ColdRuns() = delete;

    /// Runs `runs` counted children (plus the warm-up); `eachRun` sees every counted run's figures as it ends.
    /// Returns every figure's values across the counted runs.
    [[nodiscard]] static QHash<QString, QList<double>> run(
        const QString &folder, int runs, int timeoutMs, const std::function<void(int run, const Figures &)> &eachRun);
    /// One child with `arguments` after `--child FOLDER` (the run is not a warm-up); ends the benchmark when it
    /// fails.
    [[nodiscard]] static Figures runOnce(const QString &folder, const QStringList &arguments, int timeoutMs);
    /// Empties the kernel's page cache (`/proc/sys/vm/drop_caches`, after a sync), so that the next process reads
    /// the library from disk; false where the machine does not allow it (not root, a container).
    [[nodiscard]] static bool dropPageCache();
    /// The figures of a child's output.
    [[nodiscard]] static Figures parse(const QByteArray &output);
};

} // namespace Dailies::Bench
