// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>

#include "core/util/clock.h"

namespace Dailies::Test
{

/**
 * A clock that only moves when told to. callLater() records the delay (so tests can check retry timing) and the
 * call fires when advance() passes its due time, or at once from the event loop when the delay is zero.
 */
class ManualClock final : public Clock
{
public:
    ManualClock();

    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] qint64 monotonicMs() const override { return m_ms; }
    void callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override;

    /// Moves time forward and runs every call that became due, in order.
    void advance(std::chrono::milliseconds by);
    /// Advances exactly to the next pending call and runs it; returns false when none is pending.
    bool fireNext();
    [[nodiscard]] const QList<qint64> &requestedDelays() const { return m_delays; }
    [[nodiscard]] qsizetype pendingCalls() const { return m_pending.size(); }

private:
    struct Pending {
        qint64 dueMs;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    QDateTime m_start;
    qint64 m_ms = 0;
    QList<Pending> m_pending;
    QList<qint64> m_delays;
};

} // namespace Dailies::Test
