// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/circuitbreaker.h"

#include <algorithm>

using namespace std::chrono;

namespace Dailies::Api
{

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (m_failures < m_settings.failureThreshold)
        return State::Closed;
    return nowMs < m_openUntilMs ? State::Open : State::HalfOpen;
}

milliseconds CircuitBreaker::acquire(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return milliseconds(0);
    case State::Open:
        return milliseconds(m_openUntilMs - nowMs);
    case State::HalfOpen:
        if (m_trialInFlight)
            return milliseconds(1000);
        m_trialInFlight = true;
        return milliseconds(0);
    }
    return milliseconds(0);
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_opened = 0;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    m_trialInFlight = false;
    ++m_failures;
    if (m_failures >= m_settings.failureThreshold) {
        const qint64 factor = qint64(1) << std::min(m_opened, 8);
        const qint64 openMs = std::min<qint64>(m_settings.openFor.count() * factor, m_settings.maxOpenFor.count());
        m_openUntilMs = nowMs + openMs;
        ++m_opened;
    }
}

} // namespace Dailies::Api
