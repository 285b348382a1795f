// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/processes.h"

#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Dailies::Processes
{

QString hostId()
{
    const QByteArray machine = QSysInfo::machineUniqueId();
    const QString name = QSysInfo::machineHostName();
    return machine.isEmpty() ? name : name + u'-' + QString::fromLatin1(machine.left(8));
}

bool exists(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // /proc tells a zombie (killed, not yet reaped by its parent) from a live process; kill(0) does not.
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size()) {
            const char state = line.at(close + 2);
            return state != 'Z' && state != 'X';
        }
        return true;
    }
    if (QFile::exists(u"/proc/self/stat"_s))
        return false; // /proc works and has no such process
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace Dailies::Processes
