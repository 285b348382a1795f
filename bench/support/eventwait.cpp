// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/eventwait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace Dailies::Bench
{

bool EventWait::until(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool reached = false;
    QTimer tick;
    tick.setInterval(std::chrono::milliseconds(10));
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        } else if (clock.elapsed() > timeout.count()) {
            loop.quit();
        }
    });
    tick.start();
    loop.exec();
    return reached;
}

void EventWait::forDuration(std::chrono::milliseconds duration)
{
    // One single-shot timer and nothing else, so that a benchmark counting timers sees only its own.
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Dailies::Bench
