// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Dailies
{

/**
 * For the crash tests: when the environment variable DAILIES_CRASH_AT names `point`, the process kills itself
 * with SIGKILL right there, exactly as `kill -9` would. Without that variable it does nothing.
 */
void crashPoint(const char *point);

} // namespace Dailies
