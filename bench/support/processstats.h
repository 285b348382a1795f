// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Dailies::Bench
{

/// Figures of this process from the kernel: resident memory (/proc/self/status) and CPU time (getrusage).
class ProcessStats final
{
public:
    ProcessStats() = delete;

    /// VmRSS: resident memory now, in KiB (0 when unreadable).
    [[nodiscard]] static qint64 residentKiB();
    /// VmHWM: the highest resident memory so far, in KiB.
    [[nodiscard]] static qint64 peakResidentKiB();
    /// How often the main thread has gone to sleep and was woken since it started (voluntary context switches).
    [[nodiscard]] static qint64 mainThreadWakeups();
    /// User plus system CPU time of every thread of the process so far, in microseconds.
    [[nodiscard]] static qint64 cpuTimeUs();
    /// CPU time of the calling thread so far, in microseconds.
    [[nodiscard]] static qint64 threadCpuTimeUs();
};

} // namespace Dailies::Bench
