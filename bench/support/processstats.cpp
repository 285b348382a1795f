// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/processstats.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <sys/resource.h>

namespace Dailies::Bench
{

namespace
{

// Read with stdio rather than QFile: the RSS sampler of bench_download calls this from its own thread, and
// /proc files report a size of 0, which QFile::readAll() handles with more allocations than this needs.
qint64 statusField(const char *field)
{
    std::FILE *file = std::fopen("/proc/self/status", "re");
    if (!file)
        return 0;
    char line[256];
    const size_t length = std::strlen(field);
    qint64 value = 0;
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            value = std::strtoll(line + length + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(file);
    return value;
}

} // namespace

qint64 ProcessStats::residentKiB()
{
    return statusField("VmRSS");
}

qint64 ProcessStats::peakResidentKiB()
{
    return statusField("VmHWM");
}

qint64 ProcessStats::mainThreadWakeups()
{
    return statusField("voluntary_ctxt_switches");
}

qint64 ProcessStats::cpuTimeUs()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto us = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000000 + t.tv_usec;
    };
    return us(usage.ru_utime) + us(usage.ru_stime);
}

qint64 ProcessStats::threadCpuTimeUs()
{
    timespec t {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0;
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

} // namespace Dailies::Bench
