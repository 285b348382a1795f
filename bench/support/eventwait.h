// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

namespace Dailies::Bench
{

/**
 * Runs the event loop until a condition holds, for the straight-line steps of a benchmark's main() (the
 * application never waits like this). The condition is looked at every 10 ms.
 */
class EventWait final
{
public:
    EventWait() = delete;

    /// Returns true when `done()` became true, false when `timeout` passed first.
    static bool until(const std::function<bool()> &done, std::chrono::milliseconds timeout);
    /// Runs the event loop for `duration`.
    static void forDuration(std::chrono::milliseconds duration);
};

} // namespace Dailies::Bench
