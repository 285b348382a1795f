// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <chrono>

namespace Dailies::Api
{

/**
 * Stops hammering a provider that keeps failing. After `failureThreshold` consecutive transport errors or 5xx
 * answers the circuit opens: calls fail at once with ApiError::Kind::CircuitOpen for `openFor`. Then one trial
 * call is let through (half-open); its success closes the circuit, its failure opens it again for twice as long
 * (capped at `maxOpenFor`). Rate limits and 4xx answers say nothing about the provider's health and are ignored.
 */
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    struct Settings {
        int failureThreshold = 5;
        std::chrono::milliseconds openFor { 15000 };
        std::chrono::milliseconds maxOpenFor { 120000 };
    };

    CircuitBreaker() = default;
    explicit CircuitBreaker(Settings settings)
        : m_settings(settings)
    {
    }

    /// Asks to send a request at `nowMs`. Returns 0 when allowed, else how long the circuit stays open.
    [[nodiscard]] std::chrono::milliseconds acquire(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);

    [[nodiscard]] State state(qint64 nowMs) const;
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }

private:
    Settings m_settings;
    int m_failures = 0;
    int m_opened = 0;
    qint64 m_openUntilMs = 0;
    bool m_trialInFlight = false;
};

} // namespace Dailies::Api
