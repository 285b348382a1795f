// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

namespace Dailies::Bench
{

/**
 * Counts, from an application-wide event filter, the timer events delivered to any object of this thread (QTimer,
 * single-shot timers, QObject::startTimer) and all events, while counting() is on. One object, typically the
 * benchmark's own stop timer, can be left out.
 */
class TimerEventCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerEventCounter)

public:
    explicit TimerEventCounter(QObject *parent = nullptr);
    ~TimerEventCounter() override;

    void setIgnored(const QObject *object) { m_ignored = object; }
    void setCounting(bool counting) { m_counting = counting; }
    [[nodiscard]] int timerEvents() const { return m_timerEvents; }
    [[nodiscard]] int events() const { return m_events; }
    /// Timer events by the class name of their receiver (and its object name, when it has one).
    [[nodiscard]] const QHash<QString, int> &timerReceivers() const { return m_receivers; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QObject *m_ignored = nullptr;
    bool m_counting = false;
    int m_timerEvents = 0;
    int m_events = 0;
    QHash<QString, int> m_receivers;
};

} // namespace Dailies::Bench
