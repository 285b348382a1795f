// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Dailies
{

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

void SystemClock::callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(delay, context, std::move(fn));
}

Clock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace Dailies
