// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/manualclock.h"

#include <algorithm>

namespace Dailies::Test
{

ManualClock::ManualClock()
    : m_start(QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC))
{
}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_ms);
}

void ManualClock::callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    m_delays.append(delay.count());
    m_pending.append({ m_ms + delay.count(), context, std::move(fn) });
    std::stable_sort(
        m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) { return a.dueMs < b.dueMs; });
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    const qint64 target = m_ms + by.count();
    while (!m_pending.isEmpty() && m_pending.constFirst().dueMs <= target) {
        Pending p = m_pending.takeFirst();
        m_ms = std::max(m_ms, p.dueMs);
        if (p.context)
            p.fn();
    }
    m_ms = target;
}

bool ManualClock::fireNext()
{
    if (m_pending.isEmpty())
        return false;
    Pending p = m_pending.takeFirst();
    m_ms = std::max(m_ms, p.dueMs);
    if (p.context)
        p.fn();
    return true;
}

} // namespace Dailies::Test
