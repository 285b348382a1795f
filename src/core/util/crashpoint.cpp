// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/crashpoint.h"

#include <QByteArray>
#include <QtGlobal>
#include <csignal>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Dailies
{

void crashPoint(const char *point)
{
    static const QByteArray wanted = qgetenv("DAILIES_CRASH_AT");
    if (wanted.isEmpty() || wanted != point)
        return;
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort();
}

} // namespace Dailies
