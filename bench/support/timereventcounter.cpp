// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/timereventcounter.h"

#include <QCoreApplication>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace Dailies::Bench
{

TimerEventCounter::TimerEventCounter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

TimerEventCounter::~TimerEventCounter()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool TimerEventCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_counting && watched != m_ignored) {
        ++m_events;
        if (event->type() == QEvent::Timer) {
            ++m_timerEvents;
            QString name = QString::fromLatin1(watched->metaObject()->className());
            if (!watched->objectName().isEmpty())
                name += u" '"_s + watched->objectName() + u'\'';
            ++m_receivers[name];
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dailies::Bench
