// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>

namespace Dailies
{

/**
 * Time and delayed calls, injected so that retry and polling timing can be tested without sleeping.
 * SystemClock is the real one; tests use a manual clock that fires pending calls when told to advance.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
    Clock(Clock &&) = delete;
    Clock &operator=(Clock &&) = delete;

    [[nodiscard]] virtual QDateTime now() const = 0;
    /// Milliseconds on a monotonic scale (only differences mean anything).
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;
    /// Calls `fn` once after `delay`, unless `context` is destroyed first.
    virtual void callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) = 0;
};

/// The wall clock and QTimer.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] qint64 monotonicMs() const override;
    void callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override;

    /// A process-wide instance for callers that were given no clock (it holds no state).
    static Clock &instance();
};

} // namespace Dailies
