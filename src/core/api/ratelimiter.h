// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <chrono>
#include <functional>
#include <optional>

namespace Dailies::Api
{

/**
 * Per-provider pacing fed by the `x-ratelimit-*` headers of every answer. When the provider says no requests
 * remain in the current window, further requests wait until the window resets instead of collecting 429s.
 * Times are on the injected Clock's monotonic scale.
 */
class RateLimiter final
{
public:
    struct State {
        std::optional<int> limitRequests;
        std::optional<int> remainingRequests;
        std::optional<std::chrono::milliseconds> resetRequests;
    };

    /// Reads the headers of one answer received at `nowMs`.
    void update(const std::function<QByteArray(const QByteArray &)> &header, qint64 nowMs);
    /// Records a 429 that asked for `delay`: every call of the profile waits that long.
    void noteRateLimited(std::optional<std::chrono::milliseconds> delay, qint64 nowMs);
    /// How long a request about to start at `nowMs` should wait (0 = go now).
    [[nodiscard]] std::chrono::milliseconds delayBeforeRequest(qint64 nowMs) const;
    [[nodiscard]] const State &state() const { return m_state; }

    /// Parses Go-style durations such as `12ms`, `1s`, `6m0s`, `1h2m3.5s`.
    [[nodiscard]] static std::optional<std::chrono::milliseconds> parseDuration(const QByteArray &text);

private:
    State m_state;
    qint64 m_blockedUntilMs = 0;
};

} // namespace Dailies::Api
